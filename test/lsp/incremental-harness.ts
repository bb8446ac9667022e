/**
 * A small LSP client for the incremental-indexing tests: spawns dist/server.js over stdio with its own
 * cache folder, records notifications, and waits by polling the server (never a fixed sleep).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export const ROOT = path.resolve(__dirname, '..', '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');

export const uriOf = (p: string) => pathToFileURL(p).href;

/** `npm test` builds first; run alone, build the bundles when the worker bundle is missing. */
export function ensureBuilt(): void {
  if (existsSync(SERVER) && existsSync(path.join(ROOT, 'dist', 'indexWorker.js'))) return;
  const r = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('the build failed');
}

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

export interface Published {
  uri: string;
  version?: number;
  diagnostics: Array<{ code?: string; message: string; range: { start: { line: number } } }>;
}

export class TestServer {
  readonly proc: ChildProcess;
  readonly conn: MessageConnection;
  readonly messages: string[] = [];
  readonly published: Published[] = [];
  stderr = '';
  private readonly cacheDir: string;
  private stopping = false;
  private died: string | undefined;

  private constructor(env: NodeJS.ProcessEnv) {
    this.cacheDir = mkdtempSync(path.join(os.tmpdir(), 'sourced-incr-cache-'));
    this.proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, SOURCED_CACHE_DIR: this.cacheDir, ...env } });
    this.proc.stderr!.on('data', (d: Buffer) => void (this.stderr += d.toString()));
    // A server that dies fails the waiting test instead of leaving it pending.
    this.proc.on('exit', (code) => {
      if (!this.stopping) this.died = `the server exited (code ${code}): ${this.stderr.slice(-2000)}`;
    });
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification('window/showMessage', (p: { message: string }) => void this.messages.push(p.message));
    this.conn.onNotification('window/logMessage', () => undefined);
    this.conn.onNotification('textDocument/publishDiagnostics', (p: Published) => void this.published.push(p));
    this.conn.onNotification('sourced/status', () => undefined);
    this.conn.onRequest('workspace/configuration', () => [null]);
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.listen();
  }

  /** Starts a server on `root` (sources under root/sources), waits until its first index is built. */
  static async start(root: string, options: { settings?: Record<string, unknown>; storagePath?: string; env?: NodeJS.ProcessEnv } = {}): Promise<TestServer> {
    ensureBuilt();
    const s = new TestServer(options.env ?? {});
    await s.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uriOf(root),
      workspaceFolders: [{ uri: uriOf(root), name: 'test' }],
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
      initializationOptions: { settings: { sources: ['sources/**'], ...options.settings }, storagePath: options.storagePath },
    });
    void s.conn.sendNotification('initialized', {});
    await s.until('the first index', async () => (await s.stats()).lastIndex);
    return s;
  }

  stats(): Promise<Stats> {
    return this.conn.sendRequest('sourced/stats', {});
  }

  /** Polls `fn` every 20 ms until it returns something truthy; fails after `ms`. */
  async until<T>(what: string, fn: () => Promise<T | undefined | false> | T | undefined | false, ms = 20_000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      if (this.died) throw new Error(this.died);
      let timer: NodeJS.Timeout | undefined;
      const v = await Promise.race([fn(), new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(this.died ?? `no answer while waiting for ${what}`)), ms)))]).finally(() => clearTimeout(timer));
      if (v) return v;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Sends watched-file events and waits until the server has handled them. */
  async filesChanged(changes: Array<{ path: string; type: 1 | 2 | 3 }>): Promise<Stats> {
    const before = (await this.stats()).watcherRuns;
    void this.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: changes.map((c) => ({ uri: uriOf(c.path), type: c.type })) });
    return this.until('the watcher run', async () => {
      const s = await this.stats();
      return s.watcherRuns > before && s;
    });
  }

  open(uri: string, text: string, version = 1): void {
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  change(uri: string, text: string, version: number): void {
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** The next diagnostics for `uri` at `version`, published after the `after`-th publication. */
  diagnostics(uri: string, version: number, after = 0): Promise<Published> {
    return this.until(`diagnostics for ${uri} v${version}`, () => this.published.slice(after).find((p) => p.uri === uri && p.version === version));
  }

  hover(uri: string, line: number, character: number): Promise<{ contents: { value: string } } | null> {
    return this.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 3000))]);
      void this.conn.sendNotification('exit');
    } catch {
      /* already gone */
    }
    await new Promise<void>((resolve) => {
      if (this.proc.exitCode !== null) return resolve();
      const t = setTimeout(() => {
        this.proc.kill();
        resolve();
      }, 3000);
      this.proc.once('exit', () => {
        clearTimeout(t);
        resolve();
      });
    });
    this.conn.dispose();
    rmSync(this.cacheDir, { recursive: true, force: true });
  }
}
