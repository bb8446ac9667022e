/**
 * How close two words are in meaning, from word vectors shipped with the extension
 * (wordVectors.data.ts: GloVe-derived vectors for the 20,000 most common word stems, one byte per
 * dimension). Lets "fled" count, in part, as "defected", and "polls" as "polling". Loaded on first use.
 */
import { lazy } from '../lazy';

/** Dimensions of a word vector (wordVectors.data.ts says the same; a table of another size is refused). */
const DIMENSIONS = 100;

/** The table as shipped: the stems, most frequent first, and one signed byte per dimension per stem. */
export interface WordVectorData {
  readonly dimensions: number;
  /** Separated by single spaces. */
  readonly stems: string;
  readonly bytes: Int8Array;
}

interface Table {
  readonly stems: readonly string[];
  readonly row: Map<string, number>;
  /** The bytes as shipped, one row after another. */
  readonly bytes: Int8Array;
  /** Unit vectors, one after another in row order: a row is filled in the first time it is used (unit). */
  readonly vectors: Float32Array;
  /** Which rows of `vectors` are filled in. */
  readonly filled: Uint8Array;
}

/** Where the table comes from: the generated module unless a host hands the same data over. */
let dataSource: () => WordVectorData = fromModule;

/**
 * Has the table read from what `read` gives (a host reads it from a file beside its bundle, in a
 * fraction of the time the module takes to load and decode); when that gives nothing, the module.
 * Constant data: the table is the same whichever way it comes (see docs/performance.md).
 */
export function useWordVectorData(read: () => WordVectorData | undefined): void {
  dataSource = () => read() ?? fromModule();
}

/** The generated module, loaded only now: a bundle keeps it apart (esbuild.mjs), so a host that reads the file never parses it. */
function fromModule(): WordVectorData {
  const m = require('./wordVectors.data') as typeof import('./wordVectors.data');
  const raw = atob(m.VECTORS);
  const bytes = new Int8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return { dimensions: m.DIMENSIONS, stems: m.STEMS, bytes };
}

/** The table, unpacked on first use (see lazy.ts: constant data, shared by every service). */
const load = lazy((): Table => {
  const data = dataSource();
  if (data.dimensions !== DIMENSIONS) throw new Error(`word vectors of ${data.dimensions} dimensions, not ${DIMENSIONS}`);
  const stems = data.stems.split(' ');
  const row = new Map<string, number>();
  stems.forEach((s, i) => row.set(s, i));
  // A check uses a few hundred of the 20,000 rows: making every one a unit vector up front took tens of
  // milliseconds of the first check.
  return { stems, row, bytes: data.bytes, vectors: new Float32Array(stems.length * DIMENSIONS), filled: new Uint8Array(stems.length) };
});

/** The table with row `r` a unit vector in `vectors`. */
function unit(t: Table, r: number): Table {
  if (t.filled[r]) return t;
  const { bytes, vectors } = t;
  let n = 0;
  for (let d = r * DIMENSIONS, e = d + DIMENSIONS; d < e; d++) {
    vectors[d] = bytes[d];
    n += vectors[d] * vectors[d];
  }
  n = Math.sqrt(n) || 1;
  for (let d = r * DIMENSIONS, e = d + DIMENSIONS; d < e; d++) vectors[d] /= n;
  t.filled[r] = 1;
  return t;
}

/** Reads the word table now (a few milliseconds) rather than during the first request. */
export function prepareWordVectors(): void {
  load();
}

/** The table row of a stemmed term, or -1 when the term is not among the common words. */
export function vectorRow(term: string): number {
  return load().row.get(term) ?? -1;
}

/** Cosine similarity of two table rows (−1…1); 0 when either is missing. */
export function rowSimilarity(a: number, b: number): number {
  if (a < 0 || b < 0) return 0;
  if (a === b) return 1;
  const v = unit(unit(load(), a), b).vectors;
  let dot = 0;
  // Four products per turn of the loop, still added one at a time in dimension order, so the sum is
  // the same to the last bit; the loop itself costs less. The tail loop takes what is left over.
  let i = a * DIMENSIONS;
  let j = b * DIMENSIONS;
  const e = i + DIMENSIONS;
  for (const e4 = e - (DIMENSIONS % 4); i < e4; i += 4, j += 4) {
    dot += v[i] * v[j];
    dot += v[i + 1] * v[j + 1];
    dot += v[i + 2] * v[j + 2];
    dot += v[i + 3] * v[j + 3];
  }
  for (; i < e; i++, j++) dot += v[i] * v[j];
  return dot;
}

/**
 * rowSimilarity of row `b` with each of `count` rows of the table (`rows[k]` into `out[k]`), the
 * same to the bit. Four rows are taken side by side: each sum still runs in dimension order, but
 * four independent sums keep the processor busy where a single one waits on every addition.
 */
export function rowSimilarities(b: number, rows: ArrayLike<number>, count: number, out: Float64Array): void {
  const t = unit(load(), b);
  for (let k = 0; k < count; k++) unit(t, rows[k]);
  const v = t.vectors;
  const j = b * DIMENSIONS;
  let k = 0;
  for (; k + 4 <= count; k += 4) {
    const a0 = rows[k] * DIMENSIONS;
    const a1 = rows[k + 1] * DIMENSIONS;
    const a2 = rows[k + 2] * DIMENSIONS;
    const a3 = rows[k + 3] * DIMENSIONS;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let d = 0; d < DIMENSIONS; d++) {
      const x = v[j + d];
      s0 += v[a0 + d] * x;
      s1 += v[a1 + d] * x;
      s2 += v[a2 + d] * x;
      s3 += v[a3 + d] * x;
    }
    // A row is exactly as similar to itself as rowSimilarity says: 1, whatever the rounding.
    out[k] = rows[k] === b ? 1 : s0;
    out[k + 1] = rows[k + 1] === b ? 1 : s1;
    out[k + 2] = rows[k + 2] === b ? 1 : s2;
    out[k + 3] = rows[k + 3] === b ? 1 : s3;
  }
  for (; k < count; k++) out[k] = rowSimilarity(rows[k], b);
}

/** How common a stem is in general English: 0 (not among the common words) to 1 (the most common). */
export function commonness(term: string): number {
  const r = vectorRow(term);
  return r < 0 ? 0 : 1 - Math.log(1 + r) / Math.log(1 + load().row.size);
}

/** The stem a table row stands for. */
export function rowTerm(row: number): string {
  return load().stems[row];
}
