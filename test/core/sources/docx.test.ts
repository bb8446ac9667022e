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
  it('counts paragraphs as a reader does: title, byline and date open para. 1, a heading opens the paragraph under it, a bullet list is one paragraph, a table one of rows; reads core properties', async () => {
    const out = await readSourceFile(file('report.docx', docx));
    assert.ok('source' in out, JSON.stringify(out));
    const s = out.source;
    assert.equal(s.title, 'Leaflet launches and the law');
    assert.equal(s.metadata.author, 'Korea Civic Monitor');
    const paras = s.paragraphs.map((p) => s.text.slice(p.start, p.end));
    assert.deepEqual(paras, [
      'Leaflet launches and the law\n\nKorea Civic Monitor\n\n2024-07-01\n\nBackground\n\nActivists in South Korea have floated balloons carrying leaflets across the border for two decades.',
      'In June 2024, the group planned to send 200,000 leaflets and 5,000 USB drives northward.',
      'Responses\n\n- North Korea answered with balloons carrying trash.\n- Seoul resumed loudspeaker broadcasts along the border.',
      '| Year | Launches |\n| --- | --- |\n| 2023 | 14 |\n| 2024 | 31 |',
      'The Constitutional Court struck down the ban on launches in September 2023.',
    ]);
    // Each bullet is a sentence of its own.
    assert.deepEqual(s.paragraphs[2].sentences.map((x) => s.text.slice(x.start, x.end)), ['Responses', 'North Korea answered with balloons carrying trash.', 'Seoul resumed loudspeaker broadcasts along the border.']);
  });

  it("takes the title from the document's first line when core properties have none", async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(docx);
    zip.remove('docProps/core.xml');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const out = await readSourceFile(file('civic-monitor-report.docx', bytes));
    assert.ok('source' in out);
    assert.equal(out.source.metadata.author, undefined);
    assert.equal(out.source.title, 'Leaflet launches and the law');
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
