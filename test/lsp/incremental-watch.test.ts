/**
 * Watched-file changes over stdio against dist/server.js: a changed source is re-read alone, a
 * deleted one leaves the index, a renamed one comes back under its new key; and a restarted server
 * rebuilds its index from the cache without reading any file.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startOnSources, uriOf, type Client } from './harness';

const CREATED = 1;
const CHANGED = 2;
const DELETED = 3;

const SOURCES: Record<string, string> = {
  'ferry.txt': 'Ferry service returns\n\nThe ferry to Millbrook carried 1,240 passengers in May.\n\nA second boat joins the route in June.\n',
  'harbour.txt': 'Harbour works\n\nDredging of the harbour cost 3.2 million euros and took eleven weeks.\n',
  'school.txt': 'School roof\n\nThe school roof was replaced over the summer for 410,000 euros.\n',
};

const DRAFT = [
  'The ferry to Millbrook carried 1,240 passengers in May [@ferry].',
  '',
  'Dredging of the harbour cost 3.2 million euros [@harbour].',
  '',
  'The school roof was replaced for 410,000 euros [@school].',
  '',
  'The college roof was replaced for 410,000 euros [@college].',
  '',
].join('\n');

describe('watched source files', () => {
  let refreshesAtRename = 0;
  let root: string;
  let sources: string;
  let server: Client;
  const draftUri = () => uriOf(path.join(root, 'draft.md'));
  const unknownKeys = (p: { diagnostics: Array<{ code?: string; message: string }> }) =>
    p.diagnostics.filter((d) => d.code === 'citation.unknown-key').map((d) => /@([\w-]+)/.exec(d.message)?.[1]);

  before(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'sourced-incr-watch-'));
    sources = path.join(root, 'sources');
    mkdirSync(sources);
    for (const [name, text] of Object.entries(SOURCES)) writeFileSync(path.join(sources, name), text);
    server = await startOnSources(root, { storagePath: path.join(root, '.storage'), env: { SOURCED_CACHE_REFRESH_MS: '100' } });
    server.open(draftUri(), DRAFT);
    const first = await server.diagnosticsFor(draftUri(), (p) => p.version === 1);
    assert.deepEqual(unknownKeys(first), ['college']);
  });

  after(async () => {
    await server?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  test('a changed source is re-read alone and its new text is what the server knows', async () => {
    const before = await server.stats();
    writeFileSync(path.join(sources, 'ferry.txt'), 'Ferry service returns\n\nThe ferry to Millbrook carried 2,000 passengers in May.\n');
    const published = server.published.length;
    const after = await server.filesChanged([{ path: path.join(sources, 'ferry.txt'), type: CHANGED }]);
    assert.equal(after.watcherFiles - before.watcherFiles, 1, 'only the changed file is read');
    assert.equal(after.sources, before.sources);
    assert.ok(after.generation > before.generation);
    const hover = await server.hover(draftUri(), 0, DRAFT.indexOf('@ferry') + 2);
    assert.match((hover?.contents.value ?? '').replace(/\*\*/g, ''), /2,000 passengers/);
    // Open drafts are checked again against the new text: 1,240 now contradicts the source.
    const again = await server.until('a new check of the draft', () => server.published.slice(published).find((p) => p.uri === draftUri()));
    assert.ok(again.diagnostics.some((d) => d.code === 'claim.contradicted' && d.range.start.line === 0), JSON.stringify(again.diagnostics));
  });

  test('a deleted source leaves the index and its key becomes unknown', async () => {
    const before = await server.stats();
    unlinkSync(path.join(sources, 'harbour.txt'));
    const published = server.published.length;
    const after = await server.filesChanged([{ path: path.join(sources, 'harbour.txt'), type: DELETED }]);
    assert.equal(after.sources, before.sources - 1);
    assert.equal(after.watcherFiles, before.watcherFiles, 'a deletion reads nothing');
    const again = await server.until('a new check of the draft', () => server.published.slice(published).find((p) => p.uri === draftUri()));
    assert.deepEqual(unknownKeys(again).sort(), ['college', 'harbour']);
  });

  test('a renamed source is indexed under its new key, and the old key is gone', async () => {
    const before = await server.stats();
    renameSync(path.join(sources, 'school.txt'), path.join(sources, 'college.txt'));
    const published = server.published.length;
    const after = await server.filesChanged([
      { path: path.join(sources, 'school.txt'), type: DELETED },
      { path: path.join(sources, 'college.txt'), type: CREATED },
    ]);
    assert.equal(after.sources, before.sources);
    assert.equal(after.watcherFiles - before.watcherFiles, 1);
    // (The cache is refreshed a while after the last watched change: the next test waits for the refresh after this one.)
    refreshesAtRename = after.cacheRefreshes;
    const again = await server.until('a new check of the draft', () => server.published.slice(published).find((p) => p.uri === draftUri()));
    assert.deepEqual(unknownKeys(again).sort(), ['harbour', 'school']);
  });

  test('a restarted server rebuilds the index from its cache and re-reads only what changed', async () => {
    // The watched changes above reach the cache once they settle.
    // (A refresh between earlier changes, on a slow machine, is not the one after the rename.)
    await server.until('the cache to catch up with the watched changes', async () => (await server.stats()).cacheRefreshes > refreshesAtRename);
    await server.stop();
    // One file changed while the editor was closed.
    writeFileSync(path.join(sources, 'ferry.txt'), 'Ferry service returns\n\nThe ferry carried 2,500 passengers in June.\n');
    server = await startOnSources(root, { storagePath: path.join(root, '.storage') });
    const s = await server.stats();
    assert.equal(s.sources, 2);
    assert.equal(s.lastIndex?.read, 1, JSON.stringify(s.lastIndex));
    assert.equal(s.lastIndex?.reused, 1, 'the renamed file was cached after the watcher saw it');
    assert.equal(s.lastIndex?.cache, 'ok');
    // Deleted and renamed-away files are not in the index.
    server.open(draftUri(), DRAFT);
    const d = await server.diagnosticsFor(draftUri(), (p) => p.version === 1);
    assert.deepEqual(unknownKeys(d).sort(), ['harbour', 'school']);
  });
});
