import { splitSentences } from '../text/sentences';
import { isTableText } from '../text/tables';
import { docxReader } from './docx';
import { htmlReader } from './html';
import { readLimits, UnreadableSourceError, type Paragraph, type Source, type SourceFile, type SourceProblem, type SourceReader, type TextBlock } from './model';
import type { Span } from '../types';
import { pdfReader } from './pdf';
import { markdownReader, plainTextReader } from './plainText';

/** The readers the core knows, by extension. */
export const defaultReaders: readonly SourceReader[] = [plainTextReader, markdownReader, htmlReader, pdfReader, docxReader];

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

export function readerFor(name: string, readers: readonly SourceReader[] = defaultReaders): SourceReader | undefined {
  const ext = extensionOf(name);
  return readers.find((r) => r.extensions.includes(ext));
}

/**
 * A citation key from a file name: "Inter-Korean Impasse (2025).txt" → "inter-korean-impasse-2025".
 * An underscore inside a word stays ("ro_report.md" → "ro_report"): Pandoc keys allow it, and a writer types
 * the name they see; one standing alone between words is a separator ("News _ Story.html" → "news-story").
 */
export function slugKey(fileName: string): string {
  const base = fileName.replace(/\.[^.]+$/, '');
  const slug = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_]+/gu, '-')
    // (An underscore standing alone between words is a separator: "Coastline News _ Hoteliers fear …",
    // as a browser saves a page titled "Coastline News | Hoteliers fear …".)
    .replace(/-(?:_+-)+/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
  return slug || 'source';
}

/** Pandoc accepts keys of letters, digits, `_` and inner punctuation; anything else is not a key a writer can type. */
export function isValidKey(key: string): boolean {
  return /^[\p{L}\p{N}_](?:[\p{L}\p{N}_:.#$%&\-+?<>~/]*[\p{L}\p{N}_])?$/u.test(key);
}

function titleFromFileName(fileName: string): string {
  const base = fileName.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ').trim();
  return base.charAt(0).toUpperCase() + base.slice(1);
}

/** FNV-1a over the bytes, two lanes: a cheap identity for "did this file change". */
export function hashBytes(bytes: Uint8Array): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ bytes.length;
  for (let i = 0; i < bytes.length; i++) {
    h1 = Math.imul(h1 ^ bytes[i], 0x01000193);
    h2 = Math.imul(h2 ^ bytes[i], 0x01000197) ^ (h2 >>> 15);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/**
 * Longest paragraph, in characters. A longer block (a file that is one line of megabytes, a PDF
 * without paragraph breaks) is cut into paragraphs of about this size, at a sentence end where there
 * is one, else at a space: every search and check then reads passages of a bounded size.
 */
export const MAX_PARAGRAPH_CHARS = 5000;

/** The blocks, each longer than MAX_PARAGRAPH_CHARS cut into several (in linear time). */
export function boundedBlocks(text: string, blocks: readonly TextBlock[]): TextBlock[] {
  if (blocks.every((b) => b.end - b.start <= MAX_PARAGRAPH_CHARS)) return blocks as TextBlock[];
  const out: TextBlock[] = [];
  for (const b of blocks) {
    let start = b.start;
    while (b.end - start > MAX_PARAGRAPH_CHARS) {
      const cut = cutPoint(text, start, start + MAX_PARAGRAPH_CHARS);
      out.push({ ...b, start, end: trimEnd(text, start, cut) });
      start = cut;
      while (start < b.end && isSpace(text.charCodeAt(start))) start++;
    }
    if (b.end > start) out.push({ ...b, start, end: b.end });
  }
  return out.filter((b) => b.end > b.start);
}

/** Where to end a piece of [from, limit): after the last sentence end in its second half, else at its last space, else at limit. */
function cutPoint(text: string, from: number, limit: number): number {
  const half = from + ((limit - from) >> 1);
  let space = -1;
  for (let i = limit; i > half; i--) {
    const c = text.charCodeAt(i);
    if (!isSpace(c)) continue;
    const p = text.charCodeAt(i - 1);
    if (p === 46 || p === 33 || p === 63) return i; // . ! ? then a space
    if (space < 0) space = i;
  }
  if (space > 0) return space;
  // No space at all: cut anywhere, but not inside a surrogate pair.
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;
}

export type ReadOutcome = { readonly source: Source } | { readonly problem: SourceProblem };

/** A list item's sentence starts after its bullet: "- North Korea answered …" quotes "North Korea answered …". */
function withoutBullets(text: string, spans: Span[]): Span[] {
  return spans.map((sp) => {
    const m = /^[-*•][ \t]+(?=\S)/.exec(text.slice(sp.start, Math.min(sp.end, sp.start + 8)));
    return m && sp.start + m[0].length < sp.end ? { start: sp.start + m[0].length, end: sp.end } : sp;
  });
}

/** A paragraph's sentences; a blank line inside it (an article's headline, date line or byline before its text) ends one too. */
function sentencesOf(text: string, start: number, end: number, headerEnd?: number): Span[] {
  let from = start;
  let out: Span[] | undefined;
  if (headerEnd !== undefined && headerEnd > start && headerEnd < end) {
    // The header's lines, one sentence each.
    out = lineSpans(text, start, headerEnd);
    from = headerEnd;
    while (from < end && isSpace(text.charCodeAt(from))) from++;
  }
  // Only the paragraph is looked at: a newline, then spaces, then another newline.
  for (let i = text.indexOf('\n', from); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
    let j = i + 1;
    while (j < end && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
    if (j >= end || text[j] !== '\n') continue;
    (out ??= []).push(...splitSentences(text, from, i));
    from = j + 1;
    i = j;
  }
  const rest = tableApart(text, from, end);
  return out ? [...out, ...rest] : rest;
}

/** A table under the line that introduces it, in one paragraph: the table is a sentence of its own, read as a table. */
function tableApart(text: string, from: number, end: number): Span[] {
  const block = text.slice(from, end);
  // A table by itself is one sentence too, read a row at a time with its header (a cell's stops end
  // no sentence: "| 2348 | Grace Annie | MAYDAY. Man overboard. |" is one row); a long one, a row a sentence.
  if (/^[ \t]*\|/.test(block) && isTableText(block)) return tableSentences(text, from, end);
  const m = /\n(?=[ \t]*\|[^\n]*\|[ \t]*(?:\r?\n|$))/.exec(block);
  if (!m || /^[ \t]*\|/.test(block) || !isTableText(block.slice(m.index + 1))) return listSentences(text, from, end);
  const at = from + m.index;
  let tableStart = at + 1;
  while (tableStart < end && isSpace(text.charCodeAt(tableStart))) tableStart++;
  return [...listSentences(text, from, trimEnd(text, from, at)), { start: tableStart, end: trimEnd(text, tableStart, end) }];
}

/** A table of up to 80 lines is one sentence; a longer one, a line a sentence. */
function tableSentences(text: string, from: number, end: number): Span[] {
  const last = trimEnd(text, from, end);
  let lines = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < last; i = text.indexOf('\n', i + 1)) lines++;
  return lines < 80 ? [{ start: from, end: last }] : lineSpans(text, from, last);
}

/** The lines of text[from, to) with something on them, trimmed. */
function lineSpans(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  for (let i = from; i < to; ) {
    let j = text.indexOf('\n', i);
    if (j < 0 || j > to) j = to;
    const lineEnd = trimEnd(text, i, j);
    let lineStart = i;
    while (lineStart < lineEnd && isSpace(text.charCodeAt(lineStart))) lineStart++;
    if (lineEnd > lineStart) out.push({ start: lineStart, end: lineEnd });
    i = j + 1;
  }
  return out;
}

/**
 * A list's items ("- 24% oppose the takeover", "2. …") are sentences of their own, whatever their
 * punctuation, and so are the labelled answers under a question ("Yes: 2,941 (92%)" / "No: 256 (8%)").
 */
function listSentences(text: string, from: number, end: number): Span[] {
  const block = text.slice(from, end);
  if (!LIST_ITEM.test(block)) return splitSentences(text, from, end);
  const out: Span[] = [];
  let start = from;
  for (const m of block.matchAll(/\n(?=[ \t]*(?:(?:[-*•]|\d{1,2}[.)])[ \t]+\S|\p{Lu}[\p{L}'’ ]{0,20}:[ \t]+\S|\p{Lu}[\p{L}'’ ,()/-]{0,60}:[ \t]+[£$€]?\d))/gu)) {
    const at = from + (m.index ?? 0);
    out.push(...splitSentences(text, start, at));
    start = at + 1;
  }
  out.push(...splitSentences(text, start, end));
  return out;
}

/** A block whose second line on opens a list item or a labelled answer ("Yes: 219", "Saw a steward near them during the evening: 29% (138)"). */
const LIST_ITEM = /\n[ \t]*(?:(?:[-*•]|\d{1,2}[.)])[ \t]+\S|\p{Lu}[\p{L}'’ ]{0,20}:[ \t]+\S|\p{Lu}[\p{L}'’ ,()/-]{0,60}:[ \t]+[£$€]?\d)/u;

/**
 * Reads one file into a Source: text, numbered paragraphs, sentences and a key. Whatever goes wrong
 * (binary, empty, bad encoding, a reader that throws) becomes a problem for this file alone.
 */
export async function readSourceFile(file: SourceFile, readers: readonly SourceReader[] = defaultReaders): Promise<ReadOutcome> {
  const reader = readerFor(file.name, readers);
  if (!reader) return { problem: { uri: file.uri, fileName: file.name, reason: `files of type "${extensionOf(file.name) || 'none'}" are not read` } };
  try {
    const read = await reader.read(file);
    const limits = readLimits(file);
    if (read.text.length > limits.textChars) {
      throw new UnreadableSourceError(`it holds more text than Sourced reads from one file (${Math.round(read.text.length / 1e6)} million characters; the limit is ${Math.round(limits.textChars / 1e6)} million): split it into smaller files to include it`);
    }
    const paragraphs: Paragraph[] = boundedBlocks(read.text, read.blocks).map((b, i) => ({
      n: i + 1,
      start: b.start,
      end: b.end,
      fileRange: b.fileRange,
      sentences: withoutBullets(read.text, sentencesOf(read.text, b.start, b.end, b.headerEnd)),
      ...(b.page !== undefined ? { page: b.page } : {}),
    }));
    if (paragraphs.length === 0) throw new UnreadableSourceError('no readable text was found in it');
    const id = read.metadata.id?.trim();
    const key = id && isValidKey(id) ? id : slugKey(file.name);
    return {
      source: {
        uri: file.uri,
        key,
        fileName: file.name,
        metadata: read.metadata,
        title: read.metadata.title ?? titleFromFileName(file.name),
        text: read.text,
        paragraphs,
        hash: hashBytes(file.bytes),
        ...(read.pages ? { pages: read.pages } : {}),
      },
    };
  } catch (e) {
    const reason = e instanceof UnreadableSourceError ? e.message : `it could not be read (${e instanceof Error ? e.message : String(e)})`;
    return { problem: { uri: file.uri, fileName: file.name, reason } };
  }
}
