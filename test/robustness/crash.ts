/**
 * Crashes and a machine that works against Sourced: the CLI or the server killed (kill -9) while it
 * writes its cache, a cache corrupted on disk, a cache folder on a full disk. After each, the next run
 * must give what a cold run gives (same sources, same verdicts), and leave no temporary file behind.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureBuilt, ROOT, SERVER, startClient, testEnv, uriOf } from '../lsp/harness';

const WORDS = 'harbor wall council budget million euros storm ferry island pier crossing mayor said would protect homes winter'.split(' ');

export interface CrashScenario {
  readonly name: string;
  /** Runs the scenario in a fresh workspace; returns what went wrong (an empty list: nothing). */
  run(ws: Workspace): Promise<string[]>;
}

export interface Workspace {
  readonly dir: string;
  readonly root: string;
  /** The JSON verdicts and the CSL-JSON of every source that a cold run (an empty cache) gives. */
  readonly cold: string;
}

/** A workspace of `n` sources (~`kb` KB each, words from a fixed seed) and a draft citing some. */
export async function crashWorkspace(n = 400, kb = 12): Promise<Workspace> {
  ensureBuilt();
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'sourced-crash-'));
  const dir = path.join(root, 'ws');
  await fs.mkdir(path.join(dir, 'sources'), { recursive: true });
  let seed = 11;
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < n; i++) {
    const paragraphs: string[] = [];
    for (let bytes = 0; bytes < kb * 1024; ) {
      const p = Array.from({ length: 50 }, () => WORDS[Math.floor(next() * WORDS.length)] + (next() < 0.1 ? String(Math.floor(next() * 1000)) : '')).join(' ') + '.';
      paragraphs.push(p);
      bytes += p.length + 2;
    }
    await fs.writeFile(path.join(dir, 'sources', `s${i}.txt`), paragraphs.join('\n\n'));
  }
  await fs.writeFile(path.join(dir, 'draft.md'), 'The harbor wall cost 4.2 million euros [@s1].\nThe mayor said the storm hit 120 homes [@s7, para. 2].\nThe ferry crossing was closed in winter.\n');
  const cold = await snapshotOf(dir, path.join(root, 'cold-cache'));
  return { dir, root, cold };
}

function cli(args: readonly string[], cwd: string, cacheDir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) =>
    execFile(process.execPath, [path.join(ROOT, 'bin', 'sourced.js'), ...args], { cwd, timeout: 180_000, maxBuffer: 64 << 20, env: { ...process.env, SOURCED_CACHE_DIR: cacheDir } }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
    ),
  );
}

/** What the index gives: the draft's verdicts and every source as CSL-JSON. */
async function snapshotOf(dir: string, cacheDir: string): Promise<string> {
  const check = await cli(['check', 'draft.md', '--format', 'json', '--fail-on', 'none'], dir, cacheDir);
  const bib = await cli(['bibliography', 'draft.md'], dir, cacheDir);
  if (check.code !== 0 || bib.code !== 0) return `failed: ${check.stderr}${bib.stderr}`;
  return check.stdout + bib.stdout;
}

async function temporaryFiles(cacheDir: string): Promise<string[]> {
  return existsSync(cacheDir) ? (await fs.readdir(cacheDir)).filter((f) => f.endsWith('.tmp')) : [];
}

/** Starts `sourced check` and kills it (SIGKILL) as soon as a cache file is being written. */
async function killWhileWriting(dir: string, cacheDir: string): Promise<boolean> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'sourced.js'), 'check', 'draft.md', '--fail-on', 'none'], { cwd: dir, env: { ...process.env, SOURCED_CACHE_DIR: cacheDir }, stdio: 'ignore' });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  let killed = false;
  for (const deadline = Date.now() + 120_000; Date.now() < deadline && child.exitCode === null; ) {
    if ((await temporaryFiles(cacheDir)).length) {
      child.kill('SIGKILL');
      killed = true;
      break;
    }
    await new Promise((r) => setTimeout(r, 2));
  }
  await exited;
  return killed;
}

export const SCENARIOS: readonly CrashScenario[] = [
  {
    name: 'CLI killed (kill -9) while writing its cache',
    async run(ws) {
      const wrong: string[] = [];
      const cache = path.join(ws.root, `kill-${Date.now()}`);
      if (!(await killWhileWriting(ws.dir, cache))) wrong.push('the CLI finished before it could be killed mid-write');
      const after = await snapshotOf(ws.dir, cache);
      if (after !== ws.cold) wrong.push('the next run differs from a cold run');
      const left = await temporaryFiles(cache);
      if (left.length) wrong.push(`temporary files left: ${left.join(', ')}`);
      return wrong;
    },
  },
  {
    name: 'cache and snapshot corrupted on disk',
    async run(ws) {
      const wrong: string[] = [];
      const cache = path.join(ws.root, `corrupt-${Date.now()}`);
      await snapshotOf(ws.dir, cache);
      const files = (await fs.readdir(cache)).filter((f) => /\.(bin|snap)$/.test(f)).sort();
      if (!files.length) return ['no cache was written to corrupt'];
      // Flip bytes in one, truncate another, replace a third with garbage: every way a disk loses data.
      for (const [i, f] of files.entries()) {
        const p = path.join(cache, f);
        const bytes = await fs.readFile(p);
        if (i % 3 === 0) for (let k = 0; k < 20; k++) bytes[(k * 7919 * (i + 1)) % bytes.length] ^= 0xff;
        await fs.writeFile(p, i % 3 === 1 ? bytes.subarray(0, bytes.length >> 1) : i % 3 === 2 ? Buffer.from('garbage') : bytes);
      }
      if ((await snapshotOf(ws.dir, cache)) !== ws.cold) wrong.push('the run after the corruption differs from a cold run');
      return wrong;
    },
  },
  {
    name: 'cache folder on a full disk (2 MB tmpfs)',
    async run(ws) {
      const full = path.join(ws.root, `full-${Date.now()}`);
      await fs.mkdir(full);
      try {
        execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', full], { stdio: 'ignore' });
      } catch {
        return ['skipped: mounting a tmpfs needs root and a kernel that allows it'];
      }
      try {
        const wrong: string[] = [];
        if ((await snapshotOf(ws.dir, full)) !== ws.cold) wrong.push('a run with a full cache disk differs from a cold run');
        const left = await temporaryFiles(full);
        if (left.length) wrong.push(`temporary files left: ${left.join(', ')}`);
        return wrong;
      } finally {
        execFileSync('umount', [full]);
      }
    },
  },
  {
    name: 'server killed (kill -9) while indexing, then restarted',
    async run(ws) {
      const wrong: string[] = [];
      const cache = path.join(ws.root, `server-${Date.now()}`);
      const env = { SOURCED_CACHE_DIR: cache };
      // The first server is killed as soon as it reports progress (mid-load, its cache half written).
      const proc = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ws.dir, env: { ...testEnv(), ...env }, stdio: ['pipe', 'pipe', 'ignore'] });
      const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = await import('vscode-jsonrpc/node');
      const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
      const progressed = new Promise<void>((r) => conn.onNotification('sourced/status', () => r()));
      conn.onRequest(() => null);
      conn.listen();
      await conn.sendRequest('initialize', { processId: process.pid, rootUri: uriOf(ws.dir), workspaceFolders: [{ uri: uriOf(ws.dir), name: 'ws' }], capabilities: { window: { workDoneProgress: true } } });
      await conn.sendNotification('initialized', {});
      await Promise.race([progressed, new Promise((r) => setTimeout(r, 30_000))]);
      proc.kill('SIGKILL');
      conn.dispose();
      await new Promise((r) => proc.once('exit', r));
      const client = await startClient(ws.dir, { env });
      try {
        const sources = client.statuses.find((s) => s.state === 'ready')?.sources;
        const coldCount = (JSON.parse(ws.cold.slice(ws.cold.indexOf('\n[') + 1)) as unknown[]).length;
        if (sources !== coldCount) wrong.push(`the restarted server has ${sources} sources, a cold run ${coldCount}`);
      } finally {
        await client.stop();
      }
      if ((await snapshotOf(ws.dir, cache)) !== ws.cold) wrong.push('a run on the killed server\'s cache differs from a cold run');
      return wrong;
    },
  },
];
