/**
 * The main thread's side of a load: the jobs' batches go into the index a few items at a time, one
 * batch of each job in turn whatever order they arrive in (the same files then give the same keys,
 * first come keeps a taken key, run after run), yielding whenever this thread has run for a slice.
 * After the load's last batch the index is tidied, a slice at a time too.
 */
import { performance } from 'node:perf_hooks';
import type { CancellationToken, PreparedBatch, SourceLoading } from '../core';
import { nextTurn } from './turns';

export interface InserterOptions {
  /** How many jobs take turns. */
  readonly shards: number;
  /** Stamps the load's batches (see PreparedBatch.load). */
  readonly load: number;
  /** Longest the inserting side runs before it yields, in ms. */
  readonly sliceMs: number;
  readonly token: CancellationToken;
  /** Called after each inserted batch with the files handled so far and the load's total. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly total: () => number;
  /** Awaited before the first batch goes in: an index snapshot being adopted. */
  readonly beforeFirst?: Promise<void>;
  /** Whether a snapshot was adopted: the load's postings are in place already. */
  readonly adopted: () => boolean;
}

interface Offered {
  readonly batch: PreparedBatch;
  readonly done: number;
  readonly inserted: () => void;
}

export class Inserter {
  /** The longest piece of work this side did without yielding (insertion or tidying), in ms. */
  longestSliceMs = 0;
  private lastYield = Date.now();
  /** Items per addPrepared call, adapted to how long calls take. */
  private step = 2;
  private beforeFirst: Promise<void> | undefined;
  private readonly pending: Offered[][];
  private readonly ended: boolean[];
  private readonly doneBy: number[];
  private turn = 0;
  private pumping = false;
  private finals = 0;
  private reserved = false;

  constructor(
    private readonly loading: SourceLoading,
    private readonly o: InserterOptions,
  ) {
    this.pending = Array.from({ length: o.shards }, () => []);
    this.ended = Array.from({ length: o.shards }, () => false);
    this.doneBy = Array.from({ length: o.shards }, () => 0);
    this.beforeFirst = o.beforeFirst;
  }

  /** Job k's next batch, `done` its files handled so far; settles once the batch is in. */
  offer(k: number, batch: PreparedBatch, done: number): Promise<void> {
    return new Promise<void>((inserted) => {
      this.pending[k].push({ batch, done, inserted });
      void this.pump();
    });
  }

  /** Job k sends nothing more. */
  end(k: number): void {
    this.ended[k] = true;
    void this.pump();
  }

  /** This thread has just given others a turn (a job in-process reads between batches). */
  yielded(): void {
    this.lastYield = Date.now();
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      const { shards } = this.o;
      for (;;) {
        for (let skipped = 0; skipped < shards && this.ended[this.turn] && this.pending[this.turn].length === 0; skipped++) this.turn = (this.turn + 1) % shards;
        const next = this.pending[this.turn].shift();
        if (!next) return; // this job's next batch is still to come
        this.doneBy[this.turn] = next.done;
        await this.insert(this.stamped(next.batch), this.doneBy.reduce((a, b) => a + b, 0));
        next.inserted();
        this.turn = (this.turn + 1) % shards;
      }
    } finally {
      this.pumping = false;
    }
  }

  /** A job's batch as the load's: only the load's last batch ends it, and only its first makes room. */
  private stamped(given: PreparedBatch): PreparedBatch {
    let batch: PreparedBatch = { ...given, load: this.o.load };
    if (batch.final) {
      this.finals++;
      this.ended[this.turn] = true;
      // Only the load's last batch ends it (the mappings go, the index is tidied).
      if (this.finals < this.o.shards) batch = { ...batch, final: undefined };
    }
    if (batch.reserve) {
      // Each job guesses for its share; the shares are about equal.
      batch = { ...batch, reserve: this.reserved ? undefined : batch.reserve * this.o.shards };
      this.reserved = true;
    }
    return batch;
  }

  private async insert(given: PreparedBatch, done: number): Promise<void> {
    let batch = given;
    if (this.beforeFirst) {
      await this.beforeFirst;
      this.beforeFirst = undefined;
    }
    // An adopted snapshot holds the postings: no room to make for them.
    if (this.o.adopted() && batch.reserve) batch = { ...batch, reserve: undefined };
    // Insert a few items at a time; yield whenever this thread has run for a slice.
    const n = batch.items.length;
    for (let i = 0; i < Math.max(1, n); ) {
      if (this.o.token.isCancellationRequested) return;
      const take = Math.min(this.step, n - i);
      this.insertPart(batch, i, take);
      i += Math.max(1, take);
      if (Date.now() - this.lastYield > this.o.sliceMs) {
        await nextTurn();
        this.lastYield = Date.now();
      }
    }
    this.o.onProgress?.(done, this.o.total());
    if (batch.final) await this.tidy();
  }

  /** Items [i, i + take) of a batch; the vocabulary and the room go with its first part, the end with its last. */
  private insertPart(batch: PreparedBatch, i: number, take: number): void {
    const n = batch.items.length;
    const first = i === 0;
    const last = i + take >= n;
    const t0 = performance.now();
    this.timed(() =>
      this.loading.addPrepared({
        ...batch,
        terms: first ? batch.terms : [],
        termsFrom: first ? batch.termsFrom : batch.termsFrom + batch.terms.length,
        items: take === n ? batch.items : batch.items.slice(i, i + take),
        final: last && batch.final,
        reserve: first ? batch.reserve : undefined,
      }),
    );
    // As many items per call as fit well inside a slice: few while the code is still cold (or the
    // sources are long), more once it runs fast.
    const took = performance.now() - t0;
    const sliceMs = this.o.sliceMs;
    if (took < sliceMs / 8 && this.step < 64) this.step *= 2;
    else if (took > sliceMs / 2 && this.step > 1) this.step >>= 1;
  }

  /** After the last batch: the index rewrites its postings compactly, a slice at a time. */
  private async tidy(): Promise<void> {
    while (!this.o.token.isCancellationRequested && !this.timed(() => this.loading.tidy(this.o.sliceMs))) {
      await nextTurn();
      this.lastYield = Date.now();
    }
  }

  private timed<T>(f: () => T): T {
    const t0 = performance.now();
    const r = f();
    this.longestSliceMs = Math.max(this.longestSliceMs, performance.now() - t0);
    return r;
  }
}
