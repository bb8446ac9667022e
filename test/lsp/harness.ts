/**
 * A minimal LSP client for protocol tests: spawns the built server over stdio, answers the requests a
 * server sends to its client, records notifications, and waits for them by polling (never by sleeping
 * a fixed time).
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
  if (existsSync(SERVER) && existsSync(path.join(ROOT, 'dist', 'cli.js'))) return;
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

export interface Client {
  readonly conn: MessageConnection;
  readonly proc: ChildProcess;
  /** Every window/logMessage and showMessage text so far. */
  readonly logs: string[];
  /** Latest diagnostics per URI, and every publication in order. */
  readonly diagnostics: Map<string, PublishedDiagnostics>;
  readonly published: PublishedDiagnostics[];
  readonly statuses: Array<Record<string, unknown>>;
  /** What arrived, in order: `status:<state>` and `diagnostics:<uri>`. */
  readonly order: string[];
  /** Requests the server sent us, by method. */
  readonly serverRequests: Array<{ method: string; params: unknown }>;
  /** What the client answers to workspace/configuration (change it, then send didChangeConfiguration). */
  settings: Record<string, unknown> | null;
  stderr: string;
  /** Polls until `fn` returns a value that is not undefined/false, or fails after `ms`. */
  until<T>(what: string, fn: () => T | undefined | false, ms?: number): Promise<T>;
  /** Waits for a diagnostics publication for `uri` after the `after`-th one that satisfies `accept`. */
  diagnosticsFor(uri: string, accept?: (p: PublishedDiagnostics) => boolean, after?: number): Promise<PublishedDiagnostics>;
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
}

/** Starts the server on a workspace folder, initializes it and waits until its index is ready. */
export async function startClient(folder: string, options: StartOptions = {}): Promise<Client> {
  const proc = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER, '--stdio'], { cwd: folder, stdio: ['pipe', 'pipe', 'pipe'], env: { ...testEnv(), ...options.env } });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const logs: string[] = [];
  const diagnostics = new Map<string, PublishedDiagnostics>();
  const published: PublishedDiagnostics[] = [];
  const statuses: Array<Record<string, unknown>> = [];
  const order: string[] = [];
  const serverRequests: Array<{ method: string; params: unknown }> = [];
  const client: Client = {
    conn,
    proc,
    logs,
    diagnostics,
    published,
    statuses,
    order,
    serverRequests,
    settings: options.settings ?? null,
    stderr: '',
    async until(what, fn, ms = 15_000) {
      const deadline = Date.now() + ms;
      for (;;) {
        const v = fn();
        if (v !== undefined && v !== false) return v as never;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; published: ${published.map((p) => `${p.uri.slice(-12)}@${p.version}:${p.diagnostics.length}`).join(', ')}; server stderr: ${client.stderr.slice(-2000)}; logs: ${logs.slice(-10).join(' / ')}`);
        if (proc.exitCode !== null) throw new Error(`the server exited (${proc.exitCode}) while waiting for ${what}: ${client.stderr.slice(-2000)}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    diagnosticsFor(uri, accept = () => true, after = 0) {
      return client.until(`diagnostics for ${uri}`, () => published.slice(after).find((p) => p.uri === uri && accept(p)));
    },
    async stop() {
      try {
        await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await conn.sendNotification('exit');
      } catch {
        /* already gone */
      }
      conn.dispose();
      if (proc.exitCode === null) {
        await Promise.race([new Promise((r) => proc.once('exit', r)), new Promise((r) => setTimeout(r, 2000))]);
        if (proc.exitCode === null) proc.kill();
      }
    },
  };
  proc.stderr!.on('data', (b: Buffer) => (client.stderr += b.toString()));
  conn.onNotification('textDocument/publishDiagnostics', (params: unknown) => {
    const p = params as PublishedDiagnostics;
    diagnostics.set(p.uri, p);
    published.push(p);
    order.push(`diagnostics:${p.uri}`);
  });
  conn.onNotification('window/logMessage', (p: unknown) => void logs.push((p as { message: string }).message));
  conn.onNotification('window/showMessage', (p: unknown) => void logs.push((p as { message: string }).message));
  conn.onNotification('sourced/status', (p: unknown) => {
    statuses.push(p as Record<string, unknown>);
    order.push(`status:${(p as { state?: string }).state}`);
  });
  conn.onRequest((method: string, params: unknown) => {
    serverRequests.push({ method, params });
    if (method === 'workspace/configuration') return [client.settings];
    return null; // client/registerCapability, window/workDoneProgress/create
  });
  conn.listen();

  const init = await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: uriOf(folder),
    workspaceFolders: [{ uri: uriOf(folder), name: path.basename(folder) }],
    capabilities: {
      workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: !!options.watch }, ...options.workspaceCapabilities },
      window: { workDoneProgress: true },
      textDocument: { publishDiagnostics: { relatedInformation: true } },
    },
  });
  (client as { init?: unknown }).init = init;
  for (const d of options.openFirst ?? []) await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: d.uri, languageId: 'markdown', version: 1, text: d.text } });
  await conn.sendNotification('initialized', {});
  try {
    await client.until('the index to be ready', () => statuses.find((s) => s.state === 'ready'));
  } catch (e) {
    // A server that never got ready is stopped here: the caller has no client to stop.
    await client.stop();
    throw e;
  }
  return client;
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
