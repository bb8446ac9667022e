/**
 * Hostile and malformed input to the core: each case is a defect an adversarial trial found (a crash,
 * a freeze, an injection). Every one must end in a message for that input and leave the rest working.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { draftBibliographies, parseBibliography } from '../../server/src/core/bibliography';
import { metadataOfCsl } from '../../server/src/core/bibliography/model';
import { readFrontMatter } from '../../server/src/core/sources/plainText';
import { doc, makeService } from './util';

describe('malformed CSL-JSON entries', () => {
  const json = JSON.stringify([
    { id: 'good', title: 'Good', author: [{ family: 'Roe', given: 'Jane' }] },
    { id: 'string-author', title: 'Bad', author: 'Smith' },
    { id: 'null-name', title: 'Bad', author: [null] },
    { id: 'number-literal', title: 'Bad', author: [{ literal: 5 }] },
    { id: 'object-title', title: { x: 1 }, editor: 'Smith' },
    { id: 'odd-date', title: 'Odd date', issued: 'last year' },
  ], null, 1);

  it('skips each broken entry with a message at its line and keeps the valid ones', async () => {
    const bib = await parseBibliography('refs.json', json, 'file:///w/refs.json');
    assert.deepEqual(bib.entries.map((e) => e.key), ['good', 'odd-date']);
    assert.equal(bib.problems.length, 4);
    for (const p of bib.problems) assert.match(p.message, /^@[\w-]+: .* skipped/);
    assert.match(bib.problems[0].message, /@string-author: its author is not a list of names/);
    assert.ok(bib.problems.every((p, i) => i === 0 || p.line > bib.problems[i - 1].line), 'each at its own line');
  });

  it('a service given them still knows the valid keys', async () => {
    const service = await makeService([]);
    const bib = await parseBibliography('refs.json', json, 'file:///w/refs.json');
    service.setBibliography(bib);
    const diags = await service.getDiagnostics(doc('The harbor cost 4 million euros [@good]. It rained [@odd-date].'));
    assert.deepEqual(diags.filter((d) => d.code === 'citation.unknown-key'), []);
  });

  it('metadata of an item never throws on odd shapes', () => {
    const odd = { id: 'x', type: 'book', author: 'Smith', editor: [null, 3, { literal: 5 }], title: 7, issued: 'soon' } as never;
    assert.doesNotThrow(() => metadataOfCsl(odd));
  });
});

describe('YAML front matter that refers to itself', () => {
  it('an alias inside its own anchor is read without a stack overflow', () => {
    const text = '---\ntitle: &a [*a]\nauthor: &b { name: *b }\nbibliography: &c [*c]\n---\nBody.\n';
    assert.doesNotThrow(() => readFrontMatter(text));
    assert.doesNotThrow(() => draftBibliographies(text));
  });

  it('a source with such front matter is indexed, and a draft with it is checked', async () => {
    const service = await makeService([{ name: 'loop.md', text: '---\ntitle: &a [*a]\n---\n\nThe harbor cost 4.2 million euros in 2021.\n' }]);
    assert.equal(service.sources().length, 1);
    const diags = await service.getDiagnostics(doc('---\ntitle: &a [*a]\n---\nThe harbor cost 4.2 million euros in 2021 [@loop].\n'));
    assert.ok(Array.isArray(diags));
  });
});
