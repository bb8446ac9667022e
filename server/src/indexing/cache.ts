/**
 * The on-disk index cache: one file per workspace (per shard, see shardCacheFile) holding every source
 * as the indexer prepared it (text, paragraph layout, passages with term ids) plus the vocabulary those
 * ids number, so reopening a workspace re-reads only the files whose size, mtime or content changed.
 *
 * Layout (little-endian):
 *   "SRCIDX\0\0" · u32 n · header JSON {format, fingerprint, endian}, padded so records start 4-aligned
 *   record* — (u32 n · UTF-8 text) · (u32 ints · pad to 4 · layout) · (u32 ints · pad · passages) · pad
 *             (layout and passages as in core/search/prepared.ts; term ids number the vocabulary)
 *   u32 n · table JSON — the vocabulary (string[]) and, per record, one entry in each column of the
 *             record table: what identifies the file (path, size, mtimeMs, hash), where its record is
 *             (offset, length) and what it is (uri, fileName, key, title, metadata, pages, textLength,
 *             or the problem that makes it no source). See TableColumns.
 *   f64 table offset · u32 record count · u32 0 · u32 CRC-32 of everything before it · "SRCEND\0\0"
 *
 * The table is one JSON text with a column per field, not a JSON head per record: opening a cache of
 * 50,000 records is one parse, not 50,000.
 *
 * Nothing in it is trusted unless the whole file checks out: a wrong magic, checksum, format or
 * fingerprint (another build of the indexer) discards the cache and the caller rebuilds it. Writes go
 * to a temporary file renamed over the old one, so a crash leaves the old cache or the new, never half.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { crc32 } from 'node:zlib';
import { titleOnly, type SourceMetadata } from '../core/loading';

/** Bump when the layout or the meaning of any field changes. */
export const CACHE_FORMAT = 4;
const MAGIC = Buffer.from('SRCIDX\0\0', 'latin1');
const END = Buffer.from('SRCEND\0\0', 'latin1');
const FOOTER = 8 + 4 + 4 + 4 + 8;

/** What identifies a file's state: a record is reused when these match the file on disk. */
export interface CacheHead {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
  /** Hash of the file's bytes (the core's hashBytes): a touched but unchanged file is still reused. */
  readonly hash: string;
}

/** A source as indexed, or the reason a file is not one (binary, empty, not UTF-8 …). */
export interface CacheBody {
  readonly uri: string;
  readonly fileName: string;
  readonly key?: string;
  readonly title?: string;
  readonly metadata?: SourceMetadata;
  readonly pages?: readonly string[];
  /** UTF-16 length of the text. */
  readonly textLength?: number;
  readonly problem?: string;
}

/** A record's parts, as views into the cache's buffer (copy what you keep). */
export interface DecodedRecord {
  readonly body: CacheBody;
  /** UTF-8. */
  readonly text: Uint8Array;
  readonly layout: Int32Array;
  readonly passages: Int32Array;
}

/**
 * The record table, a column per field, entry i for record i. `meta` is 0 for no metadata, 1 for
 * metadata that is only the title (nearly every plain-text source), else the metadata itself.
 */
interface TableColumns {
  path: string[];
  size: number[];
  mtimeMs: number[];
  hash: string[];
  offset: number[];
  length: number[];
  uri: string[];
  fileName: string[];
  key: Array<string | null>;
  title: Array<string | null>;
  textLength: Array<number | null>;
  meta: Array<0 | 1 | SourceMetadata>;
  pages: Array<readonly string[] | null>;
  problem: Array<string | null>;
}

const COLUMNS: ReadonlyArray<keyof TableColumns> = ['path', 'size', 'mtimeMs', 'hash', 'offset', 'length', 'uri', 'fileName', 'key', 'title', 'textLength', 'meta', 'pages', 'problem'];

function emptyColumns(): TableColumns {
  return Object.fromEntries(COLUMNS.map((c) => [c, []])) as unknown as TableColumns;
}

export type CacheOpenResult =
  | { readonly status: 'ok'; readonly reader: CacheReader }
  | { readonly status: 'missing' }
  | { readonly status: 'discarded'; readonly reason: string };

const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Throws unless every entry of the table has the type its column promises. */
function checkColumns(t: TableColumns, count: number, recordsFrom: number, recordsTo: number): void {
  for (const c of COLUMNS) if (!Array.isArray(t[c]) || t[c].length !== count) throw new Error(`bad record table (${c})`);
  for (let i = 0; i < count; i++) {
    const offset = t.offset[i];
    const length = t.length[i];
    if (!Number.isInteger(offset) || !Number.isInteger(length) || offset % 4 !== 0 || length < 12 || offset < recordsFrom || offset + length > recordsTo) throw new Error('record outside the records');
    const meta = t.meta[i];
    const pages = t.pages[i];
    if (
      !isString(t.path[i]) || !isNumber(t.size[i]) || !isNumber(t.mtimeMs[i]) || !isString(t.hash[i]) || !isString(t.uri[i]) || !isString(t.fileName[i]) ||
      (t.key[i] !== null && !isString(t.key[i])) || (t.title[i] !== null && !isString(t.title[i])) || (t.textLength[i] !== null && !isNumber(t.textLength[i])) ||
      (t.problem[i] !== null && !isString(t.problem[i])) || (meta !== 0 && meta !== 1 && (typeof meta !== 'object' || meta === null || Array.isArray(meta))) ||
      (pages !== null && (!Array.isArray(pages) || !pages.every(isString)))
    ) {
      throw new Error('bad record table entry');
    }
  }
}

export class CacheReader {
  private constructor(
    private readonly buf: Buffer,
    readonly vocabulary: string[],
    private readonly table: TableColumns,
    private readonly byPath: Map<string, number>,
    /** About how many postings the records hold (for the index to make room at once). */
    readonly postings: number,
  ) {}

  get size(): number {
    return this.byPath.size;
  }

  /** Opens and verifies a cache file. Never throws: a bad file comes back as `discarded`. */
  static open(file: string, fingerprint: string): CacheOpenResult {
    let buf: Buffer;
    try {
      buf = fs.readFileSync(file);
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'ENOENT' ? { status: 'missing' } : { status: 'discarded', reason: `unreadable (${(e as NodeJS.ErrnoException).code})` };
    }
    try {
      if (buf.length < MAGIC.length + 4 + FOOTER || !buf.subarray(0, MAGIC.length).equals(MAGIC) || !buf.subarray(buf.length - END.length).equals(END)) {
        return { status: 'discarded', reason: 'not a Sourced index cache (bad magic)' };
      }
      let at = MAGIC.length;
      const headerLen = buf.readUInt32LE(at);
      const header = JSON.parse(buf.toString('utf8', at + 4, at + 4 + headerLen)) as { format?: unknown; fingerprint?: unknown; endian?: unknown };
      at += 4 + headerLen;
      if (header.format !== CACHE_FORMAT) return { status: 'discarded', reason: `format ${String(header.format)}, this build reads ${CACHE_FORMAT}` };
      if (header.fingerprint !== fingerprint) return { status: 'discarded', reason: 'written by another version of the indexer' };
      if (header.endian !== os.endianness()) return { status: 'discarded', reason: 'written on a machine of other endianness' };
      // Version first (an old cache is "another version", not "corrupt"), then the whole file's checksum.
      const sumAt = buf.length - END.length - 4;
      if (crc32(buf.subarray(0, sumAt)) !== buf.readUInt32LE(sumAt)) return { status: 'discarded', reason: 'checksum mismatch (truncated or corrupt)' };
      const footerAt = buf.length - FOOTER;
      const tableAt = buf.readDoubleLE(footerAt);
      const count = buf.readUInt32LE(footerAt + 8);
      if (!Number.isInteger(tableAt) || tableAt < at || tableAt + 4 > footerAt) throw new Error('bad table offset');
      const tableLen = buf.readUInt32LE(tableAt);
      if (tableAt + 4 + tableLen > footerAt) throw new Error('bad table length');
      const parsed = JSON.parse(buf.toString('utf8', tableAt + 4, tableAt + 4 + tableLen)) as { vocabulary?: unknown; postings?: unknown; records?: unknown };
      const vocabulary = parsed.vocabulary;
      if (!Array.isArray(vocabulary) || !vocabulary.every(isString)) throw new Error('bad vocabulary');
      if (typeof parsed.records !== 'object' || parsed.records === null) throw new Error('no record table');
      const table = parsed.records as TableColumns;
      checkColumns(table, count, at, tableAt);
      const byPath = new Map<string, number>();
      for (let i = 0; i < count; i++) byPath.set(table.path[i], i);
      if (byPath.size !== count) throw new Error(`expected ${count} records, found ${byPath.size}`);
      return { status: 'ok', reader: new CacheReader(buf, vocabulary as string[], table, byPath, isNumber(parsed.postings) ? parsed.postings : 0) };
    } catch (e) {
      return { status: 'discarded', reason: `corrupt (${e instanceof Error ? e.message : String(e)})` };
    }
  }

  /** The record of the file at `absPath` (its number in this cache), or -1. */
  lookup(absPath: string): number {
    return this.byPath.get(absPath) ?? -1;
  }

  head(i: number): CacheHead {
    const t = this.table;
    return { path: t.path[i], size: t.size[i], mtimeMs: t.mtimeMs[i], hash: t.hash[i] };
  }

  hash(i: number): string {
    return this.table.hash[i];
  }

  /** Whether record i was written for a file of this size and mtime. */
  matches(i: number, size: number, mtimeMs: number): boolean {
    return this.table.size[i] === size && this.table.mtimeMs[i] === mtimeMs;
  }

  body(i: number): CacheBody {
    const t = this.table;
    const problem = t.problem[i];
    if (problem !== null) return { uri: t.uri[i], fileName: t.fileName[i], problem };
    const title = t.title[i] ?? undefined;
    const meta = t.meta[i];
    const metadata = meta === 0 ? undefined : meta === 1 ? { title } : meta;
    const pages = t.pages[i] ?? undefined;
    return { uri: t.uri[i], fileName: t.fileName[i], key: t.key[i] ?? undefined, title, metadata, ...(pages ? { pages } : {}), textLength: t.textLength[i] ?? undefined };
  }

  /** Record i's bytes, to copy into a new cache unchanged. */
  raw(i: number): Buffer {
    return this.buf.subarray(this.table.offset[i], this.table.offset[i] + this.table.length[i]);
  }

  decode(i: number): DecodedRecord {
    return { body: this.body(i), ...this.parts(i) };
  }

  /** How many ints record i's passages hold. */
  passageInts(i: number): number {
    return this.parts(i).passages.length;
  }

  private parts(i: number): { text: Uint8Array; layout: Int32Array; passages: Int32Array } {
    const b = this.buf;
    const end = this.table.offset[i] + this.table.length[i];
    let at = this.table.offset[i];
    const textLen = b.readUInt32LE(at);
    if (at + 4 + textLen > end) throw new Error('record overruns itself');
    const text = b.subarray(at + 4, at + 4 + textLen);
    at += 4 + textLen;
    const ints = (): Int32Array => {
      if (at + 4 > end) throw new Error('record overruns itself');
      const n = b.readUInt32LE(at);
      at = align4(at + 4);
      const start = b.byteOffset + at;
      at += 4 * n;
      if (at > end) throw new Error('record overruns itself');
      // Aligned in the file; a copy only if the buffer itself is not.
      return start % 4 === 0 ? new Int32Array(b.buffer, start, n) : new Int32Array(b.buffer.slice(start, start + 4 * n));
    };
    const layout = ints();
    const passages = ints();
    return { text, layout, passages };
  }
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

/** Streams a new cache to a temporary file; `finish` renames it into place. */
export class CacheWriter {
  private readonly fd: number;
  private readonly tmp: string;
  private crc = 0;
  private chunks: Buffer[] = [];
  private chunkBytes = 0;
  private written = 0;
  private closed = false;
  private readonly table = emptyColumns();
  private passageInts = 0;

  constructor(
    private readonly file: string,
    fingerprint: string,
  ) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    this.fd = fs.openSync(this.tmp, 'w');
    let json = JSON.stringify({ format: CACHE_FORMAT, fingerprint, endian: os.endianness() });
    json += ' '.repeat(align4(json.length) - json.length); // records start 4-aligned (MAGIC + u32 are 12 bytes)
    const header = Buffer.from(json);
    this.push(MAGIC);
    this.push(u32(header.length));
    this.push(header);
  }

  get records(): number {
    return this.table.path.length;
  }

  /** Copies record i of an old cache (records start and end 4-aligned, so its ints stay aligned). */
  writeRaw(from: CacheReader, i: number): void {
    const offset = this.position;
    const bytes = from.raw(i);
    this.push(bytes);
    this.passageInts += from.passageInts(i);
    this.add(from.head(i), from.body(i), offset, bytes.length);
  }

  /** Writes a record; `text` is UTF-8. */
  writeRecord(head: CacheHead, body: CacheBody, text: Uint8Array, layout: Int32Array, passages: Int32Array): void {
    const start = this.position;
    let at = start + 4 + text.length;
    const layoutPad = align4(at + 4) - (at + 4);
    at += 4 + layoutPad + layout.byteLength;
    const passagesPad = align4(at + 4) - (at + 4);
    at += 4 + passagesPad + passages.byteLength;
    const endPad = align4(at) - at; // records start and end 4-aligned
    at += endPad;
    this.push(u32(text.length));
    this.push(Buffer.from(text.buffer, text.byteOffset, text.byteLength));
    this.push(u32(layout.length));
    if (layoutPad) this.push(Buffer.alloc(layoutPad));
    this.push(Buffer.from(layout.buffer, layout.byteOffset, layout.byteLength));
    this.push(u32(passages.length));
    if (passagesPad) this.push(Buffer.alloc(passagesPad));
    this.push(Buffer.from(passages.buffer, passages.byteOffset, passages.byteLength));
    if (endPad) this.push(Buffer.alloc(endPad));
    this.passageInts += passages.length;
    this.add(head, body, start, at - start);
  }

  private add(head: CacheHead, body: CacheBody, offset: number, length: number): void {
    const t = this.table;
    t.path.push(head.path);
    t.size.push(head.size);
    t.mtimeMs.push(head.mtimeMs);
    t.hash.push(head.hash);
    t.offset.push(offset);
    t.length.push(length);
    t.uri.push(body.uri);
    t.fileName.push(body.fileName);
    t.key.push(body.key ?? null);
    t.title.push(body.title ?? null);
    t.textLength.push(body.textLength ?? null);
    t.meta.push(metaEntry(body.metadata, body.title));
    t.pages.push(body.pages ?? null);
    t.problem.push(body.problem ?? null);
  }

  /** Bytes written so far (the offset of what comes next). */
  private get position(): number {
    return this.written + this.chunkBytes;
  }

  /** Writes the vocabulary, the record table and the footer, then atomically replaces the old cache. */
  finish(vocabulary: readonly string[]): void {
    const tableAt = this.position;
    const v = Buffer.from(JSON.stringify({ vocabulary, postings: Math.ceil(this.passageInts / 2), records: this.table }));
    this.push(u32(v.length));
    this.push(v);
    const tail = Buffer.alloc(16);
    tail.writeDoubleLE(tableAt, 0);
    tail.writeUInt32LE(this.records, 8);
    this.push(tail);
    this.flush();
    fs.writeSync(this.fd, Buffer.concat([u32(this.crc), END]));
    fs.fsyncSync(this.fd);
    fs.closeSync(this.fd);
    this.closed = true;
    fs.renameSync(this.tmp, this.file);
  }

  /** Gives up: the old cache stays as it was. */
  abort(): void {
    if (!this.closed) {
      this.closed = true;
      try {
        fs.closeSync(this.fd);
      } catch {
        /* already closed */
      }
    }
    fs.rmSync(this.tmp, { force: true });
  }

  private push(b: Buffer): void {
    this.chunks.push(b);
    this.chunkBytes += b.length;
    if (this.chunkBytes >= 1 << 20) this.flush();
  }

  private flush(): void {
    if (this.chunks.length === 0) return;
    const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.chunkBytes);
    this.crc = crc32(all, this.crc);
    let off = 0;
    while (off < all.length) off += fs.writeSync(this.fd, all, off);
    this.written += all.length;
    this.chunks = [];
    this.chunkBytes = 0;
  }
}

/** The table's `meta` entry for a body's metadata (see TableColumns). */
function metaEntry(metadata: SourceMetadata | undefined, title: string | undefined): 0 | 1 | SourceMetadata {
  if (!metadata) return 0;
  const only = titleOnly(metadata, title);
  return only === undefined ? metadata : only ? 1 : 0;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}
