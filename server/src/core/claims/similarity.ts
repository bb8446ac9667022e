/**
 * How close two words are in meaning, from word vectors shipped with the extension
 * (wordVectors.data.ts: GloVe-derived vectors for the 20,000 most common word stems, one byte per
 * dimension). Lets "fled" count, in part, as "defected", and "polls" as "polling". Loaded on first use.
 */
import { DIMENSIONS, STEMS, VECTORS } from './wordVectors.data';

interface Table {
  readonly row: Map<string, number>;
  readonly vectors: Int8Array;
  readonly norms: Float32Array;
}

let table: Table | undefined;

function load(): Table {
  if (table) return table;
  const stems = STEMS.split(' ');
  const raw = atob(VECTORS);
  const vectors = new Int8Array(raw.length);
  for (let i = 0; i < raw.length; i++) vectors[i] = raw.charCodeAt(i) << 24 >> 24;
  const norms = new Float32Array(stems.length);
  for (let r = 0; r < stems.length; r++) {
    let n = 0;
    for (let d = r * DIMENSIONS, e = d + DIMENSIONS; d < e; d++) n += vectors[d] * vectors[d];
    norms[r] = Math.sqrt(n) || 1;
  }
  const row = new Map<string, number>();
  stems.forEach((s, i) => row.set(s, i));
  table = { row, vectors, norms };
  return table;
}

/** The table row of a stemmed term, or -1 when the term is not among the common words. */
export function vectorRow(term: string): number {
  return load().row.get(term) ?? -1;
}

/** Cosine similarity of two table rows (−1…1); 0 when either is missing. */
export function rowSimilarity(a: number, b: number): number {
  if (a < 0 || b < 0) return 0;
  if (a === b) return 1;
  const t = load();
  const v = t.vectors;
  let dot = 0;
  for (let i = a * DIMENSIONS, j = b * DIMENSIONS, e = i + DIMENSIONS; i < e; i++, j++) dot += v[i] * v[j];
  return dot / (t.norms[a] * t.norms[b]);
}

/** How common a stem is in general English: 0 (not among the common words) to 1 (the most common). */
export function commonness(term: string): number {
  const r = vectorRow(term);
  return r < 0 ? 0 : 1 - Math.log(1 + r) / Math.log(1 + load().row.size);
}
