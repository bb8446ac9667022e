/**
 * The Pandoc round trip a writer makes: Sourced's own quick fixes insert citations into a copy of the
 * example draft, `sourced bibliography` writes CSL-JSON, and the real `pandoc --citeproc` renders the
 * draft with it: every key found, every locator kept. Skipped where pandoc is not installed (CI installs it).
 */
import * as assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { createSourcedService, type CodeAction, type SourcedService } from '../../server/src/core';
import { applyEdits } from '../core/util';
import { makePdf } from '../fixtures/makePdf';
import { ensureBuilt, EXAMPLE, ROOT } from '../lsp/harness';

const BIN = path.join(ROOT, 'bin', 'sourced.js');
const pandoc = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
const hasPandoc = pandoc.status === 0 && /--citeproc|citeproc/i.test(spawnSync('pandoc', ['--help'], { encoding: 'utf8' }).stdout ?? '');

function run(cmd: string, args: readonly string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd, timeout: 60_000 }, (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }));
  });
}

async function indexFolder(service: SourcedService, dir: string): Promise<void> {
  for (const name of (await fs.readdir(dir)).sort()) {
    const p = path.join(dir, name);
    await service.updateSource({ uri: pathToFileURL(p).href, name, bytes: await fs.readFile(p) });
  }
}

/** Applies, for every diagnostic that has one, the quick fix Sourced prefers (else its first) that inserts a citation or fixes a key. */
async function applyQuickFixes(service: SourcedService, draftPath: string): Promise<{ text: string; applied: string[] }> {
  const text = await fs.readFile(draftPath, 'utf8');
  const doc = { uri: pathToFileURL(draftPath).href, version: 1, getText: () => text };
  const diagnostics = await service.getDiagnostics(doc);
  const chosen: CodeAction[] = [];
  for (const d of diagnostics) {
    const actions = (await service.getCodeActions(doc, d.range, [d], ['quickfix'])).filter((a) => /^(Cite|Change to) @/.test(a.title));
    const pick = actions.find((a) => a.isPreferred) ?? actions[0];
    if (pick) chosen.push(pick);
  }
  return { text: applyEdits(text, chosen.flatMap((a) => a.edits)), applied: chosen.map((a) => a.title) };
}

describe('Pandoc round trip', { skip: hasPandoc ? false : 'pandoc with --citeproc is not installed' }, () => {
  let dir: string;
  before(async () => {
    ensureBuilt();
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sourced-pandoc-'));
    await fs.cp(EXAMPLE, dir, { recursive: true });
  });
  after(async () => {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  test("the example draft, fixed by Sourced's quick fixes, renders with every citation found and its locator kept", async () => {
    const draftPath = path.join(dir, 'draft.md');
    const service = createSourcedService();
    await indexFolder(service, path.join(dir, 'sources'));
    const { text, applied } = await applyQuickFixes(service, draftPath);
    assert.ok(applied.some((t) => t.startsWith('Cite @')), `a citation was inserted: ${applied.join('; ')}`);
    assert.ok(applied.some((t) => t.startsWith('Change to @')), `a mistyped key was fixed: ${applied.join('; ')}`);
    await fs.writeFile(draftPath, text);

    const bib = await run(process.execPath, [BIN, 'bibliography', 'draft.md', '--out', 'refs.json'], dir);
    assert.equal(bib.code, 0, bib.stderr);
    const items = JSON.parse(await fs.readFile(path.join(dir, 'refs.json'), 'utf8')) as Array<{ id: string; title?: string }>;
    assert.deepEqual(
      items.map((i) => i.id),
      ['balloon-diplomacy-overview', 'defectors-leaflets-usb', 'inter-korean-impasse'],
    );

    const out = await run('pandoc', ['draft.md', '--citeproc', '--bibliography', 'refs.json', '-t', 'plain', '--wrap=none'], dir);
    assert.equal(out.code, 0, out.stderr);
    assert.doesNotMatch(out.stderr, /not found/i);
    // Every locator in the fixed draft survives into the rendered citations.
    const locators = [...text.matchAll(/@[\w-]+, (para\. \d+)/g)].map((m) => m[1]);
    assert.ok(locators.length >= 4, text);
    for (const l of new Set(locators)) assert.ok(out.stdout.includes(l), `${l} is in pandoc's output:\n${out.stdout}`);
    assert.doesNotMatch(out.stdout, /\?\?|@[\w-]+/); // no unresolved citation left as a key
  });

  test('a PDF cited by page and a bibliography entry render through pandoc too', async () => {
    const ws = path.join(dir, 'with-bibliography');
    await fs.mkdir(path.join(ws, 'sources'), { recursive: true });
    await fs.writeFile(path.join(ws, 'sources', 'roe-2024.pdf'), makePdf({ title: 'Balloons across the border', author: 'Jane Roe', date: '2024-07-15', published: '2024-06-03', pages: [['Activists have floated balloons for two decades.'], ['The group planned to send 5,000 USB drives.']] }));
    await fs.writeFile(path.join(ws, 'refs.bib'), '@report{kinu2023,\n  title = {White Paper on Human Rights in {North Korea}},\n  author = {{Korea Institute for National Unification}},\n  year = {2023}\n}\n');
    await fs.writeFile(path.join(ws, 'draft.md'), '---\nbibliography: refs.bib\n---\n\nThe group planned to send 5,000 USB drives [@roe-2024, p. 2]. Conditions remain dire [@kinu2023, p. 14].\n');
    const bib = await run(process.execPath, [BIN, 'bibliography', 'draft.md', '--out', 'refs.json'], ws);
    assert.equal(bib.code, 0, bib.stderr);
    const items = JSON.parse(await fs.readFile(path.join(ws, 'refs.json'), 'utf8')) as Array<Record<string, unknown>>;
    assert.deepEqual(items.find((i) => i.id === 'roe-2024'), { id: 'roe-2024', type: 'document', title: 'Balloons across the border', author: [{ family: 'Roe', given: 'Jane' }], issued: { 'date-parts': [[2024, 6, 3]] } });
    // The front matter names refs.bib for pandoc as well; Sourced's CSL-JSON replaces it on the command line.
    const out = await run('pandoc', ['draft.md', '--citeproc', '--bibliography', 'refs.json', '-t', 'plain', '--wrap=none'], ws);
    assert.equal(out.code, 0, out.stderr);
    assert.doesNotMatch(out.stderr, /not found/i);
    assert.match(out.stdout, /\(Roe 2024, 2\)/);
    assert.match(out.stdout, /\(Korea Institute for National Unification 2023, 14\)/);
  });
});
