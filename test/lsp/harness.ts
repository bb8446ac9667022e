/**
 * The one LSP client of the tests: spawns the built server (dist/server.js) over stdio, answers the
 * requests a server sends to its client, records notifications, and waits for them by polling (never
 * by sleeping a fixed time). `startClient` sets up a client as an editor does (settings asked for,
 * progress); `startOnSources` as a plain watcher-capable client that passes its settings up front.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, promises as fs, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');
export const EXAMPLE = path.join(ROOT, 'examples', 'balloons');

/** `npm test` builds first; when run alone, build the bundles if they are missing. */
export function ensureBuilt(): void {
  if (['server.js', 'serverMain.js', 'cli.js', 'indexWorker.js'].every((f) => existsSync(path.join(ROOT, 'dist', f)))) return;
  const r = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('the build failed');
}

export const uriOf = (p: string) => pathToFileURL(p).href;

/**
 * The environment for the server and CLI under test: their index cache goes to a folder of this test
 * run, never the user's cache (a cache written by another build would add a log line and change timings).
 */
let cacheDir: string | undefined;
export function testEnv(): NodeJS.ProcessEnv {
  if (!cacheDir) {
    const dir = (cacheDir = mkdtempSync(path.join(os.tmpdir(), 'sourced-cache-')));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return { ...process.env, SOURCED_CACHE_DIR: cacheDir };
}

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
  code?: string;
  source?: string;
  message: string;
  data?: unknown;
}

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

/** What the server's `sourced/stats` request answers (the fields tests read). */
export interface Stats {
  sources: number;
  problems: number;
  generation: number;
  sentenceChecks: number;
  watcherRuns: number;
  watcherFiles: number;
  cacheRefreshes: number;
  lastIndex?: { files: number; reused: number; read: number; cache: string; worker: boolean; limited: boolean };
}

export interface Client {
  readonly conn: MessageConnection;
  readonly proc: ChildProcess;
  /** Every window/logMessage and showMessage text so far. */
  readonly logs: string[];
  /** The showMessage texts alone (what a writer sees pop up). */
  readonly messages: string[];
  /** Latest diagnostics per URI, and every publication in order. */
  readonly diagnostics: Map<string, PublishedDiagnostics>;
  readonly published: PublishedDiagnostics[];
  readonly statuses: Array<Record<string, unknown>>;
  /** What arrived, in order: `status:<state>`, `diagnostics:<uri>`, and `answered` when the answer to `initialize` came. */
  readonly order: string[];
  /** Requests the server sent us, by method. */
  readonly serverRequests: Array<{ method: string; params: unknown }>;
  /** What the client answers to workspace/configuration (change it, then send didChangeConfiguration). */
  settings: Record<string, unknown> | null;
  stderr: string;
  /** Polls until `fn` (which may be async) returns something truthy, or fails after `ms`. */
  until<T>(what: string, fn: () => Promise<T | undefined | false> | T | undefined | false, ms?: number): Promise<T>;
  /** Waits for a diagnostics publication for `uri` after the `after`-th one that satisfies `accept`. */
  diagnosticsFor(uri: string, accept?: (p: PublishedDiagnostics) => boolean, after?: number): Promise<PublishedDiagnostics>;
  stats(): Promise<Stats>;
  /** Sends watched-file events and waits until the server has handled them. */
  filesChanged(changes: Array<{ path: string; type: 1 | 2 | 3 }>): Promise<Stats>;
  open(uri: string, text: string, version?: number): void;
  change(uri: string, text: string, version: number): void;
  hover(uri: string, line: number, character: number): Promise<{ contents: { value: string } } | null>;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** The client can register file watchers dynamically (the server then asks to). */
  readonly watch?: boolean;
  /** What the server gets for workspace/configuration. */
  readonly settings?: Record<string, unknown>;
  /** Drafts opened before `initialized` (so before indexing starts). */
  readonly openFirst?: ReadonlyArray<{ readonly uri: string; readonly text: string }>;
  /** Extra environment variables and Node flags for the server process. */
  readonly env?: Readonly<Record<string, string>>;
  /** Extra workspace client capabilities (merged into the defaults), e.g. workspaceEdit support. */
  readonly workspaceCapabilities?: Readonly<Record<string, unknown>>;
  readonly nodeArgs?: readonly string[];
  /** The client capabilities instead of the defaults (an editor's: configuration, progress, watchers if `watch`). */
  readonly capabilities?: Readonly<Record<string, unknown>>;
  readonly initializationOptions?: unknown;
  /** An index cache folder of this server's own, removed when it stops (default: one per test run). */
  readonly ownCache?: boolean;
  /** Runs after the answer to `initialize` and before `initialized` is sent (an editor slow to start). */
  readonly beforeInitialized?: (client: Client) => Promise<void>;
}

/** Starts the server on a workspace folder, initializes it and waits until its index is ready. */
export async function startClient(folder: string, options: StartOptions = {}): Promise<Client> {
  ensureBuilt();
  const ownCache = options.ownCache ? mkdtempSync(path.join(os.tmpdir(), 'sourced-own-cache-')) : undefined;
  const env = { ...testEnv(), ...(ownCache ? { SOURCED_CACHE_DIR: ownCache } : {}), ...options.env };
  const proc = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER, '--stdio'], { cwd: folder, stdio: ['pipe', 'pipe', 'pipe'], env });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  let stopping = false;
  let died: string | undefined;
  const client: Client = {
    conn,
    proc,
    logs: [],
    messages: [],
    diagnostics: new Map(),
    published: [],
    statuses: [],
    order: [],
    serverRequests: [],
    settings: options.settings ?? null,
    stderr: '',
    async until(what, fn, ms = 20_000) {
      const deadline = Date.now() + ms;
      for (;;) {
        if (died) throw new Error(`${died} while waiting for ${what}`);
        let timer: NodeJS.Timeout | undefined;
        const v = await Promise.race([fn(), new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(died ?? `no answer while waiting for ${what}`)), ms)))]).finally(() => clearTimeout(timer));
        if (v) return v;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; published: ${client.published.map((p) => `${p.uri.slice(-12)}@${p.version}:${p.diagnostics.length}`).join(', ')}; server stderr: ${client.stderr.slice(-2000)}; logs: ${client.logs.slice(-10).join(' / ')}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    diagnosticsFor(uri, accept = () => true, after = 0) {
      return client.until(`diagnostics for ${uri}`, () => client.published.slice(after).find((p) => p.uri === uri && accept(p)));
    },
    stats: () => conn.sendRequest('sourced/stats', {}),
    async filesChanged(changes) {
      const before = (await client.stats()).watcherRuns;
      void conn.sendNotification('workspace/didChangeWatchedFiles', { changes: changes.map((c) => ({ uri: uriOf(c.path), type: c.type })) });
      return client.until('the watcher run', async () => {
        const s = await client.stats();
        return s.watcherRuns > before && s;
      });
    },
    open(uri, text, version = 1) {
      void conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
    },
    change(uri, text, version) {
      void conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    hover: (uri, line, character) => conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } }),
    async stop() {
      stopping = true;
      try {
        await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 3000))]);
        await conn.sendNotification('exit');
      } catch {
        /* already gone */
      }
      conn.dispose();
      if (proc.exitCode === null) {
        await Promise.race([new Promise((r) => proc.once('exit', r)), new Promise((r) => setTimeout(r, 3000))]);
        if (proc.exitCode === null) proc.kill();
      }
      if (ownCache) rmSync(ownCache, { recursive: true, force: true });
    },
  };
  proc.stderr!.on('data', (b: Buffer) => (client.stderr += b.toString()));
  // A server that dies fails the waiting test instead of leaving it pending.
  proc.on('exit', (code) => {
    if (!stopping) died = `the server exited (${code}): ${client.stderr.slice(-2000)}`;
  });
  listen(client);
  await initialize(client, folder, options);
  return client;
}

/** Records what the server sends, and answers what it asks the client. */
function listen(client: Client): void {
  const { conn } = client;
  conn.onNotification('textDocument/publishDiagnostics', (params: unknown) => {
    const p = params as PublishedDiagnostics;
    client.diagnostics.set(p.uri, p);
    client.published.push(p);
    client.order.push(`diagnostics:${p.uri}`);
  });
  conn.onNotification('window/logMessage', (p: unknown) => void client.logs.push((p as { message: string }).message));
  conn.onNotification('window/showMessage', (p: unknown) => {
    client.logs.push((p as { message: string }).message);
    client.messages.push((p as { message: string }).message);
  });
  conn.onNotification('sourced/status', (p: unknown) => {
    client.statuses.push(p as Record<string, unknown>);
    client.order.push(`status:${(p as { state?: string }).state}`);
  });
  conn.onRequest((method: string, params: unknown) => {
    client.serverRequests.push({ method, params });
    if (method === 'workspace/configuration') return [client.settings];
    return null; // client/registerCapability, window/workDoneProgress/create
  });
  conn.listen();
}

/** initialize, the drafts to open first, initialized; then waits for the first index. */
async function initialize(client: Client, folder: string, options: StartOptions): Promise<void> {
  const { conn } = client;
  const init = await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: uriOf(folder),
    workspaceFolders: [{ uri: uriOf(folder), name: path.basename(folder) }],
    capabilities: options.capabilities ?? {
      workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: !!options.watch }, ...options.workspaceCapabilities },
      window: { workDoneProgress: true },
      textDocument: { publishDiagnostics: { relatedInformation: true } },
    },
    ...(options.initializationOptions !== undefined ? { initializationOptions: options.initializationOptions } : {}),
  });
  (client as { init?: unknown }).init = init;
  client.order.push('answered');
  await options.beforeInitialized?.(client);
  for (const d of options.openFirst ?? []) await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: d.uri, languageId: 'markdown', version: 1, text: d.text } });
  await conn.sendNotification('initialized', {});
  try {
    await client.until('the index to be ready', () => client.statuses.find((s) => s.state === 'ready'));
  } catch (e) {
    // A server that never got ready is stopped here: the caller has no client to stop.
    await client.stop();
    throw e;
  }
}

/**
 * A server on `root`, its sources in root/sources, as a plain client starts it: settings passed up
 * front (it answers no configuration), file watchers allowed, an index cache folder of its own.
 */
export function startOnSources(root: string, options: { settings?: Record<string, unknown>; storagePath?: string; env?: Readonly<Record<string, string>> } = {}): Promise<Client> {
  return startClient(root, {
    capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
    initializationOptions: { settings: { sources: ['sources/**'], ...options.settings }, storagePath: options.storagePath },
    env: options.env,
    ownCache: true,
  });
}

/** A fresh copy of a folder in the system's temp directory. */
export async function tempCopy(from: string, prefix = 'sourced-test-'): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  await fs.cp(from, dir, { recursive: true });
  // The example's sources are read-only in the repository; the copy must be writable so tests can add files.
  for (const f of await fs.readdir(path.join(dir, 'sources'))) await fs.chmod(path.join(dir, 'sources', f), 0o644);
  await fs.chmod(path.join(dir, 'sources'), 0o755);
  return dir;
}

/** sha256 of every file (and symlink target text) under a folder, by relative path. */
export async function hashTree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (d: string) => {
    for (const e of await fs.readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      const rel = path.relative(dir, p);
      if (e.isDirectory()) await walk(p);
      else if (e.isSymbolicLink()) out[rel] = 'link:' + (await fs.readlink(p));
      else {
        const st = await fs.stat(p);
        const bytes = st.mode & 0o444 ? await fs.readFile(p).catch(() => Buffer.from('unreadable')) : Buffer.from('unreadable');
        out[rel] = createHash('sha256').update(bytes).digest('hex') + ':' + st.mtimeMs;
      }
    }
  };
  await walk(dir);
  return out;
}
