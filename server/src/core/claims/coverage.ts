import type { Paragraph, Source } from '../sources/model';
import { isTableText, TABLE_SEPARATOR } from '../text/tables';
import { NEGATIONS, tokenize, TokenKind } from '../text/tokenize';
import type { Claim } from './claim';
import { areOpposites, isPastForm, neverCredited, oppositesOf } from './lexicon';
import { namesOf, negatedOf, quantitiesOf, prefixesOf, readSentence, rowsOf, type SentenceReading } from './reading';
import { isTime, sameQuantity, unitsAgree, type Quantity } from './quantities';
import { commonness, rowSimilarities, rowSimilarity, rowTerm, vectorRow } from './similarity';

/**
 * How far a passage has each part of a claim. A claim's parts are its content words, weighted by
 * rarity in English at large (not in this folder, so a verdict does not move when unrelated sources
 * come and go), figures and dates more, framing words ("also", "later") hardly at all.
 */
export interface Part {
  /** The claim term (irregular verbs as their base). */
  readonly term: string;
  /** The index term, for looking the word up in the index. */
  readonly indexTerm: string;
  readonly raw: string;
  readonly weight: number;
  /** Index of the word in the claim's tokens. */
  readonly at: number;
  readonly role: 'figure' | 'date' | 'name' | 'word';
  /** The claim's figure or date this number is part of. */
  readonly quantity?: Quantity;
  /** Word-vector table row (-1: none). */
  readonly row: number;
  /** The first five letters, for words of six or more that may match a source word by stem prefix. */
  readonly prefix?: string;
  /** Terms that mean the opposite: a source word among them is never credited as close in meaning. */
  readonly opposites?: ReadonlySet<string>;
  /** Which stretch of the claim the word is in (clauses and list items, split at commas, "and", "which" …). */
  readonly chunk: number;
  /** A verb in the past tense or a participle ("raised", "was called"): what the claim says happened. */
  readonly verb: boolean;
  /**
   * For a figure: whom it belongs to in the claim, the words of the name before it ("Maria Solheim was
   * fined 4,000 euros"), or the claim's own subject when a thing opens it ("The coastguard fined …").
   * A source's figure counts only if it belongs to the same (or to no one named).
   */
  readonly owner?: readonly string[] | 'subject';
}

/** The distinctive words of the name a figure belongs to ("Smith was sentenced to 4 years"): the nearest name before it in its clause. */
export function ownerOf(claim: Claim, q: Quantity): readonly string[] | undefined {
  let best: (typeof claim.names)[number] | undefined;
  for (const n of claim.names) if (n.end <= q.start && q.start - n.end < 80 && !/[;:]/.test(claim.text.slice(n.end, q.start))) best = n;
  // The outlet that reported it ("The Gazette had reported on 6 March that 37 ambulances …") owns none of what it reported.
  if (best && REPORTED_THAT.test(claim.text.slice(best.end, q.start))) return undefined;
  return best && best.distinctive.length ? best.distinctive : undefined;
}

const REPORTED_THAT = /^\s+(?:had |has |have )?(?:reported|wrote|published|revealed)\b[^.;]*\bthat\b/i;

/**
 * Whether a figure is in what someone is reported to have said, and belongs to what the clause is about,
 * not to the speaker or to whoever was told: "Officers told the meeting that restoring all seven days
 * would cost £186,000 a year", "Site staff told the Evening Post that Saturday drivers were waiting up
 * to 50 minutes". (Not where the clause speaks of the speaker: "Lund said he was fined 4,000 euros".)
 */
export function inReportedClause(claim: Claim, q: Quantity): boolean {
  let best: (typeof claim.names)[number] | undefined;
  for (const n of claim.names) if (n.end <= q.start && q.start - n.end < 80 && !/[;:]/.test(claim.text.slice(n.end, q.start))) best = n;
  const subject = claim.subject && claim.subject.head.end <= q.start ? claim.subject.head : undefined;
  // The speaker: the nearest name before the figure, or the sentence's subject, followed by the verb of saying.
  const speaker = best && (!subject || best.end >= subject.end) ? best : subject;
  if (speaker && SPOKEN_CLAUSE.test(claim.text.slice(speaker.end, q.start))) return true;
  // Whoever was told: "told the Evening Post that …".
  return !!best && TOLD_BEFORE.test(claim.text.slice(Math.max(0, best.start - 30), best.start)) && SAID_TO.test(claim.text.slice(best.end, q.start));
}

/** A verb of saying and the start of what was said, which does not speak of the speaker ("told the meeting that restoring …"). */
const SPOKEN_CLAUSE = /^\s+(?:(?:had|has|have|was|were)\s+)?(?:(?:said|says)\s+(?:that\s+)?|(?:explained|stated|claimed|confirmed|announced|insisted|argued|heard)\s+that\s+|(?:told|tells|advised|advises|informed|warned|assured)(?:\s+(?!(?:that|he|she|they|it|we|i)\b)[\p{L}'’-]+){1,3}?\s+(?:that\s+)?)(?!(?:that|he|she|they|it|we|i|his|her|their|its|our|my)\b)[^;]*$/iu;

/** What follows the name that was told, up to the figure: what was said, not about the speaker. */
const SAID_TO = /^\s*,?\s*(?:that\s+)?(?!(?:that|he|she|they|it|we|i|his|her|their|its|our|my|who|which|whose)\b)[^,;]*$/i;

/** The verb of telling just before a name: "told the …". */
const TOLD_BEFORE = /\b(?:told|tells|informed|advised|assured|warned)\s+(?:the\s+)?$/i;

/**
 * Whether a figure in a source sentence belongs to the owner: the names before it in its clause (a
 * clause ends at a semicolon or a comma before "and", "but", "while", "whereas") are the owner's, or
 * there are none. "Anders Lund was fined 4,000 euros, and Maria Solheim 20,000": the 20,000 is hers.
 * For a claim that opens with a thing ('subject'), the names must be ones the claim mentions.
 */
export function ownedBy(s: SentenceReading, r: Quantity, owner: readonly string[] | 'subject', claimTerms?: ReadonlySet<string>, named = false): boolean {
  const text = s.text;
  let from = 0;
  for (const m of text.slice(0, r.start).matchAll(CLAUSE_START)) from = (m.index ?? 0) + m[0].length;
  // A name inside an aside closed before the figure (", which prepares meals … on the Millbrook
  // Industrial Estate,") is not who the figure is about.
  const asides = asidesOf(s).filter(([a, b]) => a >= from && b <= r.start);
  const inAside = (n: { start: number; end: number }) => asides.some(([a, b]) => n.start >= a && n.end <= b);
  const names = namesOf(s);
  // A list that gives each figure before its name ("37 per cent named Marian Okafor, 35 per cent Declan
  // Reyes, 18 per cent Priya Halvorsen"): a figure is the name's right after it.
  const next = (q: Quantity) => names.find((n) => n.start >= q.end && FIGURE_THEN_NAME.test(text.slice(q.end, n.start)) && LIST_GOES_ON.test(text.slice(n.end, n.end + 6)));
  const mine = (n: { terms: readonly string[] }) => (owner === 'subject' ? !!claimTerms && n.terms.some((t) => claimTerms.has(t)) : n.terms.some((t) => owner.includes(t)));
  const following = next(r);
  if (following && quantitiesOf(s).filter((q) => q.kind === r.kind && next(q)).length >= 2) return mine(following);
  const before = names.filter((n) => n.start >= from && n.end <= r.start && !comparedWith(s, n.start) && !inAside(n));
  // `named`: only a figure the owner's name is written before counts.
  if (before.length === 0) return !named;
  if (before.some(mine)) return true;
  // The owner written as a plain word nearer the figure than those names ("… mediator Rachel Amsel …, gives workers a 16 percent increase").
  const last = before[before.length - 1].end;
  return owner !== 'subject' && s.tokens.some((t) => t.start >= last && t.end <= r.start && owner.includes(t.term));
}

const CLAUSE_START = /;\s*|,\s*(?:and|but|while|whereas|although)\s+/g;
/**
 * What may stand between a figure and the name it goes with in a list: a space, or a word such as
 * "named" (not a preposition: "143 in California", "1.5% in Germany" say where, not whose); and after
 * the name, the list goes on or ends ("Declan Reyes, 18 per cent …"), which "50 mln Australian dlrs" does not.
 */
const FIGURE_THEN_NAME = /^\s+(?:(?!(?:in|at|by|of|for|to|with|from|on|into|over|under|against)\s)\p{Ll}+\s+)?$/u;
const LIST_GOES_ON = /^\s*(?:[,;.]|and\b|or\b|$)/;
/** An aside: ", which … ," / ", who … ," closed by a comma. */
const ASIDE = /,\s*(?:which|who|whose|where)\b(?:[^,;]|(?<=\d),(?=\d))*,/g;
const ASIDE_WORD = /,\s*wh/;
const ASIDES = new WeakMap<SentenceReading, ReadonlyArray<readonly [number, number]>>();

/** Where a sentence's asides are (worked out once per sentence: most have none). */
function asidesOf(s: SentenceReading): ReadonlyArray<readonly [number, number]> {
  let found = ASIDES.get(s);
  if (!found) ASIDES.set(s, (found = ASIDE_WORD.test(s.text) ? [...s.text.matchAll(ASIDE)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const) : []));
  return found;
}

/**
 * Whether the name starting at `at` is what something is measured against ("his margin over the
 * Green Alliance's Miriam Okafor slashed from 312 votes"): then the figure is not that name's.
 */
function comparedWith(s: SentenceReading, at: number): boolean {
  let k = s.tokens.findIndex((t) => t.start >= at) - 1;
  while (k >= 0 && (s.tokens[k].capitalized || /^(?:the|a|an|'s|s)$/i.test(s.tokens[k].raw))) k--;
  return k >= 0 && COMPARED_WITH.has(s.tokens[k].raw.toLowerCase());
}

const COMPARED_WITH = new Set(['over', 'against', 'than', 'versus', 'vs']);

const CHUNK_WORDS = new Set(['and', 'but', 'while', 'which', 'who', 'whom', 'whose', 'where', 'when', 'after', 'before', 'including', 'although', 'though', 'because', 'as', 'with', 'making', 'becoming']);

/** The stretch of the claim each token is in: a new one at punctuation inside the sentence or a joining word. */
function chunksOf(claim: Claim): Int16Array {
  const out = new Int16Array(claim.tokens.length);
  let chunk = 0;
  for (let i = 1; i < claim.tokens.length; i++) {
    const between = claim.text.slice(claim.tokens[i - 1].end, claim.tokens[i].start);
    if (/[,;:()\[\]—–"“”]/.test(between) || CHUNK_WORDS.has(claim.tokens[i].raw.toLowerCase())) chunk++;
    out[i] = chunk;
  }
  return out;
}

/**
 * Words that frame a claim rather than state it ("also", "later", "currently"): a source rarely
 * repeats them, and their absence says nothing about support, so they weigh little.
 */
const FRAMING = new Set(
  ('also then thus however therefore moreover furthermore meanwhile still currently eventually later subsequently ' +
    'previously initially finally already soon now today recently actually even just well much many several various ' +
    'certain another like often usually generally mainly mostly largely particularly especially notably respectively ' +
    'around approximately roughly nearly almost reportedly widely highly').split(' '),
);

export function isFraming(raw: string): boolean {
  return FRAMING.has(raw.toLowerCase());
}

/** The most parts a claim is judged on (the heaviest, in their order): the work per sentence stays bounded. */
export const MAX_PARTS = 48;

export function claimParts(claim: Claim): Part[] {
  const parts = allParts(claim);
  if (parts.length <= MAX_PARTS) return parts;
  const kept = new Set([...parts].sort((a, b) => b.weight - a.weight).slice(0, MAX_PARTS));
  return parts.filter((p) => kept.has(p));
}

function allParts(claim: Claim): Part[] {
  const nameTerms = new Set(claim.names.flatMap((n) => n.terms));
  const chunks = chunksOf(claim);
  const parts: Part[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < claim.tokens.length; i++) {
    const t = claim.tokens[i];
    if (t.stop || NEGATIONS.has(t.raw.toLowerCase()) || claim.contrast.has(i)) continue; // polarity is judged apart; a contrast asserts nothing
    if (t.kind === TokenKind.Word && t.raw.length < 2) continue;
    const term = claim.lemmas[i];
    if (seen.has(term)) continue;
    seen.add(term);
    const isNumber = t.kind === TokenKind.Number || /^\d[\d.,]*$/.test(t.raw);
    // Every word of a figure or date ("nine", "June", "hundreds") is compared as that quantity, never by word vectors ("nine" is not "four").
    const quantity = claim.quantities.find((q) => t.start >= q.start && t.end <= q.end);
    const isName = nameTerms.has(t.term) && !quantity;
    let weight = 1 + 4 * (1 - commonness(term));
    if (isNumber || quantity) weight *= 1.5;
    else if (isName) weight *= 1.2;
    else if (isFraming(t.raw)) weight *= 0.2;
    const role = quantity ? (isTime(quantity) ? 'date' : 'figure') : isNumber ? 'figure' : isName ? 'name' : 'word';
    const prefix = !isNumber && term.length >= 6 ? term.slice(0, 5) : undefined;
    const verb = role === 'word' && !t.capitalized && isPastForm(t.raw.toLowerCase());
    const owner = quantity && !isTime(quantity) && !inReportedClause(claim, quantity) ? (ownerOf(claim, quantity) ?? (claim.subject ? 'subject' : undefined)) : undefined;
    parts.push({ owner, term, indexTerm: t.term, raw: t.raw, weight, at: i, role, quantity, row: isNumber ? -1 : vectorRow(term), prefix, opposites: oppositesOf(term), chunk: chunks[i], verb });
  }
  return parts;
}

/** Below this cosine two words are unrelated; at SIMILAR_HIGH and above, near-synonyms. */
const SIMILAR_LOW = 0.5;
const SIMILAR_HIGH = 0.8;
/** The most a merely similar word can earn: less than the same word or the same stem. */
const SIMILAR_CREDIT = 0.7;
/** A name merely close in meaning to one the source has earns this share of the credit: never enough to count as there. */
const NAME_SIMILAR_FACTOR = 0.4;

function similarCredit(similarity: number): number {
  if (similarity <= SIMILAR_LOW) return 0;
  return SIMILAR_CREDIT * Math.min(1, (similarity - SIMILAR_LOW) / (SIMILAR_HIGH - SIMILAR_LOW));
}

/** Cosine of two terms' word vectors; 0 when either is not in the table. */
export function termSimilarity(a: string, b: string): number {
  return a === b ? 1 : rowSimilarity(vectorRow(a), vectorRow(b));
}

let memoCount = 0;
let slotOwner = new Int32Array(0);
let slotAt = new Int32Array(0);
function growSlots(size: number): void {
  const owner = new Int32Array(Math.max(size, 2 * slotOwner.length, 1024));
  const at = new Int32Array(owner.length);
  owner.set(slotOwner);
  at.set(slotAt);
  [slotOwner, slotAt] = [owner, at];
}

/**
 * What one judgement has already worked out: each sentence's coverage and word similarities. Kept
 * for the judgement only.
 */
export class CoverageMemo {
  readonly sentences = new Map<SentenceReading, Float32Array>();
  /** Every term of the claim. */
  readonly claimTerms: ReadonlySet<string>;
  /**
   * Similarities of source words to the claim parts: a row of `parts.length` numbers per table row of a
   * source word (NaN: not computed yet), one after another in one array, so a judgement that meets a
   * thousand words allocates no thousand little arrays.
   */
  similar: Float64Array;
  private readonly id = ++memoCount;
  private similarEnd = 0;
  readonly todo: Int32Array;
  readonly todoRows: Int32Array;
  readonly todoSims: Float64Array;
  /** Scratch for one sentence's open parts and their best similarity. */
  readonly open: Int32Array;
  readonly best: Float64Array;
  /** The claim's bounded figures as it means them: one under the claim's own negation turned over, as a source's is ("would not settle for less than four billion"). */
  readonly asSaid = new Map<Quantity, Quantity>();
  constructor(readonly parts: readonly Part[], claim?: Claim) {
    const n = parts.length;
    this.claimTerms = new Set(claim?.tokens.map((t) => t.term) ?? []);
    if (claim) for (const q of claim.quantities) this.asSaid.set(q, claimBoundAsSaid(claim, q));
    this.todo = new Int32Array(n);
    this.todoRows = new Int32Array(n);
    this.todoSims = new Float64Array(n);
    this.open = new Int32Array(n);
    this.best = new Float64Array(n);
    this.similar = new Float64Array(Math.max(1, n) * 64).fill(NaN);
  }

  /** Where a table row's similarities start in `similar` (which this may grow: read it after). */
  similarOffset(row: number): number {
    // Which memo last placed the row, and where: shared by all memos, so a look-up is two array reads.
    // A memo finds its own mark or places the row anew in its own array: another memo's placing costs
    // only recomputing, never a wrong number.
    if (row >= slotOwner.length) growSlots(row + 1);
    if (slotOwner[row] === this.id) return slotAt[row];
    const at = this.similarEnd;
    this.similarEnd += this.parts.length;
    if (this.similarEnd > this.similar.length) {
      const grown = new Float64Array(this.similar.length * 2).fill(NaN);
      grown.set(this.similar);
      this.similar = grown;
    }
    slotOwner[row] = this.id;
    slotAt[row] = at;
    return at;
  }

  /** How much of each claim part one sentence has (memoised). */
  /**
   * Whether a source speaks of the thing the claim opens with ("The defectors …"): then a figure it
   * gives a named group may be the claim's (a source says "Fighters for a Free North Korea", the
   * writer "the defectors"). Set by the judge; without it, never.
   */
  subjectIn: (source: Source) => boolean = () => false;

  /**
   * The calendar date (month × 100 + day) a weekday in a source stands for: the last such day on or
   * before the source's own date, as news writes it ("on Wednesday" in an article of Thursday 2 March
   * is 1 March). Set by the judge; without it, none.
   */
  weekdayDate: (source: Source, weekday: number, ahead: boolean) => number | undefined = () => undefined;

  /** The year a source is dated (for "last year", "this year"). Set by the judge; without it, none. */
  yearOf: (source: Source) => number | undefined = () => undefined;

  /** The day before a source's date, as a date (month × 100 + day) and a weekday (1 Monday … 7 Sunday), for "yesterday". Set by the judge; without it, none. */
  yesterday: (source: Source) => { date: number; weekday: number } | undefined = () => undefined;

  /** The day (month × 100 + day) a source is dated (for "today"). Set by the judge; without it, none. */
  dayOf: (source: Source) => number | undefined = () => undefined;

  private readonly questions = new Map<SentenceReading, Float32Array>();

  /** How much of each claim part a question has, read as what the answer after it answers (memoised). */
  asked(s: SentenceReading, source?: Source): Float32Array {
    let c = this.questions.get(s);
    if (!c) this.questions.set(s, (c = tableRowsOf(s) ? new Float32Array(this.parts.length) : lineCoverage(this.parts, s, this, source, true)));
    return c;
  }

  /** How much of each claim part one sentence (of `source`) has (memoised). */
  of(s: SentenceReading, source?: Source): Float32Array {
    let c = this.sentences.get(s);
    if (!c) this.sentences.set(s, (c = sentenceCoverage(this.parts, s, this, source)));
    return c;
  }
}

/**
 * How much of each claim part one sentence has: 1 the same word (a figure: the same quantity,
 * measuring the same thing), 0.8 the same stem prefix, up to 0.7 a word close in meaning, 0 nothing.
 */
function sentenceCoverage(parts: readonly Part[], s: SentenceReading, memo: CoverageMemo, source?: Source): Float32Array {
  // A table is read a row at a time, each with its header: a date of one row does not back a claim
  // about the item of another ("| E-prescribing | 4 Mar | 10 Mar |" does not say "restored on 8 March").
  const rows = tableRowsOf(s);
  if (rows) {
    let best: Float32Array | undefined;
    let bestShare = -1;
    const each = rows.map((row) => lineCoverage(parts, row, memo, source));
    for (const c of each) {
      const share = weighted(parts, c);
      if (share > bestShare) [best, bestShare] = [c, share];
    }
    // A sentence of several figures may take each from its own row: the row whose own words (not its
    // header's) are most of the words of the figure's own clause: "the total bill at £2.26m, of which
    // £1.38m is for the ceiling" from the "| Total |" and "| Ceiling repair |" rows; not "£300,000 for the
    // security improvements" from the "| cooperation with the Commission | −£300,000 |" row.
    if (parts.filter((p) => p.quantity).length >= 2) {
      // (Each row is read with the table's header: what the rows share.)
      const header = lineCoverage(parts, readSentence(rows[0].text.slice(0, rows[0].text.lastIndexOf('\n'))), memo, source);
      const merged = best!.slice();
      for (let i = 0; i < parts.length; i++) {
        if (!parts[i].quantity) continue;
        const own = parts.map((p, j) => j).filter((j) => !parts[j].quantity && parts[j].chunk === parts[i].chunk && header[j] < 0.5);
        // (With no such words, "… and £29,500", or none in any row, it is the best row's or none.)
        const scores = each.map((c) => own.reduce((a, j) => a + c[j], 0));
        const top = Math.max(0, ...scores);
        if (top > 0 && each.some((c, k) => scores[k] >= top - 1e-6 && c[i] === 1)) merged[i] = 1;
      }
      return merged;
    }
    return best!;
  }
  return lineCoverage(parts, s, memo, source);
}

const tableRows = new WeakMap<SentenceReading, SentenceReading[] | null>();

/**
 * The rows of a sentence that is a Markdown table (a header, a separator, at least two data rows),
 * each read with the header above it; undefined for any other sentence.
 */
export function tableRowsOf(s: SentenceReading): readonly SentenceReading[] | undefined {
  // Most sentences have no bar at all: no look-up for them.
  if (!s.text.includes('|')) return undefined;
  let rows = tableRows.get(s);
  if (rows === undefined) {
    rows = null;
    const lines = s.text.split('\n');
    const sep = lines.findIndex((l) => TABLE_SEPARATOR.test(l));
    if (sep > 0 && lines.length - sep > 2 && isTableText(s.text)) {
      const header = lines.slice(0, sep + 1).join('\n');
      // A row whose first cell is empty goes on with the row above's ("| Q3. How would you rate …? | Good
      // or very good | 21% |" then "| | Poor or very poor | 62% |"): it is read with that label.
      let label = '';
      rows = lines
        .slice(sep + 1)
        .filter((l) => l.trim())
        .map((l) => {
          const first = /^\s*\|([^|]*)\|/.exec(l);
          if (first && first[1].trim()) label = first[1];
          else if (first && label) l = l.replace(/^\s*\|[^|]*\|/, `|${label}|`);
          return readSentence(header + '\n' + l);
        });
    }
    tableRows.set(s, rows);
  }
  return rows ?? undefined;
}

/** A person and the role a source gives them in brackets, with how the source speaks of the role ("The Chief Executive …"). */
export interface RoleHolder {
  /** The person's name words as terms, and as written, in lower case. */
  readonly names: ReadonlySet<string>;
  readonly words: ReadonlySet<string>;
  /** The role as the bracket writes it ("Director of Primary Care"). */
  readonly role: string;
  readonly spoken: RegExp;
}

const ROSTERS = new WeakMap<Source, readonly RoleHolder[]>();

/** Words that make a bracket after a name a role someone holds, not a place or a party. */
const ROLE_WORD = /\b(?:Chief|Executive|Officer|Head|Director|Leader|Chair|Chairman|Chairwoman|Chairperson|Clerk|Manager|Secretary|Treasurer|President|Mayor|Inspector|Engineer|Solicitor|Surveyor|Advis[eo]r|Coordinator|Deputy|Principal|Governor|Editor|Superintendent|Commissioner|Controller|Registrar|Coroner|Consultant|Lead|Member)\b/;

/**
 * The roles a source gives people in brackets, "Marcus Lyle (Chief Executive)", each held by one person
 * only: a role two people hold names neither. The role is spoken of with "the" before it.
 */
export function rosterOf(source: Source): readonly RoleHolder[] {
  let roster = ROSTERS.get(source);
  if (roster) return roster;
  const byRole = new Map<string, { names: Set<string>; words: Set<string> } | null>();
  // (Found from each bracket back to the name before it: a pass over the whole text would cost every source read.)
  const text = source.text;
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const close = text.indexOf(')', open);
    if (close < 0 || close - open > 81 || close - open < 4) continue;
    const inside = text.slice(open + 1, close);
    if (inside.includes('\n') || inside.includes('(') || !ROLE_WORD.test(inside)) continue;
    const named = NAME_BEFORE.exec(text.slice(Math.max(0, open - 80), open));
    if (!named) continue;
    const m = [named[0], named[1], inside] as const;
    const role = m[2].split(/[,;]/)[0].trim();
    if (!/^\p{Lu}/u.test(role) || !ROLE_WORD.test(role) || role.split(/\s+/).length > 6) continue;
    const tokens = tokenize(m[1]).filter((t) => !t.stop && !PERSON_TITLE_WORDS.test(t.raw));
    if (tokens.length === 0) continue;
    const names = new Set(tokens.map((t) => t.term));
    const prior = byRole.get(role);
    if (prior === undefined) byRole.set(role, { names, words: new Set(tokens.map((t) => t.raw.toLowerCase())) });
    else if (prior && ![...names].every((n) => prior.names.has(n))) byRole.set(role, null);
  }
  // (Spoken of by the words before its "for" or "of" too, where those are two words or more and no other
  // role of the source begins with them: "the Cabinet Member" for "Cabinet Member for Communities".)
  const headOf = (role: string) => role.split(/\s+(?:for|of)\s+/)[0];
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  roster = [...byRole].flatMap(([role, holder]) => {
    if (!holder) return [];
    const head = headOf(role);
    const byHead = head !== role && head.split(/\s+/).length >= 2 && ![...byRole.keys()].some((r) => r !== role && headOf(r) === head);
    return [{ ...holder, role, spoken: new RegExp(`\\b[Tt]he (?:${escape(role)}${byHead ? `|${escape(head)}` : ''})\\b`) }];
  });
  ROSTERS.set(source, roster);
  return roster;
}

/** The name just before a bracket: two to four capitalised words. */
const NAME_BEFORE = /((?:\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+)\s*$/u;

/** Titles before a name that are no part of whom it names. */
const PERSON_TITLE_WORDS = /^(?:Councillor|Cllr|Dr|Mr|Mrs|Ms|Miss|Mx|Professor|Prof|Sir|Dame|Lord|Lady|Rev|Revd)$/;

/** Whether the sentence speaks of the role its source gives the owner of a figure ("The Chief Executive advised … four months" for Marcus Lyle's four months). */
export function heldRole(owner: readonly string[] | 'subject', s: SentenceReading, source: Source | undefined): boolean {
  if (owner === 'subject' || !source) return false;
  return rosterOf(source).some((r) => owner.every((o) => r.names.has(o)) && r.spoken.test(s.text));
}

/** The terms of a source's own name: its title and its key, read once per source. */
export function ownNameTerms(source: Source): ReadonlySet<string> {
  let terms = OWN_NAMES.get(source);
  if (!terms) OWN_NAMES.set(source, (terms = new Set(tokenize(`${source.title} ${source.key.replace(/[-_.]+/g, ' ')}`).map((t) => t.term))));
  return terms;
}

const OWN_NAMES = new WeakMap<Source, ReadonlySet<string>>();

/**
 * Whether a table's row is about what owns the claim's figure because the caption or lead-in just above
 * the table names it ("Table 1: Cotter's Lane crossing, usage …" over "| Trains per day | 46 |"), or the
 * owner is the source's own author ("Penhallow Morris puts the bill at …" of Penhallow Morris's survey's
 * table of costs): a row repeats none of what the table is about.
 */
function ownerAboveTable(owner: readonly string[] | 'subject', s: SentenceReading, source: Source | undefined): boolean {
  if (owner === 'subject' || !source || !isTableRow(s)) return false;
  if (owner.every((o) => ownNameTerms(source).has(o))) return true;
  const terms = termsAboveTable(source, s.text.slice(s.text.lastIndexOf('\n') + 1));
  return owner.every((o) => terms.has(o));
}

/** Whether a sentence is a table's row read with its header (see `tableRowsOf`): a separator line among its lines. */
function isTableRow(s: SentenceReading): boolean {
  return s.text.includes('|') && s.text.split('\n').some((l) => TABLE_SEPARATOR.test(l));
}

/** The terms of the few lines above the table a row is in, found once per source and row (a search of the whole source). */
function termsAboveTable(source: Source, row: string): ReadonlySet<string> {
  let bySource = ABOVE_TABLE.get(source);
  if (!bySource) ABOVE_TABLE.set(source, (bySource = new Map()));
  let terms = bySource.get(row);
  if (!terms) {
    const at = source.text.indexOf(row);
    // Back over the table's lines to where it starts, then the few lines above it.
    let start = at;
    while (start > 0) {
      const lineStart = source.text.lastIndexOf('\n', start - 2) + 1;
      if (!/^\s*\|/.test(source.text.slice(lineStart, start))) break;
      start = lineStart;
    }
    bySource.set(row, (terms = at < 0 ? new Set() : new Set(tokenize(source.text.slice(Math.max(0, start - 300), start)).map((t) => t.term))));
  }
  return terms;
}

/** The lead-in terms of tables' rows, by source (freed with it) and row. */
const ABOVE_TABLE = new WeakMap<Source, Map<string, ReadonlySet<string>>>();

function lineCoverage(parts: readonly Part[], s: SentenceReading, memo: CoverageMemo, source?: Source, asked = false): Float32Array {
  const covered = new Float32Array(parts.length);
  // A question asserts nothing ("So the museum was left exposed?" is the interviewer asking), unless
  // it is read as what its answer answers.
  if (!asked && isQuestion(s.text)) return covered;
  const open = memo.open;
  let opened = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part.quantity) {
      const q = part.quantity;
      const owns = (r: Quantity) => !part.owner || ownedBy(s, r, part.owner, memo.claimTerms) || (part.owner === 'subject' && !!source && memo.subjectIn(source)) || heldRole(part.owner, s, source) || ownerAboveTable(part.owner, s, source);
      const said = memo.asSaid.get(q) ?? q;
      // Not a figure the sentence gives to another thing while it counts the claim's with another
      // ("interviewed 11 people and examined 63 versions" gives no "63 people").
      // (A unit guessed from the word before a figure, "<age" in "a median age of 44", counts nothing for sure.)
      const countsOther = (r: Quantity) => !!q.unit && !q.unit.startsWith('<') && !!r.unit && r.unit !== q.unit && quantitiesOf(s).some((o) => o !== r && o.unit === q.unit && o.value !== r.value);
      // (In a table's row, a cell whose column or label is not what the claim's figure counts, where another
      // cell's is: "three of the cases involved social media" is not the "| Dismissals |" cell's 3.)
      const tableRow = isTableRow(s);
      const counts = (r: Quantity) => (q.after ?? []).some((u) => r.after?.includes(u));
      const anotherCell = (r: Quantity) => tableRow && !!r.after?.length && !counts(r) && quantitiesOf(s).some((o) => o !== r && o.kind === r.kind && o.value !== r.value && counts(o));
      if (quantitiesOf(s).some((r) => sameQuantity(said, boundAsSaid(s, r)) && unitsAgree(q, r, s.terms, termSimilarity) && owns(r) && !countsOther(r) && !anotherCell(r))) covered[i] = 1;
      // "attended by seven councillors": the names an attendance line lists, counted.
      else if (q.kind === 'number' && !q.range && q.unit && ATTENDING.test(q.unit) && presentCount(s.text) === q.value) covered[i] = 1;
      // ("on Saturday" in a story of Wednesday 19 March is 22 March; "on Saturday 29 March" is the 29th.)
      else if (q.kind === 'date' && source && quantitiesOf(s).some((r) => r.kind === 'weekday' && !quantitiesOf(s).some((d) => d.kind === 'date' && d.start >= r.end && /^[\s,]*$/.test(s.text.slice(r.end, d.start))) && memo.weekdayDate(source, r.value, looksAhead(s.text, r.start)) === q.value)) covered[i] = SOURCE_DATE_CREDIT;
      // "today" in a story of 12 March is 12 March.
      else if (q.kind === 'date' && source && /\btoday\b/i.test(s.text) && memo.dayOf(source) === q.value) covered[i] = SOURCE_DATE_CREDIT;
      // "yesterday" in a story of Saturday 18 January is Friday 17 January.
      else if ((q.kind === 'date' || q.kind === 'weekday') && source && saidYesterday(q, s, memo.yesterday(source), memo.claimTerms)) covered[i] = SOURCE_DATE_CREDIT;
      // "last year" in a story of 2024 is 2023; "this year", 2024.
      else if (q.kind === 'year' && source && relativeYear(s.text, memo.yearOf(source))?.year === q.value) covered[i] = SOURCE_DATE_CREDIT;
      // "planned for June" in a story of December 2018 is June 2019; "in June", looking back, June 2018.
      else if (q.kind === 'year' && source && bareMonthYears(s, parts, memo.dayOf(source), memo.yearOf(source)).includes(q.value)) covered[i] = SOURCE_DATE_CREDIT;
      continue;
    }
    if (s.terms.has(part.term) || s.terms.has(part.indexTerm)) covered[i] = 1;
    else if (part.prefix !== undefined && prefixesOf(s).has(part.prefix)) covered[i] = 0.8;
    else if (part.row >= 0) open[opened++] = i;
  }
  if (opened) {
    // The closest word of the sentence for each open part. Rows outside, parts inside: one memo look-up per word.
    const best = memo.best.fill(0, 0, opened);
    const rows = rowsOf(s);
    const { todo, todoRows, todoSims } = memo;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      const at = memo.similarOffset(row);
      const sims = memo.similar;
      let count = 0;
      for (let k = 0; k < opened; k++) {
        if (Number.isNaN(sims[at + open[k]])) {
          todo[count] = open[k];
          todoRows[count++] = parts[open[k]].row;
        }
      }
      if (count) {
        rowSimilarities(row, todoRows, count, todoSims);
        // Opposites keep company in word vectors: only a word close enough to earn credit needs the check.
        for (let c = 0; c < count; c++) sims[at + todo[c]] = todoSims[c] > SIMILAR_LOW && neverCredited(parts[todo[c]].term, rowTerm(row)) ? 0 : todoSims[c];
      }
      for (let k = 0; k < opened; k++) if (sims[at + open[k]] > best[k]) best[k] = sims[at + open[k]];
    }
    for (let k = 0; k < opened; k++) covered[open[k]] = similarCredit(best[k]) * (parts[open[k]].role === 'name' ? NAME_SIMILAR_FACTOR : 1);
  }
  return covered;
}

/** Whether a sentence's "yesterday" is the claim's day or weekday (outside a quotation, where someone else's yesterday may be another day). */
export function saidYesterday(q: Quantity, s: SentenceReading, yesterday: { date: number; weekday: number } | undefined, claimTerms: ReadonlySet<string>): boolean {
  if (!yesterday || (q.kind !== 'date' && q.kind !== 'weekday') || (q.kind === 'date' ? yesterday.date : yesterday.weekday) !== q.value) return false;
  const m = YESTERDAY.exec(s.text);
  if (!m || /["“”]/.test(s.text.slice(0, m.index).replace(/"[^"]*"|“[^”]*”/g, ''))) return false;
  // Where the sentence gives another day too, "yesterday" is the claim's only where more of the claim's
  // words stand by it: "had gathered 518 signatures by yesterday afternoon", not "started … on 2 January,
  // was handed in … yesterday" for "was started on 17 January".
  const near = (at: number) => {
    const i = s.tokens.findIndex((t) => t.start >= at);
    return s.tokens.slice(Math.max(0, i - 6), i + 6).filter((t) => !t.stop && claimTerms.has(t.term)).length;
  };
  const others = quantitiesOf(s).filter((r) => r.kind === 'date' || r.kind === 'weekday');
  // (With no other day, two of the claim's words in the sentence at all: "Yesterday five councillors walked
  // out" gives no day to the vote the next sentence dates.)
  if (others.length === 0) return new Set(s.tokens.filter((t) => !t.stop && claimTerms.has(t.term)).map((t) => t.term)).size >= 2;
  return near(m.index) >= 1 && others.every((r) => near(m.index) >= near(r.start));
}

const YESTERDAY = /\byesterday\b/i;

/** What a count of those at a meeting counts (stems): "seven councillors", "nine members". */
export const ATTENDING = /^(?:councillor|member|director|governor|trustee|peopl|person|cllr|offic)/;

/** An attendance line: "Present: …", "**Attending:** …". */
export const ATTENDANCE_LINE = /\b(?:Present|Attending)\b[*_]*\s*:\s*[*_]*\s*([^\n]+)/;

/** How many people an attendance line lists ("Present: Cllr A (Chair), Cllr B and Cllr C" is 3), or -1. */
function presentCount(text: string): number {
  const m = ATTENDANCE_LINE.exec(text);
  if (!m) return -1;
  const items = m[1].replace(/\([^)]*\)/g, '').split(/[;,]|\band\b/).map((x) => x.trim()).filter((x) => /\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(x));
  return items.length || -1;
}

/** Whether a sentence ends in a question mark (closing quotes and brackets aside): looked at from its end, not searched. */
export function isQuestion(text: string): boolean {
  for (let k = text.length - 1; k >= 0; k--) {
    const c = text[k];
    if (c === '?') return true;
    if (!(c === ' ' || c === '\n' || c === '\t' || c === '"' || c === '”' || c === '’' || c === ')' || c === "'")) return false;
  }
  return false;
}
const RELATIVE_YEAR = /\b(last|this|next) year\b/i;

/** The year "last year", "this year" or "next year" in a text stands for, in a source dated `dated`; and the words. */
export function relativeYear(text: string, dated: number | undefined): { year: number; words: string } | undefined {
  const m = dated === undefined ? null : RELATIVE_YEAR.exec(text);
  if (!m || dated === undefined) return undefined;
  const which = m[1].toLowerCase();
  return { year: which === 'last' ? dated - 1 : which === 'next' ? dated + 1 : dated, words: m[0] };
}

/**
 * The years a sentence of a dated source means by a month it names without one, for the months the
 * claim names: the source's own year, the next one for a month already past that the sentence looks
 * ahead to, the one before for a month still to come that it looks back on.
 */
export function bareMonthYears(s: SentenceReading, parts: readonly Part[], day: number | undefined, year: number | undefined): number[] {
  if (day === undefined || year === undefined) return [];
  const out: number[] = [];
  const dated = Math.floor(day / 100);
  for (const r of quantitiesOf(s)) {
    if (r.kind !== 'month' || !parts.some((p) => p.quantity?.kind === 'month' && p.quantity.value === r.value)) continue;
    // "June 2019", "June, 2019": the year is given.
    if (/^,?\s*\d{4}\b/.test(s.text.slice(r.end, r.end + 8))) continue;
    const ahead = looksAhead(s.text, r.start);
    out.push(r.value < dated && ahead ? year + 1 : r.value > dated && !ahead ? year - 1 : year);
  }
  return out;
}

/**
 * A bounded figure as its sentence means it: under a negation the bound turns over ("no sensor should remain
 * unrepaired for more than 72 hours" says within 72 hours).
 */
/** A claim's bounded figure as the claim means it (see boundAsSaid). */
export function claimBoundAsSaid(claim: Claim, q: Quantity): Quantity {
  if (!q.bound) return q;
  const at = claim.tokens.findIndex((t) => t.start >= q.start);
  return at >= 0 && claim.negatedTokens.has(at) ? { ...q, bound: q.bound === 'over' ? 'under' : 'over' } : q;
}

export function boundAsSaid(s: SentenceReading, r: Quantity): Quantity {
  if (!r.bound) return r;
  const at = s.tokens.findIndex((t) => t.start >= r.start);
  return at >= 0 && negatedOf(s).has(at) ? { ...r, bound: r.bound === 'over' ? 'under' : 'over' } : r;
}

/** Whether the clause before a weekday speaks of what is to come ("the recount would begin on Tuesday", "will meet on Friday"). */
export function looksAhead(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('. ')) + 1);
  return FUTURE.test(clause);
}

const FUTURE = /\b(?:will|would|shall|next|scheduled|planned|due to|set to|expected to|plans? to|(?:is|are) to)\b|'ll\b/i;

export function weighted(parts: readonly Part[], covered: ArrayLike<number>, include?: (p: Part) => boolean): number {
  let got = 0;
  let total = 0;
  for (let i = 0; i < parts.length; i++) {
    if (include && !include(parts[i])) continue;
    total += parts[i].weight;
    got += parts[i].weight * covered[i];
  }
  return total > 0 ? got / total : 0;
}

/** A window: 1–3 consecutive sentences of a paragraph, and how much of the claim it holds. */
export interface Window {
  readonly source: Source;
  readonly paragraph: Paragraph;
  /** Sentence indices [from, to) in the paragraph. */
  readonly from: number;
  readonly to: number;
  /** Weighted share of the claim covered, less 3 % per extra sentence. */
  readonly score: number;
  readonly covered: Float32Array;
  readonly sentences: readonly SentenceReading[];
  /** Each sentence's own coverage of the claim's parts. */
  readonly sentenceCover: readonly Float32Array[];
}

/** Credit for a year or month the source's own date states, where the window does not: less than the window's own word. */
const SOURCE_DATE_CREDIT = 0.8;

/** For each claim part, whether the source's date states it (see ReadingCache.datesOf). */
export function sourceDateCover(parts: readonly Part[], dates: readonly Quantity[], claimText = ''): Float32Array | undefined {
  let out: Float32Array | undefined;
  // The weekday the source is dated ("Published Wednesday 29 May 2024": a statement of that day says what happened "on Wednesday").
  const year = dates.find((d) => d.kind === 'year')?.value;
  const day = dates.find((d) => d.kind === 'date')?.value;
  const weekday = year !== undefined && day !== undefined ? new Date(Date.UTC(year, Math.floor(day / 100) - 1, day % 100)).getUTCDay() || 7 : undefined;
  for (let i = 0; i < parts.length; i++) {
    const q = parts[i].quantity;
    // Not a day of the month: an interview dated 12 March does not say the engineer was booked for 12 March;
    // but the day a report was made ("the Gazette reported on 6 March that …") is the day it is dated.
    if (q?.kind === 'date' && REPORTED_ON.test(claimText.slice(0, q.start)) && dates.some((d) => sameQuantity(q, d))) {
      (out ??= new Float32Array(parts.length))[i] = SOURCE_DATE_CREDIT;
      continue;
    }
    if (!q || (q.kind !== 'year' && q.kind !== 'month' && q.kind !== 'weekday')) continue;
    if (q.kind === 'weekday' ? q.value === weekday : dates.some((d) => sameQuantity(q, d))) (out ??= new Float32Array(parts.length))[i] = SOURCE_DATE_CREDIT;
  }
  return out;
}

/**
 * A verb of reporting just before a date: "reported on", "said on Tuesday", "wrote on 6 March"; or
 * what was issued that day: "In a statement on 13 March", "a letter dated 4 June".
 */
const REPORTED_ON = /\b(?:(?:reported|said|says|wrote|writes|published|announced|stated|told|reports)\s+(?:on\s+)?|(?:statement|letter|interview|release|notice|bulletin|broadcast)\s+(?:(?:issued|published|released|dated|sent)\s+)?(?:on\s+)?)(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$/i;

/** The best window of 1–3 consecutive sentences inside [from, to) of a paragraph, widened by one each side. */
export function bestWindow(memo: CoverageMemo, source: Source, paragraph: Paragraph, sents: readonly SentenceReading[], from: number, to: number, dated?: Float32Array): Window | undefined {
  const parts = memo.parts;
  const lo = Math.max(0, from - 1);
  const hi = Math.min(sents.length, to + 1);
  let score = -1;
  let bestFrom = lo;
  let bestTo = lo + 1;
  const covered = new Float32Array(parts.length);
  for (let a = lo; a < hi; a++) {
    if (dated) covered.set(dated);
    else covered.fill(0);
    for (let b = a + 1; b <= Math.min(hi, a + 3); b++) {
      const c = memo.of(sents[b - 1], source);
      for (let j = 0; j < parts.length; j++) if (c[j] > covered[j]) covered[j] = c[j];
      const windowScore = weighted(parts, covered) * (1 - 0.03 * (b - a - 1));
      if (windowScore > score) [score, bestFrom, bestTo] = [windowScore, a, b];
    }
  }
  if (score <= 0) return undefined;
  if (dated) covered.set(dated);
  else covered.fill(0);
  for (let k = bestFrom; k < bestTo; k++) {
    const c = memo.of(sents[k], source);
    for (let j = 0; j < parts.length; j++) if (c[j] > covered[j]) covered[j] = c[j];
  }
  const sentences = sents.slice(bestFrom, bestTo);
  return { source, paragraph, from: bestFrom, to: bestTo, score, covered, sentences, sentenceCover: sentences.map((x) => memo.of(x, source)) };
}
