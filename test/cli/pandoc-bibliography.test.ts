/**
 * `sourced check` and `sourced bibliography` with a BibTeX file that has a broken entry: the entry is
 * reported with its line and skipped, the others are keys the draft may cite.
 */
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ensureBuilt, ROOT } from '../lsp/harness';

const BIN = path.join(ROOT, 'bin', 'sourced.js');

function sourced(args: readonly string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, timeout: 60_000 }, (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }));
  });
}

describe('CLI with a bibliography', () => {
  let dir: string;
  before(async () => {
    ensureBuilt();
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sourced-bib-'));
    await fs.mkdir(path.join(dir, 'sources'));
    await fs.copyFile(path.join(ROOT, 'test', 'fixtures', 'bibliography', 'refs.bib'), path.join(dir, 'refs.bib'));
    await fs.writeFile(path.join(dir, 'sources', 'notes.txt'), 'Field notes\n\nThe police said they would monitor the weather before any launch.\n');
    await fs.writeFile(path.join(dir, 'draft.md'), 'Human rights in the North remain dire [@kinu2023]. A court struck the ban down [@lee2024court].\n');
  });
  after(async () => {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  test('check: the broken entry is reported with its line; the other keys are known', async () => {
    const r = await sourced(['check', 'draft.md', '--bibliography', 'refs.bib'], dir);
    assert.match(r.stderr, /^skipped refs\.bib:15: @broken2020: this entry could not be read and is skipped/m);
    assert.doesNotMatch(r.stdout, /unknown-key/);
    assert.equal(r.code, 0, r.stdout + r.stderr);
  });

  test('check without the bibliography: the same keys are unknown', async () => {
    const r = await sourced(['check', 'draft.md'], dir);
    assert.match(r.stdout, /citation\.unknown-key: No source has the key @kinu2023/);
    assert.equal(r.code, 1);
  });

  test('bibliography: CSL-JSON on standard output, the entries and the sources together', async () => {
    const r = await sourced(['bibliography', '--sources', 'sources', '--bibliography', 'refs.bib'], dir);
    assert.equal(r.code, 0, r.stderr);
    const items = JSON.parse(r.stdout) as Array<{ id: string; type: string }>;
    assert.deepEqual(
      items.map((i) => [i.id, i.type]),
      [
        ['kinu2023', 'report'],
        ['lee2024court', 'webpage'],
        ['notes', 'document'],
        ['roe2024balloons', 'article-journal'],
      ],
    );
  });
});
