/**
 * Indexes files into a SourcedService without making its thread wait: worker threads (workerPool.ts)
 * read, tokenise and cache; this side inserts each batch (inserter.ts) and yields between batches so
 * requests are answered meanwhile. Without a worker bundle (running from source) the same jobs run
 * in-process. Used by the language server and the CLI (see loadSources.ts).
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CancellationToken, CorpusSnapshot, SourcedService } from '../core';
import { CACHE_FORMAT } from './cache';
import { shardCacheFile } from './cacheFiles';
import { Inserter } from './inserter';
import { nextSession, runIndexJob, type IndexJobInput, type IndexJobResult } from './job';
import { defaultShards } from './shards';
import { readSnapshot, writeSnapshot } from './snapshot';
import { nextTurn } from './turns';
import { runInWorkers } from './workerPool';

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

let loads = 0;

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
  const options: IndexRunOptions = { ...givenOptions, log: givenOptions.log && sayingOnce(givenOptions.log) };
  const token = options.token ?? { isCancellationRequested: false };
  const listed = Array.isArray(options.files) ? (options.files as readonly string[]) : undefined;
  const files: Promise<readonly string[]> = listed ? Promise.resolve(listed) : (options.files as Promise<readonly string[]>);
  let total = listed?.length ?? 0;
  void files.then((f) => (total = f.length), () => undefined);
  const fingerprint = indexerFingerprint();
  // A cache is split as its load is: the same number of shards every time (their files are kept).
  const shards = Math.max(1, Math.floor(options.shards ?? (options.cacheFile || !listed || listed.length >= SPLIT_FROM ? defaultShards() : 1)));
  const inputs = jobInputs(options, listed, fingerprint, shards);
  // The saved index is read while the workers open the cache, and taken in before the first batch.
  const snapshot = new SnapshotAdoption(service, options, fingerprint, token);
  const inserter = new Inserter(service.loading, { shards, load: ++loads, sliceMs: options.sliceMs ?? 8, token, onProgress: options.onProgress, total: () => total, beforeFirst: snapshot.read, adopted: () => !!snapshot.adopted });
  const concluded = (results: readonly IndexJobResult[], worker: boolean): IndexRunResult => {
    const result = combine(results);
    const cancelled = token.isCancellationRequested;
    return { ...result, worker, shards, cancelled, longestSliceMs: inserter.longestSliceMs, snapshot: snapshot.state, snapshotWrite: snapshot.writeAfter(result, cancelled) };
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
            await inserter.offer(k, b, done);
            // The reading itself runs here too: give requests their turn after every batch.
            await nextTurn();
            inserter.yielded();
          },
          log: (level, message) => options.log?.(level, message),
          cancelled: () => token.isCancellationRequested,
        }).finally(() => inserter.end(k)),
      ),
    );
    return concluded(results, false);
  }
  return runInWorkers<IndexRunResult>({
    script,
    inputs,
    files,
    stats: options.stats,
    listed: !!listed,
    token,
    inserter,
    log: options.log,
    opened: onOpened,
    reportProblem: (problem) => service.reportProblem(problem),
    concluded: (results) => concluded(results, true),
    cancelled: () => ({ files: total, reused: 0, read: 0, problems: 0, cache: 'cancelled', cacheWritten: false, ms: 0, worker: true, cancelled: true, snapshot: snapshot.state }),
  });
}

/** Each job of a load says so when the cache cannot be written (a full disk): the writer hears it once. */
function sayingOnce(log: NonNullable<IndexRunOptions['log']>): NonNullable<IndexRunOptions['log']> {
  const said = new Set<string>();
  return (level, message) => {
    const once = /^The index cache cannot be written/.test(message) ? message.replace(/ \(.*?\);/, ';') : undefined;
    if (once !== undefined && said.has(once)) return;
    if (once !== undefined) said.add(once);
    log(level, message);
  };
}

/** What each job of a load is given: its share of the files (or all of them, later) and its cache file. */
function jobInputs(options: IndexRunOptions, listed: readonly string[] | undefined, fingerprint: string, shards: number): IndexJobInput[] {
  return Array.from({ length: shards }, (_, k) => ({
    session: nextSession(),
    files: listed,
    cacheFile: options.cacheFile === undefined ? undefined : shardCacheFile(options.cacheFile, k),
    writeCache: options.writeCache,
    fingerprint,
    maxFileBytes: options.maxFileBytes,
    sizeHint: options.sizeHint,
    deliver: !options.cacheOnly,
    ...(shards > 1 ? { shard: { index: k, count: shards } } : {}),
  }));
}

/**
 * The index snapshot of a load: read and adopted before the first batch when the service is empty,
 * and written again after a full run that changed the index.
 */
class SnapshotAdoption {
  /** What became of it: 'off', 'missing', 'adopted', or why it was not used. */
  state = 'off';
  adopted: CorpusSnapshot | undefined;
  /** Settles once the saved snapshot is read (and adopted, if it fits); absent when none is read. */
  readonly read: Promise<void> | undefined;

  constructor(
    private readonly service: SourcedService,
    private readonly options: IndexRunOptions,
    private readonly fingerprint: string,
    private readonly token: CancellationToken,
  ) {
    if (options.snapshotFile && !options.cacheOnly && service.loading.stats().sources === 0 && service.problems().length === 0) this.read = this.adopt(options.snapshotFile);
  }

  private async adopt(file: string): Promise<void> {
    const r = await readSnapshot(file, this.fingerprint);
    if (r.status !== 'ok') {
      this.state = r.status === 'missing' ? 'missing' : `discarded: ${r.reason}`;
      if (r.status === 'discarded') this.options.log?.('warn', `The index snapshot was discarded and will be rewritten: ${r.reason}.`);
      return;
    }
    if (this.token.isCancellationRequested || this.service.loading.stats().sources !== 0) return;
    try {
      for (const _ of this.service.loading.adoptSnapshot(r.snapshot)) await nextTurn();
      this.adopted = r.snapshot;
      this.state = 'adopted';
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      this.state = `discarded: ${reason}`;
      this.options.log?.('warn', `The index snapshot was discarded and will be rewritten: ${reason}.`);
    }
  }

  /** After a run: writes a new snapshot unless the adopted one already is this index. */
  writeAfter(result: IndexJobResult, cancelled: boolean): Promise<boolean> | undefined {
    const { options, service } = this;
    const current = this.adopted && result.read === 0 && service.loading.stats().sources === this.adopted.uris.length;
    if (!options.snapshotFile || !options.writeCache || options.cacheOnly || cancelled || current) return undefined;
    const generation = service.generation;
    const file = options.snapshotFile;
    return (async () => {
      const steps = service.loading.exportSnapshotSteps();
      let step = steps.next();
      while (!step.done) {
        await nextTurn();
        step = steps.next();
      }
      return step.value ? writeSnapshot(file, this.fingerprint, step.value, () => service.generation === generation) : false;
    })().catch(() => false);
  }
}

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
