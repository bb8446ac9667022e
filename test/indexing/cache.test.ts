/**
 * The on-disk index cache: a second run reuses unchanged files and re-reads changed ones; a corrupt
 * cache, a cache from another version, or garbage is discarded and rebuilt, never trusted; writes are
 * atomic. Runs the indexing job in-process (no worker, no server) over a temporary folder.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeEach, describe, test } from 'node:test';
import { crc32 } from 'node:zlib';
import { createSourcedService, type SourcedService } from '../../server/src/core';
import { indexerFingerprint, indexFiles, type IndexRunResult } from '../../server/src/indexing/run';
import { runIndexJob, type IndexJobInput } from '../../server/src/indexing/job';
import { CACHE_FORMAT, CacheReader } from '../../server/src/indexing/cache';
import { tempFolders } from '../core/util';

const ARTICLES: Record<string, string> = {
  'ferry.txt': 'Ferry service returns\n\nThe ferry to Millbrook carried 1,240 passengers in its first week back.\n\nThe operator said a second boat would join in June.\n',
  'harbour.txt': 'Harbour works\n\nDredging of the harbour cost 3.2 million euros and took eleven weeks.\n\nFishermen said the channel is now deep enough at low tide.\n',
  'school.md': '---\ntitle: School roof\nauthor: A. Writer\n---\n\nThe school roof was replaced over the summer holidays.\n\nPupils returned to dry classrooms in September.\n',
  'notes.html': '<html><head><title>Council notes</title></head><body><article><p>The council approved the ferry subsidy by seven votes to two.</p><p>The subsidy runs for three years.</p></article></body></html>',
  'binary.txt': '\u0000\u0001\u0002 not text',
};

const tempRoot = tempFolders('sourced-cache-test-');

let dir: string;
let files: string[];
let cacheFile: string;

beforeEach(() => {
  const root = tempRoot();
  dir = path.join(root, 'sources');
  cacheFile = path.join(root, 'cache', 'index.bin');
  mkdirSync(dir, { recursive: true });
  files = Object.entries(ARTICLES).map(([name, text]) => {
    const f = path.join(dir, name);
    writeFileSync(f, text, { flag: 'w' });
    return f;
  });
});

async function run(service: SourcedService = createSourcedService(), fingerprint?: string): Promise<{ service: SourcedService; result: IndexRunResult | Awaited<ReturnType<typeof runIndexJob>> }> {
  if (fingerprint !== undefined) {
    // A given fingerprint stands for "another build of the indexer": call the job directly.
    const input: IndexJobInput = { session: 1, files, cacheFile, writeCache: true, fingerprint, maxFileBytes: 1 << 20 };
    const result = await runIndexJob(input, { batch: async (b) => void service.loading.addPrepared(b), log() {}, cancelled: () => false });
    return { service, result };
  }
  const result = await indexFiles(service, { files, cacheFile, writeCache: true, maxFileBytes: 1 << 20, inProcess: true, shards: 1 });
  return { service, result };
}

/** What a writer can observe of the index: every source with its paragraphs, and a search. */
function snapshot(service: SourcedService): unknown {
  const sources = service
    .sources()
    .map((s) => ({ uri: s.uri, key: s.key, title: s.title, metadata: s.metadata, text: s.text, hash: s.hash, paragraphs: s.paragraphs.map((p) => ({ ...p })) }))
    .sort((a, b) => a.uri.localeCompare(b.uri));
  const problems = service.problems().map((p) => `${p.fileName}: ${p.reason}`);
  // Through JSON: a metadata field that is undefined and one that is absent read the same.
  return JSON.parse(JSON.stringify({ sources, problems, explain: service.explain('The ferry carried 1,240 passengers.').evidence.map((e) => `${e.source.key} ${e.paragraph.n} ${e.score.toFixed(3)}`) }));
}

/** The same files read the plain way, through updateSource. */
async function direct(): Promise<SourcedService> {
  const service = createSourcedService();
  for (const f of files) await service.updateSource({ uri: new URL(`file://${f}`).href, name: path.basename(f), bytes: readFileSync(f) });
  return service;
}

describe('index cache', () => {
  test('a cold run reads every file and gives the same index as reading them directly', async () => {
    const { service, result } = await run();
    assert.equal(result.read, files.length);
    assert.equal(result.reused, 0);
    assert.equal(result.cache, 'missing');
    assert.ok(result.cacheWritten);
    assert.deepEqual(snapshot(service), snapshot(await direct()));
    assert.equal(service.problems().length, 1, 'the binary file is a problem, cached like a source');
  });

  test('a warm run reuses every unchanged file, reads none, and rebuilds the same index', async () => {
    const cold = await run();
    const warm = await run();
    assert.equal(warm.result.cache, 'ok');
    assert.equal(warm.result.reused, files.length);
    assert.equal(warm.result.read, 0);
    assert.equal(warm.result.cacheWritten, false, 'nothing changed: the cache is not rewritten');
    assert.deepEqual(snapshot(warm.service), snapshot(cold.service));
  });

  test('a changed file is the only one read again', async () => {
    await run();
    const ferry = files[0];
    writeFileSync(ferry, 'Ferry service returns\n\nThe ferry to Millbrook carried 2,000 passengers in its first week back.\n');
    const { service, result } = await run();
    assert.equal(result.read, 1);
    assert.equal(result.reused, files.length - 1);
    assert.ok(result.cacheWritten);
    assert.match(service.sources().find((s) => s.fileName === 'ferry.txt')!.text, /2,000 passengers/);
    assert.deepEqual(snapshot(service), snapshot(await direct()));
    // And the rewritten cache now holds the new text.
    const again = await run();
    assert.equal(again.result.read, 0);
    assert.match(again.service.sources().find((s) => s.fileName === 'ferry.txt')!.text, /2,000 passengers/);
  });

  test('a touched file with the same bytes is not re-read: its content hash matches', async () => {
    await run();
    const later = new Date(Date.now() + 60_000);
    utimesSync(files[1], later, later);
    const { result } = await run();
    assert.equal(result.read, 0);
    assert.equal(result.reused, files.length);
    assert.ok(result.cacheWritten, 'the new mtime is recorded');
    assert.equal((await run()).result.cacheWritten, false);
  });

  test('a file left out of the run is dropped from the cache', async () => {
    await run();
    files = files.slice(1);
    const { result } = await run();
    assert.equal(result.reused, files.length);
    assert.ok(result.cacheWritten);
    const opened = CacheReader.open(cacheFile, indexerFingerprint());
    assert.equal(opened.status, 'ok');
    assert.equal(opened.status === 'ok' && opened.reader.size, files.length);
  });

  test('a corrupt cache is discarded and rebuilt, never trusted', async () => {
    const cold = await run();
    const bytes = readFileSync(cacheFile);
    // Flip a byte inside a record's text: the records still parse, only the checksum can tell.
    const at = bytes.indexOf(Buffer.from('Millbrook'));
    assert.ok(at > 0);
    bytes[at] = 'X'.charCodeAt(0);
    writeFileSync(cacheFile, bytes);
    const { service, result } = await run();
    assert.match(result.cache, /^discarded: checksum/);
    assert.equal(result.read, files.length);
    assert.deepEqual(snapshot(service), snapshot(cold.service));
    assert.equal((await run()).result.cache, 'ok', 'the rebuilt cache is valid');
  });

  test('a truncated cache is discarded', async () => {
    await run();
    const bytes = readFileSync(cacheFile);
    writeFileSync(cacheFile, bytes.subarray(0, bytes.length >> 1));
    const { result } = await run();
    assert.match(result.cache, /^discarded/);
    assert.equal(result.read, files.length);
  });

  test('a record table that lies is discarded, even with a valid checksum', async () => {
    // Each damage is written with a fresh checksum: only the checks of the table itself can tell.
    const damages: Array<[string, (t: { vocabulary: unknown; records: Record<string, unknown[]> }) => void]> = [
      ['a record past the end of the records', (t) => (t.records.offset[1] = 1 << 30)],
      ['an offset that breaks alignment', (t) => (t.records.offset[1] = (t.records.offset[1] as number) + 2)],
      ['a column one entry short', (t) => t.records.hash.pop()],
      ['a path that is not a string', (t) => (t.records.path[0] = 7)],
      ['metadata that is not an object', (t) => (t.records.meta[0] = 'title')],
      ['a vocabulary that is not strings', (t) => (t.vocabulary = [1, 2])],
      ['two records for one path', (t) => (t.records.path[1] = t.records.path[0])],
    ];
    // The rewrite itself, changing nothing, leaves a cache that is used.
    await run();
    rewriteTable(cacheFile, () => undefined);
    assert.equal((await run()).result.cache, 'ok');
    for (const [what, damage] of damages) {
      await run();
      rewriteTable(cacheFile, damage);
      const { service, result } = await run();
      assert.match(result.cache, /^discarded: corrupt/, what);
      assert.equal(result.read, files.length, what);
      assert.equal(service.sources().length, files.length - 1, what);
    }
  });

  test('a file that is not a cache at all is discarded', async () => {
    await run();
    writeFileSync(cacheFile, 'just some text that happens to be where the cache goes');
    const { result } = await run();
    assert.match(result.cache, /^discarded: not a Sourced index cache/);
    assert.equal(result.read, files.length);
  });

  test('a cache from another version of the indexer is discarded and rebuilt', async () => {
    await run(createSourcedService(), 'indexer-build-A');
    const { service, result } = await run(createSourcedService(), 'indexer-build-B');
    assert.match(result.cache, /^discarded: written by another version/);
    assert.equal(result.read, files.length);
    assert.equal(service.sources().length, files.length - 1);
    const again = await run(createSourcedService(), 'indexer-build-B');
    assert.equal(again.result.cache, 'ok');
    assert.equal(again.result.read, 0);
  });

  test('a cache in another format is discarded as such, not read', async () => {
    await run();
    const bytes = readFileSync(cacheFile);
    const at = bytes.indexOf(Buffer.from(`"format":${CACHE_FORMAT}`));
    assert.ok(at > 0);
    bytes.write(`"format":${(CACHE_FORMAT as number) === 9 ? 8 : 9}`, at, 'latin1');
    writeFileSync(cacheFile, bytes);
    const { result } = await run();
    assert.match(result.cache, /^discarded: format \d, this build reads/);
    assert.equal(result.read, files.length);
  });

  test('writes are atomic: no temporary files are left, and an unwritable cache folder is not fatal', async () => {
    await run();
    const before = statSync(cacheFile).mtimeMs;
    writeFileSync(files[0], 'Ferry\n\nSomething else entirely happened to the ferry.\n');
    await run();
    assert.deepEqual(readdirSync(path.dirname(cacheFile)), ['index.bin']);
    assert.ok(statSync(cacheFile).mtimeMs >= before);
    // A cache path under a file (so its folder cannot be made): indexing still works, without a cache.
    const blocked = path.join(files[1], 'cache', 'index.bin');
    const service = createSourcedService();
    const result = await indexFiles(service, { files, cacheFile: blocked, writeCache: true, maxFileBytes: 1 << 20, inProcess: true, shards: 1 });
    assert.equal(result.read, files.length);
    assert.equal(service.sources().length, files.length - 1);
  });

  test('caches of other workspaces not written for 30 days are removed when a cache is written', async () => {
    await run();
    const dir = path.dirname(cacheFile);
    const old = path.join(dir, 'index-0123456789abcdef.bin');
    const oldSnapshot = path.join(dir, 'index-0123456789abcdef.snap');
    const recent = path.join(dir, 'index-fedcba9876543210.bin');
    const recentSnapshot = path.join(dir, 'index-fedcba9876543210.snap');
    const leftTemp = path.join(dir, 'index-fedcba9876543210.snap.123.abc.tmp');
    // A temporary file of a live process (this one) may be in use; one of a process that is gone is not.
    const freshTemp = path.join(dir, `index-fedcba9876543210.bin.${process.pid}.def.tmp`);
    const orphan = path.join(dir, `index-fedcba9876543210.bin.${deadPid()}.ghi.tmp`);
    const notOurs = path.join(dir, 'notes.txt');
    for (const f of [old, oldSnapshot, recent, recentSnapshot, leftTemp, freshTemp, orphan, notOurs]) writeFileSync(f, 'x');
    const longAgo = new Date(Date.now() - 40 * 24 * 3600 * 1000);
    const yesterday = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    for (const f of [old, oldSnapshot, notOurs]) utimesSync(f, longAgo, longAgo);
    // A temporary file days old was left by a process that stopped mid-write; a fresh one may be in use.
    utimesSync(leftTemp, yesterday, yesterday);
    writeFileSync(files[0], 'Ferry\n\nThe ferry ran late on Monday.\n');
    await run();
    assert.deepEqual(readdirSync(dir).sort(), ['index-fedcba9876543210.bin', path.basename(freshTemp), 'index-fedcba9876543210.snap', 'index.bin', 'notes.txt']);
  });

  test('sizes and times the host already has are used instead of asking the disk again', async () => {
    const service = createSourcedService();
    // The host says the first file is 5 MB (it walked the folder and stat-ed it); the rest are unknown (NaN).
    const stats = new Float64Array(2 * files.length).fill(NaN);
    stats[0] = 5 * 1048576;
    stats[1] = statSync(files[0]).mtimeMs;
    await indexFiles(service, { files: Promise.resolve(files), stats: Promise.resolve(stats), cacheFile, writeCache: true, maxFileBytes: 1 << 20, inProcess: true, shards: 1 });
    assert.deepEqual(service.problems().filter((p) => /larger than/.test(p.reason)).map((p) => p.fileName), ['ferry.txt']);
    assert.equal(service.sources().length, files.length - 2); // the binary file is a problem too
  });

  test('files over the size cap are reported, not read', async () => {
    const service = createSourcedService();
    await indexFiles(service, { files, cacheFile, writeCache: true, maxFileBytes: 100, inProcess: true, shards: 1 });
    const big = service.problems().filter((p) => /larger than/.test(p.reason));
    assert.ok(big.length >= 3, `expected the longer files to be over 100 bytes: ${JSON.stringify(service.problems())}`);
    assert.match(big[0].reason, /sourced\.maxFileSizeMB/);
  });

  test('a source removed and re-added keeps search results consistent', async () => {
    const { service } = await run();
    const uri = service.sources().find((s) => s.fileName === 'ferry.txt')!.uri;
    service.removeSource(uri);
    assert.equal(service.explain('The ferry carried 1,240 passengers.').evidence.some((e) => e.source.uri === uri), false);
    await indexFiles(service, { files: [files[0]], writeCache: false, maxFileBytes: 1 << 20, inProcess: true });
    assert.equal(service.explain('The ferry carried 1,240 passengers.').evidence[0]?.source.uri, uri);
  });
});

/** Rewrites a cache's record table (see indexing/cache.ts for the layout) and signs the file again. */
function rewriteTable(file: string, change: (table: { vocabulary: unknown; records: Record<string, unknown[]> }) => void): void {
  const bytes = readFileSync(file);
  const footerAt = bytes.length - 28;
  const tableAt = bytes.readDoubleLE(footerAt);
  const table = JSON.parse(bytes.toString('utf8', tableAt + 4, tableAt + 4 + bytes.readUInt32LE(tableAt)));
  change(table);
  const json = Buffer.from(JSON.stringify(table));
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length);
  const body = Buffer.concat([bytes.subarray(0, tableAt), len, json, bytes.subarray(footerAt, footerAt + 16)]);
  const sum = Buffer.alloc(4);
  sum.writeUInt32LE(crc32(body));
  writeFileSync(file, Buffer.concat([body, sum, Buffer.from('SRCEND\0\0', 'latin1')]));
}

/** A process id no process has here now (for a temporary file whose writer is gone). */
function deadPid(): number {
  for (let pid = 4_000_000; ; pid--) {
    try {
      process.kill(pid, 0);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ESRCH') return pid;
    }
  }
}
