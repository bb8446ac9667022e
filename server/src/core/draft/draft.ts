import { maskMarkdown } from './markdownMask';
import { parseCitations, type Citation } from './citations';
import { codesOf, isSpaceCode, textOf } from '../text/codes';
import { LineIndex } from '../text/lineIndex';
import { splitSentences } from '../text/sentences';
import type { Span } from '../types';

/** One sentence of a draft with the citations that belong to it. */
export interface DraftSentence {
  readonly index: number;
  /** The sentence in the draft, citations included. */
  readonly span: Span;
  /** The sentence's words with its citations taken out: what is checked. */
  readonly claimText: string;
  /** Offsets of claimText's characters in the draft (claimText[i] is at draft offset offsets[i]). */
  readonly offsets: Int32Array;
  readonly citations: readonly Citation[];
  /** Where a new citation goes: after the last word, before the closing full stop (Pandoc style). */
  readonly insertAt: number;
}

/** A parsed draft: its prose, sentences and citations, with a line index for positions. */
export interface Draft {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  /** The text with everything that is not prose blanked (see maskMarkdown); same offsets. */
  readonly prose: string;
  readonly lines: LineIndex;
  readonly citations: readonly Citation[];
  readonly sentences: readonly DraftSentence[];
}

export function parseDraft(uri: string, version: number, text: string): Draft {
  const { prose, headings } = maskMarkdown(text);
  // Headings are not claims, but a key cited in one must still resolve: read citations on the prose
  // with the heading text put back (without its # markers).
  let citeText = prose;
  if (headings.length) {
    const chars = codesOf(prose);
    for (const [s, e] of headings) {
      const marker = /^\s{0,3}#{0,6}\s*/.exec(text.slice(s, e))?.[0].length ?? 0;
      for (let i = s + marker; i < e; i++) chars[i] = text.charCodeAt(i);
    }
    citeText = textOf(chars);
  }
  const citations = parseCitations(citeText);
  // Split on a copy where citations are opaque capitals, so "para. 4" inside one never ends a sentence
  // and a citation written after the full stop starts what looks like a new sentence (moved back below).
  const splitText = codesOf(prose);
  for (const c of citations) for (let i = c.span.start; i < c.span.end && i < splitText.length; i++) if (splitText[i] !== 10) splitText[i] = 88; // 'X'
  const spans = splitSentences(textOf(splitText));

  const raw: Array<{ span: Span; citations: Citation[] }> = [];
  let ci = 0;
  for (const span of spans) {
    const own: Citation[] = [];
    while (ci < citations.length && citations[ci].span.start < span.end) {
      if (citations[ci].span.start >= span.start) own.push(citations[ci]);
      ci++;
    }
    // A sentence that starts with a bracketed citation right after the previous sentence's full stop:
    // the citation belongs to the previous sentence ("Claim. [@key] Next claim.").
    const prev = raw[raw.length - 1];
    let start = span.start;
    while (own.length && own[0].bracketed && own[0].span.start === start && prev && sameBlock(prose, prev.span.end, start)) {
      const c = own.shift()!;
      prev.citations.push(c);
      prev.span = { start: prev.span.start, end: c.span.end };
      start = skipSpace(prose, c.span.end);
    }
    if (start < span.end && /[\p{L}\p{N}]/u.test(prose.slice(start, span.end))) raw.push({ span: { start, end: span.end }, citations: own });
  }

  const sentences = raw.map((r, index) => {
    // The sentence with citations taken out and runs of white space made one space.
    const chars = new Uint16Array(r.span.end - r.span.start);
    const offsets: number[] = [];
    let n = 0;
    let c = 0;
    let lastSpace = true;
    for (let i = r.span.start; i < r.span.end; i++) {
      while (c < r.citations.length && r.citations[c].span.end <= i) c++;
      const inCitation = c < r.citations.length && i >= r.citations[c].span.start && i < r.citations[c].span.end;
      const code = prose.charCodeAt(i);
      const space = inCitation || isSpaceCode(code);
      if (space && lastSpace) continue;
      chars[n++] = space ? 32 : code;
      offsets.push(i);
      lastSpace = space;
    }
    while (n > 0 && chars[n - 1] === 32) {
      n--;
      offsets.pop();
    }
    const joined = textOf(chars.subarray(0, n));
    const claimText = joined.replace(/\s+([.,;:!?])/g, '$1');
    return { index, span: r.span, claimText, offsets: Int32Array.from(realign(joined, claimText, offsets)), citations: r.citations, insertAt: insertionPoint(text, r.span, r.citations) };
  });
  return { uri, version, text, prose, lines: new LineIndex(text), citations, sentences };
}

/** Keeps offsets in step when spaces before punctuation were dropped from the claim text. */
function realign(before: string, after: string, offsets: number[]): number[] {
  if (before === after) return offsets;
  const out: number[] = [];
  let j = 0;
  for (let i = 0; i < before.length && j < after.length; i++) {
    if (before[i] === after[j]) {
      out.push(offsets[i]);
      j++;
    }
  }
  return out;
}

function sameBlock(text: string, a: number, b: number): boolean {
  return !/\n[ \t]*\r?\n/.test(text.slice(a, b));
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

/**
 * Pandoc puts a citation inside the sentence: "…in 1998 [@key]." So: before the final full stop,
 * unless a closing quote follows it ("… up north," he said.”), then at the very end.
 */
function insertionPoint(text: string, span: Span, citations: readonly Citation[]): number {
  let end = span.end;
  // A bracketed citation already at the end: new items go inside it (the caller decides); point after it.
  const last = citations[citations.length - 1];
  if (last && last.bracketed && /^[\s.!?]*$/.test(text.slice(last.span.end, span.end))) return last.span.end;
  const tail = /[.!?…]+$/.exec(text.slice(span.start, end));
  if (tail) end -= tail[0].length;
  return end;
}

/** The sentence containing a draft offset, if any. */
export function sentenceAt(draft: Draft, offset: number): DraftSentence | undefined {
  return draft.sentences.find((s) => offset >= s.span.start && offset <= s.span.end);
}
