import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LineIndex } from '../../../server/src/core';

describe('line index', () => {
  const check = (text: string, cases: ReadonlyArray<readonly [line: number, character: number, offset: number]>) => {
    const li = new LineIndex(text);
    for (const [line, character, offset] of cases) assert.equal(li.offsetAt({ line, character }), offset, `${line}:${character}`);
  };

  test('positions and offsets round-trip on \\n, \\r\\n and \\r line ends', () => {
    for (const text of ['ab\ncd\n\nef', 'ab\r\ncd\r\n\r\nef', 'ab\rcd\r\ref']) {
      const li = new LineIndex(text);
      assert.equal(li.lineCount, 4);
      for (let o = 0; o <= text.length; o++) {
        if (text[o - 1] === '\r' && text[o] === '\n') continue; // between \r and \n is no position
        assert.equal(li.offsetAt(li.positionAt(o)), o, `offset ${o} of ${JSON.stringify(text)}`);
      }
    }
  });

  test('a character past the end of a line is the end of that line, not the next line', () => {
    check('ab\ncd', [
      [0, 2, 2],
      [0, 99, 2],
      [1, 99, 5],
      [7, 0, 5],
      [-1, 0, 0],
    ]);
    check('ab\r\ncd', [
      [0, 99, 2],
      [1, 1, 5],
    ]);
  });

  test('UTF-16 code units, as LSP counts them', () => {
    const text = '😀 [@a]';
    const li = new LineIndex(text);
    assert.deepEqual(li.positionAt(text.indexOf('[')), { line: 0, character: 3 });
  });
});
