/**
 * Sources in a compact, transferable form: what a host prepares off the main thread (reading,
 * decoding, splitting, tokenising) and what the on-disk cache stores. Numbers travel in Int32Arrays,
 * never as one object per paragraph or sentence, so preparing 20,000 files costs the main thread only
 * the insertion of postings, and an indexed source keeps its paragraphs as one array of ints until
 * someone reads them.
 */
import type { Paragraph, Source, SourceMetadata, SourceProblem } from '../sources/model';
import type { Span } from '../types';
import { contentTerms } from '../text/tokenize';

/** Sentences per passage, and the word budget that closes one early. */
const PASSAGE_SENTENCES = 3;
const PASSAGE_WORDS = 90;

/** A source ready to be indexed: everything but the postings' insertion is done. */
export interface PreparedSource {
  readonly uri: string;
  readonly key: string;
  readonly fileName: string;
  readonly title: string;
  readonly metadata: SourceMetadata;
  readonly hash: string;
  readonly text: string;
  /**
   * Paragraphs: per paragraph `start, end, fileRange (4 ints), sentence count, then start/end per
   * sentence`. See {@link encodeParagraphs}.
   */
  readonly layout: Int32Array;
  /**
   * Passages: per passage `paragraph index, sentenceFrom, sentenceTo, length in terms, pair count,
   * then (term id, frequency) pairs`. Term ids number a vocabulary the producer hands over with them.
   */
  readonly passages: Int32Array;
}

/** A batch of prepared work, with the vocabulary entries its term ids need. */
export interface PreparedBatch {
  /** Identifies the producer's vocabulary; a new session starts numbering from 0 again. */
  readonly session: number;
  /** Term id of `terms[0]` in the producer's vocabulary (ids are assigned in order). */
  readonly termsFrom: number;
  readonly terms: readonly string[];
  readonly items: ReadonlyArray<{ readonly source: PreparedSource } | { readonly problem: SourceProblem }>;
}

export function encodeParagraphs(paragraphs: readonly Paragraph[]): Int32Array {
  let n = 0;
  for (const p of paragraphs) n += 7 + 2 * p.sentences.length;
  const out = new Int32Array(n);
  let i = 0;
  for (const p of paragraphs) {
    out[i++] = p.start;
    out[i++] = p.end;
    out[i++] = p.fileRange.start.line;
    out[i++] = p.fileRange.start.character;
    out[i++] = p.fileRange.end.line;
    out[i++] = p.fileRange.end.character;
    out[i++] = p.sentences.length;
    for (const s of p.sentences) {
      out[i++] = s.start;
      out[i++] = s.end;
    }
  }
  return out;
}

export function decodeParagraphs(layout: Int32Array): Paragraph[] {
  const out: Paragraph[] = [];
  for (let i = 0; i < layout.length; ) {
    const start = layout[i];
    const end = layout[i + 1];
    const fileRange = { start: { line: layout[i + 2], character: layout[i + 3] }, end: { line: layout[i + 4], character: layout[i + 5] } };
    const count = layout[i + 6];
    i += 7;
    const sentences: Span[] = [];
    for (let k = 0; k < count; k++, i += 2) sentences.push({ start: layout[i], end: layout[i + 1] });
    out.push({ n: out.length + 1, start, end, fileRange, sentences });
  }
  return out;
}

/** How many paragraphs a layout holds, without materialising them. */
export function paragraphCount(layout: Int32Array): number {
  let n = 0;
  for (let i = 0; i < layout.length; i += 7 + 2 * layout[i + 6]) n++;
  return n;
}

/** One retrievable unit: up to a few sentences of one paragraph. */
export interface PassageSpan {
  readonly paragraph: number;
  readonly from: number;
  readonly to: number;
  readonly terms: string[];
}

/**
 * Cuts a source's paragraphs into passages (up to three sentences, closed early at ~90 words) with
 * their content terms. Deterministic: removal recomputes the terms rather than storing them.
 */
export function passagesOf(text: string, paragraphs: readonly Paragraph[]): PassageSpan[] {
  const out: PassageSpan[] = [];
  paragraphs.forEach((paragraph, pi) => {
    const sents = paragraph.sentences;
    let from = 0;
    while (from < sents.length) {
      let to = from;
      let words = 0;
      const parts: string[] = [];
      while (to < sents.length && to - from < PASSAGE_SENTENCES && (to === from || words < PASSAGE_WORDS)) {
        const t = text.slice(sents[to].start, sents[to].end);
        words += t.split(/\s+/).length;
        parts.push(t);
        to++;
      }
      out.push({ paragraph: pi, from, to, terms: contentTerms(parts.join(' ')) });
      from = to;
    }
  });
  return out;
}

/** Encodes passages with term ids from `intern` (the producer's vocabulary). */
export function encodePassages(passages: readonly PassageSpan[], intern: (term: string) => number): Int32Array {
  const ints: number[] = [];
  const tf = new Map<number, number>();
  for (const p of passages) {
    tf.clear();
    for (const t of p.terms) {
      const id = intern(t);
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    ints.push(p.paragraph, p.from, p.to, p.terms.length, tf.size);
    for (const [id, n] of tf) ints.push(id, n);
  }
  return Int32Array.from(ints);
}

/** Prepares a read source for indexing. */
export function prepareSource(source: Source, intern: (term: string) => number): PreparedSource {
  return {
    uri: source.uri,
    key: source.key,
    fileName: source.fileName,
    title: source.title,
    metadata: source.metadata,
    hash: source.hash,
    text: source.text,
    layout: encodeParagraphs(source.paragraphs),
    passages: encodePassages(passagesOf(source.text, source.paragraphs), intern),
  };
}

/**
 * An indexed source that keeps its paragraphs as ints until they are first read; after that the same
 * Paragraph objects are returned every time (callers key caches on them).
 */
export class CompactSource implements Source {
  private materialised: readonly Paragraph[] | undefined;

  constructor(
    readonly uri: string,
    readonly key: string,
    readonly fileName: string,
    readonly title: string,
    readonly metadata: SourceMetadata,
    readonly hash: string,
    readonly text: string,
    private layout: Int32Array | undefined,
  ) {}

  static from(p: PreparedSource, key = p.key): CompactSource {
    // Copy the layout out of the batch's buffer so a source never pins a whole batch in memory.
    const layout = p.layout.byteOffset === 0 && p.layout.buffer.byteLength === p.layout.byteLength ? p.layout : p.layout.slice();
    return new CompactSource(p.uri, key, p.fileName, p.title, p.metadata, p.hash, p.text, layout);
  }

  get paragraphs(): readonly Paragraph[] {
    if (!this.materialised) {
      this.materialised = decodeParagraphs(this.layout!);
      this.layout = undefined;
    }
    return this.materialised;
  }

  /** The same source under another key (when its own is taken). */
  withKey(key: string): CompactSource {
    const s = new CompactSource(this.uri, key, this.fileName, this.title, this.metadata, this.hash, this.text, this.layout);
    s.materialised = this.materialised;
    return s;
  }

  toJSON(): Source {
    return { uri: this.uri, key: this.key, fileName: this.fileName, metadata: this.metadata, title: this.title, text: this.text, paragraphs: this.paragraphs, hash: this.hash };
  }
}
