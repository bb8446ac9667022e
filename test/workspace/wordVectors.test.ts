/**
 * The word table read from dist/wordVectors.bin (what the server and the CLI use) is the table the
 * generated module gives (what the core falls back on): same stems, same bytes, same similarities.
 */
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { DIMENSIONS, STEMS, VECTORS } from '../../server/src/core/claims/wordVectors.data';
import { readWordVectorFile } from '../../server/src/workspace/wordVectors';
import { ensureBuilt, ROOT } from '../lsp/harness';
import { tempFolders } from '../core/util';

const temp = tempFolders('sourced-vectors-');

describe('the word table file', () => {
  test('holds the generated module’s stems and bytes', () => {
    ensureBuilt();
    const data = readWordVectorFile(path.join(ROOT, 'dist', 'wordVectors.bin'));
    assert.ok(data, 'dist/wordVectors.bin is read');
    assert.equal(data.dimensions, DIMENSIONS);
    assert.equal(data.stems, STEMS);
    assert.deepEqual(Buffer.from(data.bytes.buffer, data.bytes.byteOffset, data.bytes.length), Buffer.from(VECTORS, 'base64'));
  });

  test('a missing, foreign or cut file gives nothing (the core then loads the module)', () => {
    const dir = temp();
    assert.equal(readWordVectorFile(path.join(dir, 'none.bin')), undefined);
    writeFileSync(path.join(dir, 'foreign.bin'), 'not a word table at all');
    assert.equal(readWordVectorFile(path.join(dir, 'foreign.bin')), undefined);
    const whole = Buffer.concat([Buffer.from('SWV1'), Buffer.from([2, 0, 0, 0, 3, 0, 0, 0]), Buffer.from('a b'), Buffer.from([1, 2, 3, 4])]);
    writeFileSync(path.join(dir, 'tiny.bin'), whole);
    assert.deepEqual(readWordVectorFile(path.join(dir, 'tiny.bin'))?.stems, 'a b');
    writeFileSync(path.join(dir, 'cut.bin'), whole.subarray(0, whole.length - 1));
    assert.equal(readWordVectorFile(path.join(dir, 'cut.bin')), undefined);
  });
});
