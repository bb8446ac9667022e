/**
 * An inverted index with BM25 ranking over short passages.
 *
 * Memory is the point of the layout: terms are interned to integer ids, and every posting (passage id +
 * term frequency) lives in one shared pool of typed arrays, as a chain of blocks per term whose
 * capacities double (1, 2, 4 … 4096). A term seen once costs three ints, not a pair of typed arrays of
 * its own. `optimize()` rewrites the pool with one exact block per term (hosts call it after a bulk
 * load). Removal marks passages dead and subtracts them from the document frequencies; the pool is
 * rewritten without them when dead postings pile up, so adding or removing one source never rebuilds
 * the rest, and passage ids never change.
 */

/** Query pruning of common words applies above this many passages, to words in more than this share of them. */
const COMMON_MIN_PASSAGES = 20_000;
const COMMON_SHARE = 0.05;
/**
 * While a bulk load is arriving and until it is tidied (see `loading`): the postings lie in many small
 * blocks and a search pays for a walk over them; a word in more than one passage in a hundred is left
 * out then.
 */
const COMMON_SHARE_LOADING = 0.01;
/**
 * A search adds up scores a range of passage ids at a time, every query word's postings in the range
 * before the next range: the score, length and liveness entries of a range (9 bytes per passage) then
 * stay in the processor's cache instead of being fetched from memory at random once per posting.
 * Postings lie in id order, so each word's walk just pauses at the end of a range.
 */
const SEARCH_RANGE = 1 << 15;
const K1 = 1.2;
const B = 0.75;
const MAX_BLOCK = 4096;
const NONE = -1;
/** Distinct words per passage, on the low side (news passages have about 15): see reserve. */
const POSTINGS_PER_PASSAGE = 15;

/**
 * A compact index as plain arrays, to save and load whole (see Bm25Index.exportState): one exact block
 * per term in `pool` at `head[t]` (`df[t]` entries), passage lengths and dead flags by passage id.
 */
export interface Bm25State {
  /** Terms in id order. */
  readonly terms: readonly string[];
  readonly head: Int32Array;
  readonly df: Int32Array;
  readonly pool: Int32Array;
  readonly poolTf: Uint8Array;
  readonly lengths: Int32Array;
  readonly dead: Uint8Array;
}

export interface Hit {
  readonly id: number;
  readonly score: number;
}

/** BM25's length factor K1·(1 − B + B·length/avg) (kept as float32 per passage; see Bm25Index.search). */
function lengthNorm(length: number, avg: number): number {
  return K1 * (1 - B + (B * length) / avg);
}

/** Growable Int32Array helpers (grow by 1.5×: the pool is large, doubling would waste too much). */
export function grownInt32(a: Int32Array, min: number, fill = 0): Int32Array {
  let n = Math.max(16, a.length);
  while (n < min) n = Math.ceil(n * 1.5);
  const b = new Int32Array(n);
  b.set(a);
  if (fill !== 0) b.fill(fill, a.length);
  return b;
}


/**
 * A postings pool of `n` entries: the ids and their term frequencies in one buffer. One large
 * allocation is mapped fresh by the system (zero pages, paid for as they are written); two, the
 * smaller one under the allocator's threshold, would be cleared up front, a pause of its own.
 */
function poolArrays(n: number): [Int32Array, Uint8Array] {
  const buffer = new ArrayBuffer(n * 5);
  return [new Int32Array(buffer, 0, n), new Uint8Array(buffer, n * 4, n)];
}

/** A query word's walk over its postings: where it stands (block, position, end of block). */
interface Walk {
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
 * count of touched ids. Deliberately a copy of the loading variant below with one line changed: one
 * loop serving both was optimised for the loading case and thrown out when the load ended (the first
 * searches after a big load then ran unoptimised); two copies each keep one shape of type feedback.
 */
function addRange(w: Walk, hi: number, dead: Uint8Array, acc: Float32Array, touched: Int32Array, nTouched: number, norms: Float32Array, tail: Int32Array, fill: Int32Array): number {
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
function addRangeLoading(w: Walk, hi: number, dead: Uint8Array, acc: Float32Array, touched: Int32Array, nTouched: number, lengths: Int32Array, avg: number, tail: Int32Array, fill: Int32Array): number {
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
function topHits(touched: Int32Array, nTouched: number, acc: Float32Array, limit: number, accept?: (id: number) => boolean): Hit[] {
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

export class Bm25Index {
  private vocab = new Map<string, number>();
  // Per term (indexed by term id): first and last block, entries used in the last block, its capacity,
  // live document frequency.
  private head: Int32Array = new Int32Array(1024).fill(NONE);
  private tail: Int32Array = new Int32Array(1024);
  private fill: Int32Array = new Int32Array(1024);
  private cap: Int32Array = new Int32Array(1024);
  private df: Int32Array = new Int32Array(1024);
  // The pool: a block at offset b is [next block offset, capacity, entry × capacity]; tfs run parallel.
  private pool: Int32Array = new Int32Array(1 << 16);
  private poolTf: Uint8Array = new Uint8Array(1 << 16);
  private poolUsed = 0;
  private postingCount = 0;
  private sinceOptimize = 0;
  /**
   * A bulk load is under way (the corpus sets it with the first batch; the tidy pass clears it once
   * done): searches leave out more common words, to answer quickly from postings in small blocks.
   */
  loading = false;
  /** Ids per range in a search (see SEARCH_RANGE); tests set it small to cross many ranges. */
  searchRange = SEARCH_RANGE;
  /**
   * A rewrite in progress (see optimizeStep): the new pool, terms counted so far and their room, terms
   * below `t` moved, `w` the write position; while term `t` is half copied (b ≥ 0), its block starts at
   * `b` and reading resumes at pool position `i` of block `r`.
   */
  private opt:
    | { next: Int32Array; nextTf: Uint8Array; total: number; counted: number; t: number; w: number; live: number; terms: number; b: number; r: number; i: number; split: boolean }
    | undefined;

  // Per passage.
  private lengths: Int32Array = new Int32Array(1024);
  private dead: Uint8Array = new Uint8Array(1024);
  private scratch: Float32Array = new Float32Array(0);
  private norms: Float32Array = new Float32Array(0);
  private normsAvg = 0;
  private normsCount = 0;
  /** Norms made so far by prepareSearchStep, for this average and count. */
  private normsDone = 0;
  private normsWorkAvg = 0;
  private normsWorkCount = -1;
  private touched: Int32Array = new Int32Array(1024);
  private count = 0;
  private live = 0;
  private totalLength = 0;
  private deadPostings = 0;

  /** Number of live passages. */
  get size(): number {
    return this.live;
  }

  /** Distinct terms ever seen. */
  get termCount(): number {
    return this.vocab.size;
  }

  /** Bytes held by the index's arrays (not counting the term strings). */
  get byteSize(): number {
    return this.pool.byteLength + this.poolTf.byteLength + 5 * this.head.byteLength + this.lengths.byteLength + this.dead.byteLength + this.scratch.byteLength + this.norms.byteLength + this.touched.byteLength;
  }

  /** The id of a term, or -1 if the index has never seen it. */
  termId(term: string): number {
    return this.vocab.get(term) ?? NONE;
  }

  /** The id of a term, assigning one if it is new. */
  intern(term: string): number {
    let id = this.vocab.get(term);
    if (id === undefined) {
      id = this.vocab.size;
      this.vocab.set(term, id);
      if (id >= this.head.length) {
        const n = id + 1;
        this.head = grownInt32(this.head, n, NONE);
        this.tail = grownInt32(this.tail, n);
        this.fill = grownInt32(this.fill, n);
        this.cap = grownInt32(this.cap, n);
        this.df = grownInt32(this.df, n);
      }
    }
    return id;
  }

  /** Adds a passage given its content terms (repeats count); returns its id. */
  add(terms: readonly string[]): number {
    const tf = new Map<number, number>();
    for (const t of terms) {
      const id = this.intern(t);
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    const ids = new Int32Array(tf.size * 2);
    let i = 0;
    for (const [t, n] of tf) {
      ids[i++] = t;
      ids[i++] = n;
    }
    return this.addCounted(ids, 0, tf.size, terms.length);
  }

  /**
   * Adds a passage from (term id, frequency) pairs at `pairs[from …]`, `n` pairs, each term once;
   * `length` is the passage's length in terms. `remap`, when given, translates the pairs' term ids
   * (a producer's own numbering) to this index's.
   */
  addCounted(pairs: Int32Array, from: number, n: number, length: number, remap?: ArrayLike<number>): number {
    const id = this.count++;
    if (id >= this.lengths.length) this.growPassages(id + 1);
    this.lengths[id] = length;
    this.totalLength += length;
    this.live++;
    for (let k = 0; k < n; k++) {
      const raw = pairs[from + 2 * k];
      this.push(remap ? remap[raw] : raw, id, pairs[from + 2 * k + 1]);
    }
    return id;
  }

  /** Removes a passage; `terms` are the content terms it was added with (the index does not keep them). */
  remove(id: number, terms: readonly string[]): void {
    if (id >= this.count || this.dead[id]) return;
    this.dead[id] = 1;
    this.live--;
    this.totalLength -= this.lengths[id];
    const seen = new Set<number>();
    for (const term of terms) {
      const t = this.vocab.get(term);
      if (t === undefined || seen.has(t)) continue;
      seen.add(t);
      if (this.df[t] > 0) this.df[t]--;
      this.deadPostings++;
    }
    if (this.deadPostings > 50_000 && this.deadPostings * 2 > this.postingCount) this.optimize();
  }

  isLive(id: number): boolean {
    return id < this.count && this.dead[id] === 0;
  }

  /** Inverse document frequency of a term (0 for unknown terms). */
  idf(term: string): number {
    const t = this.vocab.get(term);
    const df = t === undefined ? 0 : this.df[t];
    if (df === 0 || this.live === 0) return 0;
    return Math.log(1 + (this.live - df + 0.5) / (df + 0.5));
  }

  /** IDF a term would have if it occurred once: the ceiling, used for unseen claim words. */
  maxIdf(): number {
    return Math.log(1 + (this.live - 0.5) / 1.5);
  }

  documentFrequency(term: string): number {
    const t = this.vocab.get(term);
    return t === undefined ? 0 : this.df[t];
  }

  /**
   * Top passages for the query terms. `accept` filters passage ids (e.g. to one source's passages).
   */
  search(query: readonly string[], limit: number, accept?: (id: number) => boolean): Hit[] {
    if (this.live === 0 || limit <= 0) return [];
    if (this.scratch.length < this.count) this.scratch = new Float32Array(this.lengths.length);
    const acc = this.scratch;
    // While a load is arriving the lengths change between any two searches: work out the few norms a
    // search needs as it goes (the same float32 values) instead of all of them every time.
    const avg = this.totalLength / this.live || 1;
    const norms = this.loading && !this.normsFresh(avg) ? undefined : this.lengthNorms();
    const lengths = this.lengths;
    let touched = this.touched;
    let nTouched = 0;
    const seen = new Set<number>();
    const { dead, opt } = this;
    // In a large index, a word in more than one passage in twenty adds little to the ranking but costs
    // a walk over a long posting list: leave such words out when the query has enough rarer ones.
    // While loading, the stricter cut first; a query without three words that rare gets the usual one.
    let common = Infinity;
    if (this.live > COMMON_MIN_PASSAGES) {
      for (const share of this.loading ? [COMMON_SHARE_LOADING, COMMON_SHARE] : [COMMON_SHARE]) {
        const cut = this.live * share;
        let rare = 0;
        for (const term of new Set(query)) {
          const t = this.vocab.get(term);
          if (t !== undefined && this.df[t] > 0 && this.df[t] <= cut) rare++;
        }
        if (rare >= 3) {
          common = cut;
          break;
        }
      }
    }
    // Each query word: where its walk over its postings stands (block, position, end of block).
    const walks: Walk[] = [];
    let postings = 0;
    for (const term of query) {
      const t = this.vocab.get(term);
      if (t === undefined || seen.has(t) || this.df[t] > common) continue;
      const moved = opt !== undefined && t < opt.t;
      const pool = moved ? opt.next : this.pool;
      const poolTf = moved ? opt.nextTf : this.poolTf;
      seen.add(t);
      const df = this.df[t];
      if (df === 0) continue;
      const b = this.head[t];
      if (b === NONE) continue;
      const idfK = Math.log(1 + (this.live - df + 0.5) / (df + 0.5)) * (K1 + 1);
      walks.push({ t, pool, poolTf, idfK, b, i: b + 2, end: b + 2 + (b === this.tail[t] ? this.fill[t] : pool[b + 1]) });
      postings += df;
    }
    if (nTouched + postings > touched.length) touched = this.touched = grownInt32(touched, nTouched + postings);
    // Ranges of ids, every word's postings in a range before the next (see SEARCH_RANGE): each id still
    // gets its words' scores in query order, so sums come out as a word-at-a-time walk gives them.
    const range = this.searchRange;
    for (let lo = 0, open = walks.length; open > 0; lo += range) {
      const hi = lo + range;
      open = 0;
      for (const w of walks) {
        if (w.b === NONE) continue;
        nTouched = norms ? addRange(w, hi, dead, acc, touched, nTouched, norms, this.tail, this.fill) : addRangeLoading(w, hi, dead, acc, touched, nTouched, lengths, avg, this.tail, this.fill);
        if (w.b !== NONE) open++;
      }
    }
    return topHits(touched, nTouched, acc, limit, accept);
  }

  private normsFresh(avg: number): boolean {
    return this.norms.length >= this.count && this.normsAvg === avg && this.normsCount === this.count;
  }

  /** Whether a search now would find its length norms and score array made (see prepareSearchStep). */
  get searchReady(): boolean {
    return this.normsFresh(this.totalLength / this.live || 1) && this.scratch.length >= this.count;
  }

  /**
   * Makes the length norms and the score array a search needs, 16,384 passages at a time until
   * `deadline` (Date.now() ms); true when done. Hosts run it after a load's tidy pass: at 100 MB the
   * first search would otherwise spend ~20 ms on them, holding the thread in a request.
   */
  prepareSearchStep(deadline: number): boolean {
    const avg = this.totalLength / this.live || 1;
    if (!this.normsFresh(avg)) {
      if (this.norms.length < this.lengths.length) {
        this.norms = new Float32Array(this.lengths.length);
        this.normsDone = 0;
      }
      if (this.normsWorkAvg !== avg || this.normsWorkCount !== this.count) {
        this.normsDone = 0;
        this.normsWorkAvg = avg;
        this.normsWorkCount = this.count;
      }
      while (this.normsDone < this.count) {
        const end = Math.min(this.count, this.normsDone + 16_384);
        for (let id = this.normsDone; id < end; id++) this.norms[id] = lengthNorm(this.lengths[id], avg);
        this.normsDone = end;
        if (end < this.count && Date.now() >= deadline) return false;
      }
      this.normsAvg = avg;
      this.normsCount = this.count;
    }
    if (this.scratch.length < this.count) this.scratch = new Float32Array(this.lengths.length);
    return true;
  }

  /** Every passage's lengthNorm, recomputed only when lengths or the average changed. */
  private lengthNorms(): Float32Array {
    this.prepareSearchStep(Infinity);
    return this.norms;
  }

  private push(t: number, id: number, tf: number): void {
    if (this.opt) this.optimizeStep(Infinity);
    if (this.head[t] === NONE || this.fill[t] === this.cap[t]) this.newBlock(t, this.head[t] === NONE ? 1 : Math.min(this.cap[t] * 2, MAX_BLOCK));
    const at = this.tail[t] + 2 + this.fill[t]++;
    this.pool[at] = id;
    this.poolTf[at] = tf > 255 ? 255 : tf;
    this.df[t]++;
    this.postingCount++;
    this.sinceOptimize++;
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
    const b = this.poolUsed;
    if (b + n > this.pool.length) {
      let size = Math.max(16, this.pool.length);
      while (size < b + n) size = Math.ceil(size * 1.5);
      const [pool, tf] = poolArrays(size);
      pool.set(this.pool.subarray(0, b));
      tf.set(this.poolTf.subarray(0, b));
      this.pool = pool;
      this.poolTf = tf;
    }
    this.poolUsed += n;
    return b;
  }

  /**
   * Rewrites the pool with one exact-size block per term and without dead passages' postings: the
   * smallest layout, and the fastest to search. Ids stay the same. Costs one pass over the postings.
   */
  optimize(): void {
    while (!this.optimizeStep(Infinity));
  }

  /**
   * optimize() a slice at a time, so a host can tidy a large index without blocking: works for about
   * `budgetMs` and returns true when the pool has been rewritten. Searches in between read each term
   * from whichever pool holds it; removals may happen in between; an addition finishes the rewrite first.
   */
  optimizeStep(budgetMs: number): boolean {
    const deadline = budgetMs === Infinity ? Infinity : Date.now() + budgetMs;
    if (!this.opt) {
      if (this.sinceOptimize === 0 && this.deadPostings === 0) {
        this.loading = false;
        return true;
      }
      this.opt = { next: new Int32Array(0), nextTf: new Uint8Array(0), total: 0, counted: 0, t: 0, w: 0, live: 0, terms: this.vocab.size, b: -1, r: NONE, i: 0, split: false };
    }
    const o = this.opt;
    // Live postings per term are its document frequency: size each block exactly. Counted, then the
    // new pool made, each in steps of their own.
    if (o.counted < o.terms) {
      let total = o.total;
      let t = o.counted;
      for (; t < o.terms; t++) {
        if ((t & 4095) === 0 && t > o.counted && Date.now() >= deadline) break;
        if (this.df[t] > 0) total += this.df[t] + 2;
      }
      o.total = total;
      o.counted = t;
      if (t < o.terms || budgetMs !== Infinity) return false;
    }
    if (o.next.length === 0) {
      [o.next, o.nextTf] = poolArrays(Math.max(16, o.total));
      if (budgetMs !== Infinity) return false;
    }
    const { pool, poolTf, dead } = this;
    const { next, nextTf } = o;
    let w = o.w;
    let t = o.t;
    // Look at the clock every 4,096 postings copied or terms passed, in the middle of a term too (one
    // term can have hundreds of thousands): every step makes progress.
    let work = 0;
    for (; t < o.terms; t++) {
      let b = o.b;
      let r: number;
      let i: number;
      if (b < 0) {
        const head = this.head[t];
        if (this.df[t] === 0 || head === NONE) {
          this.head[t] = NONE;
          this.df[t] = 0;
          if ((++work & 4095) === 0 && Date.now() >= deadline) break;
          continue;
        }
        b = w;
        next[b] = NONE;
        next[b + 1] = this.df[t]; // the room taken: never written past, even if df undercounts
        w += 2;
        r = head;
        i = r + 2;
      } else {
        r = o.r;
        i = o.i;
      }
      const stop = b + 2 + next[b + 1];
      const last = this.tail[t];
      const lastFill = this.fill[t];
      let paused = false;
      while (r !== NONE && w < stop) {
        const end = r + 2 + (r === last ? lastFill : pool[r + 1]);
        for (; i < end && w < stop; i++) {
          const id = pool[i];
          if (dead[id]) continue;
          next[w] = id;
          nextTf[w] = poolTf[i];
          w++;
          if ((++work & 4095) === 0 && Date.now() >= deadline) {
            paused = true;
            i++;
            break;
          }
        }
        if (paused) break;
        r = pool[r];
        i = r + 2;
      }
      if (paused) {
        // Searches meanwhile read this term from the old pool (its head still points there).
        if (i >= r + 2 + (r === last ? lastFill : pool[r + 1])) {
          r = pool[r];
          i = r + 2;
        }
        Object.assign(o, { b, r, i, w, t, split: true });
        return false;
      }
      if (o.split) {
        // Passages removed while this term was half copied: drop them from what was copied.
        let k = b + 2;
        for (let j = b + 2; j < w; j++) {
          if (dead[next[j]]) continue;
          next[k] = next[j];
          nextTf[k++] = nextTf[j];
        }
        w = k;
        o.split = false;
      }
      o.b = -1;
      const got = w - b - 2;
      o.live += got;
      if (got === 0) {
        this.head[t] = NONE;
        this.df[t] = 0;
        w = b;
      } else {
        next[b + 1] = got;
        this.head[t] = b;
        this.tail[t] = b;
        this.cap[t] = got;
        this.fill[t] = got;
        this.df[t] = got;
      }
      if (work > 4095 && Date.now() >= deadline) {
        t++;
        break;
      }
    }
    o.w = w;
    o.t = t;
    if (t < o.terms) return false;
    this.pool = next;
    this.poolTf = nextTf;
    this.poolUsed = w;
    this.postingCount = o.live;
    this.deadPostings = 0;
    this.sinceOptimize = 0;
    this.opt = undefined;
    this.loading = false;
    return true;
  }

  /**
   * The index as arrays (views, not copies: read them before the index changes again), or undefined
   * while it is not compact (postings added or removed since the last optimize, or one in progress).
   */
  exportState(): Bm25State | undefined {
    if (this.opt || this.sinceOptimize !== 0 || this.deadPostings !== 0) return undefined;
    const terms = this.vocab.size;
    return {
      terms: [...this.vocab.keys()],
      head: this.head.subarray(0, terms),
      df: this.df.subarray(0, terms),
      pool: this.pool.subarray(0, this.poolUsed),
      poolTf: this.poolTf.subarray(0, this.poolUsed),
      lengths: this.lengths.subarray(0, this.count),
      dead: this.dead.subarray(0, this.count),
    };
  }

  /**
   * Loads an exported state into this index, which must be empty, a step at a time: the host resumes the
   * generator until it is done, yielding to other work in between (interning 100,000 terms is tens of
   * milliseconds). The index stays empty, and answers as such, until the last step takes everything in
   * at once. The pool is adopted as it is (no copy). Throws if the arrays do not fit together, leaving
   * the index empty.
   */
  *importSteps(state: Bm25State): Generator<void, void, void> {
    if (this.count !== 0 || this.vocab.size !== 0) throw new Error('importing needs an empty index');
    const terms = state.terms.length;
    const used = state.pool.length;
    const count = state.lengths.length;
    if (state.head.length !== terms || state.df.length !== terms || state.poolTf.length !== used || state.dead.length !== count) throw new Error('the index arrays do not fit together');
    const head = new Int32Array(Math.max(1024, terms)).fill(NONE);
    const df = new Int32Array(head.length);
    const vocab = new Map<string, number>();
    let postings = 0;
    const STEP = 8192;
    for (let from = 0; from < terms; from += STEP) {
      for (let t = from, end = Math.min(terms, from + STEP); t < end; t++) {
        vocab.set(state.terms[t], t);
        const b = state.head[t];
        const n = state.df[t];
        if (n === 0) continue;
        // Each block: [next = none, capacity = df, df entries], inside the pool, passage ids in range.
        if (b < 0 || b + 2 + n > used || state.pool[b] !== NONE || state.pool[b + 1] !== n) throw new Error(`term ${t} points outside its pool`);
        if (state.pool[b + 2] < 0 || state.pool[b + 1 + n] >= count) throw new Error(`term ${t} names an unknown passage`);
        head[t] = b;
        df[t] = n;
        postings += n;
      }
      yield;
    }
    if (vocab.size !== terms) throw new Error('a term appears twice');
    const lengths = new Int32Array(Math.max(1024, count));
    lengths.set(state.lengths);
    const dead = new Uint8Array(lengths.length);
    dead.set(state.dead);
    let live = 0;
    let total = 0;
    for (let id = 0; id < count; id++) {
      if (dead[id]) continue;
      live++;
      total += lengths[id];
    }
    if (this.count !== 0 || this.vocab.size !== 0) throw new Error('the index was changed while importing');
    // Everything at once: no search ever sees half an index.
    this.vocab = vocab;
    this.head = head;
    this.tail = head.slice();
    this.df = df;
    this.fill = df.slice();
    this.cap = df.slice();
    this.pool = state.pool;
    this.poolTf = state.poolTf;
    this.poolUsed = used;
    this.postingCount = postings;
    this.lengths = lengths;
    this.dead = dead;
    this.count = count;
    this.live = live;
    this.totalLength = total;
    this.sinceOptimize = 0;
    this.deadPostings = 0;
  }

  /**
   * Removes a passage without knowing its terms (one that came with an imported state and turned out
   * stale). Document frequencies stay too high until the next optimize, which recounts them: hosts
   * tidy after a load.
   */
  markDead(id: number): void {
    if (id >= this.count || this.dead[id]) return;
    this.dead[id] = 1;
    this.live--;
    this.totalLength -= this.lengths[id];
    // At most one posting per term occurrence: enough for optimize() to know there is work.
    this.deadPostings += Math.max(1, this.lengths[id]);
  }

  /** Makes room for about `postings` more postings at once (a host that knows what is coming). */
  reserve(postings: number): void {
    // And room for the passages they come in, so the per-passage arrays (here and the corpus's) do not
    // all grow at once late in the load, copying megabytes in one task. A news passage has about 15
    // distinct words, longer prose more: too much room rather than too little, and room never written
    // is memory the system never hands out.
    const passages = this.count + Math.ceil(postings / POSTINGS_PER_PASSAGE);
    if (passages > this.lengths.length) this.growPassages(passages);
    // Chains of doubling blocks leave their last block half empty: room for half as much again.
    const need = this.poolUsed + Math.ceil(postings * 1.6) + 2 * this.vocab.size;
    if (need > this.pool.length) {
      const [pool, tf] = poolArrays(need);
      pool.set(this.pool.subarray(0, this.poolUsed));
      tf.set(this.poolTf.subarray(0, this.poolUsed));
      this.pool = pool;
      this.poolTf = tf;
    }
  }

  /** Room for at least `n` passages. */
  private growPassages(n: number): void {
    this.lengths = grownInt32(this.lengths, n);
    const dead = new Uint8Array(this.lengths.length);
    dead.set(this.dead);
    this.dead = dead;
  }

  /** Passages the per-passage arrays have room for: the corpus keeps its own in step. */
  get passageCapacity(): number {
    return this.lengths.length;
  }

  /** Postings added since the last optimize(): hosts optimise after bulk loads. */
  get addedSinceOptimize(): number {
    return this.sinceOptimize;
  }

  /** Where the pool's memory goes, for stats. */
  get poolStats(): { postings: number; used: number; capacity: number } {
    return { postings: this.postingCount, used: this.poolUsed, capacity: this.pool.length };
  }
}
