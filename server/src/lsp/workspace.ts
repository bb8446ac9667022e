/**
 * The server's view of the workspace: its folders and settings, what the client can do, which open
 * documents are drafts, and the drafts on disk (for find-references). Also the notifications that
 * change them: initialized, configuration, workspace folders, and the file watchers that follow them.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, type Connection, type Disposable, type FileEvent, type InitializeParams, type TextDocuments, type WorkspaceFolder } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { IDocument, IDraftWorkspace, ILogger, SourcedService } from '../core';
import { findSourceFiles, sourceMatcher, type SourceMatcher } from '../workspace/files';
import { defaultSettings, readSettings, toCoreOptions, type Settings } from '../workspace/settings';
import { SOURCE_TEXT_CAPABILITY } from './protocol';
import { mark } from './startup';

/** What the client said it can do, in its initialize request. */
export interface ClientAbilities {
  /** workspace/configuration: settings are asked for, not pushed. */
  readonly configuration: boolean;
  /** File watchers registered (and moved) at run time. */
  readonly watchDynamically: boolean;
  readonly workspaceFolders: boolean;
  /** Progress the server starts (window/workDoneProgress/create). */
  readonly progress: boolean;
  /** Workspace edits with change annotations the writer confirms (VS Code's refactor preview). */
  readonly annotatedEdits: boolean;
  /** Client commands code actions may name (protocol.ts ClientCommands), from `experimental.sourcedCommands`. */
  readonly commands: readonly string[];
  /** Shows a source's text under `sourced-source:` URIs (Sourced's own client; see SOURCE_TEXT_CAPABILITY). */
  readonly sourceText?: boolean;
}

/** At most this many drafts, and characters of them, are taken from `initialize` (the rest wait for didOpen). */
const MAX_PREOPENED = 20;
const MAX_PREOPENED_CHARS = 4 * 1024 * 1024;

export class ServerWorkspace implements IDraftWorkspace {
  settings: Settings = defaultSettings;
  /**
   * The client sent its settings with `initialize` (or cannot be asked for them): the sources can be read
   * before it is initialized.
   */
  settingsGiven = false;
  /** The workspace folders on disk. */
  folders: string[] = [];
  /** The client's storage folder for this workspace, where the index cache goes. */
  storagePath: string | undefined;
  /** Where the sources are: the sources globs in each folder, as of the last full indexing run (indexing.ts). */
  matchers: SourceMatcher[] = [];
  client: ClientAbilities = { configuration: false, watchDynamically: false, workspaceFolders: false, progress: false, annotatedEdits: false, commands: [] };
  /** The client said `initialized`: from then on the server may ask it things (progress, configuration). */
  readonly initialized: Promise<void>;
  isInitialized = false;
  private markInitialized!: () => void;
  /** The answer to `initialize` is written: from then on the server may send notifications. */
  readonly answered: Promise<void>;
  isAnswered = false;
  private markAnswered!: () => void;
  /**
   * The drafts the editor had open when it started the server, as it sent them along with `initialize`:
   * checked while the editor is still starting, each until its didOpen comes (documentFor).
   */
  private readonly preopened = new Map<string, TextDocument>();
  private readonly askedListeners: Array<(uri: string) => void> = [];
  private readonly fileListeners: Array<(changes: readonly FileEvent[]) => void> = [];

  constructor(readonly documents: TextDocuments<TextDocument>) {
    this.initialized = new Promise((resolve) => (this.markInitialized = resolve));
    this.answered = new Promise((resolve) => (this.markAnswered = resolve));
  }

  /** The editor opened this document: the copy it sent along with `initialize`, if any, is done with. */
  takePreopened(uri: string): TextDocument | undefined {
    const doc = this.preopened.get(uri);
    this.preopened.delete(uri);
    return doc;
  }

  /** An open document by URI: one the editor opened, else one it sent along with `initialize`. */
  documentFor(uri: string): TextDocument | undefined {
    return this.documents.get(uri) ?? this.preopened.get(uri);
  }

  /** The open documents: the editor's, and those it sent along with `initialize` not opened yet. */
  openDocuments(): TextDocument[] {
    return [...this.documents.all(), ...[...this.preopened.values()].filter((d) => !this.documents.get(d.uri))];
  }

  /**
   * The answer to `initialize` is being returned: the connection writes it on the next turn of the event
   * loop (one setImmediate); notifications wait for the turn after.
   */
  answering(): void {
    setImmediate(() =>
      setImmediate(() => {
        this.isAnswered = true;
        this.markAnswered();
      }),
    );
  }

  /**
   * Drafts sent along with `initialize` that the editor did not open after all (closed while it was
   * starting) stop being checked; their findings are taken back by `clear`.
   */
  dropUnopened(clear: (uri: string) => void): void {
    for (const uri of [...this.preopened.keys()]) {
      this.preopened.delete(uri);
      clear(uri);
    }
  }

  /** A request named this open document (see documentOf): the writer is at it. */
  onDidAsk(listener: (uri: string) => void): void {
    this.askedListeners.push(listener);
  }

  /** Watched files changed (any watcher's; indexing.ts forwards them). */
  onDidChangeFiles(listener: (changes: readonly FileEvent[]) => void): void {
    this.fileListeners.push(listener);
  }

  filesChanged(changes: readonly FileEvent[]): void {
    for (const listener of this.fileListeners) listener(changes);
  }

  /** Takes in what the client's initialize request says. */
  initialize(params: InitializeParams): void {
    const wsFolders: readonly WorkspaceFolder[] = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    this.folders = wsFolders.filter((f) => f.uri.startsWith('file:')).map((f) => fileURLToPath(f.uri));
    const c = params.capabilities;
    this.client = {
      configuration: !!c.workspace?.configuration,
      watchDynamically: !!c.workspace?.didChangeWatchedFiles?.dynamicRegistration,
      workspaceFolders: !!c.workspace?.workspaceFolders,
      progress: !!c.window?.workDoneProgress,
      annotatedEdits: !!c.workspace?.workspaceEdit?.changeAnnotationSupport && !!c.workspace?.workspaceEdit?.documentChanges,
      commands: Array.isArray(c.experimental?.sourcedCommands) ? c.experimental.sourcedCommands.filter((x: unknown): x is string => typeof x === 'string') : [],
      sourceText: (c.experimental as Record<string, unknown> | undefined)?.[SOURCE_TEXT_CAPABILITY] === true,
    };
    const init = params.initializationOptions as { settings?: unknown; storagePath?: unknown; drafts?: unknown } | undefined;
    if (init?.settings) this.settings = readSettings(init.settings);
    this.settingsGiven = !!init?.settings || !this.client.configuration;
    if (typeof init?.storagePath === 'string' && init.storagePath) this.storagePath = init.storagePath;
    // As many as the Sourced client sends at most (20 drafts, 4 MB); whatever else comes with its didOpen.
    let chars = 0;
    for (const d of Array.isArray(init?.drafts) ? (init.drafts as unknown[]).slice(0, MAX_PREOPENED) : []) {
      const { uri, languageId, version, text } = (d ?? {}) as Record<string, unknown>;
      if (typeof uri !== 'string' || typeof languageId !== 'string' || typeof version !== 'number' || typeof text !== 'string') continue;
      if ((chars += text.length) > MAX_PREOPENED_CHARS) break;
      this.preopened.set(uri, TextDocument.create(uri, languageId, version, text));
    }
  }

  setInitialized(): void {
    this.isInitialized = true;
    this.markInitialized();
  }

  isSource(absPath: string): boolean {
    return this.matchers.some((m) => m.matches(absPath));
  }

  /** A Markdown document outside the sources folders. */
  isDraft(doc: TextDocument): boolean {
    if (doc.languageId !== 'markdown' && !doc.uri.endsWith('.md')) return false;
    if (!doc.uri.startsWith('file:')) return true;
    return !this.isSource(fileURLToPath(doc.uri));
  }

  /**
   * The open document a request names. Requests are checked before use: a client (or a hostile peer)
   * may send a request without its document or position, which gets an empty answer, not an error.
   */
  documentOf(params: { textDocument?: { uri?: unknown } | null } | null | undefined): TextDocument | undefined {
    const uri = params?.textDocument?.uri;
    const doc = typeof uri === 'string' ? this.documents.get(uri) : undefined;
    if (doc) for (const listener of this.askedListeners) listener(doc.uri);
    return doc;
  }

  /** Open drafts plus the Markdown files on disk outside the sources folders (for find-references). */
  async drafts(): Promise<IDocument[]> {
    // Keyed by one spelling of each file's URI: an editor may percent-encode a path differently from
    // Node ("%2C" for ","), and an open draft must not be listed again from disk.
    const sameFile = (uri: string) => (uri.startsWith('file:') ? pathToUri(fileURLToPath(uri)) : uri);
    const open = new Map(this.documents.all().filter((d) => this.isDraft(d)).map((d) => [sameFile(d.uri), asIDocument(d)]));
    for (const folder of this.folders) {
      const md = await findSourceFiles(sourceMatcher(folder, ['**/*.md', '**/*.markdown']), 5000);
      for (const p of md) {
        const uri = pathToUri(p);
        if (open.has(uri) || this.isSource(p)) continue;
        const text = await fs.readFile(p, 'utf8').catch(() => undefined);
        if (text !== undefined) open.set(uri, { uri, version: 0, getText: () => text });
      }
    }
    return [...open.values()];
  }
}

/** What the workspace's changes set off (see registerWorkspace). */
export interface WorkspaceChanges {
  /** Where the sources are changed: index them again (and then read the bibliographies again). */
  readonly reindex: () => void;
  /** Only how they are judged changed: check the drafts again (and read the bibliographies again). */
  readonly recheck: () => void;
  /** A draft is no longer open: its findings go. */
  readonly closed: (uri: string) => void;
}

/** How long after `initialized` a draft sent along with `initialize` may wait for the editor to open it. */
const UNOPENED_MS = 5000;

/** Settings, workspace folders and file watchers, from `initialized` on. */
export function registerWorkspace(connection: Connection, ws: ServerWorkspace, service: SourcedService, log: ILogger, changes: WorkspaceChanges): void {
  const watchers = new SourceWatchers(connection, ws);
  connection.onInitialized(async () => {
    mark('initialized');
    ws.setInitialized();
    // The editor opens its drafts right after this; one sent along with `initialize` and not opened by
    // then was closed meanwhile.
    setTimeout(() => ws.dropUnopened((uri) => changes.closed(uri)), Number(process.env.SOURCED_UNOPENED_MS) || UNOPENED_MS).unref();
    // Indexing began at initialize when the client sent its settings along (initializationOptions): the
    // settings it gives now start it again only where they move what is read.
    const started = ws.settingsGiven ? ws.settings : undefined;
    if (ws.client.configuration) {
      try {
        const [raw] = await connection.workspace.getConfiguration([{ section: 'sourced' }]);
        if (raw) ws.settings = readSettings(raw);
        service.setOptions(toCoreOptions(ws.settings));
      } catch {
        /* a client that says it can but cannot: keep the defaults */
      }
    }
    if (ws.client.workspaceFolders) watchWorkspaceFolders(connection, ws, watchers, changes);
    // Without waiting for the editor to confirm the watchers (a round trip): a file changed meanwhile is
    // read by the run, or reported by the watcher once it is in place.
    const registered = watchers.register().catch((e) => log.warn(`Watching the sources for changes is not possible here: ${e instanceof Error ? e.message : e}`));
    mark('configuration');
    if (!started || movesSources(started, ws.settings)) changes.reindex();
    else if (JSON.stringify(started) !== JSON.stringify(ws.settings)) {
      mark('settings-moved');
      changes.recheck();
    }
    await registered;
  });

  connection.onDidChangeConfiguration(async (change) => {
    const raw = ws.client.configuration ? (await connection.workspace.getConfiguration([{ section: 'sourced' }]))[0] : (change.settings as { sourced?: unknown })?.sourced;
    const next = readSettings(raw);
    const reindex = movesSources(ws.settings, next);
    ws.settings = next;
    service.setOptions(toCoreOptions(next));
    if (reindex) {
      await watchers.register(); // the folders to watch moved with the setting
      changes.reindex();
    } else changes.recheck();
  });
}

/** Whether going from one set of settings to the other changes which files are read, or how much of them. */
function movesSources(before: Settings, next: Settings): boolean {
  return JSON.stringify(next.sources) !== JSON.stringify(before.sources) || next.maxFileSizeMB !== before.maxFileSizeMB || next.maxFiles !== before.maxFiles;
}

/** Folders added to or removed from the workspace while it is open. */
function watchWorkspaceFolders(connection: Connection, ws: ServerWorkspace, watchers: SourceWatchers, changes: WorkspaceChanges): void {
  connection.workspace.onDidChangeWorkspaceFolders(async (e) => {
    const removed = new Set(e.removed.filter((f) => f.uri.startsWith('file:')).map((f) => fileURLToPath(f.uri)));
    const added = e.added.filter((f) => f.uri.startsWith('file:')).map((f) => fileURLToPath(f.uri));
    ws.folders = [...ws.folders.filter((f) => !removed.has(f)), ...added.filter((f) => !ws.folders.includes(f))];
    await watchers.register();
    changes.reindex();
  });
}

/** Watches the sources globs of every workspace folder; registering again replaces the previous watchers. */
class SourceWatchers {
  private registration: Disposable | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly ws: ServerWorkspace,
  ) {}

  async register(): Promise<void> {
    if (!this.ws.client.watchDynamically) return;
    const watchers = this.ws.folders.flatMap((folder) =>
      this.ws.settings.sources.map((glob) => ({ globPattern: path.isAbsolute(glob) ? glob : { baseUri: pathToUri(folder), pattern: glob } })),
    );
    const previous = this.registration;
    this.registration = await this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    previous?.dispose();
  }
}

export function asIDocument(doc: TextDocument): IDocument {
  return { uri: doc.uri, version: doc.version, getText: () => doc.getText() };
}

/** The one URI form the index uses for a path (clients may encode differently; we normalise through the path). */
export function pathToUri(p: string): string {
  return pathToFileURL(p).href;
}

/** A position with whole, non-negative line and character (anything else gets an empty answer). */
export function isPosition(p: unknown): p is { line: number; character: number } {
  const q = p as { line?: unknown; character?: unknown } | null | undefined;
  return !!q && Number.isSafeInteger(q.line) && Number.isSafeInteger(q.character) && (q.line as number) >= 0 && (q.character as number) >= 0;
}

export function isRange(r: unknown): r is { start: { line: number; character: number }; end: { line: number; character: number } } {
  const q = r as { start?: unknown; end?: unknown } | null | undefined;
  return !!q && isPosition(q.start) && isPosition(q.end);
}
