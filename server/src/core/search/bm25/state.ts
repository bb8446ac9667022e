/** A compact index as plain arrays, to save and load whole (see Bm25Index.exportState and importSteps). */
import { NONE } from './pool';

/**
 * One exact block per term in `pool` at `head[t]` (`df[t]` entries), passage lengths and dead flags by
 * passage id.
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

/** A saved state checked and turned into what an index holds (see Bm25Index.importSteps). */
export interface ImportedState {
  readonly vocab: Map<string, number>;
  readonly head: Int32Array;
  readonly df: Int32Array;
  readonly postings: number;
  readonly lengths: Int32Array;
  readonly dead: Uint8Array;
  readonly count: number;
  readonly live: number;
  readonly totalLength: number;
}

/** Terms checked between two yields of an import. */
const STEP = 8192;

/**
 * Checks a saved state and builds an index's per-term and per-passage arrays from it, a step of
 * STEP terms at a time. Throws if the arrays do not fit together.
 */
export function* importState(state: Bm25State): Generator<void, ImportedState, void> {
  const terms = state.terms.length;
  const used = state.pool.length;
  const count = state.lengths.length;
  if (state.head.length !== terms || state.df.length !== terms || state.poolTf.length !== used || state.dead.length !== count) throw new Error('the index arrays do not fit together');
  const head = new Int32Array(Math.max(1024, terms)).fill(NONE);
  const df = new Int32Array(head.length);
  const vocab = new Map<string, number>();
  let postings = 0;
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
  let totalLength = 0;
  for (let id = 0; id < count; id++) {
    if (dead[id]) continue;
    live++;
    totalLength += lengths[id];
  }
  return { vocab, head, df, postings, lengths, dead, count, live, totalLength };
}
