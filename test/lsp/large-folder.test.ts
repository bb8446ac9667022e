/**
 * A folder larger than one part of the file list the server sends its indexing workers (8,192 paths):
 * every file is indexed, through the workers, and a restart reuses every one from the cache.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { startOnSources, type Client } from './harness';

const FILES = 9000;

describe('a folder of 9,000 sources', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'sourced-large-'));
  let server: Client | undefined;
  after(async () => {
    await server?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  test('is indexed whole through the workers, and a restart reads none of it again', async () => {
    for (let d = 0; d < FILES / 1000; d++) {
      const dir = path.join(root, 'sources', `box-${d}`);
      mkdirSync(dir, { recursive: true });
      for (let i = 0; i < 1000; i++) writeFileSync(path.join(dir, `note-${d}-${i}.txt`), `Note ${d}-${i}\n\nThe ferry carried ${d * 1000 + i} passengers on day ${i}.\n`);
    }
    const storagePath = path.join(root, '.storage');
    server = await startOnSources(root, { storagePath });
    let s = await server.stats();
    assert.equal(s.sources, FILES);
    assert.equal(s.lastIndex?.worker, true, JSON.stringify(s.lastIndex));
    assert.equal(s.lastIndex?.read, FILES);
    await server.stop();
    server = await startOnSources(root, { storagePath });
    s = await server.stats();
    assert.equal(s.sources, FILES);
    assert.equal(s.lastIndex?.reused, FILES, JSON.stringify(s.lastIndex));
    assert.equal(s.lastIndex?.read, 0);
  });
});
