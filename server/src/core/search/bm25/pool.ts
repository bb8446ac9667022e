/**
 * The postings of every term in one shared pool of typed arrays: per term a chain of blocks whose
 * capacities double (1, 2, 4 … 4096), so a term seen once costs three ints, not a pair of typed arrays
 * of its own. A block at offset b is [next block offset, capacity, entry × capacity]; the entries'
 * term frequencies run parallel in `poolTf`.
 */
import { grownInt32 } from '../arrays';

export const NONE = -1;
const MAX_BLOCK = 4096;

/**
 * A postings pool of `n` entries: the ids and their term frequencies in one buffer. One large
 * allocation is mapped fresh by the system (zero pages, paid for as they are written); two, the
 * smaller one under the allocator's threshold, would be cleared up front, a pause of its own.
 */
export function poolArrays(n: number): [Int32Array, Uint8Array] {
  const buffer = new ArrayBuffer(n * 5);
  return [new Int32Array(buffer, 0, n), new Uint8Array(buffer, n * 4, n)];
}

export class PostingPool {
  // Per term (indexed by term id): first and last block, entries used in the last block, its capacity,
  // live document frequency.
  head: Int32Array = new Int32Array(1024).fill(NONE);
  tail: Int32Array = new Int32Array(1024);
  fill: Int32Array = new Int32Array(1024);
  cap: Int32Array = new Int32Array(1024);
  df: Int32Array = new Int32Array(1024);
  pool: Int32Array = new Int32Array(1 << 16);
  poolTf: Uint8Array = new Uint8Array(1 << 16);
  /** Pool entries in use. */
  used = 0;
  /** Postings held, live or not. */
  postings = 0;
  /** Postings added since the pool was last compacted (see Compaction). */
  addedSinceCompact = 0;
  /** Postings of removed passages still in the pool. */
  deadPostings = 0;

  /** Room for term ids below `n`. */
  growTerms(n: number): void {
    if (n <= this.head.length) return;
    this.head = grownInt32(this.head, n, NONE);
    this.tail = grownInt32(this.tail, n);
    this.fill = grownInt32(this.fill, n);
    this.cap = grownInt32(this.cap, n);
    this.df = grownInt32(this.df, n);
  }

  /** Appends passage `id` with frequency `tf` to term `t`'s postings. */
  push(t: number, id: number, tf: number): void {
    if (this.head[t] === NONE || this.fill[t] === this.cap[t]) this.newBlock(t, this.head[t] === NONE ? 1 : Math.min(this.cap[t] * 2, MAX_BLOCK));
    const at = this.tail[t] + 2 + this.fill[t]++;
    this.pool[at] = id;
    this.poolTf[at] = tf > 255 ? 255 : tf;
    this.df[t]++;
    this.postings++;
    this.addedSinceCompact++;
  }

  /**
   * Makes room for about `postings` more postings of `terms` terms at once. Chains of doubling blocks
   * leave their last block half empty: room for half as much again.
   */
  reserve(postings: number, terms: number): void {
    const need = this.used + Math.ceil(postings * 1.6) + 2 * terms;
    if (need > this.pool.length) {
      const [pool, tf] = poolArrays(need);
      pool.set(this.pool.subarray(0, this.used));
      tf.set(this.poolTf.subarray(0, this.used));
      this.pool = pool;
      this.poolTf = tf;
    }
  }

  /** Takes a compacted pool (see Compaction): `used` entries holding `postings` live postings. */
  adopt(pool: Int32Array, poolTf: Uint8Array, used: number, postings: number): void {
    this.pool = pool;
    this.poolTf = poolTf;
    this.used = used;
    this.postings = postings;
    this.deadPostings = 0;
    this.addedSinceCompact = 0;
  }

  /** Bytes held by the pool and the per-term arrays. */
  get byteSize(): number {
    return this.pool.byteLength + this.poolTf.byteLength + 5 * this.head.byteLength;
  }

  private newBlock(t: number, c: number): void {
    const b = this.alloc(c + 2);
    this.pool[b] = NONE;
    this.pool[b + 1] = c;
    if (this.head[t] === NONE) this.head[t] = b;
    else this.pool[this.tail[t]] = b;
    this.tail[t] = b;
    this.cap[t] = c;
    this.fill[t] = 0;
  }

  private alloc(n: number): number {
    const b = this.used;
    if (b + n > this.pool.length) {
      let size = Math.max(16, this.pool.length);
      while (size < b + n) size = Math.ceil(size * 1.5);
      const [pool, tf] = poolArrays(size);
      pool.set(this.pool.subarray(0, b));
      tf.set(this.poolTf.subarray(0, b));
      this.pool = pool;
      this.poolTf = tf;
    }
    this.used += n;
    return b;
  }
}
