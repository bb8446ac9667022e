/**
 * First feedback: how long from starting the language server to the first diagnostics of a draft the
 * editor has open, on a copy of the example workspace (examples/balloons).
 *
 * Each run spawns `node dist/server.js --stdio` with the flags VS Code starts it with, sends
 * `initialize`, `initialized` and `didOpen` for draft.md as VS Code does, and times the first
 * `textDocument/publishDiagnostics` for the draft. Cold runs start with an empty storage folder (no
 * index cache: a workspace opened for the first time); warm runs reuse the storage folder of the run
 * before (every later start). Prints each run, then the medians, then one JSON line.
 *
 *   npm run bench:first -- [--runs N] [--workspace <folder with draft.md>] [--baseline <another build's dist/>] [--editor-ms N]
 *
 * --editor-ms N: the client waits N ms after the answer to `initialize` before it says `initialized`
 * and opens the draft, as an editor busy starting does (170 ms to a second in the e2e runs here).
 *
 * With --baseline, every run also starts that build's server, one after the other, so the two are
 * compared under the same conditions.
 *   SOURCED_BENCH_NODE_ARGS='--cpu-prof --cpu-prof-dir=<dir>' npm run bench:first   (profiles the servers)
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { SERVER_NODE_FLAGS } from '../server/src/lsp/serverFlags';

const repo = path.resolve(__dirname, '..');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const runs = Number(arg('runs') ?? 7);
/** How long the editor takes, after the answer to initialize, to say initialized and open the draft (an editor busy starting). */
const editorMs = Number(arg('editor-ms') ?? 0);
const example = path.resolve(arg('workspace') ?? path.join(repo, 'examples', 'balloons'));
const serverArgs = (process.env.SOURCED_BENCH_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
const builds: ReadonlyArray<{ readonly name: string; readonly dist: string }> = [
  { name: 'this build', dist: path.join(repo, 'dist') },
  ...(arg('baseline') ? [{ name: 'baseline', dist: path.resolve(arg('baseline')!) }] : []),
];

/** Milliseconds from spawning the server to each step. */
interface Run {
  readonly initialized: number;
  readonly ready: number;
  readonly diagnostics: number;
  readonly count: number;
}

async function once(dist: string, workspace: string, storage: string): Promise<Run> {
  const t0 = performance.now();
  const proc = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...serverArgs, path.join(dist, 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const draft = path.join(workspace, 'draft.md');
  const uri = pathToFileURL(draft).href;
  let ready = NaN;
  const diagnostics = new Promise<{ at: number; count: number }>((resolve) => {
    conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: unknown[] }) => {
      if (p.uri === uri) resolve({ at: performance.now() - t0, count: p.diagnostics.length });
    });
  });
  conn.onNotification('sourced/status', (p: { state: string }) => {
    if (p.state === 'ready' && Number.isNaN(ready)) ready = performance.now() - t0;
  });
  conn.onNotification('window/logMessage', () => {});
  conn.onNotification('window/showMessage', (p: { message: string }) => void process.stderr.write(`server: ${p.message}\n`));
  conn.onNotification('$/progress', () => {});
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('workspace/configuration', () => [{}]);
  conn.listen();
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(workspace).href,
    workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'balloons' }],
    capabilities: { window: { workDoneProgress: true }, workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
    // As the Sourced client sends them: its settings, and the drafts open in the editor.
    initializationOptions: { settings: {}, storagePath: storage, drafts: [{ uri, languageId: 'markdown', version: 1, text: readFileSync(draft, 'utf8') }] },
  });
  const initialized = performance.now() - t0;
  if (editorMs) await new Promise((r) => setTimeout(r, editorMs));
  void conn.sendNotification('initialized', {});
  void conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(draft, 'utf8') } });
  const first = await diagnostics;
  try {
    await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 5000))]);
    void conn.sendNotification('exit');
  } catch {
    /* gone already */
  }
  await new Promise<void>((r) => (proc.exitCode !== null ? r() : proc.once('exit', () => r())));
  conn.dispose();
  return { initialized, ready, diagnostics: first.at, count: first.count };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

async function main(): Promise<void> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'sourced-first-'));
  try {
    const workspace = path.join(root, 'balloons');
    cpSync(example, workspace, { recursive: true });
    const results = builds.map(() => ({ cold: [] as Run[], warm: [] as Run[] }));
    for (let i = 0; i < runs; i++) {
      for (const [b, build] of builds.entries()) {
        // A cold start (empty storage), then a warm one on what it left behind.
        const storage = path.join(root, `storage-${b}-${i}`);
        for (const kind of ['cold', 'warm'] as const) {
          const r = await once(build.dist, workspace, storage);
          results[b][kind].push(r);
          console.log(`${build.name}, ${kind} run ${i + 1}: initialize answered ${r.initialized.toFixed(0)} ms, sources ready ${r.ready.toFixed(0)} ms, first diagnostics of draft.md ${r.diagnostics.toFixed(0)} ms (${r.count} findings)`);
        }
      }
    }
    const summary: Record<string, number> = {};
    for (const [b, build] of builds.entries()) {
      for (const kind of ['cold', 'warm'] as const) {
        const rs = results[b][kind];
        const prefix = b === 0 ? kind : `baseline${kind[0].toUpperCase()}${kind.slice(1)}`;
        summary[`${prefix}Initialize`] = Math.round(median(rs.map((r) => r.initialized)));
        summary[`${prefix}Ready`] = Math.round(median(rs.map((r) => r.ready)));
        summary[`${prefix}FirstDiagnostics`] = Math.round(median(rs.map((r) => r.diagnostics)));
        console.log(
          `${build.name}, ${kind}: server start → first diagnostics, median of ${rs.length}: ${summary[`${prefix}FirstDiagnostics`]} ms (runs ${rs.map((r) => r.diagnostics.toFixed(0)).join(', ')}); initialize answered ${summary[`${prefix}Initialize`]} ms, sources ready ${summary[`${prefix}Ready`]} ms`,
        );
      }
    }
    console.log(JSON.stringify(summary));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

void main();
