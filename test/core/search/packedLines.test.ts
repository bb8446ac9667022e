/**
 * Packed lines (a snapshot's URIs and hashes): read back as they were written, compared without
 * making strings, hashed the same as the plain strings.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hashText, linesOf, PackedLines } from '../../../server/src/core/search/packedLines';

describe('packed lines', () => {
  const lines = ['file:///a/ferry.txt', 'file:///a/caf%C3%A9.txt', '', 'file:///b/Ölhafen.md', 'x'];
  const chunked = () => {
    const p = new PackedLines();
    // Two chunks, as a reader decoding a section in slices makes them.
    p.addChunk(lines.slice(0, 3).join('\n'));
    p.addChunk(lines.slice(3).join('\n'));
    return p;
  };

  test('lines come back as they went in, across chunks', () => {
    const p = chunked();
    assert.equal(p.length, lines.length);
    assert.deepEqual(Array.from({ length: p.length }, (_, i) => p.line(i)), lines);
  });

  test('a line is compared without making it a string, whole lines only', () => {
    const p = chunked();
    lines.forEach((l, i) => assert.ok(p.is(i, l), `line ${i}`));
    assert.equal(p.is(0, 'file:///a/ferry.tx'), false, 'a prefix is not the line');
    assert.equal(p.is(0, 'file:///a/ferry.txt\nfile'), false, 'nor is more than the line');
    assert.equal(p.is(2, 'x'), false);
  });

  test('hashes agree with the plain strings and stay small integers', () => {
    const p = chunked();
    const plain = linesOf(lines);
    lines.forEach((l, i) => {
      assert.equal(p.hash(i), hashText(l));
      assert.equal(plain.hash(i), hashText(l));
      assert.ok(Number.isInteger(p.hash(i)) && p.hash(i) >= 0 && p.hash(i) < 2 ** 30);
    });
    assert.notEqual(hashText('file:///a/1.txt'), hashText('file:///a/2.txt'));
  });

  test('thousands of lines grow the table', () => {
    const p = new PackedLines();
    const many = Array.from({ length: 5000 }, (_, i) => `file:///archive/story-${i}.txt`);
    p.addChunk(many.join('\n'));
    assert.equal(p.length, 5000);
    assert.equal(p.line(4321), many[4321]);
    assert.ok(p.is(4999, many[4999]));
  });
});
