/**
 * BM25 scoring over the postings pool: a query word's walk over its postings adds its scores a range
 * of passage ids at a time (see Bm25Index.search), and the best few are taken with a small heap.
 */
import { NONE } from './pool';

export const K1 = 1.2;
export const B = 0.75;

export interface Hit {
  readonly id: number;
  readonly score: number;
}

/** BM25's length factor K1·(1 − B + B·length/avg) (kept as float32 per passage; see Bm25Index.search). */
export function lengthNorm(length: number, avg: number): number {
  return K1 * (1 - B + (B * length) / avg);
}

/** A query word's walk over its postings: where it stands (block, position, end of block). */
export interface Walk {
  readonly t: number;
  readonly pool: Int32Array;
  readonly poolTf: Uint8Array;
  readonly idfK: number;
  b: number;
  i: number;
  end: number;
}

/**
 * Adds one word's scores for its postings with ids below `hi` (its walk moves on); returns the new
 * count of touched ids. Deliberately a copy of the loading variant below with one line changed: each
 * copy keeps one shape of type feedback, so neither runs unoptimised after the other.
 */
export function addRange(w: Walk, hi: number, dead: Uint8Array, acc: Float32Array, touched: Int32Array, nTouched: number, norms: Float32Array, tail: Int32Array, fill: Int32Array): number {
  const { pool, poolTf, idfK } = w;
  let { b, i, end } = w;
  for (;;) {
    for (; i < end; i++) {
      const id = pool[i];
      if (id >= hi) break;
      if (dead[id]) continue;
      const tf = poolTf[i];
      if (acc[id] === 0) touched[nTouched++] = id;
      acc[id] += (idfK * tf) / (tf + norms[id]);
    }
    if (i < end) break;
    b = pool[b];
    if (b === NONE) break;
    i = b + 2;
    end = i + (b === tail[w.t] ? fill[w.t] : pool[b + 1]);
  }
  w.b = b;
  w.i = i;
  w.end = end;
  return nTouched;
}

/** addRange while a load arrives: each norm worked out as it is needed (the same float32 value). */
export function addRangeLoading(w: Walk, hi: number, dead: Uint8Array, acc: Float32Array, touched: Int32Array, nTouched: number, lengths: Int32Array, avg: number, tail: Int32Array, fill: Int32Array): number {
  const { pool, poolTf, idfK } = w;
  let { b, i, end } = w;
  for (;;) {
    for (; i < end; i++) {
      const id = pool[i];
      if (id >= hi) break;
      if (dead[id]) continue;
      const tf = poolTf[i];
      if (acc[id] === 0) touched[nTouched++] = id;
      acc[id] += (idfK * tf) / (tf + Math.fround(lengthNorm(lengths[id], avg)));
    }
    if (i < end) break;
    b = pool[b];
    if (b === NONE) break;
    i = b + 2;
    end = i + (b === tail[w.t] ? fill[w.t] : pool[b + 1]);
  }
  w.b = b;
  w.i = i;
  w.end = end;
  return nTouched;
}

/**
 * The top `limit` of the touched ids by score (ties: lower id first), with a small min-heap so a common
 * word touching tens of thousands of passages costs no sort of them all; clears their scores.
 */
export function topHits(touched: Int32Array, nTouched: number, acc: Float32Array, limit: number, accept?: (id: number) => boolean): Hit[] {
  const heapIds: number[] = [];
  const heapScores: number[] = [];
  const worse = (i: number, j: number) => heapScores[i] < heapScores[j] || (heapScores[i] === heapScores[j] && heapIds[i] > heapIds[j]);
  const swap = (i: number, j: number) => {
    [heapIds[i], heapIds[j]] = [heapIds[j], heapIds[i]];
    [heapScores[i], heapScores[j]] = [heapScores[j], heapScores[i]];
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heapIds.length && worse(l, m)) m = l;
      if (r < heapIds.length && worse(r, m)) m = r;
      if (m === i) return;
      swap(i, m);
      i = m;
    }
  };
  for (let k = 0; k < nTouched; k++) {
    const id = touched[k];
    const score = acc[id];
    acc[id] = 0;
    if (heapIds.length === limit && (score < heapScores[0] || (score === heapScores[0] && id > heapIds[0]))) continue;
    if (accept && !accept(id)) continue;
    if (heapIds.length < limit) {
      heapIds.push(id);
      heapScores.push(score);
      for (let i = heapIds.length - 1; i > 0; ) {
        const p = (i - 1) >> 1;
        if (!worse(i, p)) break;
        swap(i, p);
        i = p;
      }
    } else {
      heapIds[0] = id;
      heapScores[0] = score;
      down(0);
    }
  }
  const hits: Hit[] = heapIds.map((id, i) => ({ id, score: heapScores[i] }));
  hits.sort((a, b) => b.score - a.score || a.id - b.id);
  return hits;
}
