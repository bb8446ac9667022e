/**
 * Text helpers shared by the rewrite and perturbation rules: words with their offsets, whole-word
 * search, the figures an article states, and which of an article's sentences make claims worth testing.
 */
import { splitSentences } from '../../server/src/core/text/sentences';
import { MONTHS, NEGATIONS, NUMBER_WORDS } from './lexicon';

/** One article of the news corpus, as the data file has it. */
export interface Article {
  readonly id: string;
  readonly src: string;
  readonly topic?: string;
  readonly title: string;
  readonly paras: readonly string[];
}

/** What the rules need to know about an article to tell whether a string is new to it. */
export interface ArticleContext {
  readonly article: Article;
  /** Title and paragraphs, as the source file holds them. */
  readonly text: string;
  /** Every figure the article states, as numbers (digits, "1,200", and number words). */
  readonly figures: ReadonlySet<number>;
}

export function articleContext(article: Article): ArticleContext {
  const text = [article.title, ...article.paras].join('\n');
  return { article, text, figures: figuresIn(text) };
}

export interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Words (letters, digits and inner ' . , - &), with offsets. "U.S." keeps its final dot; "1,200" is one word. */
export function wordsOf(s: string): Word[] {
  const out: Word[] = [];
  for (const m of s.matchAll(/[\p{L}\p{N}$£](?:[\p{L}\p{N}'’&\-]|[.,](?=\p{N})|\.(?=\p{L}\.))*/gu)) {
    let text = m[0];
    // A dotted initialism ("U.S") takes its closing dot.
    if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(text) && s[m.index + text.length] === '.') text += '.';
    out.push({ text, start: m.index, end: m.index + text.length });
  }
  return out;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `phrase` occurs in `text` as whole words (no letter or digit on either side). */
export function hasPhrase(text: string, phrase: string, caseSensitive = false): boolean {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, caseSensitive ? 'u' : 'iu');
  return re.test(text);
}

/** A figure's value: "1,200" → 1200, "4.5" → 4.5, "three" → 3; NaN when it is none. */
export function figureValue(s: string): number {
  const lower = s.toLowerCase();
  if (lower in NUMBER_WORDS) return NUMBER_WORDS[lower];
  if (!/^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(s)) return NaN;
  return Number(s.replace(/,/g, ''));
}

export function figuresIn(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
    const v = Number(m[0].replace(/,/g, '').replace(/\.$/, ''));
    if (Number.isFinite(v)) out.add(v);
  }
  for (const w of wordsOf(text)) {
    const v = NUMBER_WORDS[w.text.toLowerCase()];
    if (v !== undefined) out.add(v);
  }
  return out;
}

/** Whether a sentence already says no ("not", "never", "failed to" …). */
export function isNegated(sentence: string): boolean {
  return wordsOf(sentence).some((w) => NEGATIONS.has(w.text.toLowerCase().replace('’', "'")) || /n['’]t$/i.test(w.text));
}

/** A sentence split into its body and its final punctuation ("." or '."'). */
export function splitEnd(sentence: string): { body: string; end: string } {
  const m = /^(.*?)([.!?]["”’)]*)$/s.exec(sentence);
  return m ? { body: m[1], end: m[2] } : { body: sentence, end: '' };
}

export function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * How a sentence's first word should be written in the middle of a sentence: lower-cased when it is a
 * common word (the article writes it in lower case elsewhere, or it is a function word), kept when it is
 * a name, and null when that cannot be told.
 */
export function midSentenceForm(word: string, ctx: ArticleContext): string | null {
  const lower = word.toLowerCase();
  if (/^(?:the|a|an|its|his|her|their|this|that|these|those|he|she|it|they|we|some|many|most|several|all|both|each|other|another|such)$/.test(lower)) return lower;
  if (word === lower) return word;
  if (/^\p{Lu}[\p{Lu}.]+$/u.test(word)) return word; // an acronym
  const lowerElsewhere = hasPhrase(ctx.text, lower, true);
  const capitalMidSentence = new RegExp(`[\\p{Ll},] ${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'u').test(ctx.text);
  if (lowerElsewhere && !capitalMidSentence) return lower;
  if (capitalMidSentence && !lowerElsewhere) return word;
  return null;
}

/** The indefinite article for a word ("an increase", "a rise", "an EC plan"). */
export function indefiniteFor(word: string): 'a' | 'an' {
  if (/^(?:eu|uni|use|one|u\.)/i.test(word)) return 'a';
  if (/^\p{Lu}{2,}/u.test(word)) return /^[AEFHILMNORSX]/.test(word) ? 'an' : 'a';
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/**
 * Replaces `text.slice(start, end)` by `replacement`, fixing a preceding "a"/"an" to suit the new word.
 */
export function replaceAt(text: string, start: number, end: number, replacement: string): string {
  let before = text.slice(0, start);
  const m = /(?<![\p{L}\p{N}])(a|an|A|An)\s$/u.exec(before);
  if (m) {
    const wanted = indefiniteFor(replacement);
    const fixed = m[1][0] === 'A' ? upperFirst(wanted) : wanted;
    before = before.slice(0, m.index) + fixed + ' ';
  }
  return before + replacement + text.slice(end);
}

const CONTENT_STOP = new Set(
  'the a an and or but of in on at by for from to with as is are was were be been has have had it its this that these those he she they we said says will would there their his her which who than also not into about after over'.split(' '),
);

/**
 * The article's sentences that make a claim worth testing: real prose of 8–60 words ending in a full
 * stop, not a quote on its own, not a heading, table row, byline or question, with some checkable
 * content (figures, names, or enough content words), and none of the Markdown characters a draft would
 * read as markup.
 */
export function claimSentences(article: Article): string[] {
  const out: string[] = [];
  for (const para of article.paras) {
    for (const span of splitSentences(para)) {
      const s = para.slice(span.start, span.end).replace(/\s+/g, ' ').replace(/\s*\bREUTER\s*$/, '').trim();
      if (isClaimSentence(s)) out.push(s);
    }
  }
  return [...new Set(out)];
}

export function isClaimSentence(s: string): boolean {
  const tokens = s.split(' ');
  if (tokens.length < 8 || tokens.length > 60) return false;
  if (!/[.!]["”’)]*$/.test(s)) return false;
  if (/[<>\[\]@*_#`|\\]/.test(s)) return false;
  if (/^["“‘']/.test(s) || quotedShare(s) > 0.5) return false;
  if (/^(?:By|From|Reporting by|Written by|Editing by)\b/.test(s)) return false;
  if (/\bvs\.?\s/.test(s)) return false;
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (letters.length < 20 || letters.replace(/\P{Lu}/gu, '').length / letters.length > 0.4) return false;
  const ws = wordsOf(s);
  const capitalised = ws.filter((w) => /^\p{Lu}/u.test(w.text)).length;
  if (capitalised / ws.length > 0.6) return false; // a heading in title case
  const content = ws.filter((w) => /^\p{Ll}{3,}$/u.test(w.text) && !CONTENT_STOP.has(w.text));
  const hasFigure = /\d/.test(s) || ws.some((w) => w.text.toLowerCase() in NUMBER_WORDS || MONTHS.includes(w.text));
  const hasName = ws.slice(1).some((w) => /^\p{Lu}/u.test(w.text));
  return content.length >= 4 && (hasFigure || hasName || content.length >= 6);
}

function quotedShare(s: string): number {
  let inside = 0;
  let open = false;
  for (const ch of s) {
    if (ch === '"' || ch === '“' || ch === '”') open = ch === '“' ? true : ch === '”' ? false : !open;
    else if (open) inside++;
  }
  return inside / s.length;
}
