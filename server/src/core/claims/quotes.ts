/**
 * Quotations in a draft must be word for word what the cited source says. A quotation is the text
 * between quotation marks (three words or more); it is checked against the sources the sentence cites.
 * Typography never counts against it (curly or straight quotes, dashes, spaces, case), an ellipsis
 * ("…", "...") stands for words left out, and words in [square brackets] are the writer's own
 * (a clarification or a changed word), matched against nothing.
 */
import type { Source } from '../sources/model';
import type { Span } from '../types';

/** A quotation in a sentence: its text and where it is (offsets into the sentence, quotation marks excluded). */
export interface Quotation {
  readonly text: string;
  readonly span: Span;
}

/** Each source's words, kept by whoever checks many quotations (a service): a changed source is a new object. */
export interface QuoteCache {
  get(source: Source): readonly Word[] | undefined;
  set(source: Source, words: readonly Word[]): unknown;
}

/** What a source says where the draft quotes it, when the draft's words are not the source's. */
export interface QuoteMismatch {
  readonly quotation: Quotation;
  readonly source: Source;
  /** The source's words closest to the quotation, as the source writes them, and where they are. */
  readonly closest: string;
  readonly closestSpan: Span;
  /** The share of the quotation's words the closest wording has, in order (0.5–1). */
  readonly score: number;
  /** Word by word: the same, only in the draft, only in the source. */
  readonly diff: ReadonlyArray<{ readonly op: 'same' | 'draft' | 'source'; readonly text: string }>;
}

const OPENERS = '"“„«‹';
const CLOSERS: Record<string, string> = { '"': '"', '“': '”', '„': '“', '«': '»', '‹': '›' };

/** The quotations of a sentence: text between matching quotation marks, three words or more. */
export function quotations(sentence: string): Quotation[] {
  const out: Quotation[] = [];
  for (let i = 0; i < sentence.length; i++) {
    const open = sentence[i];
    if (!OPENERS.includes(open)) continue;
    const close = sentence.indexOf(CLOSERS[open], i + 1);
    if (close < 0) break;
    const text = sentence.slice(i + 1, close);
    if (words(text).length >= 3) out.push({ text, span: { start: i + 1, end: close } });
    i = close;
  }
  return out;
}

/** A word of a text, lower-cased and without the typography that never counts, with where it is. */
export interface Word {
  readonly norm: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) out.push({ norm: m[0].toLowerCase().replace(/’/g, "'"), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  return out;
}

/**
 * The quotation's words in pieces that must each be in the source, in order: an ellipsis separates
 * pieces, and a [bracketed] insertion is no word the source must have.
 */
function pieces(quotation: string): string[][] {
  const withoutBrackets = quotation.replace(/\[[^\]]*\]/g, ' … ');
  return withoutBrackets
    .split(/…|\.\s*\.\s*\./)
    .map((p) => words(p).map((w) => w.norm))
    .filter((p) => p.length > 0);
}

/** Whether the source has every piece of the quotation, in order, each piece's words one after another. */
function verbatimIn(sourceWords: readonly Word[], quotation: string): boolean {
  let from = 0;
  for (const piece of pieces(quotation)) {
    const at = findRun(sourceWords, piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}

/** Whether a text has a quotation's words, word for word (pieces of an ellipsis in order). */
export function hasVerbatim(text: string, quotation: string): boolean {
  return verbatimIn(words(text), quotation);
}

function findRun(hay: readonly Word[], needle: readonly string[], from: number): number {
  outer: for (let i = from; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k].norm !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

/**
 * Checks each quotation of a sentence against the sources it cites. A quotation any cited source has
 * word for word is fine; otherwise the mismatch names the cited source whose wording comes closest,
 * with that wording and a word-by-word difference. Sources without text (bibliography entries with no
 * file) are not judged.
 */
export function checkQuotations(sentence: string, cited: readonly Source[], cache: QuoteCache = new WeakMap<Source, readonly Word[]>()): QuoteMismatch[] {
  const readable = cited.filter((s) => s.text.length > 0);
  if (readable.length === 0) return [];
  const out: QuoteMismatch[] = [];
  for (const q of quotations(sentence)) {
    const qWords = words(q.text.replace(/\[[^\]]*\]/g, ' ')).map((w) => w.norm);
    let best: { source: Source; from: number; to: number; score: number; sourceWords: readonly Word[] } | undefined;
    let found = false;
    for (const source of readable) {
      let sourceWords = cache.get(source);
      if (!sourceWords) cache.set(source, (sourceWords = words(source.text)));
      if (verbatimIn(sourceWords, q.text)) {
        found = true;
        break;
      }
      const near = closestRun(sourceWords, qWords);
      if (near && (!best || near.score > best.score)) best = { source, ...near, sourceWords };
    }
    if (found || !best || best.score < 0.5) continue;
    // The source's wording ends where its quotation does ("… will not," she said: not "she").
    for (let k = best.from + 1; k < best.to; k++) {
      if (/["”»]/.test(best.source.text.slice(best.sourceWords[k - 1].end, best.sourceWords[k].start))) {
        best.to = k;
        break;
      }
    }
    const span = { start: best.sourceWords[best.from].start, end: best.sourceWords[best.to - 1].end };
    out.push({
      quotation: q,
      source: best.source,
      closest: best.source.text.slice(span.start, span.end),
      closestSpan: span,
      score: best.score,
      diff: wordDiff(
        words(q.text.replace(/\[[^\]]*\]/g, ' ')).map((w) => q.text.slice(w.start, w.end)),
        best.sourceWords.slice(best.from, best.to).map((w) => best!.source.text.slice(w.start, w.end)),
      ),
    });
  }
  return out;
}

/**
 * The run of source words most like the quotation: anchored on the quotation's rarest shared word,
 * a window of about its length around each place that word occurs, scored by the share of the
 * quotation's words it has in order (longest common subsequence). Undefined when nothing is close.
 */
function closestRun(sourceWords: readonly Word[], quote: readonly string[]): { from: number; to: number; score: number } | undefined {
  if (quote.length === 0) return undefined;
  const positions = new Map<string, number[]>();
  const wanted = new Set(quote);
  for (let i = 0; i < sourceWords.length; i++) {
    const w = sourceWords[i].norm;
    if (!wanted.has(w)) continue;
    const list = positions.get(w);
    if (list) list.push(i);
    else positions.set(w, [i]);
  }
  // The quotation words the source has, rarest first: a few anchors are enough to find the place.
  const anchors = [...new Set(quote)].filter((w) => positions.has(w)).sort((a, b) => positions.get(a)!.length - positions.get(b)!.length).slice(0, 3);
  let best: { from: number; to: number; score: number } | undefined;
  const tried = new Set<number>();
  for (const a of anchors) {
    const k = quote.indexOf(a);
    for (const at of positions.get(a)!.slice(0, 50)) {
      const from = Math.max(0, at - k - 2);
      if (tried.has(from)) continue;
      tried.add(from);
      const to = Math.min(sourceWords.length, from + quote.length + 4);
      const window = sourceWords.slice(from, to).map((w) => w.norm);
      const score = lcs(quote, window) / quote.length;
      if (!best || score > best.score) best = { ...aligned(window, quote, from), score };
    }
  }
  return best;
}

/**
 * The window narrowed to the words that line up with the quotation: from its first to its last word
 * the quotation has, widened by as many source words as the quotation has changed words at either end
 * ("two thousand homes" against "twelve hundred homes" is "twelve hundred homes", not "homes").
 */
function aligned(window: readonly string[], quote: readonly string[], from: number): { from: number; to: number } {
  const pairs = matchedPairs(quote, window);
  if (pairs.length === 0) return { from, to: from + window.length };
  const [qFirst, wFirst] = pairs[0];
  const [qLast, wLast] = pairs[pairs.length - 1];
  const a = Math.max(0, wFirst - qFirst);
  const b = Math.min(window.length, wLast + 1 + (quote.length - 1 - qLast));
  return { from: from + a, to: from + b };
}

/** The (quotation, window) index pairs of a longest common subsequence, in order. */
function matchedPairs(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
  const out: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) out.push([i++, j++]);
    else if (table[i + 1][j] >= table[i][j + 1]) i++;
    else j++;
  }
  return out;
}

function lcs(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let prev = 0;
    for (let j = 1; j <= b.length; j++) {
      const keep = row[j];
      row[j] = a[i - 1] === b[j - 1] ? prev + 1 : Math.max(row[j], row[j - 1]);
      prev = keep;
    }
  }
  return row[b.length];
}

/** A word-level difference (longest common subsequence), words as written on each side. */
export function wordDiff(draft: readonly string[], source: readonly string[]): Array<{ op: 'same' | 'draft' | 'source'; text: string }> {
  const norm = (w: string) => w.toLowerCase().replace(/’/g, "'");
  const n = draft.length;
  const m = source.length;
  const table = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) table[i][j] = norm(draft[i]) === norm(source[j]) ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
  const out: Array<{ op: 'same' | 'draft' | 'source'; text: string }> = [];
  const push = (op: 'same' | 'draft' | 'source', text: string) => {
    const last = out[out.length - 1];
    if (last && last.op === op) out[out.length - 1] = { op, text: `${last.text} ${text}` };
    else out.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (norm(draft[i]) === norm(source[j])) {
      push('same', source[j]);
      i++;
      j++;
    } else if (table[i + 1][j] >= table[i][j + 1]) push('draft', draft[i++]);
    else push('source', source[j++]);
  }
  while (i < n) push('draft', draft[i++]);
  while (j < m) push('source', source[j++]);
  return out;
}
