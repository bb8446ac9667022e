import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { filePaths, parseBibliography } from '../../../server/src/core/bibliography/parse';

const BIB_URI = 'file:///w/refs.bib';
const bibText = readFileSync(path.join(__dirname, '../../fixtures/bibliography/refs.bib'), 'utf8');

describe('BibTeX / BibLaTeX', () => {
  it('reads the good entries as CSL-JSON and skips the broken one, reported at its line', async () => {
    const bib = await parseBibliography('refs.bib', bibText, BIB_URI);
    assert.deepEqual(
      bib.entries.map((e) => [e.key, e.line + 1]),
      [
        ['roe2024balloons', 3],
        ['kinu2023', 21],
        ['lee2024court', 31],
      ],
    );
    assert.equal(bib.problems.length, 1);
    assert.equal(bib.problems[0].line + 1, 15);
    assert.equal(bib.problems[0].uri, BIB_URI);
    assert.match(bib.problems[0].message, /^@broken2020: this entry could not be read/);
  });

  it('maps fields to CSL: type, names with particles, dates, container, pages, DOI', async () => {
    const bib = await parseBibliography('refs.bib', bibText, BIB_URI);
    const roe = bib.entries[0].csl;
    assert.equal(roe.type, 'article-journal');
    assert.equal(roe.title, 'Balloons across the Border: Leaflets, USB Drives and the Law');
    assert.deepEqual(roe.author, [
      { family: 'Roe', given: 'Jane' },
      { family: 'Berg', given: 'Jan', 'non-dropping-particle': 'van der' },
    ]);
    assert.deepEqual(roe.issued, { 'date-parts': [[2024, 6, 3]] });
    assert.equal(roe['container-title'], 'Korea Review');
    assert.equal(roe.page, '233-250');
    assert.equal(roe.DOI, '10.1234/kr.2024.233');
    const kinu = bib.entries[1].csl;
    assert.equal(kinu.type, 'report');
    assert.deepEqual(kinu.author, [{ literal: 'Korea Institute for National Unification' }]);
    assert.deepEqual(kinu.issued, { 'date-parts': [[2023, 12]] });
    assert.equal(kinu.publisher, 'KINU');
    const lee = bib.entries[2].csl;
    assert.equal(lee.type, 'webpage');
    assert.deepEqual(lee.accessed, { 'date-parts': [[2024, 6, 10]] });
  });

  it("reads Zotero's file field: description:path:mime items, escaped colons, Windows drives", async () => {
    const bib = await parseBibliography('refs.bib', bibText, BIB_URI);
    assert.deepEqual(bib.entries[0].files, ['files/12/Roe and van der Berg - 2024 - Balloons across the Border.pdf', 'files/13/snapshot.html']);
    assert.deepEqual(bib.entries[2].files, ['/absolute/path/that/does/not/exist/court.html']);
    assert.deepEqual(filePaths('Full Text:C\\:\\\\Users\\\\me\\\\Zotero\\\\a.pdf:application/pdf'), ['C:\\Users\\me\\Zotero\\a.pdf']);
    assert.deepEqual(filePaths(':papers/x.pdf:pdf'), ['papers/x.pdf']);
    assert.deepEqual(filePaths('C:/papers/x.pdf'), ['C:/papers/x.pdf']);
    assert.deepEqual(filePaths('papers/x.pdf'), ['papers/x.pdf']);
  });

  it('reports a key defined twice and uses the first', async () => {
    const bib = await parseBibliography('dup.bib', '@misc{a, title={One}}\n\n@misc{a, title={Two}}\n', 'file:///w/dup.bib');
    assert.deepEqual(
      bib.entries.map((e) => e.csl.title),
      ['One'],
    );
    assert.deepEqual(
      bib.problems.map((p) => [p.line, p.message]),
      [[2, '@a is defined twice; the first entry is used']],
    );
  });
});
