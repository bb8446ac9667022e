import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { draftBibliographies, parseBibliography } from '../../../server/src/core/bibliography/parse';

const URI = 'file:///w/zotero.json';
const json = readFileSync(path.join(__dirname, '../../fixtures/bibliography/zotero.json'), 'utf8');

describe('CSL-JSON (Zotero export)', () => {
  it('reads items by id, skips one without an id, reported at its line', async () => {
    const bib = await parseBibliography('zotero.json', json, URI);
    assert.deepEqual(
      bib.entries.map((e) => [e.key, e.line + 1]),
      [
        ['park2024defectors', 2],
        ['unification2023', 19],
      ],
    );
    assert.deepEqual(
      bib.problems.map((p) => [p.line + 1, p.message]),
      [[15, 'item 2 (“An item someone typed in by hand, without an id”) has no id and is skipped']],
    );
  });

  it('keeps the item as Zotero wrote it, minus the file link', async () => {
    const bib = await parseBibliography('zotero.json', json, URI);
    const park = bib.entries[0];
    assert.deepEqual(park.files, ['sources/defectors.txt']);
    assert.equal(park.csl.file, undefined);
    assert.equal(park.csl['container-title'], 'The Daily Border');
    assert.deepEqual(park.csl.issued, { 'date-parts': [['2024', 6, 5]] });
  });

  it('reports JSON that does not parse at the line where it breaks', async () => {
    const bib = await parseBibliography('bad.json', '[\n  {"id": "a", "title": "x"},\n  {"id": "b" "title": "y"}\n]', URI);
    assert.equal(bib.entries.length, 0);
    assert.equal(bib.problems[0].line, 2);
    assert.match(bib.problems[0].message, /not valid JSON/);
  });
});

describe('bibliography in the front matter', () => {
  it('reads a single file or a list, as Pandoc does', () => {
    assert.deepEqual(draftBibliographies('---\ntitle: x\nbibliography: refs.bib\n---\nText.'), ['refs.bib']);
    assert.deepEqual(draftBibliographies('---\nbibliography:\n  - refs.bib\n  - ../zotero.json\n---\nText.'), ['refs.bib', '../zotero.json']);
    assert.deepEqual(draftBibliographies('No front matter.'), []);
  });
});
