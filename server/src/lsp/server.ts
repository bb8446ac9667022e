/**
 * The language server: capabilities and handlers. Each handler finds the document and calls the core;
 * this file owns only what the core must not: the disk, file watching, timing and LSP shapes.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promises as fs } from 'node:fs';
import { monitorEventLoopDelay, performance, PerformanceObserver } from 'node:perf_hooks';
import {
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  MarkupKind,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type ChangeAnnotation,
  type CodeAction as LspCodeAction,
  type Connection,
  type Disposable,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceEdit,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createSourcedService, draftBibliographies, type CancellationToken, type CodeAction, type CompletionItem as CoreCompletionItem, type IDocument, type SourcedDiagnostic, type SourcedService } from '../core';
import { applyBibliographies, bibliographyPaths, watchBibliographies } from '../workspace/bibliography';
import { findSourceFiles, leavesFolder, mergeFound, ReadableFolders, sourceMatcher, type SourceMatcher } from '../workspace/files';
import { indexFiles } from '../indexing/run';
import { thousands } from '../workspace/numbers';
import { cacheFileFor, snapshotOf, userCacheDir } from '../indexing/cache';
import { CheckQueue } from './checkQueue';
import { quietTurn } from './quietTurn';
import { nextTurn } from '../indexing/turns';
import { defaultSettings, readSettings, toCoreOptions, type Settings } from '../workspace/settings';

/** Quiet time after an edit before the draft is checked again (tests set it long, to see what is not debounced). */
const DEBOUNCE_MS = Number(process.env.SOURCED_DEBOUNCE_MS) || 250;
/** Quiet time after watched changes before the index cache is rewritten. */
const CACHE_REFRESH_MS = Number(process.env.SOURCED_CACHE_REFRESH_MS) || 3000;
const severity: Record<SourcedDiagnostic['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspDiagnostic(d: SourcedDiagnostic): Diagnostic {
  return {
    range: d.range,
    severity: severity[d.severity],
    code: d.code,
    source: 'Sourced',
    message: d.message,
    relatedInformation: d.related.map((r) => ({ location: r.location, message: r.message })),
    data: d.data,
  };
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const log = {
    info: (m: string) => connection.console.info(m),
    warn: (m: string) => connection.console.warn(m),
    error: (m: string) => connection.console.error(m),
  };
  let settings: Settings = defaultSettings;
  const service: SourcedService = createSourcedService({
    logger: log,
    options: toCoreOptions(settings),
    workspace: { drafts: () => workspaceDrafts() },
    // A check goes on only once the requests and notifications waiting are handled (see quietTurn).
    yieldToOthers: quietTurn,
  });
  let folders: string[] = [];
  let matchers: SourceMatcher[] = [];
  let canConfigure = false;
  let canWatchDynamically = false;
  let canWatchFolders = false;
  let canProgress = false;
  let indexing: Promise<void> = Promise.resolve();
  let indexRun = 0;
  /**
   * False while a full indexing run is under way. Drafts are checked once it is done: against a
   * half-read folder, a claim whose source is not read yet would be flagged as unsupported and a
   * citation of it as unknown — false alarms that vanish seconds later.
   */
  let indexReady = false;
  /** The index snapshot being written after a run: shutdown lets it finish (see onShutdown). */
  let snapshotWriting: Promise<void> = Promise.resolve();
  const publishedSourceProblems = new Set<string>();
  let storagePath: string | undefined;
  let lastIndex: { files: number; ms: number; reused: number; read: number; cache: string; snapshot: string; worker: boolean; shards: number; limited: boolean; longestSliceMs: number } | undefined;
  /** Watcher events handled, and files they re-read (a changed source re-reads only itself). */
  let watcherRuns = 0;
  let watcherFiles = 0;
  let cacheRefreshes = 0;
  // How long the main thread is ever blocked: the stats request reports it (the benchmark reads it).
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  /** The longest garbage-collection pause since the last reset (ms), to tell GC from our own work in blocks. */
  let maxGcPauseMs = 0;
  /**
   * With SOURCED_TRACE_BLOCKS=<ms> set, each stretch the event loop was held for longer than that and
   * each collection pause as long are also kept, with their start on the monotonic clock in µs (the
   * clock of a V8 CPU profile), so a block can be matched to what ran in it (bench/blocks.mjs).
   */
  const traceMs = process.env.SOURCED_TRACE_BLOCKS === undefined ? undefined : Number(process.env.SOURCED_TRACE_BLOCKS) || 0;
  const trace = { blocks: [] as Array<[number, number]>, gcs: [] as Array<[number, number, number, number]>, since: 0 };
  /** Monotonic µs = performance.now() ms × 1000 + this. */
  const monoOffset = Number(process.hrtime.bigint() / 1000n) - performance.now() * 1000;
  const gcWatch = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      maxGcPauseMs = Math.max(maxGcPauseMs, e.duration);
      if (traceMs !== undefined && e.duration >= traceMs && trace.gcs.length < 1000) {
        const detail = (e as { detail?: { kind?: number; flags?: number } }).detail;
        trace.gcs.push([Math.round(e.startTime * 1000 + monoOffset), round1(e.duration), detail?.kind ?? 0, detail?.flags ?? 0]);
      }
    }
  });
  gcWatch.observe({ entryTypes: ['gc'] });
  if (traceMs !== undefined) {
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      // A block that ended before a reset (the reset request waited for it) belongs to the time before it.
      if (now - last > Math.max(traceMs, 2) && last >= trace.since && trace.blocks.length < 1000) trace.blocks.push([Math.round(last * 1000 + monoOffset), round1(now - last)]);
      last = now;
    }, 1).unref();
  }

  const isSource = (absPath: string) => matchers.some((m) => m.matches(absPath));
  /** The client can show a workspace edit's change annotations and ask the writer to confirm them (VS Code's refactor preview). */
  let canAnnotateEdits = false;

  connection.onInitialize(async (params: InitializeParams): Promise<InitializeResult> => {
    const wsFolders: readonly WorkspaceFolder[] = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    folders = wsFolders.filter((f) => f.uri.startsWith('file:')).map((f) => fileURLToPath(f.uri));
    canConfigure = !!params.capabilities.workspace?.configuration;
    canWatchDynamically = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canWatchFolders = !!params.capabilities.workspace?.workspaceFolders;
    canProgress = !!params.capabilities.window?.workDoneProgress;
    canAnnotateEdits = !!params.capabilities.workspace?.workspaceEdit?.changeAnnotationSupport && !!params.capabilities.workspace?.workspaceEdit?.documentChanges;
    const init = params.initializationOptions as { settings?: unknown; storagePath?: unknown } | undefined;
    if (init?.settings) settings = readSettings(init.settings);
    if (typeof init?.storagePath === 'string' && init.storagePath) storagePath = init.storagePath;
    service.setOptions(toCoreOptions(settings));
    // Before the editor sends anything: unpacking the word table and compiling the judging code during
    // the first completion would make that completion (and everything queued behind it) wait.
    await service.warmUp();
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: ['@', '['], resolveProvider: true },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, 'source.fixAll.sourced'] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'sourced-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(async () => {
    if (canConfigure) {
      try {
        const [raw] = await connection.workspace.getConfiguration([{ section: 'sourced' }]);
        if (raw) settings = readSettings(raw);
        service.setOptions(toCoreOptions(settings));
      } catch {
        /* a client that says it can but cannot: keep the defaults */
      }
    }
    if (canWatchFolders) watchWorkspaceFolders();
    try {
      await registerWatchers();
    } catch (e) {
      log.warn(`Watching the sources for changes is not possible here: ${e instanceof Error ? e.message : e}`);
    }
    startIndexing();
    void indexing.then(() => refreshBibliography(true));
  });

  connection.onDidChangeConfiguration(async (change) => {
    const raw = canConfigure ? (await connection.workspace.getConfiguration([{ section: 'sourced' }]))[0] : (change.settings as { sourced?: unknown })?.sourced;
    const next = readSettings(raw);
    const reindex = JSON.stringify(next.sources) !== JSON.stringify(settings.sources) || next.maxFileSizeMB !== settings.maxFileSizeMB || next.maxFiles !== settings.maxFiles;
    settings = next;
    service.setOptions(toCoreOptions(settings));
    if (reindex) {
      await registerWatchers(); // the folders to watch moved with the setting
      startIndexing();
    } else revalidateAll();
    void indexing.then(() => refreshBibliography(true));
  });

  /** Watches the sources globs of every workspace folder; a new call replaces the previous watchers. */
  let watcherRegistration: Disposable | undefined;
  async function registerWatchers(): Promise<void> {
    if (!canWatchDynamically) return;
    const watchers = folders.flatMap((folder) =>
      settings.sources.map((glob) => ({ globPattern: path.isAbsolute(glob) ? glob : { baseUri: pathToUri(folder), pattern: glob } })),
    );
    const previous = watcherRegistration;
    watcherRegistration = await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    previous?.dispose();
  }

  /** Folders added to or removed from the workspace while it is open. */
  function watchWorkspaceFolders(): void {
    connection.workspace.onDidChangeWorkspaceFolders(async (e) => {
      const removed = new Set(e.removed.filter((f) => f.uri.startsWith('file:')).map((f) => fileURLToPath(f.uri)));
      const added = e.added.filter((f) => f.uri.startsWith('file:')).map((f) => fileURLToPath(f.uri));
      folders = [...folders.filter((f) => !removed.has(f)), ...added.filter((f) => !folders.includes(f))];
      await registerWatchers();
      startIndexing();
      void indexing.then(() => refreshBibliography(true));
    });
  }

  /** (Re)builds the index from disk in the background; requests keep being answered meanwhile. */
  function startIndexing(): void {
    const run = ++indexRun;
    indexReady = false;
    matchers = folders.map((f) => sourceMatcher(f, sourceGlobs()));
    indexing = indexing
      .then(() => indexAll(run))
      .catch((e) => {
        log.error(`Indexing failed: ${e instanceof Error ? e.stack : e}`);
        // Check drafts against what there is rather than never.
        if (run === indexRun && !indexReady) {
          indexReady = true;
          revalidateAll();
        }
      });
  }

  /**
   * The sources globs to walk: a relative one that climbs out of the workspace folder ("../../**") is
   * left out with a message (it could walk the whole disk); a folder elsewhere is named by its absolute path.
   */
  let warnedGlobs = '';
  function sourceGlobs(): string[] {
    const out = settings.sources.filter((g) => path.isAbsolute(g) || !leavesFolder(g));
    const left = settings.sources.filter((g) => !out.includes(g));
    if (left.length && warnedGlobs !== left.join('\n')) {
      warnedGlobs = left.join('\n');
      const message = `The setting sourced.sources has ${left.map((g) => `"${g}"`).join(', ')}, which leave${left.length === 1 ? 's' : ''} the workspace folder: Sourced reads sources inside the workspace folders only, so ${left.length === 1 ? 'it is' : 'they are'} not used. To use a folder elsewhere, give its absolute path.`;
      log.warn(message);
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
    }
    return out;
  }

  /** The index cache for these workspace folders: in the client's storage, else the user's cache folder. */
  function cacheFile(): string | undefined {
    if (folders.length === 0) return undefined;
    return cacheFileFor(storagePath ?? userCacheDir(), folders);
  }

  async function indexAll(run: number): Promise<void> {
    const started = Date.now();
    const max = settings.maxFiles;
    let limitNote: string | undefined;
    const progress = canProgress ? await connection.window.createWorkDoneProgress() : undefined;
    progress?.begin('Sourced', 0, 'Looking for sources…', false);
    // The files are found while the indexer opens the old cache, and stat-ed on the way: the indexer
    // then only compares sizes and times (this thread has time to spare while the cache is opened).
    let stats: Float64Array = new Float64Array(0);
    /** Files and folders the walk left out (a link out of the workspace, a folder that cannot be opened). */
    const walkSkipped: Array<{ path: string; reason: string }> = [];
    // Only until the indexer has the cache open: from then on it has time to stat the rest itself.
    let statting = true;
    const listing = (async () => {
      const found = await Promise.all(
        matchers.map(async (m) => {
          const st: number[] = [];
          return { files: await findSourceFiles(m, max + 1, st, () => statting, (p, reason) => walkSkipped.push({ path: p, reason })), stats: st };
        }),
      );
      await nextTurn();
      let { files, stats: st } = mergeFound(found);
      if (files.length > max) {
        const first = files.map((_, i) => i).sort((a, b) => (files[a] < files[b] ? -1 : files[a] > files[b] ? 1 : 0)).slice(0, max);
        st = Float64Array.from(first.flatMap((i) => [st[2 * i], st[2 * i + 1]]));
        files = first.map((i) => files[i]);
        limitNote = `There are more than ${thousands(max)} source files; Sourced indexed the first ${thousands(max)} and left the rest out. Raise the setting sourced.maxFiles to index more.`;
        log.warn(limitNote);
        // A notification, not a request: nothing waits for the user, and no client answer can fail.
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: limitNote });
      }
      stats = st;
      const existing = [...service.sources(), ...service.problems()];
      if (existing.length) {
        // Sources no longer matched go (URIs made in slices: 20,000 of them take a while).
        const keep = new Set<string>();
        for (let i = 0; i < files.length; i++) {
          keep.add(pathToUri(files[i]));
          if (i % 2000 === 1999) await nextTurn();
        }
        for (const s of existing) if (!keep.has(s.uri)) service.removeSource(s.uri);
      }
      progress?.report(0, `Indexing sources 0/${thousands(files.length)}`);
      return files;
    })();
    let lastReport = 0;
    let found = 0;
    const cache = cacheFile();
    const result = await indexFiles(service, {
      files: listing.then((f) => ((found = f.length), f)),
      stats: listing.then(() => stats),
      onCacheOpened: () => (statting = false),
      cacheFile: cache,
      snapshotFile: cache ? snapshotOf(cache) : undefined,
      writeCache: true,
      maxFileBytes: toCoreOptions(settings).maxFileBytes ?? 20 * 1048576,
      token: { get isCancellationRequested() { return run !== indexRun; } },
      log: (level, m) => (level === 'warn' ? log.warn(m) : log.info(m)),
      onProgress(done, total) {
        const now = Date.now();
        if (now - lastReport < 200 && done !== total) return;
        lastReport = now;
        progress?.report(Math.round((done / Math.max(1, total)) * 100), `Indexing sources ${thousands(done)}/${thousands(total)}`);
        void connection.sendNotification('sourced/status', { state: 'indexing', indexed: done, total });
      },
    }).catch((e) => {
      log.error(`Indexing failed: ${e instanceof Error ? e.stack : e}`);
      return undefined;
    });
    progress?.done();
    if (run !== indexRun) return;
    for (const w of walkSkipped) service.reportProblem({ uri: pathToUri(w.path), fileName: path.basename(w.path), reason: w.reason });
    const n = service.stats().sources;
    const ms = Date.now() - started;
    lastIndex = { files: found, ms, reused: result?.reused ?? 0, read: result?.read ?? 0, cache: result?.cache ?? 'failed', snapshot: result?.snapshot ?? 'off', worker: result?.worker ?? false, shards: result?.shards ?? 1, limited: !!limitNote, longestSliceMs: Math.round(result?.longestSliceMs ?? 0) };
    log.info(`Indexed ${n} source${n === 1 ? '' : 's'} (${service.problems().length} skipped) in ${ms} ms: ${lastIndex.reused} from the cache (${lastIndex.cache}; index snapshot ${lastIndex.snapshot}), ${lastIndex.read} read${lastIndex.worker ? (lastIndex.shards > 1 ? ` in ${lastIndex.shards} worker threads` : ' in a worker thread') : ''}.`);
    if (result?.snapshotWrite) {
      snapshotWriting = result.snapshotWrite.then((written) => void (written && log.info('Saved the index snapshot for the next start.')));
    }
    void connection.sendNotification('sourced/status', { state: 'ready', sources: n, skipped: service.problems().length, ms, limit: limitNote });
    publishSourceProblems();
    indexReady = true;
    revalidateAll();
  }

  /** Re-indexes a few changed files (watcher events) off the main thread; the cache catches up on the next full run. */
  /**
   * After watched changes settle, the cache is brought up to date off the main thread (unchanged files
   * are copied from the old cache), so a reopened workspace re-reads only what changed while closed.
   */
  let cacheRefresh: NodeJS.Timeout | undefined;
  function scheduleCacheRefresh(): void {
    clearTimeout(cacheRefresh);
    cacheRefresh = setTimeout(() => {
      const run = indexRun;
      indexing = indexing
        .then(async () => {
          const file = cacheFile();
          if (!file || run !== indexRun) return;
          const files = [...new Set((await Promise.all(matchers.map((m) => findSourceFiles(m, settings.maxFiles + 1)))).flat())].sort().slice(0, settings.maxFiles);
          await indexFiles(service, { files, cacheFile: file, writeCache: true, cacheOnly: true, maxFileBytes: toCoreOptions(settings).maxFileBytes ?? 20 * 1048576, token: { get isCancellationRequested() { return run !== indexRun; } } });
          cacheRefreshes++;
        })
        .catch((e) => log.warn(`Updating the index cache failed: ${e instanceof Error ? e.message : e}`));
    }, CACHE_REFRESH_MS);
    cacheRefresh.unref?.();
  }

  async function indexChanged(paths: readonly string[]): Promise<void> {
    watcherFiles += paths.length;
    await indexFiles(service, {
      files: paths,
      writeCache: false,
      maxFileBytes: toCoreOptions(settings).maxFileBytes ?? 20 * 1048576,
      log: (level, m) => (level === 'warn' ? log.warn(m) : log.info(m)),
    });
  }

  function publishSourceProblems(): void {
    const now = new Set<string>();
    for (const { uri, diagnostics } of service.getSourceDiagnostics()) {
      now.add(uri);
      void connection.sendDiagnostics({ uri, diagnostics: diagnostics.map(toLspDiagnostic) });
    }
    for (const uri of publishedSourceProblems) if (!now.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    publishedSourceProblems.clear();
    for (const uri of now) publishedSourceProblems.add(uri);
  }

  connection.onDidChangeWatchedFiles(({ changes }) => {
    // Chained behind indexing, so changes apply in order and never interleave with a full run.
    indexing = indexing
      .then(async () => {
        let touched = false;
        const changed: string[] = [];
        for (const change of changes) {
          if (!change.uri.startsWith('file:')) continue;
          const p = fileURLToPath(change.uri);
          if (change.type === FileChangeType.Deleted) {
            const uri = pathToUri(p);
            service.removeSource(uri);
            // A deleted folder takes its sources with it.
            for (const s of [...service.sources(), ...service.problems()]) if (s.uri.startsWith(uri + '/')) service.removeSource(s.uri);
            touched = true;
          } else if (isSource(p)) {
            const st = await fs.stat(p).catch(() => undefined);
            if (st?.isFile()) changed.push(p);
            else if (st?.isDirectory()) {
              // A folder moved or copied in: everything in it that matches.
              for (const m of matchers) for (const f of await findSourceFiles(m)) if (f.startsWith(p + path.sep)) changed.push(f);
            }
          }
        }
        if (changed.length) {
          await indexChanged([...new Set(changed)]);
          touched = true;
        }
        watcherRuns++;
        if (touched) scheduleCacheRefresh();
        if (touched) {
          publishSourceProblems();
          revalidateAll();
        }
      })
      .catch((e) => log.error(`Updating changed sources failed: ${e instanceof Error ? e.stack : e}`));
  });

  // Diagnostics: debounced per document, then checked one draft at a time, the most recently touched
  // first (see CheckQueue); a newer edit cancels the check in flight.
  const pending = new Map<string, NodeJS.Timeout>();
  const checks = new CheckQueue((uri, token) => validate(uri, token));

  function schedule(uri: string, delay = DEBOUNCE_MS): void {
    clearTimeout(pending.get(uri));
    checks.cancel(uri);
    pending.set(uri, setTimeout(() => {
      pending.delete(uri);
      checks.add(uri);
    }, delay));
  }

  async function validate(uri: string, token: CancellationToken): Promise<void> {
    const doc = documents.get(uri);
    if (!doc || !isDraft(doc)) return;
    if (!indexReady) return; // the end of the indexing run checks every open draft
    if (!settings.diagnostics.enabled) {
      void connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    const version = doc.version;
    try {
      const diagnostics = await service.getDiagnostics(asIDocument(doc), token);
      if (token.isCancellationRequested || documents.get(uri)?.version !== version) return;
      void connection.sendDiagnostics({ uri, version, diagnostics: diagnostics.map(toLspDiagnostic) });
    } catch (e) {
      log.error(`Checking ${uri} failed: ${e instanceof Error ? e.stack : e}`);
    }
  }

  function revalidateAll(): void {
    for (const doc of documents.all()) schedule(doc.uri, 0);
  }

  function isDraft(doc: TextDocument): boolean {
    if (doc.languageId !== 'markdown' && !doc.uri.endsWith('.md')) return false;
    if (!doc.uri.startsWith('file:')) return true;
    return !isSource(fileURLToPath(doc.uri));
  }

  // An opened draft is checked at once, an edited one after a pause. The document manager fires its
  // change event for an open too, right after the open event: that one is not an edit (debounced, it
  // cancelled the immediate check and every draft waited a quarter of a second to be checked).
  const justOpened = new Set<string>();
  documents.onDidOpen((e) => {
    justOpened.add(e.document.uri);
    checks.touch(e.document.uri);
    schedule(e.document.uri, 0);
  });
  documents.onDidChangeContent((e) => {
    checks.touch(e.document.uri);
    if (!justOpened.delete(e.document.uri)) schedule(e.document.uri);
  });
  documents.onDidClose((e) => {
    clearTimeout(pending.get(e.document.uri));
    pending.delete(e.document.uri);
    checks.remove(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  /**
   * The last completion list, for completionItem/resolve: an item's documentation (the source's title,
   * metadata and best passage) is made and sent only when the editor shows it, not for all 200 items
   * of every list. An item of an older list resolves to itself.
   */
  let lastCompletion: { readonly id: number; readonly items: readonly CoreCompletionItem[] } | undefined;
  let completionLists = 0;

  connection.onCompletion((params, token) => {
    const doc = documentOf(params);
    if (!doc || !isDraft(doc) || !isPosition(params.position)) return [];
    const items = service.getCompletions(asIDocument(doc), params.position, token);
    const id = ++completionLists;
    lastCompletion = { id, items };
    // The core lists a few hundred sources at most: when it left some out, the client must ask again
    // as the writer types rather than filter this list.
    const listed = items.reduce((n, i) => n + (i.kind === 'source' ? 1 : 0), 0);
    return {
      isIncomplete: listed < service.stats().sources, // a count, not a copy of every source per keystroke
      items: items.map((i, n) => ({
        label: i.label,
        kind: i.kind === 'source' ? CompletionItemKind.Reference : CompletionItemKind.Text,
        detail: i.detail,
        sortText: i.sortText,
        filterText: i.filterText,
        textEdit: { range: i.range, newText: i.newText },
        data: { list: id, n },
      })),
    };
  });

  connection.onCompletionResolve((item) => {
    const data = item.data as { list?: unknown; n?: unknown } | undefined;
    const from = lastCompletion && data?.list === lastCompletion.id && typeof data.n === 'number' ? lastCompletion.items[data.n] : undefined;
    return from && from.label === item.label ? { ...item, documentation: { kind: MarkupKind.Markdown, value: from.documentation } } : item;
  });

  connection.onHover((params) => {
    const doc = documentOf(params);
    if (!doc || !isDraft(doc) || !isPosition(params.position)) return null;
    const h = service.getHover(asIDocument(doc), params.position);
    return h ? { contents: { kind: MarkupKind.Markdown, value: h.contents }, range: h.range } : null;
  });

  connection.onDefinition((params) => {
    const doc = documentOf(params);
    if (!doc || !isPosition(params.position)) return null;
    return service.getDefinition(asIDocument(doc), params.position) ?? null;
  });

  connection.onReferences(async (params, token) => {
    const doc = documentOf(params);
    if (!doc || !isPosition(params.position)) return [];
    return service.getReferences(asIDocument(doc), params.position, token);
  });

  connection.onCodeAction(async (params) => {
    const doc = documentOf(params);
    if (!doc || !isDraft(doc) || !isRange(params.range)) return [];
    const sourced = (Array.isArray(params.context?.diagnostics) ? params.context.diagnostics : []).filter((d) => d?.source === 'Sourced');
    const actions = await service.getCodeActions(asIDocument(doc), params.range, sourced, params.context?.only);
    return actions.map((a): LspCodeAction => {
      const fixed = a.fixes ? sourced.filter((d) => d.data && JSON.stringify(d.data) === JSON.stringify(a.fixes)) : [];
      return { title: a.title, kind: a.kind, isPreferred: a.isPreferred, diagnostics: fixed.length ? fixed : undefined, edit: workspaceEdit(doc, a) };
    });
  });

  /**
   * An action's edits for the client. A fix that asks for confirmation carries one change annotation
   * per edit (the sentence and the passage it cites), which VS Code shows in its refactor preview
   * before applying anything; a client without annotations gets the plain edits.
   */
  const workspaceEdit = (doc: TextDocument, a: CodeAction): WorkspaceEdit => {
    if (!a.needsConfirmation || !canAnnotateEdits) return { changes: { [doc.uri]: a.edits.map((e) => ({ range: e.range, newText: e.newText })) } };
    const changeAnnotations: Record<string, ChangeAnnotation> = {};
    const edits = a.edits.map((e, i) => {
      const id = `sourced-${i}`;
      changeAnnotations[id] = { label: e.annotation?.label ?? a.title, description: e.annotation?.description, needsConfirmation: true };
      return { range: e.range, newText: e.newText, annotationId: id };
    });
    return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }], changeAnnotations };
  };

  connection.onRequest('sourced/reindex', async () => {
    startIndexing();
    await indexing;
    await refreshBibliography(true);
    return { sources: service.sources().length, skipped: service.problems().length };
  });

  connection.onRequest('sourced/status', () => ({ sources: service.sources().length, skipped: service.problems().length, generation: service.generation }));

  /**
   * Counters for tests and the benchmark: index size, sentences judged so far (memo misses), the
   * longest event-loop block since the last reset (ms), memory, and what the last full run did.
   */
  connection.onRequest('sourced/stats', async (params: { resetLoopDelay?: boolean; waitForIndexing?: boolean } | undefined) => {
    if (params?.waitForIndexing) await indexing;
    const mem = process.memoryUsage();
    const stats = {
      pid: process.pid,
      ...service.stats(),
      problems: service.problems().length,
      generation: service.generation,
      maxEventLoopDelayMs: loopDelay.max / 1e6,
      p99EventLoopDelayMs: loopDelay.percentile(99) / 1e6,
      maxGcPauseMs,
      heapUsed: mem.heapUsed,
      rss: mem.rss,
      external: mem.external,
      arrayBuffers: mem.arrayBuffers,
      lastIndex,
      watcherRuns,
      watcherFiles,
      cacheRefreshes,
      ...(traceMs !== undefined ? { trace: { blocks: [...trace.blocks], gcs: [...trace.gcs] } } : {}),
    };
    if (params?.resetLoopDelay) {
      loopDelay.reset();
      maxGcPauseMs = 0;
      trace.blocks.length = 0;
      trace.since = performance.now();
      trace.gcs.length = 0;
    }
    return stats;
  });

  // A snapshot cut off half-way is only a wasted temporary file, but one finished saves the next start
  // a good part of its work: give it a few seconds.
  connection.onShutdown(async () => {
    await Promise.race([snapshotWriting, new Promise((r) => setTimeout(r, 5000).unref())]);
  });

  /** Runs a full garbage collection when the server was started with --expose-gc (the memory benchmark). */
  connection.onRequest('sourced/gc', () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    return { collected: !!gc, heapUsed: process.memoryUsage().heapUsed, rss: process.memoryUsage().rss };
  });

  /**
   * The open document a request names. Requests are checked before use: a client (or a hostile peer)
   * may send a request without its document or position, which gets an empty answer, not an error.
   */
  function documentOf(params: { textDocument?: { uri?: unknown } | null } | null | undefined): TextDocument | undefined {
    const uri = params?.textDocument?.uri;
    const doc = typeof uri === 'string' ? documents.get(uri) : undefined;
    // The writer is asking about this draft: its checks go before the other drafts'.
    if (doc) checks.touch(doc.uri);
    return doc;
  }

  /** Open drafts plus the Markdown files on disk outside the sources folders (for find-references). */
  async function workspaceDrafts(): Promise<IDocument[]> {
    // Keyed by one spelling of each file's URI: an editor may percent-encode a path differently from
    // Node ("%2C" for ","), and an open draft must not be listed again from disk.
    const sameFile = (uri: string) => (uri.startsWith('file:') ? pathToUri(fileURLToPath(uri)) : uri);
    const open = new Map(documents.all().filter(isDraft).map((d) => [sameFile(d.uri), asIDocument(d)]));
    for (const folder of folders) {
      const md = await findSourceFiles(sourceMatcher(folder, ['**/*.md', '**/*.markdown']), 5000);
      for (const p of md) {
        const uri = pathToUri(p);
        if (open.has(uri) || isSource(p)) continue;
        const text = await fs.readFile(p, 'utf8').catch(() => undefined);
        if (text !== undefined) open.set(uri, { uri, version: 0, getText: () => text });
      }
    }
    return [...open.values()];
  }

  // Bibliographies: the setting's and the open drafts' front matter. Re-read after indexing, on settings
  // changes and on reindex; an edit re-reads them only when it changes which files a draft names.
  let bibliographyKey = '';
  let bibliographyRefresh: Promise<void> = Promise.resolve();
  let bibliographyWatch: { close(): void } | undefined;
  /** What each open draft's front matter names, by version: an edit re-reads its own draft's only. */
  const draftBibliographyNames = new Map<string, { version: number; names: readonly string[] }>();
  const bibliographyNamesOf = (d: TextDocument): readonly string[] => {
    const known = draftBibliographyNames.get(d.uri);
    if (known?.version === d.version) return known.names;
    const names = draftBibliographies(d.getText());
    draftBibliographyNames.set(d.uri, { version: d.version, names });
    return names;
  };
  documents.onDidClose((e) => draftBibliographyNames.delete(e.document.uri));
  function refreshBibliography(force: boolean): Promise<void> {
    const drafts = documents
      .all()
      .filter((d) => isDraft(d) && d.uri.startsWith('file:'))
      .map((d) => ({ path: fileURLToPath(d.uri), names: bibliographyNamesOf(d) }));
    const paths = bibliographyPaths(settings.bibliography, folders, drafts);
    const named = new Set(bibliographyPaths(settings.bibliography, folders, []));
    const key = JSON.stringify(paths);
    if (!force && key === bibliographyKey) return bibliographyRefresh;
    if (key !== bibliographyKey) {
      // Re-read when a bibliography changes on disk (Zotero's auto-export rewrites it).
      bibliographyWatch?.close();
      bibliographyWatch = paths.length ? watchBibliographies(paths, () => void refreshBibliography(true)) : undefined;
    }
    bibliographyKey = key;
    bibliographyRefresh = bibliographyRefresh
      .then(async () => {
        if (paths.length === 0 && service.bibliography().entries.length === 0 && service.bibliography().problems.length === 0) return;
        const readable = await ReadableFolders.of([...folders, ...settings.allowedFolders.map(expandHome)]);
        const added = await applyBibliographies(service, paths, { folders: readable, named, howToAllow: 'the setting sourced.allowedFolders' });
        const { entries, problems } = service.bibliography();
        log.info(`Bibliography: ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'} from ${paths.length} file${paths.length === 1 ? '' : 's'}${problems.length ? `, ${problems.length} skipped` : ''}; ${added} linked file${added === 1 ? '' : 's'} indexed.`);
        publishSourceProblems();
        revalidateAll();
      })
      .catch((e) => log.error(`Reading the bibliography failed: ${e instanceof Error ? e.stack : e}`));
    return bibliographyRefresh;
  }
  documents.onDidOpen(() => void refreshBibliography(false));
  documents.onDidChangeContent(() => void refreshBibliography(false));

  documents.listen(connection);
  connection.listen();
}

function asIDocument(doc: TextDocument): IDocument {
  return { uri: doc.uri, version: doc.version, getText: () => doc.getText() };
}

/** The one URI form the index uses for a path (clients may encode differently; we normalise through the path). */
function pathToUri(p: string): string {
  return pathToFileURL(p).href;
}

function expandHome(p: string): string {
  return p === '~' || p.startsWith('~/') ? path.join(os.homedir(), p.slice(1)) : p;
}

/** A position with whole, non-negative line and character (anything else gets an empty answer). */
function isPosition(p: unknown): p is { line: number; character: number } {
  const q = p as { line?: unknown; character?: unknown } | null | undefined;
  return !!q && Number.isSafeInteger(q.line) && Number.isSafeInteger(q.character) && (q.line as number) >= 0 && (q.character as number) >= 0;
}

function isRange(r: unknown): r is { start: { line: number; character: number }; end: { line: number; character: number } } {
  const q = r as { start?: unknown; end?: unknown } | null | undefined;
  return !!q && isPosition(q.start) && isPosition(q.end);
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
