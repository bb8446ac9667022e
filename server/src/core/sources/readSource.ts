import { splitSentences } from '../text/sentences';
import { docxReader } from './docx';
import { htmlReader } from './html';
import { UnreadableSourceError, type Paragraph, type Source, type SourceFile, type SourceProblem, type SourceReader } from './model';
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

/** A citation key from a file name: "Inter-Korean Impasse (2025).txt" → "inter-korean-impasse-2025". */
export function slugKey(fileName: string): string {
  const base = fileName.replace(/\.[^.]+$/, '');
  const slug = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
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

export type ReadOutcome = { readonly source: Source } | { readonly problem: SourceProblem };

/**
 * Reads one file into a Source: text, numbered paragraphs, sentences and a key. Whatever goes wrong
 * (binary, empty, bad encoding, a reader that throws) becomes a problem for this file alone.
 */
export async function readSourceFile(file: SourceFile, readers: readonly SourceReader[] = defaultReaders): Promise<ReadOutcome> {
  const reader = readerFor(file.name, readers);
  if (!reader) return { problem: { uri: file.uri, fileName: file.name, reason: `files of type "${extensionOf(file.name) || 'none'}" are not read` } };
  try {
    const read = await reader.read(file);
    const paragraphs: Paragraph[] = read.blocks.map((b, i) => ({
      n: i + 1,
      start: b.start,
      end: b.end,
      fileRange: b.fileRange,
      sentences: splitSentences(read.text, b.start, b.end),
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
