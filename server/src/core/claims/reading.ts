import type { Paragraph, Source } from '../sources/model';
import { TokenKind, type Token } from '../text/tokenize';
import { isCalendarWord, negationReach, wholeWords } from './claim';
import { claimTokens, FIRST_PERSON_CONTRACTION, tokenLemma, tokenLemmas } from './lexicon';
import { extractQuantities, isTime as isTimeQuantity, type Quantity } from './quantities';
import { vectorRow } from './similarity';

/**
 * One sentence of a source as the judge reads it. Tokens and terms are needed for every sentence
 * read; the rest is worked out on first use and kept, since most sentences are read for claims that
 * never ask (a claim with no figure needs no quantities).
 */
export interface SentenceReading {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Each token's claim term (an irregular verb form as its base: "rose" → "rise"). */
  readonly lemmas: readonly string[];
  /** Index terms and claim terms of every token. */
  readonly terms: ReadonlySet<string>;
  quantities: Quantity[] | undefined;
  negated: Set<number> | undefined;
  negationHeads: Set<number> | undefined;
  rows: Int32Array | undefined;
  /** Each token's word-table row (-1: none), worked out with `rows`. */
  tokenRows: Int32Array | undefined;
  prefixes: Set<string> | undefined;
  names: WindowName[] | undefined;
}

/** A capitalised run in a source sentence, with its neighbours (for "someone else in the same place"). */
export interface WindowName {
  readonly text: string;
  readonly terms: readonly string[];
  readonly start: number;
  readonly end: number;
  /** The nearest content words before and after the name. */
  readonly before?: string;
  readonly after?: string;
}

export function readSentence(text: string): SentenceReading {
  const tokens = claimTokens(text);
  const lemmas = tokenLemmas(tokens);
  const terms = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    terms.add(tokens[i].term);
    terms.add(lemmas[i]);
  }
  return { text, tokens, lemmas, terms, quantities: undefined, negated: undefined, negationHeads: undefined, rows: undefined, tokenRows: undefined, prefixes: undefined, names: undefined };
}

/** The sentence's figures and dates. */
export function quantitiesOf(s: SentenceReading): Quantity[] {
  return (s.quantities ??= extractQuantities(s.text, s.tokens));
}

/**
 * Whether a sentence is only a date line ("Tuesday 12 March 2024", "Date: Tuesday 12 March 2024, 11:00 a.m.,
 * museum offices"): when a source was written, not a date it reports. Its dates state no fact of a claim.
 */
export function isDateLine(s: SentenceReading): boolean {
  if (s.text.length > 120) return false;
  const qs = quantitiesOf(s);
  if (!qs.some((q) => q.kind === 'year') || !qs.some((q) => q.kind === 'date')) return false;
  const words = s.tokens.filter((t) => t.kind === TokenKind.Word && !t.stop && !isCalendarWord(t.raw));
  // Names or a label, then the date ("Marrowick Herald — Saturday, 16 March 2024", "Date: Tuesday 12
  // March 2024, 11:00 a.m., museum offices"): a sentence that says something happened then has words
  // of its own before it ("The consultation closes at 5pm on Friday 25 April 2025.").
  const first = Math.min(...qs.filter((q) => q.kind === 'date' || q.kind === 'weekday').map((q) => q.start));
  return words.length <= 6 && !words.some((t) => t.end <= first && !t.capitalized);
}

/** Whether a date of a sentence says when its source was written: a date line, or a stamp ("Issued Monday 11 March 2024"). */
export function writtenOn(s: SentenceReading, r: Quantity): boolean {
  return isDateLine(s) || DATE_STAMP.test(s.text.slice(0, r.start)) || WRITTEN_ON.test(s.text.slice(Math.max(0, r.start - 40), r.start));
}

/** Words before a year that say when something began: "since 1871", "founded in 1902", "Est. 1870". */
const FOUNDED_BEFORE = /\b(?:since|founded|established|est\.?|estd\.?|serving\s+\S+\s+since)\s+(?:in\s+)?$/i;

/** Words before a date that say when something was written ("an earlier version, published on Saturday 8 March, …"). */
export const WRITTEN_ON = /\b(?:published|updated|posted|issued|dated|amended)\s+(?:on\s+)?(?:\p{L}+day,?\s+)?$/iu;

/** What opens a date a source is stamped with: "Issued", "Published on", "For immediate release:", "Transcript:". */
const DATE_STAMP = /^\W*(?:issued|published|posted|updated|released|dated|for immediate release|transcript)\W*(?:on\W+)?$/i;

/** Token indices a negation governs ("no damage … was reported"). */
export function negatedOf(s: SentenceReading): Set<number> {
  if (!s.negated) {
    s.negationHeads = new Set();
    s.negated = negationReach(s.text, s.tokens, undefined, s.negationHeads);
  }
  return s.negated;
}

/** Token indices of the words a negation directly turns around ("no [damage]"). */
export function negationHeadsOf(s: SentenceReading): Set<number> {
  negatedOf(s);
  return s.negationHeads!;
}

/** Each token's word-table row (-1: none). */
export function tokenRowsOf(s: SentenceReading): Int32Array {
  rowsOf(s);
  return s.tokenRows!;
}

/** First five letters of the sentence's words of six letters or more. */
export function prefixesOf(s: SentenceReading): Set<string> {
  if (!s.prefixes) {
    s.prefixes = new Set();
    for (const t of s.terms) if (t.length >= 6) s.prefixes.add(t.slice(0, 5));
  }
  return s.prefixes;
}

/** Word-table rows of the sentence's content words. */
export function rowsOf(s: SentenceReading): Int32Array {
  if (!s.rows) {
    // A sentence has a few dozen words at most: a scan of the rows so far is cheaper than a set.
    const rows: number[] = [];
    const tokenRows = new Int32Array(s.tokens.length).fill(-1);
    for (let i = 0; i < s.tokens.length; i++) {
      const t = s.tokens[i];
      if (t.stop || t.kind !== TokenKind.Word) continue;
      const row = vectorRow(s.lemmas[i]);
      tokenRows[i] = row;
      if (row >= 0 && !rows.includes(row)) rows.push(row);
    }
    s.rows = Int32Array.from(rows);
    s.tokenRows = tokenRows;
  }
  return s.rows;
}

/** The capitalised runs of a sentence (a sentence's lone first word is not one). */
export function namesOf(s: SentenceReading): WindowName[] {
  if (s.names) return s.names;
  const out: WindowName[] = [];
  const words = wholeWords(s.tokens);
  for (let i = 0; i < words.length; i++) {
    const t = words[i];
    if (t.kind !== TokenKind.Word || !t.capitalized || t.stop || isCalendarWord(t.raw) || FIRST_PERSON_CONTRACTION.test(t.raw)) continue;
    // A count is no part of a name: "Three Germans" names the Germans.
    if (COUNT_WORDS.has(t.raw.toLowerCase()) && words[i + 1]?.capitalized) continue;
    let j = i;
    while (j + 1 < words.length && words[j + 1].kind === TokenKind.Word && words[j + 1].capitalized && !isCalendarWord(words[j + 1].raw) && /^[\s\-‐]*$/.test(s.text.slice(words[j].end, words[j + 1].start)) && !headingBreak(s.text, words[j].end, words[j + 1].start)) j++;
    const opens = i === 0 || /[.!?"“]\s*$/.test(s.text.slice(words[i - 1].end, t.start));
    if (!(opens && i === j)) {
      out.push({ text: s.text.slice(t.start, words[j].end), terms: words.slice(i, j + 1).map((x) => x.term), start: t.start, end: words[j].end, before: neighbour(words, i - 1, -1), after: neighbour(words, j + 1, 1) });
    }
    i = j;
  }
  return (s.names = out);
}

/**
 * Whether a line break between two capitalised words ends a heading rather than wraps a line: the line
 * before it short or in capitals ("EM/25/2 DECLARATIONS OF INTEREST" over "Councillor Hartigan declared …").
 */
function headingBreak(text: string, end: number, next: number): boolean {
  const gap = text.slice(end, next);
  if (!gap.includes('\n')) return false;
  const line = text.slice(text.lastIndexOf('\n', end - 1) + 1, end);
  return line.trim().length < 50 || !/\p{Ll}/u.test(line);
}

/** The name near a source's head whose initials a transcript's label is ("SM" for "Subject: Sean McCaffrey"), if one is. */
export function initialled(label: string, source: Source): string | undefined {
  if (!/^\p{Lu}{2,3}$/u.test(label)) return undefined;
  let known = INITIALLED.get(source);
  if (!known) INITIALLED.set(source, (known = new Map()));
  if (known.has(label)) return known.get(label);
  const head = source.text.slice(0, 3000);
  // A name the header gives the initials to in brackets ("Claire Dunmore (CD)") is theirs; otherwise the
  // one name of the head with those initials (two, "Sarah Mitchell" and "Sean Mackie", say nothing).
  const given = [...head.matchAll(/(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2})[ \t]*\((\p{Lu}{2,3})\)/gu)];
  const bound = given.find((m) => m[2] === label)?.[1];
  // (A title is no part of the initials: "Dr Colin Ferris" is "CF".)
  const names = new Set([...head.matchAll(/(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2})/gu)].map((m) => m[1].replace(/^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Cllr|Councillor|Sir|Dame|Rev|Revd)\.?[ \t]+(?=\p{Lu}[\p{L}'’-]+[ \t]+\p{Lu})/u, '')).filter((n) => n.split(/\s+/).map((w) => w[0]).join('') === label && !given.some((g) => g[1] === n && g[2] !== label)));
  // (A name on the line that says whose words they are, "Subject: Sean Mackie, Site Manager", before any other.)
  const labelled = [...names].find((n) => new RegExp(`^[ \\t]*(?:subject|interviewee|guest|speaker|name|interview with)\\b[^\\n]{0,20}${n}`, 'im').test(head));
  const found = bound ?? labelled ?? (names.size === 1 ? [...names][0] : undefined);
  known.set(label, found);
  return found;
}
const INITIALLED = new WeakMap<Source, Map<string, string | undefined>>();

/** A transcript's turn at the start of a line: "Agnes Holloway: …", "Q7 Martin Lowe: …", "DR RENN (Director): …" (the name captured). */
export const TURN = /^[ \t]*(?:Q\d+\s+)?(\p{Lu}[\p{L}.'’ -]{1,40}?)\s*(?:\([^)]{0,60}\))?:\s/u;

const FOUR_DIGITS = /\d{4}/;

const COUNT_WORDS = new Set('one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million dozens hundreds thousands millions several many some'.split(' '));

/** The nearest content word from `from` on (step −1: before, +1: after); none when that word is part of another name. */
export function neighbour(tokens: readonly Token[], from: number, step: number): string | undefined {
  for (let k = from; k >= 0 && k < tokens.length; k += step) if (!tokens[k].stop) return tokens[k].capitalized ? undefined : tokens[k].term;
  return undefined;
}

/**
 * The sentences of recently read paragraphs, across judgements: completing or re-checking a sentence
 * reads the same passages again, and a paragraph's words (and what is worked out from them) never
 * change. Keyed by the Paragraph object, which a changed source replaces; the oldest go first. One
 * per service: nothing is shared between services.
 */
export class ReadingCache {
  private readonly paragraphs = new Map<Paragraph, SentenceReading[]>();
  private readonly dates = new WeakMap<Source, readonly Quantity[]>();
  constructor(private readonly capacity = 1024) {}

  /**
   * When a source was written: its metadata date, and the short date lines near its top ("Published
   * November 7, 2017", "27 December 2012"). A report dated 2017 of an election "on Tuesday" states
   * that the election was in 2017.
   */
  datesOf(source: Source): readonly Quantity[] {
    let dates = this.dates.get(source);
    if (dates) return dates;
    const found: Quantity[] = [];
    if (source.metadata.date) found.push(...quantitiesOf(readSentence(source.metadata.date)).filter(isTimeQuantity));
    for (const p of source.paragraphs.slice(0, 8)) {
      for (const s of p.sentences) {
        if (s.end - s.start > 120) continue;
        const text = source.text.slice(s.start, s.end);
        // Every year is written with four digits: a line without them is no date line (and most are not).
        if (!FOUR_DIGITS.test(text)) continue;
        const reading = readSentence(text);
        const words = reading.tokens.filter((t) => t.kind === TokenKind.Word && !t.stop).length;
        // (A masthead's founding year is not when it was written: "Serving the coast since 1871 Thursday 12 October 2023".)
        const times = quantitiesOf(reading).filter((q) => isTimeQuantity(q) && !(q.kind === 'year' && FOUNDED_BEFORE.test(text.slice(Math.max(0, q.start - 20), q.start))));
        // (A year with its day or month: "AVRUG founded 1987, ~1,030 members" dates nothing written.)
        if (times.some((q) => q.kind === 'year') && times.some((q) => q.kind === 'date' || q.kind === 'month') && words <= 10) found.push(...times);
      }
    }
    this.dates.set(source, (dates = found));
    return dates;
  }

  sentences(source: Source, paragraph: Paragraph): SentenceReading[] {
    let cached = this.paragraphs.get(paragraph);
    if (cached) this.paragraphs.delete(paragraph);
    else cached = paragraph.sentences.map((s) => readSentence(source.text.slice(s.start, s.end)));
    this.paragraphs.set(paragraph, cached);
    if (this.paragraphs.size > this.capacity) this.paragraphs.delete(this.paragraphs.keys().next().value!);
    return cached;
  }

  get size(): number {
    return this.paragraphs.size;
  }
}
