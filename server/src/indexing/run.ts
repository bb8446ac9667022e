/**
 * Indexes files into a SourcedService without making its thread wait: a worker thread (dist/indexWorker.js,
 * beside the bundle that loaded this) reads, tokenises and caches; this side inserts each batch and
 * yields between batches so requests are answered meanwhile. Without a worker bundle (running from
 * source) the same job runs in-process. Used by the language server and the CLI.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CancellationToken, CorpusSnapshot, PreparedBatch, SourcedService } from '../core';
import { unpackBatch, type WireBatch } from './wire';
import { runIndexJob, shareOf, type IndexJobInput, type IndexJobResult } from './job';
import { readSnapshot, writeSnapshot } from './snapshot';
import { CACHE_FORMAT, shardCacheFile } from './cache';
import { nextTurn } from './turns';

export interface IndexRunOptions {
  /**
   * The files to index, in order. A promise lets the job open the old cache while the host is still
   * looking for files (the two take about as long in a big workspace).
   */
  readonly files: readonly string[] | Promise<readonly string[]>;
  /** Size and mtime of each file, when the host's walk has them (see IndexJobInput.stats). */
  readonly stats?: Promise<Float64Array | undefined>;
  /**
   * Called when the job has opened the old cache and could stat files itself: a host stat-ing them
   * while it walks can stop there and leave the rest (NaN) to the job, which then has time for it.
   */
  readonly onCacheOpened?: () => void;
  readonly cacheFile?: string;
  /** Rewrite the cache after the run (full runs); partial runs (a few changed files) leave it. */
  readonly writeCache: boolean;
  readonly maxFileBytes: number;
  /** How the user raises maxFileBytes, named in the message on a larger file. */
  readonly sizeHint?: string;
  readonly token?: CancellationToken;
  /** Called after each inserted batch with files handled so far. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly log?: (level: 'info' | 'warn', message: string) => void;
  /** Only bring the cache up to date: read what changed, hand nothing over. */
  readonly cacheOnly?: boolean;
  /** Force in-process (true) or worker (false); default: a worker when its bundle is present. */
  readonly inProcess?: boolean;
  /** Longest the inserting side runs before it yields, in ms. */
  readonly sliceMs?: number;
  /**
   * The index snapshot to start from (when the service is empty) and to rewrite after a full run that
   * changed the index (see snapshot.ts).
   */
  readonly snapshotFile?: string;
  /**
   * How many jobs index side by side, one worker each, each with its share of the files and its own
   * cache file (see shardOf). Default: defaultShards() for a full load, one for a few changed files.
   */
  readonly shards?: number;
}

export interface IndexRunResult extends IndexJobResult {
  readonly worker: boolean;
  /** How many jobs (worker threads, or in-process) shared the load. */
  readonly shards?: number;
  readonly cancelled: boolean;
  /** The longest piece of work this side did without yielding (insertion or tidying), in ms. */
  readonly longestSliceMs?: number;
  /** What became of the snapshot: 'off', 'missing', 'adopted', or why it was not used. */
  readonly snapshot?: string;
  /** Settles when the new snapshot is written (true) or was not (false); absent when none was due. */
  readonly snapshotWrite?: Promise<boolean>;
}

let sessions = 0;
let loads = 0;

/**
 * How many workers index a full load side by side: one per core, at most four. The main thread
 * mostly waits for them, inserting what they send a slice at a time.
 */
export function defaultShards(): number {
  return Math.max(1, Math.min(4, os.availableParallelism?.() ?? os.cpus().length));
}

/** Below this many files (a few changed ones) a load is not worth splitting. */
const SPLIT_FROM = 512;

/** The worker bundle, next to the bundle running this code (dist/ in a build or an installed .vsix). */
export function workerScript(): string | undefined {
  const p = path.join(__dirname, 'indexWorker.js');
  return fs.existsSync(p) ? p : undefined;
}

let cachedFingerprint: string | undefined;

/** The readers of PDF and Word files, bundled apart and loaded on first use (see esbuild.mjs). */
const VENDORS = ['vendor-unpdf.js', 'vendor-mammoth.js', 'vendor-jszip.js'];

/**
 * Identifies this build of the indexer: the cache format plus a hash of the worker bundle and the
 * file readers beside it (or of this module's file when running from source). A cache written by any
 * other build is discarded.
 */
export function indexerFingerprint(): string {
  if (!cachedFingerprint) {
    const script = workerScript();
    let digest = 'unknown';
    try {
      const hash = createHash('sha1');
      if (script) {
        hash.update(fs.readFileSync(script));
        for (const v of VENDORS) {
          const p = path.join(path.dirname(script), v);
          if (fs.existsSync(p)) hash.update(fs.readFileSync(p));
        }
      } else hash.update(fs.readFileSync(__filename));
      digest = hash.digest('hex').slice(0, 16);
    } catch {
      /* unreadable: every run gets a fresh cache, which is safe */
      digest = String(Date.now());
    }
    cachedFingerprint = `${CACHE_FORMAT}-${digest}`;
  }
  return cachedFingerprint;
}

export async function indexFiles(service: SourcedService, givenOptions: IndexRunOptions): Promise<IndexRunResult> {
  // Each job of a load says so when the cache cannot be written (a full disk): the writer hears it once.
  const said = new Set<string>();
  const options: IndexRunOptions = {
    ...givenOptions,
    log: givenOptions.log && ((level, message) => {
      const once = /^The index cache cannot be written/.test(message) ? message.replace(/ \(.*?\);/, ';') : undefined;
      if (once !== undefined && said.has(once)) return;
      if (once !== undefined) said.add(once);
      givenOptions.log!(level, message);
    }),
  };
  const token = options.token ?? { isCancellationRequested: false };
  const sliceMs = options.sliceMs ?? 8;
  const listed = Array.isArray(options.files) ? (options.files as readonly string[]) : undefined;
  const files: Promise<readonly string[]> = listed ? Promise.resolve(listed) : (options.files as Promise<readonly string[]>);
  let total = listed?.length ?? 0;
  void files.then((f) => (total = f.length), () => undefined);
  const fingerprint = indexerFingerprint();
  // A cache is split as its load is: the same number of shards every time (their files are kept).
  const shards = Math.max(1, Math.floor(options.shards ?? (options.cacheFile || !listed || listed.length >= SPLIT_FROM ? defaultShards() : 1)));
  const load = ++loads;
  const inputs: IndexJobInput[] = Array.from({ length: shards }, (_, k) => ({
    session: ++sessions,
    files: listed,
    cacheFile: options.cacheFile === undefined ? undefined : shardCacheFile(options.cacheFile, k),
    writeCache: options.writeCache,
    fingerprint,
    maxFileBytes: options.maxFileBytes,
    sizeHint: options.sizeHint,
    deliver: !options.cacheOnly,
    ...(shards > 1 ? { shard: { index: k, count: shards } } : {}),
  }));

  // The saved index is read while the workers open the cache, and taken in before the first batch.
  let snapshotState = 'off';
  let adopted: CorpusSnapshot | undefined;
  let snapshotRead: Promise<void> | undefined;
  if (options.snapshotFile && !options.cacheOnly && service.stats().sources === 0 && service.problems().length === 0) {
    snapshotRead = readSnapshot(options.snapshotFile, fingerprint).then(async (r) => {
      if (r.status !== 'ok') {
        snapshotState = r.status === 'missing' ? 'missing' : `discarded: ${r.reason}`;
        if (r.status === 'discarded') options.log?.('warn', `The index snapshot was discarded and will be rewritten: ${r.reason}.`);
        return;
      }
      if (token.isCancellationRequested || service.stats().sources !== 0) return;
      try {
        for (const _ of service.adoptSnapshot(r.snapshot)) await nextTurn();
        adopted = r.snapshot;
        snapshotState = 'adopted';
      } catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        snapshotState = `discarded: ${reason}`;
        options.log?.('warn', `The index snapshot was discarded and will be rewritten: ${reason}.`);
      }
    });
  }
  /** After a run: write a new snapshot unless the adopted one already is this index. */
  const concluded = (results: readonly IndexJobResult[], worker: boolean): IndexRunResult => {
    const result = combine(results);
    const cancelled = token.isCancellationRequested;
    let snapshotWrite: Promise<boolean> | undefined;
    const current = adopted && result.read === 0 && service.stats().sources === adopted.uris.length;
    if (options.snapshotFile && options.writeCache && !options.cacheOnly && !cancelled && !current) {
      const generation = service.generation;
      const file = options.snapshotFile;
      snapshotWrite = (async () => {
        const steps = service.exportSnapshotSteps();
        let step = steps.next();
        while (!step.done) {
          await nextTurn();
          step = steps.next();
        }
        return step.value ? writeSnapshot(file, fingerprint, step.value, () => service.generation === generation) : false;
      })().catch(() => false);
    }
    return { ...result, worker, shards, cancelled, longestSliceMs, snapshot: snapshotState, snapshotWrite };
  };

  let lastYield = Date.now();
  /** After the last batch: the index rewrites its postings compactly, a slice at a time. */
  let longestSliceMs = 0;
  const timed = <T>(f: () => T): T => {
    const t0 = performance.now();
    const r = f();
    longestSliceMs = Math.max(longestSliceMs, performance.now() - t0);
    return r;
  };
  const tidy = async (): Promise<void> => {
    while (!token.isCancellationRequested && !timed(() => service.tidyIndex(sliceMs))) {
      await nextTurn();
      lastYield = Date.now();
    }
  };
  /** Items per addPrepared call, adapted to how long calls take. */
  let step = 2;
  const insert = async (batch: PreparedBatch, done: number): Promise<void> => {
    if (snapshotRead) {
      await snapshotRead;
      snapshotRead = undefined;
    }
    // An adopted snapshot holds the postings: no room to make for them.
    if (adopted && batch.reserve) batch = { ...batch, reserve: undefined };
    // Insert a few items at a time; yield whenever this thread has run for a slice.
    const n = batch.items.length;
    for (let i = 0; i < Math.max(1, n); ) {
      if (token.isCancellationRequested) return;
      const first = i === 0;
      const take = Math.min(step, n - i);
      const last = i + take >= n;
      const t0 = performance.now();
      timed(() => service.addPrepared({
        ...batch,
        terms: first ? batch.terms : [],
        termsFrom: first ? batch.termsFrom : batch.termsFrom + batch.terms.length,
        items: take === n ? batch.items : batch.items.slice(i, i + take),
        final: last && batch.final,
        reserve: first ? batch.reserve : undefined,
      }));
      i += Math.max(1, take);
      // As many items per call as fit well inside a slice: few while the code is still cold (or the
      // sources are long), more once it runs fast.
      const took = performance.now() - t0;
      if (took < sliceMs / 8 && step < 64) step *= 2;
      else if (took > sliceMs / 2 && step > 1) step >>= 1;
      if (Date.now() - lastYield > sliceMs) {
        await nextTurn();
        lastYield = Date.now();
      }
    }
    options.onProgress?.(done, total);
    if (batch.final) await tidy();
  };

  // The jobs' batches are inserted in turn, one of each job's, whatever order they arrive in: the same
  // files then give the same keys (first come keeps a taken key) run after run.
  const pending = inputs.map(() => [] as Array<{ batch: PreparedBatch; done: number; inserted: () => void }>);
  const ended = inputs.map(() => false);
  const doneBy = inputs.map(() => 0);
  let turn = 0;
  let pumping = false;
  let finals = 0;
  let reserved = false;
  const pump = async (): Promise<void> => {
    if (pumping) return;
    pumping = true;
    try {
      for (;;) {
        for (let skipped = 0; skipped < shards && ended[turn] && pending[turn].length === 0; skipped++) turn = (turn + 1) % shards;
        const next = pending[turn].shift();
        if (!next) return; // this job's next batch is still to come
        doneBy[turn] = next.done;
        let batch: PreparedBatch = { ...next.batch, load };
        if (batch.final) {
          finals++;
          ended[turn] = true;
          // Only the load's last batch ends it (the mappings go, the index is tidied).
          if (finals < shards) batch = { ...batch, final: undefined };
        }
        if (batch.reserve) {
          // Each job guesses for its share; the shares are about equal.
          batch = { ...batch, reserve: reserved ? undefined : batch.reserve * shards };
          reserved = true;
        }
        await insert(batch, doneBy.reduce((a, b) => a + b, 0));
        next.inserted();
        turn = (turn + 1) % shards;
      }
    } finally {
      pumping = false;
    }
  };
  const offer = (k: number, batch: PreparedBatch, done: number): Promise<void> =>
    new Promise<void>((inserted) => {
      pending[k].push({ batch, done, inserted });
      void pump();
    });
  /** Job k sends nothing more. */
  const end = (k: number) => {
    ended[k] = true;
    void pump();
  };
  let opened = 0;
  const onOpened = () => {
    if (++opened === shards) options.onCacheOpened?.();
  };

  const script = options.inProcess ? undefined : workerScript();
  if (!script || options.inProcess === true) {
    // In-process the jobs take turns on this thread; their batches still go in one of each in turn.
    const results = await Promise.all(
      inputs.map((input, k) =>
        runIndexJob(input, {
          files: async () => ({ files: await files, stats: await options.stats }),
          opened: onOpened,
          async batch(b, done) {
            await offer(k, b, done);
            // The reading itself runs here too: give requests their turn after every batch.
            await nextTurn();
            lastYield = Date.now();
          },
          log: (level, message) => options.log?.(level, message),
          cancelled: () => token.isCancellationRequested,
        }).finally(() => end(k)),
      ),
    );
    return concluded(results, false);
  }

  return new Promise<IndexRunResult>((resolve, reject) => {
    const workers: Worker[] = [];
    const results: Array<IndexJobResult | undefined> = inputs.map(() => undefined);
    const inserted: Array<Promise<void>> = inputs.map(() => Promise.resolve());
    const allInserted = () => Promise.all(inserted).then(() => undefined);
    let settled = false;
    const finish = (f: () => void) => {
      if (settled) return;
      settled = true;
      clearInterval(watch);
      for (const w of workers) void w.terminate();
      f();
    };
    // A superseded run stops its workers without waiting for them.
    const watch = setInterval(() => {
      if (token.isCancellationRequested) {
        for (const w of workers) w.postMessage({ type: 'cancel' });
        inputs.forEach((_, k) => end(k));
        void allInserted().then(() => finish(() => resolve({ files: total, reused: 0, read: 0, problems: 0, cache: 'cancelled', cacheWritten: false, ms: 0, worker: true, cancelled: true, snapshot: snapshotState })));
      }
    }, 50);

    /**
     * What each shard's current worker is doing: its files (known once the list is; undefined while a
     * first worker picks its share itself), how many of them its batches so far covered, which one it is
     * reading (shared memory, readable after it died), and what earlier workers of the shard covered.
     */
    const jobs = inputs.map(() => ({ files: undefined as { files: string[]; stats?: Float64Array } | undefined, delivered: 0, offset: 0, reading: new Int32Array(new SharedArrayBuffer(4)), crashes: 0 }));
    const start = (k: number, input: IndexJobInput): void => {
      const job = jobs[k];
      job.reading[0] = -1;
      job.delivered = 0;
      const worker = new Worker(script, { workerData: { ...input, reading: job.reading.buffer }, resourceLimits: { maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: workerMemoryMb() } });
      workers[k] = worker;
      let gone = false;
      worker.on('message', (m: { type: string; batch?: WireBatch; done?: number; level?: 'info' | 'warn'; message?: string; result?: IndexJobResult }) => {
        if (gone) return;
        if (m.type === 'batch') {
          job.delivered = m.done!;
          inserted[k] = offer(k, unpackBatch(m.batch!), job.offset + m.done!).then(() => {
            if (!settled && !gone) worker.postMessage({ type: 'ack' });
          });
        } else if (m.type === 'log') options.log?.(m.level ?? 'info', m.message ?? '');
        else if (m.type === 'opened') onOpened();
        else if (m.type === 'done') {
          gone = true;
          results[k] = job.offset ? { ...m.result!, files: job.offset + m.result!.files } : m.result!;
          end(k);
          // Its batches are all sent: this worker can go while the others finish.
          void inserted[k].then(() => worker.terminate());
          if (results.every((r) => r)) void allInserted().then(() => finish(() => resolve(concluded(results as IndexJobResult[], true))));
        } else if (m.type === 'error') {
          gone = true;
          void worker.terminate();
          void replace(k, input, m.message ?? 'an error');
        }
      });
      worker.on('error', (e) => {
        if (gone) return;
        gone = true;
        void replace(k, input, (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : e.message);
      });
      worker.on('exit', (code) => {
        if (gone || results[k]) return;
        gone = true;
        void replace(k, input, `exit code ${code}`);
      });
    };

    /**
     * A worker died (a file ran it out of memory, say). The file it was reading is reported and skipped,
     * and a new worker indexes the rest of the shard's files from the first its batches had not covered:
     * the dead worker costs its file, never the load. Without a file to blame, a shard gets three tries.
     */
    const replace = async (k: number, input: IndexJobInput, why: string): Promise<void> => {
      if (settled) return;
      const job = jobs[k];
      try {
        job.files ??= await shardFiles(k);
      } catch (e) {
        finish(() => reject(e));
        return;
      }
      const at = job.reading[0];
      const culprit = at >= job.delivered ? at : -1;
      if (culprit < 0 && ++job.crashes > 2) {
        inputs.forEach((_, j) => end(j));
        void allInserted().then(() => finish(() => reject(new Error(`The indexing worker failed: ${why}`))));
        return;
      }
      removeOwnTemporaryFiles(input.cacheFile);
      if (culprit >= 0) {
        const file = job.files.files[culprit];
        const reason = why === 'memory' ? 'reading it needed more memory than Sourced gives one file, so it is skipped' : 'reading it stopped the indexer, so it is skipped (the file may be damaged)';
        service.reportProblem({ uri: pathToFileURL(file).href, fileName: path.basename(file), reason });
      }
      const from = job.delivered;
      const keep = (i: number) => i >= from && i !== culprit;
      const rest = job.files.files.filter((_, i) => keep(i));
      const stats = job.files.stats ? Float64Array.from(job.files.files.flatMap((_, i) => (keep(i) ? [job.files!.stats![2 * i], job.files!.stats![2 * i + 1]] : []))) : undefined;
      job.offset += from + (culprit >= 0 ? 1 : 0);
      job.files = { files: rest, stats };
      // The new worker reads the shard's old cache (unchanged files still come from it) but writes none:
      // the next full run writes it whole.
      start(k, { ...input, session: ++sessions, files: rest, stats, shard: undefined, writeCache: false });
    };
    /** Shard k's files in its job's order, as its first worker picked them. */
    const shardFiles = async (k: number): Promise<{ files: string[]; stats?: Float64Array }> => {
      const [f, st] = await Promise.all([files, options.stats]);
      const known = st && st.length === 2 * f.length ? st : undefined;
      return shards > 1 ? shareOf({ files: f, stats: known }, { index: k, count: shards }) : { files: [...f], stats: known };
    };

    inputs.forEach((input, k) => start(k, input));
    // The workers open the old cache meanwhile; the list follows when the host has it. A string per
    // part of 8,192 paths, not a string per path: copying it to a worker is one copy, not thousands of
    // small ones; and parts, with a turn between, because joining and copying 100,000 paths at once
    // held this thread 30–45 ms.
    if (!listed) {
      Promise.all([files, options.stats]).then(
        async ([f, stats]) => {
          const known = stats && stats.length === 2 * f.length ? stats : undefined;
          const first = [...workers];
          for (let from = 0; ; from += FILES_PER_MESSAGE) {
            if (settled) return;
            const to = Math.min(f.length, from + FILES_PER_MESSAGE);
            const message = { type: 'files', files: f.slice(from, to).join('\0'), stats: known?.slice(2 * from, 2 * to), last: to === f.length };
            // Only to the first workers: a replacement is given its files when it starts.
            first.forEach((w, k) => workers[k] === w && w.postMessage(message));
            if (message.last) return;
            await nextTurn();
          }
        },
      ).catch((e) => finish(() => reject(e)));
    }
  });
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

/** Paths per message when the file list goes to the workers. */
const FILES_PER_MESSAGE = 8192;

/** One result for the jobs of a load. */
function combine(results: readonly IndexJobResult[]): IndexJobResult {
  if (results.length === 1) return results[0];
  const sum = (f: (r: IndexJobResult) => number) => results.reduce((a, r) => a + f(r), 0);
  const states = [...new Set(results.map((r) => r.cache))];
  return {
    files: sum((r) => r.files),
    reused: sum((r) => r.reused),
    read: sum((r) => r.read),
    problems: sum((r) => r.problems),
    cache: states.length === 1 ? states[0] : results.map((r, k) => `shard ${k + 1} ${r.cache}`).join(', '),
    cacheWritten: results.some((r) => r.cacheWritten),
    ms: Math.max(...results.map((r) => r.ms)),
  };
}

