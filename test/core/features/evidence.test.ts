import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { SentenceEvidence } from '../../../server/src/core';
import { MAX_PASSAGES } from '../../../server/src/core/features/evidence';
import { applyEdits, cursor, doc, lines, makeService, TOWN_SOURCES } from '../util';

/** The evidence for the sentence at the `$$CURSOR$$` marker, checked against the town's sources. */
async function evidenceAt(textWithCursor: string): Promise<{ text: string; e: SentenceEvidence | undefined }> {
  const service = await makeService(TOWN_SOURCES);
  const c = cursor(textWithCursor);
  return { text: c.text, e: service.getEvidence(doc(c.text), c.position) };
}

const shared = (e: SentenceEvidence, i: number) => e.passages[i].quote.filter((q) => q.shared).map((q) => q.text);
const part = (e: SentenceEvidence, text: string) => e.parts.find((p) => p.text === text);

describe('evidence for the sentence under the cursor', () => {
  test('a supported, uncited sentence: its parts found, the passage with the shared words marked, and a Cite edit that inserts the citation', async () => {
    const { text, e } = await evidenceAt('# Notes\n\nMayor Ingrid Solberg said the wall would protect 1,200 homes$$CURSOR$$ from winter storms.\n');
    assert.ok(e);
    assert.equal(e.status, 'supported');
    assert.equal(e.label, 'Supported, but not cited');
    assert.equal(e.text, 'Mayor Ingrid Solberg said the wall would protect 1,200 homes from winter storms.');
    assert.deepEqual(part(e, 'Mayor Ingrid Solberg'), { text: 'Mayor Ingrid Solberg', kind: 'name', found: true });
    assert.deepEqual(part(e, '1,200'), { text: '1,200', kind: 'figure', found: true });
    assert.ok(e.parts.every((p) => p.found), JSON.stringify(e.parts));
    assert.match(e.why.join(' '), /holds 100 % of what the sentence says/);
    const best = e.passages[0];
    assert.equal(best.role, 'Supports this');
    assert.equal(`${best.key} ${best.where}`, 'harbor-report para. 2');
    assert.deepEqual(shared(e, 0), ['Mayor Ingrid Solberg said', 'wall', 'protect 1,200 homes', 'winter storms']);
    assert.equal(best.quote.map((q) => q.text).join(''), 'Mayor Ingrid Solberg said the wall would protect 1,200 homes from winter storms.');
    assert.ok(best.cite, 'the passage that backs the sentence by itself can be cited');
    assert.equal(best.cite.title, 'Cite @harbor-report, para. 2');
    assert.equal(applyEdits(text, [best.cite.edit]), '# Notes\n\nMayor Ingrid Solberg said the wall would protect 1,200 homes from winter storms [@harbor-report, para. 2].\n');
    // Only the passage safe to cite gets the button: the others share a word or two.
    assert.ok(e.passages.slice(1).every((p) => !p.cite), JSON.stringify(e.passages.map((p) => p.cite)));
    assert.ok(e.passages.length <= MAX_PASSAGES);
  });

  test('an invented claim: what no source has is named and marked missing, the closest passage shown, no Cite offered', async () => {
    const { e } = await evidenceAt('The council bought 300 electric buses$$CURSOR$$ from Sweden in 2021.');
    assert.ok(e);
    assert.equal(e.status, 'unsupported');
    assert.equal(e.label, 'No source supports this');
    assert.deepEqual(e.why, ['No source mentions “Sweden”.']);
    assert.deepEqual(part(e, 'Sweden'), { text: 'Sweden', kind: 'name', found: false });
    assert.equal(part(e, '2021')?.kind, 'date');
    assert.equal(part(e, '2021')?.found, false);
    assert.equal(part(e, '300')?.found, false);
    assert.equal(part(e, 'council')?.found, true);
    assert.ok(e.passages.length > 0);
    assert.equal(e.passages[0].role, 'Closest passage');
    assert.ok(e.passages.every((p) => !p.cite), 'no passage is offered as a citation for an unsupported claim');
  });

  test('a contradicted sentence: the source’s other figure, marked in its passage, and no Cite', async () => {
    const { e } = await evidenceAt('The crossing had been suspended since 2015 after the old pier$$CURSOR$$ collapsed.');
    assert.ok(e);
    assert.equal(e.status, 'contradicted');
    assert.equal(e.label, 'A source says otherwise');
    assert.deepEqual(e.contradiction, { draft: '2015', source: '2019' });
    assert.match(e.why[0], /the draft says 2015; @ferry-news, para\. 3 says 2019/);
    assert.equal(part(e, '2015')?.found, false);
    const p = e.passages[0];
    assert.equal(p.role, 'Says otherwise');
    assert.deepEqual(p.quote.filter((q) => q.conflict).map((q) => q.text), ['2019']);
    assert.ok(e.passages.every((x) => !x.cite), 'a contradicted sentence gets no citation');
  });

  test('a citation that does not back the sentence: Cite only for the other source that does, in its place', async () => {
    const { text, e } = await evidenceAt('Nordlys expects 85,000 passengers$$CURSOR$$ in the first year [@harbor-report].');
    assert.ok(e);
    assert.equal(e.status, 'citation-mismatch');
    assert.deepEqual(e.citations, ['@harbor-report']);
    assert.equal(part(e, 'Nordlys')?.found, false);
    const citable = e.passages.filter((p) => p.cite);
    assert.deepEqual(citable.map((p) => `${p.key} ${p.where}`), ['ferry-news para. 2']);
    assert.equal(applyEdits(text, [citable[0].cite!.edit]), 'Nordlys expects 85,000 passengers in the first year [@ferry-news, para. 2].');
    assert.ok(e.passages.filter((p) => p.key === 'harbor-report').every((p) => !p.cite && /cited sources/.test(p.role)));
  });

  test('a cited, supported sentence: its cited passage marked, nothing to cite again', async () => {
    const { e } = await evidenceAt('The council approved 4.2 million euros for the harbor wall on March 3 [@harbor-report, para. 1]$$CURSOR$$.');
    assert.ok(e);
    assert.equal(e.label, 'Supported');
    assert.equal(e.passages[0].where, 'para. 1');
    assert.equal(e.passages[0].cited, true);
    assert.deepEqual(part(e, 'March 3'), { text: 'March 3', kind: 'date', found: true });
    assert.ok(e.passages.every((p) => !p.cite));
  });

  test('an opinion and a question: not checked, said why, no parts or passages', async () => {
    const opinion = (await evidenceAt('The new wall is a triumph$$CURSOR$$ of civic will, I think.')).e;
    assert.equal(opinion?.status, 'not-a-claim');
    assert.match(opinion!.why[0], /opinion/);
    assert.deepEqual([opinion!.parts, opinion!.passages], [[], []]);
    const question = (await evidenceAt('Will the ferry run$$CURSOR$$ in winter?')).e;
    assert.equal(question?.label, 'Not checked: a question');
  });

  test('between sentences (a blank line, a heading) there is no sentence, and a cancelled request answers nothing', async () => {
    const { e } = await evidenceAt(lines('Mayor Ingrid Solberg said the wall would protect 1,200 homes.', '$$CURSOR$$', '# Heading'));
    assert.equal(e, undefined);
    const service = await makeService(TOWN_SOURCES);
    const c = cursor('Mayor Ingrid Solberg said the wall would protect 1,200 homes$$CURSOR$$.');
    assert.equal(service.getEvidence(doc(c.text), c.position, { isCancellationRequested: true }), undefined);
    assert.equal(service.getEvidence(doc(c.text), c.position)?.status, 'supported');
  });

  test('a sentence with a paragraph the source does not have says so', async () => {
    const { e } = await evidenceAt('The council approved 4.2 million euros$$CURSOR$$ for the harbor wall [@harbor-report, para. 40].');
    assert.equal(e?.label, 'Cites a paragraph or page the source does not have');
  });
});
