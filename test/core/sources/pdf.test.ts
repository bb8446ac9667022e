import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { createSourcedService } from '../../../server/src/core';
import { readSourceFile } from '../../../server/src/core/sources/readSource';
import { makePdf } from '../../fixtures/makePdf';
import { applyEdits, cursor, doc, lines, makeService, sourceUri, textOf } from '../util';

const report = makePdf({
  title: 'Balloons across the border',
  author: 'Jane Roe',
  date: '2024-06-03',
  published: '2024-05-30',
  pages: [
    [
      'Activists in South Korea have floated balloons carrying leaflets across the border for two decades, and the government has argued about whether to stop them for almost as long.',
      'The launches draw protests from residents of border towns who fear retaliation.',
    ],
    [
      'In June 2024, the group Fighters for a Free North Korea planned to send 200,000 leaflets and 5,000 USB drives northward.',
      'North Korea answered with hundreds of balloons carrying trash and manure.',
    ],
    ['Seoul resumed loudspeaker broadcasts along the border in July.'],
  ],
});

const file = (name: string, bytes: Uint8Array) => ({ uri: `file:///w/sources/${name}`, name, bytes });

describe('PDF reader', () => {
  it('reads paragraphs page by page, with their pages and the document metadata', async () => {
    const out = await readSourceFile(file('roe-2024.pdf', report));
    assert.ok('source' in out, JSON.stringify(out));
    const s = out.source;
    assert.equal(s.title, 'Balloons across the border');
    assert.equal(s.metadata.author, 'Jane Roe');
    assert.equal(s.metadata.date, '2024-05-30', 'the publication date, not the date the file was made');
    assert.deepEqual(s.pages, ['1', '2', '3']);
    assert.deepEqual(
      s.paragraphs.map((p) => p.page),
      [1, 1, 2, 2, 3],
    );
    // A paragraph wrapped over several lines is one paragraph again.
    assert.match(s.text.slice(s.paragraphs[0].start, s.paragraphs[0].end), /^Activists in South Korea .* almost as long\.$/);
    assert.equal(s.text.slice(s.paragraphs[2].start, s.paragraphs[2].end).includes('5,000 USB drives'), true);
  });

  it('takes no date from when the file was made: a creation date is not a publication date', async () => {
    // A web page saved as PDF in 2024 of an article from 2005: the file's dates say 2024.
    const out = await readSourceFile(file('saved.pdf', makePdf({ title: 'Old article', date: '2024-06-03', pages: [['An article first published long before this file was made.']] })));
    assert.ok('source' in out);
    assert.equal(out.source.metadata.date, undefined);
    const dated = await readSourceFile(file('dated.pdf', makePdf({ date: '2024-06-03', published: '2005-02', pages: [['An article with its month of publication.']] })));
    assert.ok('source' in dated);
    assert.equal(dated.source.metadata.date, '2005-02');
  });

  it('uses printed page labels when the PDF has them', async () => {
    const out = await readSourceFile(file('journal.pdf', makePdf({ firstPageLabel: 233, pages: [['First page of the article text.'], ['Second page of the article text.']] })));
    assert.ok('source' in out);
    assert.deepEqual(out.source.pages, ['233', '234']);
  });

  it('reports a scanned PDF without a text layer instead of indexing it empty', async () => {
    const out = await readSourceFile(file('scan.pdf', makePdf({ scanned: true, pages: [[], []] })));
    assert.ok('problem' in out);
    assert.match(out.problem.reason, /^no text layer: cannot be checked/);
  });

  it('reports a damaged PDF for that file only', async () => {
    const service = createSourcedService();
    const bad = await service.updateSource(file('broken.pdf', new TextEncoder().encode('%PDF-1.4\nthis is not really a pdf')));
    const good = await service.updateSource(file('roe-2024.pdf', report));
    assert.ok(bad.problem);
    assert.ok(good.source);
    assert.deepEqual(
      service.sources().map((s) => s.key),
      ['roe-2024'],
    );
    assert.equal(service.getSourceDiagnostics()[0].diagnostics[0].code, 'source.unreadable');
  });
});

describe('page locators (p. N) in PDF sources', () => {
  const setup = async () => {
    const service = await makeService([{ name: 'roe-2024.pdf', bytes: report }, { name: 'journal.pdf', bytes: makePdf({ firstPageLabel: 233, pages: [['The first page of the article is about rice.'], ['Border towns asked the police to stop the launches in 2024.']] }) }]);
    return service;
  };

  it('resolves p. N to that page; a page the PDF lacks is citation.bad-locator', async () => {
    const service = await setup();
    const text = lines(
      'The group planned to send 5,000 USB drives northward in June 2024 [@roe-2024, p. 2].',
      '',
      'The group planned to send 5,000 USB drives northward in June 2024 [@roe-2024, p. 7].',
      '',
      'Border towns asked the police to stop the launches in 2024 [@journal, p. 234].',
      '',
      'Border towns asked the police to stop the launches in 2024 [@journal, p. 2].',
    );
    const diagnostics = await service.getDiagnostics(doc(text));
    const bad = diagnostics.filter((d) => d.code === 'citation.bad-locator');
    assert.deepEqual(
      bad.map((d) => [d.range.start.line, textOf(text, d.range), d.message]),
      [
        [2, 'p. 7', '@roe-2024 has 3 pages; there is no p. 7.'],
        [6, 'p. 2', '@journal has 2 pages (pp. 233–234); there is no p. 2.'],
      ],
    );
    assert.deepEqual(
      diagnostics.filter((d) => d.range.start.line === 0 || d.range.start.line === 4).map((d) => d.code),
      [],
    );
  });

  it('hovers the best passage of the cited page and links to that page', async () => {
    const service = await setup();
    const { text, position } = cursor('North Korea answered with balloons carrying trash [@roe-$$CURSOR$$2024, p. 2].');
    const h = service.getHover(doc(text), position);
    assert.ok(h);
    assert.match(h.contents, /\*\*Balloons across the border\*\*/);
    assert.match(h.contents, /Jane Roe · 30 May 2024/);
    assert.match(h.contents, /> \*\*North\*\* \*\*Korea\*\* \*\*answered\*\* with hundreds/);
    assert.match(h.contents, /at p\. 2, para\. 4, the passage on p\. 2 that best supports this sentence\]\(file:\/\/\/workspace\/sources\/roe-2024\.pdf#page=2\)/);
    const def = service.getDefinition(doc(text), position);
    assert.equal(def?.uri, sourceUri('roe-2024.pdf'));
  });

  it('fixes cite a PDF by page, which a reader can turn to', async () => {
    const service = await setup();
    const text = 'In June 2024, the group Fighters for a Free North Korea planned to send 200,000 leaflets and 5,000 USB drives northward.';
    const [d] = await service.getDiagnostics(doc(text));
    assert.equal(d?.code, 'claim.uncited');
    assert.match(d.message, /@roe-2024, p\. 2, para\. 3 supports this/);
    const [fix] = await service.getCodeActions(doc(text), d.range, [d], ['quickfix']);
    assert.equal(fix.title, 'Cite @roe-2024, p. 2: “In June 2024, the group Fighters for a Free North Korea…”');
    assert.equal(applyEdits(text, fix.edits), text.slice(0, -1) + ' [@roe-2024, p. 2].');
  });

  it('completion offers PDF passages by page, naming the paragraph in the documentation', async () => {
    const service = await setup();
    const { text, position } = cursor('The group planned to send 5,000 USB drives northward in June 2024 [@$$CURSOR$$');
    const items = service.getCompletions(doc(text), position);
    const passage = items.find((i) => i.kind === 'passage' && i.label === '@roe-2024, p. 2');
    assert.ok(passage, items.map((i) => i.label).join(', '));
    assert.equal(passage.newText, 'roe-2024, p. 2]');
    assert.match(passage.documentation, /^\*\*Balloons across the border\*\*, p\. 2, para\. 3\n/);
  });

  it('still reads para. N in a PDF, numbered across pages', async () => {
    const service = await setup();
    const { text, position } = cursor('The launches draw protests [@roe-2024, para$$CURSOR$$. 2].');
    const h = service.getHover(doc(text), position);
    assert.match(h!.contents, /> The \*\*launches\*\* \*\*draw\*\* \*\*protests\*\*/);
    assert.match(h!.contents, /at p\. 1, para\. 2\]/);
  });
});

describe('a PDF from a real typesetter', () => {
  // weasyprint-article.pdf is `weasyprint weasyprint-article.html weasyprint-article.pdf`: justified,
  // hyphenated text, subset fonts, a running head and page numbers, headings forced onto pages 2 and 3.
  const bytes = new Uint8Array(readFileSync(path.join(__dirname, '../../fixtures/formats/weasyprint-article.pdf')));

  it('gives back its paragraphs with words rejoined, and no running heads or page numbers', async () => {
    const out = await readSourceFile(file('article.pdf', bytes));
    assert.ok('source' in out, JSON.stringify(out));
    const s = out.source;
    assert.equal(s.title, 'Leaflets, balloons and the law');
    assert.equal(s.metadata.author, 'Korea Civic Monitor');
    assert.deepEqual(s.pages, ['1', '2', '3']);
    const paras = s.paragraphs.map((p) => [p.page, s.text.slice(p.start, p.end)]);
    assert.equal(paras.length, 10, paras.join('\n'));
    assert.deepEqual(paras[2], [1, 'In June 2024, the group Fighters for a Free North Korea said it would send 200,000 leaflets and 5,000 USB drives loaded with South Korean dramas and music videos northward by balloon.']);
    assert.deepEqual(paras[5], [2, 'Responses from the North']);
    assert.ok(!paras.some(([, t]) => /^\d+$/.test(String(t))), 'no page-number paragraphs');
    assert.ok(paras.some(([, t]) => String(t).includes('cigarette butts')));
    assert.ok(!paras.some(([, t]) => String(t).includes('Korea Review')), 'no running head');
    // A heading alone with one paragraph on its page is still its own paragraph.
    assert.deepEqual(paras.slice(8), [
      [3, 'Third page'],
      [3, 'The third page says that the launches continued into the autumn of 2024, with smaller balloons.'],
    ]);
  });
});
