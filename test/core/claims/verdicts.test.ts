/**
 * Claim verdicts on the example workspace: every figure, date, name or polarity that differs from the
 * passage that states the fact is a contradiction; the same fact in other words is supported.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import type { SourcedService } from '../../../server/src/core';
import { doc, makeService, type MemorySource } from '../util';

const EXAMPLE = path.join(__dirname, '..', '..', '..', 'examples', 'balloons');

async function exampleService(): Promise<SourcedService> {
  const dir = path.join(EXAMPLE, 'sources');
  const sources: MemorySource[] = readdirSync(dir).map((name) => ({ name, text: readFileSync(path.join(dir, name), 'utf8') }));
  return makeService(sources);
}

let shared: Promise<SourcedService> | undefined;
const service = () => (shared ??= exampleService());

async function verdict(sentence: string) {
  const report = await (await service()).check(doc(sentence + '\n'));
  assert.equal(report.verdicts.length, 1, `one sentence expected in: ${sentence}`);
  return report.verdicts[0];
}

describe('claim verdicts on the example workspace', () => {
  test('the example draft keeps its verdicts, line by line', async () => {
    const text = readFileSync(path.join(EXAMPLE, 'draft.md'), 'utf8');
    const report = await (await service()).check(doc(text));
    const byLine = report.diagnostics.map((d) => `${d.range.start.line + 1} ${d.code}`);
    assert.deepEqual(byLine, [
      '12 claim.uncited',
      '13 claim.contradicted',
      '15 claim.contradicted',
      '16 claim.contradicted',
      '21 citation.bad-locator',
      '22 claim.citation-mismatch',
      '23 claim.unsupported',
      '24 citation.unknown-key',
    ]);
    const first = report.sentences.filter((s) => s.range.start.line >= 7 && s.range.start.line <= 9);
    assert.deepEqual(first.map((s) => s.status), ['supported', 'supported']);
  });

  test('a paraphrase of the passage is supported ("fled" for "defected from")', async () => {
    const v = await verdict('Park Sang-hak fled North Korea in 1998 [@defectors-leaflets-usb].');
    assert.equal(v.status, 'supported');
    assert.ok(v.score >= 0.5, `score ${v.score}`);
  });

  test('a figure written in words is the same figure', async () => {
    const v = await verdict('The civic group Fighters for a Free North Korea planned to send two hundred thousand leaflets [@defectors-leaflets-usb].');
    assert.equal(v.status, 'supported');
  });

  test('a different count is contradicted, naming both figures', async () => {
    const v = await verdict('The civic group Fighters for a Free North Korea planned to send 300,000 leaflets and 5,000 USB drives [@defectors-leaflets-usb].');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.kind, 'number');
    assert.equal(v.contradiction?.claimText, '300,000');
    assert.equal(v.contradiction?.sourceText, '200,000');
  });

  test('a different year is contradicted', async () => {
    const v = await verdict('Park Sang-hak, the leader of the group, defected from North Korea in 2001 [@defectors-leaflets-usb].');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.kind, 'date');
    assert.equal(v.contradiction?.sourceText, '1998');
  });

  test('a different calendar date is contradicted', async () => {
    const v = await verdict('Park said the group will send the leaflets and USB drives on June 9, South Korean Memorial Day [@defectors-leaflets-usb].');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.sourceText, 'June 6');
  });

  test('a different name is contradicted', async () => {
    const v = await verdict('The release of balloons to North Korea was banned by the Yoon Suk-yeol administration after it took office in 2017 [@defectors-leaflets-usb].');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.kind, 'name');
    assert.match(v.contradiction?.sourceText ?? '', /Moon Jae-in/);
  });

  test('the opposite word is contradicted, though word vectors put the two side by side', async () => {
    const v = await verdict('The release of balloons to North Korea was allowed by the Moon Jae-in administration after it took office in 2017 [@defectors-leaflets-usb].');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.kind, 'negation');
    assert.equal(v.contradiction?.claimText, '“allowed”');
    assert.equal(v.contradiction?.sourceText, '“banned”');
  });

  test('"not allowed" where the source says "banned" is no contradiction', async () => {
    const v = await verdict('The release of balloons to North Korea was not allowed by the Moon Jae-in administration after it took office in 2017 [@defectors-leaflets-usb].');
    assert.notEqual(v.contradiction?.kind, 'negation');
  });

  test('a name that shares only a title with the source’s is someone else', async () => {
    const v = await verdict('Left-leaning President Yoon Suk Yeol, who took office in June, seeks to improve relations with the North [@inter-korean-impasse].');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.kind, 'name');
    assert.match(v.contradiction?.sourceText ?? '', /Lee Jae Myung/);
  });

  test('the opposite polarity is contradicted', async () => {
    const v = await verdict('Damage, injuries and loss of lives were reported from both sides following the incident [@defectors-leaflets-usb].');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.kind, 'negation');
  });

  test('a claim the cited source does not state is a citation mismatch, and the verdict says what it lacks', async () => {
    const v = await verdict('Park Sang-hak was arrested in Tokyo for smuggling weapons to Japan [@defectors-leaflets-usb].');
    assert.equal(v.status, 'citation-mismatch');
    const missing = v.cited?.unsupported ?? [];
    for (const word of ['Tokyo', 'Japan', 'smuggling']) assert.ok(missing.includes(word), `missing: ${missing.join(', ')}`);
    assert.ok(!missing.includes('Park'), `missing: ${missing.join(', ')}`);
  });

  test('a paragraph range or list is read whole', async () => {
    for (const locator of ['paras. 3-4', 'paras. 3, 4']) {
      const v = await verdict(`Park Sang-hak defected from North Korea in 1998 [@defectors-leaflets-usb, ${locator}].`);
      assert.equal(v.status, 'supported', locator);
      assert.equal(v.betterLocator, undefined, locator);
    }
    const elsewhere = await verdict('Park Sang-hak defected from North Korea in 1998 [@defectors-leaflets-usb, paras. 1-2].');
    assert.equal(elsewhere.status, 'wrong-locator');
    assert.equal(elsewhere.betterLocator?.paragraph.n, 4);
  });

  test('verdicts carry the score and the features that decided it', async () => {
    const v = await verdict('Park Sang-hak fled North Korea in 1998 [@defectors-leaflets-usb].');
    assert.ok(v.features && typeof v.features.cover === 'number');
    assert.ok(v.score > 0 && v.score <= 1);
  });
});

describe('figures are compared as quantities, however they are written', () => {
  const SOURCE = [
    'The company was valued at $9.6 billion after the deal.',
    'The city has 1.2 million residents, the census found.',
    'Organisers printed two hundred thousand flyers for the march.',
    'The museum received 4,500 visitors on its opening day in March 2019.',
  ].join('\n\n');
  let svc: Promise<SourcedService> | undefined;
  const judge = async (sentence: string) => {
    svc ??= makeService([{ name: 'figures.txt', text: SOURCE }]);
    const report = await (await svc).check(doc(`${sentence} [@figures].\n`));
    return report.verdicts[0];
  };
  const cases: Array<[string, string, string?]> = [
    ['The company was valued at $9.6 billion after the deal', 'supported'],
    ['The company was valued at 9.6 billion dollars after the deal', 'supported'],
    ['The company was valued at $6.9 billion after the deal', 'contradicted', '$9.6 billion'],
    ['The city has 1,200,000 residents, the census found', 'supported'],
    ['The city has 12 million residents, the census found', 'contradicted', '1.2 million'],
    ['Organisers printed 200,000 flyers for the march', 'supported'],
    ['Organisers printed 20,000 flyers for the march', 'contradicted', 'two hundred thousand'],
    ['The museum received about 4,400 visitors on its opening day', 'supported'],
    ['The museum received 4,500 visitors on its opening day in March 2018', 'contradicted', '2019'],
  ];
  for (const [sentence, status, sourceText] of cases) {
    test(`${status}: ${sentence}`, async () => {
      const v = await judge(sentence);
      assert.equal(v.status, status);
      if (sourceText) assert.equal(v.contradiction?.sourceText, sourceText);
    });
  }
});
