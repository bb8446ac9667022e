import type { Span } from '../types';

/**
 * Splits prose into sentences with exact offsets. Knows the usual traps of news text: abbreviations
 * ("U.S.", "Aug. 18", "Mr. Kim"), decimals ("2.8%"), initials ("J. R. Smith"), quotes and brackets
 * after the full stop, and ellipses. Never splits across a blank line.
 */

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cmdr adm gov sen rep pres rev hon ' +
    'inc ltd co corp bros dept univ assn approx vs etc al cf e.g i.e u.s u.k u.n e.u a.m p.m d.c n.y l.a ave blvd rd'
  ).split(' '),
);

/**
 * Abbreviations only before a number ("No. 5", "Aug. 18", "p. 33", "Fig. 2"), or for weekdays before a
 * date ("Sat., June 6", "Sun. Aug. 18"). Otherwise they are words that end sentences: "The answer was no.",
 * "They sat in the sun.", "Modern art."
 */
const BEFORE_NUMBER = new Set('no nos vol vols pp p para paras ch sec art fig figs est jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
const WEEKDAYS = new Set('mon tue tues wed thu thurs fri sat sun'.split(' '));
const MONTH_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** Abbreviations that may close a sentence: dotted initialisms ("u.s", "d.c") and a few words. */
const SENTENCE_END_ABBREVIATIONS = /^(?:(?:\p{L}\.)+\p{L}|etc|inc|ltd|co|corp|bros|jr|sr|al)$/u;

/** Function words that start sentences but never names: "It", "In", "The", "They". */
const SENTENCE_STARTERS = new Set(
  'a an the it its in on at by for from to of as if but and or so yet this that these those there then he she we they i you his her their our my after before when while since during however meanwhile'.split(' '),
);

/** Words that may follow a time's "p.m." in the same sentence: a day, a month, a time zone. */
const TIME_GOES_ON = /^(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|gmt|utc|bst|cet|cest|est|edt|cst|cdt|mst|mdt|pst|pdt|et|pt|ct|mt|eastern|pacific|central|mountain|local)/i;

function wordAfter(text: string, i: number): string {
  const m = /^\p{Lu}\p{Ll}*(?=[\s,;:])/u.exec(text.slice(i, i + 20));
  return m ? m[0].toLowerCase() : '';
}

const CLOSERS = '"\'”’)]»';
const OPENERS = '"\'“‘([«';

function isUpperStart(ch: string | undefined): boolean {
  if (!ch) return false;
  return /[\p{Lu}\p{N}]/u.test(ch) || OPENERS.includes(ch) || ch === '@' || ch === '*' || ch === '_';
}

/** The word just before position `dot` (a '.'), letters and inner dots only, lower-cased. */
function wordBefore(text: string, dot: number): string {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}.]/u.test(text[i])) i--;
  return text.slice(i + 1, dot).toLowerCase();
}

export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  let marks: QuoteMarks | undefined;
  let start = skipSpace(text, from, to);
  let i = start;
  while (i < to) {
    const ch = text[i];
    // A blank line always ends a sentence.
    if (ch === '\n') {
      let j = i + 1;
      while (j < to && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      if (j < to && text[j] === '\n') {
        pushSpan(spans, text, start, i);
        start = skipSpace(text, j, to);
        i = start;
        continue;
      }
    }
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      let end = i + 1;
      while (end < to && (text[end] === '.' || text[end] === '!' || text[end] === '?')) end++;
      while (end < to && CLOSERS.includes(text[end])) end++;
      const next = skipSpace(text, end, to);
      if (next >= to) break;
      if (next === end) {
        i = end;
        continue; // no space after: "2.8", "U.S.-led", "example.com"
      }
      if (ch === '.' && end === i + 1 && !isSentenceEndAfterDot(text, i, next)) {
        i = end;
        continue;
      }
      if (!isUpperStart(text[next]) || ((marks ??= new QuoteMarks(text, from, to)).at.length > 0 && quotationGoesOn(text, marks, start, end, to))) {
        i = end;
        continue;
      }
      pushSpan(spans, text, start, end);
      start = next;
      i = next;
      continue;
    }
    i++;
  }
  pushSpan(spans, text, start, to);
  return spans;
}

/**
 * Whether `end` is inside a quotation opened in this sentence that goes on and is then given to its
 * speaker in the same sentence: '"The polluter will pay. The people will not," the minister said.' is
 * one sentence. A quotation that closes on a full stop is sentences of its own.
 */
function quotationGoesOn(text: string, marks: QuoteMarks, start: number, end: number, to: number): boolean {
  if (CLOSERS.includes(text[end - 1])) return false;
  // Open when the last curly mark before `end` opens, or straight marks come an odd number of times.
  let open = false;
  for (let k = marks.firstAtOrAfter(start); k < marks.at.length && marks.at[k] < end; k++) {
    const c = text[marks.at[k]];
    open = c === '“' ? true : c === '”' ? false : !open;
  }
  if (!open) return false;
  // The closing mark, within the paragraph and a few hundred characters.
  const limit = Math.min(to, end + 400);
  for (let k = end; k < limit; k++) {
    const c = text[k];
    if (c === '\n' && /^\n[ \t]*\n/.test(text.slice(k, k + 8))) return false;
    // A comma before the closing mark goes on to the speaker ("…," Professor Marchetti told the Courier); a
    // question or exclamation mark only into a lower-case word ("…?" she asked).
    if (c === '”' || c === '"') return text[k - 1] === ',' || (/[?!]/.test(text[k - 1]) && /^[ \t]*\p{Ll}/u.test(text.slice(k + 1, k + 20)));
    if (c === '“') return false;
  }
  return false;
}

/** Where the quotation marks of a text are, found once per split (sentence ends look them up). */
class QuoteMarks {
  readonly at: number[] = [];
  constructor(text: string, from: number, to: number) {
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c === 34 || c === 0x201c || c === 0x201d) this.at.push(k);
    }
  }
  /** Index in `at` of the first mark at or after `pos`. */
  firstAtOrAfter(pos: number): number {
    let lo = 0;
    let hi = this.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.at[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function isSentenceEndAfterDot(text: string, dot: number, next: number): boolean {
  const word = wordBefore(text, dot);
  // An initial ("J. Smith"), but not a unit after a figure ("kept at 63°C. Most cases…").
  if (word.length === 1 && /\p{Lu}/u.test(text[dot - 1]) && !/[\d°º]/u.test(text[dot - 2] ?? '')) return false;
  if (BEFORE_NUMBER.has(word) && /\d/.test(text[next])) return false;
  if (WEEKDAYS.has(word) && (/\d/.test(text[next]) || MONTH_WORD.test(text.slice(next, next + 3)))) return false;
  // A time's "p.m." before a capitalised word ends a sentence unless the word goes on with the time
  // ("issued at 5:15 p.m. Residents …"; not "5 p.m. Tuesday", "8 a.m. GMT").
  if ((word === 'a.m' || word === 'p.m') && /\d\s*$/.test(text.slice(Math.max(0, dot - 8), dot - 3)) && isUpperStart(text[next])) {
    const after = /^\p{L}+/u.exec(text.slice(next, next + 20))?.[0] ?? '';
    return !TIME_GOES_ON.test(after);
  }
  if (ABBREVIATIONS.has(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    // "U.S.", "D.C.", "etc." can end a sentence. A following name ("U.S. Army") cannot be told from a new
    // sentence, but a capitalised function word ("D.C. It employs", "U.S. In 2019") can only start one.
    // Titles and months ("Mr.", "Aug.") never end one.
    return SENTENCE_END_ABBREVIATIONS.test(word) && word !== 'e.g' && word !== 'i.e' && SENTENCE_STARTERS.has(wordAfter(text, next));
  }
  return isUpperStart(text[next]);
}

function skipSpace(text: string, i: number, to: number): number {
  while (i < to && /\s/.test(text[i])) i++;
  return i;
}

function pushSpan(spans: Span[], text: string, start: number, end: number): void {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  if (e > start) spans.push({ start, end: e });
}
