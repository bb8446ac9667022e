/**
 * `quote.not-verbatim` through the service: a quotation the cited source does not have word for word,
 * the message that names the source and the words that differ, and the fix that takes the source's
 * wording. The source is made up.
 */
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { SourcedDiagnostic, SourcedService } from '../../../server/src/core';
import { applyEdits, doc, makeService, sourceUri, textOf } from '../util';

const HARBOUR = {
  name: 'harbour.txt',
  text: [
    'Harbour wall approved',
    'The council voted on Monday to build a new harbour wall at Vik, at a cost of 40 million kroner.',
    '"This wall will protect twelve hundred homes from the winter storms — and it will last a century," Mayor Ines Halvorsen said after the vote. She added that work would start in March.',
    'Fishermen at the harbour said they had waited ten years for the wall.',
  ].join('\n\n'),
};

let shared: Promise<SourcedService> | undefined;
const service = () => (shared ??= makeService([HARBOUR]));

/** The draft's quote findings, as a client hands them back: through JSON. */
async function quoteFindings(text: string, version = 1): Promise<SourcedDiagnostic[]> {
  const all = await (await service()).getDiagnostics(doc(text, undefined, version));
  return JSON.parse(JSON.stringify(all.filter((d) => d.code === 'quote.not-verbatim')));
}

describe('quote.not-verbatim', () => {
  test('a quotation the source has word for word, typography aside, is no finding', async () => {
    assert.deepEqual(await quoteFindings('Halvorsen said “this wall will protect twelve hundred homes from the winter storms - and it will last a century” [@harbour, para. 3].'), []);
    assert.deepEqual(await quoteFindings('Halvorsen said the wall "will protect twelve hundred homes … and it will last a century" [@harbour].'), []);
    assert.deepEqual(await quoteFindings('Halvorsen said "[the harbour wall] will protect twelve hundred homes" [@harbour].'), []);
  });

  test('a changed word: the finding names the source and the words that differ, with the passage', async () => {
    const text = 'Halvorsen said the wall “will protect two thousand homes from the winter storms” [@harbour, para. 3].';
    const [d, ...more] = await quoteFindings(text);
    assert.ok(d, 'a quote.not-verbatim finding');
    assert.equal(more.length, 0);
    assert.equal(d.severity, 'warning');
    assert.equal(textOf(text, d.range), 'will protect two thousand homes from the winter storms');
    assert.equal(
      d.message,
      'This quotation is not word for word what @harbour, para. 2 says. “two thousand” where the source has “twelve hundred”. The source\'s wording: “will protect twelve hundred homes from the winter storms”',
    );
    assert.deepEqual(d.data.quote?.diff, [
      { op: 'same', text: 'will protect' },
      { op: 'draft', text: 'two thousand' },
      { op: 'source', text: 'twelve hundred' },
      { op: 'same', text: 'homes from the winter storms' },
    ]);
    assert.equal(d.related.length, 1);
    assert.equal(d.related[0].location.uri, sourceUri('harbour.txt'));
    assert.match(d.related[0].message, /^para\. 2: “will protect twelve hundred homes/);
  });

  test('the fix takes the source’s wording, and the finding goes', async () => {
    const text = 'Halvorsen said the wall “will protect two thousand homes from the winter storms” [@harbour, para. 3].';
    const [d] = await quoteFindings(text);
    const actions = await (await service()).getCodeActions(doc(text), d.range, [d], ['quickfix']);
    const fix = actions.find((a) => a.title.startsWith("Use the source's wording"));
    assert.ok(fix, `offered: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(fix.isPreferred, true);
    const after = applyEdits(text, fix.edits);
    assert.equal(after, 'Halvorsen said the wall “will protect twelve hundred homes from the winter storms” [@harbour, para. 3].');
    assert.deepEqual(await quoteFindings(after, 2), []);
  });

  test('a changed first word: the source’s wording starts where the quotation does', async () => {
    const [d] = await quoteFindings('She said "that wall will protect twelve hundred homes" [@harbour].');
    assert.equal(d?.data.quote?.closest, 'This wall will protect twelve hundred homes');
    assert.equal(d?.data.verbatim?.text, 'This wall will protect twelve hundred homes');
  });

  test('a quotation over two sentences is checked against the citation after it', async () => {
    const [d] = await quoteFindings('Halvorsen was clear. "This wall will protect homes from the winter storms. And it will last a century," she said [@harbour].');
    assert.ok(d);
    assert.match(d.message, /“twelve hundred”/);
  });

  test('no fix where the match is loose, or over the writer’s ellipsis', async () => {
    const loose = await quoteFindings('She said "the new wall will protect many homes from storms in winter" [@harbour].');
    assert.equal(loose.length, 1);
    assert.equal(loose[0].data.verbatim, undefined, 'a loose match is shown, not offered as a fix');
    const elided = await quoteFindings('She said "this wall will protect all homes … and last a century" [@harbour].');
    assert.equal(elided.length, 1);
    assert.equal(elided[0].data.verbatim, undefined);
  });

  test('a quotation with no citation, or an unknown one, or one no source comes near, is no finding', async () => {
    assert.deepEqual(await quoteFindings('Halvorsen said the wall "will protect two thousand homes from the winter storms".'), []);
    assert.deepEqual(await quoteFindings('Halvorsen said the wall "will protect two thousand homes from the winter storms" [@harbor].'), []);
    assert.deepEqual(await quoteFindings('A fisherman said "the ferries never run on time here" [@harbour].'), []);
    assert.deepEqual(await quoteFindings('The mayor called it "a good day" [@harbour].'), [], 'fewer than three words is no quotation');
  });
});

describe('quote.not-verbatim in an uncited sentence', () => {
  test('a sentence Sourced calls supported is held to the words of the source that backs it, and gets no citation', async () => {
    const text = '"This wall will protect twelve hundred homes from the winter storms, and it will stand for a century," Mayor Ines Halvorsen said after the vote.';
    const all = JSON.parse(JSON.stringify(await (await service()).getDiagnostics(doc(text))));
    const d = all.find((x: SourcedDiagnostic) => x.code === 'quote.not-verbatim');
    assert.ok(d, JSON.stringify(all.map((x: SourcedDiagnostic) => x.code)));
    assert.match(d.message, /@harbour, para\. 2/);
    assert.equal(all.some((x: SourcedDiagnostic) => x.code === 'claim.uncited'), false, 'no citation offered for a misquote');
    // The fix takes the source's words and keeps the comma that closes the writer's quotation; the source's "she said" is not taken in.
    const actions = await (await service()).getCodeActions(doc(text), d.range, [d], ['quickfix']);
    const fix = actions.find((a) => a.title.startsWith("Use the source's wording"));
    assert.ok(fix);
    assert.equal(applyEdits(text, fix.edits), '"This wall will protect twelve hundred homes from the winter storms — and it will last a century," Mayor Ines Halvorsen said after the vote.');
  });

  test('the quotation as the source has it gets none', async () => {
    const text = '"This wall will protect twelve hundred homes from the winter storms — and it will last a century," Mayor Ines Halvorsen said after the vote.';
    assert.deepEqual(await quoteFindings(text), []);
  });
});

describe('quote.not-verbatim: bounds', () => {
  test('a source longer than a million characters is not searched (no finding either way)', async () => {
    const book = { name: 'book.txt', text: `${'Filler words about the harbour and its long history. '.repeat(20_000)}\n\nThe mayor said the wall will protect twelve hundred homes.` };
    const service = await makeService([book]);
    const found = await service.getDiagnostics(doc('She said the wall “will protect two thousand homes” [@book].'));
    assert.deepEqual(found.filter((d) => d.code === 'quote.not-verbatim'), []);
  });
});
