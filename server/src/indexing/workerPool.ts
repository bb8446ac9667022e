/**
 * A load's worker threads (dist/indexWorker.js), one per shard: starting them, handing them the file
 * list, taking their batches to the inserter, and replacing one that dies. A dead worker costs the file
 * it was reading, never the load.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CancellationToken, SourceProblem } from '../core';
import type { Inserter } from './inserter';
import { nextSession, type IndexJobInput, type IndexJobResult } from './job';
import type { FromIndexWorker, IndexWorkerData, ToIndexWorker } from './messages';
import { shareOf } from './shards';
import { nextTurn } from './turns';
import { unpackBatch } from './wire';

/** Paths per message when the file list goes to the workers. */
const FILES_PER_MESSAGE = 8192;
/** How often a run looks whether it was superseded, in ms. */
const CANCEL_POLL_MS = 50;

export interface WorkerPoolRun<R> {
  readonly script: string;
  readonly inputs: readonly IndexJobInput[];
  /** The files, in order, and what the host's walk knows of them (see IndexJobInput.stats). */
  readonly files: Promise<readonly string[]>;
  readonly stats?: Promise<Float64Array | undefined>;
  /** The list was given up front (the workers have it); otherwise it goes to them in parts once known. */
  readonly listed: boolean;
  readonly token: CancellationToken;
  readonly inserter: Inserter;
  readonly log?: (level: 'info' | 'warn', message: string) => void;
  /** A worker has opened its old cache. */
  readonly opened: () => void;
  /** A file that stopped a worker. */
  readonly reportProblem: (problem: SourceProblem) => void;
  /** The run's result once every worker is done and every batch is in. */
  readonly concluded: (results: IndexJobResult[]) => R;
  /** The run's result when it was superseded. */
  readonly cancelled: () => R;
}

/**
 * What each shard's current worker is doing: its files (known once the list is; undefined while a
 * first worker picks its share itself), how many of them its batches so far covered, which one it is
 * reading (shared memory, readable after it died), and what earlier workers of the shard covered.
 */
interface Shard {
  files: { files: string[]; stats?: Float64Array } | undefined;
  delivered: number;
  offset: number;
  readonly reading: Int32Array;
  crashes: number;
}

export function runInWorkers<R>(run: WorkerPoolRun<R>): Promise<R> {
  return new Promise<R>((resolve, reject) => new WorkerPool(run, resolve, reject).start());
}

class WorkerPool<R> {
  private readonly workers: Worker[] = [];
  private readonly results: Array<IndexJobResult | undefined>;
  private readonly inserted: Array<Promise<void>>;
  private readonly shards: Shard[];
  private settled = false;
  private watch: NodeJS.Timeout | undefined;

  constructor(
    private readonly run: WorkerPoolRun<R>,
    private readonly resolve: (r: R) => void,
    private readonly reject: (e: unknown) => void,
  ) {
    this.results = run.inputs.map(() => undefined);
    this.inserted = run.inputs.map(() => Promise.resolve());
    this.shards = run.inputs.map(() => ({ files: undefined, delivered: 0, offset: 0, reading: new Int32Array(new SharedArrayBuffer(4)), crashes: 0 }));
  }

  start(): void {
    // A superseded run stops its workers without waiting for them.
    this.watch = setInterval(() => {
      if (!this.run.token.isCancellationRequested) return;
      for (const w of this.workers) this.post(w, { type: 'cancel' });
      this.endAll();
      void this.allInserted().then(() => this.finish(() => this.resolve(this.run.cancelled())));
    }, CANCEL_POLL_MS);
    this.run.inputs.forEach((input, k) => this.startWorker(k, input));
    if (!this.run.listed) this.sendFileList();
  }

  private allInserted(): Promise<void> {
    return Promise.all(this.inserted).then(() => undefined);
  }

  private endAll(): void {
    this.run.inputs.forEach((_, k) => this.run.inserter.end(k));
  }

  private finish(f: () => void): void {
    if (this.settled) return;
    this.settled = true;
    clearInterval(this.watch);
    for (const w of this.workers) void w.terminate();
    f();
  }

  private post(worker: Worker, message: ToIndexWorker): void {
    worker.postMessage(message);
  }

  private startWorker(k: number, input: IndexJobInput): void {
    const shard = this.shards[k];
    shard.reading[0] = -1;
    shard.delivered = 0;
    const workerData: IndexWorkerData = { ...input, reading: shard.reading.buffer as SharedArrayBuffer };
    const worker = new Worker(this.run.script, { workerData, resourceLimits: { maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: workerMemoryMb() } });
    this.workers[k] = worker;
    /** This worker has said its last (done, an error) or died: nothing more from it counts. */
    const state = { gone: false };
    const died = (why: string) => {
      state.gone = true;
      void this.replace(k, input, why);
    };
    worker.on('message', (m: FromIndexWorker) => {
      if (state.gone) return;
      if (m.type === 'done' || m.type === 'error') state.gone = true;
      this.onMessage(k, input, worker, state, m);
    });
    worker.on('error', (e) => {
      if (!state.gone) died((e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : e.message);
    });
    worker.on('exit', (code) => {
      if (!state.gone && !this.results[k]) died(`exit code ${code}`);
    });
  }

  private onMessage(k: number, input: IndexJobInput, worker: Worker, state: { readonly gone: boolean }, m: FromIndexWorker): void {
    const shard = this.shards[k];
    if (m.type === 'batch') {
      shard.delivered = m.done;
      this.inserted[k] = this.run.inserter.offer(k, unpackBatch(m.batch), shard.offset + m.done).then(() => {
        if (!this.settled && !state.gone) this.post(worker, { type: 'ack' });
      });
    } else if (m.type === 'log') this.run.log?.(m.level ?? 'info', m.message ?? '');
    else if (m.type === 'opened') this.run.opened();
    else if (m.type === 'done') {
      this.results[k] = shard.offset ? { ...m.result, files: shard.offset + m.result.files } : m.result;
      this.run.inserter.end(k);
      // Its batches are all sent: this worker can go while the others finish.
      void this.inserted[k].then(() => worker.terminate());
      if (this.results.every((r) => r)) void this.allInserted().then(() => this.finish(() => this.resolve(this.run.concluded(this.results as IndexJobResult[]))));
    } else if (m.type === 'error') {
      void worker.terminate();
      void this.replace(k, input, m.message ?? 'an error');
    }
  }

  /**
   * A worker died (a file ran it out of memory, say). The file it was reading is reported and skipped,
   * and a new worker indexes the rest of the shard's files from the first its batches had not covered.
   * Without a file to blame, a shard gets three tries.
   */
  private async replace(k: number, input: IndexJobInput, why: string): Promise<void> {
    if (this.settled) return;
    const shard = this.shards[k];
    try {
      shard.files ??= await this.shardFiles(k);
    } catch (e) {
      this.finish(() => this.reject(e));
      return;
    }
    const at = shard.reading[0];
    const culprit = at >= shard.delivered ? at : -1;
    if (culprit < 0 && ++shard.crashes > 2) {
      this.endAll();
      void this.allInserted().then(() => this.finish(() => this.reject(new Error(`The indexing worker failed: ${why}`))));
      return;
    }
    removeOwnTemporaryFiles(input.cacheFile);
    if (culprit >= 0) {
      const file = shard.files.files[culprit];
      const reason = why === 'memory' ? 'reading it needed more memory than Sourced gives one file, so it is skipped' : 'reading it stopped the indexer, so it is skipped (the file may be damaged)';
      this.run.reportProblem({ uri: pathToFileURL(file).href, fileName: path.basename(file), reason });
    }
    const from = shard.delivered;
    const keep = (i: number) => i >= from && i !== culprit;
    const known = shard.files;
    const rest = known.files.filter((_, i) => keep(i));
    const stats = known.stats ? Float64Array.from(known.files.flatMap((_, i) => (keep(i) ? [known.stats![2 * i], known.stats![2 * i + 1]] : []))) : undefined;
    shard.offset += from + (culprit >= 0 ? 1 : 0);
    shard.files = { files: rest, stats };
    // The new worker reads the shard's old cache (unchanged files still come from it) but writes none:
    // the next full run writes it whole.
    this.startWorker(k, { ...input, session: nextSession(), files: rest, stats, shard: undefined, writeCache: false });
  }

  /** Shard k's files in its job's order, as its first worker picked them. */
  private async shardFiles(k: number): Promise<{ files: string[]; stats?: Float64Array }> {
    const [f, st] = await Promise.all([this.run.files, this.run.stats]);
    const known = st && st.length === 2 * f.length ? st : undefined;
    const count = this.run.inputs.length;
    return count > 1 ? shareOf({ files: f, stats: known }, { index: k, count }) : { files: [...f], stats: known };
  }

  /**
   * The workers open the old cache meanwhile; the list follows when the host has it. A string per part
   * of FILES_PER_MESSAGE paths, not a string per path: copying it to a worker is one copy, not thousands
   * of small ones; and parts, with a turn between, so the copying never holds this thread for long.
   */
  private sendFileList(): void {
    Promise.all([this.run.files, this.run.stats])
      .then(async ([f, stats]) => {
        const known = stats && stats.length === 2 * f.length ? stats : undefined;
        const first = [...this.workers];
        for (let from = 0; ; from += FILES_PER_MESSAGE) {
          if (this.settled) return;
          const to = Math.min(f.length, from + FILES_PER_MESSAGE);
          const message: ToIndexWorker = { type: 'files', files: f.slice(from, to).join('\0'), stats: known?.slice(2 * from, 2 * to), last: to === f.length };
          // Only to the first workers: a replacement is given its files when it starts.
          first.forEach((w, k) => this.workers[k] === w && this.post(w, message));
          if (message.last) return;
          await nextTurn();
        }
      })
      .catch((e) => this.finish(() => this.reject(e)));
  }
}

/**
 * The most memory (MB) an indexing worker's heap may use: past it the worker dies and costs only the
 * file it was reading. $SOURCED_WORKER_MEMORY_MB sets it (tests make it small).
 */
function workerMemoryMb(): number {
  const mb = Number(process.env.SOURCED_WORKER_MEMORY_MB);
  return Number.isFinite(mb) && mb >= 16 ? mb : 1536;
}

/** A worker that died while writing the cache left its temporary file (named with this process's id). */
function removeOwnTemporaryFiles(cacheFile: string | undefined): void {
  if (!cacheFile) return;
  const prefix = `${path.basename(cacheFile)}.${process.pid}.`;
  try {
    for (const name of fs.readdirSync(path.dirname(cacheFile))) if (name.startsWith(prefix) && name.endsWith('.tmp')) fs.rmSync(path.join(path.dirname(cacheFile), name), { force: true });
  } catch {
    /* nothing to remove */
  }
}
