import { NEGATIONS, tokenize, TokenKind, type Token } from '../text/tokenize';
import { extractQuantities, type Quantity } from './quantities';

/** A run of capitalised words: a person, place, organisation or title. */
export interface NamePhrase {
  readonly text: string;
  readonly terms: readonly string[];
  readonly start: number;
  readonly end: number;
}

/** Why a sentence counts as a checkable claim. */
export type ClaimKind = 'figure' | 'date' | 'name' | 'quote' | 'reported-speech';

/** What the checker knows about one sentence of a draft (citations already removed from `text`). */
export interface Claim {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Content words, no stop words, each term once. */
  readonly content: readonly Token[];
  readonly quantities: readonly Quantity[];
  readonly names: readonly NamePhrase[];
  /** The sentence says something did not happen / is not so. */
  readonly negated: boolean;
  /** Empty when the sentence asserts nothing checkable. */
  readonly kinds: readonly ClaimKind[];
  /** A statement at all: not a question or heading, and at least three content words. A cited statement is checked whatever its kinds. */
  readonly statement: boolean;
}

const SPEECH = /\b(said|says|say|told|tells|stated|states|announced|announces|reported|reports|according|claimed|claims|confirmed|confirms|warned|warns|denied|denies|declared|declares|wrote|writes|added|argued|insisted|admitted|called|described)\b/i;
const QUOTE = /["“”«»]|(?:^|\s)['‘][^']{3,}['’](?:\s|[.,;:]|$)/;

export function analyzeClaim(text: string): Claim {
  const tokens = tokenize(text);
  const seen = new Set<string>();
  const content: Token[] = [];
  for (const t of tokens) {
    if (t.stop || seen.has(t.term)) continue;
    if (t.kind === TokenKind.Word && t.raw.length < 2) continue;
    seen.add(t.term);
    content.push(t);
  }
  const quantities = extractQuantities(text, tokens);
  const names = namePhrases(text, tokens);
  const negated = tokens.some((t) => NEGATIONS.has(t.raw.toLowerCase()) || /n[’']t$/i.test(t.raw));
  const kinds: ClaimKind[] = [];
  const trimmed = text.trim();
  const question = /\?["”’)\]]*$/.test(trimmed);
  const statement = !question && content.length >= 3 && !looksLikeHeading(trimmed, tokens);
  if (statement) {
    if (quantities.some((q) => q.kind !== 'year' && q.kind !== 'date')) kinds.push('figure');
    if (quantities.some((q) => q.kind === 'year' || q.kind === 'date')) kinds.push('date');
    if (names.length) kinds.push('name');
    if (QUOTE.test(text)) kinds.push('quote');
    if (SPEECH.test(text)) kinds.push('reported-speech');
  }
  return { text, tokens, content, quantities, names, negated, kinds, statement };
}

const NAME_GLUE = new Set(['of', 'de', 'van', 'von', 'bin', 'al', 'la', 'le', 'du', 'da', 'for', 'and']);

function namePhrases(text: string, tokens: readonly Token[]): NamePhrase[] {
  const out: NamePhrase[] = [];
  const isCap = (t: Token | undefined) => !!t && t.kind === TokenKind.Word && t.capitalized && /\p{L}/u.test(t.raw[0]);
  // Hyphen splits add the parts after the whole word; names are read from whole words only.
  const words: Token[] = [];
  for (const t of tokens) {
    const last = words[words.length - 1];
    if (last && t.start >= last.start && t.end <= last.end) continue;
    words.push(t);
  }
  for (let i = 0; i < words.length; i++) {
    if (!isCap(words[i])) continue;
    let j = i;
    while (j + 1 < words.length && (isCap(words[j + 1]) || (NAME_GLUE.has(words[j + 1].raw) && isCap(words[j + 2])))) j++;
    const first = words[i];
    const atSentenceStart = i === 0;
    const single = i === j;
    // A lone capitalised word at the start of the sentence is usually just the first word.
    if (!(atSentenceStart && single) && !(single && first.stop)) {
      const slice = words.slice(first.stop && !single ? i + 1 : i, j + 1);
      if (slice.length) {
        out.push({
          text: text.slice(slice[0].start, slice[slice.length - 1].end),
          terms: slice.filter((w) => !NAME_GLUE.has(w.raw)).map((w) => w.term),
          start: slice[0].start,
          end: slice[slice.length - 1].end,
        });
      }
    }
    i = j;
  }
  return out;
}

/** A line with no closing punctuation whose words are mostly capitalised is a title or heading, not a claim. */
function looksLikeHeading(text: string, tokens: readonly Token[]): boolean {
  if (/[.!?:;"”’)\]]$/.test(text)) return false;
  const words = tokens.filter((t) => t.kind === TokenKind.Word && !t.stop);
  if (words.length === 0) return true;
  const capitalised = words.filter((t) => t.capitalized).length;
  return words.length <= 6 || capitalised / words.length >= 0.6;
}
