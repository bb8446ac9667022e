/**
 * The index snapshot: the BM25 index of a workspace saved whole next to its cache (`index-<id>.snap`
 * beside `index-<id>.bin`), so reopening a big workspace adopts the postings in one piece instead of
 * inserting millions of them again. The cache still holds every source; the snapshot only says which
 * passage ids each source's passages have, by URI and content hash, and a source whose bytes changed
 * is indexed the ordinary way.
 *
 * Layout (little-endian): "SRCSNAP\0" · u32 n · header JSON {format, fingerprint, endian, counts,
 * sections: {name: [offset, bytes]}} · sections, each 8-aligned · u32 CRC-32 of everything before it ·
 * "SNAPEND\0". Sections: terms, uris and hashes ("\n"-separated lines), firstPassage and
 * passageCount (Int32 per source), head and df (Int32 per term), pool (Int32), poolTf (Uint8),
 * lengths (Int32 per passage), dead (Uint8 per passage).
 *
 * As with the cache, nothing is trusted unless the whole file checks out (magic, format, fingerprint,
 * endianness, checksum); the core then checks that the parts fit together. Reading and writing run on
 * the main thread in slices of a few milliseconds, with the file I/O itself asynchronous.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { crc32 } from 'node:zlib';
import { linesOf, PackedLines, type CorpusSnapshot, type LineTable } from '../core/loading';
import { nextTurn } from './turns';

/** Bump when the layout or the meaning of a section changes. */
export const SNAPSHOT_FORMAT = 2;
const MAGIC = Buffer.from('SRCSNAP\0', 'latin1');
const END = Buffer.from('SNAPEND\0', 'latin1');
/** Bytes checksummed or copied between two yields. */
const SLICE_BYTES = 4 << 20;
/** Bytes of lines (terms, URIs, hashes) decoded between two yields. */
const LINE_SLICE_BYTES = 256 << 10;

const SECTIONS = ['terms', 'uris', 'hashes', 'firstPassage', 'passageCount', 'head', 'df', 'pool', 'poolTf', 'lengths', 'dead'] as const;
type SectionName = (typeof SECTIONS)[number];

const tick = nextTurn;

async function checksum(parts: readonly Uint8Array[]): Promise<number> {
  let crc = 0;
  for (const part of parts) {
    for (let at = 0; at < part.length; at += SLICE_BYTES) {
      crc = crc32(part.subarray(at, Math.min(part.length, at + SLICE_BYTES)), crc);
      await tick();
    }
  }
  return crc;
}

const bytesOf = (a: Int32Array | Uint8Array): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/**
 * Writes `snapshot` atomically (temporary file, then rename). `stillCurrent` is asked between slices
 * and before the rename: the arrays are views into the live index, so once it says false (the index
 * changed) the write is abandoned. Resolves true when the file was written.
 */
export async function writeSnapshot(file: string, fingerprint: string, snapshot: CorpusSnapshot, stillCurrent: () => boolean): Promise<boolean> {
  const data = await sectionData(snapshot);
  if (!data) return false;
  const parts = layout(data, fingerprint, snapshot.uris.length);
  if (!parts) return false;
  if (!stillCurrent()) return false;
  const crc = await checksum(parts);
  if (!stillCurrent()) return false;
  return writeParts(file, parts, crc, stillCurrent);
}

/** Each section's bytes; undefined when a line cannot be written (one holds a line break). */
async function sectionData(snapshot: CorpusSnapshot): Promise<Record<SectionName, Uint8Array> | undefined> {
  const ix = snapshot.index;
  let terms: Buffer;
  let uris: Buffer;
  let hashes: Buffer;
  try {
    terms = await joinedLines(linesOf(ix.terms));
    uris = await joinedLines(snapshot.uris);
    hashes = await joinedLines(snapshot.hashes);
  } catch {
    return undefined;
  }
  return {
    terms,
    uris,
    hashes,
    firstPassage: bytesOf(snapshot.firstPassage),
    passageCount: bytesOf(snapshot.passageCount),
    head: bytesOf(ix.head),
    df: bytesOf(ix.df),
    pool: bytesOf(ix.pool),
    poolTf: bytesOf(ix.poolTf),
    lengths: bytesOf(ix.lengths),
    dead: bytesOf(ix.dead),
  };
}

/** A table's lines joined by "\n", a slice at a time (100,000 URIs joined at once would be one long task). */
async function joinedLines(list: LineTable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (let i = 0; i < list.length; i += 10_000) {
    const part: string[] = [];
    for (let k = i; k < Math.min(list.length, i + 10_000); k++) part.push(list.line(k));
    // A line break inside a line would split it in two (none of these hold one).
    if (part.some((line) => line.includes('\n'))) throw new Error('a line break inside a line');
    parts.push(Buffer.from((i ? '\n' : '') + part.join('\n')));
    await tick();
  }
  return Buffer.concat(parts);
}

/**
 * The file's parts in order: the magic and header, then the sections, each 8-aligned. The header
 * holds the sections' offsets, which depend on its own length: it is padded to a fixed size
 * (undefined when it does not fit).
 */
function layout(data: Record<SectionName, Uint8Array>, fingerprint: string, sources: number): Uint8Array[] | undefined {
  const sections: Record<string, [number, number]> = {};
  const headerRoom = 1024;
  let at = MAGIC.length + 4 + headerRoom;
  const parts: Uint8Array[] = [];
  for (const name of SECTIONS) {
    sections[name] = [at, data[name].length];
    parts.push(data[name]);
    at += data[name].length;
    const pad = (8 - (at % 8)) % 8;
    if (pad) parts.push(Buffer.alloc(pad));
    at += pad;
  }
  const json = JSON.stringify({ format: SNAPSHOT_FORMAT, fingerprint, endian: os.endianness(), sources, sections });
  if (Buffer.byteLength(json) > headerRoom) return undefined;
  const header = Buffer.alloc(headerRoom, 0x20);
  header.write(json);
  parts.unshift(Buffer.concat([MAGIC, u32(headerRoom), header]));
  return parts;
}

/** Writes the parts and the checksum to a temporary file, then renames it over `file`; false if anything failed or changed. */
async function writeParts(file: string, parts: readonly Uint8Array[], crc: number, stillCurrent: () => boolean): Promise<boolean> {
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  let handle: fs.promises.FileHandle | undefined;
  try {
    handle = await fs.promises.open(tmp, 'w');
    for (const part of parts) {
      for (let off = 0; off < part.length; off += SLICE_BYTES) {
        if (!stillCurrent()) throw new Error('the index changed');
        const chunk = part.subarray(off, Math.min(part.length, off + SLICE_BYTES));
        let written = 0;
        while (written < chunk.length) written += (await handle.write(chunk, written)).bytesWritten;
      }
    }
    await handle.write(Buffer.concat([u32(crc), END]));
    await handle.close();
    handle = undefined;
    if (!stillCurrent()) throw new Error('the index changed');
    await fs.promises.rename(tmp, file);
    return true;
  } catch {
    await handle?.close().catch(() => undefined);
    await fs.promises.rm(tmp, { force: true });
    return false;
  }
}

export type SnapshotReadResult = { readonly status: 'ok'; readonly snapshot: CorpusSnapshot } | { readonly status: 'missing' } | { readonly status: 'discarded'; readonly reason: string };

/** Reads and verifies a snapshot. Never throws: a bad file comes back as `discarded`. */
export async function readSnapshot(file: string, fingerprint: string): Promise<SnapshotReadResult> {
  let buf: Buffer;
  try {
    buf = await readWhole(file);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? { status: 'missing' } : { status: 'discarded', reason: `unreadable (${(e as NodeJS.ErrnoException).code})` };
  }
  try {
    if (buf.length < MAGIC.length + 4 + 4 + END.length || !buf.subarray(0, MAGIC.length).equals(MAGIC) || !buf.subarray(buf.length - END.length).equals(END)) {
      return { status: 'discarded', reason: 'not a Sourced index snapshot (bad magic)' };
    }
    const headerLen = buf.readUInt32LE(MAGIC.length);
    const header = JSON.parse(buf.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + headerLen)) as { format?: unknown; fingerprint?: unknown; endian?: unknown; sections?: Record<string, [number, number]> };
    if (header.format !== SNAPSHOT_FORMAT) return { status: 'discarded', reason: `format ${String(header.format)}, this build reads ${SNAPSHOT_FORMAT}` };
    if (header.fingerprint !== fingerprint) return { status: 'discarded', reason: 'written by another version of the indexer' };
    if (header.endian !== os.endianness()) return { status: 'discarded', reason: 'written on a machine of other endianness' };
    const sumAt = buf.length - END.length - 4;
    if ((await checksum([buf.subarray(0, sumAt)])) !== buf.readUInt32LE(sumAt)) return { status: 'discarded', reason: 'checksum mismatch (truncated or corrupt)' };
    const section = (name: SectionName): Buffer => {
      const s = header.sections?.[name];
      if (!Array.isArray(s) || !Number.isInteger(s[0]) || !Number.isInteger(s[1]) || s[0] < 0 || s[1] < 0 || s[0] + s[1] > sumAt) throw new Error(`bad section ${name}`);
      return buf.subarray(s[0], s[0] + s[1]);
    };
    const ints = (name: SectionName): Int32Array => {
      const b = section(name);
      if (b.length % 4) throw new Error(`bad section ${name}`);
      // Sections are 8-aligned in the file; copy only if the buffer itself is not aligned.
      return b.byteOffset % 4 === 0 ? new Int32Array(b.buffer, b.byteOffset, b.length / 4) : new Int32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.length));
    };
    /** A section's lines, decoded a slice at a time, each cut after a line break (100,000 URIs at once would be one long task). */
    const lines = async (name: SectionName, expected: number): Promise<PackedLines> => {
      const b = section(name);
      const out = new PackedLines();
      for (let from = 0; b.length > 0 && from <= b.length; ) {
        let to = from + LINE_SLICE_BYTES >= b.length ? b.length : b.indexOf(10, from + LINE_SLICE_BYTES);
        if (to < 0) to = b.length;
        out.addChunk(b.toString('utf8', from, to));
        from = to + 1;
        await tick();
      }
      if (out.length !== expected) throw new Error(`${name}: ${out.length} lines for ${expected}`);
      return out;
    };
    const sources = Number((header as { sources?: unknown }).sources);
    // Terms become the index's own strings anyway; URIs and hashes stay packed.
    const termLines = await lines('terms', section('head').length / 4);
    const terms: string[] = [];
    for (let i = 0; i < termLines.length; i++) {
      terms.push(termLines.line(i));
      if (i % 20_000 === 19_999) await tick();
    }
    const uris = await lines('uris', sources);
    const hashes = await lines('hashes', sources);
    const snapshot: CorpusSnapshot = {
      index: { terms, head: ints('head'), df: ints('df'), pool: ints('pool'), poolTf: section('poolTf'), lengths: ints('lengths'), dead: section('dead') },
      uris,
      hashes,
      firstPassage: ints('firstPassage'),
      passageCount: ints('passageCount'),
    };
    return { status: 'ok', snapshot };
  } catch (e) {
    return { status: 'discarded', reason: `corrupt (${e instanceof Error ? e.message : String(e)})` };
  }
}

/**
 * The file's bytes in one read (readFile reads half a megabyte per turn of the event loop: tens of
 * turns for a big snapshot, each waiting behind whatever else runs).
 */
async function readWhole(file: string): Promise<Buffer> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const size = (await handle.stat()).size;
    const buf = Buffer.allocUnsafeSlow(size);
    let at = 0;
    while (at < size) {
      const { bytesRead } = await handle.read(buf, at, size - at, at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    return at === size ? buf : buf.subarray(0, at);
  } finally {
    await handle.close();
  }
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}
