/**
 * Sources in a compact, transferable form: what a host prepares off the main thread (reading,
 * decoding, splitting, tokenising) and what its on-disk cache stores. A batch carries three buffers —
 * the UTF-8 texts, the paragraph layouts, the passages with their term ids — and small records that
 * point into them, so handing 20,000 files to the main thread moves a few hundred buffers, not millions
 * of objects, and an indexed source keeps its text and paragraphs out of the JS heap until read.
 */
import type { Paragraph, Source, SourceMetadata, SourceProblem } from '../sources/model';
import type { Span } from '../types';
import { contentTerms } from '../text/tokenize';

/** Sentences per passage, and the word budget that closes one early. */
const PASSAGE_SENTENCES = 3;
const PASSAGE_WORDS = 90;
/** Ints before a paragraph's sentence spans in a layout (see encodeParagraphs). */
const PARAGRAPH_HEADER = 8;

/** A source ready to be indexed, as offsets into its batch's buffers. */
export interface PreparedSource {
  readonly uri: string;
  readonly key: string;
  readonly fileName: string;
  readonly title: string;
  readonly metadata: SourceMetadata;
  readonly hash: string;
  readonly pages?: readonly string[];
  /** UTF-8 text: [textStart, textEnd) of the batch's `text`. */
  readonly textStart: number;
  readonly textEnd: number;
  /** Characters (UTF-16 code units) of the decoded text. */
  readonly textLength: number;
  /** Paragraphs (see encodeParagraphs): [layoutStart, layoutEnd) of the batch's `layout`. */
  readonly layoutStart: number;
  readonly layoutEnd: number;
  /**
   * Passages: [passagesStart, passagesEnd) of the batch's `passages`, per passage `paragraph index,
   * sentenceFrom, sentenceTo, length in terms, pair count, then (term id, frequency) pairs`. Term ids
   * number the producer's vocabulary (see PreparedBatch.terms).
   */
  readonly passagesStart: number;
  readonly passagesEnd: number;
}

/** A batch of prepared work, with the vocabulary entries its term ids need. */
export interface PreparedBatch {
  /** Identifies the producer's vocabulary; a new session starts numbering from 0 again. */
  readonly session: number;
  /**
   * Producers running side by side in one load (one worker per shard of the files) share this; the
   * sessions of an earlier load are finished once a batch of another arrives. Absent: the producer
   * runs alone, and its first batch ends every earlier session.
   */
  readonly load?: number;
  /** Term id of `terms[0]` in the producer's vocabulary (ids are assigned in order). */
  readonly termsFrom: number;
  readonly terms: readonly string[];
  readonly text: Uint8Array;
  readonly layout: Int32Array;
  readonly passages: Int32Array;
  readonly items: ReadonlyArray<{ readonly source: PreparedSource } | { readonly problem: SourceProblem }>;
  /** About how many postings the whole load will bring (first batch): the index makes room at once. */
  readonly reserve?: number;
  /** The load's last batch: the vocabulary mappings can go (hosts then call tidyIndex). */
  readonly final?: boolean;
}

/**
 * Whether a source's metadata is its title and nothing else (true), nothing at all (false), or more
 * (undefined): the cache and the worker's batches store the first two as a flag, not as an object.
 */
export function titleOnly(metadata: SourceMetadata, title: string | undefined): boolean | undefined {
  let titled = false;
  for (const [k, v] of Object.entries(metadata)) {
    if (v === undefined) continue;
    if (k === 'title' && v === title) titled = true;
    else return undefined;
  }
  return titled;
}

/** Per paragraph: start, end, fileRange (4 ints), page (0: none), sentence count, then start/end per sentence. */
export function encodeParagraphs(paragraphs: readonly Paragraph[]): Int32Array {
  let n = 0;
  for (const p of paragraphs) n += PARAGRAPH_HEADER + 2 * p.sentences.length;
  const out = new Int32Array(n);
  let i = 0;
  for (const p of paragraphs) {
    out[i++] = p.start;
    out[i++] = p.end;
    out[i++] = p.fileRange.start.line;
    out[i++] = p.fileRange.start.character;
    out[i++] = p.fileRange.end.line;
    out[i++] = p.fileRange.end.character;
    out[i++] = p.page ?? 0;
    out[i++] = p.sentences.length;
    for (const s of p.sentences) {
      out[i++] = s.start;
      out[i++] = s.end;
    }
  }
  return out;
}

export function decodeParagraphs(layout: Int32Array, from = 0, to = layout.length): Paragraph[] {
  const out: Paragraph[] = [];
  for (let i = from; i < to; ) {
    const start = layout[i];
    const end = layout[i + 1];
    const fileRange = { start: { line: layout[i + 2], character: layout[i + 3] }, end: { line: layout[i + 4], character: layout[i + 5] } };
    const page = layout[i + 6];
    const count = layout[i + 7];
    i += PARAGRAPH_HEADER;
    const sentences: Span[] = [];
    for (let k = 0; k < count; k++, i += 2) sentences.push({ start: layout[i], end: layout[i + 1] });
    out.push(page > 0 ? { n: out.length + 1, start, end, fileRange, sentences, page } : { n: out.length + 1, start, end, fileRange, sentences });
  }
  return out;
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

/**
 * Encodes passages with term ids from a producer's vocabulary. One per producer (an indexing job): it
 * keeps a table of per-term counts, indexed by term id, that grows with the vocabulary and is always
 * left all zero between passages.
 */
export class PassageEncoder {
  private counts = new Int32Array(1 << 16);
  private readonly seen: number[] = [];

  /** The passages' layout (see PreparedSource.passagesStart), their terms numbered by `intern`. */
  encode(passages: readonly PassageSpan[], intern: (term: string) => number): Int32Array {
    let size = 0;
    for (const p of passages) size += 5 + 2 * p.terms.length;
    const out = new Int32Array(size);
    const seen = this.seen;
    let counts = this.counts;
    let w = 0;
    // Each occurrence asks the vocabulary once and is counted in a typed array by id: cheaper than
    // counting strings in a small map first. Pairs come in order of first occurrence either way.
    for (const p of passages) {
      out[w++] = p.paragraph;
      out[w++] = p.from;
      out[w++] = p.to;
      out[w++] = p.terms.length;
      const pairsAt = w++;
      seen.length = 0;
      for (const term of p.terms) {
        const id = intern(term);
        if (id >= counts.length) {
          const grown = new Int32Array(Math.max(2 * counts.length, id + 1));
          grown.set(counts);
          counts = this.counts = grown;
        }
        if (counts[id]++ === 0) seen.push(id);
      }
      out[pairsAt] = seen.length;
      for (const id of seen) {
        out[w++] = id;
        out[w++] = counts[id];
        counts[id] = 0;
      }
    }
    return w === size ? out : out.slice(0, w);
  }
}

/** Everything about a source but its buffers. */
export type PreparedHeader = Pick<PreparedSource, 'uri' | 'key' | 'fileName' | 'title' | 'metadata' | 'hash' | 'pages'>;

/**
 * Collects prepared sources and problems into one batch's buffers. The parts it is given (views into
 * a cache file, or a freshly read source's arrays) are copied once, into buffers of the batch's exact
 * size, when the batch is built: the caller must leave them unchanged until then.
 */
export class BatchBuilder {
  private texts: Uint8Array[] = [];
  private layouts: Int32Array[] = [];
  private passageRuns: Int32Array[] = [];
  private textUsed = 0;
  private layoutUsed = 0;
  private passagesUsed = 0;
  private items: Array<{ source: PreparedSource } | { problem: SourceProblem }> = [];

  get size(): number {
    return this.items.length;
  }

  get textBytes(): number {
    return this.textUsed;
  }

  addProblem(problem: SourceProblem): void {
    this.items.push({ problem });
  }

  /** Adds a source: `text` is its UTF-8 bytes, `textLength` the length of the decoded string. */
  addSource(header: PreparedHeader, text: Uint8Array, textLength: number, layout: Int32Array, passages: Int32Array): void {
    const textStart = this.textUsed;
    const layoutStart = this.layoutUsed;
    const passagesStart = this.passagesUsed;
    this.texts.push(text);
    this.textUsed += text.length;
    this.layouts.push(layout);
    this.layoutUsed += layout.length;
    this.passageRuns.push(passages);
    this.passagesUsed += passages.length;
    const { uri, key, fileName, title, metadata, hash, pages } = header;
    this.items.push({
      source: {
        uri, key, fileName, title, metadata, hash, ...(pages ? { pages } : {}),
        textStart, textEnd: this.textUsed, textLength, layoutStart, layoutEnd: this.layoutUsed, passagesStart, passagesEnd: this.passagesUsed,
      },
    });
  }

  /** The batch (its own buffers, so they can be transferred and kept); the builder starts over. */
  build(session: number, termsFrom: number, terms: readonly string[], final = false, reserve?: number): PreparedBatch {
    const batch: PreparedBatch = {
      session,
      termsFrom,
      terms,
      text: joined(new Uint8Array(this.textUsed), this.texts),
      layout: joined(new Int32Array(this.layoutUsed), this.layouts),
      passages: joined(new Int32Array(this.passagesUsed), this.passageRuns),
      items: this.items,
      ...(final ? { final } : {}),
      ...(reserve ? { reserve } : {}),
    };
    this.textUsed = this.layoutUsed = this.passagesUsed = 0;
    this.texts = [];
    this.layouts = [];
    this.passageRuns = [];
    this.items = [];
    return batch;
  }
}

function joined<T extends Uint8Array | Int32Array>(out: T, parts: readonly T[]): T {
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const utf8 = new TextDecoder();
/** Texts of compact sources kept decoded, per corpus (see DecodedTexts). */
const DECODED_MAX = 4096;

/** The decoded texts of one corpus's most recently read compact sources: a source's text is decoded on first use. */
export class DecodedTexts {
  private readonly decoded = new Map<CompactSource, string>();

  known(source: CompactSource): string | undefined {
    return this.decoded.get(source);
  }

  keep(source: CompactSource, text: string): string {
    if (this.decoded.size >= DECODED_MAX) this.decoded.delete(this.decoded.keys().next().value!);
    this.decoded.set(source, text);
    return text;
  }

  /** Forgets a source's decoded text (when it leaves the index). */
  forget(source: Source): void {
    if (source instanceof CompactSource) this.decoded.delete(source);
  }
}

/**
 * An indexed source whose text and paragraphs stay in its batch's buffers (UTF-8 and ints) until
 * read. The text of the last few thousand sources read is kept decoded; paragraphs, once read, are
 * kept, and the same Paragraph objects are returned every time (callers key caches on them).
 */
export class CompactSource implements Source {
  private materialised: readonly Paragraph[] | undefined;
  readonly pages?: readonly string[];

  constructor(
    readonly uri: string,
    readonly key: string,
    readonly fileName: string,
    readonly title: string,
    readonly metadata: SourceMetadata,
    readonly hash: string,
    private readonly bytes: Uint8Array,
    private readonly textStart: number,
    private readonly textEnd: number,
    readonly textLength: number,
    private readonly ints: Int32Array,
    private readonly layoutStart: number,
    private readonly layoutEnd: number,
    private readonly texts: DecodedTexts,
    pages?: readonly string[],
  ) {
    if (pages) this.pages = pages;
  }

  static from(p: PreparedSource, batch: PreparedBatch, texts: DecodedTexts, key = p.key): CompactSource {
    return new CompactSource(p.uri, key, p.fileName, p.title, p.metadata, p.hash, batch.text, p.textStart, p.textEnd, p.textLength, batch.layout, p.layoutStart, p.layoutEnd, texts, p.pages);
  }

  get text(): string {
    return this.texts.known(this) ?? this.texts.keep(this, utf8.decode(this.bytes.subarray(this.textStart, this.textEnd)));
  }

  get paragraphs(): readonly Paragraph[] {
    this.materialised ??= decodeParagraphs(this.ints, this.layoutStart, this.layoutEnd);
    return this.materialised;
  }

  toJSON(): Source {
    return { uri: this.uri, key: this.key, fileName: this.fileName, metadata: this.metadata, title: this.title, text: this.text, paragraphs: this.paragraphs, hash: this.hash, ...(this.pages ? { pages: this.pages } : {}) };
  }
}
