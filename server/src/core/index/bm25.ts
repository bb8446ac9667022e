/**
 * An inverted index with BM25 ranking over short passages. Postings live in growable typed arrays
 * (passage id + term frequency); removal marks passages dead and the index compacts itself when
 * dead postings pile up, so adding or removing one source never rebuilds the rest.
 */

const K1 = 1.2;
const B = 0.75;

class Postings {
  ids = new Int32Array(4);
  tfs = new Uint16Array(4);
  length = 0;
  /** Live passages holding the term (dead ones are subtracted on removal). */
  df = 0;

  push(id: number, tf: number): void {
    if (this.length === this.ids.length) {
      const n = this.length * 2;
      const ids = new Int32Array(n);
      ids.set(this.ids);
      const tfs = new Uint16Array(n);
      tfs.set(this.tfs);
      this.ids = ids;
      this.tfs = tfs;
    }
    this.ids[this.length] = id;
    this.tfs[this.length] = Math.min(tf, 65535);
    this.length++;
    this.df++;
  }
}

export interface Hit {
  readonly id: number;
  readonly score: number;
}

export class Bm25Index {
  private readonly postings = new Map<string, Postings>();
  private lengths = new Uint32Array(1024);
  private dead = new Uint8Array(1024);
  private terms: Array<readonly string[] | undefined> = [];
  private scratch = new Float32Array(1024);
  private count = 0;
  private live = 0;
  private totalLength = 0;
  private deadPostings = 0;

  /** Number of live passages. */
  get size(): number {
    return this.live;
  }

  /** Adds a passage given its content terms; returns its id. */
  add(terms: readonly string[]): number {
    const id = this.count++;
    if (id >= this.lengths.length) this.grow(id + 1);
    this.lengths[id] = terms.length;
    this.totalLength += terms.length;
    this.live++;
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const [t, n] of tf) {
      let p = this.postings.get(t);
      if (!p) this.postings.set(t, (p = new Postings()));
      p.push(id, n);
    }
    this.terms[id] = [...tf.keys()];
    return id;
  }

  remove(id: number): void {
    if (id >= this.count || this.dead[id]) return;
    this.dead[id] = 1;
    this.live--;
    this.totalLength -= this.lengths[id];
    for (const t of this.terms[id] ?? []) {
      const p = this.postings.get(t);
      if (p) p.df--;
      this.deadPostings++;
    }
    this.terms[id] = undefined;
    if (this.deadPostings > 50_000 && this.deadPostings * 2 > this.totalLength) this.compact();
  }

  isLive(id: number): boolean {
    return id < this.count && this.dead[id] === 0;
  }

  /** Inverse document frequency of a term (0 for unknown terms). */
  idf(term: string): number {
    const df = this.postings.get(term)?.df ?? 0;
    if (df === 0 || this.live === 0) return 0;
    return Math.log(1 + (this.live - df + 0.5) / (df + 0.5));
  }

  /** IDF a term would have if it occurred once: the ceiling, used for unseen claim words. */
  maxIdf(): number {
    return Math.log(1 + (this.live - 0.5) / 1.5);
  }

  documentFrequency(term: string): number {
    return this.postings.get(term)?.df ?? 0;
  }

  /**
   * Top passages for the query terms. `accept` filters passage ids (e.g. to one source's passages).
   */
  search(query: readonly string[], limit: number, accept?: (id: number) => boolean): Hit[] {
    if (this.live === 0 || limit <= 0) return [];
    if (this.scratch.length < this.count) this.scratch = new Float32Array(this.lengths.length);
    const acc = this.scratch;
    const touched: number[] = [];
    const avg = this.totalLength / this.live || 1;
    const seen = new Set<string>();
    for (const t of query) {
      if (seen.has(t)) continue;
      seen.add(t);
      const p = this.postings.get(t);
      if (!p || p.df === 0) continue;
      const idf = Math.log(1 + (this.live - p.df + 0.5) / (p.df + 0.5));
      const { ids, tfs } = p;
      for (let i = 0; i < p.length; i++) {
        const id = ids[i];
        if (this.dead[id]) continue;
        const tf = tfs[i];
        const norm = tf + K1 * (1 - B + (B * this.lengths[id]) / avg);
        if (acc[id] === 0) touched.push(id);
        acc[id] += (idf * tf * (K1 + 1)) / norm;
      }
    }
    const hits: Hit[] = [];
    for (const id of touched) {
      const score = acc[id];
      acc[id] = 0;
      if (accept && !accept(id)) continue;
      hits.push({ id, score });
    }
    hits.sort((a, b) => b.score - a.score || a.id - b.id);
    return hits.length > limit ? hits.slice(0, limit) : hits;
  }

  private grow(min: number): void {
    let n = this.lengths.length;
    while (n < min) n *= 2;
    const lengths = new Uint32Array(n);
    lengths.set(this.lengths);
    const dead = new Uint8Array(n);
    dead.set(this.dead);
    this.lengths = lengths;
    this.dead = dead;
  }

  /** Drops dead passages' postings. Ids stay the same, so callers' id → passage maps stay valid. */
  private compact(): void {
    for (const [t, p] of this.postings) {
      let w = 0;
      for (let r = 0; r < p.length; r++) {
        if (this.dead[p.ids[r]]) continue;
        p.ids[w] = p.ids[r];
        p.tfs[w] = p.tfs[r];
        w++;
      }
      p.length = w;
      if (w === 0) this.postings.delete(t);
    }
    this.deadPostings = 0;
  }
}
