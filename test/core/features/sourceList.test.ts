import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { parseBibliography } from '../../../server/src/core';
import { readerDate } from '../../../server/src/core/features/format';
import { makePdf } from '../../fixtures/makePdf';
import { doc, makeService } from '../util';

const FORMATS = path.resolve(__dirname, '..', '..', 'fixtures', 'formats');

/** A folder with a PDF, a Word file, a saved web page, a text file, a scan and a binary file; two drafts citing some of them. */
async function workspace() {
  const drafts = [
    doc('The court struck the ban down [@court, p. 1]. The group planned 200,000 leaflets [@news, para. 1; @court].', 'file:///workspace/a.md'),
    doc('As @news [para. 2] says, the launch was set for June 6.\n\nMail me@news.example.org.', 'file:///workspace/b.md'),
  ];
  const service = await makeService(
    [
      { name: 'court.pdf', bytes: readFileSync(path.join(FORMATS, 'weasyprint-article.pdf')) },
      { name: 'report.docx', bytes: readFileSync(path.join(FORMATS, 'report.docx')) },
      { name: 'news.html', bytes: readFileSync(path.join(FORMATS, 'saved-news-page.html')) },
      { name: 'notes.txt', text: 'Zebra crossings\n\nThe town painted new crossings in May.\n' },
      { name: 'scan.pdf', bytes: makePdf({ scanned: true, pages: [[]] }) },
      { name: 'photo.txt', bytes: new Uint8Array(256).map((_, i) => i) },
    ],
    {},
    drafts,
  );
  service.setBibliography(await parseBibliography('refs.bib', '@book{kim2020, title={Balloons of Paju}, author={Kim, Ana}, date={2020-03-04}}\n\n@misc{broken, title={Unclosed\n', 'file:///workspace/refs.bib'));
  return service;
}

describe('the list of sources', () => {
  test('every source with its title, key, kind, size and how often the drafts cite it, sorted by title', async () => {
    const list = await (await workspace()).listSources();
    assert.deepEqual(
      list.sources.map((s) => `${s.title} | @${s.key} | ${s.format} | ${s.extent} | cited ${s.citations}`),
      [
        'Activists vow more balloon launches despite court fight | @news | Web page | 4 paragraphs | cited 2',
        'Balloons of Paju | @kim2020 | Bibliography entry | no file linked | cited 0',
        'Leaflet launches and the law | @report | Word document | 5 paragraphs | cited 0',
        'Leaflets, balloons and the law | @court | PDF | 10 paragraphs on 3 pages | cited 2',
        'Zebra crossings | @notes | Text | 1 paragraph | cited 0',
      ],
    );
    assert.equal(list.total, 5);
    const court = list.sources.find((s) => s.key === 'court')!;
    assert.equal(court.textUri, 'sourced-source:/workspace/sources/court.pdf');
    assert.equal(court.pages, 3);
    const kim = list.sources.find((s) => s.key === 'kim2020')!;
    assert.equal(kim.textUri, undefined, 'an entry without a file has no text to show');
    assert.deepEqual(kim.entry, { uri: 'file:///workspace/refs.bib', line: 0 });
    assert.equal(kim.date, '4 March 2020');
    assert.equal(list.sources.find((s) => s.key === 'news')!.date, '5 June 2024');
  });

  test('files that could not be read and broken bibliography entries, each with the reason', async () => {
    const list = await (await workspace()).listSources();
    const problems = list.problems.map((p) => `${p.kind} ${p.name}: ${p.reason}`);
    assert.equal(problems.length, 3, problems.join('\n'));
    assert.match(problems[0], /^file photo\.txt: .*binary/);
    assert.match(problems[1], /^file scan\.pdf: no text layer/);
    assert.match(problems[2], /^bibliography refs\.bib, line 3: /);
    assert.equal(list.problems[2].line, 2);
  });

  test('a filter keeps what has every word of it in the title, key, file name, author or kind (case and accents aside)', async () => {
    const service = await workspace();
    const keys = async (filter: string) => (await service.listSources(filter)).sources.map((s) => s.key);
    assert.deepEqual(await keys('balloon'), ['news', 'kim2020', 'court']);
    assert.deepEqual(await keys('BALLÓONS law'), ['court']);
    assert.deepEqual(await keys('word'), ['report']);
    assert.deepEqual(await keys('min-ji'), ['news'], 'the author');
    assert.deepEqual(await keys('no such thing'), []);
    const filtered = await service.listSources('scan');
    assert.deepEqual(filtered.problems.map((p) => p.name), ['scan.pdf']);
    assert.equal(filtered.matching, 0);
    assert.equal(filtered.total, 5);
  });

  test('a source added, changed or removed shows in the next list', async () => {
    const service = await workspace();
    assert.equal((await service.listSources()).total, 5);
    const encode = (t: string) => new TextEncoder().encode(t);
    await service.updateSource({ uri: 'file:///workspace/sources/notes.txt', name: 'notes.txt', bytes: encode('Aardvark census\n\nThe count found 12 aardvarks.\n') });
    await service.updateSource({ uri: 'file:///workspace/sources/later.txt', name: 'later.txt', bytes: encode('Balloons over Seoul\n\nMore balloons came.\n') });
    service.removeSource('file:///workspace/sources/report.docx');
    const titles = (await service.listSources()).sources.map((s) => s.title);
    assert.deepEqual(titles, ['Aardvark census', 'Activists vow more balloon launches despite court fight', 'Balloons of Paju', 'Balloons over Seoul', 'Leaflets, balloons and the law']);
  });

  test('citations of a key across the drafts, at their places', async () => {
    const service = await workspace();
    const refs = await service.getCitations('news');
    const a = 'The court struck the ban down [@court, p. 1]. The group planned 200,000 leaflets [@news, para. 1; @court].';
    assert.deepEqual(refs.map((r) => `${r.uri.slice(-4)}:${r.range.start.line}:${r.range.start.character}`), [`a.md:0:${a.indexOf('@news')}`, 'b.md:0:3']);
    assert.deepEqual(await service.getCitations('report'), []);
  });
});

describe('dates as a reader writes them', () => {
  test('ISO dates and timestamps in words; anything else as the source gives it', () => {
    assert.equal(readerDate('2005-02-08'), '8 February 2005');
    assert.equal(readerDate('2024-06-05T08:30:00+09:00'), '5 June 2024');
    assert.equal(readerDate('2024-12-01T00:00:00Z'), '1 December 2024');
    assert.equal(readerDate('2005-02'), 'February 2005');
    assert.equal(readerDate('2005'), '2005');
    assert.equal(readerDate('Spring 2005'), 'Spring 2005');
    assert.equal(readerDate('2005-13-01'), '2005-13-01', 'no 13th month');
    assert.equal(readerDate('2005-02-08 and later'), '2005-02-08 and later');
  });
});
