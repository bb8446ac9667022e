/**
 * Quotations must be word for word what the cited source says: typography, ellipses and [brackets]
 * aside. The sources and quotations are made up here.
 */
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkQuotations, quotations, wordDiff } from '../../../server/src/core/claims/quotes';
import type { Source } from '../../../server/src/core/sources/model';

const source = (key: string, text: string): Source => ({ uri: `file:///s/${key}.txt`, key, fileName: `${key}.txt`, metadata: {}, title: key, text, paragraphs: [], hash: key });

const HARBOUR = source(
  'harbour',
  'The mayor spoke after the vote. "This wall will protect twelve hundred homes from the winter storms — and it will last a century," Mayor Ines Halvorsen said on Tuesday. She added that work would start in March.',
);

describe('quotations in a sentence', () => {
  test('text between quotation marks, three words or more', () => {
    assert.deepEqual(
      quotations('The mayor called it "a wall for a century" and "done".').map((q) => q.text),
      ['a wall for a century'],
    );
    assert.deepEqual(quotations('She said “it will last a century” on Tuesday.').map((q) => q.text), ['it will last a century']);
  });
});

describe('a quotation checked against the cited source', () => {
  test('word for word passes, whatever the quotation marks, dashes, spaces and case', () => {
    assert.deepEqual(checkQuotations('The mayor said “this wall will protect twelve hundred homes from the winter storms - and it will last a century.”', [HARBOUR]), []);
  });

  test('an ellipsis stands for words left out; [brackets] are the writer’s own', () => {
    assert.deepEqual(checkQuotations('She said the wall "will protect twelve hundred homes … and it will last a century".', [HARBOUR]), []);
    assert.deepEqual(checkQuotations('She said "[the harbour wall] will protect twelve hundred homes from the winter storms".', [HARBOUR]), []);
  });

  test('a changed word is a mismatch, with the source’s wording and the difference word by word', () => {
    const [m] = checkQuotations('Halvorsen said the wall "will protect two thousand homes from the winter storms".', [HARBOUR]);
    assert.ok(m, 'a mismatch');
    assert.equal(m.source.key, 'harbour');
    assert.equal(m.closest, 'will protect twelve hundred homes from the winter storms');
    assert.deepEqual(m.diff, [
      { op: 'same', text: 'will protect' },
      { op: 'draft', text: 'two thousand' },
      { op: 'source', text: 'twelve hundred' },
      { op: 'same', text: 'homes from the winter storms' },
    ]);
  });

  test('words in another order are not the source’s words', () => {
    assert.equal(checkQuotations('She promised "a century it will last".', [HARBOUR]).length, 1);
  });

  test('a quotation no cited source comes near is left to the claim check', () => {
    assert.deepEqual(checkQuotations('He said "the ferries run on time every single day".', [HARBOUR]), []);
  });

  test('any one of several cited sources having it word for word is enough', () => {
    const other = source('other', 'The council met on Monday.');
    assert.deepEqual(checkQuotations('She said "it will last a century".', [other, HARBOUR]), []);
  });
});

describe('word difference', () => {
  test('keeps each side’s words as written', () => {
    assert.deepEqual(wordDiff(['The', 'Wall', 'stands'], ['the', 'wall', 'fell']), [
      { op: 'same', text: 'the wall' },
      { op: 'draft', text: 'stands' },
      { op: 'source', text: 'fell' },
    ]);
  });
});
