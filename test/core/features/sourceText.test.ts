import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { fileUriOfSourceText, layoutOf, passageRange, renderSourceText, sourceTextUri } from '../../../server/src/core/features/sourceText';
import { readSourceFile } from '../../../server/src/core/sources/readSource';
import type { Source } from '../../../server/src/core/sources/model';
import { cursor, doc, makeService, sourceUri, textOf } from '../util';

const FORMATS = path.resolve(__dirname, '..', '..', 'fixtures', 'formats');

async function read(name: string, bytes: Uint8Array = readFileSync(path.join(FORMATS, name))): Promise<Source> {
  const out = await readSourceFile({ uri: sourceUri(name), name, bytes });
  assert.ok('source' in out, JSON.stringify(out));
  return out.source;
}

const lineOf = (text: string, n: number) => text.split('\n')[n];

/** Every paragraph's range in the rendered text holds exactly its text, after its `[para. N]` marker; the layout says the same lines. */
function checkEveryParagraph(source: Source, text: string): void {
  const layout = layoutOf(source);
  for (const p of source.paragraphs) {
    const range = passageRange(layout, p);
    assert.equal(range.start.line, range.end.line, 'a paragraph is one line');
    const own = source.text.slice(p.start, p.end).replace(/[\r\n]/g, ' ');
    assert.equal(textOf(text, range), own, `para. ${p.n}`);
    assert.equal(lineOf(text, range.start.line), `[para. ${p.n}] ${own}`);
  }
}

describe('a source’s text with paragraph numbers', () => {
  test('PDF: a header, page markers where pages begin, and each paragraph at the range the layout gives', async () => {
    const source = await read('weasyprint-article.pdf');
    const text = renderSourceText(source);
    const lines = text.split('\n');
    assert.equal(lines[0], 'Leaflets, balloons and the law');
    assert.equal(lines[1], 'Korea Civic Monitor');
    assert.equal(lines[2], 'PDF · weasyprint-article.pdf · 10 paragraphs on 3 pages · cite as [@weasyprint-article, para. N]');
    checkEveryParagraph(source, text);
    // One marker per page, each right above (one empty line between) the first paragraph that starts on it.
    assert.deepEqual(lines.filter((l) => l.startsWith('— page')), ['— page 1 —', '— page 2 —', '— page 3 —']);
    const layout = layoutOf(source);
    for (const page of [1, 2, 3]) {
      const first = source.paragraphs.find((p) => p.page === page)!;
      assert.equal(lines[layout.lines[first.n - 1] - 2], `— page ${page} —`, `page ${page} begins above para. ${first.n}`);
    }
    assert.ok(text.includes('[para. 5] The Constitutional Court struck down the ban on launches in September 2023'));
  });

  test('Word: numbered paragraphs (a table one of them), no page markers', async () => {
    const source = await read('report.docx');
    const text = renderSourceText(source);
    assert.ok(text.startsWith('Leaflet launches and the law\nKorea Civic Monitor · 1 July 2024\nWord document · report.docx · 5 paragraphs · cite as [@report, para. N]\n'), text.slice(0, 200));
    assert.ok(!text.includes('— page'));
    checkEveryParagraph(source, text);
  });

  test('a saved web page: the article only, its date as a reader writes it', async () => {
    const source = await read('saved-news-page.html');
    const text = renderSourceText(source);
    assert.equal(lineOf(text, 1), 'Min-ji Lee · 5 June 2024 · https://news.example.org/2024/06/05/balloons');
    assert.equal(lineOf(text, 2), 'Web page · saved-news-page.html · 4 paragraphs · cite as [@saved-news-page, para. N]');
    assert.ok(!/<\w/.test(text), 'no markup');
    checkEveryParagraph(source, text);
  });

  test('plain text: a hard-wrapped paragraph (Windows line ends) is one line, its offsets kept', async () => {
    const body = 'Harbor Report\r\n\r\nThe council approved the harbor wall in March 2024 after a\r\nlong debate about its cost, which rose to 4.2 million euros\r\nbecause of the storms of the previous winter.\r\n\r\nConstruction begins in 2026.\r\n';
    const source = await read('harbor.txt', new TextEncoder().encode(body));
    const text = renderSourceText(source);
    checkEveryParagraph(source, text);
    assert.ok(!text.includes('\r'));
    // A span inside a paragraph (a sentence, as hover and definition select it) maps to the same words;
    // the title opens the first paragraph.
    const p = source.paragraphs[0];
    const start = source.text.indexOf('long debate');
    const span = { start, end: source.text.indexOf('euros') + 'euros'.length };
    assert.equal(textOf(text, passageRange(layoutOf(source), p, span)), 'long debate about its cost, which rose to 4.2 million euros');
  });

  test('the URI of a source’s text and back', () => {
    assert.equal(sourceTextUri('file:///home/me/sources/Court%20ruling.pdf'), 'sourced-source:/home/me/sources/Court%20ruling.pdf');
    assert.equal(fileUriOfSourceText('sourced-source:/home/me/sources/Court%20ruling.pdf'), 'file:///home/me/sources/Court%20ruling.pdf');
    assert.equal(fileUriOfSourceText('sourced-source:///home/me/a.pdf#L3,1-L3,9'), 'file:///home/me/a.pdf', 'an empty authority and a fragment');
    assert.equal(fileUriOfSourceText(sourceTextUri('file://server/share/a.docx')!), 'file://server/share/a.docx', 'a UNC path');
    assert.equal(sourceTextUri('untitled:Untitled-1'), undefined);
    assert.equal(fileUriOfSourceText('file:///a.pdf'), undefined);
    assert.equal(fileUriOfSourceText('sourced-source:relative'), undefined);
  });
});

describe('links to the source’s text (the sourceLinks option)', () => {
  const sources = async () => {
    const pdf = readFileSync(path.join(FORMATS, 'weasyprint-article.pdf'));
    return makeService([{ name: 'court, ruling.pdf', bytes: pdf }, { name: 'harbor.txt', text: 'Harbor Report\n\nThe council approved the harbor wall in March 2024.\n\nConstruction of the harbor wall begins in 2026, the mayor said.\n' }], { sourceLinks: 'text' });
  };

  test('go to definition opens the source’s text with the passage selected', async () => {
    const service = await sources();
    const { text, position } = cursor('The court struck down the ban in September 2023 [@court-ruling$$CURSOR$$, p. 1].');
    const loc = service.getDefinition(doc(text), position)!;
    assert.equal(loc.uri, 'sourced-source:/workspace/sources/court%2C%20ruling.pdf');
    const shown = service.getSourceText(loc.uri)!;
    assert.match(textOf(shown.text, loc.range), /^The Constitutional Court struck down the ban on launches in September 2023/);
    const located = cursor('The harbor wall was approved [@harbor$$CURSOR$$, para. 1].');
    const l2 = service.getDefinition(doc(located.text), located.position)!;
    // para. 1 is the first paragraph of the text, with the title that opens it.
    assert.equal(textOf(service.getSourceText(l2.uri)!.text, l2.range), 'Harbor Report  The council approved the harbor wall in March 2024.');
  });

  test('the hover links to the passage in the source’s text', async () => {
    const service = await sources();
    const { text, position } = cursor('The harbor wall was approved in March 2024 [@harbor$$CURSOR$$, para. 1].');
    const h = service.getHover(doc(text), position)!;
    // Line 5 (1-based) holds para. 1, the title opening it, after the 4 header lines; "[para. 1] " is 10 characters.
    const end = 11 + 'Harbor Report  The council approved the harbor wall in March 2024.'.length;
    assert.ok(h.contents.includes(`[Open harbor.txt at para. 1](sourced-source:/workspace/sources/harbor.txt#L5,11-L5,${end})`), h.contents);
  });

  test('a finding’s related passage is in the source’s text', async () => {
    const service = await sources();
    const d = (await service.getDiagnostics(doc('Construction of the harbor wall begins in 2026, the mayor said.'))).find((x) => x.code === 'claim.uncited');
    assert.ok(d, 'claim.uncited');
    const r = d.related[0].location;
    assert.ok(r.uri.startsWith('sourced-source:'), r.uri);
    assert.equal(textOf(service.getSourceText(r.uri)!.text, r.range), 'Construction of the harbor wall begins in 2026, the mayor said.');
  });

  test('a URI spelled otherwise by the editor (a comma percent-encoded or not) finds the source; an unknown one finds nothing', async () => {
    const service = await sources();
    assert.ok(service.getSourceText('sourced-source:/workspace/sources/court,%20ruling.pdf'));
    assert.equal(service.getSourceText('sourced-source:/workspace/sources/none.pdf'), undefined);
    assert.equal(service.getSourceText('file:///workspace/sources/harbor.txt'), undefined);
    // A Windows path as Node writes it and as VS Code sends it back.
    const windows = await makeService([]);
    await windows.updateSource({ uri: 'file:///C:/Users/me/sources/Harbor%20report.txt', name: 'Harbor report.txt', bytes: new TextEncoder().encode('The council approved the wall.') });
    assert.ok(windows.getSourceText('sourced-source:/c%3A/Users/me/sources/Harbor%20report.txt'));
  });

  test('without the option, links go to the files as before', async () => {
    const service = await makeService([{ name: 'harbor.txt', text: 'Harbor Report\n\nThe council approved the harbor wall in March 2024.\n' }]);
    const { text, position } = cursor('Approved [@harbor$$CURSOR$$, para. 2].');
    assert.equal(service.getDefinition(doc(text), position)!.uri, sourceUri('harbor.txt'));
  });
});
