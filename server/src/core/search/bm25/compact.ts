/**
 * Rewriting the postings pool with one exact-size block per term and without removed passages'
 * postings: the smallest layout, and the fastest to search. Passage ids stay the same. Runs a slice at
 * a time (see Compaction.step), so a host can tidy a large index without blocking.
 */
import { NONE, poolArrays, type PostingPool } from './pool';

/** Postings copied or terms passed between two looks at the clock, in the middle of a term too. */
const CLOCK_EVERY = 4096;

/**
 * A rewrite in progress: the new pool, terms counted so far and their room, terms below `t` moved, `w`
 * the write position; while term `t` is half copied (b ≥ 0), its block starts at `b` and reading
 * resumes at pool position `i` of block `r`. Searches in between read each term from whichever pool
 * holds it (see `moved`); removals may happen in between; an addition finishes the rewrite first.
 */
export class Compaction {
  next: Int32Array = new Int32Array(0);
  nextTf: Uint8Array = new Uint8Array(0);
  private total = 0;
  private counted = 0;
  private t = 0;
  private w = 0;
  private live = 0;
  private b = -1;
  private r = NONE;
  private i = 0;
  private split = false;
  /** Work done in this step (postings copied, terms passed): the clock is read every CLOCK_EVERY. */
  private work = 0;

  constructor(private readonly terms: number) {}

  /** Whether term `t` already lives in the new pool. */
  moved(t: number): boolean {
    return t < this.t;
  }

  /**
   * About `budgetMs` of work; true when the pool has been rewritten and handed to `p`. Counting, making
   * the new pool and copying are each steps of their own.
   */
  step(p: PostingPool, dead: Uint8Array, budgetMs: number): boolean {
    const deadline = budgetMs === Infinity ? Infinity : Date.now() + budgetMs;
    // Live postings per term are its document frequency: size each block exactly.
    if (this.counted < this.terms && (!this.count(p, deadline) || budgetMs !== Infinity)) return false;
    if (this.next.length === 0) {
      [this.next, this.nextTf] = poolArrays(Math.max(16, this.total));
      if (budgetMs !== Infinity) return false;
    }
    if (!this.copyTerms(p, dead, deadline)) return false;
    p.adopt(this.next, this.nextTf, this.w, this.live);
    return true;
  }

  /** Counts the room each term needs; true when every term is counted. */
  private count(p: PostingPool, deadline: number): boolean {
    let total = this.total;
    let t = this.counted;
    for (; t < this.terms; t++) {
      if ((t & (CLOCK_EVERY - 1)) === 0 && t > this.counted && Date.now() >= deadline) break;
      if (p.df[t] > 0) total += p.df[t] + 2;
    }
    this.total = total;
    this.counted = t;
    return t >= this.terms;
  }

  /** Moves the terms not moved yet; true when all are. */
  private copyTerms(p: PostingPool, dead: Uint8Array, deadline: number): boolean {
    let t = this.t;
    this.work = 0;
    for (; t < this.terms; t++) {
      if (this.b < 0 && (p.df[t] === 0 || p.head[t] === NONE)) {
        p.head[t] = NONE;
        p.df[t] = 0;
        if ((++this.work & (CLOCK_EVERY - 1)) === 0 && Date.now() >= deadline) break;
        continue;
      }
      if (!this.copyTerm(p, dead, t, deadline)) return false;
      if (this.work > CLOCK_EVERY - 1 && Date.now() >= deadline) {
        t++;
        break;
      }
    }
    this.t = t;
    return t >= this.terms;
  }

  /** Copies term t's live postings into one block of the new pool; false when the time ran out half-way. */
  private copyTerm(p: PostingPool, dead: Uint8Array, t: number, deadline: number): boolean {
    const { pool, poolTf } = p;
    const { next, nextTf } = this;
    let w = this.w;
    let b = this.b;
    let r: number;
    let i: number;
    if (b < 0) {
      b = w;
      next[b] = NONE;
      next[b + 1] = p.df[t]; // the room taken: never written past, even if df undercounts
      w += 2;
      r = p.head[t];
      i = r + 2;
    } else {
      r = this.r;
      i = this.i;
    }
    const stop = b + 2 + next[b + 1];
    const last = p.tail[t];
    const lastFill = p.fill[t];
    let work = this.work;
    let paused = false;
    while (r !== NONE && w < stop) {
      const end = r + 2 + (r === last ? lastFill : pool[r + 1]);
      for (; i < end && w < stop; i++) {
        const id = pool[i];
        if (dead[id]) continue;
        next[w] = id;
        nextTf[w] = poolTf[i];
        w++;
        if ((++work & (CLOCK_EVERY - 1)) === 0 && Date.now() >= deadline) {
          paused = true;
          i++;
          break;
        }
      }
      if (paused) break;
      r = pool[r];
      i = r + 2;
    }
    this.work = work;
    if (paused) {
      // Searches meanwhile read this term from the old pool (its head still points there).
      if (i >= r + 2 + (r === last ? lastFill : pool[r + 1])) {
        r = pool[r];
        i = r + 2;
      }
      this.b = b;
      this.r = r;
      this.i = i;
      this.w = w;
      this.t = t;
      this.split = true;
      return false;
    }
    if (this.split) {
      w = this.dropRemoved(b, w, dead);
      this.split = false;
    }
    this.b = -1;
    this.w = this.place(p, t, b, w);
    return true;
  }

  /** Passages removed while a term was half copied: dropped from what was copied. Returns the new end. */
  private dropRemoved(b: number, w: number, dead: Uint8Array): number {
    const { next, nextTf } = this;
    let k = b + 2;
    for (let j = b + 2; j < w; j++) {
      if (dead[next[j]]) continue;
      next[k] = next[j];
      nextTf[k++] = nextTf[j];
    }
    return k;
  }

  /** Term t's block in the new pool, [b, w), becomes its only block; returns where the next term goes. */
  private place(p: PostingPool, t: number, b: number, w: number): number {
    const got = w - b - 2;
    this.live += got;
    if (got === 0) {
      p.head[t] = NONE;
      p.df[t] = 0;
      return b;
    }
    this.next[b + 1] = got;
    p.head[t] = b;
    p.tail[t] = b;
    p.cap[t] = got;
    p.fill[t] = got;
    p.df[t] = got;
    return w;
  }
}
