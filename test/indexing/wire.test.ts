// A batch packed for the trip from an indexing worker comes back as the same batch: every source field,
// metadata, page labels, problems and vocabulary, through a real structured clone with the buffers moved.
import * as assert from 'node:assert/strict';
import { copyFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import type { PreparedBatch } from '../../server/src/core';
import { createSourcedService } from '../../server/src/core';
import { packBatch, unpackBatch, wireTransferables, type WireBatch } from '../../server/src/indexing/wire';
import { runIndexJob } from '../../server/src/indexing/job';
import { tempFolders } from '../core/util';

const FORMATS = path.join(__dirname, '..', 'fixtures', 'formats');
const tempRoot = tempFolders('sourced-wire-test-');

/** Batches the indexing job really makes, from files of every kind a folder may hold. */
async function realBatches(): Promise<PreparedBatch[]> {
  const dir = tempRoot();
  const files: string[] = [];
  for (const f of ['report.docx', 'report.md', 'saved-news-page.html', 'weasyprint-article.pdf']) {
    copyFileSync(path.join(FORMATS, f), path.join(dir, f));
    files.push(path.join(dir, f));
  }
  const extra: Record<string, string> = {
    'plain.txt': 'Ferry service returns\n\nThe ferry to Millbrook carried 1,240 passengers.\n',
    'untitled.txt': '\n\nno title line here, only a sentence about the harbour.\n',
    'unicode – “quotes” 东京.md': '---\ntitle: Tōkyō “report” 😀\nauthor: Zoë\ndate: 2024-05-01\n---\n\nThe 😀 council met in Tōkyō.\n',
    'binary.txt': '\u0000\u0001\u0002 not text',
    'empty.md': '',
  };
  for (const [name, text] of Object.entries(extra)) {
    writeFileSync(path.join(dir, name), text);
    files.push(path.join(dir, name));
  }
  const batches: PreparedBatch[] = [];
  // Small batches: several carry items, one carries only vocabulary.
  await runIndexJob({ session: 7, files, writeCache: false, fingerprint: 'test', maxFileBytes: 1 << 24, batchFiles: 3 }, { batch: async (b) => void batches.push(b), log() {}, cancelled: () => false });
  return batches;
}

/** Through a real clone, the buffers transferred as the worker does. */
function travel(wire: WireBatch): WireBatch {
  return structuredClone(wire, { transfer: wireTransferables(wire) });
}

test('a packed batch unpacks to the batch the job made: sources, metadata, pages, problems, terms', async () => {
  const batches = await realBatches();
  const items = batches.flatMap((b) => b.items);
  // The test means something only if the batches hold each kind of item.
  assert.ok(items.some((i) => 'problem' in i), 'a problem');
  assert.ok(items.some((i) => 'source' in i && i.source.pages), 'a source with page labels (the PDF)');
  assert.ok(items.some((i) => 'source' in i && i.source.metadata.author), 'a source with more metadata than a title');
  assert.ok(items.some((i) => 'source' in i && i.source.metadata.title === i.source.title && Object.keys(i.source.metadata).length === 1), 'a source titled only');
  assert.ok(batches.some((b) => b.terms.length > 0));
  for (const batch of batches) {
    // Compare against a copy made before packing: the transfer empties the original's buffers.
    const expected = structuredClone(batch);
    const back = unpackBatch(travel(packBatch(batch)));
    assert.deepEqual(back.text, expected.text);
    assert.deepEqual(back.layout, expected.layout);
    assert.deepEqual(back.passages, expected.passages);
    // Through JSON: a metadata field that is undefined and one that is absent read the same.
    assert.deepEqual(JSON.parse(JSON.stringify(back)), JSON.parse(JSON.stringify(expected)));
  }
});

test('an unpacked batch indexes exactly as the original', async () => {
  const batches = await realBatches();
  const direct = createSourcedService();
  const wired = createSourcedService();
  for (const b of batches) {
    direct.loading.addPrepared(structuredClone(b));
    wired.loading.addPrepared(unpackBatch(travel(packBatch(b))));
  }
  const view = (s: ReturnType<typeof createSourcedService>) =>
    JSON.parse(JSON.stringify({ sources: s.sources().map((x) => ({ key: x.key, uri: x.uri, title: x.title, metadata: x.metadata, pages: x.pages, text: x.text, paragraphs: x.paragraphs })), problems: s.problems(), hits: s.explain('The ferry carried 1,240 passengers.').evidence.map((e) => [e.source.key, e.paragraph.n]) }));
  assert.ok(direct.sources().length >= 6);
  assert.deepEqual(view(wired), view(direct));
});

test('strings of any length and content survive, empty ones too', () => {
  const odd = ['', 'a', '\u0000', 'é\u0301', '😀'.repeat(40), 'x'.repeat(5000)];
  const batch: PreparedBatch = {
    session: 1,
    termsFrom: 3,
    terms: odd,
    text: new Uint8Array(0),
    layout: new Int32Array(0),
    passages: new Int32Array(0),
    items: odd.map((s, i) => ({ problem: { uri: `file:///${i}`, fileName: s, reason: s } })),
    final: true,
    reserve: 12,
  };
  assert.deepEqual(unpackBatch(travel(packBatch(structuredClone(batch)))), batch);
});
