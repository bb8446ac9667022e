/**
 * An inverted index with BM25 ranking over short passages.
 *
 * Memory is the point of the layout: terms are interned to integer ids, and every posting (passage id +
 * term frequency) lives in one shared pool of typed arrays (pool.ts). `compact()` rewrites the pool
 * with one exact block per term (compact.ts; hosts run it a slice at a time after a bulk load).
 * Removal marks passages dead and subtracts them from the document frequencies; the pool is rewritten
 * without them when dead postings pile up, so adding or removing one source never rebuilds the rest,
 * and passage ids never change. Scoring is in score.ts, saving and loading whole in state.ts.
 */
import { grownInt32 } from '../arrays';
import { Compaction } from './compact';
import { NONE, PostingPool } from './pool';
import { addRange, addRangeLoading, K1, lengthNorm, topHits, type Hit, type Walk } from './score';
import { importState, type Bm25State } from './state';

export type { Bm25State } from './state';
export type { Hit } from './score';

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
/** Distinct words per passage, on the low side (news passages have about 15): see reserve. */
const POSTINGS_PER_PASSAGE = 15;
/** Length norms made per step of prepareSearchStep. */
const NORMS_PER_STEP = 16_384;

export class Bm25Index {
  private vocab = new Map<string, number>();
  private postings = new PostingPool();
  /** A rewrite of the pool in progress (see compactStep). */
  private compaction: Compaction | undefined;
  /**
   * A bulk load is under way (the corpus sets it with the first batch; the tidy pass clears it once
   * done): searches leave out more common words, to answer quickly from postings in small blocks.
   */
  loading = false;
  /** Ids per range in a search (see SEARCH_RANGE); tests set it small to cross many ranges. */
  searchRange = SEARCH_RANGE;

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
    return this.postings.byteSize + this.lengths.byteLength + this.dead.byteLength + this.scratch.byteLength + this.norms.byteLength + this.touched.byteLength;
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
      this.postings.growTerms(id + 1);
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
    // An addition finishes a rewrite of the pool first.
    if (n > 0 && this.compaction) this.compactStep(Infinity);
    const postings = this.postings;
    for (let k = 0; k < n; k++) {
      const raw = pairs[from + 2 * k];
      postings.push(remap ? remap[raw] : raw, id, pairs[from + 2 * k + 1]);
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
    const p = this.postings;
    for (const term of terms) {
      const t = this.vocab.get(term);
      if (t === undefined || seen.has(t)) continue;
      seen.add(t);
      if (p.df[t] > 0) p.df[t]--;
      p.deadPostings++;
    }
    if (p.deadPostings > 50_000 && p.deadPostings * 2 > p.postings) this.compact();
  }

  isLive(id: number): boolean {
    return id < this.count && this.dead[id] === 0;
  }

  /** Inverse document frequency of a term (0 for unknown terms). */
  idf(term: string): number {
    const t = this.vocab.get(term);
    const df = t === undefined ? 0 : this.postings.df[t];
    if (df === 0 || this.live === 0) return 0;
    return Math.log(1 + (this.live - df + 0.5) / (df + 0.5));
  }

  /** IDF a term would have if it occurred once: the ceiling, used for unseen claim words. */
  maxIdf(): number {
    return Math.log(1 + (this.live - 0.5) / 1.5);
  }

  documentFrequency(term: string): number {
    const t = this.vocab.get(term);
    return t === undefined ? 0 : this.postings.df[t];
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
    const { lengths, dead } = this;
    const { tail, fill } = this.postings;
    const walks = this.walks(query);
    let postings = 0;
    for (const w of walks) postings += this.postings.df[w.t];
    let touched = this.touched;
    let nTouched = 0;
    if (nTouched + postings > touched.length) touched = this.touched = grownInt32(touched, nTouched + postings);
    // Ranges of ids, every word's postings in a range before the next (see SEARCH_RANGE): each id still
    // gets its words' scores in query order, so sums come out as a word-at-a-time walk gives them.
    const range = this.searchRange;
    for (let lo = 0, open = walks.length; open > 0; lo += range) {
      const hi = lo + range;
      open = 0;
      for (const w of walks) {
        if (w.b === NONE) continue;
        nTouched = norms ? addRange(w, hi, dead, acc, touched, nTouched, norms, tail, fill) : addRangeLoading(w, hi, dead, acc, touched, nTouched, lengths, avg, tail, fill);
        if (w.b !== NONE) open++;
      }
    }
    return topHits(touched, nTouched, acc, limit, accept);
  }

  /** Each query word's walk over its postings, in query order, common words of a large index left out. */
  private walks(query: readonly string[]): Walk[] {
    const { df, head, tail, fill } = this.postings;
    const common = this.commonCut(query);
    const compaction = this.compaction;
    const seen = new Set<number>();
    const walks: Walk[] = [];
    for (const term of query) {
      const t = this.vocab.get(term);
      if (t === undefined || seen.has(t) || df[t] > common) continue;
      const moved = compaction !== undefined && compaction.moved(t);
      const pool = moved ? compaction.next : this.postings.pool;
      const poolTf = moved ? compaction.nextTf : this.postings.poolTf;
      seen.add(t);
      const n = df[t];
      if (n === 0) continue;
      const b = head[t];
      if (b === NONE) continue;
      const idfK = Math.log(1 + (this.live - n + 0.5) / (n + 0.5)) * (K1 + 1);
      walks.push({ t, pool, poolTf, idfK, b, i: b + 2, end: b + 2 + (b === tail[t] ? fill[t] : pool[b + 1]) });
    }
    return walks;
  }

  /**
   * In a large index, a word in more than one passage in twenty adds little to the ranking but costs a
   * walk over a long posting list: such words are left out when the query has enough rarer ones. While
   * loading, the stricter cut first; a query without three words that rare gets the usual one.
   */
  private commonCut(query: readonly string[]): number {
    if (this.live <= COMMON_MIN_PASSAGES) return Infinity;
    const df = this.postings.df;
    for (const share of this.loading ? [COMMON_SHARE_LOADING, COMMON_SHARE] : [COMMON_SHARE]) {
      const cut = this.live * share;
      let rare = 0;
      for (const term of new Set(query)) {
        const t = this.vocab.get(term);
        if (t !== undefined && df[t] > 0 && df[t] <= cut) rare++;
      }
      if (rare >= 3) return cut;
    }
    return Infinity;
  }

  private normsFresh(avg: number): boolean {
    return this.norms.length >= this.count && this.normsAvg === avg && this.normsCount === this.count;
  }

  /** Whether a search now would find its length norms and score array made (see prepareSearchStep). */
  get searchReady(): boolean {
    return this.normsFresh(this.totalLength / this.live || 1) && this.scratch.length >= this.count;
  }

  /**
   * Makes the length norms and the score array a search needs, NORMS_PER_STEP passages at a time until
   * `deadline` (Date.now() ms); true when done. Hosts run it after a load's tidy pass, so the first
   * search does not make them while it holds the thread in a request.
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
        const end = Math.min(this.count, this.normsDone + NORMS_PER_STEP);
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

  /** Rewrites the pool compactly at once (see compact.ts). Costs one pass over the postings. */
  compact(): void {
    while (!this.compactStep(Infinity));
  }

  /**
   * compact() a slice at a time, so a host can tidy a large index without blocking: works for about
   * `budgetMs` and returns true when the pool has been rewritten (see Compaction).
   */
  compactStep(budgetMs: number): boolean {
    if (!this.compaction) {
      if (this.postings.addedSinceCompact === 0 && this.postings.deadPostings === 0) {
        this.loading = false;
        return true;
      }
      this.compaction = new Compaction(this.vocab.size);
    }
    if (!this.compaction.step(this.postings, this.dead, budgetMs)) return false;
    this.compaction = undefined;
    this.loading = false;
    return true;
  }

  /**
   * The index as arrays (views, not copies: read them before the index changes again), or undefined
   * while it is not compact (postings added or removed since the last compaction, or one in progress).
   */
  exportState(): Bm25State | undefined {
    const p = this.postings;
    if (this.compaction || p.addedSinceCompact !== 0 || p.deadPostings !== 0) return undefined;
    const terms = this.vocab.size;
    return {
      terms: [...this.vocab.keys()],
      head: p.head.subarray(0, terms),
      df: p.df.subarray(0, terms),
      pool: p.pool.subarray(0, p.used),
      poolTf: p.poolTf.subarray(0, p.used),
      lengths: this.lengths.subarray(0, this.count),
      dead: this.dead.subarray(0, this.count),
    };
  }

  /**
   * Loads an exported state into this index, which must be empty, a step at a time: the host resumes the
   * generator until it is done, yielding to other work in between. The index stays empty, and answers as
   * such, until the last step takes everything in at once. The pool is adopted as it is (no copy).
   * Throws if the arrays do not fit together, leaving the index empty.
   */
  *importSteps(state: Bm25State): Generator<void, void, void> {
    if (this.count !== 0 || this.vocab.size !== 0) throw new Error('importing needs an empty index');
    const s = yield* importState(state);
    if (this.count !== 0 || this.vocab.size !== 0) throw new Error('the index was changed while importing');
    // Everything at once: no search ever sees half an index.
    const p = new PostingPool();
    p.head = s.head;
    p.tail = s.head.slice();
    p.df = s.df;
    p.fill = s.df.slice();
    p.cap = s.df.slice();
    p.pool = state.pool;
    p.poolTf = state.poolTf;
    p.used = state.pool.length;
    p.postings = s.postings;
    this.postings = p;
    this.vocab = s.vocab;
    this.lengths = s.lengths;
    this.dead = s.dead;
    this.count = s.count;
    this.live = s.live;
    this.totalLength = s.totalLength;
  }

  /**
   * Removes a passage without knowing its terms (one that came with an imported state and turned out
   * stale). Document frequencies stay too high until the next compaction, which recounts them: hosts
   * tidy after a load.
   */
  markDead(id: number): void {
    if (id >= this.count || this.dead[id]) return;
    this.dead[id] = 1;
    this.live--;
    this.totalLength -= this.lengths[id];
    // At most one posting per term occurrence: enough for compaction to know there is work.
    this.postings.deadPostings += Math.max(1, this.lengths[id]);
  }

  /** Makes room for about `postings` more postings at once (a host that knows what is coming). */
  reserve(postings: number): void {
    // And room for the passages they come in, so the per-passage arrays (here and the corpus's) do not
    // all grow at once late in the load. Too much room rather than too little: room never written is
    // memory the system never hands out.
    const passages = this.count + Math.ceil(postings / POSTINGS_PER_PASSAGE);
    if (passages > this.lengths.length) this.growPassages(passages);
    this.postings.reserve(postings, this.vocab.size);
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

  /** Where the pool's memory goes, for stats. */
  get poolStats(): { postings: number; used: number; capacity: number } {
    return { postings: this.postings.postings, used: this.postings.used, capacity: this.postings.pool.length };
  }
}
