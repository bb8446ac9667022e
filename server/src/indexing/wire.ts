/**
 * How a PreparedBatch crosses from an indexing worker to the main thread. Posted as it is, its items
 * would be cloned field by field — about twenty named values per source, each written and read back
 * with its name — which cost both threads more than anything else in a warm start. Packed, a batch is
 * its three buffers plus one Int32Array of numbers and string lengths and one string of all its
 * strings: the clone is a few copies, and unpacking slices the string.
 */
import { titleOnly, type PreparedBatch, type PreparedSource, type SourceMetadata, type SourceProblem } from '../core/loading';

/** A batch on the wire: everything but the items and the vocabulary slice as in PreparedBatch. */
export interface WireBatch extends Omit<PreparedBatch, 'items' | 'terms'> {
  /**
   * Per term, its length; then per item: a kind (see the constants below) and, for a source, its
   * seven offsets (textStart … passagesEnd), then the lengths of its strings (source: uri, key,
   * fileName, title, hash; problem: uri, fileName, reason).
   */
  readonly ints: Int32Array;
  readonly termCount: number;
  readonly itemCount: number;
  /** The terms', then the items' strings, back to back. */
  readonly strings: string;
  /** JSON of [item index, metadata, pages?] for the sources whose metadata is more than their title. */
  readonly extra?: string;
}

/** A source whose metadata is empty, or only its title. */
const SOURCE_BARE = 0;
const SOURCE_TITLED = 1;
/** A source whose metadata (or pages) travel in `extra`. */
const SOURCE_EXTRA = 2;
const PROBLEM = 3;

export function packBatch(batch: PreparedBatch): WireBatch {
  const { items, terms, ...rest } = batch;
  // At most 13 ints per item: a kind, seven offsets, five string lengths.
  const ints = new Int32Array(terms.length + 13 * items.length);
  let at = 0;
  const parts: string[] = [];
  const extra: Array<[number, SourceMetadata, (readonly string[])?]> = [];
  const str = (x: string) => {
    ints[at++] = x.length;
    parts.push(x);
  };
  for (const t of terms) str(t);
  items.forEach((item, i) => {
    if ('problem' in item) {
      ints[at++] = PROBLEM;
      str(item.problem.uri);
      str(item.problem.fileName);
      str(item.problem.reason);
      return;
    }
    const s = item.source;
    const titled = s.pages ? undefined : titleOnly(s.metadata, s.title);
    ints[at++] = titled === undefined ? SOURCE_EXTRA : titled ? SOURCE_TITLED : SOURCE_BARE;
    ints.set([s.textStart, s.textEnd, s.textLength, s.layoutStart, s.layoutEnd, s.passagesStart, s.passagesEnd], at);
    at += 7;
    str(s.uri);
    str(s.key);
    str(s.fileName);
    str(s.title);
    str(s.hash);
    if (titled === undefined) extra.push(s.pages ? [i, s.metadata, s.pages] : [i, s.metadata]);
  });
  return {
    ...rest,
    ints: ints.slice(0, at),
    termCount: terms.length,
    itemCount: items.length,
    strings: parts.join(''),
    ...(extra.length ? { extra: JSON.stringify(extra) } : {}),
  };
}

export function unpackBatch(wire: WireBatch): PreparedBatch {
  const { ints, termCount, itemCount, strings: all, extra, ...rest } = wire;
  let at = 0;
  let pos = 0;
  const next = (): string => {
    const len = ints[at++];
    const s = all.slice(pos, pos + len);
    pos += len;
    return s;
  };
  const terms: string[] = new Array(termCount);
  for (let i = 0; i < termCount; i++) terms[i] = next();
  const more = new Map<number, [SourceMetadata, (readonly string[])?]>();
  if (extra) for (const [i, metadata, pages] of JSON.parse(extra) as Array<[number, SourceMetadata, string[]?]>) more.set(i, [metadata, pages]);
  const items: Array<{ source: PreparedSource } | { problem: SourceProblem }> = new Array(itemCount);
  for (let i = 0; i < itemCount; i++) {
    const kind = ints[at++];
    if (kind === PROBLEM) {
      const uri = next();
      const fileName = next();
      items[i] = { problem: { uri, fileName, reason: next() } };
      continue;
    }
    const textStart = ints[at];
    const textEnd = ints[at + 1];
    const textLength = ints[at + 2];
    const layoutStart = ints[at + 3];
    const layoutEnd = ints[at + 4];
    const passagesStart = ints[at + 5];
    const passagesEnd = ints[at + 6];
    at += 7;
    const uri = next();
    const key = next();
    const fileName = next();
    const title = next();
    const hash = next();
    if (kind === SOURCE_EXTRA) {
      const [metadata, pages] = more.get(i) ?? [{}];
      items[i] = {
        source: pages
          ? { uri, key, fileName, title, metadata, hash, pages, textStart, textEnd, textLength, layoutStart, layoutEnd, passagesStart, passagesEnd }
          : { uri, key, fileName, title, metadata, hash, textStart, textEnd, textLength, layoutStart, layoutEnd, passagesStart, passagesEnd },
      };
    } else {
      const metadata = kind === SOURCE_TITLED ? { title } : {};
      items[i] = { source: { uri, key, fileName, title, metadata, hash, textStart, textEnd, textLength, layoutStart, layoutEnd, passagesStart, passagesEnd } };
    }
  }
  return { ...rest, terms, items };
}

/** The buffers a packed batch can hand over instead of copying. */
export function wireTransferables(wire: WireBatch): ArrayBuffer[] {
  return [wire.text.buffer as ArrayBuffer, wire.layout.buffer as ArrayBuffer, wire.passages.buffer as ArrayBuffer, wire.ints.buffer as ArrayBuffer];
}
