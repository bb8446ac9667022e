/**
 * The built language server and CLI on workspaces where the machine works against them: a cache that
 * cannot be written (a full disk, a folder where the file should be), requests with missing fields.
 * Indexing completes and every request gets an answer.
 */
import * as assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { cacheFileFor } from '../../server/src/indexing/cacheFiles';
import { ensureBuilt, EXAMPLE, ROOT, startClient, tempCopy, uriOf } from './harness';

const WORDS = 'harbor wall council budget million euros storm ferry island pier crossing mayor said would protect homes winter'.split(' ');

/** `n` sources of about `kb` KB each, words from a fixed seed. */
async function writeSources(dir: string, n: number, kb: number): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  let seed = 7;
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < n; i++) {
    const paragraphs: string[] = [];
    for (let bytes = 0; bytes < kb * 1024; ) {
      const words = Array.from({ length: 60 }, () => WORDS[Math.floor(next() * WORDS.length)] + (next() < 0.1 ? String(Math.floor(next() * 1000)) : ''));
      const p = words.join(' ') + '.';
      paragraphs.push(p);
      bytes += p.length + 2;
    }
    await fs.writeFile(path.join(dir, `s${i}.txt`), paragraphs.join('\n\n'));
  }
}

/** A 2 MB tmpfs at `dir` (root only); false where this machine does not allow it. */
function mountTiny(dir: string): boolean {
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('a cache that cannot be written costs only the cache', () => {
  let root: string;
  let ws: string;
  const N = 300;
  before(async () => {
    ensureBuilt();
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'sourced-nocache-'));
    ws = path.join(root, 'ws');
    await writeSources(path.join(ws, 'sources'), N, 12);
    await fs.writeFile(path.join(ws, 'draft.md'), 'The harbor wall cost 4.2 million euros [@s1].\n');
  });
  after(async () => {
    if (root) await fs.rm(root, { recursive: true, force: true });
  });

  test('a folder where the cache file should be: the server indexes every source and says so once', async () => {
    const cacheDir = path.join(root, 'cache-folder');
    mkdirSync(cacheFileFor(cacheDir, [ws]), { recursive: true });
    const client = await startClient(ws, { env: { SOURCED_CACHE_DIR: cacheDir } });
    try {
      const ready = client.statuses.find((s) => s.state === 'ready')!;
      assert.equal(ready.sources, N, client.logs.join('\n'));
      const said = client.logs.filter((l) => l.startsWith('The index cache cannot be written'));
      assert.equal(said.length, 1, said.join('\n'));
      assert.match(said[0], /a folder is where the cache file should be/);
      assert.doesNotMatch(client.logs.join('\n'), /Indexing failed|at Object\.|at CacheWriter/);
    } finally {
      await client.stop();
    }
  });

  test('a full disk (2 MB tmpfs as the cache folder): the CLI and the server index every source, no temporary file is left', async (t) => {
    const full = path.join(root, 'full');
    if (!mountTiny(full)) {
      t.skip('mounting a tmpfs needs root and a kernel that allows it; the folder-at-the-cache-path test covers the write failure');
      return;
    }
    try {
      const cli = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
        execFile(process.execPath, [path.join(ROOT, 'bin', 'sourced.js'), 'check', 'draft.md', '--fail-on', 'none'], { cwd: ws, env: { ...process.env, SOURCED_CACHE_DIR: full }, timeout: 120_000 }, (err, stdout, stderr) =>
          resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
        ),
      );
      assert.equal(cli.code, 0, cli.stderr);
      assert.match(cli.stdout, new RegExp(`checked against ${N} sources`));
      assert.match(cli.stderr, /The index cache cannot be written \(the disk is full\)/);
      assert.doesNotMatch(cli.stderr, /ENOSPC|at Object\./);
      assert.deepEqual((await fs.readdir(full)).filter((f) => f.endsWith('.tmp')), []);

      const client = await startClient(ws, { env: { SOURCED_CACHE_DIR: full } });
      try {
        assert.equal(client.statuses.find((s) => s.state === 'ready')!.sources, N);
      } finally {
        await client.stop();
      }
    } finally {
      execFileSync('umount', [full]);
    }
  });
});

describe('requests with missing or null fields get empty answers, not errors', () => {
  test('position: null, no textDocument, an unknown document', async () => {
    ensureBuilt();
    const ws = await fs.mkdtemp(path.join(os.tmpdir(), 'sourced-nullpos-'));
    await writeSources(path.join(ws, 'sources'), 2, 1);
    const client = await startClient(ws);
    try {
      const uri = uriOf(path.join(ws, 'draft.md'));
      await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: 'The harbor wall [@s1].\n' } });
      for (const method of ['textDocument/completion', 'textDocument/hover', 'textDocument/definition', 'textDocument/references']) {
        for (const params of [{ textDocument: { uri }, position: null }, { textDocument: { uri } }, { position: { line: 0, character: 3 } }, { textDocument: { uri: 'file:///nowhere.md' }, position: { line: -5, character: 1e9 } }]) {
          const r = await client.conn.sendRequest(method, params).then((v) => ({ ok: v }), (e: Error) => ({ error: e.message }));
          assert.ok('ok' in r, `${method} ${JSON.stringify(params)}: ${'error' in r ? r.error : ''}`);
          const v = r.ok as unknown;
          assert.ok(v === null || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && Array.isArray((v as { items?: unknown }).items) && (v as { items: unknown[] }).items.length === 0), `${method}: ${JSON.stringify(v)}`);
        }
      }
      const actions = await client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: null, context: null }).then((v) => v, (e: Error) => e.message);
      assert.deepEqual(actions, []);
    } finally {
      await client.stop();
      await fs.rm(ws, { recursive: true, force: true });
    }
  });
});

describe('an indexing worker that dies costs its file, never the load', () => {
  test('a file that runs the worker out of memory is skipped with a message; every other source is indexed, in the server and the CLI', async () => {
    ensureBuilt();
    const ws = await fs.mkdtemp(path.join(os.tmpdir(), 'sourced-oom-'));
    try {
      await writeSources(path.join(ws, 'sources'), 40, 2);
      // About 9 MB of nested elements: far past what a worker given 32 MB of heap can parse.
      const parts = ['<html><body><article>'];
      for (let i = 0; i < 120_000; i++) parts.push(`<div class="c${i % 7}"><p>Para ${i} <b>bold</b> <a href="#x">link</a></p></div>`);
      parts.push('</article></body></html>');
      await fs.writeFile(path.join(ws, 'sources', 's17-huge.html'), parts.join(''));
      await fs.writeFile(path.join(ws, 'draft.md'), 'The harbor wall cost 4.2 million euros [@s1].\n');
      const env = { SOURCED_WORKER_MEMORY_MB: '32' };
      const client = await startClient(ws, { env });
      try {
        const ready = client.statuses.find((s) => s.state === 'ready')!;
        assert.equal(ready.sources, 40, client.logs.join('\n'));
        const html = await client.diagnosticsFor(uriOf(path.join(ws, 'sources', 's17-huge.html')));
        assert.match(html.diagnostics[0].message, /needed more memory than Sourced gives one file/);
      } finally {
        await client.stop();
      }
      const cli = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
        execFile(process.execPath, [path.join(ROOT, 'bin', 'sourced.js'), 'check', 'draft.md', '--fail-on', 'none'], { cwd: ws, env: { ...process.env, ...env, SOURCED_CACHE_DIR: path.join(ws, '.cache') }, timeout: 120_000 }, (err, stdout, stderr) =>
          resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
        ),
      );
      assert.equal(cli.code, 0, cli.stderr);
      assert.match(cli.stdout, /checked against 40 sources \(1 skipped\)/);
      assert.deepEqual((await fs.readdir(path.join(ws, '.cache'))).filter((f) => f.endsWith('.tmp')), [], 'no temporary file left');
    } finally {
      await fs.rm(ws, { recursive: true, force: true });
    }
  });
});

describe('a large bibliography is read off the server thread', () => {
  let ws: string;
  before(async () => {
    ensureBuilt();
    ws = await fs.mkdtemp(path.join(os.tmpdir(), 'sourced-bigbib-'));
    await writeSources(path.join(ws, 'sources'), 2, 1);
    const entries: string[] = [];
    for (let i = 0; i < 2000; i++) entries.push(`@article{key${i},\n  title = {Harbor walls ${i}},\n  author = {Roe, Jane and Berg, Tomas},\n  year = {2020},\n  file = {Full Text PDF:files/${i}/Roe - 2020.pdf:application/pdf},\n  abstract = {${'Some words about harbors. '.repeat(5)}}\n}\n`);
    await fs.writeFile(path.join(ws, 'refs.bib'), entries.join('\n'));
  });
  after(async () => {
    if (ws) await fs.rm(ws, { recursive: true, force: true });
  });

  test('requests are answered while it is parsed, and its keys complete once it is read', async () => {
    const client = await startClient(ws, { settings: { bibliography: ['refs.bib'] } });
    try {
      const uri = uriOf(path.join(ws, 'draft.md'));
      await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: 'The harbor wall [@key19' } });
      let answered = 0;
      while (!client.logs.some((l) => l.startsWith('Bibliography:'))) {
        await client.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
        answered++;
        await new Promise((r) => setTimeout(r, 20));
      }
      assert.ok(answered > 0);
      assert.ok(client.logs.includes('Bibliography: 2000 entries from 1 file; 0 linked files indexed.'), client.logs.join('\n'));
      const list = await client.conn.sendRequest<{ items: Array<{ label: string }> }>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 23 } });
      assert.ok(list.items.some((i) => i.label === '@key1999'), list.items.slice(0, 5).map((i) => i.label).join(', '));
    } finally {
      await client.stop();
    }
  });

  test('a bibliography that takes longer than the time limit is stopped and reported on the file; the server goes on', async () => {
    const client = await startClient(ws, { settings: { bibliography: ['refs.bib'] }, env: { SOURCED_BIBLIOGRAPHY_TIMEOUT_MS: '5' } });
    try {
      const bib = await client.diagnosticsFor(uriOf(path.join(ws, 'refs.bib')));
      assert.match(bib.diagnostics[0].message, /took longer than 1 second, so it is not used/);
      const uri = uriOf(path.join(ws, 'draft.md'));
      await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: 'The harbor wall [@s1].\n' } });
      const d = await client.diagnosticsFor(uri);
      assert.ok(Array.isArray(d.diagnostics));
    } finally {
      await client.stop();
    }
  });
});

describe('many drafts opened at once', () => {
  test('a request overtakes the checks of 300 drafts, and the draft asked about is checked before the rest', async () => {
    ensureBuilt();
    const dir = await tempCopy(EXAMPLE, 'sourced-many-');
    const client = await startClient(dir);
    try {
      const base = await fs.readFile(path.join(dir, 'draft.md'), 'utf8');
      const n = 300;
      const uris = Array.from({ length: n }, (_, i) => uriOf(path.join(dir, `d${i}.md`)));
      for (let i = 0; i < n; i++) {
        const text = `${base}\nThe group sent ${1000 + i} balloons in ${1950 + (i % 60)} [@defectors-leaflets-usb].\n`;
        await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: uris[i], languageId: 'markdown', version: 1, text } });
      }
      // The first draft opened is the last in line, until the writer asks about it.
      await client.conn.sendRequest('textDocument/hover', { textDocument: { uri: uris[0] }, position: { line: 8, character: 40 } });
      const checkedWhenAnswered = new Set(client.published.map((p) => p.uri)).size;
      const list = await client.conn.sendRequest<{ items: unknown[] }>('textDocument/completion', { textDocument: { uri: uris[0] }, position: { line: 8, character: 10 } });
      assert.ok(Array.isArray(list.items));
      assert.ok(checkedWhenAnswered < n / 2, `the request was answered after ${checkedWhenAnswered} of ${n} drafts were checked`);
      await client.until('every draft checked', () => new Set(client.published.map((p) => p.uri)).size >= n, 300_000);
      const order = [...new Set(client.published.map((p) => p.uri))];
      assert.ok(order.indexOf(uris[0]) < n / 10, `the draft asked about was checked ${order.indexOf(uris[0]) + 1}th of ${n}`);
    } finally {
      await client.stop();
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

describe('sources globs that leave the workspace folder', () => {
  test('"../../**" is left out with a message naming it, and the other globs are used', async () => {
    ensureBuilt();
    const ws = await fs.mkdtemp(path.join(os.tmpdir(), 'sourced-globs-'));
    try {
      await writeSources(path.join(ws, 'sources'), 3, 1);
      const client = await startClient(ws, { settings: { sources: ['../../**', 'sources/**'] } });
      try {
        assert.equal(client.statuses.find((s) => s.state === 'ready')!.sources, 3);
        assert.ok(client.logs.some((l) => /sourced\.sources has "\.\.\/\.\.\/\*\*", which leaves the workspace folder/.test(l)), client.logs.join('\n'));
      } finally {
        await client.stop();
      }
    } finally {
      await fs.rm(ws, { recursive: true, force: true });
    }
  });
});
