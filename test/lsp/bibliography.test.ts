/**
 * PDFs, Word files and a bibliography through the built language server (dist/server.js over stdio):
 * the bundled PDF and DOCX readers, the sourced.bibliography setting, a Zotero file link outside the
 * sources folder, page locators, and the malformed entry reported on the bibliography file.
 */
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { makePdf } from '../fixtures/makePdf';
import { ensureBuilt, startClient, uriOf, type Client } from './harness';

const FIXTURES = path.join(__dirname, '..', 'fixtures');

function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `“${needle}” is not in the text`);
  const before = text.slice(0, i + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('PDF, DOCX and a bibliography over the protocol', () => {
  let dir: string;
  let client: Client;
  const draft = [
    '# Notes',
    '',
    'In June 2024, a defector group planned to send 5,000 USB drives northward [@roe2024balloons, p. 2].',
    'The group also planned a launch in winter [@roe2024balloons, p. 9].',
    'Human rights in the North remain dire, a white paper said [@kinu2023].',
    'The Constitutional Court struck down the ban on launches in September 2023 [@report].',
    '',
  ].join('\n');

  before(async () => {
    ensureBuilt();
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sourced-formats-'));
    const storage = path.join(dir, 'zotero', 'files', '12');
    await fs.mkdir(storage, { recursive: true });
    await fs.mkdir(path.join(dir, 'sources'));
    await fs.writeFile(
      path.join(storage, 'Roe and van der Berg - 2024 - Balloons across the Border.pdf'),
      makePdf({ pages: [['Activists have floated balloons carrying leaflets across the border for two decades.'], ['In June 2024, a defector group planned to send 5,000 USB drives northward by balloon.']] }),
    );
    await fs.copyFile(path.join(FIXTURES, 'bibliography', 'refs.bib'), path.join(dir, 'zotero', 'refs.bib'));
    await fs.copyFile(path.join(FIXTURES, 'formats', 'report.docx'), path.join(dir, 'sources', 'report.docx'));
    await fs.writeFile(path.join(dir, 'sources', 'scan.pdf'), makePdf({ scanned: true, pages: [[]] }));
    client = await startClient(dir, { settings: { bibliography: ['zotero/refs.bib'] } });
    await client.until('the bibliography', () => client.logs.find((l) => l.startsWith('Bibliography:')));
  });

  after(async () => {
    await client?.stop();
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  test('reads the bibliography, indexes the linked PDF outside the sources folder, reports the broken entry at its line', async () => {
    assert.ok(client.logs.includes('Bibliography: 3 entries from 1 file, 2 skipped; 1 linked file indexed.'), client.logs.join('\n'));
    const bib = await client.diagnosticsFor(uriOf(path.join(dir, 'zotero', 'refs.bib')));
    // The broken entry, and the entry whose file is outside the workspace (never read, whether it exists or not).
    assert.deepEqual(
      bib.diagnostics.map((d) => [d.code, d.range.start.line]).sort((a, b) => Number(a[1]) - Number(b[1])),
      [['bibliography.bad-entry', 14], ['bibliography.bad-entry', 30]],
    );
    assert.match(bib.diagnostics.find((d) => d.range.start.line === 30)!.message, /@lee2024court: its file .* is outside the workspace folders/);
    const scan = await client.diagnosticsFor(uriOf(path.join(dir, 'sources', 'scan.pdf')));
    assert.match(scan.diagnostics[0].message, /no text layer: cannot be checked/);
  });

  test('page locators and bibliography keys in a draft: a bad page is reported, no key is unknown', async () => {
    const uri = uriOf(path.join(dir, 'notes.md'));
    await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: draft } });
    const p = await client.diagnosticsFor(uri);
    const citationFindings = p.diagnostics.filter((d) => d.code?.startsWith('citation.'));
    assert.deepEqual(
      citationFindings.map((d) => [d.code, d.message]),
      [['citation.bad-locator', '@roe2024balloons has 2 pages; there is no p. 9.']],
    );
  });

  test('hover on a page citation quotes that page from the bundled PDF reader and links to the page', async () => {
    const uri = uriOf(path.join(dir, 'notes.md'));
    const hover = await client.conn.sendRequest<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: positionOf(draft, '@roe2024balloons, p. 2', 3) });
    assert.match(hover.contents.value, /\*\*Balloons across the Border: Leaflets, USB Drives and the Law\*\*/);
    assert.match(hover.contents.value, /Jane Roe; Jan van der Berg · 3 June 2024/);
    assert.match(hover.contents.value, /USB/);
    assert.match(hover.contents.value, /\.pdf#page=2\)/);
    const docx = await client.conn.sendRequest<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: positionOf(draft, '@report', 2) });
    assert.match(docx.contents.value, /\*\*Leaflet launches and the law\*\*/);
    assert.match(docx.contents.value, /\*\*Constitutional\*\* \*\*Court\*\*/);
    assert.match(docx.contents.value, /\]\(file:[^)]*\/sources\/report\.docx\)$/);
  });

  test('a bibliography rewritten on disk (Zotero auto-export) is read again', async () => {
    const bibPath = path.join(dir, 'zotero', 'refs.bib');
    await fs.appendFile(bibPath, '\n@book{cho2025,\n  title = {Balloons and Borders},\n  author = {Cho, Min},\n  year = {2025}\n}\n');
    await client.until('the new entry', () => client.logs.find((l) => l.startsWith('Bibliography: 4 entries')));
    const uri = uriOf(path.join(dir, 'notes.md'));
    const list = await client.conn.sendRequest<{ items: Array<{ label: string }> }>('textDocument/completion', { textDocument: { uri }, position: positionOf(draft, '@kinu2023', 1) });
    assert.ok(list.items.some((i) => i.label === '@cho2025'), list.items.map((i) => i.label).join(', '));
  });

  test('completion offers the metadata-only entry', async () => {
    const uri = uriOf(path.join(dir, 'notes.md'));
    const list = await client.conn.sendRequest<{ items: Array<{ label: string }> }>('textDocument/completion', { textDocument: { uri }, position: positionOf(draft, '@kinu2023', 4) });
    assert.ok(list.items.some((i) => i.label === '@kinu2023'), list.items.map((i) => i.label).join(', '));
  });
});
