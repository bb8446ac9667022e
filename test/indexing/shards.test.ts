/**
 * Indexing split between several jobs side by side (one worker each in the server): each job takes the
 * files shardOf gives it and keeps its own cache file. What a writer sees must not depend on how many
 * shards there were: the same sources, the same keys for same-named files, the same search results.
 * Runs the jobs in-process over a temporary folder.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeEach, describe, test } from 'node:test';
import { createSourcedService, type SourcedService } from '../../server/src/core';
import { slugKey } from '../../server/src/core/sources/readSource';
import { indexFiles } from '../../server/src/indexing/run';
import { shardOf } from '../../server/src/indexing/shards';
import { shardCacheFile } from '../../server/src/indexing/cacheFiles';
import { tempFolders } from '../core/util';

const tempRoot = tempFolders('sourced-shards-test-');

const TOWNS = ['Millbrook', 'Ashford', 'Corran', 'Dunmore', 'Eastleigh', 'Fenwick', 'Glenarm', 'Holloway'];

let root: string;
let files: string[];

beforeEach(() => {
  root = tempRoot();
  files = [];
  const write = (rel: string, text: string) => {
    const f = path.join(root, 'sources', rel);
    mkdirSync(path.dirname(f), { recursive: true });
    writeFileSync(f, text);
    files.push(f);
  };
  // Same-named files in several folders (and names that give the same key), plus ordinary ones.
  TOWNS.forEach((town, i) => {
    for (const folder of ['2023', '2024', 'drafts']) write(`${folder}/${town}/report.txt`, `${town} report\n\nThe ${town} ferry carried ${1000 + i * 37} passengers in ${folder}.\n`);
    write(`misc/${town}/Report.md`, `The ${town} council approved a subsidy of ${i + 2} million euros.\n`);
    write(`misc/${town}/REPORT.txt`, `The ${town} harbour was dredged for ${i + 3} weeks.\n`);
    write(`news/${town.toLowerCase()}-school.txt`, `The ${town} school roof was replaced in ${2010 + i}.\n\nPupils returned in September.\n`);
  });
  write('misc/!!!.txt', 'A file whose name has no letters: the council met on Tuesday.\n');
  write('misc/source.txt', 'A file named source: the ferry was late on Monday.\n');
  files.sort();
});

async function run(shards: number, cacheFile?: string): Promise<{ service: SourcedService; result: Awaited<ReturnType<typeof indexFiles>> }> {
  const service = createSourcedService();
  const result = await indexFiles(service, { files, cacheFile, writeCache: cacheFile !== undefined, maxFileBytes: 1 << 20, inProcess: true, shards });
  return { service, result };
}

/** What a writer sees: each file's key and paragraphs, and what a search finds. */
function view(service: SourcedService): unknown {
  const sources = service
    .sources()
    .map((s) => ({ uri: s.uri, key: s.key, paragraphs: s.paragraphs.map((p) => `${p.n} ${s.text.slice(p.start, p.end)}`) }))
    .sort((a, b) => a.uri.localeCompare(b.uri));
  const found = ['The Corran ferry carried 1074 passengers.', 'The council approved a subsidy.', 'The school roof was replaced.'].map((q) =>
    service.explain(q).evidence.map((e) => `${e.source.key} ${e.paragraph.n} ${e.score.toFixed(4)}`).sort(),
  );
  return { sources, problems: service.problems().length, found };
}

describe('indexing in shards', () => {
  test('files whose names give the same key share a shard, whatever the count', () => {
    for (const count of [2, 3, 4]) {
      const byKey = new Map<string, Set<number>>();
      for (const f of files) {
        const key = slugKey(path.basename(f));
        if (!byKey.has(key)) byKey.set(key, new Set());
        byKey.get(key)!.add(shardOf(f, count));
      }
      for (const [key, shards] of byKey) assert.equal(shards.size, 1, `${key} is split over shards ${[...shards]} of ${count}`);
    }
    // Non-ASCII names take the key's own spelling: accents dropped, case folded.
    assert.equal(shardOf('/a/Café Notes.txt', 3), shardOf('/b/cafe-notes.md', 3));
    assert.equal(shardOf('/a/.hidden', 3), shardOf('/b/source.txt', 3));
    assert.equal(shardOf('/a/anything.txt', 1), 0);
  });

  test('shards share the files about evenly', () => {
    const counts = [0, 0, 0];
    for (let i = 0; i < 3000; i++) counts[shardOf(`/archive/story-${i}.txt`, 3)]++;
    for (const c of counts) assert.ok(c > 850 && c < 1150, `uneven shards: ${counts}`);
  });

  test('one, two or three shards give the same sources, keys and search results', async () => {
    const one = view((await run(1)).service);
    assert.deepEqual(view((await run(2)).service), one);
    assert.deepEqual(view((await run(3)).service), one);
    // Same-named files get numbered keys in the order they are listed.
    const keys = (one as { sources: Array<{ uri: string; key: string }> }).sources.filter((s) => s.uri.endsWith('/report.txt')).map((s) => s.key);
    assert.equal(keys[0], 'report');
    assert.equal(new Set(keys).size, keys.length);
  });

  test('where a numbered key meets a name that gives the same key, the outcome is still the same run after run', async () => {
    // "Report 3.md" wants the key "report-3", which the third report.txt may have taken first. Which one
    // does depends on the order of arrival: it may differ with the number of shards, never between runs.
    const extra = path.join(root, 'sources', 'misc', 'Report 3.md');
    writeFileSync(extra, 'The Ashford council met on Tuesday.\n');
    files.push(extra);
    files.sort();
    const first = view((await run(2)).service);
    assert.deepEqual(view((await run(2)).service), first);
    const keys = (first as { sources: Array<{ key: string }> }).sources.map((s) => s.key);
    assert.equal(new Set(keys).size, keys.length);
  });

  test('each shard keeps its own cache file, and a second run reuses them all', async () => {
    const cacheFile = path.join(root, 'cache', 'index-00aa.bin');
    const first = await run(2, cacheFile);
    assert.equal(first.result.read, files.length);
    assert.ok(existsSync(shardCacheFile(cacheFile, 0)) && existsSync(shardCacheFile(cacheFile, 1)));
    assert.equal(shardCacheFile(cacheFile, 1), path.join(root, 'cache', 'index-00aa.1.bin'));
    const second = await run(2, cacheFile);
    assert.equal(second.result.read, 0);
    assert.equal(second.result.reused, files.length);
    assert.equal(second.result.cache, 'ok');
    assert.deepEqual(view(second.service), view(first.service));
  });

  test('a damaged shard cache costs only its own files', async () => {
    const cacheFile = path.join(root, 'cache', 'index-00bb.bin');
    const first = await run(2, cacheFile);
    writeFileSync(shardCacheFile(cacheFile, 1), 'not a cache at all');
    const second = await run(2, cacheFile);
    const inShard1 = files.filter((f) => shardOf(f, 2) === 1).length;
    assert.ok(inShard1 > 0 && inShard1 < files.length);
    assert.equal(second.result.read, inShard1);
    assert.equal(second.result.reused, files.length - inShard1);
    assert.match(second.result.cache, /shard 1 ok, shard 2 discarded/);
    assert.deepEqual(view(second.service), view(first.service));
  });
});
