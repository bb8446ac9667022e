/**
 * The reader view and the sources view over the protocol (dist/server.js over stdio): a client that
 * says it shows sources' text gets definitions, hover links and related passages in `sourced-source:`
 * documents, whose text `sourced/sourceText` serves, for a PDF, a Word file and a saved web page; the
 * sources list and a key's citations; and a notification when the sources change.
 */
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { LineIndex } from '../../server/src/core';
import type { SourceList } from '../../server/src/lsp/protocol';
import { makePdf } from '../fixtures/makePdf';
import { ensureBuilt, hashTree, startClient, uriOf, type Client } from './harness';

const FORMATS = path.join(__dirname, '..', 'fixtures', 'formats');

type Range = { start: { line: number; character: number }; end: { line: number; character: number } };

function positionOf(text: string, needle: string, delta = 3): { line: number; character: number } {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `“${needle}” is not in the text`);
  return new LineIndex(text).positionAt(i + delta);
}

function textOf(text: string, range: Range): string {
  const lines = new LineIndex(text);
  return text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}

describe('sources’ text and the sources list over the protocol', () => {
  let dir: string;
  let client: Client;
  let draftUri: string;
  let before_: Record<string, string>;
  const draft = [
    'The Constitutional Court struck down the ban on launches in September 2023 [@court-ruling, p. 1].',
    '',
    'North Korea answered with balloons carrying trash [@report, para. 3].',
    '',
    'Park Sang-hak fled the North in 1998 [@news, para. 2]. Police said they would not block the launch [@news].',
    '',
    'The Constitutional Court ruled by seven votes to two that the ban restricted freedom of expression.',
    '',
  ].join('\n');

  before(async () => {
    ensureBuilt();
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sourced-views-'));
    await fs.mkdir(path.join(dir, 'sources'));
    await fs.copyFile(path.join(FORMATS, 'weasyprint-article.pdf'), path.join(dir, 'sources', 'court-ruling.pdf'));
    await fs.copyFile(path.join(FORMATS, 'report.docx'), path.join(dir, 'sources', 'report.docx'));
    await fs.copyFile(path.join(FORMATS, 'saved-news-page.html'), path.join(dir, 'sources', 'news.html'));
    await fs.writeFile(path.join(dir, 'sources', 'scan.pdf'), makePdf({ scanned: true, pages: [[]] }));
    await fs.writeFile(path.join(dir, 'draft.md'), draft);
    before_ = await hashTree(path.join(dir, 'sources'));
    draftUri = uriOf(path.join(dir, 'draft.md'));
    client = await startClient(dir, {
      capabilities: {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
        window: { workDoneProgress: true },
        textDocument: { publishDiagnostics: { relatedInformation: true } },
        experimental: { sourcedSourceText: true },
      },
      watch: true,
    });
    client.open(draftUri, draft);
  });

  after(async () => {
    await client?.stop();
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  const definition = (needle: string) => client.conn.sendRequest<{ uri: string; range: Range }>('textDocument/definition', { textDocument: { uri: draftUri }, position: positionOf(draft, needle) });
  const sourceText = (uri: string) => client.conn.sendRequest<{ text: string; fileUri: string } | null>('sourced/sourceText', { uri });

  for (const [needle, file, passage] of [
    ['@court-ruling, p. 1', 'court-ruling.pdf', /^The Constitutional Court struck down the ban on launches in September 2023, ruling by seven votes to two/],
    ['@report, para. 3', 'report.docx', /North Korea answered with balloons carrying trash\./],
    ['@news, para. 2', 'news.html', /^Park Sang-hak, who fled the North in 1998, told reporters/],
  ] as const) {
    test(`definition on ${needle} opens the text of ${file} at the passage`, async () => {
      const loc = await definition(needle);
      assert.equal(loc.uri, `sourced-source:${uriOf(path.join(dir, 'sources', file)).slice('file://'.length)}`);
      const shown = await sourceText(loc.uri);
      assert.ok(shown, 'the server serves the text');
      assert.equal(shown.fileUri, uriOf(path.join(dir, 'sources', file)));
      assert.match(textOf(shown.text, loc.range), passage);
      // The line holds the paragraph after its number.
      assert.match(shown.text.split('\n')[loc.range.start.line], /^\[para\. \d+\] /);
    });
  }

  test('a PDF’s text has its page markers; a bare citation selects the sentences that back it', async () => {
    const pdf = await sourceText(`sourced-source:${uriOf(path.join(dir, 'sources', 'court-ruling.pdf')).slice('file://'.length)}`);
    assert.ok(pdf);
    assert.deepEqual(pdf.text.split('\n').filter((l) => l.startsWith('— page')), ['— page 1 —', '— page 2 —', '— page 3 —']);
    const loc = await definition('@news].');
    const shown = await sourceText(loc.uri);
    assert.equal(textOf(shown!.text, loc.range), 'Police said they would not block the launch but would monitor the weather, because strong winds can carry the balloons back south.');
  });

  test('the hover links to the passage in the source’s text; related passages point there too', async () => {
    const hover = await client.hover(draftUri, 2, draft.split('\n')[2].indexOf('@report') + 2);
    assert.ok(hover);
    const link = /\]\((sourced-source:[^)#]+)#L(\d+),(\d+)-L(\d+),(\d+)\)/.exec(hover.contents.value);
    assert.ok(link, hover.contents.value);
    const shown = await sourceText(link[1]);
    const [sl, sc, el, ec] = link.slice(2).map(Number);
    // (The locator names the paragraph: the heading "Responses" and its two bullets.)
    assert.match(textOf(shown!.text, { start: { line: sl - 1, character: sc - 1 }, end: { line: el - 1, character: ec - 1 } }), /North Korea answered with balloons carrying trash\./);
    const published = await client.diagnosticsFor(draftUri, (p) => p.diagnostics.some((d) => (d as { relatedInformation?: unknown[] }).relatedInformation?.length));
    const related = published.diagnostics.flatMap((d) => (d as { relatedInformation?: Array<{ location: { uri: string } }> }).relatedInformation ?? []);
    assert.ok(related.length > 0);
    for (const r of related) assert.match(r.location.uri, /^sourced-source:/);
  });

  test('an unknown or malformed URI gets null, not an error', async () => {
    assert.equal(await sourceText('sourced-source:/nowhere/x.pdf'), null);
    assert.equal(await client.conn.sendRequest('sourced/sourceText', { uri: 42 }), null);
    assert.equal(await client.conn.sendRequest('sourced/sourceText', null), null);
  });

  test('the sources list: kinds, sizes, citation counts, the scan that could not be read; filtered', async () => {
    const list = await client.conn.sendRequest<SourceList>('sourced/sources', {});
    assert.deepEqual(
      list.sources.map((s) => `${s.key} ${s.format} ${s.extent} cited ${s.citations}`),
      ['news Web page 4 paragraphs cited 2', 'report Word document 5 paragraphs cited 1', 'court-ruling PDF 10 paragraphs on 3 pages cited 1'],
    );
    assert.deepEqual(list.problems.map((p) => p.name), ['scan.pdf']);
    assert.match(list.problems[0].reason, /no text layer/);
    const filtered = await client.conn.sendRequest<SourceList>('sourced/sources', { filter: 'word' });
    assert.deepEqual(filtered.sources.map((s) => s.key), ['report']);
    const citations = await client.conn.sendRequest<Array<{ uri: string; range: Range }>>('sourced/citations', { key: 'news' });
    assert.deepEqual(citations.map((c) => `${c.uri === draftUri}:${c.range.start.line}:${textOf(draft, c.range)}`), ['true:4:@news', 'true:4:@news']);
  });

  test('a new source: the client is told the sources changed, and the list has it', async () => {
    const changed: unknown[] = [];
    client.conn.onNotification('sourced/sourcesChanged', (p: unknown) => void changed.push(p));
    const file = path.join(dir, 'sources', 'notes.txt');
    await fs.writeFile(file, 'Field notes\n\nThe launch site was moved to Ganghwa Island.\n');
    await client.filesChanged([{ path: file, type: 1 }]);
    await client.until('sourced/sourcesChanged', () => changed.length > 0, 5000);
    const list = await client.conn.sendRequest<SourceList>('sourced/sources', {});
    assert.ok(list.sources.some((s) => s.key === 'notes' && s.format === 'Text'));
    await fs.rm(file);
    await client.filesChanged([{ path: file, type: 3 }]);
  });

  test('no source file was written', async () => {
    assert.deepEqual(await hashTree(path.join(dir, 'sources')), before_);
  });
});

describe('a client that does not show sources’ text', () => {
  test('gets the files, as before', async () => {
    ensureBuilt();
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sourced-views-plain-'));
    await fs.mkdir(path.join(dir, 'sources'));
    await fs.copyFile(path.join(FORMATS, 'report.docx'), path.join(dir, 'sources', 'report.docx'));
    const text = 'North Korea answered with balloons carrying trash [@report, para. 3].\n';
    const uri = uriOf(path.join(dir, 'draft.md'));
    const client = await startClient(dir, { openFirst: [{ uri, text }] });
    try {
      const loc = await client.conn.sendRequest<{ uri: string }>('textDocument/definition', { textDocument: { uri }, position: positionOf(text, '@report') });
      assert.equal(loc.uri, uriOf(path.join(dir, 'sources', 'report.docx')));
    } finally {
      await client.stop();
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
