/**
 * Words as the index and the claim checker see them: lower-cased, lightly stemmed, with numbers
 * normalised ("200,000" → "200000"), and stop words marked so callers can drop them.
 */

export const enum TokenKind {
  Word = 0,
  Number = 1,
}

export interface Token {
  /** Normalised form: stemmed lower-case word, or a canonical number string. */
  readonly term: string;
  /** The text as written. */
  readonly raw: string;
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
  /** Written with a capital first letter (a name, or just the first word of a sentence). */
  readonly capitalized: boolean;
  readonly stop: boolean;
}

// Letters (any script), digits, and joiners inside a word: apostrophes and hyphens between letters,
// commas and dots between digits.
const TOKEN_RE = /[\p{L}\p{M}\p{N}]+(?:(?:['’\-][\p{L}\p{M}\p{N}]+)|(?:[.,](?=\p{N})\p{N}+))*/gu;

export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all am an and any are aren as at be because been before being below ' +
    'between both but by can cannot could couldn did didn do does doesn doing don down during each few for from ' +
    'further had hadn has hasn have haven having he her here hers herself him himself his how i if in into is ' +
    'isn it its itself just let me more most mustn my myself no nor not of off on once only or other ought our ' +
    'ours ourselves out over own same shan she should shouldn so some such than that the their theirs them ' +
    'themselves then there these they this those through to too under until up very was wasn we were weren what ' +
    'when where which while who whom why will with won would wouldn you your yours yourself yourselves also ' +
    'may might must shall us its it\'s s t ll ve re d m o y one\'s into via per upon yet'
  ).split(/\s+/),
);

/** Words that flip a statement. Kept out of STOP-word dropping by the claim checker. */
export const NEGATIONS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'neither', 'nor', 'none', 'nobody', 'nothing', 'nowhere', 'without',
  "n't", 'cannot', 'denied', 'deny', 'denies', 'refused', 'refuse', 'refuses', 'failed', 'fail', 'fails',
]);

/** Lower-case and stem one word. Light and deterministic: the same word always maps to the same term. */
export function stem(word: string): string {
  return stemLower(word.toLowerCase());
}

/** `stem` of a word already lower-cased. */
function stemLower(lower: string): string {
  let w = lower;
  // Most words have no apostrophe: skip the possessive handling for them.
  if (w.includes("'") || w.includes('’')) {
    w = w.replace(/’/g, "'");
    if (w.endsWith("'s")) w = w.slice(0, -2);
    else if (w.endsWith("s'")) w = w.slice(0, -1);
    w = w.replace(/'/g, '');
  }
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('xes') || w.endsWith('ches') || w.endsWith('shes')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);

  if (w.length > 5 && w.endsWith('ing')) w = undouble(w.slice(0, -3));
  else if (w.length > 4 && w.endsWith('ied')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) w = undouble(w.slice(0, -2));
  if (w.length > 5 && w.endsWith('ly')) w = w.slice(0, -2);
  if (w.length > 6 && w.endsWith('ment')) w = w.slice(0, -4);
  if (w.length > 6 && (w.endsWith('ation') || w.endsWith('ition'))) w = w.slice(0, -3) + 'e';
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  const n = w.length;
  if (n >= 3 && w[n - 1] === w[n - 2] && !'lsz'.includes(w[n - 1]) && !/[aeiou]/.test(w[n - 1])) return w.slice(0, -1);
  return w;
}

/** Canonical string for a written number: "200,000" → "200000", "2.80" → "2.8". */
export function normaliseNumber(raw: string): string {
  // A comma followed by exactly three digits groups thousands; otherwise treat it as a decimal point.
  const s = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(raw) ? raw.replace(/,/g, '') : raw.replace(',', '.');
  const n = Number(s);
  if (!Number.isFinite(n)) return s;
  return String(n);
}

/**
 * Longest token kept, in characters. No word of any language is longer; a longer run of letters (a
 * base64 blob, a file that is one 300-million-character "word") is not a term worth indexing, and
 * would hold the vocabulary, the cache and the snapshot hostage.
 */
export const MAX_TOKEN_CHARS = 64;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    if (m[0].length <= MAX_TOKEN_CHARS) pushToken(out, m[0], m.index);
  }
  return out;
}

function pushToken(out: Token[], raw: string, start: number): void {
  const first = raw.charCodeAt(0);
  const isDigit = first >= 48 && first <= 57;
  if (isDigit && /^\d[\d.,]*$/.test(raw)) {
    out.push({ term: normaliseNumber(raw), raw, start, end: start + raw.length, kind: TokenKind.Number, capitalized: false, stop: false });
    return;
  }
  // Hyphenated words also count as their parts ("K-pop" matches "K-pop" and "pop"; "Sang-hak" stays one name).
  const lower = raw.toLowerCase();
  const term = stemLower(lower);
  const capitalized = raw[0] !== lower[0];
  const stop = STOP_WORDS.has(lower.includes('’') ? lower.replace(/’/g, "'") : lower);
  out.push({ term, raw, start, end: start + raw.length, kind: TokenKind.Word, capitalized, stop });
  if (raw.includes('-')) {
    let offset = 0;
    for (const part of raw.split('-')) {
      // A single digit counts too: "carried 7-4", "a 3-0 win", "a 3-year-old".
      if ((part.length > 1 || (part.length === 1 && part >= '0' && part <= '9')) && part.toLowerCase() !== lower) {
        const partLower = part.toLowerCase();
        out.push({ term: stemLower(partLower), raw: part, start: start + offset, end: start + offset + part.length, kind: TokenKind.Word, capitalized: part[0] !== partLower[0], stop: STOP_WORDS.has(partLower) });
      }
      offset += part.length + 1;
    }
  }
}

/** The content terms of a text (no stop words), as the index stores them. */
export function contentTerms(text: string): string[] {
  const terms: string[] = [];
  for (const t of tokenize(text)) if (!t.stop) terms.push(t.term);
  return terms;
}
