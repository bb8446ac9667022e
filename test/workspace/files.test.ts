/**
 * Which files the `sourced.sources` globs take (workspace/files.ts): relative globs, plain folder names,
 * absolute globs, a workspace folder whose name looks like a glob, paths outside the workspace, and
 * what a walk skips.
 */
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { findSourceFiles, mergeFound, sourceMatcher } from '../../server/src/workspace/files';

describe('source globs', () => {
  let base: string;
  const write = async (rel: string, text = 'x') => {
    const p = path.join(base, rel);
    await fs.mkdir(path.dirname(p), { recursive: true });
    await fs.writeFile(p, text);
  };

  before(async () => {
    // A workspace folder whose own name has glob characters: it must never be read as a pattern.
    base = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'sourced-files-')), 'drafts (2025) [final]');
    for (const rel of ['sources/a.txt', 'sources/deep/b.md', 'sources/.hidden.txt', 'sources/.git/c.txt', 'sources/node_modules/d.txt', 'other/e.txt', 'notes/f.pdf', 'notes/g.txt']) await write(rel);
    for (let i = 0; i < 2500; i++) await write(`sources/many/n${String(i).padStart(4, '0')}.txt`);
  });
  after(async () => fs.rm(path.dirname(base), { recursive: true, force: true }));

  test('a folder name takes everything under it, in a stable order, skipping hidden and tool folders', async () => {
    const m = sourceMatcher(base, ['sources']);
    const files = await findSourceFiles(m);
    const rel = files.map((f) => path.relative(base, f).split(path.sep).join('/'));
    assert.equal(rel.length, 2 + 2500);
    assert.deepEqual(rel.slice(0, 2), ['sources/a.txt', 'sources/deep/b.md']);
    assert.equal(rel.at(-1), 'sources/many/n2499.txt');
    assert.deepEqual(rel, [...rel].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    assert.ok(!rel.some((r) => /hidden|\.git|node_modules|other/.test(r)));
  });

  test('globs match paths relative to the workspace folder, never outside it', () => {
    const m = sourceMatcher(base, ['sources/**', 'notes/*.pdf']);
    assert.ok(m.matches(path.join(base, 'sources', 'a.txt')));
    assert.ok(m.matches(path.join(base, 'sources', 'deep', 'b.md')));
    assert.ok(m.matches(path.join(base, 'notes', 'f.pdf')));
    assert.ok(!m.matches(path.join(base, 'notes', 'g.txt')));
    assert.ok(!m.matches(path.join(base, 'other', 'e.txt')));
    // The same relative path under another folder, or climbing out with "..", is not a source.
    assert.ok(!m.matches(path.join(path.dirname(base), 'sources', 'a.txt')));
    assert.ok(!m.matches(`${base}${path.sep}sources${path.sep}..${path.sep}..${path.sep}sources${path.sep}a.txt`));
    assert.ok(!m.matches(base));
    assert.deepEqual(m.roots, [path.join(base, 'sources'), path.join(base, 'notes')]);
  });

  test('an absolute glob matches absolute paths', async () => {
    const plain = path.join(path.dirname(base), 'plain');
    await fs.mkdir(path.join(plain, 'x'), { recursive: true });
    await fs.writeFile(path.join(plain, 'x', 'e.txt'), 'x');
    await fs.writeFile(path.join(plain, 'x', 'e.md'), 'x');
    const m = sourceMatcher(base, [plain.split(path.sep).join('/') + '/x/*.txt']);
    assert.ok(m.matches(path.join(plain, 'x', 'e.txt')));
    assert.ok(!m.matches(path.join(plain, 'x', 'e.md')));
    assert.deepEqual(await findSourceFiles(m), [path.join(plain, 'x', 'e.txt')]);
  });

  test('with stats, each file found comes with its size and time, in step; a broken link with NaN', async () => {
    const link = path.join(base, 'sources', 'deep', 'gone.txt');
    await fs.symlink(path.join(base, 'nowhere.txt'), link);
    try {
      const stats: number[] = [];
      const files = await findSourceFiles(sourceMatcher(base, ['sources']), 100_000, stats);
      assert.equal(stats.length, 2 * files.length);
      const at = files.indexOf(path.join(base, 'sources', 'deep', 'b.md'));
      const st = await fs.stat(files[at]);
      assert.deepEqual([stats[2 * at], stats[2 * at + 1]], [st.size, st.mtimeMs]);
      const gone = files.indexOf(link);
      assert.ok(gone >= 0, 'a broken link is still listed (the indexer reports it)');
      assert.ok(Number.isNaN(stats[2 * gone]) && Number.isNaN(stats[2 * gone + 1]));
      // Two matchers finding the same files: each file once, stats still in step.
      const other: number[] = [];
      const again = await findSourceFiles(sourceMatcher(base, ['sources/deep']), 100_000, other);
      const merged = mergeFound([{ files, stats }, { files: again, stats: other }]);
      assert.equal(merged.files.length, files.length);
      assert.equal(merged.stats.length, 2 * files.length);
      assert.equal(merged.stats[2 * at], st.size);
    } finally {
      await fs.rm(link);
    }
  });

  test('stat-ing stops when asked to: the rest come back NaN, still in step', async () => {
    const stats: number[] = [];
    let asked = 0;
    const files = await findSourceFiles(sourceMatcher(base, ['sources']), 100_000, stats, () => ++asked <= 10);
    assert.equal(stats.length, 2 * files.length);
    assert.equal(stats.slice(0, 20).filter(Number.isNaN).length, 0);
    assert.ok(stats.slice(20).every(Number.isNaN));
  });

  test('the limit stops the walk', async () => {
    const files = await findSourceFiles(sourceMatcher(base, ['sources']), 100);
    assert.equal(files.length, 100);
  });

  test('a missing folder is empty, not an error', async () => {
    assert.deepEqual(await findSourceFiles(sourceMatcher(base, ['nowhere'])), []);
  });
});
