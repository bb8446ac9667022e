/**
 * `sourced check` on hostile or broken workspaces, as CI on an untrusted pull request would run it:
 * nothing outside the workspace is read, broken input is named in plain words, and the exit codes keep
 * their meaning.
 */
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ensureBuilt, hashTree, ROOT, testEnv } from '../lsp/harness';

const BIN = path.join(ROOT, 'bin', 'sourced.js');
const SOURCE = 'The harbor wall cost 4.2 million euros in 2021, the council said.\n\nIt took three years to build.\n';
const SECRET = 'SECRET-TOKEN-7f3a the harbor wall cost 4.2 million euros in 2021';

function sourced(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, timeout: 60_000, env: { ...testEnv(), ...env } }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}

describe('sourced check on hostile workspaces', () => {
  let root: string;
  let ws: string;
  before(async () => {
    ensureBuilt();
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'sourced-hostile-'));
    ws = path.join(root, 'repo');
    await fs.mkdir(path.join(ws, 'sources'), { recursive: true });
    await fs.mkdir(path.join(root, 'outside'));
    await fs.writeFile(path.join(root, 'outside', 'secret.txt'), SECRET);
    await fs.writeFile(path.join(ws, 'sources', 'harbor.txt'), SOURCE);
  });
  after(async () => {
    if (root) await fs.rm(root, { recursive: true, force: true });
  });

  test('a bibliography file field, a front-matter bibliography and a link never read a file outside the workspace', async () => {
    const secret = path.join(root, 'outside', 'secret.txt');
    await fs.writeFile(
      path.join(ws, 'refs.bib'),
      [
        '@article{rel, title={Relative}, file={../outside/secret.txt}}',
        `@article{abs, title={Absolute}, file={${secret}}}`,
        `@article{uri, title={URI}, file={file://${secret}}}`,
        '@article{ok, title={Inside}, file={sources/harbor.txt}}',
      ].join('\n'),
    );
    await fs.writeFile(path.join(root, 'outside', 'other.bib'), `@article{far, title={Far}, file={secret.txt}}\n`);
    await fs.symlink(secret, path.join(ws, 'sources', 'link.txt'));
    const draft = ['---', 'bibliography: [refs.bib, ../outside/other.bib]', '---', 'The harbor wall cost 4.2 million euros [@rel] [@abs] [@uri] [@ok] [@far].', ''].join('\n');
    await fs.writeFile(path.join(ws, 'draft.md'), draft);
    const before = await hashTree(root);
    const r = await sourced(['check', 'draft.md', '--format', 'json', '--fail-on', 'none'], ws);
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stdout + r.stderr, /SECRET-TOKEN/, 'the secret file was read');
    assert.match(r.stderr, /skipped refs\.bib:1: @rel: its file \.\.\/outside\/secret\.txt is outside the workspace folders/);
    assert.match(r.stderr, /skipped refs\.bib:2: @abs: its file .* is outside the workspace folders/);
    assert.match(r.stderr, /skipped refs\.bib:3: @uri: /);
    assert.match(r.stderr, /the bibliography .*other\.bib is outside the workspace folders/);
    assert.match(r.stderr, /skipped sources\/link\.txt: it is a link to a file outside the workspace folders/);
    assert.match(r.stderr, /--allow <folder>/);
    const json = JSON.parse(r.stdout) as { files: Array<{ sentences: Array<{ evidence: Array<{ key: string }> }> }> };
    assert.ok(json.files[0].sentences[0].evidence.some((e) => e.key === 'ok'), 'the entry inside still links its file');
    assert.deepEqual(await hashTree(root), before, 'nothing written');

    // The folder named on the command line may be read.
    const allowed = await sourced(['check', 'draft.md', '--format', 'json', '--fail-on', 'none', '--allow', path.join(root, 'outside')], ws);
    assert.match(allowed.stdout, /SECRET-TOKEN/);
  });

  test('paths in messages are as typed (no percent-encoding); a symlink loop and an unreadable folder are said in plain words', async () => {
    const dir = path.join(root, 'names');
    await fs.mkdir(path.join(dir, 'sources', 'locked'), { recursive: true });
    await fs.writeFile(path.join(dir, 'sources', 'ok.txt'), SOURCE);
    await fs.writeFile(path.join(dir, 'sources', 'empty ü (1).txt'), '');
    await fs.symlink('loop.txt', path.join(dir, 'sources', 'loop.txt'));
    await fs.writeFile(path.join(dir, 'sources', 'locked', 'x.txt'), SOURCE);
    await fs.chmod(path.join(dir, 'sources', 'locked'), 0o000);
    await fs.writeFile(path.join(dir, 'draft.md'), 'The harbor wall cost 4.2 million euros [@ok].\n');
    // Root reads any folder: the unreadable folder is tried as an unprivileged user where setpriv can.
    const asNobody = process.getuid?.() === 0 ? await canDropPrivileges() : false;
    if (asNobody) for (const d of [root, dir]) await fs.chmod(d, 0o777);
    const r = asNobody ? await sourcedAsNobody(['check', 'draft.md', '--fail-on', 'none'], dir) : await sourced(['check', 'draft.md', '--fail-on', 'none'], dir);
    await fs.chmod(path.join(dir, 'sources', 'locked'), 0o755);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /skipped sources\/empty ü \(1\)\.txt: the file is empty/);
    assert.match(r.stderr, /skipped sources\/loop\.txt: it is a link that leads back to itself/);
    assert.doesNotMatch(r.stderr, /%20|%C3|ELOOP/);
    if (asNobody || process.getuid?.() !== 0) assert.match(r.stderr, /skipped sources\/locked: the folder cannot be opened \(permission denied\)/);
  });

  test('every source skipped: exit 2 with a message, not a check against nothing', async () => {
    const dir = path.join(root, 'allbad');
    await fs.mkdir(path.join(dir, 'sources'), { recursive: true });
    await fs.writeFile(path.join(dir, 'sources', 'a.txt'), '');
    await fs.writeFile(path.join(dir, 'sources', 'b.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255]));
    await fs.writeFile(path.join(dir, 'draft.md'), 'The harbor wall cost 4.2 million euros.\n');
    const r = await sourced(['check', 'draft.md'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /None of the 2 source files found could be read/);
    assert.equal(r.stdout, '');
  });

  test('the size message names the option the CLI has, and --sources may climb out of the current folder', async () => {
    const dir = path.join(root, 'size');
    await fs.mkdir(path.join(dir, 'sources'), { recursive: true });
    await fs.mkdir(path.join(dir, 'drafts'));
    await fs.writeFile(path.join(dir, 'sources', 'big.txt'), 'word '.repeat(300_000));
    await fs.writeFile(path.join(dir, 'sources', 'harbor.txt'), SOURCE);
    await fs.writeFile(path.join(dir, 'drafts', 'draft.md'), 'The harbor wall cost 4.2 million euros [@harbor].\n');
    const r = await sourced(['check', 'draft.md', '--sources', '../sources', '--max-file-size', '1', '--fail-on', 'none'], path.join(dir, 'drafts'));
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /skipped \.\.\/sources\/big\.txt: it is larger than the 1 MB limit \(option --max-file-size\)/);
    assert.doesNotMatch(r.stderr, /sourced\.maxFileSizeMB/);
    assert.match(r.stdout, /checked against 1 source/);
  });

  test('malformed bibliography entries and self-referencing front matter: exit codes keep their meaning', async () => {
    const dir = path.join(root, 'malformed');
    await fs.mkdir(path.join(dir, 'sources'), { recursive: true });
    await fs.writeFile(path.join(dir, 'sources', 'harbor.txt'), SOURCE);
    await fs.writeFile(path.join(dir, 'refs.json'), JSON.stringify([{ id: 'good', title: 'Good', file: 'sources/harbor.txt' }, { id: 'bad', author: 'Smith' }, { id: 'nul', author: [null] }]));
    await fs.writeFile(path.join(dir, 'draft.md'), '---\nbibliography: refs.json\ntitle: &a [*a]\n---\nThe harbor wall cost 4.2 million euros in 2021 [@good].\n');
    const r = await sourced(['check', 'draft.md'], dir);
    assert.equal(r.code, 0, r.stderr + r.stdout);
    assert.match(r.stderr, /skipped refs\.json:1: @bad: its author is not a list of names/);
    assert.doesNotMatch(r.stderr, /TypeError|RangeError|at /);
  });
});

/** Whether `setpriv` can run a command as nobody here. */
async function canDropPrivileges(): Promise<boolean> {
  return new Promise((resolve) => execFile('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'true'], (err) => resolve(!err)));
}

function sourcedAsNobody(args: readonly string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, ...args], { cwd, timeout: 60_000, env: { ...testEnv(), SOURCED_CACHE_DIR: path.join(cwd, '.cache') } }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}

describe('output piped to a reader that stops early', () => {
  test('`sourced check … | head -c 200`: the check stops quietly, with no error or stack trace', async () => {
    ensureBuilt();
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'sourced-pipe-'));
    try {
      await fs.mkdir(path.join(root, 'sources'));
      await fs.writeFile(path.join(root, 'sources', 'harbor.txt'), SOURCE);
      // Enough findings to fill the pipe many times over after the reader has gone.
      const draft = Array.from({ length: 3000 }, (_, i) => `The harbor wall cost ${i + 5} million euros in 2021, the council said.`).join('\n\n');
      await fs.writeFile(path.join(root, 'draft.md'), draft + '\n');
      const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((resolve) => {
        execFile('bash', ['-c', `"${process.execPath}" "${BIN}" check draft.md --sources sources | head -c 200`], { cwd: root, timeout: 120_000, env: testEnv() }, (_err, out, err) => resolve({ stdout: out, stderr: err }));
      });
      assert.equal(stdout.length, 200, 'the reader got what it asked for');
      assert.equal(stderr, '', 'nothing on standard error');
    } finally {
      await fs.rm(root, { recursive: true, force: true });
    }
  });
});

describe('file names', () => {
  test('a source whose name has a line break is indexed like any other', async () => {
    ensureBuilt();
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sourced-names-'));
    try {
      await fs.mkdir(path.join(dir, 'sources'));
      await fs.writeFile(path.join(dir, 'sources', 'new\nline.txt'), SOURCE);
      await fs.writeFile(path.join(dir, 'draft.md'), 'The harbor wall cost 4.2 million euros in 2021 [@new-line].\n');
      const r = await sourced(['check', 'draft.md'], dir);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /checked against 1 source: 1 supported/);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
