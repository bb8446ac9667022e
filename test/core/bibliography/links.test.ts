import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { createSourcedService, parseBibliography, type Bibliography } from '../../../server/src/core';
import { makePdf } from '../../fixtures/makePdf';
import { cursor, doc } from '../util';

const BIB_URI = 'file:///w/refs.bib';
const bibText = readFileSync(path.join(__dirname, '../../fixtures/bibliography/refs.bib'), 'utf8');
const PDF_URI = new URL('files/12/Roe and van der Berg - 2024 - Balloons across the Border.pdf', BIB_URI).href;
const pdf = makePdf({
  title: 'balloons_final_v3',
  pages: [['Activists have floated balloons carrying leaflets across the border for two decades.'], ['In June 2024, a defector group planned to send 5,000 USB drives northward by balloon.']],
});
const notes = { uri: 'file:///w/sources/notes.txt', name: 'notes.txt', bytes: new TextEncoder().encode('Field notes\n\nThe police said they would monitor the weather before any launch.') };

/** The host's part: resolve each entry's files against the bibliography's location. */
async function bibliography(): Promise<Bibliography> {
  const bib = await parseBibliography('refs.bib', bibText, BIB_URI);
  return { ...bib, entries: bib.entries.map((e) => ({ ...e, fileUris: e.files.map((f) => new URL(f, BIB_URI).href) })) };
}

async function setup(bibFirst: boolean) {
  const service = createSourcedService();
  if (bibFirst) service.setBibliography(await bibliography());
  await service.updateSource({ uri: PDF_URI, name: path.basename(decodeURIComponent(PDF_URI)), bytes: pdf });
  await service.updateSource(notes);
  if (!bibFirst) service.setBibliography(await bibliography());
  return service;
}

describe('bibliography entries and sources', () => {
  for (const bibFirst of [true, false]) {
    it(`a linked file takes the entry's key and metadata (bibliography ${bibFirst ? 'before' : 'after'} the sources)`, async () => {
      const service = await setup(bibFirst);
      const byKey = new Map(service.sources().map((s) => [s.key, s]));
      assert.deepEqual([...byKey.keys()].sort(), ['kinu2023', 'lee2024court', 'notes', 'roe2024balloons']);
      const roe = byKey.get('roe2024balloons')!;
      assert.equal(roe.uri, PDF_URI);
      assert.equal(roe.title, 'Balloons across the Border: Leaflets, USB Drives and the Law');
      assert.equal(roe.metadata.author, 'Jane Roe; Jan van der Berg');
      assert.equal(roe.metadata.date, '2024-06-03');
      assert.deepEqual(roe.pages, ['1', '2']);
      assert.deepEqual(roe.entry, { uri: BIB_URI, line: 2 });
      assert.equal(byKey.get('kinu2023')!.paragraphs.length, 0); // metadata only
    });
  }

  it('entries without a file complete, hover and are never unknown keys; claims citing them are not flagged', async () => {
    const service = await setup(true);
    const text = 'The police will monitor the weather, a 2023 white paper said [@kinu2023]. Launches rose to 31 in 2024 [@lee2024court].';
    const codes = (await service.getDiagnostics(doc(text))).map((d) => d.code);
    assert.deepEqual(codes, []);
    const c = cursor('Human rights in the North [@kin$$CURSOR$$]');
    const items = service.getCompletions(doc(c.text), c.position);
    assert.equal(items[0]?.label, '@kinu2023');
    const h = cursor('Human rights in the North [@kinu$$CURSOR$$2023].');
    const hover = service.getHover(doc(h.text), h.position)!;
    assert.match(hover.contents, /\*\*White Paper on Human Rights in North Korea\*\*/);
    assert.match(hover.contents, /Korea Institute for National Unification · December 2023 · <https:\/\/example.org\/kinu-2023>/);
    assert.match(hover.contents, /From the bibliography only/);
    assert.deepEqual(service.getDefinition(doc(h.text), h.position), { uri: BIB_URI, range: { start: { line: 20, character: 0 }, end: { line: 20, character: 0 } } });
  });

  it('the bibliography key works with page locators into the linked PDF', async () => {
    const service = await setup(false);
    const text = 'A defector group planned to send 5,000 USB drives northward in June 2024 [@roe2024balloons, p. 2]. The same group planned to send 5,000 USB drives [@roe2024balloons, p. 5].';
    const diagnostics = (await service.getDiagnostics(doc(text))).filter((d) => d.code.startsWith('citation.'));
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.message]),
      [['citation.bad-locator', '@roe2024balloons has 2 pages; there is no p. 5.']],
    );
  });

  it('reports the malformed entry on the bibliography file, at its line, and nothing else', async () => {
    const service = await setup(true);
    const diags = service.getSourceDiagnostics();
    assert.deepEqual(
      diags.map((d) => [d.uri, d.diagnostics.map((x) => [x.code, x.range.start.line])]),
      [[BIB_URI, [['bibliography.bad-entry', 14]]]],
    );
  });

  it('a bibliography inside a sources folder is not reported as an unreadable source', async () => {
    const service = await setup(true);
    await service.updateSource({ uri: BIB_URI, name: 'refs.bib', bytes: new TextEncoder().encode(bibText) });
    assert.deepEqual(service.problems(), []);
    assert.deepEqual(
      service.getSourceDiagnostics().flatMap((d) => d.diagnostics.map((x) => x.code)),
      ['bibliography.bad-entry'],
    );
  });

  it('a source that leaves the bibliography gets its own key back; its entry goes too', async () => {
    const service = await setup(false);
    service.setBibliography({ entries: [], problems: [] });
    assert.deepEqual(
      service
        .sources()
        .map((s) => s.key)
        .sort(),
      ['notes', 'roe-and-van-der-berg-2024-balloons-across-the-border'],
    );
    assert.equal(service.sources().find((s) => s.uri === PDF_URI)?.entry, undefined);
  });

  it('removing a linked file leaves its entry as metadata only', async () => {
    const service = await setup(false);
    service.removeSource(PDF_URI);
    const roe = service.sources().find((s) => s.key === 'roe2024balloons');
    assert.ok(roe);
    assert.equal(roe.paragraphs.length, 0);
    service.removeSource(roe.uri); // a host pruning what is not on disk cannot remove an entry
    assert.ok(service.sources().some((s) => s.key === 'roe2024balloons'));
  });

  it('writes CSL-JSON: entries as the bibliography has them, other sources from their metadata', async () => {
    const service = await setup(false);
    const items = service.cslItems();
    assert.deepEqual(
      items.map((i) => i.id),
      ['kinu2023', 'lee2024court', 'notes', 'roe2024balloons'],
    );
    assert.equal(items.find((i) => i.id === 'roe2024balloons')?.['container-title'], 'Korea Review');
    assert.deepEqual(items.find((i) => i.id === 'notes'), { id: 'notes', type: 'document', title: 'Field notes' });
  });
});
