/**
 * The index snapshot beside the cache: a warm run adopts the saved postings instead of indexing them
 * again, and must then answer exactly as an index built from the files as they are now — after a
 * change, a deletion, a rename or an addition too. A corrupt snapshot or one from another build is
 * discarded. Runs the indexing job in-process over a temporary folder.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, test } from 'node:test';
import { createSourcedService, type SourcedService } from '../../server/src/core';
import { indexerFingerprint, indexFiles, type IndexRunResult } from '../../server/src/indexing/run';
import { readSnapshot, writeSnapshot } from '../../server/src/indexing/snapshot';
import { snapshotOf } from '../../server/src/indexing/cacheFiles';
import { tempFolders } from '../core/util';

const ARTICLES: Record<string, string> = {
  'ferry.txt': 'Ferry service returns\n\nThe ferry to Millbrook carried 1,240 passengers in its first week back.\n\nThe operator said a second boat would join in June.\n',
  'harbour.txt': 'Harbour works\n\nDredging of the harbour cost 3.2 million euros and took eleven weeks.\n\nFishermen said the channel is now deep enough at low tide.\n',
  'school.md': '---\ntitle: School roof\nauthor: A. Writer\n---\n\nThe school roof was replaced over the summer holidays.\n\nPupils returned to dry classrooms in September.\n',
  'council.txt': 'Council notes\n\nThe council approved the ferry subsidy by seven votes to two.\n\nThe subsidy runs for three years and costs 400,000 euros a year.\n',
  'binary.txt': '\u0000\u0001\u0002 not text',
};

/** Claims that between them touch every source. */
const CLAIMS = [
  'The ferry carried 1,240 passengers in its first week.',
  'Dredging the harbour cost 3.2 million euros.',
  'The school roof was replaced in the summer.',
  'The council approved the ferry subsidy by seven votes to two.',
  'A second boat joins the ferry line in June.',
  // Only the changed ferry file says this: found only if its new words are what is indexed.
  'Some 2,000 travellers came.',
];

const tempRoot = tempFolders('sourced-snapshot-test-');

let dir: string;
let cacheFile: string;
let snapshotFile: string;

beforeEach(() => {
  const root = tempRoot();
  dir = path.join(root, 'sources');
  cacheFile = path.join(root, 'cache', 'index-0123456789abcdef.bin');
  snapshotFile = snapshotOf(cacheFile);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(path.join(dir, name), text);
});

const filesNow = () => Object.keys(ARTICLES).map((n) => path.join(dir, n)).filter((f) => existsSync(f)).concat(extra);
let extra: string[] = [];
beforeEach(() => (extra = []));

async function run(): Promise<{ service: SourcedService; result: IndexRunResult }> {
  const service = createSourcedService();
  const result = await indexFiles(service, { files: filesNow(), cacheFile, snapshotFile, writeCache: true, maxFileBytes: 1 << 20, inProcess: true });
  await result.snapshotWrite;
  return { service, result };
}

/** The same files read the plain way, no cache, no snapshot. */
async function fresh(): Promise<SourcedService> {
  const service = createSourcedService();
  for (const f of filesNow()) await service.updateSource({ uri: pathToFileURL(f).href, name: path.basename(f), bytes: readFileSync(f) });
  return service;
}

/** What a writer can observe: the evidence for each claim (source, paragraph, score) and a draft's findings. */
function answers(service: SourcedService): unknown {
  const evidence = CLAIMS.map((c) => service.explain(c).evidence.map((e) => `${e.source.uri.split('/').pop()} ¶${e.paragraph.n} ${e.score.toFixed(4)}`));
  const stats = service.loading.stats();
  return { evidence, sources: stats.sources, passages: stats.passages };
}

describe('index snapshot', () => {
  test('a cold run writes it; a warm run adopts it and answers as a fresh index does', async () => {
    const cold = await run();
    assert.equal(cold.result.snapshot, 'missing');
    assert.ok(existsSync(snapshotFile), 'the snapshot is written after a cold run');
    const warm = await run();
    assert.equal(warm.result.snapshot, 'adopted');
    assert.equal(warm.result.read, 0);
    // Nothing changed: the snapshot already is this index and is not written again.
    assert.equal(warm.result.snapshotWrite, undefined);
    assert.deepEqual(answers(warm.service), answers(await fresh()));
    assert.deepEqual(answers(warm.service), answers(cold.service));
  });

  test('a changed, a deleted, a renamed and a new file: the warm index is the fresh one', async () => {
    await run();
    // Same shape (paragraphs, sentences, passages), other words: only its content hash tells.
    writeFileSync(path.join(dir, 'ferry.txt'), ARTICLES['ferry.txt'].replace('1,240 passengers', '2,000 travellers'));
    unlinkSync(path.join(dir, 'harbour.txt'));
    renameSync(path.join(dir, 'school.md'), path.join(dir, 'school-roof.md'));
    extra = [path.join(dir, 'school-roof.md'), path.join(dir, 'bridge.txt')];
    writeFileSync(extra[1], 'Bridge\n\nThe new bridge over the Mill river opened on Friday after two years of work.\n');
    const warm = await run();
    assert.equal(warm.result.snapshot, 'adopted');
    const expected = answers(await fresh());
    assert.deepEqual(answers(warm.service), expected);
    // The old figure and the deleted file are gone from search, not only from the source list.
    const ferry = warm.service.explain('The ferry carried 1,240 passengers in its first week.').evidence;
    assert.ok(!ferry.some((e) => /1,240/.test(warm.service.sources().find((s) => s === e.source)!.text)), 'the old ferry text is not found');
    assert.ok(!warm.service.explain('Dredging the harbour cost 3.2 million euros.').evidence.some((e) => /harbour/.test(e.source.uri)));
    // After the load the index is tidied and saved again; the next warm run adopts that one.
    assert.ok(warm.result.snapshotWrite && (await warm.result.snapshotWrite));
    const again = await run();
    assert.equal(again.result.snapshot, 'adopted');
    assert.deepEqual(answers(again.service), expected);
  });

  test('a corrupt snapshot is discarded and rewritten, never trusted', async () => {
    await run();
    const bytes = readFileSync(snapshotFile);
    bytes[Math.floor(bytes.length / 2)] ^= 0xff;
    writeFileSync(snapshotFile, bytes);
    assert.equal((await readSnapshot(snapshotFile, indexerFingerprint())).status, 'discarded');
    const warm = await run();
    assert.match(warm.result.snapshot ?? '', /^discarded: checksum mismatch/);
    assert.deepEqual(answers(warm.service), answers(await fresh()));
    assert.equal((await readSnapshot(snapshotFile, indexerFingerprint())).status, 'ok');
  });

  test('a snapshot from another build is discarded', async () => {
    const { service } = await run();
    const snapshot = service.loading.exportSnapshot()!;
    assert.ok(await writeSnapshot(snapshotFile, 'another-build', snapshot, () => true));
    const warm = await run();
    assert.equal(warm.result.snapshot, 'discarded: written by another version of the indexer');
    assert.deepEqual(answers(warm.service), answers(await fresh()));
  });

  test('a snapshot whose parts do not fit together is refused and the service stays usable', async () => {
    const { service } = await run();
    const good = service.loading.exportSnapshot()!;
    const broken = { ...good, firstPassage: good.firstPassage.map((n) => n + 1000) };
    const target = createSourcedService();
    assert.throws(() => [...target.loading.adoptSnapshot(broken)], /passages it does not hold/);
    assert.equal(target.loading.stats().passages, 0);
    const pool = good.index.pool.slice();
    pool[good.index.head[5]] = 12345; // a block that claims to continue elsewhere
    assert.throws(() => [...target.loading.adoptSnapshot({ ...good, index: { ...good.index, pool } })], /outside its pool/);
    assert.equal(target.loading.stats().passages, 0);
    // Still empty, still able to take the good one.
    for (const _ of target.loading.adoptSnapshot(good));
    assert.equal(target.loading.stats().passages, service.loading.stats().passages);
  });

  test('an export in steps gives the one-step export, and nothing when a source changes between steps', async () => {
    const { service } = await run();
    const sources = service.loading.stats().sources;
    assert.ok(sources >= 3);
    const whole = service.loading.exportSnapshot()!;
    const view = (s: NonNullable<ReturnType<SourcedService['loading']['exportSnapshot']>>) => ({
      uris: Array.from({ length: s.uris.length }, (_, i) => s.uris.line(i)),
      hashes: Array.from({ length: s.hashes.length }, (_, i) => s.hashes.line(i)),
      first: [...s.firstPassage],
      count: [...s.passageCount],
      pool: [...s.index.pool],
    });
    // One source per step, to have steps at all in a small corpus.
    const steps = service.loading.exportSnapshotSteps(1);
    let step = steps.next();
    let yields = 0;
    while (!step.done) {
      yields++;
      step = steps.next();
    }
    assert.equal(yields, sources);
    assert.deepEqual(view(step.value!), view(whole));
    // A change between two steps: the export gives up.
    const changing = service.loading.exportSnapshotSteps(1);
    assert.equal(changing.next().done, false);
    await service.updateSource({ uri: pathToFileURL(path.join(dir, 'late.txt')).href, name: 'late.txt', bytes: new TextEncoder().encode('Late news\n\nA late ferry ran.\n') });
    let last = changing.next();
    while (!last.done) last = changing.next();
    assert.equal(last.value, undefined);
  });

  test('a write is abandoned when the index changes under it', async () => {
    const { service } = await run();
    unlinkSync(snapshotFile);
    let calls = 0;
    // The index "changes" after the first check: the file must not appear, and no temporary file stays.
    assert.equal(await writeSnapshot(snapshotFile, indexerFingerprint(), service.loading.exportSnapshot()!, () => ++calls < 2), false);
    assert.ok(!existsSync(snapshotFile));
    assert.deepEqual(
      (await import('node:fs')).readdirSync(path.dirname(snapshotFile)).filter((f) => f.endsWith('.tmp')),
      [],
    );
  });
});

