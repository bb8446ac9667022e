import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { createSourcedService } from '../../../server/src/core';
import { readSourceFile } from '../../../server/src/core/sources/readSource';

// report.docx is report.md converted by pandoc (`pandoc report.md -o report.docx`).
const docx = new Uint8Array(readFileSync(path.join(__dirname, '../../fixtures/formats/report.docx')));
const file = (name: string, bytes: Uint8Array) => ({ uri: `file:///w/sources/${name}`, name, bytes });

describe('DOCX reader', () => {
  it('keeps the paragraphs, headings and list items, a table as one paragraph of rows, and reads core properties', async () => {
    const out = await readSourceFile(file('report.docx', docx));
    assert.ok('source' in out, JSON.stringify(out));
    const s = out.source;
    assert.equal(s.title, 'Leaflet launches and the law');
    assert.equal(s.metadata.author, 'Korea Civic Monitor');
    const paras = s.paragraphs.map((p) => s.text.slice(p.start, p.end));
    assert.ok(paras.includes('In June 2024, the group planned to send 200,000 leaflets and 5,000 USB drives northward.'), paras.join('\n'));
    assert.ok(paras.includes('Background'));
    assert.ok(paras.includes('Seoul resumed loudspeaker broadcasts along the border.'));
    // The table is one paragraph, a row a line with its header, as a Markdown table is read.
    assert.ok(paras.includes('| Year | Launches |\n| --- | --- |\n| 2023 | 14 |\n| 2024 | 31 |'), paras.join('\n'));
    assert.equal(paras.at(-1), 'The Constitutional Court struck down the ban on launches in September 2023.');
  });

  it('falls back to the file name for the title when core properties have none', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(docx);
    zip.remove('docProps/core.xml');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const out = await readSourceFile(file('civic-monitor-report.docx', bytes));
    assert.ok('source' in out);
    assert.equal(out.source.metadata.author, undefined);
    assert.equal(out.source.title, 'Civic monitor report');
  });

  it('reports a file that is not a Word document, and keeps the others', async () => {
    const service = createSourcedService();
    const bad = await service.updateSource(file('fake.docx', new TextEncoder().encode('PK not a zip at all')));
    await service.updateSource(file('report.docx', docx));
    assert.match(bad.problem!.reason, /not a readable Word document/);
    assert.deepEqual(
      service.sources().map((s) => s.key),
      ['report'],
    );
  });
});
