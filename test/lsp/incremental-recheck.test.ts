/**
 * Incremental checking and bounded indexing over stdio against dist/server.js: an edit in the middle of
 * a long draft judges that one sentence again (the server's sentence-check counter says so), an edit
 * that changes no sentence judges none, and more source files than sourced.maxFiles are cut off with
 * a message naming the setting.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { startOnSources, uriOf, type Client } from './harness';

const roots: string[] = [];
const servers: Client[] = [];
after(async () => {
  for (const s of servers) await s.stop();
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'sourced-incr-'));
  roots.push(root);
  mkdirSync(path.join(root, 'sources'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, 'sources', name), text);
  return root;
}

const TOWNS = ['Millbrook', 'Ashford', 'Carrow', 'Dunmore', 'Elston', 'Fenwick', 'Glenrae', 'Harlow', 'Ivybridge', 'Jarrow'];

describe('incremental re-checking', () => {
  test('an edit in the middle of a long draft judges only that sentence again', async () => {
    const sources: Record<string, string> = {};
    TOWNS.forEach((town, i) => {
      sources[`${town.toLowerCase()}.txt`] = `${town} news\n\n` + Array.from({ length: 6 }, (_, k) => `The ${town} council approved ${100 + 10 * i + k} new homes in ${2010 + k}.`).join(' ') + '\n';
    });
    const root = workspace(sources);
    const server = await startOnSources(root);
    servers.push(server);
    const sentences = TOWNS.flatMap((town, i) => Array.from({ length: 6 }, (_, k) => `The ${town} council approved ${100 + 10 * i + k} new homes in ${2010 + k} [@${town.toLowerCase()}].`));
    assert.equal(sentences.length, 60);
    const text = (lines: string[]) => lines.map((l, i) => (i % 4 === 3 ? l + '\n\n' : l + ' ')).join('');
    const uri = uriOf(path.join(root, 'draft.md'));

    const s0 = (await server.stats()).sentenceChecks;
    server.open(uri, text(sentences), 1);
    await server.diagnosticsFor(uri, (p) => p.version === 1);
    const s1 = (await server.stats()).sentenceChecks;
    assert.equal(s1 - s0, 60, 'the first check judges every sentence');

    // Change one figure in sentence 31 of 60.
    const edited = [...sentences];
    edited[30] = edited[30].replace(/approved \d+/, 'approved 999');
    server.change(uri, text(edited), 2);
    const d2 = await server.diagnosticsFor(uri, (p) => p.version === 2);
    const s2 = (await server.stats()).sentenceChecks;
    assert.equal(s2 - s1, 1, 'only the edited sentence is judged again');
    assert.equal(d2.diagnostics.filter((d) => d.code === 'claim.contradicted').length, 1, JSON.stringify(d2.diagnostics));

    // Whitespace between sentences changes no sentence: nothing is judged.
    server.change(uri, text(edited).replace('\n\n', '\n\n\n'), 3);
    await server.diagnosticsFor(uri, (p) => p.version === 3);
    assert.equal((await server.stats()).sentenceChecks - s2, 0);
  });
});

describe('bounded indexing', () => {
  test('an opened draft is checked at once; only edits wait for the pause after typing', async () => {
    // With the pause set to ten minutes, diagnostics for an open arrive only if the open is not
    // debounced (the document manager also reports an open as a change), and an edit's do not come.
    const root = workspace({ 'ferry.txt': 'Ferry\n\nThe ferry to Millbrook carried 1,240 passengers in May.\n' });
    const server = await startOnSources(root, { env: { SOURCED_DEBOUNCE_MS: '600000' } });
    servers.push(server);
    const uri = uriOf(path.join(root, 'draft.md'));
    const s0 = (await server.stats()).sentenceChecks;
    server.open(uri, 'The ferry to Millbrook carried 1,240 passengers in May [@ferry].', 1);
    const d = await server.diagnosticsFor(uri, (p) => p.version === 1);
    assert.deepEqual(d.diagnostics, []);
    assert.equal((await server.stats()).sentenceChecks - s0, 1);
    server.change(uri, 'The ferry to Millbrook carried 1,500 passengers in May [@ferry].', 2);
    // Whatever the server does next it does in order: the stats answer comes after the change is taken.
    assert.equal((await server.stats()).sentenceChecks - s0, 1, 'the edit waits for the pause');
  });

  test('more source files than sourced.maxFiles: the first ones are indexed and a message names the setting', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 7; i++) files[`note-${i}.txt`] = `Note ${i}\n\nThe harbour took ${i + 2} weeks to dredge.\n`;
    const root = workspace(files);
    const server = await startOnSources(root, { settings: { maxFiles: 4 } });
    servers.push(server);
    const s = await server.stats();
    assert.equal(s.sources, 4);
    assert.equal(s.lastIndex?.limited, true);
    const message = await server.until('the file-count message', () => server.messages.find((m) => /sourced\.maxFiles/.test(m)));
    assert.match(message, /more than 4 source files/);
    assert.match(message, /first 4/);
  });

  test('files over sourced.maxFileSizeMB are skipped with a message naming the setting', async () => {
    const root = workspace({ 'small.txt': 'Small\n\nA short note about the ferry.\n', 'big.txt': 'Big\n\n' + 'The ferry ran all day. '.repeat(3000) + '\n' });
    const server = await startOnSources(root, { settings: { maxFileSizeMB: 0.01 } });
    servers.push(server);
    const s = await server.stats();
    assert.equal(s.sources, 1);
    assert.equal(s.problems, 1);
    const d = await server.until('the problem diagnostic', () => server.published.find((p) => p.uri.endsWith('big.txt') && p.diagnostics.length));
    assert.match(d.diagnostics[0].message, /sourced\.maxFileSizeMB/);
  });
});
