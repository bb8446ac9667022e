import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeService, TOWN_SOURCES } from '../util';

describe('explain', () => {
  test('a sentence: its parts, its verdict and the passages, best first', async () => {
    const service = await makeService(TOWN_SOURCES);
    const { claim, verdict, evidence } = service.explain('The crossing had been suspended since 2015 after the old pier collapsed.');
    assert.deepEqual(
      claim.quantities.map((q) => [q.raw, q.kind]),
      [['2015', 'year']],
    );
    assert.equal(verdict.status, 'contradicted');
    assert.equal(verdict.contradiction?.sourceText, '2019');
    assert.equal(evidence[0].source.key, 'ferry-news');
    assert.equal(evidence[0].paragraph.n, 3);
    for (let i = 1; i < evidence.length; i++) assert.ok(evidence[i - 1].score >= evidence[i].score);
  });

  test('text with no prose in it is explained as no claim, not an error', async () => {
    const service = await makeService(TOWN_SOURCES);
    for (const text of ['# The Harbor Wall', '```', '', '<!-- note -->']) {
      const { claim, verdict, evidence } = service.explain(text);
      assert.equal(verdict.status, 'not-a-claim', JSON.stringify(text));
      assert.deepEqual(claim.kinds, []);
      assert.deepEqual(evidence, []);
    }
  });

  test('a quotation the cited source does not have word for word is named', async () => {
    const service = await makeService(TOWN_SOURCES);
    const { misquotes } = service.explain('Solberg said the wall “would shield 1,200 homes from winter storms” [@harbor-report].');
    assert.deepEqual(
      misquotes.map((d) => [d.code, d.data.quote?.closest]),
      [['quote.not-verbatim', 'would protect 1,200 homes from winter storms']],
    );
    assert.deepEqual(service.explain('Solberg said the wall “would protect 1,200 homes from winter storms” [@harbor-report].').misquotes, []);
  });
});
