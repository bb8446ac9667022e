/** Text as code units: what draft parsing blanks and rebuilds drafts with. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { codesOf, isSpaceCode, textOf } from '../../../server/src/core/text/codes';

describe('code units', () => {
  test('a text comes back unchanged, long ones and unpaired surrogates included', () => {
    const samples = ['', 'plain', 'café 😀 \u00a0\u2003 end', '\ud800 lone', 'x'.repeat(20_000) + 'é'.repeat(9_000)];
    for (const s of samples) assert.equal(textOf(codesOf(s)), s);
  });

  test('white space is exactly what \\s matches', () => {
    for (let c = 0; c < 0x10000; c++) assert.equal(isSpaceCode(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
  });
});
