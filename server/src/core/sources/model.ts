import type { Range, Span } from '../types';

/** What a host hands the core for one file in a sources folder. */
export interface SourceFile {
  /** Where the file lives, as a URI string (file:///…). Identity of the source. */
  readonly uri: string;
  /** The file's name, for keys and titles ("inter-korean-impasse.txt"). */
  readonly name: string;
  readonly bytes: Uint8Array;
  /** What a reader may produce from it; defaults: defaultReadLimits (tests set smaller ones). */
  readonly limits?: Partial<ReadLimits>;
}

/**
 * The most a reader may produce from one file, whatever the file says: a small compressed file (a
 * Word document is a zip) can unpack to gigabytes, and one "word" can be hundreds of megabytes long.
 * A file past a limit is skipped with a message; the others are read as usual.
 */
export interface ReadLimits {
  /** Bytes a compressed format may unpack to, all its parts together. */
  readonly unpackedBytes: number;
  /** Characters of text a file may give. */
  readonly textChars: number;
}

export const defaultReadLimits: ReadLimits = Object.freeze({ unpackedBytes: 128 * 1024 * 1024, textChars: 32 * 1024 * 1024 });

/** The limits in force for a file. */
export function readLimits(file: SourceFile): ReadLimits {
  return { ...defaultReadLimits, ...file.limits };
}

/** Bibliographic facts about a source. Every field is optional: a plain text file has none. */
export interface SourceMetadata {
  readonly id?: string;
  readonly title?: string;
  readonly author?: string;
  readonly date?: string;
  readonly url?: string;
}

/** One block of text a reader found: it becomes a numbered paragraph. */
export interface TextBlock {
  /** Offsets into the reader's `text`. */
  readonly start: number;
  readonly end: number;
  /** Where the block is in the file itself, for "open the source at this paragraph". */
  readonly fileRange: Range;
  /** For paged formats (PDF): the 1-based page the block starts on, an index into `ReadSource.pages`. */
  readonly page?: number;
  /**
   * Where an article's header ends when it opens this block (headline, date line, byline): each of its
   * lines is a sentence of its own, so a date line is never read as part of the headline's sentence.
   */
  readonly headerEnd?: number;
}

/** A reader's output: plain text plus where its paragraphs are. */
export interface ReadSource {
  readonly text: string;
  readonly blocks: readonly TextBlock[];
  readonly metadata: SourceMetadata;
  /** For paged formats: each page's label as printed ("233", "iv"), by 1-based page index. */
  readonly pages?: readonly string[];
}

/**
 * Turns one file format into plain text and blocks. A reader may throw; the core turns the
 * exception into a `source.unreadable` report for that file and nothing else.
 */
export interface SourceReader {
  /** Lower-case file extensions with the dot (".txt"). */
  readonly extensions: readonly string[];
  read(file: SourceFile): ReadSource | Promise<ReadSource>;
}

/** A numbered paragraph of a source: the unit a `para. N` locator names. */
export interface Paragraph {
  /** 1-based, in reading order; stable while the file does not change. */
  readonly n: number;
  readonly start: number;
  readonly end: number;
  readonly fileRange: Range;
  /** Sentences, as offsets into the source's text. */
  readonly sentences: readonly Span[];
  /** For paged formats: the 1-based page the paragraph starts on. */
  readonly page?: number;
}

/** An indexed source document. */
export interface Source {
  readonly uri: string;
  /** The citation key writers type after `@`. */
  readonly key: string;
  readonly fileName: string;
  readonly metadata: SourceMetadata;
  /** Title to show: metadata title, else a readable form of the file name. */
  readonly title: string;
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  /** Hash of the file's bytes: same hash, same paragraphs. */
  readonly hash: string;
  /** For paged formats (PDF): page labels by 1-based page index, for `p. N` locators. */
  readonly pages?: readonly string[];
  /** The bibliography entry that gives this source its key and metadata, when one does. */
  readonly entry?: { readonly uri: string; readonly line: number };
}

/** Why a file in a sources folder was skipped. */
export interface SourceProblem {
  readonly uri: string;
  readonly fileName: string;
  /** Plain words: "it is a binary file, not text". */
  readonly reason: string;
}

export class UnreadableSourceError extends Error {}
