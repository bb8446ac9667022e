import { frontMatter } from '../text/frontMatter';
import { LineIndex } from '../text/lineIndex';
import { decodeText } from './decode';
import type { ReadSource, SourceMetadata, SourceReader, TextBlock } from './model';

/**
 * Splits text into paragraph blocks. Blank lines always separate paragraphs. Inside a block, each
 * line is its own paragraph (one-paragraph-per-line files, sentence-per-line exports) unless the
 * block looks hard-wrapped (several lines, none long, most of similar width), which is joined.
 */
export function splitBlocks(text: string, from: number, to: number, lines: LineIndex): TextBlock[] {
  const blocks: TextBlock[] = [];
  const re = /\n[ \t]*\r?\n/g;
  re.lastIndex = from;
  let blockStart = from;
  const flush = (s: number, e: number) => {
    for (const [bs, be] of splitBlockLines(text, s, e)) {
      const [ts, te] = trim(text, bs, be);
      if (te > ts) blocks.push({ start: ts, end: te, fileRange: lines.rangeOf(ts, te) });
    }
  };
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    flush(blockStart, m.index);
    blockStart = m.index + m[0].length;
  }
  flush(blockStart, to);
  return blocks;
}

function splitBlockLines(text: string, start: number, end: number): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  let s = start;
  for (let i = start; i < end; i++) {
    if (text[i] === '\n') {
      lines.push([s, i]);
      s = i + 1;
    }
  }
  lines.push([s, end]);
  const nonEmpty = lines.filter(([a, b]) => text.slice(a, b).trim().length > 0);
  if (nonEmpty.length <= 1) return [[start, end]];
  const lengths = nonEmpty.map(([a, b]) => b - a);
  const longest = Math.max(...lengths);
  const sorted = [...lengths].sort((a, b) => a - b);
  const median = sorted[sorted.length >> 1];
  // Hard-wrapped prose breaks lines mid-sentence; lines that end a sentence are paragraphs of their own.
  const ended = nonEmpty.slice(0, -1).filter(([a, b]) => /[.!?:"”’)]\s*$/.test(text.slice(a, b)) || b - a < 25).length;
  const hardWrapped = longest <= 100 && median >= 40 && ended * 2 < nonEmpty.length - 1;
  return hardWrapped ? [[start, end]] : nonEmpty;
}

function trim(text: string, s: number, e: number): [number, number] {
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return [s, e];
}

/** Title from the first line of a plain text file, when it reads like one (short, no full stop). */
function titleFromFirstLine(text: string, blocks: readonly TextBlock[]): string | undefined {
  if (blocks.length < 2) return undefined;
  const first = text.slice(blocks[0].start, blocks[0].end);
  if (first.length > 150 || first.includes('\n') || /[.:;,]$/.test(first)) return undefined;
  return first;
}

export const plainTextReader: SourceReader = {
  extensions: ['.txt', '.text'],
  read(file): ReadSource {
    const text = decodeText(file.bytes);
    const lines = new LineIndex(text);
    const blocks = splitBlocks(text, 0, text.length, lines);
    return { text, blocks, metadata: { title: titleFromFirstLine(text, blocks) } };
  },
};

/** Reads YAML front matter as a source's metadata; broken YAML is ignored (the body still counts), never fatal. */
export function readFrontMatter(text: string): { metadata: SourceMetadata; bodyStart: number; raw?: Record<string, unknown> } {
  const { raw, bodyStart } = frontMatter(text);
  return raw ? { metadata: metadataFromRecord(raw), bodyStart, raw } : { metadata: {}, bodyStart };
}

/** How deep front matter values are read: YAML aliases can make a value that contains itself (`&a [*a]`). */
const MAX_DEPTH = 8;

function metadataFromRecord(raw: Record<string, unknown>): SourceMetadata {
  const str = (v: unknown, depth = 0): string | undefined => {
    if (v === null || v === undefined || depth > MAX_DEPTH) return undefined;
    if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.toISOString().slice(0, 10);
    if (Array.isArray(v)) return v.slice(0, 100).map((x) => str(x, depth + 1)).filter(Boolean).join('; ') || undefined;
    if (typeof v === 'object') {
      const o = v as Record<string, unknown>;
      return str(o.literal ?? o.name ?? [o.given, o.family].filter((x) => typeof x === 'string').join(' '), depth + 1);
    }
    const s = String(v).trim();
    return s.length ? s : undefined;
  };
  return { id: str(raw.id), title: str(raw.title), author: str(raw.author), date: str(raw.date), url: str(raw.url) };
}

export const markdownReader: SourceReader = {
  extensions: ['.md', '.markdown'],
  read(file): ReadSource {
    const text = decodeText(file.bytes);
    const { metadata, bodyStart } = readFrontMatter(text);
    const lines = new LineIndex(text);
    const blocks = splitBlocks(text, bodyStart, text.length, lines);
    let title = metadata.title;
    if (!title) {
      const heading = blocks.length ? /^#{1,2}\s+(.+)$/.exec(text.slice(blocks[0].start, blocks[0].end)) : null;
      title = heading?.[1].trim();
    }
    return { text, blocks, metadata: { ...metadata, title } };
  },
};
