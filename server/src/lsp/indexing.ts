/**
 * Indexing in the server: full runs over the workspace's sources, the files a watcher says changed,
 * and the cache brought up to date after them, one at a time on one queue (a full run never
 * interleaves with a change); progress and status for the client; the reindex and status requests.
 * Requests keep being answered meanwhile: the work runs in workers and slices (see indexing/).
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileChangeType, MessageType, ShowMessageNotification, type Connection, type FileEvent, type WorkDoneProgressServerReporter } from 'vscode-languageserver';
import { thousands, type ILogger, type SourcedService } from '../core';
import { indexFiles, type IndexRunResult } from '../indexing/run';
import { nextTurn } from '../indexing/turns';
import { findSourceFiles, leavesFolder, sourceMatcher } from '../workspace/files';
import { capFiles, findSources, indexCacheFile, isSmallFolder, loadSources, reportSkipped, tooManyFiles, type Skipped } from '../workspace/loadSources';
import { toCoreOptions } from '../workspace/settings';
import type { Bibliographies } from './bibliography';
import type { DraftChecks } from './diagnostics';
import { notify, onRequest, ReindexRequest, StatusNotification, StatusRequest } from './protocol';
import { SerialQueue } from './serialQueue';
import { pathToUri, type ServerWorkspace } from './workspace';
import { mark } from './startup';

/** Quiet time after watched changes before the index cache is rewritten. */
const CACHE_REFRESH_MS = Number(process.env.SOURCED_CACHE_REFRESH_MS) || 3000;
/** Progress reports and status notifications while indexing, at most one per this many ms. */
const PROGRESS_MS = 200;

/** What the last full run did, for the stats request. */
interface LastIndex {
  readonly files: number;
  readonly ms: number;
  readonly reused: number;
  readonly read: number;
  readonly cache: string;
  readonly snapshot: string;
  readonly worker: boolean;
  readonly shards: number;
  readonly limited: boolean;
  readonly longestSliceMs: number;
}

/** The files a full run indexes, what the walk left out, and the message when some were cut. */
interface Listed {
  readonly files: readonly string[];
  readonly skipped: readonly Skipped[];
  readonly limit: string | undefined;
}

export class Indexing {
  /** Full runs, watched changes and cache refreshes, one at a time, in the order they came. */
  private readonly queue = new SerialQueue();
  /** The current full run: an older one still going is cancelled. */
  private run = 0;
  private warnedGlobs = '';
  private cacheRefresh: NodeJS.Timeout | undefined;
  /** Called when a full run reads its files in worker threads (a large folder). */
  onWorkerRun: (() => void) | undefined;
  /** The index snapshot being written after a run: shutdown lets it finish. */
  snapshotWriting: Promise<void> = Promise.resolve();
  private lastIndex: LastIndex | undefined;
  /** Watcher events handled, and files they re-read (a changed source re-reads only itself). */
  private watcherRuns = 0;
  private watcherFiles = 0;
  private cacheRefreshes = 0;

  constructor(
    private readonly connection: Connection,
    private readonly ws: ServerWorkspace,
    private readonly service: SourcedService,
    private readonly checks: DraftChecks,
    private readonly log: ILogger,
  ) {}

  /** (Re)builds the index from disk in the background; drafts are checked once it is done. */
  start(): void {
    const run = ++this.run;
    this.checks.hold();
    this.ws.matchers = this.ws.folders.map((f) => sourceMatcher(f, this.sourceGlobs()));
    void this.queue.run(
      () => this.indexAll(run),
      (e) => {
        this.log.error(`Indexing failed: ${e instanceof Error ? e.stack : e}`);
        // Check drafts against what there is rather than never.
        if (run === this.run && this.checks.held) this.checks.release();
      },
    );
  }

  /** Settles once the indexing queued so far is done. */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  /** Watched files changed: they are read again (after whatever indexing is queued). */
  changed(changes: readonly FileEvent[]): void {
    void this.queue.run(
      () => this.applyChanges(changes),
      (e) => this.log.error(`Updating changed sources failed: ${e instanceof Error ? e.stack : e}`),
    );
  }

  /** For the stats request. */
  counters(): Record<string, unknown> {
    return { lastIndex: this.lastIndex, watcherRuns: this.watcherRuns, watcherFiles: this.watcherFiles, cacheRefreshes: this.cacheRefreshes };
  }

  /**
   * The sources globs to walk: a relative one that climbs out of the workspace folder ("../../**") is
   * left out with a message (it could walk the whole disk); a folder elsewhere is named by its absolute path.
   */
  private sourceGlobs(): string[] {
    const sources = this.ws.settings.sources;
    const out = sources.filter((g) => path.isAbsolute(g) || !leavesFolder(g));
    const left = sources.filter((g) => !out.includes(g));
    if (left.length && this.warnedGlobs !== left.join('\n')) {
      this.warnedGlobs = left.join('\n');
      this.warn(`The setting sourced.sources has ${left.map((g) => `"${g}"`).join(', ')}, which leave${left.length === 1 ? 's' : ''} the workspace folder: Sourced reads sources inside the workspace folders only, so ${left.length === 1 ? 'it is' : 'they are'} not used. To use a folder elsewhere, give its absolute path.`);
    }
    return out;
  }

  /** Logged, and shown: a notification, not a request, so nothing waits for the user and no client answer can fail. */
  private warn(message: string): void {
    this.log.warn(message);
    void this.ws.answered.then(() => this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }));
  }

  private async indexAll(run: number): Promise<void> {
    const started = Date.now();
    mark('indexing');
    const progress = new LateProgress(this.connection, this.ws);
    progress.begin('Looking for sources…');
    // The files are found while the indexer opens the old cache, and stat-ed on the way: the indexer
    // then only compares sizes and times. Only until it has the cache open: then it stats the rest itself.
    let statting = true;
    const listing = this.list(() => statting, progress);
    let lastReport = 0;
    const inProcess = await isSmallFolder(this.ws.matchers).catch(() => false);
    // Worker threads read a large folder: this thread has time for other things meanwhile.
    if (!inProcess) this.onWorkerRun?.();
    const result = await loadSources(this.service, indexCacheFile(this.ws.storagePath, this.ws.folders), {
      inProcess,
      files: listing.then((l) => l.files),
      stats: listing.then((l) => l.stats),
      onCacheOpened: () => (statting = false),
      maxFileBytes: toCoreOptions(this.ws.settings).maxFileBytes ?? 20 * 1048576,
      token: this.token(run),
      log: (level, m) => (level === 'warn' ? this.log.warn(m) : this.log.info(m)),
      onProgress: (done, total) => {
        const now = Date.now();
        if (now - lastReport < PROGRESS_MS && done !== total) return;
        lastReport = now;
        progress.report(Math.round((done / Math.max(1, total)) * 100), `Indexing sources ${thousands(done)}/${thousands(total)}`);
        if (this.ws.isAnswered) notify(this.connection, StatusNotification, { state: 'indexing', indexed: done, total });
      },
    }).catch((e) => {
      this.log.error(`Indexing failed: ${e instanceof Error ? e.stack : e}`);
      return undefined;
    });
    progress.done();
    if (run !== this.run) return;
    const listed = await listing.catch(() => ({ files: [], skipped: [], limit: undefined }));
    mark('indexed');
    // A run that began at initialize tells the client, and checks its drafts, once the answer is out.
    await this.ws.answered;
    if (run !== this.run) return;
    this.finished(listed, result, Date.now() - started);
  }

  /** Cancels a run once a newer one has started. */
  private token(run: number): { readonly isCancellationRequested: boolean } {
    const self = this;
    return {
      get isCancellationRequested() {
        return run !== self.run;
      },
    };
  }

  /**
   * The files to index (at most sourced.maxFiles, with a message when there are more), once the
   * sources no longer matched have left the index.
   */
  private async list(keepStatting: () => boolean, progress: LateProgress): Promise<Listed & { stats: Float64Array }> {
    const max = this.ws.settings.maxFiles;
    const found = await findSources(this.ws.matchers, max, keepStatting);
    const { files, stats, limited } = capFiles(found.files, found.stats, max);
    const limit = limited ? tooManyFiles(max, 'Raise the setting sourced.maxFiles to index more.') : undefined;
    if (limit) this.warn(limit);
    const existing = [...this.service.sources(), ...this.service.problems()];
    if (existing.length) {
      // Sources no longer matched go (URIs made in slices: a large folder has many).
      const keep = new Set<string>();
      for (let i = 0; i < files.length; i++) {
        keep.add(pathToUri(files[i]));
        if (i % 2000 === 1999) await nextTurn();
      }
      for (const s of existing) if (!keep.has(s.uri)) this.service.removeSource(s.uri);
    }
    progress.report(0, `Indexing sources 0/${thousands(files.length)}`);
    return { files, stats, skipped: found.skipped, limit };
  }

  /** After a full run: what it did, said and counted; the drafts are checked now. */
  private finished(listed: Listed, result: IndexRunResult | undefined, ms: number): void {
    const { service, log } = this;
    reportSkipped(service, listed.skipped);
    const n = service.loading.stats().sources;
    const last: LastIndex = { files: listed.files.length, ms, reused: result?.reused ?? 0, read: result?.read ?? 0, cache: result?.cache ?? 'failed', snapshot: result?.snapshot ?? 'off', worker: result?.worker ?? false, shards: result?.shards ?? 1, limited: !!listed.limit, longestSliceMs: Math.round(result?.longestSliceMs ?? 0) };
    this.lastIndex = last;
    log.info(`Indexed ${n} source${n === 1 ? '' : 's'} (${service.problems().length} skipped) in ${ms} ms: ${last.reused} from the cache (${last.cache}; index snapshot ${last.snapshot}), ${last.read} read${last.worker ? (last.shards > 1 ? ` in ${last.shards} worker threads` : ' in a worker thread') : ''}.`);
    if (result?.snapshotWrite) this.snapshotWriting = result.snapshotWrite.then((written) => void (written && log.info('Saved the index snapshot for the next start.')));
    notify(this.connection, StatusNotification, { state: 'ready', sources: n, skipped: service.problems().length, ms, limit: listed.limit });
    this.checks.publishSourceProblems();
    this.checks.release();
  }

  /** Watched files: deleted ones (and folders) leave the index, changed and new ones are read again. */
  private async applyChanges(changes: readonly FileEvent[]): Promise<void> {
    const started = Date.now();
    let touched = false;
    const changed: string[] = [];
    for (const change of changes) {
      if (!change.uri.startsWith('file:')) continue;
      const p = fileURLToPath(change.uri);
      if (change.type === FileChangeType.Deleted) {
        const uri = pathToUri(p);
        this.service.removeSource(uri);
        // A deleted folder takes its sources with it.
        for (const s of [...this.service.sources(), ...this.service.problems()]) if (s.uri.startsWith(uri + '/')) this.service.removeSource(s.uri);
        touched = true;
      } else if (this.ws.isSource(p)) changed.push(...(await this.changedFiles(p)));
    }
    if (changed.length) {
      await this.indexChanged([...new Set(changed)]);
      touched = true;
    }
    this.watcherRuns++;
    if (!touched) return;
    // The status bar's count follows files added and removed while the editor runs.
    notify(this.connection, StatusNotification, { state: 'ready', sources: this.service.loading.stats().sources, skipped: this.service.problems().length, ms: Date.now() - started });
    this.scheduleCacheRefresh();
    this.checks.publishSourceProblems();
    this.checks.revalidateAll();
  }

  /** A changed file, or everything matching in a folder moved or copied in. */
  private async changedFiles(p: string): Promise<string[]> {
    const st = await fs.stat(p).catch(() => undefined);
    if (st?.isFile()) return [p];
    const out: string[] = [];
    if (st?.isDirectory()) for (const m of this.ws.matchers) for (const f of await findSourceFiles(m)) if (f.startsWith(p + path.sep)) out.push(f);
    return out;
  }

  /** Re-indexes a few changed files off the main thread; the cache catches up after (scheduleCacheRefresh). */
  private async indexChanged(paths: readonly string[]): Promise<void> {
    this.watcherFiles += paths.length;
    await indexFiles(this.service, {
      files: paths,
      writeCache: false,
      maxFileBytes: toCoreOptions(this.ws.settings).maxFileBytes ?? 20 * 1048576,
      log: (level, m) => (level === 'warn' ? this.log.warn(m) : this.log.info(m)),
    });
  }

  /**
   * After watched changes settle, the cache is brought up to date off the main thread (unchanged files
   * are copied from the old cache), so a reopened workspace re-reads only what changed while closed.
   */
  private scheduleCacheRefresh(): void {
    clearTimeout(this.cacheRefresh);
    this.cacheRefresh = setTimeout(() => {
      const run = this.run;
      void this.queue.run(
        async () => {
          const file = indexCacheFile(this.ws.storagePath, this.ws.folders);
          if (!file || run !== this.run) return;
          const { settings, matchers } = this.ws;
          const files = [...new Set((await Promise.all(matchers.map((m) => findSourceFiles(m, settings.maxFiles + 1)))).flat())].sort().slice(0, settings.maxFiles);
          await indexFiles(this.service, { files, cacheFile: file, writeCache: true, cacheOnly: true, maxFileBytes: toCoreOptions(settings).maxFileBytes ?? 20 * 1048576, token: this.token(run) });
          this.cacheRefreshes++;
        },
        (e) => this.log.warn(`Updating the index cache failed: ${e instanceof Error ? e.message : e}`),
      );
    }, CACHE_REFRESH_MS);
    this.cacheRefresh.unref?.();
  }
}

/**
 * The editor's progress bar for a run, which may begin before the client is initialized (when the
 * server may not ask it for one yet): what the run says meanwhile is kept, and shown once the
 * progress exists. Indexing never waits for the client's answer; a run over by then shows nothing.
 */
class LateProgress {
  private reporter: WorkDoneProgressServerReporter | undefined;
  private percentage = 0;
  private message = '';
  private over = false;

  constructor(connection: Connection, ws: ServerWorkspace) {
    if (!ws.client.progress) return;
    void ws.initialized
      .then(() => (this.over ? undefined : connection.window.createWorkDoneProgress()))
      .then((reporter) => {
        if (!reporter) return;
        mark('progress-created');
        reporter.begin('Sourced', this.percentage, this.message, false);
        if (this.over) reporter.done();
        else this.reporter = reporter;
      })
      .catch(() => undefined);
  }

  begin(message: string): void {
    this.message = message;
  }

  report(percentage: number, message: string): void {
    this.percentage = percentage;
    this.message = message;
    this.reporter?.report(percentage, message);
  }

  done(): void {
    this.over = true;
    this.reporter?.done();
    this.reporter = undefined;
  }
}

/** Indexing, the watcher's notifications, and the reindex and status requests. */
export function registerIndexing(connection: Connection, ws: ServerWorkspace, service: SourcedService, checks: DraftChecks, bibliographies: Bibliographies, log: ILogger): Indexing {
  const indexing = new Indexing(connection, ws, service, checks, log);
  connection.onDidChangeWatchedFiles(({ changes }) => {
    indexing.changed(changes);
    ws.filesChanged(changes);
  });
  onRequest(connection, ReindexRequest, async () => {
    indexing.start();
    await indexing.idle();
    await bibliographies.refresh(true);
    return { sources: service.sources().length, skipped: service.problems().length };
  });
  onRequest(connection, StatusRequest, () => ({ sources: service.sources().length, skipped: service.problems().length, generation: service.generation }));
  // A snapshot cut off half-way is only a wasted temporary file, but one finished saves the next start
  // a good part of its work: give it a few seconds.
  connection.onShutdown(async () => {
    await Promise.race([indexing.snapshotWriting, new Promise((r) => setTimeout(r, 5000).unref())]);
  });
  return indexing;
}
