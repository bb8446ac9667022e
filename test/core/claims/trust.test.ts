/**
 * Verdicts a writer can act on without checking them twice: one test per class of failure seen when a
 * new user tried Sourced on claims it had never met (invented entities, figures credited by the wrong
 * number, opposites and swaps, false contradictions, checkable sentences skipped and opinions flagged,
 * fixes that cite what the sources do not say, wrong locators). The sources and sentences are made up
 * here, about a made-up town.
 */
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { SentenceVerdict, SourcedService } from '../../../server/src/core';
import { analyzeClaim, isOpinion } from '../../../server/src/core/claims/claim';
import { namesOf, quantitiesOf, readSentence } from '../../../server/src/core/claims/reading';
import { lemmaTerm } from '../../../server/src/core/claims/lexicon';
import { makePdf } from '../../fixtures/makePdf';
import { applyEdits, doc, lines, makeService, type MemorySource } from '../util';

const SOURCES: readonly MemorySource[] = [
  {
    name: 'harbour.txt',
    text: lines(
      'Dredging the harbour',
      '',
      'The port authority of Calder Bay approved a plan to dredge the harbour in March 2021.',
      '',
      'The works cost 3.2 million euros and took eleven weeks, but no ferry was cancelled.',
      '',
      'Mayor Ines Halvorsen said the dredging would let ferries dock at low tide.',
      '',
      'The harbour was last dredged in 2010 at a cost of 1.1 million euros, after years of complaints from ferry operators.',
      '',
      'The coast road was closed from March to June 2022 while the sea wall was rebuilt.',
    ),
  },
  {
    name: 'floods.txt',
    text: lines(
      'Floods in Calder Bay',
      '',
      'Heavy rain flooded 140 homes in Calder Bay on 12 October 2020.',
      '',
      'Three Germans camping by the river were rescued by the coastguard.',
      '',
      'The river rose by two metres in six hours, the weather service said.',
      '',
      'Erik Lund, 31, said the water reached the first floor of his house.',
    ),
  },
  {
    name: 'sport-and-court.txt',
    text: lines(
      'Town notes',
      '',
      'Calder FC won the regional cup final against Harwick on Saturday.',
      '',
      'The new ferry terminal opened in May 2019.',
      '',
      'Anders Lund was fined 4,000 euros for building without a permit; his neighbour Maria Solheim was fined 20,000 euros.',
    ),
  },
  {
    name: 'market.txt',
    text: lines(
      'Market notes',
      '',
      'The fish market of Calder Bay reopened on Nov. 14, 2018, after a year of repairs.',
      '',
      "The market's manager, Tove Berg, holds a Bachelor of Arts in economics from the University of Calder Bay.",
    ),
  },
];

let shared: Promise<SourcedService> | undefined;
const service = () => (shared ??= makeService(SOURCES));

/** A source about nothing in the sentences judged: a folder is never one file. */
const UNRELATED: MemorySource = { name: 'other.txt', text: lines('Notes', '', 'The car park reopened on Friday with a new barrier.') };

async function verdictOf(sentence: string): Promise<SentenceVerdict> {
  const report = await (await service()).check(doc(sentence + '\n'));
  assert.equal(report.verdicts.length, 1, `one sentence expected in: ${sentence}`);
  return report.verdicts[0];
}

/** A service of a test's own sources, and the verdict of one sentence checked against them. */
async function judgeAgainst(sources: readonly MemorySource[]): Promise<(sentence: string) => Promise<SentenceVerdict>> {
  const s = await makeService(sources);
  return async (sentence) => (await s.check(doc(sentence + '\n'))).verdicts[0];
}

/** Asserts that none of the sentences is offered a citation, naming the passage if one is. */
async function citesNone(judged: (sentence: string) => Promise<SentenceVerdict>, sentences: readonly string[]): Promise<void> {
  for (const sentence of sentences) {
    const v = await judged(sentence);
    assert.equal(v.suggestions.length, 0, `${sentence} → ${v.suggestions.map((e) => e.source.text.slice(e.span.start, e.span.end)).join()}`);
  }
}

/** Asserts that each sentence is offered one citation. */
async function citesOne(judged: (sentence: string) => Promise<SentenceVerdict>, sentences: readonly string[]): Promise<void> {
  for (const sentence of sentences) assert.equal((await judged(sentence)).suggestions.length, 1, sentence);
}

async function diagnosticsOf(text: string) {
  return (await service()).getDiagnostics(doc(text + '\n'));
}

describe('invented claims do not pass', () => {
  test('a thing no source mentions makes the claim unsupported, and the message names it', async () => {
    const v = await verdictOf('A regional court fined the activists for the launches.');
    assert.equal(v.status, 'unsupported');
    assert.deepEqual(v.missingEntities, ['a regional court']);
    const [d] = await diagnosticsOf('A regional court fined the activists for the launches.');
    assert.equal(d.code, 'claim.unsupported');
    assert.match(d.message, /No source mentions a regional court\./);
    assert.equal(d.data.suggestions, undefined);
  });

  test('a name no source mentions makes the claim unsupported, whatever else it shares', async () => {
    const v = await verdictOf('The port authority of Calder Bay approved a plan by Veldhuis Engineering to dredge the harbour in March 2021.');
    assert.equal(v.status, 'unsupported');
    assert.deepEqual(v.missingEntities, ['Veldhuis Engineering']);
    // Its confidence says so too: below half the threshold (something no source has weighs more than too
    // little in common), and above that of a claim the sources hold less of.
    assert.ok(v.score < 0.25, String(v.score));
    const court = await verdictOf('A regional court fined the activists for the launches.');
    assert.ok(court.score < v.score, `${court.score} < ${v.score}`);
  });

  test('an acronym is mentioned where a source writes out its words, and only then', async () => {
    assert.equal((await verdictOf('Tove Berg holds a BA in economics.')).status, 'supported');
    for (const other of ['BSc', 'MBA']) {
      const v = await verdictOf(`Tove Berg holds a ${other} in economics.`);
      assert.equal(v.status, 'unsupported', other);
      assert.deepEqual(v.missingEntities, [other]);
    }
  });

  test('a name that opens the sentence is a name too, when it is not a common word', async () => {
    const v = await verdictOf('Okonkwo approved a plan to dredge the harbour in March 2021.');
    assert.equal(v.status, 'unsupported');
    assert.deepEqual(v.missingEntities, ['Okonkwo']);
  });

  test('a clause about someone no source mentions is not carried by the rest of the sentence', async () => {
    const v = await verdictOf('Heavy rain flooded 140 homes in Calder Bay on 12 October 2020, according to a spokesman for Rijkswaterstaat.');
    assert.notEqual(v.status, 'supported');
  });

  test('a claim is judged on one coherent passage, not words gathered from unrelated ones', async () => {
    // Every word is in some source ("coastguard", "fined", "ferry operators"), none says this.
    const v = await verdictOf('The coastguard fined the ferry operators 20,000 euros.');
    assert.notEqual(v.status, 'supported');
  });
});

describe('figures are aligned to what they measure and to whom', () => {
  test('"more than 30 days" is not credited by a passage holding only someone\'s age, 31', async () => {
    const v = await verdictOf('Erik Lund was out of his house for more than 30 days.');
    assert.notEqual(v.status, 'supported');
    assert.ok(!v.suggestions.length);
  });

  test('a figure is compared with the one the source gives the same person', async () => {
    assert.equal((await verdictOf('Anders Lund was fined 4,000 euros for building without a permit.')).status, 'supported');
    const other = await verdictOf('Anders Lund was fined 9,000 euros for building without a permit.');
    assert.equal(other.status, 'contradicted');
    assert.equal(other.contradiction?.sourceText, '4,000');
    const neighbour = await verdictOf('Maria Solheim was fined 4,000 euros for building without a permit.');
    assert.equal(neighbour.status, 'contradicted');
    assert.equal(neighbour.contradiction?.sourceText, '20,000');
  });

  test('a figure is found for whom the source gives it, named or not, and in dollars however written', async () => {
    const judged = await judgeAgainst([
      {
        name: 'deal.txt',
        text: lines(
          'Deal',
          '',
          'The deal, brokered by mediator Rachel Amsel after three days of talks, gives dockworkers a 16 percent wage increase over four years.',
          '',
          'Dockworkers will vote on the deal on Friday.',
          '',
          'Economist Tom Halloran put the daily cost of the strike closer to $15 million.',
        ),
      },
    ]);
    // "dockworkers" stands nearer the figure than the mediator's name: the 16 percent is theirs.
    const raise = await judged('Dockworkers won a 16 percent wage increase over four years.');
    assert.equal(raise.status, 'supported', JSON.stringify(raise.features));
    assert.equal(raise.features?.figuresMissing, 0);
    const cost = await judged('Tom Halloran put the daily cost of the strike closer to fifteen million dollars.');
    assert.equal(cost.status, 'supported', JSON.stringify(cost.features));
    assert.equal(cost.features?.figuresMissing, 0);
  });

  test('numbers written in words are read whole: "four hundred and ten", "two thousand three hundred"', async () => {
    const shelter = await makeService([{ name: 'shelter.txt', text: lines('Shelter', '', 'On the first night, 410 people slept at the Red Cross shelter in Calder Bay, and 2,300 meals were served.') }]);
    const [v] = (await shelter.check(doc('On the first night, four hundred and ten people slept at the Red Cross shelter in Calder Bay, and two thousand three hundred meals were served.\n'))).verdicts;
    assert.equal(v.status, 'supported', JSON.stringify(v.contradiction));
    const [wrong] = (await shelter.check(doc('On the first night, four hundred and twenty people slept at the Red Cross shelter in Calder Bay.\n'))).verdicts;
    assert.equal(wrong.contradiction?.claimText, 'four hundred and twenty');
    assert.equal(wrong.contradiction?.sourceText, '410');
  });

  test('a figure of a change is compared with the same end of it: "shrank to 29" is the "to just 27" of "from 312 votes"', async () => {
    const count = await makeService([{ name: 'recount.txt', text: lines('Recount', '', "After the recount on Wednesday, Keane's lead over Okafor in Calder Bay shrank from 312 votes to just 27.") }]);
    const [v] = (await count.check(doc("After the recount, Keane's lead over Okafor in Calder Bay shrank to 29 votes.\n"))).verdicts;
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.sourceText, '27');
    assert.equal((await count.check(doc("After the recount, Keane's lead over Okafor in Calder Bay shrank to 27 votes.\n"))).verdicts[0].status, 'supported');
  });

  test('the first figure of a range is in the unit of the second: "between 18 and 25 million euros"', async () => {
    const judged = await judgeAgainst([
      { name: 'wall.txt', text: lines('Sea wall', '', 'Engineers estimate that the new sea wall of Calder Bay will cost between 18 million and 25 million euros.') },
    ]);
    const same = await judged('Engineers estimate that the new sea wall of Calder Bay will cost between 18 and 25 million euros.');
    assert.equal(same.status, 'supported', JSON.stringify(same.contradiction));
    const other = await judged('Engineers estimate that the new sea wall of Calder Bay will cost between 12 and 25 million euros.');
    assert.equal(other.status, 'contradicted');
    assert.equal(other.contradiction?.sourceText, '18 million');
  });

  test('a name contradiction offers the source’s name, never "the source’s figure"', async () => {
    const s = await service();
    const text = 'Mayor Ines Halvorsen said the dredging would let ferries dock at low tide.\n';
    const wrong = 'Mayor Ines Solberg said the dredging would let ferries dock at low tide.\n';
    assert.deepEqual((await s.getDiagnostics(doc(text))).map((d) => d.code), ['claim.uncited']);
    const [d] = await s.getDiagnostics(doc(wrong));
    assert.equal(d.code, 'claim.contradicted');
    const titles = (await s.getCodeActions(doc(wrong), d.range, [d], ['quickfix'])).map((a) => a.title);
    assert.ok(titles.every((t) => !/figure/.test(t)), titles.join(' | '));
  });
});

describe('opposites and swaps are contradictions that quote both sides', () => {
  const cases: Array<[string, string, string]> = [
    ['The port authority of Calder Bay rejected a plan to dredge the harbour in March 2021.', '“rejected”', '“approved”'],
    ['The river fell by two metres in six hours, the weather service said.', '“fell”', '“rose”'],
    ['Calder FC lost the regional cup final against Harwick on Saturday.', '“lost”', '“won”'],
    ['The new ferry terminal closed in May 2019.', '“closed”', '“opened”'],
  ];
  for (const [sentence, claimText, sourceText] of cases) {
    test(`${claimText} where the source says ${sourceText}`, async () => {
      const v = await verdictOf(sentence);
      assert.equal(v.status, 'contradicted');
      assert.equal(v.contradiction?.claimText, claimText);
      assert.equal(v.contradiction?.sourceText, sourceText);
    });
  }

  test('an opposite in the place of the claim’s word, though the word itself is elsewhere in the passage', async () => {
    const judged = await judgeAgainst([
      {
        name: 'markets.txt',
        text: lines('Markets', '', 'Interest rates rose three times this year. On Friday the krone fell slightly against the euro, while the Calder index was little changed.'),
      },
    ]);
    const v = await judged('On Friday the krone rose slightly against the euro, while the Calder index was little changed.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.claimText, '“rose”');
    assert.equal(v.contradiction?.sourceText, '“fell”');
    // Each sentence as the source says it stays supported: "fell" in the other clause is no opposite of "rose".
    assert.equal((await judged('Interest rates rose three times this year.')).status, 'supported');
    assert.equal((await judged('On Friday the krone fell slightly against the euro, while the Calder index was little changed.')).status, 'supported');
  });

  test('"failed to", "refused to" and "ruled out" say it did not happen', async () => {
    const v = await verdictOf('Calder FC failed to win the regional cup final against Harwick on Saturday.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.claimText, '“failed to”');
    const judged = await judgeAgainst([
      { name: 'pier.txt', text: lines('Pier', '', 'The harbour board agreed to sell the old pier to the town council.', '', 'The ferry company refused to pay the fine for the damaged quay.') },
    ]);
    const refused = await judged('The harbour board refused to sell the old pier to the town council.');
    assert.equal(refused.status, 'contradicted');
    assert.equal(refused.contradiction?.claimText, '“refused to”');
    assert.equal((await judged('The ferry company refused to pay the fine for the damaged quay.')).status, 'supported');
    assert.equal((await judged('The ferry company paid the fine for the damaged quay.')).status, 'contradicted');
    const minister = await makeService([{ name: 'law.txt', text: lines('Law', '', 'Minister Eva Brandt ruled out back-to-work legislation on Tuesday.') }]);
    const [announced] = (await minister.check(doc('Minister Eva Brandt announced back-to-work legislation on Tuesday.\n'))).verdicts;
    assert.equal(announced.status, 'contradicted');
    assert.equal(announced.contradiction?.sourceText, '“ruled out”');
  });

  test('a superlative under another rank: "busiest" where the source says "second-busiest"', async () => {
    const port = await makeService([
      { name: 'port.txt', text: lines('Port', '', "The port of Calder Bay handled 1.2 million containers last year, making it the country's second-busiest container port.") },
    ]);
    const text = 'The port of Calder Bay handled 1.2 million containers last year, which made it the busiest container port in the country.';
    const [v] = (await port.check(doc(text + '\n'))).verdicts;
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.kind, 'rank');
    assert.equal(v.contradiction?.claimText, 'busiest');
    assert.equal(v.contradiction?.sourceText, 'second-busiest');
    const ds = await port.getDiagnostics(doc(text + '\n'));
    assert.match(ds[0].message, /the draft says busiest; the source says second-busiest/);
    const actions = await port.getCodeActions(doc(text + '\n'), ds[0].range, ds, ['quickfix']);
    assert.deepEqual(actions.map((a) => a.title), ["Use the source's word: second-busiest"]);
    assert.match(applyEdits(text, actions[0].edits), /which made it the second-busiest container port/);
    // The other way round, and another rank, too; the same rank is supported.
    const judged = async (sentence: string) => (await port.check(doc(sentence + '\n'))).verdicts[0];
    assert.equal((await judged("The port of Calder Bay handled 1.2 million containers last year, making it the country's third-busiest container port.")).contradiction?.sourceText, 'second-busiest');
    assert.equal((await judged("The port of Calder Bay handled 1.2 million containers last year, making it the country's second-busiest container port.")).status, 'supported');
  });

  test('a quotation given to someone else than the source gives it to', async () => {
    const judged = await judgeAgainst([
      {
        name: 'strike.txt',
        text: lines(
          'Strike at the harbour',
          '',
          'Sofie Dahl, who leads the dockworkers of Calder Bay, said members had voted 812 to 94 to walk out.',
          '',
          'The harbour board defended its plan to automate the container terminal. "Automation is not optional if this harbour is going to survive," Lars Vik said.',
        ),
      },
    ]);
    const wrong = await judged('"Automation is not optional if this harbour is going to survive," said Sofie Dahl, who leads the dockworkers.');
    assert.equal(wrong.status, 'contradicted');
    assert.equal(wrong.contradiction?.kind, 'name');
    assert.equal(wrong.contradiction?.claimText, 'Sofie Dahl');
    assert.equal(wrong.contradiction?.sourceText, 'Lars Vik');
    assert.equal((await judged('"Automation is not optional if this harbour is going to survive," said Lars Vik of the harbour board.')).status, 'supported');
  });

  test('"rejected" where the source says the request was granted', async () => {
    const judged = await judgeAgainst([{ name: 'quay.txt', text: lines('Quay', '', 'In 2020 the harbour board of Calder Bay granted the request of the fishermen for a new quay.') }]);
    const v = await judged('In 2020 the harbour board of Calder Bay rejected the request of the fishermen for a new quay.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.claimText, '“rejected”');
    assert.equal(v.contradiction?.sourceText, '“granted”');
  });

  test('a nationality swapped in the same role', async () => {
    const v = await verdictOf('Three Canadians camping by the river were rescued by the coastguard.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.kind, 'name');
    assert.equal(v.contradiction?.sourceText, 'Germans');
  });

  test('a changed month in a date range names the source’s month', async () => {
    const v = await verdictOf('The coast road was closed from March to July 2022 while the sea wall was rebuilt.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.claimText, 'July');
    assert.equal(v.contradiction?.sourceText, 'June');
  });

  test('a wrong year inside a longer sentence says what the source says', async () => {
    const v = await verdictOf('After years of complaints from ferry operators, the harbour was last dredged in 2011, at a cost of 1.1 million euros.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.claimText, '2011');
    assert.equal(v.contradiction?.sourceText, '2010');
  });

  test('a month is found however the source writes it', async () => {
    const v = await verdictOf('The fish market of Calder Bay reopened in November 2018 after a year of repairs.');
    assert.equal(v.status, 'supported', JSON.stringify(v));
    // Another month is not found by the same token.
    assert.notEqual((await verdictOf('The fish market of Calder Bay reopened in December 2018 after a year of repairs.')).status, 'supported');
  });

  test('a small number is stated whether written in figures or in words', async () => {
    // The title says "Part Two", far from the paragraph the sentence is judged on: "2" is in the source all the same.
    const judged = await judgeAgainst([
      {
        name: 'series.txt',
        text: lines(
          'Harbour Lights - Part Two',
          '',
          ...['The crew filmed at dawn.', 'The music was recorded in Oslo.', 'The editing took a month.', 'The premiere was held in the town hall.'].flatMap((p) => [p, '']),
          'The episode shows the fishing fleet of Calder Bay leaving before the storm.',
        ),
      },
    ]);
    const two = await judged('Part 2 of Harbour Lights shows the fishing fleet of Calder Bay leaving before the storm.');
    assert.deepEqual(two.missingFigures ?? [], [], JSON.stringify(two.missingFigures));
    assert.notEqual(two.reason, 'missing-figure');
    // A number the source does not give, in either way, is still missing.
    const three = await judged('Part 3 of Harbour Lights shows the fishing fleet of Calder Bay leaving before the storm.');
    assert.equal(three.reason, 'missing-figure');
    assert.deepEqual(three.missingFigures, ['3']);
  });

  test('a weekday in a dated news story is the date it stands for', async () => {
    const judged = await judgeAgainst([
      {
        name: 'pier.txt',
        text: lines(
          'Council closes the old pier',
          '',
          'Thursday 2 March 2017',
          '',
          'The town council of Calder Bay voted on Wednesday to close the old pier for repairs.',
        ),
      },
    ]);
    // Wednesday before Thursday 2 March 2017 is 1 March.
    const right = await judged('On March 1, 2017, the town council of Calder Bay voted to close the old pier for repairs.');
    assert.equal(right.status, 'supported', JSON.stringify(right.missingFigures));
    const wrong = await judged('On February 22, 2017, the town council of Calder Bay voted to close the old pier for repairs.');
    assert.notEqual(wrong.status, 'supported');
  });

  test('the same sentences as the sources say them are supported', async () => {
    for (const s of [
      'Three Germans camping by the river were rescued by the coastguard.',
      'The coast road was closed from March to June 2022 while the sea wall was rebuilt.',
      'The river rose by two metres in six hours, the weather service said.',
    ]) assert.equal((await verdictOf(s)).status, 'supported', s);
  });
});

describe('no false contradictions', () => {
  test('"X, not Y" is a contrast, not a negation', async () => {
    const v = await verdictOf('The port authority approved the plan to dredge the harbour in March 2021, not in 2020.');
    assert.equal(v.status, 'supported');
  });

  test('a negation elsewhere in the passage is not the opposite of the claim', async () => {
    const v = await verdictOf('The works cost 3.2 million euros and took eleven weeks.');
    assert.equal(v.status, 'supported');
  });

  test('a negated claim the passage contradicts quotes what the source says', async () => {
    const v = await verdictOf('The works did not cost 3.2 million euros.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.kind, 'negation');
  });
});

describe('what is checked', () => {
  test('a name at the start of the sentence is checked', async () => {
    assert.equal((await verdictOf('Halvorsen said the dredging would let ferries dock at low tide.')).status, 'supported');
    assert.equal((await verdictOf('Halvorsen resigned after the floods.')).status, 'unsupported');
  });

  test('a quantity word makes a figure', async () => {
    const v = await verdictOf('Dozens of homes were flooded in Calder Bay.');
    assert.ok(v.claim.kinds.includes('figure'));
    assert.notEqual(v.status, 'not-a-claim');
  });

  test('a reported event without digits is checked', async () => {
    const v = await verdictOf('She is accused of fraud and bribery by the port authority.');
    assert.notEqual(v.status, 'not-a-claim');
    assert.notEqual(v.status, 'supported');
  });

  test('an opinion is not a claim, and gets no warning and no fix', async () => {
    for (const s of ['Few stories this year were sadder than this one.', 'The flooding of Calder Bay was truly heartbreaking.']) {
      const v = await verdictOf(s);
      assert.equal(v.status, 'not-a-claim', s);
      assert.equal(v.reason, 'opinion', s);
      assert.deepEqual(await diagnosticsOf(s), [], s);
    }
  });
});

describe('fixes never lie', () => {
  test('an unsupported or contradicted sentence is offered no citation', async () => {
    const s = await service();
    for (const text of ['The coastguard fined the ferry operators 20,000 euros.', 'The new ferry terminal closed in May 2019.']) {
      const ds = await s.getDiagnostics(doc(text));
      const actions = await s.getCodeActions(doc(text), ds[0].range, ds, ['quickfix']);
      assert.ok(actions.every((a) => !a.title.startsWith('Cite')), `${text}: ${actions.map((a) => a.title).join(' | ')}`);
    }
  });

  test('a citation is offered only for a passage that backs the sentence alone, with a margin', async () => {
    const v = await verdictOf('Heavy rain flooded 140 homes in Calder Bay on 12 October 2020.');
    assert.equal(v.status, 'supported');
    assert.equal(v.suggestions[0]?.source.key, 'floods');
    for (const e of v.suggestions) assert.ok(e.alone >= 0.65, `${e.alone}`);
  });

  test('a passage that only names whom the sentence is about is never offered as its citation', async () => {
    // The sources name Mayor Ines Halvorsen and Erik Lund, but say nothing of what these sentences say of them.
    for (const text of ['Mayor Ines Halvorsen warned of new evacuations.', 'Erik Lund sued the weather service.']) {
      const v = await verdictOf(text);
      assert.deepEqual(v.suggestions.map((e) => `${e.source.key}, para. ${e.paragraph.n}`), [], text);
      const s = await service();
      const ds = await s.getDiagnostics(doc(text));
      const actions = ds.length ? await s.getCodeActions(doc(text), ds[0].range, ds, ['quickfix']) : [];
      assert.ok(actions.every((a) => !a.title.startsWith('Cite')), `${text}: ${actions.map((a) => a.title).join(' | ')}`);
    }
    // What it says of her is in the passage: that one is offered.
    const said = await verdictOf('Mayor Ines Halvorsen said the dredging would let ferries dock at low tide.');
    assert.equal(said.suggestions[0]?.source.key, 'harbour');
    for (const e of said.suggestions) assert.ok(e.said >= 0.5, `${e.said}`);
  });

  test('a sentence several passages back only together gets no one-passage citation', async () => {
    // The cost is in one paragraph, the date in another: no single passage says both.
    const v = await verdictOf('The port authority approved a dredging plan in March 2021 that cost 3.2 million euros.');
    for (const e of v.suggestions) assert.ok(e.missing.every((w) => !/\d/.test(w)), JSON.stringify(e.missing));
  });

  test('a passage that lacks a whole clause of the sentence is not offered as its citation', async () => {
    const judged = await judgeAgainst([
      { name: 'inspection.txt', text: lines('Inspection', '', 'After the recall, the bottling plant of Calder Bay installed a second camera on its packing line, the inspectors found.') },
    ]);
    const added = await judged('After the recall, the bottling plant of Calder Bay installed a second camera on its packing line, and also hired an outside auditor to monitor the plant.');
    assert.deepEqual(added.suggestions, []);
    assert.ok(added.features && added.features.clauseAbsent >= 0.5, JSON.stringify(added.features));
    // The sentence without the clause is offered the passage.
    const plain = await judged('After the recall, the bottling plant of Calder Bay installed a second camera on its packing line.');
    assert.equal(plain.suggestions.length, 1);
  });

  test('a passage that only wonders whether something happened is no citation for a sentence that says it did', async () => {
    const judged = await judgeAgainst([
      { name: 'fire.txt', text: lines('Fire', '', 'Investigators of the forestry division of Calder Bay are examining whether a power line owned by Tri-Valley Electric caused the hillside fire.') },
    ]);
    const stated = await judged('A power line owned by Tri-Valley Electric caused the hillside fire, the forestry division of Calder Bay found.');
    assert.deepEqual(stated.suggestions, [], JSON.stringify(stated.suggestions.map((e) => e.paragraph.n)));
    // Said with the same doubt, it may cite the passage.
    const wondered = await judged('Investigators of the forestry division of Calder Bay are examining whether a power line owned by Tri-Valley Electric caused the hillside fire.');
    assert.equal(wondered.suggestions.length, 1);
  });

  test('quick fixes answer only for the sentence at the cursor, even when a paragraph is one long line', async () => {
    const s = await service();
    const text = 'Heavy rain flooded 140 homes in Calder Bay on 12 October 2020. Three Germans camping by the river were rescued by the coastguard. The river rose by two metres in six hours, the weather service said.';
    const ds = await s.getDiagnostics(doc(text));
    assert.equal(ds.length, 3);
    const second = text.indexOf('Three');
    const cursorAt = { line: 0, character: second + 5 };
    const actions = await s.getCodeActions(doc(text), { start: cursorAt, end: cursorAt }, ds, ['quickfix']);
    assert.ok(actions.length > 0);
    const after = actions.map((a) => applyEdits(text, a.edits));
    // Every fix cites at the end of the second sentence, and nowhere else.
    for (const t of after) assert.match(t, /^Heavy rain flooded 140 homes in Calder Bay on 12 October 2020\. Three Germans camping by the river were rescued by the coastguard \[@floods, para\. 2\]\. The river/);
  });
});

describe('locators that match the reader', () => {
  test('a paragraph that does not say it, while another does: citation.wrong-locator with the paragraph that does', async () => {
    // The file's title opens para. 1 and does not count on its own, as a reader counts: the rescue is para. 2.
    const [d] = await diagnosticsOf('Three Germans camping by the river were rescued by the coastguard [@floods, para. 3].');
    assert.equal(d.code, 'citation.wrong-locator');
    assert.equal(d.data.relocate?.text, 'para. 2');
    const s = await service();
    const text = 'Three Germans camping by the river were rescued by the coastguard [@floods, para. 3].';
    const [fix] = await s.getCodeActions(doc(text), d.range, [d], ['quickfix']);
    assert.match(fix.title, /^Change to para\. 2 \(“Three Germans camping/);
    assert.equal(applyEdits(text, fix.edits), 'Three Germans camping by the river were rescued by the coastguard [@floods, para. 2].');
    assert.equal((await diagnosticsOf('Three Germans camping by the river were rescued by the coastguard [@floods, para. 2].')).length, 0);
  });

  test('a locator that does not say it, while another paragraph does but not safely enough to offer: a wrong-locator finding that points there, with no fix', async () => {
    const s = await makeService([
      {
        name: 'petition.txt',
        text: lines(
          'Green Alliance petitions court over Brennock count',
          '',
          'Miriam Okafor of the Green Alliance went to court on Tuesday.',
          '',
          'The petition, filed on Tuesday afternoon, names returning officer Gareth Pemberton and the Harlow Vale Electoral Commission as respondents.',
          '',
          "The Civic Union's regional chair, Dana Hollis, called the petition a stunt and said the party would defend the result.",
        ),
      },
    ]);
    const text = "Okafor's petition names Pemberton and the Electoral Commission as respondents [@petition, para. 3].\n";
    const [d] = await s.getDiagnostics(doc(text));
    assert.equal(d?.code, 'citation.wrong-locator', JSON.stringify(d));
    assert.match(d.message, /para\. 2 of the same source comes closest/);
    assert.equal(d.data.relocate, undefined, 'the passage lacks "Okafor": no locator is offered');
    assert.equal((await s.getCodeActions(doc(text), d.range, [d], ['quickfix'])).filter((a) => a.title.startsWith('Change to')).length, 0);
    // The evidence panel says as much, and offers no Cite button for that paragraph.
    const e = s.getEvidence(doc(text), { line: 0, character: 10 });
    assert.equal(e?.label, 'Not where the citation points');
    const closest = e?.passages.find((p) => p.role === 'Comes closest');
    assert.equal(closest?.where, 'para. 2');
    assert.equal(closest?.cite, undefined);
  });

  test('minutes whose attendance lines a writer counted as paragraphs: the locator of that count is not wrong, one further off still is', async () => {
    const s = await makeService([
      {
        name: 'minutes.txt',
        text: lines(
          'HARTLEY PARISH COUNCIL',
          'Minutes of the meeting held on Monday 2 June 2025',
          '',
          'Present: Councillors Ruth Ambrose (Chair), Dev Malik, Sian Price.',
          '',
          'Apologies: Councillor Tom Beale.',
          '',
          'Item 1: The council agreed to buy two new benches for the green at a cost of £840.',
          '',
          'Item 2: The clerk reported that the footpath by the mill had been reopened after repairs.',
          '',
          'Item 3: The council voted 5 to 1 to oppose the quarry extension at Cold Ash.',
        ),
      },
    ]);
    // Sourced's para. 1 is the heading, attendance and apologies with item 1, and the quarry vote para. 3; a writer who
    // counted the attendance and apologies lines apart calls it para. 4 or 5.
    for (const n of [3, 4, 5]) {
      const text = `The parish council voted 5 to 1 to oppose the quarry extension at Cold Ash [@minutes, para. ${n}].\n`;
      assert.deepEqual((await s.getDiagnostics(doc(text))).map((d) => d.code), [], `para. ${n}`);
    }
    const off = await s.getDiagnostics(doc('The parish council voted 5 to 1 to oppose the quarry extension at Cold Ash [@minutes, para. 2].\n'));
    assert.equal(off[0]?.code, 'citation.wrong-locator', JSON.stringify(off));
    assert.equal(off[0].data.relocate?.text, 'para. 3');
  });

  test('a PDF page that does not have the fact, while another page does', async () => {
    const pdf = makePdf({
      title: 'Harbour report',
      pages: [['The port authority met twice in the spring to discuss the state of the quays.'], ['The harbour dredging took eleven weeks and cost 3.2 million euros, the report found.']],
    });
    const s = await makeService([{ name: 'report.pdf', bytes: pdf }]);
    const text = 'The harbour dredging took eleven weeks and cost 3.2 million euros [@report, p. 1].\n';
    const [d] = await s.getDiagnostics(doc(text));
    assert.equal(d?.code, 'citation.wrong-locator', JSON.stringify(d));
    assert.equal(d.data.relocate?.text, 'p. 2');
    assert.equal((await s.getDiagnostics(doc(text.replace('p. 1', 'p. 2')))).length, 0);
  });
});

describe('what a second blind trial still found', () => {
  const COUNT: MemorySource = {
    name: 'count.txt',
    text: lines(
      'Keane holds Brennock North as Greens cry foul',
      'Saturday, 16 March 2024',
      'By Priya Raman',
      '',
      'Thomas Keane was declared the winner of the Brennock North seat early on Friday, 312 votes ahead of Miriam Okafor, according to returning officer Gareth Pemberton.',
      '',
      'Okafor\'s agent, Samuel Breck, requested a full recount. Pemberton granted the request and said the recount would begin on Tuesday.',
      '',
      '"We are not conceding anything tonight," Okafor told supporters. "Every vote that was lawfully cast has to be counted, and right now I am not confident that has happened."',
    ),
  };
  const RECOUNT: MemorySource = {
    name: 'recount.txt',
    text: lines(
      'Recount cuts Brennock North margin',
      'Thursday, 21 March 2024',
      'By Colm Hattersley',
      '',
      "A two-day recount has confirmed Thomas Keane as the winner, but with his margin over the Green Alliance's Miriam Okafor slashed from 312 votes to just 27.",
      '',
      'The recount, which ran on Tuesday and Wednesday at the Tolland Leisure Centre, found 290 valid votes that had been set aside.',
    ),
  };

  test('an opposite between the same two words, though the passage names the person otherwise than the draft', async () => {
    const judged = await judgeAgainst([COUNT]);
    const v = await judged('Returning officer Gareth Pemberton rejected the request for a recount.');
    assert.equal(v.status, 'contradicted', JSON.stringify(v.contradiction));
    assert.equal(v.contradiction?.sourceText, '“granted”');
    assert.equal((await judged('Returning officer Gareth Pemberton granted the request for a recount.')).status, 'supported');
  });

  test('"19 and 20 March" are two dates, a weekday in a dated story is that week’s day, and the date line is no fact of the story', async () => {
    const judged = await judgeAgainst([COUNT, RECOUNT]);
    const v = await judged('The recount took place on 19 and 20 March at the Tolland Leisure Centre [@recount, para. 2].');
    assert.equal(v.status, 'supported', `${v.status} ${JSON.stringify(v.contradiction?.sourceText ?? v.missingFigures)}`);
    // "would begin on Tuesday" in a story of Saturday 16 March: the coming Tuesday, the 19th.
    assert.equal((await judged('Pemberton said the recount would begin on 19 March.')).status, 'supported');
    assert.notEqual((await judged('Pemberton said the recount would begin on 12 March.')).status, 'supported');
  });

  test('a figure measured against someone ("his margin over Okafor … 312 votes") is not that person’s', async () => {
    const judged = await judgeAgainst([RECOUNT]);
    const v = await judged("Keane's lead shrank from 312 votes to a mere twenty-seven [@recount].");
    assert.equal(v.status, 'supported', JSON.stringify(v.missingFigures));
  });

  test('"out of danger" is what "not under threat" says, and the opposite of "in danger"', async () => {
    const judged = await judgeAgainst([{ name: 'fire.txt', text: lines('Fire', '', 'Fire Chief Rosa Delgado said the town of Wendover Flats was "not under immediate threat" after crews held the fire at Route 9.') }]);
    assert.equal((await judged('Delgado said crews held the fire at Route 9, leaving Wendover Flats out of immediate danger.')).status, 'supported');
    assert.equal((await judged('Delgado said crews held the fire at Route 9, leaving Wendover Flats in immediate danger.')).status, 'contradicted');
  });

  test('a quotation that goes on from the sentence before is that sentence’s speaker’s', async () => {
    const judged = await judgeAgainst([COUNT]);
    const v = await judged('"Every vote that was lawfully cast has to be counted," said Samuel Breck, the agent.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.sourceText, 'Okafor');
  });

  test('a sentence stating as fact what the source only wonders about is unsupported, and the message says so', async () => {
    const sources: MemorySource[] = [
      {
        name: 'cause.txt',
        text: lines(
          'What started the fire',
          '',
          'State fire investigators are examining whether a damaged power line owned by Tri-Valley Electric sparked the Sable Creek Fire, the Forestry Division said on Wednesday.',
          '',
          'Tri-Valley Electric said it had shut off power to 2,100 customers as a precaution.',
        ),
      },
    ];
    const judged = await judgeAgainst(sources);
    const v = await judged('The Forestry Division found that a damaged power line owned by Tri-Valley Electric sparked the Sable Creek Fire.');
    assert.equal(v.status, 'unsupported');
    assert.equal(v.reason, 'hedged');
    assert.equal(v.suggestions.length, 0);
    const s = await makeService(sources);
    const [d] = await s.getDiagnostics(doc('The Forestry Division found that a damaged power line owned by Tri-Valley Electric sparked the Sable Creek Fire.\n'));
    assert.match(d.message, /No source states it as fact\. @cause, para\. 1 only says it may be so: “State fire investigators are examining whether/);
    // Said as the source says it, it is supported.
    assert.equal((await judged('Investigators are examining whether a damaged power line owned by Tri-Valley Electric sparked the Sable Creek Fire.')).status, 'supported');
  });
});

describe('what a third blind trial found', () => {
  const STATEMENT: MemorySource = {
    name: 'statement.txt',
    text: lines(
      'NORVANCE LINE B.V.',
      'Statement on the MV Kestrel Bay',
      'Rotterdam, 16 October 2025',
      '',
      'Norvance Line deeply regrets the grounding of the MV Kestrel Bay.',
      '',
      'The company has established a €5 million fund to compensate fishers, shellfish farmers and local businesses for verified losses.',
      '',
      'Three tugs are standing by. The hull was damaged in a fuel tank and two ballast tanks on the port side.',
    ),
  };
  const RELEASE: MemorySource = {
    name: 'release.txt',
    text: lines(
      'WESTERN COAST GUARD SERVICE',
      'PRESS RELEASE — FOR IMMEDIATE RELEASE',
      '15 October 2025',
      '',
      'Coast Guard update on MV Kestrel Bay',
      '',
      'The Rescue Coordination Centre received a distress call from the MV Kestrel Bay at 03:42 on Tuesday.',
      '',
      'All 21 crew were safely evacuated by 07:15. Two crew members sustained minor injuries.',
    ),
  };
  const HERALD: MemorySource = {
    name: 'herald.txt',
    text: lines(
      'Oil reaches two beaches as spill spreads',
      '',
      'WESTERN HERALD — Wednesday, 15 October 2025',
      'Ciarán Mulqueen',
      '',
      'Oil from the stranded ship has washed ashore on Trawmore Strand and Lissan Strand.',
      '',
      'Volunteers counted thirty-seven oiled seabirds by Wednesday evening. Two grey seal pups were also found coated in oil at Lissan and taken to a rescue centre in Ballyfane.',
    ),
  };

  test('the same sum in another currency is a contradiction, never a citation', async () => {
    const judged = await judgeAgainst([STATEMENT]);
    const v = await judged('Norvance has set up a £5 million fund to compensate fishers, shellfish farmers and local businesses.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.claimText, '£5 million');
    assert.equal(v.contradiction?.sourceText, '€5 million');
    assert.equal(v.suggestions.length, 0);
    assert.equal((await judged('Norvance has set up a €5 million fund to compensate fishers, shellfish farmers and local businesses.')).status, 'supported');
    // In words: "five million euros" is the same sum, "five million dollars" is not.
    assert.equal((await judged('Norvance set up a fund of five million euros to compensate fishers, shellfish farmers and local businesses.')).status, 'supported');
    assert.notEqual((await judged('Norvance set up a fund of five million dollars to compensate fishers, shellfish farmers and local businesses.')).status, 'supported');
  });

  test('an opposite among the words around it on the same side: "100 pct pay rise" for "100 pct pay fall"', async () => {
    // "demanding" is as close to "fall" in word vectors as "rise" is near the same words: the side they stand on tells.
    const judged = await judgeAgainst([{ name: 'strike.txt', text: lines('Strike', '', 'The bank workers are demanding a 100 pct pay rise.') }]);
    assert.equal((await judged('The bank workers are demanding a 100 pct pay fall.')).status, 'contradicted');
    assert.equal((await judged('The bank workers are demanding a 100 pct pay rise.')).status, 'supported');
  });

  test('"starboard" where the source says "port side"', async () => {
    const judged = await judgeAgainst([STATEMENT]);
    const v = await judged('The hull was damaged in a fuel tank and two ballast tanks on the starboard side.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.sourceText, '“port”');
  });

  test('a time of day is compared as one, and its digits state no figure ("03:42" does not say three)', async () => {
    const judged = await judgeAgainst([RELEASE]);
    assert.equal((await judged('All 21 crew were off the ship by 07:15, the Coast Guard said.')).status, 'supported');
    assert.equal((await judged('All 21 crew were off the ship by 7.15am, the Coast Guard said.')).status, 'supported');
    assert.notEqual((await judged('All 21 crew were off the ship by 9.15am, the Coast Guard said.')).status, 'supported');
    // The cited release says two crew members were hurt, and holds no "3" but the hour of a call.
    const v = await judged('Three crew members sustained minor injuries, the release says [@release, para. 2].');
    assert.equal(v.status, 'contradicted', JSON.stringify(v.missingFigures));
    assert.equal(v.contradiction?.sourceText, 'Two');
    const treated = await judged('Three crew members were treated in hospital after the grounding [@release, para. 2].');
    assert.equal(treated.status, 'citation-mismatch');
    assert.deepEqual(treated.missingFigures, ['Three']);
  });

  test('"three point two million euro" is €3.2 million', async () => {
    const judged = await judgeAgainst([{ name: 'coop.txt', text: lines('Co-op', '', 'The co-operative puts its losses this season at three point two million euro.') }]);
    assert.equal((await judged('The co-operative puts its losses this season at €3.2 million.')).status, 'supported');
    assert.notEqual((await judged('The co-operative puts its losses this season at €3.5 million.')).status, 'supported');
  });

  test('another name in the place of the claim’s, though the source names the claim’s in another paragraph; and no citation lacking a name', async () => {
    const judged = await judgeAgainst([HERALD]);
    const v = await judged('Two oiled grey seal pups were found at Trawmore and taken to a rescue centre in Ballyfane.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.sourceText, 'Lissan');
    const right = await judged('Two oiled grey seal pups were found at Lissan and taken to a rescue centre in Ballyfane.');
    assert.equal(right.status, 'supported');
    assert.equal(right.suggestions[0]?.paragraph.n, 2);
  });

  test('a letterhead, a title under it, a date line with a bare byline, and a headline ending in "B.V." are no paragraphs of their own', async () => {
    const judged = await judgeAgainst([STATEMENT, RELEASE, HERALD]);
    for (const sentence of [
      'The Rescue Coordination Centre received a distress call from the MV Kestrel Bay at 03:42 on Tuesday [@release, para. 1].',
      'All 21 crew were safely evacuated by 07:15 [@release, para. 2].',
      'Oil from the stranded ship has washed ashore on Trawmore Strand and Lissan Strand [@herald, para. 1].',
      'The company has established a €5 million fund for verified losses [@statement, para. 2].',
    ]) {
      const v = await judged(sentence);
      assert.equal(v.status, 'supported', `${sentence}: ${v.status} ${v.betterLocator?.paragraph.n ?? ''}`);
    }
  });

  test('a quotation given to its speaker in the same sentence is one sentence, and "will not," negates what came before it', async () => {
    const minister: MemorySource = {
      name: 'minister.txt',
      text: lines('Minister visits', '', 'Speaking at the harbour, the minister said the State would seek to recover every cent. "The polluter will pay. The people of this estuary will not," she said.'),
    };
    const s = await makeService([minister]);
    const report = await s.check(doc('"The polluter will pay. The people of this estuary will not," the minister said.\n'));
    assert.equal(report.verdicts.length, 1);
    assert.equal(report.verdicts[0].status, 'supported');
  });
});

describe('what a fourth blind trial found', () => {
  const COURIER: MemorySource = {
    name: 'courier.txt',
    text: lines(
      'Panel finds misconduct in star scientist’s lab',
      '',
      'The panel said on Thursday that 47 of the 212 images it examined had been duplicated or manipulated.',
      '',
      'The report found that Professor Wrenfield had personally altered images in at least four of the papers.',
      '',
      'The panel interviewed Professor Wrenfield on two occasions. He joined the university three years after his doctorate.',
      '',
      "The university's staff survey found that 38 per cent of early-career researchers felt unable to raise concerns, up from 29 per cent in 2021.",
      '',
      'Experts said the case was among the largest of its kind at a UK university in recent years.',
      '',
      'The Council said it may seek to recover funds already paid out, but that no decision had yet been taken.',
      '',
      'The university announced his resignation at 4pm on Friday 24 May.',
      '',
      'CORRECTION, Monday 20 May 2024: An earlier version of this article stated that the panel found Professor Wrenfield had personally altered images in at least four papers. The panel made no finding about which individual altered any image.',
    ),
  };

  test('a correction withdraws what it says was wrong, and is never cited for it; what it says instead stands', async () => {
    const judged = await judgeAgainst([COURIER]);
    const v = await judged('The panel found that Professor Wrenfield had personally altered images in at least four of the papers.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.kind, 'correction');
    assert.equal(v.suggestions.length, 0);
    const s = await makeService([COURIER]);
    const [d] = await s.getDiagnostics(doc('The panel found that Professor Wrenfield had personally altered images in at least four of the papers.\n'));
    assert.match(d.message, /^A correction withdraws this: @courier, para\. 8 says “CORRECTION/);
    assert.equal(d.data.replace, undefined);
    assert.equal((await judged('The panel made no finding about which individual altered any image.')).status, 'supported');
  });

  test('a small number in words is compared with the one the passage gives the same thing, not one counting something else', async () => {
    const judged = await judgeAgainst([COURIER]);
    const v = await judged('The panel interviewed Professor Wrenfield on three occasions.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.sourceText, 'two');
  });

  test('"risen by 9 per cent" is not the "from 29 per cent" a change started at: no figure offered that would make it false', async () => {
    const judged = await judgeAgainst([COURIER]);
    const v = await judged('The share of early-career researchers who felt unable to raise concerns had risen by 9 per cent since 2021, to 38 per cent.');
    assert.notEqual(v.status, 'supported');
    assert.notEqual(v.contradiction?.sourceText, '29 per cent');
  });

  test('a weekday written with its date is one date: the fix replaces both', async () => {
    const s = await makeService([COURIER]);
    const text = 'The university announced his resignation at 4pm on Thursday 23 May.';
    const diagnostics = await s.getDiagnostics(doc(text + '\n'));
    const d = diagnostics.find((x) => x.code === 'claim.contradicted');
    assert.ok(d, JSON.stringify(diagnostics.map((x) => x.message)));
    const [fix] = await s.getCodeActions(doc(text + '\n'), d.range, [d], ['quickfix']);
    assert.equal(applyEdits(text + '\n', fix.edits), 'The university announced his resignation at 4pm on Friday 24 May.\n');
  });

  test('"may seek to" and "no decision has been taken" only wonder', async () => {
    const judged = await judgeAgainst([COURIER]);
    const v = await judged('The Council will recover funds already paid out.');
    assert.equal(v.status, 'unsupported');
    assert.equal((await judged('The Council said it may seek to recover funds already paid out.')).status, 'supported');
  });

  test('a date written "29.05.2024" and a year before a plural ("our 2019 papers") are dates', async () => {
    const judged = await judgeAgainst([
      { name: 'wire.txt', text: lines('SCIENCEWIRE | Research Policy', '29.05.2024', '', 'Journals begin retracting papers', '', 'Four of the eleven papers have now been retracted, the journals said.') },
      { name: 'interview.txt', text: lines('Interview', '', 'AS: I noticed that a western blot in one of our 2019 papers looked exactly like one from 2017.') },
    ]);
    assert.equal((await judged('Four of the eleven papers had been retracted by 29 May, the journals said.')).status, 'supported');
    assert.equal((await judged('She noticed that a western blot in a 2019 paper looked exactly like one from 2017.')).status, 'supported');
  });

  test('a statement dated "Wednesday 29 May 2024" says what happened "on Wednesday" (a weekday, not a day of the month)', async () => {
    const s = await makeService([
      { name: 'nbrc.html', text: '<html><body><article><h1>NBRC suspends funding</h1><p class="byline">By NBRC Communications · Published Wednesday 29 May 2024</p><p>The National Biomedical Research Council has suspended two grants to the Institute for Cellular Ageing.</p><p>Doctoral studentships will continue to be funded in full.</p></article></body></html>' },
    ]);
    const check = async (sentence: string) => (await s.check(doc(sentence + '\n'))).verdicts[0].status;
    assert.equal(await check('On Wednesday the National Biomedical Research Council suspended two grants to the Institute for Cellular Ageing [@nbrc, para. 1].'), 'supported');
    assert.notEqual(await check('On Tuesday the National Biomedical Research Council suspended two grants to the Institute for Cellular Ageing [@nbrc, para. 1].'), 'supported');
  });

  test('opinions in other words: "as uncomfortable to read", "if accurate, says a great deal", "will become clear only with time"', async () => {
    for (const sentence of [
      'Few stories in British science this year have been as uncomfortable to read as this one.',
      'That detail, if accurate, says a great deal about how the university treats its most junior staff.',
      'Whether the university has truly learned its lesson will become clear only with time.',
    ]) {
      const v = await verdictOf(sentence);
      assert.equal(v.status, 'not-a-claim', sentence);
      assert.equal(v.reason, 'opinion', sentence);
    }
  });

  test('"the largest" where the source says "among the largest": quoted, with no word offered to swap', async () => {
    const judged = await judgeAgainst([COURIER]);
    const v = await judged('Experts called it the largest case of its kind at a UK university.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.sourceText, 'among the largest');
    assert.equal(v.contradiction?.ambiguous, true);
    assert.equal((await judged('Experts said the case was among the largest of its kind at a UK university.')).status, 'supported');
  });

  test('a date line states when a source was written: "12 March" is contradicted by the "14th of March" the interview gives, though it is dated 12 March', async () => {
    const judged = await judgeAgainst([
      { name: 'interview.txt', text: lines('INTERVIEW TRANSCRIPT', 'Date: Tuesday 12 March 2024, 11:00 a.m., museum offices', '', 'PELL: It was reported faulty on the 19th of February.', '', 'PELL: We had an engineer booked for the 14th of March.') },
    ]);
    const v = await judged('Pell said an engineer had been booked for 12 March.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.sourceText, '14th of March');
    assert.equal((await judged('Pell said an engineer had been booked for 14 March.')).status, 'supported');
  });

  test('a figure under a negation is no rival: "within 72 hours" is what "no sensor should remain unrepaired for more than 72 hours" says', async () => {
    const judged = await judgeAgainst([{ name: 'review.txt', text: lines('Review', '', '6. The review recommends that no faulty sensor in a gallery should remain unrepaired for more than 72 hours.') }]);
    const v = await judged('The review recommends that a faulty sensor in a gallery should be repaired within 72 hours.');
    assert.notEqual(v.status, 'contradicted', JSON.stringify(v.contradiction));
    assert.equal(v.status, 'supported');
    assert.notEqual((await judged('The review recommends that a faulty sensor in a gallery should be repaired after more than 72 hours.')).status, 'supported');
  });

  test('a sentence that says no is cited only to a passage that says no', async () => {
    const s = await makeService([
      { name: 'police.txt', text: lines('Police appeal', '', 'Officers are appealing for witnesses after a burglary at the museum on Abbey Road.', '', 'Detectives said the burglary was targeted and carefully planned.', '', 'Officers are reviewing CCTV footage. No one was injured.') },
    ]);
    const v = (await s.check(doc('Nobody was injured in the burglary at the museum [@police, para. 1].\n'))).verdicts[0];
    for (const e of v.suggestions) assert.match(e.source.text.slice(e.span.start, e.span.end), /\bno\b/i, JSON.stringify(v.status));
    assert.notEqual(v.betterLocator?.paragraph.n, 2);
  });

  test('"last year" in a dated story is the year before its date; a question asserts nothing', async () => {
    const judged = await judgeAgainst([
      { name: 'gazette.txt', text: lines('Museum theft', 'Tuesday 12 March 2024', '', 'The museum, which is owned by the borough council, welcomed 62,000 visitors last year.') },
      { name: 'radio.txt', text: lines('Radio transcript', '', 'PRESENTER: So the museum was left exposed for weeks, was it not?', '', 'HUGHES: I don\'t accept that.') },
    ]);
    assert.equal((await judged('The museum welcomed 62,000 visitors in 2023.')).status, 'supported');
    const wrong = await judged('The museum welcomed 62,000 visitors in 2022.');
    assert.equal(wrong.status, 'contradicted');
    assert.equal(wrong.contradiction?.sourceText, 'last year (2023)');
    const asked = await judged('Hughes said the museum was left exposed for weeks.');
    assert.notEqual(asked.status, 'supported');
    assert.equal(asked.suggestions.length, 0);
  });

  test('a figure is cited only to a passage that gives it with the sentence’s names in the same clause', async () => {
    const judged = await judgeAgainst([
      { name: 'grants.txt', text: lines('Grants under review', '', 'Two grants held by the laboratory are under review. The larger, worth £2.4 million, is held by Professor Wrenfield; the smaller, £800,000, by his co-investigator Dr Ines Carvalho.') },
    ]);
    const wrong = await judged('The larger grant, worth £2.4 million, was held by Dr Ines Carvalho, the co-investigator.');
    assert.equal(wrong.suggestions.length, 0, 'no citation gives the £2.4 million to Carvalho');
    const right = await judged('The larger grant, worth £2.4 million, is held by Professor Wrenfield.');
    assert.equal(right.status, 'supported');
    assert.equal(right.suggestions.length, 1);
  });

  test('two people’s figures swapped in one sentence: a contradiction with the first one’s figure, never a citation (titles like "Councillor" tell no one apart)', async () => {
    const judged = await judgeAgainst([
      { name: 'vote.txt', text: lines('Council vote', '', 'The town council voted on Tuesday on the reservoir plan. Councillor Ruth Abney received 41 votes for her amendment, while Councillor Tom Greaves received 17 votes for his.') },
    ]);
    for (const title of ['Councillor ', '']) {
      const swapped = await judged(`${title}Ruth Abney received 17 votes for her amendment, while ${title}Tom Greaves received 41 votes for his.`);
      assert.equal(swapped.status, 'contradicted', `${title || 'no title'}: ${swapped.status}`);
      assert.equal(swapped.contradiction?.claimText, '17');
      assert.equal(swapped.contradiction?.sourceText, '41');
      assert.equal(swapped.suggestions.length, 0);
      const right = await judged(`${title}Ruth Abney received 41 votes for her amendment, while ${title}Tom Greaves received 17 votes for his.`);
      assert.equal(right.status, 'supported', `${title || 'no title'}, as the source says`);
    }
  });

  test('a passage that denies what the sentence says is never its citation: "no one was", "does not accept that", "46, not 48"; a figure in words is a figure', async () => {
    const judged = await judgeAgainst([
      { name: 'tram.txt', text: lines('Tram derailment', '', 'A tram left the rails near Oldgate on Monday. One rider was treated at the scene for cuts; no one was taken to hospital.', '', 'Riders at Oldgate said trams had been late since January, and two riders said they would take the bus to hospital appointments instead.') },
      { name: 'notes.md', text: lines('# Notes', '', '- The maker does not accept that the braking system of the Tessera tram is at fault.', '', '- Derailments this year: 6 trams, not 8. The Gazette has it wrong (its 8 counts two in the depot).') },
    ]);
    const hospital = await judged('Two riders were taken to hospital.');
    assert.equal(hospital.status, 'contradicted', 'no one was taken to hospital');
    assert.equal(hospital.suggestions.length, 0);
    const fault = await judged('The maker accepts that the braking system of the Tessera tram is at fault.');
    assert.equal(fault.suggestions.length, 0, 'not cited to "does not accept"');
    const eight = await judged('Eight trams derailed this year.');
    assert.equal(eight.suggestions.length, 0, 'not cited to "6 trams, not 8"');
    const right = await judged('The maker does not accept that the braking system of the Tessera tram is at fault.');
    assert.equal(right.status, 'supported');
    assert.equal(right.suggestions.length, 1, 'the denial itself is cited for a sentence that denies');
  });

  test('"today" in a dated story is its date, and "taken out of service" is what "withdrawn from service" says: neither is a contradiction', async () => {
    const judged = await judgeAgainst([
      { name: 'release.md', text: lines('---', 'title: "Ferries withdrawn"', 'date: 2024-06-04', '---', '', '# NEWS RELEASE', '', '**Lochmor Ferries stops Solan ferries as a precaution**', '', 'PORT LOCHMOR, 4 June 2024 — Lochmor Ferries (LF) today removed all 12 Solan ferries from passenger service, following an engine fire on one vessel on the evening of 3 June.') },
      { name: 'gazette.txt', text: lines('Ferries out of service', '', 'Lochmor Ferries has taken all 12 of its Solan ferries out of service after an engine fire.') },
    ]);
    const dated = await judged('Lochmor Ferries withdrew all 12 of its Solan ferries from service on 4 June 2024 [@release].');
    assert.equal(dated.status, 'supported', `${dated.status}: ${dated.contradiction?.sourceText ?? ''}`);
    const taken = await judged('Lochmor Ferries has withdrawn all 12 of its Solan ferries from service after an engine fire [@gazette].');
    assert.equal(taken.status, 'supported', `${taken.status}: ${taken.contradiction?.sourceText ?? ''}`);
    const wrong = await judged('Lochmor Ferries withdrew all 12 of its Solan ferries from service on 9 June 2024.');
    assert.notEqual(wrong.status, 'supported');
    assert.equal(wrong.suggestions.length, 0);
  });

  test('no citation to a passage that denies the verb in other words ("nobody was hurt") or sets two figures the other way round ("every 20 minutes instead of every 12"); one end of a range gets no one-figure fix', async () => {
    const judged = await judgeAgainst([
      { name: 'yard.txt', text: lines('Fire at the tram yard', '', 'The tram yard was empty at the time and nobody was hurt, but the fire destroyed one tram and damaged two others parked beside it.', '', 'Lines 3, 7 and 9 now run every 20 minutes instead of every 12 minutes.', '', 'The city bought the Tessera trams between 2016 and 2018, and the last was delivered in December 2018.') },
    ]);
    const injured = await judged('The tram yard fire injured two workers.');
    assert.equal(injured.suggestions.length, 0, 'not cited to "nobody was hurt"');
    const around = await judged('Lines 3, 7 and 9 now run every 12 minutes instead of every 20 minutes.');
    assert.equal(around.suggestions.length, 0, 'not cited to the figures the other way round');
    const range = await judged('The city bought the Tessera trams between 2014 and 2016.');
    assert.equal(range.status, 'contradicted');
    assert.equal(range.contradiction?.ambiguous, true, 'no figure offered for one end of a range');
    assert.equal(range.contradiction?.sourceText, '2016 and 2018');
    const right = await judged('Lines 3, 7 and 9 now run every 20 minutes instead of every 12 minutes.');
    assert.equal(right.suggestions.length, 1, 'the figures as the source sets them are cited');
  });

  test('no citation to a passage that has neither what happened nor to whom, nor to one that points the other way ("below its ceiling" for "above")', async () => {
    const judged = await judgeAgainst([
      { name: 'depot.txt', text: lines('Fire at the bus depot', '', 'The depot was empty at the time and nobody was hurt, but the fire destroyed one bus and damaged two others parked beside it.') },
      { name: 'report.txt', text: lines('Inspection report', '', '2.1 Between 3 and 9 May our engineers inspected all 40 buses of the fleet, including the two damaged in the depot fire.') },
      { name: 'maker.txt', text: lines('The maker', '', 'Oskarsen Coaches announced on Friday that all 40 Oskarsen buses of the city fleet would stay off the road until the inquiry ends.') },
      { name: 'refinery.txt', text: lines('Refinery notes', '', 'The refinery was producing about 20,000 barrels a day below its ceiling in June, industry reports said.') },
    ]);
    const injured = await judged('The depot fire injured two depot workers.');
    assert.equal(injured.suggestions.length, 0, injured.suggestions.map((e) => e.source.key).join());
    const above = await judged('The refinery was producing about 20,000 barrels a day above its ceiling in June.');
    assert.equal(above.suggestions.length, 0, 'not cited to "below its ceiling"');
    const below = await judged('The refinery was producing about 20,000 barrels a day below its ceiling in June.');
    assert.equal(below.suggestions.length, 1, 'cited to what says the same');
    const recall = await judged('Oskarsen Coaches has announced a recall of all 40 Oskarsen buses of the city fleet.');
    assert.equal(recall.suggestions.length, 0, 'what was announced is the fact, and no passage has it');
    const inspected = await judged('Engineers inspected all 40 buses of the fleet between 3 and 9 May.');
    assert.equal(inspected.suggestions.length, 1, 'what happened and to what, in another order, is cited');
  });

  test('a sentence that quotes a hedge is no hedge stated as fact, and a table cell\'s "No" says nothing of the other rows', async () => {
    const judged = await judgeAgainst([
      { name: 'council.txt', text: lines('Council meeting', '', '4.3 The chief executive replied that the agency was considering all options, including legal action against the maker.') },
      { name: 'inspection.txt', text: lines('Inspection findings', '', 'Inspection item | Trams affected | Of trams inspected', 'Brake valve failed pressure test | 7 | 40', 'Door sensor fault logged | 5 | 40', 'No defect found | 28 | 40') },
    ]);
    const quoted = await judged('The chief executive said the agency was "considering all options, including legal action" against the maker.');
    assert.equal(quoted.status, 'supported', `${quoted.status} ${quoted.reason ?? ''}`);
    const stated = await judged('The agency will take legal action against the maker.');
    assert.notEqual(stated.status, 'supported', 'stated as fact, it is the hedge');
    const row = await judged('Inspectors found that the brake valve failed a pressure test on 7 of the 40 trams inspected.');
    assert.notEqual(row.status, 'contradicted', `${row.contradiction?.sourceText ?? ''}`);
  });

  test('a day written as a word is a date: "on the third of March" gives 3 March, "a third of March imports" does not', async () => {
    const judged = await judgeAgainst([
      { name: 'interview.txt', text: lines('INTERVIEW TRANSCRIPT', '', 'HALE: The inspectors first flagged the trams as unsafe on the third of March.', '', 'HALE: A third of March imports came through the northern depot.') },
    ]);
    const right = await judged('Hale said the inspectors first flagged the trams as unsafe on 3 March.');
    assert.equal(right.status, 'supported', `${right.status} ${right.reason ?? ''} ${right.contradiction?.sourceText ?? ''}`);
    const wrong = await judged('Hale said the inspectors first flagged the trams as unsafe on 13 March.');
    assert.equal(wrong.status, 'contradicted');
    assert.equal(wrong.contradiction?.sourceText, 'third of March');
  });

  test('"found" is a verb: a sentence that drops the source\'s "did not find" is checked and contradicted, not skipped', async () => {
    const judged = await judgeAgainst([
      { name: 'report.txt', text: lines('Interim report', '', '3.4 We did not find any defect in the brake discs themselves.') },
    ]);
    const dropped = await judged('The inspectors found defects in the brake discs themselves.');
    assert.equal(dropped.status, 'contradicted', `${dropped.status} ${dropped.reason ?? ''}`);
  });

  test('a figure a correction withdraws is contradicted with the figure it gives instead', async () => {
    const judged = await judgeAgainst([
      { name: 'gazette.txt', text: lines('Tram fire', '', 'The second fire broke out on Tuesday, 4 June, on a tram running on Line 16 near Quarry Lane, the operator said.', '', 'Firefighters were at the scene within six minutes and the tram was empty.', '', 'CORRECTION, 6 June 2024: An earlier version of this article said the second fire happened on Line 61. It happened on Line 16. We apologise for the error.') },
    ]);
    const withdrawn = await judged('The second fire broke out on 4 June on a Line 61 tram near Quarry Lane.');
    assert.equal(withdrawn.status, 'contradicted', `${withdrawn.status} ${withdrawn.reason ?? ''}`);
    assert.equal(withdrawn.contradiction?.claimText, '61');
    assert.equal(withdrawn.contradiction?.sourceText, '16');
    const right = await judged('The second fire broke out on 4 June on a Line 16 tram near Quarry Lane.');
    assert.equal(right.status, 'supported');
  });

  test('figures as a report sets them out: a table row states its figure, a correction its right figure, two figures set against each other get no one-figure fix, "from nine to six" is no citation for "from six to nine", and "the fourteenth to the sixteenth of May" are dates', async () => {
    const judged = await judgeAgainst([
      { name: 'report.md', text: lines('# Interim report', '', '2.2 Cases by day of attendance:', '', '| Day | Date | Cases |', '|---|---|---|', '| Saturday | 11 May | 23 |', '| Sunday | 12 May | 97 |', '| Total | | 120 |', '', '3.1 A study of 200 visitors found that 41% of those who ate the mussels fell ill, compared with 3% of those who did not.') },
      { name: 'herald.txt', text: lines('Outbreak at the fair', '', 'The Tollan Fair, held from the fourteenth to the sixteenth of May, drew 20,000 visitors.', '', 'Of the 30 people admitted to hospital, eight were children.', '', 'The number of food inspectors fell from nine to six after the 2022 budget.', '', 'CORRECTION, 20 May 2024: An earlier version of this article said eight of the people admitted to hospital were children. The correct figure is five.') },
    ]);
    const sunday = await judged('Sunday visitors accounted for 97 of the cases.');
    assert.notEqual(sunday.status, 'contradicted', `${sunday.contradiction?.sourceText ?? ''}`);
    const wrongDay = await judged('On Sunday 12 May, 23 cases attended the fair.');
    assert.equal(wrongDay.status, 'contradicted', 'the Saturday row\'s 23 is not Sunday\'s');
    assert.equal(wrongDay.contradiction?.sourceText, '97', 'the fix is the Sunday row\'s figure, not the total');
    const corrected = await judged('Of the 30 people admitted to hospital, five were children.');
    assert.notEqual(corrected.status, 'contradicted', `${corrected.contradiction?.sourceText ?? ''}`);
    const withdrawn = await judged('Of the 30 people admitted to hospital, eight were children.');
    assert.equal(withdrawn.contradiction?.sourceText, 'five');
    const wrongShare = await judged('Among visitors who did not eat the mussels, 12% fell ill.');
    assert.equal(wrongShare.status, 'contradicted');
    assert.equal(wrongShare.contradiction?.ambiguous, true, 'no figure offered: 41% and 3% are set against each other');
    const otherShare = await judged('Among visitors who did not eat the mussels, 41% fell ill.');
    assert.equal(otherShare.suggestions.length, 0, 'not cited: which share is whose is for a reader to see');
    const rightShare = await judged('Among visitors who did not eat the mussels, 3% fell ill.');
    assert.notEqual(rightShare.status, 'contradicted', 'the elided "did not" is the claim\'s');
    const grew = await judged('The number of food inspectors grew from six to nine after the 2022 budget.');
    assert.equal(grew.suggestions.length, 0);
    const dates = await judged('The Tollan Fair, held from 14 to 16 May, drew 20,000 visitors.');
    assert.equal(dates.status, 'supported', `${dates.status} ${dates.reason ?? ''}`);
  });

  test('a figure written in words beyond twenty ("sixty-four") is given by the source: no "never gives 64"', async () => {
    const judged = await judgeAgainst([
      { name: 'interview.txt', text: lines('INTERVIEW', '', 'ROSS: The council told us afterwards it was twenty-two out of sixty-four. We assumed every stall would be visited.') },
      { name: 'other.txt', text: lines('Notes', '', 'The fair opened on Friday with a parade.') },
    ]);
    const v = await judged('Only 22 of the 64 stalls were visited, the council told Ross [@interview].');
    assert.deepEqual(v.cited?.missingFigures ?? [], [], 'both figures are there, in words');
  });
});

describe('what the seven blind trials, read again, found', () => {
  test('no citation that says one thing caused another to a passage that does not say so, or says it only to deny it', async () => {
    const judged = await judgeAgainst([
      { name: 'report.txt', text: lines('Interim report', '', '3.2 All nine pumps that failed the load test ran software version 7. However, every pump in the plant ran version 7, so this does not by itself indicate a cause.') },
      { name: 'storm.txt', text: lines('Storm damage', '', 'The storm caused the closure of the coastal road for two days.') },
      { name: 'other.txt', text: lines('Notes', '', 'The plant opened in 1998 with a parade.') },
    ]);
    const caused = await judged('The report found that software version 7 caused the failures of nine pumps.');
    assert.equal(caused.suggestions.length, 0, caused.suggestions.map((e) => e.source.text.slice(e.span.start, e.span.end)).join());
    const ran = await judged('All nine pumps that failed the load test ran software version 7.');
    assert.equal(ran.suggestions.length, 1, 'what the passage says, without the cause, is cited');
    const storm = await judged('The storm caused the closure of the coastal road for two days.');
    assert.equal(storm.suggestions.length, 1, 'a passage that gives the cause is cited');
  });

  test('a verb with nothing after it is what the sentence says happened: no citation to a passage without it', async () => {
    const judged = await judgeAgainst([
      { name: 'statement.txt', text: lines('Statement', '', 'The council suspended both grants on Wednesday.', '', 'Doctoral studentships attached to the grants will continue to be funded in full.') },
      { name: 'other.txt', text: lines('Notes', '', 'The laboratory opened in 1998 with a parade.') },
    ]);
    const frozen = await judged('Doctoral studentships attached to the grants have also been frozen.');
    assert.equal(frozen.suggestions.length, 0, frozen.suggestions.map((e) => e.source.text.slice(e.span.start, e.span.end)).join());
    const funded = await judged('Doctoral studentships attached to the grants will continue to be funded in full.');
    assert.equal(funded.suggestions.length, 1);
  });

  test('a month named without a year in a dated story is in the year the story means: ahead of its date, the next one', async () => {
    const judged = await judgeAgainst([
      { name: 'debates.txt', text: lines('Party sets debate schedule', 'December 20, 2018', '', 'The party announced a plan for 12 primary debates, with the first planned for June.') },
      { name: 'hires.txt', text: lines('Factory hires', 'March 3, 2019', '', 'In November the factory hired 40 new workers.') },
    ]);
    const june = await judged('The party announced 12 primary debates, the first planned for June 2019 [@debates].');
    assert.deepEqual(june.cited?.missingFigures ?? [], [], 'June, ahead of December 2018, is June 2019');
    assert.equal(june.status, 'supported');
    const wrong = await judged('The party announced 12 primary debates, the first planned for June 2020 [@debates].');
    assert.deepEqual(wrong.cited?.missingFigures, ['2020']);
    const november = await judged('In November 2018 the factory hired 40 new workers [@hires].');
    assert.deepEqual(november.cited?.missingFigures ?? [], [], 'November, looked back on in March 2019, is November 2018');
    const later = await judged('In November 2017 the factory hired 40 new workers [@hires].');
    assert.notEqual(later.status, 'supported');
  });

  test('what happened, found only in a passage that wonders, is no fact because another passage names the ship', async () => {
    const judged = await judgeAgainst([
      { name: 'live.txt', text: lines('Live', '', 'Salvors will attempt to refloat the container ship Kestrel Bay on Friday, using the high tide due shortly after 6pm, the company said.') },
      { name: 'statement.txt', text: lines('Statement', '', 'Preliminary information from the crew suggests the vessel may have lost propulsion shortly before the grounding.') },
    ]);
    const v = await judged('The Kestrel Bay lost propulsion shortly before it grounded.');
    assert.equal(v.status, 'unsupported');
    assert.equal(v.reason, 'hedged');
    assert.equal(v.hedged?.source.key, 'statement');
    const said = await judged('The crew suggests the Kestrel Bay may have lost propulsion shortly before it grounded.');
    assert.notEqual(said.reason, 'hedged', 'said as the source says it');
  });

  test('two figures the other way round are a contradiction quoting both, with no fix; "up from 51" is the same order as "from 51 to 64"', async () => {
    const judged = await judgeAgainst([
      { name: 'courier.txt', text: lines('Courier', '', "The council's food safety team fell from nine inspectors to six after the 2023 budget.", '', 'Lines 3, 7 and 9 now run every 20 minutes instead of every 12 minutes.', '', 'He said the fair had 64 food vendors this year, up from 51 in 2023.') },
    ]);
    const team = await judged("The council's food safety team grew from six inspectors to nine after the 2023 budget.");
    assert.equal(team.status, 'contradicted');
    assert.equal(team.contradiction?.sourceText, 'nine inspectors to six');
    assert.equal(team.contradiction?.ambiguous, true, 'no one-figure fix');
    const lines3 = await judged('Lines 3, 7 and 9 now run every 12 minutes instead of every 20 minutes.');
    assert.equal(lines3.status, 'contradicted');
    const vendors = await judged('The number of food vendors at the fair rose from 51 in 2023 to 64 this year.');
    assert.equal(vendors.status, 'supported', vendors.contradiction?.sourceText);
    assert.equal(vendors.suggestions.length, 1, 'cited to "64 …, up from 51"');
  });

  test('a weekday the calendar gives otherwise is contradicted, and one only in date lines is no statement of when it happened', async () => {
    const judged = await judgeAgainst([
      { name: 'courier.txt', text: lines('Courier', 'Tuesday 23 January 2024', '', 'The university announced its inquiry into the laboratory on 22 January.') },
      { name: 'police.txt', text: lines('For immediate release: Sunday 10 March 2024', '', 'A security guard discovered the break-in at the museum at about 6:45 a.m. on Sunday.') },
      { name: 'statement.txt', text: lines('Issued Monday 11 March 2024 The trustees of the museum are devastated by the theft, which took place in the early hours of Sunday 10 March.') },
    ]);
    const wednesday = await judged('The university announced its inquiry into the laboratory on Wednesday 22 January.');
    assert.equal(wednesday.status, 'contradicted');
    assert.equal(wednesday.contradiction?.sourceText, 'Monday');
    assert.equal(wednesday.contradiction?.because, '22 January 2024 was a Monday');
    const monday = await judged('The university announced its inquiry into the laboratory on Monday 22 January.');
    assert.equal(monday.status, 'supported');
    const found = await judged('A security guard discovered the break-in at the museum early on Monday.');
    assert.notEqual(found.status, 'supported', 'Monday is only when the statement was issued');
    const sunday = await judged('A security guard discovered the break-in at the museum early on Sunday.');
    assert.equal(sunday.status, 'supported');
  });

  test('a motion proposed by a councillor the minutes give only a title and surname is not credited to another', async () => {
    const judged = await judgeAgainst([
      { name: 'minutes.txt', text: lines('Minutes', '', '4. Motion: independent review (proposed by Cllr Dev Mahadeo)', '', 'Deferred to the October meeting.', '', '5. Motion: temperature logs at licensed events (proposed by Cllr Okonjo-Hale)', '', 'Carried unanimously.') },
      { name: 'courier.txt', text: lines('Courier', '', 'Councillors voted to defer the motion tabled by Councillor Dev Mahadeo.') },
    ]);
    const v = await judged('The temperature-log motion was proposed by Councillor Dev Mahadeo.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.kind, 'name');
    assert.equal(v.contradiction?.sourceText, 'Cllr Okonjo-Hale');
    const right = await judged('The temperature-log motion was proposed by Councillor Ruth Okonjo-Hale.');
    assert.notEqual(right.status, 'contradicted');
  });

  test('"I\'ve" and "I\'m" are no names, in a sentence or in a passage', () => {
    assert.deepEqual(analyzeClaim('"I\'ve seen the report and I\'m worried," Smith said.').names.map((n) => n.text), ['Smith']);
    assert.deepEqual(namesOf(readSentence("WIELGUS: I've seen that number, and I'm sure of it.")).map((n) => n.text), []);
  });

  test('the text of a motion the minutes never record as carried is what was proposed, not what was done', async () => {
    const judged = await judgeAgainst([
      { name: 'minutes.txt', text: lines('Minutes', '', '4. Motion: independent review (proposed by Cllr Mahadeo)', '', 'That the council commission an independent review of food safety at the fair, at a cost not exceeding £40,000.', '', 'Cllr Okonjo-Hale moved that the motion be deferred to October. The motion was therefore not voted on.', '', '5. Motion: temperature logs (proposed by Cllr Okonjo-Hale)', '', 'That every vendor of hot food at a licensed event keep a written record of holding temperatures.', '', 'Carried unanimously.') },
    ]);
    const review = await judged('The council approved an independent review of food safety at the fair, at a cost of up to £40,000.');
    assert.notEqual(review.status, 'supported');
    assert.equal(review.suggestions.length, 0);
    const logs = await judged('The council decided that every vendor of hot food at a licensed event must keep a written record of holding temperatures.');
    assert.equal(logs.status, 'supported', 'a motion the minutes record as carried is what was done');
    const proposed = await judged('A motion proposed that the council commission an independent review of food safety at the fair.');
    assert.equal(proposed.status, 'supported', 'said as proposed, it is so');
  });

  test('digits of a code are no figure, and "0.4 m" is not 0.4 million: no fix offering a report number for a height', async () => {
    assert.deepEqual(quantitiesOf(readSentence('Report ref: THC-2417-P1, flight BA-2490, the A-380 and COVID-19.')).map((q) => q.raw), []);
    assert.deepEqual(quantitiesOf(readSentence('In mid-2003 a 10-year-old boy saw it.')).map((q) => q.raw), ['2003', '10']);
    assert.deepEqual(quantitiesOf(readSentence('It cost £1.2 m to raise the wall by 0.4 m.')).map((q) => q.value), [1_200_000, 0.4]);
    const judged = await judgeAgainst([
      { name: 'survey.md', text: lines('Client: Haleside District Council | Report ref: THC-2417-P1 | Issue date: 24 September 2024', '', '5.1 Sealing the gaps and raising the wall by 0.4 m would cost between £1.1m and £1.6m.') },
    ]);
    const v = await judged('Sealing the gaps and raising the wall by 0.4 metres would cost between £1.1 million and £1.6 million.');
    assert.equal(v.status, 'supported', v.contradiction?.sourceText);
  });

  test('"rejected" where the source says "agreed" is a contradiction ("agreed" is read as "agree")', async () => {
    const judged = await judgeAgainst([
      { name: 'courier.txt', text: lines('Courier', '', 'Each flooded household will be able to claim £500. Cabinet also agreed to waive council tax for flooded homes for three months.') },
    ]);
    const v = await judged('The cabinet rejected a proposal to waive council tax for flooded homes for three months.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.suggestions.length, 0);
    const right = await judged('The cabinet agreed to waive council tax for flooded homes for three months.');
    assert.equal(right.status, 'supported');
  });

  test('"not stood down until noon" says when: no contradiction from a passage giving the time, one from a passage with "until" the other way', async () => {
    const judged = await judgeAgainst([
      { name: 'minutes.txt', text: lines('Minutes', '', 'The critical incident was stood down at 12:00 on Wednesday 12 March.', '', 'The exhibition will run until the end of June.') },
    ]);
    const when = await judged('The critical incident was not stood down until noon on Wednesday 12 March.');
    assert.notEqual(when.status, 'contradicted', when.contradiction?.sourceText);
    const denied = await judged('The critical incident was not stood down on Wednesday 12 March.');
    assert.equal(denied.status, 'contradicted');
    const run = await judged('The exhibition will not run until the end of June.');
    assert.equal(run.status, 'contradicted');
  });

  test('a negation in a question someone asked is no one saying no', async () => {
    const judged = await judgeAgainst([
      { name: 'minutes.txt', text: lines('Minutes', '', '4.6 Cllr Wilk asked why multi-factor authentication had not been required for supplier accounts. Ms Ellery said this had been "on the roadmap for this year" and would now be completed by 30 April 2025.') },
      { name: 'report.txt', text: lines('Report', '', 'Multi-factor authentication was not required for supplier accounts.') },
    ]);
    const v = await judged('Ms Ellery said multi-factor authentication would be required on supplier accounts by 30 April.');
    assert.notEqual(v.status, 'contradicted', v.contradiction?.evidence.source.key);
    const denied = await judged('Multi-factor authentication was required for supplier accounts.');
    assert.equal(denied.status, 'contradicted', 'a plain statement still contradicts');
  });

  test('a time of day in words is a time: "twenty to three in the morning" is 02:40, "half past seven" 7:30; "five to six pct" is a range', async () => {
    const clock = (t: string) => quantitiesOf(readSentence(t)).map((q) => `${q.kind} ${q.value}`);
    assert.deepEqual(clock('It was spotted at around twenty to three in the morning.'), ['clock 160']);
    assert.deepEqual(clock('They met at half past seven.'), ['clock 450']);
    assert.deepEqual(clock('Growth of five to six pct is expected.'), ['percent 5', 'percent 6']);
    const judged = await judgeAgainst([
      { name: 'statement.txt', text: lines('Statement', '', 'Suspicious activity was detected on the hospital network at 02:40 on Tuesday 4 March.') },
    ]);
    const v = await judged('Suspicious activity was spotted on the hospital network at around twenty to three in the morning on Tuesday 4 March.');
    assert.equal(v.status, 'supported', JSON.stringify(v.overall?.missingFigures));
  });

  test('"the Gazette reported on 6 March that 37 ambulances were diverted": the day is the report\'s date, and the 37 is not the Gazette\'s own', async () => {
    const judged = await judgeAgainst([
      { name: 'gazette.html', text: '<html><head><title>Hospital on paper records | Tarr Valley Gazette</title></head><body><header><a href="/" class="logo">Tarr Valley Gazette</a></header><main><article><h1>Hospital still on paper records</h1><p class="byline">By Priya Nandakumar · Thursday 6 March 2025</p><p>Tarrow General Hospital is still running on paper records two days after a cyber attack, with 180 planned operations postponed and 37 ambulances diverted to neighbouring hospitals, the Gazette has learned.</p></article></main></body></html>' },
    ]);
    const v = await judged('The Gazette had reported on 6 March that 37 ambulances had been diverted.');
    assert.equal(v.status, 'supported', `${v.reason} ${JSON.stringify(v.overall?.missingFigures)} ${JSON.stringify(v.overall?.missingEntities)}`);
    const wrongDay = await judged('The Gazette had reported on 9 March that 37 ambulances had been diverted.');
    assert.notEqual(wrongDay.status, 'supported');
  });

  test('a figure glued to its multiplier or unit is read: "£30m", "$5bn", "90mm", "45km" (a bare "3m" stays unread)', async () => {
    const read = (t: string) => quantitiesOf(readSentence(t)).map((q) => `${q.kind} ${q.value}${q.currency ? ' ' + q.currency : ''}${q.unit ? ' ' + q.unit : ''}`);
    assert.deepEqual(read('The bridge cost £30m and the tunnel $5bn.').map((x) => x.split(' ').slice(0, 3).join(' ')), ['money 30000000 pound', 'money 5000000000 dollar']);
    assert.deepEqual(read('Around 90mm of rain fell on a 45km stretch.').length, 2);
    assert.deepEqual(read('Some 3m people watched.'), []);
    const judged = await judgeAgainst([
      { name: 'council.txt', text: lines('Council', '', 'The new bridge over the Tarr cost £30m, the council said.', '', 'Around 90mm of rain fell in the hills on Saturday.') },
    ]);
    assert.equal((await judged('The new bridge over the Tarr cost £40m, the council said.')).status, 'contradicted');
    assert.equal((await judged('The new bridge over the Tarr cost £30m, the council said.')).status, 'supported');
    assert.equal((await judged('Around 90 millimetres of rain fell in the hills on Saturday.')).status, 'supported');
  });

  test('a hedge in another clause ("but put off a decision on whether …") does not make the rest of the sentence a guess', async () => {
    const judged = await judgeAgainst([
      { name: 'courier.txt', text: lines('Courier', '', "The council's cabinet on Thursday evening approved a £500,000 hardship fund for households hit by the flood, but put off a decision on whether to commission an independent review.") },
    ]);
    const fund = await judged('On Thursday the cabinet approved a £500,000 hardship fund for households hit by the flood [@courier].');
    assert.equal(fund.status, 'supported', fund.reason);
    const review = await judged('On Thursday the cabinet decided to commission an independent review of the flood [@courier].');
    assert.notEqual(review.status, 'supported');
  });

  test('"deserves better" is an opinion, and a word in scare quotes quotes no one; a quotation of several words is still checked', async () => {
    for (const sentence of ['Merrowby deserves better than flood warnings that arrive after the water does.', 'The council should stop hiding behind the word "exceptional".']) {
      const v = await verdictOf(sentence);
      assert.equal(v.status, 'not-a-claim', sentence);
      assert.equal(v.reason, 'opinion', sentence);
    }
    const quoted = await verdictOf('The council should "act now or never act at all," Okoro said.');
    assert.notEqual(quoted.reason, 'opinion');
  });

  test('a bound under the claim\'s own negation is read as the source\'s is: the same sentence backs itself', async () => {
    const judged = await judgeAgainst([
      { name: 'talks.txt', text: lines('Talks', '', 'Settlement talks broke down earlier this year after Pennzoil insisted it would not settle for less than four billion dlrs.', '', 'The offer would not be valid unless USAir is left with more than half of the stock.') },
    ]);
    for (const sentence of ['Settlement talks broke down earlier this year after Pennzoil insisted it would not settle for less than four billion dlrs.', 'The offer would not be valid unless USAir is left with more than half of the stock.']) {
      const v = await judged(sentence);
      assert.equal(v.status, 'supported', `${sentence} ${JSON.stringify(v.overall?.missingFigures)}`);
    }
  });

  test('a score or tally with a hyphen is two figures: "a 10-8 lead" is not backed by "a 10-7 lead"', async () => {
    assert.deepEqual(quantitiesOf(readSentence('The amendment was carried 7-4 after a 3-0 win.')).map((q) => q.value), [7, 4, 3, 0]);
    const judged = await judgeAgainst([
      { name: 'match.txt', text: lines('Match report', '', 'Williams cleared the table to take a 10-7 lead into the final session.') },
    ]);
    assert.notEqual((await judged('Williams cleared the table to take a 10-8 lead into the final session.')).status, 'supported');
    assert.equal((await judged('Williams cleared the table to take a 10-7 lead into the final session.')).status, 'supported');
  });

  test('two sources giving a figure differently: no citation for either, and a note quoting both', async () => {
    const sources: MemorySource[] = [
      { name: 'courier.txt', text: lines('Courier', '', 'The transit agency grounded 48 of its electric buses on Wednesday after a second fire.') },
      { name: 'report.txt', text: lines('Report', '', 'The transit agency grounded 46 of its electric buses on Wednesday after a second fire, the agency said.') },
      { name: 'notes.txt', text: lines('Notes', '', 'The depot reopened on Friday with a new fire door.') },
    ];
    const s = await makeService(sources);
    const text = 'The transit agency grounded 48 of its electric buses on Wednesday after a second fire.\n';
    const v = (await s.check(doc(text))).verdicts[0];
    assert.equal(v.status, 'supported');
    assert.equal(v.disputed?.sourceText, '46');
    assert.equal(v.suggestions.length, 0, 'no citation while the sources disagree');
    const [d] = await s.getDiagnostics(doc(text));
    assert.equal(d.code, 'claim.sources-disagree');
    assert.match(d.message, /^Sources disagree: @courier, para\. 1 gives 48, but @report, para\. 1 gives 46/);
    // A figure both give alike is no dispute.
    const agreed = (await s.check(doc('The transit agency grounded its electric buses on Wednesday after a second fire.\n'))).verdicts[0];
    assert.equal(agreed.disputed, undefined);
  });

  test('a sentence after "63°C." is checked on its own, not as part of the one before', async () => {
    const judged = await judgeAgainst([
      { name: 'report.txt', text: lines('Inspection', '', 'On 17 September the stall kept food at 41°C, below the required 63°C.', '', 'Most of the cases had attended the fair on the Sunday.') },
    ]);
    const v = await judged('On 17 September the stall kept food at 41°C, below the required 63°C. Most of the cases attended the fair on the Saturday.');
    assert.match(v.sentence.claimText, /63°C\.$/);
  });
});

describe('what the tenth and eleventh blind trials found', () => {
  test("a table is read a row at a time: one row's date does not back a claim about another row's item", async () => {
    const table = lines('| System | Taken offline | Restored |', '|---|---|---|', '| Patient record | 4 Mar | 8 Mar |', '| Pathology | 4 Mar | 9 Mar |', '| Booking | 4 Mar | 7 Mar |', '| Prescribing | 4 Mar | 10 Mar |');
    const judged = await judgeAgainst([
      { name: 'report.md', text: lines('# Incident report', '', '## Systems affected', '', table) },
      UNRELATED,
    ]);
    // The patient record's row gives 8 March; the prescribing row adds nothing to it, and no citation is offered.
    const wrong = await judged('Prescribing was restored on 8 March.');
    assert.equal(wrong.suggestions.length, 0, wrong.suggestions.map((e) => e.source.text.slice(e.span.start, e.span.end)).join());
    assert.ok(wrong.overall?.unsupported?.includes('Prescribing'), JSON.stringify(wrong.overall?.unsupported));
    const right = await judged('Prescribing was restored on 10 March.');
    assert.equal(right.status, 'supported');
    assert.equal(right.suggestions.length, 1);
  });

  test('no citation to a passage that says it of something else: the head of what the sentence opens with must be there', async () => {
    const judged = await judgeAgainst([
      { name: 'update.txt', text: lines('Trust update', '', 'Our electronic patient record system was restored at 21:00 on Saturday 8 March.') },
      { name: 'report.txt', text: lines('INTERIM REPORT', '', 'We found no evidence that the backup generators failed during the outage.') },
      UNRELATED,
    ]);
    const other = await judged('Electronic prescribing was restored on 8 March, the same day as the patient record.');
    assert.equal(other.suggestions.length, 0, other.suggestions.map((e) => e.source.text.slice(e.span.start, e.span.end)).join());
    const same = await judged('The electronic patient record system was restored on Saturday 8 March.');
    assert.equal(same.suggestions.length, 1, 'the sentence about the record is cited');
    // A report that speaks as "we" is named by its own heading.
    const report = await judged('The report found no evidence that the backup generators failed during the outage.');
    assert.equal(report.suggestions.length, 1, report.status);
  });

  test('no citation to a passage that puts off what the sentence says was done, or to a motion or recommendation never carried', async () => {
    const judged = await judgeAgainst([
      { name: 'gazette.txt', text: lines('Gazette', '', 'A separate proposal to set up a £50,000 hardship fund for families who lost earnings was deferred to the committee\'s next meeting.') },
      { name: 'minutes.md', text: lines('# Minutes', '', '4.1 Moved by Dr Colm Regan, seconded by Professor Ann Treharne: "That the University commission an external audit of all raw data held by the laboratory since 2015."', '', '4.2 The Registrar asked for time to take legal advice.', '', '4.3 **DEFERRED** to the meeting of 14 November. No vote was taken.') },
      { name: 'report.md', text: lines('# Inquiry report', '', '5.3 That the University require image screening for all manuscripts from the institute.') },
    ]);
    const fund = await judged('It approved a £50,000 hardship fund for families who lost earnings.');
    assert.equal(fund.suggestions.length, 0, fund.suggestions.map((e) => e.source.text.slice(e.span.start, e.span.end)).join());
    const audit = await judged('It approved an external audit of all raw data held by the laboratory since 2015.');
    assert.equal(audit.suggestions.length, 0, audit.suggestions.map((e) => e.source.text.slice(e.span.start, e.span.end)).join());
    // And the verdict says so: the passage that has the rest of it says "deferred" (a motion's "commission"
    // is no word like "approved": not a verb said done).
    const committee = await judged('The committee approved a £50,000 hardship fund for families who lost earnings.');
    assert.equal(committee.status, 'contradicted', `${committee.status} ${committee.reason ?? ''}`);
    assert.equal(committee.contradiction?.sourceText, '“deferred”');
    const proposed = await judged('Dr Colm Regan proposed that the University commission an external audit of all raw data held by the laboratory since 2015.');
    assert.equal(proposed.suggestions.length, 1, 'the motion is cited for its being moved');
    const recommended = await judged('The inquiry recommended that the University require image screening for all manuscripts from the institute.');
    assert.equal(recommended.suggestions.length, 1, 'a recommendation is cited for a sentence that says it was recommended');
  });

  test('no citation to a passage that says it only under a "not", or names the word only as what it was not', async () => {
    const judged = await judgeAgainst([
      { name: 'radio.txt', text: lines('Radio', '', "DR HELEN MARSH: Some of the reports are from adults, school staff, and we're looking at those carefully. We haven't yet confirmed any adult cases among school staff.") },
      { name: 'minutes.txt', text: lines('Minutes', '', 'A provision of £146,000 has been set aside. No repayment has been made and none has been requested.') },
      { name: 'inspection.txt', text: lines('Inspection', '', 'Mayonnaise for the filling was made on site with raw shell eggs rather than pasteurised egg.') },
      { name: 'release.txt', text: lines('Release', '', 'Most children with salmonella recover within a week without hospital treatment, Dr Marsh said.') },
      { name: 'ledger.txt', text: lines('Ledger', '', 'The panel concluded that the manipulation was misconduct, but said it could not determine which individual altered the images.') },
    ]);
    await citesNone(judged, [
      'Dr Marsh said the agency had confirmed adult cases among school staff.',
      'The university has repaid £146,000.',
      'Mayonnaise for the filling was made with pasteurised egg.',
      'Most children with salmonella need hospital treatment, Dr Marsh said.',
      'The panel concluded that Professor Penhallow altered the images.',
    ]);
    // Said as the passage says it, each is cited.
    await citesOne(judged, ['The panel concluded that the manipulation was misconduct.', 'Mayonnaise for the filling was made on site with raw shell eggs.', 'Most children with salmonella recover within a week without hospital treatment, Dr Marsh said.']);
  });

  test("a correction's figure replaces only one that counts the same thing, and never the date the earlier version was published", async () => {
    const judged = await judgeAgainst([
      { name: 'post.md', text: lines('# Senate suspends professor', '', 'The motion was carried by 14 votes to 3 at a meeting on Thursday afternoon.', '', 'CORRECTION: An earlier version of this article stated that the inquiry found 14 manipulated figures across five papers. The report found 11 manipulated figures across four papers.') },
      { name: 'herald.md', text: lines('# Outbreak', '', 'The NPHA said eleven children had been treated in hospital at Kettlewick General, and that three remained there on Tuesday.', '', 'CORRECTION: An earlier version of this article, published on Saturday 8 March, stated that 112 children had fallen ill. The NPHA figure, as of Tuesday 11 March, is 87 cases.') },
    ]);
    const papers = await judged('The inquiry found 11 manipulated figures across five papers.');
    assert.equal(papers.status, 'contradicted');
    // Withdrawn as a whole sentence, or its figure replaced: four papers, never 11.
    assert.notEqual(papers.contradiction?.sourceText, '11');
    if (papers.contradiction?.kind === 'number') assert.equal(papers.contradiction.sourceText, 'four');
    const votes = await judged('The motion was carried by 14 votes to 5 on Thursday afternoon.');
    assert.notEqual(votes.contradiction?.sourceText, '11', 'the 14 figures of the correction are no 14 votes');
    const remained = await judged('Five children remained in Kettlewick General Hospital on Tuesday.');
    assert.equal(remained.status, 'contradicted');
    assert.equal(remained.contradiction?.sourceText, 'three', 'the figure beside "remained", not the one beside "children had been treated"');
  });

  test("a day is confirmed only by a passage about the same thing: an aside's name is not the figure's owner, and a masthead's day does not fill in another", async () => {
    const judged = await judgeAgainst([
      { name: 'herald.md', text: lines('Kettlewick Herald | Saturday 8 March 2025', '', '# Children ill after school lunches', '', 'More than eighty children have fallen ill after eating school lunches.', '', 'Greenfold, which prepares about 3,200 meals a day from its kitchen on the Millbrook Industrial Estate, voluntarily stopped production at 6pm on Friday 7 March.') },
      { name: 'inspection.md', text: lines('# Inspection report', '', 'Officers carried out an unannounced inspection of the kitchen of Greenfold School Meals Ltd on Saturday 8 March 2025 between 10:15 and 15:30.') },
    ]);
    const wrong = await judged('Greenfold School Meals voluntarily stopped production at 6pm on Saturday 8 March.');
    assert.equal(wrong.status, 'contradicted', `${wrong.status} ${wrong.reason ?? ''}`);
    assert.equal(wrong.contradiction?.sourceText, 'Friday 7 March');
    const right = await judged('Greenfold School Meals voluntarily stopped production at 6pm on Friday 7 March.');
    assert.equal(right.status, 'supported');
  });

  test('a sentence saying nothing is decided yet states what "No decision expected" says: no hedge', async () => {
    const judged = await judgeAgainst([
      { name: 'notes.md', text: lines('# Notes', '', '- Council meets the university on Friday.', '- No decision expected before March 2025.') },
      { name: 'other.txt', text: lines('Other', '', 'The council is examining whether grant funds should be recovered.') },
    ]);
    const v = await judged('The council does not expect to reach a decision before March 2025.');
    assert.notEqual(v.reason, 'hedged');
    assert.equal(v.status, 'supported');
    const asserted = await judged('The council has decided to recover the grant funds.');
    assert.equal(asserted.reason, 'hedged', 'one that says it was decided still states what the source only wonders');
  });

  test('no citation where a name is only like a word of the passage, a motion was withdrawn or adjourned, or a figure is only near a rough one', async () => {
    const judged = await judgeAgainst([
      { name: 'release.txt', text: lines('Release', '', 'Ferry: the department is assessing whether a temporary passenger ferry between Wexley Quay and Eastbank Steps could operate during the closure.') },
      { name: 'ledger.txt', text: lines('Ledger', '', 'Councillor Samir Patel withdrew a motion calling for the city to begin legal proceedings against Brennock Civil Engineering, after the city solicitor advised against it.', '', 'Girder G7 may need to be replaced entirely, he said.') },
      { name: 'minutes.md', text: lines('# Minutes', '', '3.6 Motion that the club be required to lodge a safety bond of £500,000 with the council. The item was adjourned to the meeting of 20 March 2025. No vote was taken.') },
      { name: 'herald.txt', text: lines('Herald', '', 'The 214-metre crossing, which opened in 1971, carries about 38,000 vehicles a day.') },
    ]);
    await citesNone(judged, [
      'The department is assessing whether a temporary passenger ferry run by Riverlink Ferries could operate between Wexley Quay and Eastbank Steps.',
      'The committee voted to begin legal proceedings against Brennock Civil Engineering.',
      'The committee required the club to lodge a safety bond of £500,000 with the council.',
      'Girder G7 will have to be replaced entirely.',
      'The crossing carries 41,500 vehicles a day.',
    ]);
    // Said as the passages say it, each is cited.
    await citesOne(judged, ['Councillor Samir Patel withdrew a motion calling for legal proceedings against Brennock Civil Engineering.', 'The crossing carries about 38,000 vehicles a day.', 'The crossing carries 38,500 vehicles a day.']);
  });

  test('figures as written: "seven and a half tonnes", "Monday 17 and Friday 21 February", "opened in 1971, carries …"', () => {
    const read = (t: string) => quantitiesOf(readSentence(t)).map((q) => [q.raw, q.kind, q.value]);
    assert.deepEqual(read('from forty-four tonnes to seven and a half tonnes')[1], ['seven and a half', 'number', 7.5]);
    assert.deepEqual(read('between Monday 17 and Friday 21 February 2025').filter((q) => q[1] === 'date').map((q) => q[2]), [217, 221]);
    assert.deepEqual(read('The crossing, which opened in 1971, carries about 38,000 vehicles a day.')[0].slice(1), ['year', 1971]);
    // A span is no share: "within half an hour" is 30 minutes, "a quarter of a mile" nothing (but "more than half of the votes" is one).
    assert.deepEqual(read('The alert reached phones within half an hour of the order.'), [['half an hour', 'number', 30]]);
    assert.deepEqual(read('It is a quarter of a mile away.'), []);
    assert.deepEqual(read('more than half of the votes'), [['more than half', 'percent', 50]]);
    // The bound reaches over the article: the fix for "More than a quarter" replaces all of it.
    assert.deepEqual(read('More than a quarter of the businesses said so.'), [['More than a quarter', 'percent', 25]]);
  });

  test('true sentences two blind trials were warned about: a figure the passage states itself, a hedge in another clause, a passive "ruled out", a weekday the table gives', async () => {
    const judged = await judgeAgainst([
      { name: 'herald.txt', text: lines('Herald', '', "The 214-metre crossing, which opened in 1971, carries about 38,000 vehicles a day, according to the Herald's analysis of the department's 2023 traffic counts. It is the only four-lane road bridge in the city centre.") },
      { name: 'web.txt', text: lines('Web', '', 'The chamber surveyed 140 businesses. Of those, 62% reported fewer customers than in a normal week, and 18% said they were considering reducing staff hours.') },
      { name: 'report.md', text: lines('# Report', '', '6.1 The cracks are consistent with fatigue at the toes of the stiffener welds. Corrosion has been ruled out as the primary cause.', '', '| Stand | Capacity (2024) | Defects found | Inspected |', '|---|---|---|---|', '| North Stand | 3,200 | 14 | Tuesday 11 February 2025 |', '| South Terrace | 2,600 | 6 | Wednesday 12 February 2025 |') },
    ]);
    for (const sentence of [
      'The 214-metre crossing opened in 1971 and is the only four-lane road bridge in the city centre.',
      'A survey of 140 businesses found that 62% reported fewer customers [@web].',
      'The report says the cracks are consistent with fatigue at the toes of the stiffener welds and rules out corrosion as the primary cause.',
      'The North Stand was inspected on Tuesday 11 February [@report].',
      'Engineers found corrosion in five of the nine roof trusses of the North Stand [@report].',
    ]) {
      const v = await judged(sentence);
      assert.notEqual(v.status, 'contradicted', `${sentence} → ${v.contradiction?.sourceText}`);
      assert.notEqual(v.reason, 'hedged', sentence);
    }
    // The table's own weekday, not a calendar in the header's year (2024), decides; and a row is the claim's only if its label is.
    const wednesday = await judged('The North Stand was inspected on Wednesday 11 February [@report].');
    assert.equal(wednesday.status, 'contradicted');
    assert.equal(wednesday.contradiction?.sourceText, 'Tuesday');
  });

  test('a name another source ties to the story is not contradicted by a passage naming someone else in its place', async () => {
    const judged = await judgeAgainst([
      { name: 'minutes.md', text: lines('# Licensing committee', '', '3.3 Motion (proposed Cllr Oyelaran, seconded Cllr Bains): that the permitted capacity of the ground be reduced from 11,400 to 7,450. Carried 5–2 (Cllr Hadley and Cllr Rushby voting against).') },
      { name: 'post.txt', text: lines('Post', '', 'Cllr Tom Hadley, who voted against the capacity reduction because he wanted the certificate suspended, said the ground was run on luck. Cllr Margaret Oyelaran, who chairs the committee, said the reduction was right.') },
    ]);
    const v = await judged('Cllr Tom Hadley and Cllr Joan Rushby voted against the reduction.');
    assert.notEqual(v.status, 'contradicted', v.contradiction?.sourceText);
  });




  test("a report's revision note withdraws the figure an earlier revision gave, and is never cited for it", async () => {
    const judged = await judgeAgainst([
      { name: 'inspection.md', text: lines('# Inspection report', '', '4.2 Girder G4 has a crack at its lower flange.', '', '8.1 Revision A (24 February, draft) recorded the crack in girder G4 as 76 mm. Following re-measurement on 26 February, the length was corrected to 67 mm in this Revision B.') },
    ]);
    const old = await judged('The crack in girder G4 measured 76 millimetres.');
    assert.equal(old.status, 'contradicted', `${old.status} ${old.reason ?? ''}`);
    assert.equal(old.suggestions.length, 0);
    assert.equal((await judged('The crack in girder G4 measured 67 millimetres.')).status, 'supported');
  });

  test('a count whose noun is left out ("three remained") is compared with the claim\'s; a participle before a noun ("300 recovered balloons") counts that noun', () => {
    const read = (t: string) => quantitiesOf(readSentence(t)).filter((q) => q.kind === 'number').map((q) => q.unit);
    assert.deepEqual(read('eleven children were treated, and three remained there on Tuesday'), ['children', undefined]);
    assert.notEqual(read('The museum displays 300 recovered balloons.')[0], undefined);
  });

  test('a tally counts votes however written: "voted six to four" is "For 6, Against 4"; "6–1" is not "Carried 5–2"', async () => {
    const units = (t: string) => quantitiesOf(readSentence(t)).map((q) => q.unit);
    assert.deepEqual(units('Councillors voted six to four to commission a review.'), ['vote', 'vote']);
    assert.deepEqual(units('Vote: For 6, Against 4, Abstain 0. CARRIED.').slice(0, 2), ['vote', 'vote']);
    assert.deepEqual(units('The motion was carried 5–2.'), ['vote', 'vote']);
    assert.notEqual(units('The river rose by 3 to 4 metres.')[0], 'vote');
    const judged = await judgeAgainst([
      { name: 'minutes.md', text: lines('# Minutes', '', 'Motion: that the committee commission an independent review of the 2019 refurbishment contract.', '', 'Vote: For 6, Against 4, Abstain 0. **CARRIED.**', '', '3.3 Motion that the permitted capacity be reduced from 11,400 to 7,450. **Carried 5–2.**') },
    ]);
    const review = await judged('Councillors voted six to four to commission an independent review of the 2019 refurbishment contract [@minutes].');
    assert.deepEqual(review.cited?.missingFigures ?? [], []);
    const capacity = await judged('Councillors voted 6–1 to reduce the permitted capacity from 11,400 to 7,450 [@minutes].');
    assert.notEqual(capacity.status, 'supported');
  });

  test("a list's items are sentences of their own: one item's \"oppose\" is not the opposite of another's \"support\"", async () => {
    const judged = await judgeAgainst([
      { name: 'survey.md', text: lines('# Supporters survey', '', 'Asked about the proposed purchase of the club:', '', '- 12% support the takeover unconditionally', '- 56% support the takeover only if the buyer guarantees that the club will stay at its ground', '- 24% oppose the takeover', '- 8% are undecided') },
    ]);
    const v = await judged('More than half, 56 per cent, would back the takeover only if the buyer guarantees that the club will stay at its ground [@survey].');
    assert.notEqual(v.status, 'contradicted', v.contradiction?.sourceText);
    const against = await judged('Some 24 per cent support the takeover [@survey].');
    assert.equal(against.status, 'contradicted', 'the item that gives 24% says oppose');
  });

  test("a table row's labels are its cells without figures: the row the claim names gives its figure, not the first row", async () => {
    const judged = await judgeAgainst([
      { name: 'review.md', text: lines('# After-action review', '', '| Zone | Area | Order issued | Hectares burned | Crews |', '|---|---|---|---|---|', '| A | Calder Ridge town centre | 12 Aug | 1,240 | 14 |', '| B | Kestrel Creek | 12 Aug | 3,870 | 19 |', '| C | Upper Brack | 13 Aug | 2,310 | 11 |', '| Total | | | 7,420 | 44 |') },
    ]);
    const b = await judged('Zone B, the Kestrel Creek area, lost the most land, with 3,870 hectares burned [@review].');
    assert.notEqual(b.status, 'contradicted', b.contradiction?.sourceText);
    const wrong = await judged('Zone B, the Kestrel Creek area, lost the most land, with 2,310 hectares burned [@review].');
    assert.notEqual(wrong.status, 'supported');
  });

  test('no citation for who moved a motion to minutes that give it to someone else', async () => {
    const judged = await judgeAgainst([
      { name: 'minutes.md', text: lines('# Minutes', '', '4. Motion 2025-43: To request that the state utilities commission open an independent inquiry into the power company. Moved by Councillor Harrow, seconded by Councillor Mendes. Carried 6–1 (Pike opposed).') },
    ]);
    await citesNone(judged, ['Councillor Pike moved the motion asking the state utilities commission for an independent inquiry into the power company.']);
    await citesOne(judged, ['Councillor Harrow moved the motion asking the state utilities commission for an independent inquiry into the power company.']);
  });

  test("a figure an outlet's correction withdraws is contradicted though the sentence names the outlet as reporting it", async () => {
    const judged = await judgeAgainst([
      { name: 'courier.md', text: lines('# The Harrowmere Courier', '', 'The owner has agreed to sell the club to an investment group for £14.5m, the Courier understands.', '', 'CORRECTION: An earlier version of this article stated that the sale price was £15.4m. The correct figure is £14.5m. We apologise for the error.') },
    ]);
    const v = await judged('The Harrowmere Courier reported that the price was £15.4m [@courier, para. 2].');
    assert.equal(v.status, 'contradicted', `${v.status} ${v.reason ?? ''}`);
    assert.equal(v.contradiction?.sourceText, '£14.5m');
  });

  test('opinions in other words are no claims, names in them or not: "hard to see how", "were right to", "every reason to", "deserve better", "would be a disaster"', () => {
    for (const text of [
      'It is hard to see how any parent in Kettlewick could trust this company again.',
      'Councillors were right to resist the temptation to sue before the facts are known.',
      'Fans have every reason to be suspicious of the deal.',
      "Kettlewick's families deserve far better than this.",
      'Insurers leaving the mountains would be a disaster for towns like Calder Ridge.',
    ]) {
      const claim = analyzeClaim(text);
      assert.ok(claim.opinion !== undefined, text);
    }
    // Reported, each is checked: someone said it.
    assert.ok(!isOpinion(analyzeClaim('The mayor said councillors were right to resist the temptation to sue.')));
  });
});


describe('what the fifteenth and sixteenth blind trials found', () => {
  test('a table is read row by row for hedges and units, and no citation to a table for which row is largest', async () => {
    const table = lines(
      '| Girder | Crack length (mm) | Date found | Revised load rating (t) | Action |',
      '|---|---|---|---|---|',
      '| G3 | 112 | 18 Feb 2025 | 18 | Repair or replace |',
      '| G4 | 67 | 19 Feb 2025 | 26 | Repair |',
      '| G5 | 9 (unconfirmed indication) | 20 Feb 2025 | 40 | Monitor |',
    );
    const days = lines('| Day attended | Cases |', '|---|---|', '| Saturday | 41 |', '| Sunday | 128 |', '| Monday | 43 |');
    const judged = await judgeAgainst([
      { name: 'inspection.md', text: lines('# Inspection report', '', '## Table 1: Cracks by girder', '', table) },
      { name: 'outbreak.md', text: lines('# Outbreak report', '', '## Cases by day attended', '', days) },
      UNRELATED,
    ]);
    // One row's "unconfirmed" hedges no other row.
    const g3 = await judged('Inspectors found a 112 mm crack in girder G3 on 18 February.');
    assert.equal(g3.status, 'supported', `${g3.status} ${g3.reason ?? ''}`);
    assert.equal(g3.suggestions.length, 1);
    // "(t)" is tonnes: G4's row gives 26 where the sentence gives G3's 18.
    const g4 = await judged('Girder G4, where a crack was found on 19 February, now has a revised load rating of 18 tonnes.');
    assert.equal(g4.status, 'contradicted', `${g4.status} ${g4.reason ?? ''}`);
    assert.match(g4.contradiction?.sourceText ?? '', /26/);
    // Which day had most cases is a sum a reader does: no row states it.
    const most = await judged('Most of the cases attended the fair on the Saturday.');
    assert.equal(most.suggestions.length, 0, most.suggestions.map((e) => e.source.text.slice(e.span.start, e.span.end)).join());
  });

  test("a poll's answers are what people said: its question is no hedge, and 'said no' is the answer the passage gives", async () => {
    const judged = await judgeAgainst([
      { name: 'poll.md', text: lines('# Poll', '', 'Asked whether a fresh election should be held in Mill Lane, 46 per cent said yes, 38 per cent said no and 16 per cent did not know.') },
      UNRELATED,
    ]);
    const no = await judged('Thirty-eight per cent said no fresh election should be held in Mill Lane, and sixteen per cent did not know [@poll].');
    assert.equal(no.status, 'supported', `${no.status} ${no.reason ?? ''} ${JSON.stringify(no.contradiction?.sourceText ?? '')}`);
    // The question still hedges what it asks about, for a sentence that states it.
    const held = await judged('A fresh election will be held in Mill Lane [@poll].');
    assert.notEqual(held.status, 'supported');
  });

  test('a locator is not called wrong for the sake of a paragraph that does not say no where the sentence does', async () => {
    const police = lines(
      'NORTHMOOR POLICE - PRESS RELEASE',
      '',
      'A security guard discovered the break-in at approximately 6:45 a.m. on Sunday.',
      '',
      'Detective Inspector Rachel Okafor, who is leading the investigation, said: "This was a targeted and carefully planned burglary."',
      '',
      'Officers are reviewing CCTV footage from the surrounding area. No one was injured.',
    );
    const judged = await judgeAgainst([
      { name: 'police.txt', text: police },
      UNRELATED,
    ]);
    const hurt = await judged('Nobody was hurt in the burglary [@police, para. 3].');
    assert.notEqual(hurt.status, 'wrong-locator', hurt.betterLocator ? hurt.betterLocator.source.text.slice(hurt.betterLocator.span.start, hurt.betterLocator.span.end) : '');
  });

  test("a list that gives each figure before its name gives the figure to that name, and a forecast is cited only where the passage makes it", async () => {
    const judged = await judgeAgainst([
      { name: 'poll.md', text: lines('# Poll', '', 'Asked who they would vote for if a fresh election were held tomorrow, 37 per cent named Marian Okafor, 35 per cent Declan Reyes, 18 per cent Priya Halvorsen and 6 per cent Tomasz Whitlock.') },
      UNRELATED,
    ]);
    // 35 per cent is Mr Reyes's: no "replace with 18 per cent".
    const reyes = await judged('Asked who they would vote for in a fresh election, Declan Reyes got 35 per cent.');
    assert.notEqual(reyes.status, 'contradicted', JSON.stringify(reyes.contradiction?.sourceText));
    const wrong = await judged('Asked who they would vote for in a fresh election, Declan Reyes got 18 per cent.');
    assert.equal(wrong.status, 'contradicted', `${wrong.status} ${wrong.reason ?? ''}`);
    // The poll gives the shares; that she would win is the sentence's, not the poll's.
    const win = await judged("The poll shows that Ms Okafor would win a fresh election, with 37 per cent to Mr Reyes's 35 per cent.");
    assert.equal(win.suggestions.length, 0, win.suggestions.map((e) => e.source.text.slice(e.span.start, e.span.end)).join());
  });

  test('no citation to a passage that gives the motion to someone else, puts it off, or supposes what the sentence states', async () => {
    const judged = await judgeAgainst([
      { name: 'minutes.md', text: lines('# Minutes', '', 'Item 3. Cllr Reyes moved that the council support the bathing water application. Seconded by Cllr Hale. The motion was carried by 9 votes to 3.') },
      { name: 'echo.md', text: lines('# Echo', '', 'A request for £18,000 to train count staff was put off until July.') },
      { name: 'gazette.md', text: lines('# Gazette', '', 'Ms Okafor is understood to believe that at least nine of the 12 rejected papers show a clear preference for her.') },
      { name: 'statement.md', text: lines('# Statement', '', 'We are investing £18 million in storm storage tanks at Ashcombe Road. Work on the tanks is expected to begin in the autumn.') },
      { name: 'dispatch.md', text: lines('# Dispatch', '', 'The Forestry Division investigation is expected to last at least three months.') },
      UNRELATED,
    ]);
    await citesNone(judged, [
      'The motion to support the bathing water application was proposed by Cllr Hale.',
      'The committee approved a request for £18,000 to train count staff.',
      'Ms Okafor believes that at least nine of the 12 rejected papers show a clear preference for her.',
      'Work on the tanks began in the autumn.',
    ]);
    await citesOne(judged, [
      'The motion to support the bathing water application was proposed by Cllr Reyes.',
      'Ms Okafor is understood to believe that at least nine of the 12 rejected papers show a clear preference for her.',
      // Saying who expects it carries the passage's "is expected to".
      'The Forestry Division expects its investigation to last at least three months.',
    ]);
  });

  test("an owner named in the place of a name that is none is no word-for-word fix", async () => {
    const judged = await judgeAgainst([
      { name: 'riverwatch.md', text: lines('# Riverwatch', '', "Forty-one of the 270 spills recorded at Calderbrook Water's four River Lenn overflows in 2024 happened on days without rain.", '', 'The Ferrow Reach outfall spilled 22 times.') },
      UNRELATED,
    ]);
    const v = await judged('Forty-one of the spills were recorded at the Ferrow Reach outfall itself [@riverwatch].');
    if (v.status === 'contradicted' && v.contradiction?.kind === 'name') {
      // "at the Calderbrook Water's outfall" would be no sentence, and still not what the source says.
      assert.equal(v.contradiction.claimSpan, undefined, v.contradiction.sourceText);
    } else assert.notEqual(v.status, 'supported');
  });

  test('no citation to a passage without what the sentence says happened, when another passage says it', async () => {
    const judged = await judgeAgainst([
      { name: 'courier.md', text: lines('# Courier', '', "The recount was requested by Mr Reyes's agent minutes after the first count put Ms Okafor ahead. At the recount 66 ballot papers were rejected.") },
      { name: 'report.md', text: lines('# Report', '', "Ms Okafor's agent, Owen Trask, objected to the rejection of the 12 uncertain ballot papers. No objection was raised by any agent in respect of the unmarked papers.") },
      { name: 'echo.md', text: lines('# Echo', '', "Police said they had spoken to the ship's master, a 52-year-old Ukrainian national, but that no arrest had been made.") },
      UNRELATED,
    ]);
    await citesNone(judged, ["Mr Reyes's agent also objected to the rejection of the unmarked papers."]);
    // In other words, where no passage has the sentence's verb, is still cited.
    await citesOne(judged, ["Police interviewed the ship's master, a 52-year-old Ukrainian, but did not arrest him."]);
  });

  test("no citation to a passage that gives the sentence's figure for something else than another figure's sentence does", async () => {
    const judged = await judgeAgainst([
      { name: 'poll.md', text: lines('# Poll', '', 'Sixty-one per cent of respondents said they had heard about the dispute over the recount. Among those who had heard about it, 52 per cent said it had reduced their confidence in how local elections are run.') },
      { name: 'survey.md', text: lines('# Survey', '', '64% of families said they would look for a school other than Marston Green if Holloway Lane closed. 29% said they would move their child to Marston Green. 7% had not decided.') },
      UNRELATED,
    ]);
    await citesNone(judged, ['Sixty-one per cent of respondents said the dispute had reduced their confidence in how local elections are run.', 'Sixty-four per cent of families said they would move their child to Marston Green.']);
    await citesOne(judged, ['Twenty-nine per cent of families said they would move their child to Marston Green.']);
    await citesOne(judged, ['Sixty-one per cent of respondents said they had heard about the dispute over the recount.']);
  });

  test('"may" is a hedge, unless the sentence speaks of a right or a deadline the "may" gives', async () => {
    const judged = await judgeAgainst([
      { name: 'report.md', text: lines('# Inspection report', '', 'Inspectors may return within 30 months to check progress at Holloway Lane.') },
      { name: 'notice.md', text: lines('# Notice', '', 'The recipient may appeal against this notice to the Water Tribunal within 28 days, that is by Monday 30 June 2025.') },
      UNRELATED,
    ]);
    await citesNone(judged, ['Inspectors will return within 30 months to check progress at Holloway Lane.']);
    await citesOne(judged, ['Inspectors may return within 30 months to check progress at Holloway Lane.', 'The recipient has until Monday 30 June to appeal to the Water Tribunal.']);
    const v = await judged('Inspectors will return within 30 months to check progress at Holloway Lane.');
    assert.equal(v.status, 'unsupported', `${v.status} ${v.reason ?? ''}`);
  });

  test('no citation to a passage that names the person without the role the sentence gives them', async () => {
    const judged = await judgeAgainst([
      { name: 'courier.md', text: lines('# Courier', '', 'The dispute is over pay. The union is seeking a rise of 11 per cent over two years. Captain Rhys Penhallow, chair of the union\'s Kelbridge branch, said pilots had "not taken this step lightly" and that the union had not agreed to any further talks.') },
      UNRELATED,
    ]);
    await citesNone(judged, ["Captain Rhys Penhallow, the union's national negotiating officer, said pilots had not taken this step lightly."]);
    await citesOne(judged, ["Captain Rhys Penhallow, the union's branch chair, said pilots had not taken this step lightly.", 'Captain Rhys Penhallow said pilots had not taken this step lightly.']);
  });

  test('no citation to a passage that compares the same two the other way round, or does not say what is compared', async () => {
    const judged = await judgeAgainst([
      { name: 'survey.md', text: lines('# Survey', '', "Passengers on strike-day flights were more likely to be dissatisfied: 74 per cent rated the airline's handling as poor, against 52 per cent of those affected by the grounding.") },
      { name: 'wire.md', text: lines('# Wire', '', 'In all, 359 flights were cancelled: 212 during the strike and 147 during the grounding. The report put the number of passengers affected by both disruptions at 23,400.') },
      UNRELATED,
    ]);
    await citesNone(judged, ['Passengers affected by the grounding were more dissatisfied than those on strike-day flights.']);
    await citesOne(judged, ['Passengers on strike-day flights were more dissatisfied than those affected by the grounding.']);
  });

  test('a figure in words that opens a sentence is no name; a list item is a sentence of its own; what an outlet "understands" is supposed', async () => {
    const judged = await judgeAgainst([
      { name: 'survey.md', text: lines('# Survey', '', '- 12% support the takeover unconditionally', '- 56% support the takeover only if the club stays at Castlegate Road', '- 24% oppose the takeover') },
      { name: 'post.md', text: lines('# Post', '', 'The outbreak has made 212 people ill, according to the county. The Evening Post understands that 34 people were admitted to hospital.') },
      UNRELATED,
    ]);
    assert.deepEqual((await judged('Twenty-four per cent of respondents oppose the takeover.')).claim.names.map((n) => n.text), []);
    await citesOne(judged, ['Twenty-four per cent of respondents oppose the takeover.', 'Twelve per cent support the takeover unconditionally.']);
    await citesNone(judged, ['Twenty-four per cent support the takeover unconditionally.', 'Thirty-four people were admitted to hospital, according to the county.']);
  });

  test('each weekday of a sentence is checked, a short sentence with a date is no date line, and an opposite the sentence says itself contradicts nothing', async () => {
    const judged = await judgeAgainst([
      { name: 'consultation.md', text: lines('# Consultation document', '', 'The consultation opened on Monday 3 March 2025.', '', 'The consultation closes at 5pm on Friday 25 April 2025. Responses can be made at the public meetings on Monday 3 March and Wednesday 9 April 2025.') },
      UNRELATED,
    ]);
    const wrong = await judged('The consultation opened on Monday 3 March and closed at 5pm on Thursday 25 April 2025.');
    assert.equal(wrong.status, 'contradicted', `${wrong.status} ${wrong.reason ?? ''}`);
    assert.equal(wrong.contradiction?.claimText, 'Thursday');
    assert.equal(wrong.contradiction?.sourceText, 'Friday');
    const right = await judged('The consultation opened on Monday 3 March and closed at 5pm on Friday 25 April 2025.');
    assert.notEqual(right.status, 'contradicted', JSON.stringify(right.contradiction?.sourceText));
  });

  test("a figure the passage gives in other words is not contradicted by another figure of the story, and one given in the same sentence still is", async () => {
    const judged = await judgeAgainst([
      { name: 'consultation.md', text: lines('# Consultation', '', "Holloway Lane has capacity for 420 pupils but 142 on roll. Marston Green has capacity for 315 pupils and 187 on roll. The combined roll of 329 would exceed Marston Green's current capacity, so four additional classrooms would be built.") },
      UNRELATED,
    ]);
    const together = await judged('Together the two schools have 329 pupils, more than Marston Green can currently hold, so four extra classrooms would be built.');
    assert.notEqual(together.status, 'contradicted', JSON.stringify(together.contradiction?.sourceText));
    const room = await judged('Marston Green has capacity for 187 pupils.');
    assert.equal(room.status, 'contradicted', `${room.status} ${room.reason ?? ''}`);
  });

  test('no citation to a passage that has the verb only as what may or will happen', async () => {
    const judged = await judgeAgainst([
      { name: 'web.md', text: lines('# Travel Post', '', "Fly Fair's director, Owen Baptiste, said the group was preparing a test case and might file the claim at Kelbridge County Court in June.") },
      { name: 'council.md', text: lines('# Council notice', '', 'The council will close Mill Road to traffic on Monday 3 March while the bridge is inspected.') },
      UNRELATED,
    ]);
    await citesNone(judged, ["Fly Fair's director, Owen Baptiste, said the group had filed the claim at Kelbridge County Court."]);
    await citesOne(judged, ["Fly Fair's director, Owen Baptiste, said the group might file the claim at Kelbridge County Court in June."]);
    await citesNone(judged, ['The council closed Mill Road to traffic on Monday 3 March while the bridge was inspected.']);
    await citesOne(judged, ['The council will close Mill Road to traffic on Monday 3 March while the bridge is inspected.']);
  });

  test('"voted by ten to one" is a tally, not ten to one o\'clock, and "10 in favour, 1 against" counts votes', async () => {
    assert.deepEqual(analyzeClaim('Trustees voted by ten to one to appoint architects.').quantities.filter((q) => q.kind === 'clock'), []);
    assert.deepEqual(quantitiesOf(readSentence('The motion was carried: 10 in favour, 1 against.')).map((q) => q.unit), ['vote', 'vote']);
    const judged = await judgeAgainst([
      { name: 'minutes.md', text: lines('# Minutes', '', 'A motion to appoint architects for four additional classrooms at Marston Green at a cost of up to £180,000 was carried: 10 in favour, 1 against.') },
      UNRELATED,
    ]);
    const v = await judged('Trustees voted by ten to one to appoint architects for four additional classrooms at Marston Green, at a cost of up to £180,000 [@minutes].');
    assert.equal(v.status, 'supported', `${v.status} ${v.reason ?? ''} ${JSON.stringify(v.missingFigures ?? [])}`);
  });

  test('an opposite said of another figure contradicts nothing: "71% opposed …, 22% supported it" backs "22 per cent backed"', async () => {
    const judged = await judgeAgainst([
      { name: 'minutes.md', text: lines('# Minutes', '', 'The Chief Executive presented the consultation report: 1,146 responses were received, of which 71% opposed the proposal, 22% supported it and 7% expressed no view.') },
      UNRELATED,
    ]);
    const backed = await judged('Twenty-two per cent of respondents backed the proposal and seven per cent expressed no view.');
    assert.notEqual(backed.status, 'contradicted', JSON.stringify(backed.contradiction?.sourceText));
    const wrong = await judged('Seventy-one per cent of respondents backed the proposal.');
    assert.equal(wrong.status, 'contradicted', `${wrong.status} ${wrong.reason ?? ''}`);
  });

  test('a figure is confirmed only by a passage about as close as the one giving it otherwise', async () => {
    const judged = await judgeAgainst([
      { name: 'release.md', text: lines('# Press release', '', "The party will contribute £3,000 towards Ms Okafor's legal costs. The remaining costs will be met by Ms Okafor and by donations.") },
      { name: 'gazette.md', text: lines('# Gazette', '', 'Ms Okafor has had to pay £5,000 as security for costs, her solicitor said.') },
      UNRELATED,
    ]);
    const wrong = await judged('Ms Okafor has had to pay £3,000 as security for costs.');
    assert.equal(wrong.status, 'contradicted', `${wrong.status} ${wrong.reason ?? ''}`);
    assert.equal(wrong.contradiction?.sourceText, '£5,000');
    const party = await judged("The party will contribute £3,000 towards Ms Okafor's legal costs.");
    assert.equal(party.status, 'supported', `${party.status} ${party.reason ?? ''}`);
    // And a table row is no rival where a passage as close states the figure: one grant's £650,000 is not
    // "the programme grant" the Herald gives as £2.4 million.
    const grants = await judgeAgainst([
      { name: 'herald.md', text: lines('# Herald', '', 'The study was supported by a £2.4 million programme grant from the Northern Medical Research Council (NMRC).') },
      { name: 'report.md', text: lines('# Report', '', '## Table 1: Papers', '', '| Paper | Year | Funder | Grant | Amount |', '|---|---|---|---|---|', '| P1 | 2017 | NMRC | NM/17/0442 | £650,000 |', '| P2 | 2019 | Wellcome | WT/19/221 | £310,000 |') },
      UNRELATED,
    ]);
    const total = await grants('The NMRC programme grant totalled £2.4 million.');
    assert.notEqual(total.status, 'contradicted', JSON.stringify(total.contradiction?.sourceText));
  });

  test('a season written with its year goes with it, in the contradiction and its fix', async () => {
    const judged = await judgeAgainst([
      { name: 'report.md', text: lines('# Interim report', '', '5.1 The Authority expects to publish its final report in the autumn of 2025.') },
      UNRELATED,
    ]);
    const v = await judged("The Authority's final report is expected in the spring of 2026.");
    assert.equal(v.status, 'contradicted', `${v.status} ${v.reason ?? ''}`);
    assert.equal(v.contradiction?.claimText, 'spring of 2026');
    assert.equal(v.contradiction?.sourceText, 'autumn of 2025');
    assert.notEqual((await judged("The Authority's final report is expected in the autumn of 2025.")).status, 'contradicted');
  });
});

describe('what the nineteenth and twentieth blind trials found', () => {
  test('a figure written into its noun ("a three-hectare nature reserve") measures that noun, not the site', async () => {
    const judged = await judgeAgainst([
      { name: 'statement.txt', text: lines('Club statement', '', 'We will create a three-hectare nature reserve across the site and plant 2,000 trees.') },
      { name: 'report.md', text: lines('# Officer report', '', '2.1 The site extends to 14.2 hectares and comprises the former goods yard, which closed in 1987.') },
      UNRELATED,
    ]);
    const site = await judged('The site covers 12.4 hectares.');
    assert.equal(site.status, 'contradicted', `${site.status} ${site.reason ?? ''}`);
    assert.equal(site.contradiction?.sourceText, '14.2');
    const reserve = await judged('The club will create a five-hectare nature reserve across the site.');
    assert.equal(reserve.contradiction?.sourceText, 'three');
  });

  test('a sentence whose best passage says it is not so is not supported, cited or not: a motion withdrawn, or moved the other way round', async () => {
    const judged = await judgeAgainst([
      {
        name: 'minutes.txt',
        text: lines(
          'Board minutes',
          '',
          'Motion 3a: That consultant-led maternity services at St Aldric’s close. Proposed by Margaret Hollins, seconded by Dr Priya Nandakumar. The motion was carried.',
          '',
          'Motion B (moved by Councillor Pike): That a condition be added requiring a £2 per-ticket transport levy. Following advice that such a levy could not lawfully be imposed by planning condition, the motion was WITHDRAWN.',
        ),
      },
      UNRELATED,
    ]);
    const swapped = await judged('The closure motion was proposed by Dr Priya Nandakumar and seconded by Margaret Hollins.');
    assert.equal(swapped.status, 'unsupported', `${swapped.status} ${swapped.reason ?? ''}`);
    assert.equal(swapped.withheld?.test, 'mover');
    assert.equal((await judged('The closure motion was proposed by Margaret Hollins and seconded by Dr Priya Nandakumar.')).status, 'supported');
    const carried = await judged('A motion from Councillor Pike requiring a £2 transport levy on every ticket was also carried [@minutes, para. 2].');
    assert.equal(carried.status, 'citation-mismatch', `${carried.status} ${carried.reason ?? ''}`);
    assert.equal(carried.withheld?.test, 'put-off');
    assert.equal((await judged('A motion from Councillor Pike requiring a £2 transport levy on every ticket was withdrawn [@minutes, para. 2].')).status, 'supported');
  });

  test('"£40m over three seasons" spans three seasons, and "She said …" goes on with who the sentence before named', async () => {
    const judged = await judgeAgainst([
      { name: 'wire.md', text: lines('# Wire', '', 'Redmere’s managing partner, Priya Okonjo, said the group would fund most of the stadium. She said a further £40m would be set aside for the playing squad over three seasons.') },
      UNRELATED,
    ]);
    const two = await judged('Redmere would set aside £40m for new players over two seasons.');
    assert.equal(two.status, 'contradicted', `${two.status} ${two.reason ?? ''}`);
    assert.equal(two.contradiction?.sourceText, 'three');
    assert.equal((await judged('Redmere would set aside £40m for new players over three seasons.')).status, 'supported');
    // "over 30 days" is still more than 30.
    assert.equal(quantitiesOf(readSentence('The strike lasted over 30 days.'))[0].bound, 'over');
  });

  test('a rating that fell is no improvement; "Chief Executive" is no opposite of "non-executive", and a motion WITHDREW after something else was agreed is withdrawn', async () => {
    const judged = await judgeAgainst([
      { name: 'report.md', text: lines('# Inspection report', '', '1.2 We rated the service as inadequate overall. This is a decline from our previous inspection in 2021, when the service was rated requires improvement.') },
      {
        name: 'minutes.txt',
        text: lines(
          'Board minutes',
          '',
          'Motion 3b: That an independent review of the travel impact be commissioned. Proposed by Alan Breck. Following discussion, Mr Breck WITHDREW the motion after the Chief Executive agreed to publish a travel impact assessment.',
          '',
          'Motion 3c: That a midwife-led birth centre be retained at the hospital. Proposed by Linda Achebe. The motion was DEFERRED to the May meeting.',
        ),
      },
      UNRELATED,
    ]);
    const improved = await judged("The rating was an improvement on the inspectorate's previous rating in 2021.");
    assert.equal(improved.status, 'contradicted', `${improved.status} ${improved.reason ?? ''}`);
    const carried = await judged('A motion from non-executive director Alan Breck calling for an independent review of the travel impact was carried [@minutes, para. 1].');
    assert.equal(carried.status, 'citation-mismatch', `${carried.status} ${carried.reason ?? ''} ${carried.contradiction?.sourceText ?? ''}`);
    assert.equal(carried.withheld?.test, 'put-off');
    const kept = await judged('The board approved a plan to retain a midwife-led birth centre at the hospital.');
    assert.notEqual(kept.status, 'supported');
    assert.equal(kept.suggestions.length, 0);
  });

  test("an interviewer's question is no citation for what the guest is said to have confirmed", async () => {
    const judged = await judgeAgainst([
      {
        name: 'interview.txt',
        text: lines('Valley Radio: The Morning Briefing', 'Broadcast: Tuesday 19 March 2024', '', 'PRESENTER: Dr Okafor, thank you for joining us.', '', 'PRESENTER: There have been reports that staff were told not to talk to the inspectors last October. Is that true?', '', 'SAMUEL OKAFOR: No. Nobody told me or any of my colleagues not to speak to them.'),
      },
      UNRELATED,
    ]);
    await citesNone(judged, ['Okafor confirmed reports that staff had been told not to talk to the inspectors last October.']);
    // Nor is a citation of his answer moved to the question.
    const moved = await judged('He confirmed reports that staff had been told not to talk to the inspectors [@interview, para. 3].');
    assert.equal(moved.suggestions.length, 0, moved.suggestions.map((e) => e.source.text.slice(e.span.start, e.span.end)).join());
    // What was asked, the question backs.
    await citesOne(judged, ['The presenter asked whether staff had been told not to talk to the inspectors last October.']);
  });

  test('"almost a third" against the source\'s 19 per cent: the fix replaces "almost a third", not "third"', async () => {
    const judged = await judgeAgainst([{ name: 'minutes.txt', text: lines('Minutes', '', 'Agency midwives covered 19 per cent of shifts in the last quarter.') }, UNRELATED]);
    const v = await judged('Agency midwives covered almost a third of shifts in the last quarter.');
    assert.equal(v.status, 'contradicted', `${v.status} ${v.reason ?? ''}`);
    // (The hedge goes with the share it hedges: "covered 19 per cent", not "almost 19 per cent".)
    assert.equal(v.contradiction?.claimText, 'almost a third');
    assert.equal(v.contradiction?.sourceText, '19 per cent');
  });

  test('"every half hour" is a figure "every hour" does not give, and "every 30 minutes" does', async () => {
    const judged = await judgeAgainst([
      { name: 'statement.txt', text: lines('Trust statement', '', 'A free shuttle bus will run between Kelmington and Dunstow General every hour from 7am to 10pm.') },
      { name: 'courier.txt', text: lines('Courier', '', 'Buses on the new 12 route will run every 30 minutes from Monday.') },
      UNRELATED,
    ]);
    const half = await judged('A free shuttle bus will run between Kelmington and Dunstow every half hour.');
    assert.notEqual(half.status, 'supported');
    assert.equal(half.suggestions.length, 0);
    assert.equal((await judged('Buses on the new 12 route will run every half hour from Monday.')).status, 'supported');
  });

  test('a correction withdraws "13,800 signatures" for a sentence that says 13,800 people signed', async () => {
    const judged = await judgeAgainst([
      {
        name: 'courier.txt',
        text: lines('Courier', '', "The campaign's petition against the closure has gathered 18,300 signatures since it was launched in January.", '', 'Correction: An earlier version of this article said the petition had 13,800 signatures. The correct figure is 18,300.'),
      },
      UNRELATED,
    ]);
    const v = await judged("The campaign's petition has been signed by 13,800 people.");
    assert.equal(v.status, 'contradicted', `${v.status} ${v.reason ?? ''}`);
    assert.equal(v.contradiction?.sourceText, '18,300');
    assert.equal((await judged("The campaign's petition has been signed by 18,300 people.")).status, 'supported');
  });

  test('"four in ten" is about 40 per cent: the survey\'s 41% backs it, not "nine in ten"', async () => {
    const read = (t: string) => quantitiesOf(readSentence(t)).map((q) => [q.raw, q.kind, Math.round(q.value)]);
    assert.deepEqual(read('Four in ten respondents had no car.'), [['Four in ten', 'percent', 40]]);
    assert.deepEqual(read('one in five pupils'), [['one in five', 'percent', 20]]);
    assert.deepEqual(read('He scored 2 in 5 games.').map((q) => q[1]), ['number', 'number']);
    const judged = await judgeAgainst([{ name: 'survey.md', text: lines('# Survey', '', 'We surveyed 412 families.', '', '- 41% said they did not have regular access to a car.', '- 64% said the journey would take more than 40 minutes.') }, UNRELATED]);
    assert.equal((await judged('Four in ten respondents said they had no regular access to a car.')).status, 'supported');
    assert.notEqual((await judged('Nine in ten respondents said they had no regular access to a car.')).status, 'supported');
  });

  test('an "inquest" is no superlative: "at the end of the inquest" gives it no rank', async () => {
    const judged = await judgeAgainst([{ name: 'coroner.txt', text: lines('Report', '', 'The investigation concluded at the end of the inquest on 27 February 2024.') }, UNRELATED]);
    const v = await judged('The inquest concluded on 27 February 2024.');
    assert.equal(v.status, 'supported', `${v.status} ${v.contradiction?.sourceText ?? ''}`);
  });

  test('a tally wrong on both sides is fixed whole: "eight votes to three" → "7 votes to 4"', async () => {
    const judged = await judgeAgainst([{ name: 'minutes.txt', text: lines('Minutes', '', 'Motion 3a: That the unit close. Proposed by Margaret Hollins. The motion was CARRIED by 7 votes to 4, with 1 abstention.') }, UNRELATED]);
    const both = await judged('The motion was carried by eight votes to three, with one abstention.');
    assert.equal(both.contradiction?.claimText, 'eight votes to three');
    assert.equal(both.contradiction?.sourceText, '7 votes to 4');
    const one = await judged('The motion was carried by seven votes to three, with one abstention.');
    assert.equal(one.contradiction?.claimText, 'three');
    assert.equal(one.contradiction?.sourceText, '4');
  });

  test('two figures given to two parties the other way round: both quoted, no fix', async () => {
    const judged = await judgeAgainst([{ name: 'post.md', text: lines('# Post', '', 'Police estimated that about 2,500 people took part in the march from the Market Square. Organisers put the figure at 4,000.') }, UNRELATED]);
    const swapped = await judged('Police put the crowd at 4,000, while organisers estimated 2,500.');
    assert.equal(swapped.status, 'contradicted', `${swapped.status} ${swapped.reason ?? ''}`);
    assert.equal(swapped.contradiction?.sourceText, '2,500 for police, 4,000 for organisers');
    assert.ok(swapped.contradiction?.ambiguous, 'no one-click fix: which figure is wrong is the writer’s to say');
    assert.equal((await judged('Police put the crowd at 2,500, while organisers estimated 4,000.')).status, 'supported');
  });

  test('"conceded" is the opposite of "denied"; a day is the day of what its own sentence tells', async () => {
    const judged = await judgeAgainst([
      { name: 'meridian.txt', text: lines('Meridian', '', 'Prince Aruna denied reports that the association intends to sell any of the bronzes. "Not one piece will be sold," he said.') },
      { name: 'gazette.md', text: lines('# Gazette', '', 'At a meeting on Thursday 13 March, councillors voted 7–2 to halt new instructions to Ledgerline. The committee also agreed to pay for two years of credit monitoring for every affected employee.') },
      UNRELATED,
    ]);
    const conceded = await judged("Prince Aruna conceded that some pieces might be sold to fund the association's work.");
    assert.equal(conceded.status, 'contradicted', `${conceded.status} ${conceded.reason ?? ''}`);
    assert.equal(conceded.suggestions.length, 0);
    const wrote = await judged('The council wrote to every affected employee on Wednesday 12 March.');
    assert.notEqual(wrote.contradiction?.sourceText, 'Thursday 13 March', 'the meeting’s day is not the letter’s');
  });

  test('"the first 20 objects" is no rival for "the remaining 62": another part of the whole', async () => {
    const judged = await judgeAgainst([
      { name: 'herald.txt', text: lines('Herald', '', 'If the bill passes, the first 20 objects are expected to travel to Benara in November, with the remainder following by the end of 2025.') },
      { name: 'minutes.txt', text: lines('Minutes', '', 'The Director reported that the remaining 52 objects would follow by the end of 2025.') },
      UNRELATED,
    ]);
    assert.equal((await judged('The remaining 62 objects are due to follow by the end of 2025.')).contradiction?.sourceText, '52');
    const v = await judged('The remaining 62 objects are expected to travel to Benara.');
    assert.notEqual(v.contradiction?.sourceText, '20');
    assert.notEqual(v.status, 'supported');
    const first = await judged('The first 25 objects are expected to travel to Benara in November.');
    assert.equal(first.contradiction?.sourceText, '20');
  });

  test('true sentences the twenty-first and twenty-second trials were warned about: a condition, a contrast, "without", a speaker\'s own view, a year after a name', async () => {
    const judged = await judgeAgainst([
      { name: 'transcript.txt', text: lines('Hearing', '', 'Q6 Chair: Is the November date realistic?', 'Dr Tobias Renn: It is realistic only if the bill passes by October. If it does not, the first shipment will slip into 2025.', '', 'HELEN MARSH: They had known since the Tuesday. I want to be clear that I think that delay was unacceptable.') },
      { name: 'meridian.txt', text: lines('Meridian', '', 'The association asked that the bronzes be returned to the royal house, and not to the government of Benara.') },
      { name: 'notice.md', text: lines('# Notice', '', '3.1 The server had not received security updates for 14 months, and multi-factor authentication was not enabled for remote access to it.') },
      { name: 'herald.txt', text: lines('Herald', '', 'The National Heritage Act 1983 bars national museums from disposing of objects in their collections.') },
      UNRELATED,
    ]);
    for (const sentence of [
      'Dr Renn warned that the first shipment would slip into 2025 if the bill had not passed by October.',
      'The association asked that the bronzes be returned to the royal house rather than to the government of Benara.',
      'The server had gone 14 months without security updates.',
      'Ms Marsh said that the delay was unacceptable [@transcript, para. 2].',
      'The National Heritage Act 1983, which prevents national museums from disposing of objects in their collections, stands in the way [@herald].',
    ]) {
      const v = await judged(sentence);
      assert.equal(v.status, 'supported', `${sentence} → ${v.status} ${v.reason ?? ''} ${v.contradiction?.sourceText ?? ''}`);
    }
    // What they rule out is still checked: the government is not who the bronzes go to.
    assert.notEqual((await judged('The association asked that the bronzes be returned to the government of Benara.')).status, 'supported');
    assert.notEqual((await judged('The server had received security updates in the past 14 months.')).status, 'supported');
  });

  test('what the twenty-third and twenty-fourth trials found: a right exercised, a hearing expected, a share "more than four in five"', async () => {
    const judged = await judgeAgainst([
      { name: 'release.txt', text: lines('Release', '', 'Mr Brevard was provisionally suspended on the same day. He exercised his right to have his B-sample analysed.') },
      { name: 'daily.txt', text: lines('Daily', '', "A hearing before the federation's disciplinary panel is expected to take place in August."), },
      { name: 'ledger.txt', text: lines('Ledger', '', 'Brevard has lodged an appeal, and a hearing is expected in February.') },
      { name: 'poll.md', text: lines('# Poll', '', 'We asked 1,240 members.', '', '- 71% said the four-year ban was about right.', '- 82% supported a lifetime ban for a second doping offence.') },
      UNRELATED,
    ]);
    const waived = await judged('Brevard waived his right to have his B-sample analysed.');
    assert.equal(waived.status, 'contradicted', `${waived.status} ${waived.reason ?? ''}`);
    for (const sentence of ['The disciplinary hearing took place in August, as had been expected.', 'The tribunal heard the appeal in February.']) {
      const v = await judged(sentence);
      assert.notEqual(v.status, 'supported', sentence);
      assert.equal(v.suggestions.length, 0, sentence);
    }
    assert.equal((await judged("A hearing before the federation's disciplinary panel is expected to take place in August.")).status, 'supported');
    const share = await judged('More than four in five members backed a lifetime ban for a second doping offence.');
    assert.equal(share.status, 'supported', `${share.status} ${share.reason ?? ''} ${share.withheld?.why ?? ''}`);
  });

  test('a motion carried in its own paragraph ("Vote: For 7, Against 2 … CARRIED.") is a decision; "from 6 April 2025 onwards" is a year', async () => {
    const judged = await judgeAgainst([
      {
        name: 'minutes.txt',
        text: lines('Minutes of the Board of Trustees', '', '3. Motion 1 — Revision of results', 'Proposed: Ruth Okafor. Seconded: Tom Fennick.', 'That the 2025 results be revised and that Joel Marrane be declared the winner.', 'Vote: For 7, Against 2, Abstentions 0. CARRIED.', '', '4. Motion 2 — Recovery of prize money', 'That the Trust seek to recover the prize money from Ilan Brevard.', 'The motion was DEFERRED to the next meeting.'),
      },
      { name: 'decision.md', text: lines('# Decision', '', '5.2 All competitive results obtained by the Athlete from 6 April 2025 are disqualified.') },
      UNRELATED,
    ]);
    const carried = await judged('The board voted by seven votes to two to declare Marrane the winner [@minutes, para. 1].');
    assert.equal(carried.status, 'supported', `${carried.status} ${carried.reason ?? ''}`);
    assert.notEqual((await judged('The board voted to recover the prize money from Ilan Brevard [@minutes, para. 2].')).status, 'supported');
    assert.equal((await judged('All of his results from 6 April 2025 onwards were disqualified.')).status, 'supported');
  });

  test('"the Athlete" of a decision is no rival name for the athlete the sentence names; the expert it names is', async () => {
    const judged = await judgeAgainst([
      { name: 'decision.md', text: lines('# Decision of the Disciplinary Panel', '', '3.3 The Athlete\'s expert, Dr Conrad Yelland, accepted in cross-examination that the concentration was more consistent with deliberate ingestion.') },
      UNRELATED,
    ]);
    const v = await judged("Brevard's own expert, Dr Lucan Pell, accepted in cross-examination that the concentration was more consistent with deliberate ingestion.");
    assert.equal(v.status, 'contradicted', `${v.status} ${v.reason ?? ''}`);
    assert.equal(v.contradiction?.claimText, 'Dr Lucan Pell');
    assert.equal(v.contradiction?.sourceText, 'Dr Conrad Yelland');
  });

  test('a race time is a duration: "2:07:41" is "2 hours 7 minutes 41 seconds", and "2:08:05" is not', async () => {
    const read = (t: string) => quantitiesOf(readSentence(t)).map((q) => [q.raw, q.value, q.unit]);
    assert.deepEqual(read('He won in 2:07:41.'), [['2:07:41', 7661, 'second']]);
    assert.deepEqual(read('He crossed the line in 2 hours 7 minutes 41 seconds.'), [['2 hours 7 minutes 41 seconds', 7661, 'second']]);
    const judged = await judgeAgainst([{ name: 'herald.txt', text: lines('Herald', '', 'Brevard crossed the line on 6 April in 2 hours 7 minutes 41 seconds, 24 seconds ahead of Joel Marrane.') }, UNRELATED]);
    assert.equal((await judged('Brevard won on 6 April in 2:07:41, finishing 24 seconds clear of Joel Marrane.')).status, 'supported');
    assert.notEqual((await judged('Brevard won on 6 April in 2:08:05, finishing 24 seconds clear of Joel Marrane.')).status, 'supported');
  });

  test('a day of another event is no rival: the day ADW charged him is not the day the laboratory reported', async () => {
    const judged = await judgeAgainst([
      {
        name: 'decision.md',
        text: lines('# Decision', '', '1.1 Anti-Doping Wessland ("ADW") charged Mr Ilan Brevard ("the Athlete") on 4 June 2025 with violations of Article 2.1 of the Wessland Anti-Doping Rules.', '', '2.1 The A-sample was analysed by the Kelford Analytical Laboratory, which reported an adverse analytical finding for roxadustat to ADW on 28 April 2025. The Athlete was notified and provisionally suspended on 2 May 2025.'),
      },
      UNRELATED,
    ]);
    const reported = await judged('The laboratory reported the adverse finding to Anti-Doping Wessland on 2 May 2025.');
    assert.notEqual(reported.contradiction?.sourceText, '4 June', 'the charge’s day is not the report’s');
    assert.equal(reported.suggestions.length, 0);
    assert.equal((await judged('Anti-Doping Wessland charged Brevard on 5 June 2025.')).contradiction?.sourceText, '4 June');
  });

  test('words given to someone else are no support: "Marrane said … "premature"" where the lawyer said it', async () => {
    const judged = await judgeAgainst([
      { name: 'ledger.txt', text: lines('Ledger', '', "The trust voted to pay Joel Marrane the winner's prize now.", '', 'Brevard\'s lawyer, Nadia Ferrow, said the trust\'s decision was "premature" while the appeal was pending.') },
      UNRELATED,
    ]);
    const other = await judged('Marrane said the decision was "premature" while the appeal was pending.');
    assert.notEqual(other.status, 'supported');
    assert.equal(other.suggestions.length, 0);
    assert.equal(other.withheld?.test, 'speaker');
    assert.equal((await judged('Ferrow said the decision was "premature" while the appeal was pending.')).suggestions.length, 1);
  });

  test('a correction that withdraws the figure of its own article\'s paragraph withdraws the sentence that took it from there', async () => {
    const judged = await judgeAgainst([
      {
        name: 'post.md',
        text: lines('# Care home to close', '', 'Ashgrove House will close by the end of June.', '', 'Harbourline Care Ltd said 52 staff would be affected and that it would work with the council.', '', '*Correction, 25 April 2025: An earlier version of this article, and the second paragraph above, said 52 staff would be affected. Harbourline has since confirmed that the correct figure is 47.*'),
      },
      UNRELATED,
    ]);
    const v = await judged('The closure will cost 52 jobs [@post, para. 2].');
    assert.equal(v.status, 'contradicted', `${v.status} ${v.reason ?? ''}`);
    assert.equal(v.contradiction?.sourceText, '47');
  });

  test('"could apply" is what a "may apply" that permits says; "unable to verify" is what "could not be verified" says', async () => {
    const judged = await judgeAgainst([
      { name: 'hearing.txt', text: lines('Hearing', '', 'MR JUSTICE PENHALLOW: Ms Arkwright may apply to vary or discharge the order at the return date hearing.') },
      { name: 'report.md', text: lines('# Report', '', '4.1 The joint administrators were unable to verify £26m of the £38m revenue reported in the 2023 accounts.') },
      UNRELATED,
    ]);
    for (const sentence of ['The judge said Ms Arkwright could apply to vary or discharge the order at the return date hearing.', 'The administrators said £26m of the £38m revenue reported in the 2023 accounts could not be verified.', 'The administrators could not verify £26m of the £38m revenue reported in the 2023 accounts.']) {
      const v = await judged(sentence);
      assert.equal(v.status, 'supported', `${sentence} → ${v.status} ${v.reason ?? ''}`);
    }
    assert.notEqual((await judged('The administrators verified the £38m revenue reported in the 2023 accounts.')).status, 'supported');
  });

  test("words said in another speaker's turn of a transcript are no support for what the sentence says someone else said", async () => {
    const judged = await judgeAgainst([
      { name: 'transcript.txt', text: lines('Oral evidence', '', 'Q6 Chair: Is the November date realistic?', 'Dr Tobias Renn: It is realistic only if the bill passes by October.', '', 'Q7 Martin Lowe: Will other museums follow?', 'Agnes Holloway: I expect the Duncairn Art Gallery to consider its own holdings this year.', '', 'Any other business: Ms Achebe said the administrators expected to pay preferential claims in full by September.') },
      UNRELATED,
    ]);
    const renn = await judged('Dr Renn said he expected the Duncairn Art Gallery to consider its own holdings this year [@transcript, para. 2].');
    assert.notEqual(renn.status, 'supported', `${renn.status} ${renn.reason ?? ''}`);
    assert.equal((await judged('Holloway said she expected the Duncairn Art Gallery to consider its own holdings this year [@transcript, para. 2].')).status, 'supported');
    // "Any other business:" is no one's turn.
    assert.equal((await judged('Ms Achebe said the administrators expected to pay preferential claims in full by September.')).status, 'supported');
  });

  test('a cited source is named by its own title or key, which its text need not say', async () => {
    const judged = await judgeAgainst([
      { name: 'Harrowdene Gazette.txt', text: lines('Hosepipe ban to begin next week as reservoirs hit record low', 'Published: 10 July 2025', '', 'Westmere Water told customers the ban was expected to remain in place until at least the end of September.') },
      UNRELATED,
    ]);
    const cited = await judged('Westmere Water told the Harrowdene Gazette that the ban was expected to remain in place until at least the end of September [@harrowdene-gazette].');
    assert.equal(cited.status, 'supported', `${cited.status} ${cited.reason ?? ''} ${cited.missingEntities ?? ''}`);
    // Another paper no source is named by is still missing.
    const other = await judged('Westmere Water told the Vale Courier that the ban was expected to remain in place until at least the end of September [@harrowdene-gazette].');
    assert.notEqual(other.status, 'supported');
  });

  test('a "may" in a clause after ", when" hedges that clause only: "will return to court on 16 April, when the respondent may apply …"', async () => {
    const judged = await judgeAgainst([{ name: 'hearing.txt', text: lines('Hearing', '', 'MR JUSTICE PENHALLOW: I will grant the order. The matter will return to court on 16 April, when the respondent may apply to vary or discharge it.') }, UNRELATED]);
    assert.equal((await judged('The matter was due to return to court on 16 April.')).status, 'supported');
    assert.notEqual((await judged('The respondent applied to vary the order on 16 April.')).status, 'supported');
  });
});


describe('what the twenty-seventh to twenty-ninth blind trials found', () => {
  test('two figures the sentence gives two things the other way round: both quoted, no fix', async () => {
    const judged = await judgeAgainst([{ name: 'report.md', text: lines('# Investigation report', '', '1.3 The panel interviewed 11 people and examined 63 versions of the yield spreadsheet.') }, UNRELATED]);
    const swapped = await judged('The panel interviewed 63 people and examined 11 versions of the yield spreadsheet [@report].');
    assert.equal(swapped.status, 'contradicted', `${swapped.status} ${swapped.reason ?? ''}`);
    assert.equal(swapped.contradiction?.ambiguous, true, 'which figure is wrong is the writer\'s to say');
    assert.match(swapped.contradiction!.sourceText, /11 people and examined 63/);
    assert.equal((await judged('The panel interviewed 11 people and examined 63 versions of the yield spreadsheet [@report].')).status, 'supported');
    // "63 people" alone: the source's count of people is 11.
    assert.equal((await judged('The panel interviewed 63 people [@report].')).contradiction?.sourceText, '11');
  });

  test('a span of time is not credited by a count of things: "a five-year project" and "five authors"', async () => {
    const judged = await judgeAgainst([
      { name: 'post.txt', text: lines('Grant to be repaid', '', "Four of the study's five authors agreed to the retraction.", '', 'The university will return £400,000 to the Grainlands Research Trust, which paid for the three-year project.') },
      UNRELATED,
    ]);
    const v = await judged('The grant had paid for a five-year project.');
    assert.notEqual(v.status, 'supported', `${v.status} ${v.reason ?? ''}`);
    assert.equal((await judged('The trust had paid for a three-year project.')).status, 'supported');
  });

  test('times written as four digits, in a report and under a log\'s "Time" column, are times of day; a year stays a year', async () => {
    const judged = await judgeAgainst([
      { name: 'report.md', text: lines('# Interim report', '', '1.2 The ferry had departed Velland Quay at 2340 on the final crossing of the day. Fog had been forming since about 2300.', '', '1.3 The harbour has had a night speed limit since 2019.') },
      { name: 'log.md', text: lines('# Radio log', '', '| Time | From | Entry |', '|---|---|---|', '| 2347 | Saltmarsh Star | We have been in collision with a fishing vessel. |', '| 2348 | Grace Annie | MAYDAY. Man overboard, one person in the water. |') },
      UNRELATED,
    ]);
    assert.equal((await judged('The ferry left Velland Quay at 23:40 [@report].')).status, 'supported');
    const early = await judged('The ferry left Velland Quay at 23:30 [@report].');
    assert.equal(early.status, 'contradicted', `${early.status} ${early.reason ?? ''}`);
    assert.equal(early.contradiction?.sourceText, '2340');
    assert.equal((await judged('The Grace Annie sent a Mayday at 23:48, reporting one person in the water [@log].')).status, 'supported');
    assert.notEqual((await judged('The Grace Annie sent a Mayday at 23:52, reporting one person in the water [@log].')).status, 'supported');
    assert.equal((await judged('The harbour has had a night speed limit since 2019 [@report].')).status, 'supported');
  });

  test('a key made from a file name with " - " in it is read as that source, and the writer is told the key pandoc needs', async () => {
    const s = await makeService([{ name: 'Velland Echo - Ferry and trawler collide.txt', text: lines('Ferry and trawler collide', '', 'The ferry Saltmarsh Star collided with the trawler Grace Annie in fog on Friday night.') }, UNRELATED]);
    const text = 'The ferry Saltmarsh Star collided with the trawler Grace Annie in fog on Friday night [@velland-echo---ferry-and-trawler-collide].\n';
    const [v] = (await s.check(doc(text))).verdicts;
    assert.equal(v.status, 'supported', `${v.status} ${v.reason ?? ''}`);
    const ds = await s.getDiagnostics(doc(text));
    assert.deepEqual(ds.map((d) => [d.code, d.severity]), [['citation.unknown-key', 'warning']]);
    assert.match(ds[0].message, /pandoc will not find it: write @velland-echo-ferry-and-trawler-collide/);
    const [fix] = await s.getCodeActions(doc(text), ds[0].range, ds, ['quickfix']);
    assert.equal(applyEdits(text, fix.edits), text.replace('---', '-'));
  });

  test('hedges: a hope, "may not have", "should consider", a clause going on with the one before, and a "told … that" frame', async () => {
    const judged = await judgeAgainst([
      {
        name: 'transcript.txt',
        text: lines(
          'Estuary Hour, 22 May',
          '',
          'MR PRYCE: We are looking at thermal imaging cameras for both ferries. We may fit them over the winter, but no decision has been made.',
          '',
          "MS HALE: I've spoken to a lawyer about a complaint to an employment tribunal, but I haven't decided anything.",
          '',
          "PROF PIKE: We hope to have a research integrity office up and running by the autumn.",
          '',
          'MS PENHALE: We are considering whether a much longer lease, perhaps 99 years, could work, but no decision has been taken.',
        ),
      },
      { name: 'report.md', text: lines('# Interim report', '', "2.3 The ferry's radar was on the 3-mile range. The echo of the trawler may not have been distinguished from the echoes of the channel buoys.", '', "4.4 The university should consider a review of Professor Rudd's 22 other papers.") },
      UNRELATED,
    ]);
    for (const sentence of [
      'Mr Pryce said the company will fit thermal imaging cameras to both ferries over the winter.',
      'Ms Hale has lodged a complaint with an employment tribunal.',
      'Professor Pike said the research integrity office will be up and running by the autumn.',
      'Ms Penhale told the inquiry that the agency had agreed to a 99-year lease.',
      "The report found that the trawler's echo was not distinguished from the echoes of the channel buoys.",
      "The university has commissioned a review of Professor Rudd's 22 other papers.",
    ]) {
      const v = await judged(sentence);
      assert.notEqual(v.status, 'supported', sentence);
      assert.equal(v.suggestions.length, 0, sentence);
    }
    // Saying it as the source says it is supported.
    for (const sentence of [
      'Mr Pryce said the company may fit thermal imaging cameras to both ferries over the winter.',
      'Professor Pike said she hoped to have a research integrity office up and running by the autumn.',
      "The report said the trawler's echo may not have been distinguished from the echoes of the channel buoys.",
    ])
      assert.equal((await judged(sentence)).status, 'supported', sentence);
  });

  test('minutes that record another outcome, or another tally, for the motion than the sentence gives it', async () => {
    const judged = await judgeAgainst([
      {
        name: 'minutes.md',
        text: lines(
          '# Harbour Board minutes, 20 May 2025',
          '',
          '### Item 4: Night-time speed limit',
          '',
          'It was moved by Cllr Anand, seconded by Mrs Strand, that the speed limit in the Inner Channel be reduced from 8 knots to 6 knots at night.',
          '',
          '**Carried, 7 votes to 2.**',
          '',
          '### Item 5: Mandatory AIS',
          '',
          'It was moved by Mr Mensah, seconded by Cllr Tait, that all vessels over 10 metres be required to transmit AIS in the Inner Channel.',
          '',
          'Following discussion of the cost to small fishing vessels, the motion was **deferred to the meeting of 15 July 2025**.',
          '',
          '### Item 6: Motion of no confidence',
          '',
          '6.1 Dr Kwame Esterhuizen proposed a motion of no confidence in the harbour master, Captain Tomas Ferrier.',
          '',
          '6.2 Captain Ferrier made a statement to the Board.',
          '',
          '6.3 Following the statement, the motion was **withdrawn** by the proposer.',
          '',
          '### Item 7: Channel lighting',
          '',
          'It was moved by Mr Pugh, seconded by the Chair, that the Board allocate £120,000 from reserves to fit brighter LED lanterns to buoys 3 to 6.',
          '',
          '**Carried, 6 votes to 3.**',
        ),
      },
      UNRELATED,
    ]);
    const notSo = async (sentence: string, why: RegExp) => {
      const v = await judged(sentence);
      assert.notEqual(v.status, 'supported', sentence);
      assert.equal(v.reason, 'says-otherwise', `${sentence}: ${v.reason}`);
      assert.match(v.withheld?.why ?? '', why, sentence);
    };
    await notSo('The board approved a requirement for all vessels over 10 metres to transmit AIS in the Inner Channel [@minutes].', /records the motion as deferred/);
    await notSo('A motion to allocate £120,000 from reserves to fit brighter LED lanterns to buoys 3 to 6 was carried by 7 votes to 2.', /6 votes to 3/);
    await notSo('A motion of no confidence in Captain Tomas Ferrier, the harbour master, was defeated [@minutes].', /records the motion as withdrawn/);
    for (const sentence of [
      'A motion to allocate £120,000 from reserves to fit brighter LED lanterns to buoys 3 to 6 was carried by 6 votes to 3 [@minutes].',
      'The board voted 7 to 2 to reduce the speed limit in the Inner Channel from 8 knots to 6 knots at night [@minutes].',
      'A motion of no confidence in Captain Tomas Ferrier, the harbour master, was withdrawn [@minutes].',
    ])
      assert.equal((await judged(sentence)).status, 'supported', sentence);
  });

  test('minutes between two times of a log, and no rival from a figure the sentence gives something else', async () => {
    const judged = await judgeAgainst([
      { name: 'log.md', text: lines('# Radio log', '', '| Time | From | Entry |', '|---|---|---|', '| 2347 | Saltmarsh Star | We have been in collision with a fishing vessel. |', '| 2358 | Lifeboat | Launched with crew of 3. |', '| 0010 | Coastguard | Mayday cancelled. |') },
      UNRELATED,
    ]);
    const v = await judged('The lifeboat was launched with a crew of three at 23:58, eleven minutes after the first call [@log].');
    assert.notEqual(v.status, 'contradicted', v.contradiction?.sourceText);
    assert.deepEqual(v.missingFigures ?? [], [], 'eleven minutes is 23:47 to 23:58');
    const wrong = await judged('The lifeboat was launched with a crew of three at 23:58, fifteen minutes after the first call [@log].');
    assert.notEqual(wrong.status, 'supported');
  });

  test('a correction of a count withdraws no span of time of the same number', async () => {
    const judged = await judgeAgainst([
      {
        name: 'gazette.md',
        text: lines('# Ferry and trawler collide', '', 'Seven passengers suffered minor injuries.', '', "Captain Helen Marsh, 44, the ferry's master, has been with the company for twelve years.", '', '*Correction: an earlier version of this article said twelve passengers were injured. It was seven.*'),
      },
      UNRELATED,
    ]);
    const years = await judged('Captain Marsh, 44, has been with the company for twelve years.');
    assert.equal(years.status, 'supported', `${years.status} ${years.contradiction?.sourceText ?? ''}`);
    const injured = await judged('Twelve passengers were injured in the collision.');
    assert.equal(injured.status, 'contradicted', 'the correction withdraws it');
  });

  test('a role the sources give the person otherwise, or give someone else by name, makes the sentence not so', async () => {
    const judged = await judgeAgainst([
      { name: 'post.html', text: '<html><body><p>The university will return £400,000 to the Grainlands Research Trust. The trust\'s chief executive, Moira Dunstan, said the trust welcomed the decision and would review how it monitors the projects it funds.</p></body></html>' },
      { name: 'minutes.md', text: lines('# Minutes of the Council, 11 February 2025', '', '**Present:** Cllr Priya Nandra (Mayor, in the Chair), Cllr Anita Brookes, Cllr Sarah Quinn, Cllr Raj Bhatt.', '', 'RESOLVED that the Mayor submit a statement in support of the scheme to the public inquiry.') },
      { name: 'gazette.txt', text: lines('Ferry and trawler collide', '', "Carol Venn, secretary of the Velland Fishermen's Association, said the channel had become busier at night.") },
      UNRELATED,
    ]);
    for (const [sentence, why] of [
      ["The trust's chair, Moira Dunstan, said it would review how it monitors the projects it funds [@post].", /calls Moira Dunstan chief executive/],
      ["Carol Venn, chair of the Velland Fishermen's Association, said the channel had become busier at night.", /calls Carol Venn secretary/],
      ['The mayor, Cllr Sarah Quinn, was asked to submit a statement in support of the scheme to the public inquiry.', /gives the role of mayor to Nandra/],
    ] as const) {
      const v = await judged(sentence);
      assert.notEqual(v.status, 'supported', sentence);
      assert.match(v.withheld?.why ?? '', why, sentence);
    }
    for (const sentence of [
      "The trust's chief executive, Moira Dunstan, said it would review how it monitors the projects it funds [@post].",
      "Carol Venn, secretary of the Velland Fishermen's Association, said the channel had become busier at night.",
      'The mayor, Cllr Priya Nandra, was asked to submit a statement in support of the scheme to the public inquiry.',
    ])
      assert.equal((await judged(sentence)).status, 'supported', sentence);
  });

  test('no false alarm from a hedge in a second predicate, another item of a list, or another speaker naming the person; several motions in one paragraph each keep their outcome', async () => {
    const judged = await judgeAgainst([
      { name: 'courier.md', text: lines('# Inquiry opens', '', 'The inquiry, held at the Corn Exchange and led by planning inspector Helen Marsh, opened on Tuesday 4 March and is scheduled to sit for eight days.') },
      { name: 'timeline.md', text: lines('# Timeline', '', '- **September 2024**: Wennshire County Council cabinet approves a £4.5m contribution.', '- **11 February 2025**: Kelbridge Town Council supports the scheme by 9 votes to 2; decision on a £250,000 contribution deferred.') },
      { name: 'transcript.txt', text: lines('PUBLIC INQUIRY, DAY 2', '', 'THE INSPECTOR: Good morning. Ms Penhale, you remain under affirmation. Mr Crane, your cross-examination, please.', '', 'MR CRANE: Ms Penhale, how many meetings did the Agency hold with the trustees?', '', 'MS PENHALE: I believe we met the trustees four times, and there was correspondence throughout.') },
      { name: 'scrutiny.txt', text: lines('Scrutiny committee minutes', '', 'Motions', '(a) That the committee requires the Chief Executive of Westmere Water to attend a public meeting.', 'Proposed by Cllr Felton, seconded by Cllr Bhatt.', 'CARRIED (For 7, Against 2, Abstentions 0).', '(b) That the committee commissions an independent audit of the reported leakage figures.', 'Proposed by Cllr Carver.', 'DEFERRED to the meeting of 16 September 2025 pending a report on costs.') },
      UNRELATED,
    ]);
    for (const sentence of [
      'A public inquiry into the order opened on Tuesday 4 March, led by planning inspector Helen Marsh [@courier].',
      "Wennshire County Council's cabinet approved a £4.5 million contribution in September 2024.",
      'Under cross-examination, Ms Penhale said she believed the agency had met the trustees four times [@transcript].',
      'The committee required the Chief Executive of Westmere Water to attend a public meeting [@scrutiny].',
    ])
      assert.equal((await judged(sentence)).status, 'supported', sentence);
    const audit = await judged('The committee agreed to commission an independent audit of the reported leakage figures [@scrutiny].');
    assert.notEqual(audit.status, 'supported');
    assert.match(audit.withheld?.why ?? '', /deferred/);
    assert.notEqual((await judged('The inquiry will sit for eight days [@courier].')).status, 'contradicted');
  });

  test('a motion to defer that was carried: "put off" is so, "approved" is not; a capitalised "Proposed:" line moves a motion too', async () => {
    const judged = await judgeAgainst([
      {
        name: 'minutes.md',
        text: lines(
          '# Planning committee, 19 February 2025',
          '',
          '### Item 3: Application 24/0871/FUL, South Stand and 240 homes',
          '',
          'Cllr Sato moved, and Cllr Dhillon seconded, that the application be deferred to the meeting of 16 April 2025 pending a match-day traffic assessment. **Carried, 7 votes to 3.**',
          '',
          '### Item 4: Lifetime entry ban',
          '',
          'Proposed: Owen Castell.',
          'Seconded: Declan Sheard.',
          'That Ilan Brevard be barred for life from entering any race organised by the Trust.',
          'Vote: For 3, Against 6.',
          'DEFEATED.',
        ),
      },
      UNRELATED,
    ]);
    assert.equal((await judged('The committee put off its decision on the South Stand application until 16 April [@minutes].')).status, 'supported');
    const approved = await judged('The committee approved the South Stand application by 7 votes to 3 [@minutes].');
    assert.notEqual(approved.status, 'supported');
    assert.equal(approved.suggestions.length, 0);
    const ban = await judged('A proposal to bar Brevard for life from the Trust\'s races was carried by six votes to three.');
    assert.notEqual(ban.status, 'supported');
    assert.equal(ban.suggestions.length, 0);
  });

  test('figures in words: "a hundred and twenty", "three point four miles", "two-thirds", "nearly two-thirds"', async () => {
    const judged = await judgeAgainst([
      { name: 'transcript.txt', text: lines('Residents meeting', '', 'CHAIR: There must be a hundred and twenty of you here tonight, which is wonderful.', '', 'MR PRYCE: The new route for the buses is three point four miles longer than the old one.') },
      { name: 'survey.md', text: lines('# Survey', '', '| Answer | Share |', '|---|---|', '| Worried about losing access to the riverside | 63% |', '| Reservoir level in August | 67% |') },
      UNRELATED,
    ]);
    assert.equal((await judged('About 120 people came to the residents meeting, the chair said.')).status, 'supported');
    assert.notEqual((await judged('About 150 people came to the residents meeting, the chair said.')).status, 'supported');
    assert.equal((await judged('The new bus route is 3.4 miles longer than the old one.')).status, 'supported');
    assert.notEqual((await judged('The new bus route is 4.3 miles longer than the old one.')).status, 'supported');
    assert.equal((await judged('Nearly two-thirds, 63 per cent, said they were worried about losing access to the riverside [@survey].')).status, 'supported');
    assert.equal((await judged('The reservoir was two-thirds full in August [@survey].')).status, 'supported');
    assert.notEqual((await judged('The reservoir was three-quarters full in August [@survey].')).status, 'supported');
  });

  test('a hope said as a hope, and a right with its time limit, are supported', async () => {
    const judged = await judgeAgainst([
      { name: 'transcript.txt', text: lines('Radio phone-in', '', 'CLLR PRYCE: We hope to have the extension at Oakhollow finished by the summer of 2026.') },
      { name: 'decision.txt', text: lines('Panel decision', '', 'The Panel imposes a deduction of six points. Either party may appeal within 14 days of the date of this decision.') },
      UNRELATED,
    ]);
    assert.equal((await judged('He said the council hopes the Oakhollow extension will be finished by the summer of 2026.')).status, 'supported');
    assert.notEqual((await judged('He said the Oakhollow extension will be finished by the summer of 2026.')).status, 'supported');
    assert.equal((await judged('Either side has 14 days from the decision to appeal.')).status, 'supported');
  });

  test('no lying fix from a table: the row that counts what the figure counts, and none where the claim\'s own figure is in the source', async () => {
    const judged = await judgeAgainst([
      { name: 'report.md', text: lines('# Consultation report', '', 'Table 1: Pupil numbers', '', '| | Brindle Cross | Oakhollow | Merged school |', '|---|---|---|---|', '| Capacity | 105 | 140 | 210 |', '| Pupils on roll | 38 | 71 | 109 |') },
      { name: 'ballot.md', text: lines('# Members\' ballot', '', '### Question 1: Confidence in the owners?', '', '| | Votes |', '|---|---|', '| Yes | 412 |', '| No | 1,701 |', '', '### Question 3: Should the Trust support an appeal?', '', '| | Votes |', '|---|---|', '| Yes | 1,028 |', '| No | 1,046 |') },
      UNRELATED,
    ]);
    const pupils = await judged('Oakhollow, with a capacity of 140, had 74 pupils on roll [@report].');
    assert.notEqual(pupils.status, 'supported');
    assert.notEqual(pupils.contradiction?.sourceText, '210', 'the capacity row counts no pupils');
    const ballot = await judged('A narrow majority of members backed an appeal, by 1,046 votes to 1,028 [@ballot].');
    if (ballot.contradiction) assert.equal(ballot.contradiction.ambiguous, true, `no fix: ${ballot.contradiction.sourceText}`);
  });

  test('a hedge in quotation marks is a hedge: the fund "may" be extended', async () => {
    const judged = await judgeAgainst([{ name: 'post.txt', text: lines('Paint firm faces residents', '', 'Ms Whitlock said the firm\'s £50,000 community fund "may" be extended if claims required it, but would not promise a figure.') }, UNRELATED]);
    const v = await judged('Ms Whitlock said the company would extend the £50,000 community fund to cover all claims.');
    assert.notEqual(v.status, 'supported', `${v.status} ${v.reason ?? ''}`);
    assert.equal(v.suggestions.length, 0);
    assert.equal((await judged('Ms Whitlock said the £50,000 community fund may be extended if claims require it.')).status, 'supported');
  });

  test('"in a statement on 13 March" is the day of a statement dated 13 March', async () => {
    const judged = await judgeAgainst([
      { name: 'halvorsen-statement.md', text: lines('---', 'title: Statement from Halvorsen Coatings', 'date: 2025-03-13', '---', '', 'Managing director Graham Oduya said: "We are deeply sorry for the leak from our Tarrow Road site and for the distress it has caused."') },
      UNRELATED,
    ]);
    const v = await judged('In a statement on 13 March, managing director Graham Oduya said the company was "deeply sorry" for the leak [@halvorsen-statement].');
    assert.equal(v.status, 'supported', `${v.status} ${v.reason ?? ''} ${v.missingFigures ?? ''}`);
    assert.notEqual((await judged('In a statement on 11 March, managing director Graham Oduya said the company was "deeply sorry" for the leak [@halvorsen-statement].')).status, 'supported');
  });

  test('"the decision was not one any of us took lightly" says what "not a decision any of us took lightly" says', async () => {
    const judged = await judgeAgainst([{ name: 'echo.html', text: '<html><body><p>Council leader Janet Ferris said: "This is not a decision any of us took lightly. But we cannot ask the children of this county to pay for empty classrooms."</p></body></html>' }, UNRELATED]);
    assert.equal((await judged('Council leader Janet Ferris said the decision was not one "any of us took lightly" [@echo].')).status, 'supported');
    assert.notEqual((await judged('Council leader Janet Ferris said the decision was one any of them took lightly [@echo].')).status, 'supported');
  });

  test('what the thirtieth to thirty-fifth trials found: titles and "non-executive" are no other role, "not a decision" is no hedge, seasons differ, no fix from the wrong meeting or where the date is stated', async () => {
    const judged = await judgeAgainst([
      { name: 'minutes.md', text: lines('# Minutes of the meeting of the Board held on Tuesday 12 March 2024', '', '**Present:** The Mayor, Councillor Gordon Feltham (in the Chair); Margaret Quinn and Ewan Dalgleish (non-executive members).', '', '3.1 Margaret Quinn asked for her dissent to be recorded because the transfer risks had not been independently assessed.', '', 'Date of next meeting: Tuesday 14 May 2024.') },
      { name: 'radio.txt', text: lines('Radio Westmoor, 13 March', '', 'DR ACHTERBERG: I understand that anger, and I want to say first that this is not a decision any of us took lightly.', '', 'MR PYE: The hardship fund should start paying out by the autumn.') },
      { name: 'release.md', text: lines('# Save Rowan Ward', '', 'The ward will close overnight from June.', '', 'Notes to editors: Save Rowan Ward was founded in November 2023 by Ferncliff parents.') },
      UNRELATED,
    ]);
    for (const sentence of [
      'The meeting was chaired by the Mayor, Councillor Gordon Feltham [@minutes].',
      'Margaret Quinn, a non-executive member, asked for her dissent to be recorded because the transfer risks had not been independently assessed [@minutes].',
      'Dr Achterberg said the decision was not one any of the board took lightly [@radio].',
    ])
      assert.equal((await judged(sentence)).status, 'supported', sentence);
    assert.notEqual((await judged('Mr Pye said the hardship fund should start paying out by the summer [@radio].')).status, 'supported');
    const next = await judged("The board's next meeting is on 14 June 2024 [@minutes].");
    assert.notEqual(next.status, 'supported');
    assert.ok(!next.contradiction || next.contradiction.ambiguous, 'the day of this meeting is no fix for the next one');
    const founded = await judged('The Save Rowan Ward campaign, founded by Ferncliff parents in November 2023, has condemned the decision [@release].');
    assert.ok(!founded.contradiction || founded.contradiction.ambiguous, `no fix where the source gives November 2023: ${founded.contradiction?.sourceText ?? ''}`);
  });

  test('a role beside one name is not given to the next name of the sentence', async () => {
    const judged = await judgeAgainst([{ name: 'wire.txt', text: lines('Northern Telecom to reorganise', '', "Northern Telecom Ltd's U.S. unit will announce a reorganization today to form a new division focusing on data communications equipment, spokesman Richard Lowe said.") }, UNRELATED]);
    assert.equal((await judged("Spokesman Richard Lowe said that Northern Telecom Ltd's U.S. unit will announce a reorganization today to form a new division focusing on data communications equipment.")).status, 'supported');
  });

  test('a split year ("2023/24") is no rival to "this year" where that is its second year', async () => {
    const judged = await judgeAgainst([{ name: 'today.md', text: lines('---', 'title: Ward to close at night', 'date: 2024-03-13', '---', '', 'Registered children\'s nurses in post fell from 18.4 full-time equivalents in 2020/21 to a forecast 13 this year.') }, UNRELATED]);
    const v = await judged('Registered children\'s nurses in post fell from 18.4 full-time equivalents in 2020/21 to a forecast 13 in 2023/24 [@today].');
    assert.notEqual(v.status, 'contradicted', v.contradiction?.sourceText);
  });

  test('what a review of the round found: outcome words of another clause, counts and years read as times, loose "no decision", "at one point"', async () => {
    const judged = await judgeAgainst([
      { name: 'minutes.md', text: lines('# Minutes', '', '### Item 2: Bypass', '', 'It was moved by Cllr Ray that the council approve the bypass plan, under which 40 jobs at the depot would go.', '', '**Carried, 9 votes to 2.**', '', '### Item 3: Library', '', 'There was no objection to the decision to close the library on Sundays.') },
      UNRELATED,
    ]);
    assert.equal((await judged('The council approved the bypass plan, under which 40 jobs at the depot will be lost [@minutes].')).status, 'supported');
    assert.equal((await judged('The decision to close the library on Sundays drew no objection [@minutes].')).status, 'supported');
    const figures = (t: string) => quantitiesOf(readSentence(t)).map((q) => `${q.kind}:${q.value}`);
    assert.deepEqual(figures('The church was rebuilt from 1650 until 1745.'), ['number:1650', 'number:1745']);
    assert.deepEqual(figures('The crowd numbered around 1500.'), ['number:1500']);
    assert.deepEqual(figures('At one point two officers were injured.'), ['number:2']);
    assert.ok(!figures('Revenue fell in two quarters.').some((f) => f.startsWith('percent')));
  });

  test('a role is found beside a name written in any alphabet', async () => {
    const judged = await judgeAgainst([{ name: 'post.txt', text: lines('Trust statement', '', "The trust's chief executive, Ana Kovač, said the trust welcomed the decision.") }, UNRELATED]);
    const v = await judged("The trust's chair, Ana Kovač, said the trust welcomed the decision [@post].");
    assert.notEqual(v.status, 'supported');
    assert.match(v.withheld?.why ?? '', /calls Ana Kovač chief executive/);
  });

  test('a company after a role is no person given the role', async () => {
    const judged = await judgeAgainst([
      { name: 'statement.txt', text: lines('Statement', '', 'I want to begin by saying that we are deeply sorry for the leak at our Millrace Road factory.', '', 'Yours sincerely,', '', 'Graham Oduya', 'Managing Director, Halvorsen Coatings Ltd') },
      UNRELATED,
    ]);
    const v = await judged('Managing director Graham Oduya said the company was deeply sorry for the leak at its Millrace Road factory [@statement].');
    assert.doesNotMatch(v.withheld?.why ?? '', /role/);
  });

  test('"with no votes against" is a tally, not a denial', async () => {
    const judged = await judgeAgainst([{ name: 'minutes.md', text: lines('# Board minutes', '', '4.1 Motion: That the Board funds a dedicated paediatric transfer ambulance stationed at Ferncliff overnight. Carried, 10 votes to 0.') }, UNRELATED]);
    // (And the motion's "Carried" in the passage itself makes it a decision, not only a motion's words.)
    assert.equal((await judged('The board agreed, with no votes against, to fund a dedicated paediatric transfer ambulance stationed at Ferncliff overnight [@minutes].')).status, 'supported');
  });

  test('"It was deferred" after the proposal it speaks of puts it off: no citation for "approved"', async () => {
    const judged = await judgeAgainst([{ name: 'minutes.txt', text: lines('Committee minutes', '', 'A proposal to commission an independent audit of the leakage figures was discussed at length. It was deferred to the September meeting.') }, UNRELATED]);
    const v = await judged('The committee approved an independent audit of the leakage figures.');
    assert.notEqual(v.status, 'supported');
    assert.equal(v.suggestions.length, 0);
  });

  test("a figure in another row of the claim's row's table is that row's: bearings are not costed at the parapets' £1.6m", async () => {
    const table = lines('| Defect | Location | Priority | Estimated cost |', '|---|---|---|---|', '| Scour protection and underpinning | Pier 2 | 1 | £2.1m |', '| Bearing replacement | East abutment | 1 | £1.4m |', '| Deck joint renewal | Full length | 2 | £0.6m |', '| Parapet replacement | Both sides | 2 | £1.6m |');
    const judged = await judgeAgainst([{ name: 'report.md', text: lines('# Inspection report', '', '3.1 The table below sets out the defects and our estimate of the cost of putting each right.', '', table) }, UNRELATED]);
    const wrong = await judged('The report put bearing replacement at the east abutment at £1.6m.');
    assert.equal(wrong.status, 'contradicted', `${wrong.status} ${wrong.reason ?? ''}`);
    assert.equal(wrong.contradiction?.sourceText, '£1.4m');
    assert.equal((await judged('The report put bearing replacement at the east abutment at £1.4m.')).status, 'supported');
    // A claim setting two rows against each other keeps each row's figure.
    assert.equal((await judged('Bearing replacement at £1.4m would cost less than parapet replacement at £1.6m.')).status, 'supported');
  });

  test("a share is the result of the row that asks what the claim says, whatever the column is headed", async () => {
    const table = lines('| Question | Result |', '|---|---|', '| Footfall lower during the closure | 71% (151 businesses) |', '| Reduced staff hours | 48% (102) |', '| Rated council communication "poor" or "very poor" | 83% (176) |', '| Rated contractor communication "poor" or "very poor" | 37% (78) |');
    const judged = await judgeAgainst([{ name: 'survey.md', text: lines('# Traders survey', '', '## Key results', '', table) }, UNRELATED]);
    const wrong = await judged("Eighty-three per cent rated the contractor's communication as poor or very poor.");
    assert.equal(wrong.status, 'contradicted', `${wrong.status} ${wrong.reason ?? ''}`);
    assert.equal(wrong.contradiction?.sourceText, '37%');
    assert.equal((await judged("Eighty-three per cent rated the council's communication as poor or very poor.")).status, 'supported');
  });

  test("a sum given to one named place is not the sum the next sentence gives another", async () => {
    const judged = await judgeAgainst([{ name: 'survey.md', text: lines('# Traders survey', '', 'The average revenue loss reported by responding businesses was £18,400 over the closure period.', '', 'Businesses on Bridge Street reported the heaviest losses, with an average of £24,100. Businesses on Millbrook Road reported an average loss of £11,300.') }, UNRELATED]);
    for (const text of ['Millbrook Road businesses reported an average loss of £24,100.', 'Millbrook Road businesses were hit hardest, with an average loss of £24,100.']) {
      const v = await judged(text);
      assert.equal(v.status, 'contradicted', `${text}: ${v.status} ${v.reason ?? ''}`);
      assert.equal(v.contradiction?.sourceText, '£11,300');
    }
    assert.equal((await judged('Bridge Street businesses were hit hardest, with an average loss of £24,100.')).status, 'supported');
    assert.equal((await judged('Millbrook Road businesses reported an average loss of £11,300.')).status, 'supported');
  });

  test('who says it is only the frame: "The group says its results have been verified" against "have not been verified"', async () => {
    const judged = await judgeAgainst([{ name: 'survey.md', text: lines('# Survey results', '', 'Respondents chose whether to take part, and the results have not been independently verified.') }, UNRELATED]);
    const v = await judged('The group says its results have been independently verified [@survey].');
    assert.equal(v.status, 'contradicted', `${v.status} ${v.reason ?? ''}`);
    assert.equal(v.contradiction?.kind, 'negation');
    assert.equal((await judged('The group says its results have not been independently verified [@survey].')).status, 'supported');
  });

  test("an amendment's fate is not the motion's, and a motion's fate is the one recorded after it, before the next motion", async () => {
    const judged = await judgeAgainst([
      {
        name: 'minutes.txt',
        text: lines(
          'Minutes of the extraordinary meeting',
          '',
          'Item 3: Firebreak programme',
          '',
          'The Council considered the report of the Head of Countryside Services, which proposed widening the main firebreaks on the common from five metres to twelve metres.',
          '',
          'Councillor Varma moved an amendment that the firebreaks be widened to fifteen metres. The amendment FELL: 9 for, 20 against, 2 abstentions.',
          '',
          'Moved by Councillor Fairlie, seconded by Councillor Tarrant: RESOLVED that the firebreak programme be approved. Motion CARRIED: 24 for, 5 against, 2 abstentions.',
        ),
      },
      {
        name: 'trustees.md',
        text: lines(
          '# Trustees minutes',
          '',
          '5.2 **Motion B** — *That the five items recorded as purchased be retained pending further research.* Proposed by Gordon Hale, seconded by Thomas Ivory. Following discussion, Mr Hale WITHDREW the motion with the consent of the seconder.',
          '',
          '5.3 **Motion C** — *That £85,000 be released from the general reserve to meet the costs of transport.* Proposed by Fiona Graham. The motion was DEFERRED to the meeting of 9 July 2024.',
        ),
      },
      UNRELATED,
    ]);
    const approved = await judged('The council approved a plan to widen the main firebreaks from five metres to twelve metres [@minutes].');
    assert.equal(approved.status, 'supported', `${approved.status} ${approved.reason ?? ''}`);
    assert.notEqual((await judged('The council rejected a plan to widen the main firebreaks from five metres to twelve metres.')).status, 'supported');
    const withdrawn = await judged('Gordon Hale proposed keeping the five purchased items while research continued, but withdrew the motion [@trustees].');
    assert.equal(withdrawn.status, 'supported', `${withdrawn.status} ${withdrawn.reason ?? ''}`);
  });

  test("no fix from a farther passage where a closer one has the claim's figure for something else", async () => {
    const judged = await judgeAgainst([
      { name: 'summary.md', text: lines('# Consultation results', '', 'A total of 2,418 responses were received: 1,906 online and 512 on paper. Of these, 1,702 came from people who gave a Brackenford postcode.') },
      { name: 'courier.md', text: lines('# Courier', '', 'The vote followed a six-week public consultation in which 61 per cent of the 2,418 people who responded said the whole collection should go back.') },
      UNRELATED,
    ]);
    const v = await judged('Only 512 people responded online.');
    assert.notEqual(v.status, 'supported');
    if (v.contradiction) assert.equal(v.contradiction.ambiguous, true, `no one-click fix to ${v.contradiction.sourceText}`);
  });

  test('a one-click fix keeps the words around it once, names whole, and only where the name\'s clause is the source\'s', async () => {
    const s = await makeService([
      { name: 'wire.txt', text: lines('Drought', '', 'Wen Wei Po said the drought is the worst in over 20 years and some provinces have been without adequate rainfall for more than seven months.', '', 'Professor Green has also been the national clinical director for children in the Department of Health.') },
      { name: 'mp.txt', text: lines('Holyrood', '', 'The Edinburgh MSP earns up to £30,000 a year from the law firm Tods Murray, where he is a partner. Holyrood officials confirmed the register entry on Monday.') },
    ]);
    const fixed = async (text: string) => {
      const d = (await s.getDiagnostics(doc(text + '\n'))).find((x) => x.code === 'claim.contradicted');
      if (!d) return undefined;
      const [fix] = await s.getCodeActions(doc(text + '\n'), d.range, [d], ['quickfix']);
      return fix && fix.title.startsWith("Use the source's") ? applyEdits(text + '\n', fix.edits).trim() : undefined;
    };
    assert.equal(await fixed('Wen Wei Po said the drought is the worst in over 10 years and some provinces have been without adequate rainfall for more than seven months.'), 'Wen Wei Po said the drought is the worst in over 20 years and some provinces have been without adequate rainfall for more than seven months.');
    assert.equal(await fixed('Professor Green has also been the national clinical director for children in the BT.'), 'Professor Green has also been the national clinical director for children in the Department of Health.');
    // An invented clause about another body: naming the source's body in it would still be invented.
    assert.equal(await fixed('The Edinburgh MSP earns up to £30,000 a year from the law firm Tods Murray, where he is a partner, and Irish officials said they would study the matter.'), undefined);
  });

  test('an answer is read with the question it answers: a hedged answer hedges, a refusal answers nothing, another speaker\'s words are not the claim\'s speaker\'s', async () => {
    const judged = await judgeAgainst([
      {
        name: 'radio.txt',
        text: lines(
          'RADIO KELSFORD — VALE TODAY',
          'Broadcast: Tuesday 19 August 2025, 08:10',
          'Presenter: Nadia Okafor',
          '',
          'MS OKAFOR: Ten days on from the fire, crews are still on the common.',
          '',
          'MS OKAFOR: Councillor Fairlie, will you ban barbecues on the common?',
          '',
          "CLLR FAIRLIE: We may well do. It's something we're looking at very seriously.",
          '',
          'MS OKAFOR: Chief Fire Officer, will Kelsford get its own wildfire unit?',
          '',
          "MS ASHWORTH: We are considering it. I can't promise anything today.",
          '',
          'MS OKAFOR: So the common was left unguarded for weeks, was it not?',
          '',
          "CLLR FAIRLIE: I don't accept that.",
          '',
          'MS OKAFOR: Is the council going to sack the contractor?',
          '',
          'HELEN MARSH: Every option is on the table.',
        ),
      },
      UNRELATED,
    ]);
    for (const text of [
      'Fairlie said the council would ban barbecues on the common.',
      'Ms Ashworth said the service had decided to base a wildfire unit at Kelsford.',
      'Fairlie said the common was left unguarded for weeks.',
    ]) {
      const v = await judged(text);
      assert.notEqual(v.status, 'supported', text);
      assert.equal(v.suggestions.length, 0, text);
    }
    // Said as the answer says it, with the question's words, it is supported and cited to the answer.
    const may = await judged('Fairlie said the council may ban barbecues on the common.');
    assert.equal(may.status, 'supported', `${may.status} ${may.reason ?? ''}`);
    assert.match(may.suggestions[0]?.source.text.slice(may.suggestions[0].span.start, may.suggestions[0].span.end) ?? '', /We may well do/);
    // Another speaker's answer is not the claim's speaker's.
    const other = await judged('Mr Fairlie said that every option, including sacking the contractor, was on the table.');
    assert.notEqual(other.status, 'supported');
  });

  test('"It\'s a hamstring, not the knee" says it was not the knee', async () => {
    const judged = await judgeAgainst([{ name: 'presser.txt', text: lines('Press conference', '', 'REPORTER: Any update on Marcus Okonjo?', '', "GARETH LYLE: The scan was better than we feared. It's a hamstring, not the knee.") }, UNRELATED]);
    const v = await judged("Lyle said Marcus Okonjo's injury was to his knee rather than his hamstring.");
    assert.equal(v.status, 'contradicted', `${v.status} ${v.reason ?? ''}`);
    assert.notEqual((await judged("Lyle said Marcus Okonjo's injury was to his hamstring rather than his knee.")).status, 'contradicted');
  });

  test('a passage that denies outright what the sentence says happened says it is not so, cited or not; a sentence that reports the refusal itself agrees', async () => {
    const judged = await judgeAgainst([
      { name: 'report.md', text: lines('# Noise report', '', '5.2 The report does not assess the economic effects of the cut on the fleet.', '', '4.3 Professor Rudd should not supervise doctoral students for a period of five years.', '', 'Stridewell said: "We will not comment on the financial terms of the agreement, which was due to run until December 2026."') },
      UNRELATED,
    ]);
    const assessed = await judged('The report also assessed the economic effects of the cut on the fleet.');
    assert.notEqual(assessed.status, 'supported', `${assessed.status}`);
    assert.equal(assessed.suggestions.length, 0);
    assert.equal((await judged('The report did not assess the economic effects of the cut on the fleet.')).status, 'supported');
    assert.equal((await judged('The report recommended that Professor Rudd be barred from supervising doctoral students for five years.')).status, 'supported');
    assert.equal((await judged('Stridewell declined to comment on the financial terms of the agreement, which was due to run until December 2026.')).status, 'supported');
  });

  test('"refused" is the opposite of "approved" and of "granted": no citation for the one to a passage that says the other', async () => {
    const judged = await judgeAgainst([{ name: 'minutes.txt', text: lines('Planning committee minutes', '', '4.4 Councillor Marsh moved, and Councillor Tregarthen seconded, that the application be approved in line with the officer recommendation.') }, UNRELATED]);
    const v = await judged('Council planning officers had recommended that the application be refused.');
    assert.equal(v.suggestions.length, 0, 'no citation for the opposite');
    assert.ok((await judged('Council planning officers had recommended that the application be approved.')).suggestions.length > 0);
  });

  test('"agreed to defer the motion" and "RESOLVED that consideration … be DEFERRED" put off what was proposed', async () => {
    const judged = await judgeAgainst([
      { name: 'board.md', text: lines('# Harbour board minutes', '', '### Item 6: Independent review', '', '6.1 Moved by Cllr Rhona Tait, seconded by Dougal Maines: "That the Board contribute £18,000 towards an independent scientific review of the assessment."', '', '6.2 After discussion, the Board agreed to defer the motion to its meeting on 17 April 2025, pending quotes.') },
      { name: 'council.txt', text: lines('Council minutes', '', 'Item 4: Proposed order', '', 'The Council considered a proposal to make a Public Spaces Protection Order prohibiting barbecues on Brackenmoor Common. The Monitoring Officer advised that the statutory consultation had not been completed.', '', 'RESOLVED that consideration of the Order be DEFERRED to the meeting of the Council on 16 October 2025.') },
      UNRELATED,
    ]);
    for (const text of [
      "Councillor Rhona Tait's proposal that the board put £18,000 towards an independent review of the assessment was approved [@board].",
      'Councillors approved a Public Spaces Protection Order banning barbecues on Brackenmoor Common [@council].',
    ]) {
      const v = await judged(text);
      assert.notEqual(v.status, 'supported', text);
      assert.equal(v.withheld?.test, 'fate', text);
    }
    assert.equal((await judged('The board put off a decision on the £18,000 review until 17 April [@board].')).status, 'supported');
  });

  test('roles: an age before the role ("Tomasz Wilk, 42, the group\'s secretary,"), and a vice-chair is not the chair', async () => {
    const judged = await judgeAgainst([
      { name: 'courier.txt', text: lines('Courier', '', 'Tomasz Wilk, 42, the group\'s secretary, who lives on Tollbridge Road, said: "Another eight weeks will not change the noise."') },
      { name: 'minutes.txt', text: lines('Minutes', '', 'Present: Councillors Ruth Dunmore (Chair), Alan Petheridge (Vice-Chair), Fiona Blakeley, Janet Kovacs.', '', '4.5 Councillor Sandhu moved that the report be noted. CARRIED 5 votes to 2. For: Councillors Dunmore, Petheridge, Blakeley. Against: Councillor Kovacs.') },
      UNRELATED,
    ]);
    const chair = await judged("Tomasz Wilk, 42, the group's chair, said another eight weeks would not change the noise.");
    assert.notEqual(chair.status, 'supported');
    assert.equal(chair.suggestions.length, 0);
    assert.equal((await judged("Tomasz Wilk, 42, the group's secretary, said another eight weeks would not change the noise.")).status, 'supported');
    const vice = await judged('The chair, Councillor Alan Petheridge, voted with the majority.');
    assert.notEqual(vice.status, 'supported');
    assert.match(vice.withheld?.why ?? '', /vice-chair/);
    assert.equal((await judged('The vice-chair, Councillor Alan Petheridge, voted with the majority.')).status, 'supported');
    assert.equal((await judged('The chair, Councillor Ruth Dunmore, voted with the majority.')).status, 'supported');
  });

  test("a list's item about the claim's matter gives its figure: another item's figure is no support, and gets no fix", async () => {
    const judged = await judgeAgainst([{ name: 'summary.md', text: lines('# Consultation results', '', 'Respondents were invited to add comments; 1,133 did so. The most common themes were:', '', '1. The carvings were taken without consent and should go back (mentioned in 612 comments).', '2. The museum should keep copies or replicas (mentioned in 247 comments).', '3. Concern about cost to the city (mentioned in 138 comments).') }, UNRELATED]);
    const wrong = await judged('Of the 1,133 respondents who left comments, 247 said the carvings had been taken without consent and should go back.');
    assert.equal(wrong.status, 'contradicted', `${wrong.status} ${wrong.reason ?? ''}`);
    assert.equal(wrong.contradiction?.sourceText, '612');
    assert.equal(wrong.contradiction?.ambiguous, true);
    assert.equal((await judged('Of the 1,133 respondents who left comments, 612 said the carvings had been taken without consent and should go back.')).status, 'supported');
    assert.equal((await judged('In 247 comments, respondents said the museum should keep copies or replicas.')).status, 'supported');
  });

  test('what was asked is not said to be so ("Asked about deductions, she said none were planned"), and a table far from the claim gives no figure for it', async () => {
    const judged = await judgeAgainst([
      { name: 'radio.txt', text: lines('WRENFIELD SOUND — MORNING BRIEF', 'Broadcast: Thursday 10 April 2025', '', 'MS HOLLOWAY: There were reports that the university would dock staff pay for action short of a strike. Is that happening?', '', 'PROFESSOR ACHTERBERG: That proposal was withdrawn at council. We are not planning deductions at present.') },
      { name: 'hr.md', text: lines('# Workload report', '', '2.1 Respondents reported working an average of 49.6 hours a week. Twenty-three per cent reported working more than 55 hours a week.', '', '| Faculty | Staff | Average hours | Fixed-term |', '|---|---|---|---|', '| Arts | 412 | 48.1 | 27% |', '| All faculties | 1,688 | 49.6 | 31% |') },
      UNRELATED,
    ]);
    const asked = await judged('Asked about deductions for action short of a strike, she said that the proposal had been withdrawn and that none were planned at present.');
    assert.equal(asked.status, 'supported', `${asked.status} ${asked.reason ?? ''} ${asked.contradiction?.sourceText ?? ''}`);
    const third = await judged('Almost a third of respondents reported working more than 55 hours a week.');
    assert.notEqual(third.status, 'supported');
    assert.notEqual(third.contradiction?.sourceText, '31%', 'the fixed-term share is no fix for the long-hours share');
  });

  test('an item\'s figure in brackets is that item\'s, and "will consider a legal challenge" launches none', async () => {
    const judged = await judgeAgainst([
      { name: 'report.md', text: lines('# Consultation report', '', '2.4 The most common concerns were access to health appointments (cited by 1,402 respondents), getting to work or college (968), and social isolation among older residents (871).') },
      { name: 'echo.txt', text: lines('Dales Echo', '', "The Lanmoor Bus Users' Group has said it will consider a legal challenge.") },
      UNRELATED,
    ]);
    const wrong = await judged('Social isolation among older residents was cited by 968 respondents.');
    assert.equal(wrong.status, 'contradicted', `${wrong.status} ${wrong.reason ?? ''}`);
    assert.equal(wrong.contradiction?.sourceText, '871');
    assert.equal((await judged('Social isolation among older residents was cited by 871 respondents.')).status, 'supported');
    assert.equal((await judged('Getting to work or college was cited by 968 respondents.')).status, 'supported');
    // A claim that gives each item its own figure in brackets keeps them where they are.
    const scorers = await judgeAgainst([{ name: 'bbc.txt', text: lines('Fowler', '', 'Fowler became the third highest scorer in the Premiership, with 151 goals, and he only trails Alan Shearer (250) and Andy Cole (173).') }, UNRELATED]);
    const sunday = await scorers('Fowler became the third highest scorer in the Premiership, with 90 goals, and he only trails Alan Shearer (250) and Andy Cole (173).');
    assert.equal(sunday.contradiction?.sourceText, '151');
    const launched = await judged("The Bus Users' Group has launched a legal challenge against the decision.");
    assert.notEqual(launched.status, 'supported');
    assert.equal(launched.suggestions.length, 0);
    assert.equal((await judged("The Bus Users' Group has said it will consider a legal challenge.")).status, 'supported');
  });

  test('"It was agreed that consideration of the motion be DEFERRED" is no agreement to the motion', async () => {
    const judged = await judgeAgainst([{ name: 'minutes.txt', text: lines('Scrutiny minutes', '', '6.4 It was moved by Councillor Esterhuizen and seconded by Councillor Bevan that a standing Water Quality Sub-Committee be established. It was agreed that consideration of the motion be DEFERRED to the meeting on 12 June 2024, to allow officers to report on the resources required.') }, UNRELATED]);
    const v = await judged('Councillors agreed to establish a standing Water Quality Sub-Committee.');
    assert.notEqual(v.status, 'supported');
    assert.equal(v.suggestions.length, 0);
    assert.equal((await judged('Councillors put off a decision on a standing Water Quality Sub-Committee until 12 June.')).status, 'supported');
  });

  test('"Two days later" is said by two dates two days apart; "three days later" is not', async () => {
    const judged = await judgeAgainst([
      { name: 'minutes.md', text: lines('# University council minutes', '', 'Meeting held on Wednesday 9 April 2025.', '', '4.2 The council approved a pay offer of 3.2 per cent.') },
      { name: 'letter.txt', text: lines('Branch committee', '11 April 2025', '', 'Dear Mr Pellow,', '', 'We write to say that the offer of 3.2 per cent approved by the council is not acceptable to our members.') },
      UNRELATED,
    ]);
    const two = await judged("Two days later, the union's branch committee wrote to Mr Pellow to say the offer of 3.2 per cent was not acceptable to its members [@letter].");
    assert.equal(two.status, 'supported', `${two.status} ${two.reason ?? ''} ${two.missingFigures ?? ''}`);
    const three = await judged("Three days later, the union's branch committee wrote to Mr Pellow to say the offer of 3.2 per cent was not acceptable to its members [@letter].");
    assert.notEqual(three.status, 'supported');
  });

  test('"the company" stands for the body the sources name: it need not be written so', async () => {
    const judged = await judgeAgainst([{ name: 'report.md', text: lines('# Investigation report', '', '5.1 Ashmere Water has accepted all eight of the Authority\'s recommendations and expects to complete them by March 2026.') }, UNRELATED]);
    assert.equal((await judged("The company has accepted all eight of the authority's recommendations and expects to complete them by March 2026 [@report].")).status, 'supported');
    // A subject that is no such body is still looked for.
    assert.notEqual((await judged("The ombudsman has accepted all eight of the authority's recommendations and expects to complete them by March 2026 [@report].")).status, 'supported');
  });

  test('a bound does not reach across a semicolon ("aged 65 or over; 7% are under 18"), and "stronger among A than among B" is the other way round from "higher among B than among A"', async () => {
    const figures = quantitiesOf(readSentence('41% (497) are aged 65 or over; 7% (85) are under 18.'));
    assert.deepEqual(figures.filter((q) => q.kind === 'percent').map((q) => q.raw), ['41%', '7%']);
    assert.equal(figures.find((q) => q.raw === '65')?.kind, 'number');
    const judged = await judgeAgainst([
      { name: 'survey.md', text: lines('# Bus users survey', '', 'Of the 1,212 respondents:', '', '- 38% (461) live in a household with no car.', '- 41% (497) are aged 65 or over; 7% (85) are under 18.') },
      { name: 'summary.txt', text: lines('Consultation summary', '', 'Support was higher among respondents aged under 35 (79%) than among those aged 65 and over (51%).') },
      UNRELATED,
    ]);
    assert.equal((await judged('Some 38 per cent live in a household without a car, and 41 per cent are aged 65 or over [@survey].')).status, 'supported');
    const reversed = await judged('Support was stronger among respondents aged 65 and over than among those under 35.');
    assert.notEqual(reversed.status, 'supported');
    assert.equal(reversed.suggestions.length, 0);
  });

  test('"adequate" against "inadequate" in the bullet under the sentence that gives the survey\'s count', async () => {
    const judged = await judgeAgainst([{ name: 'survey.md', text: lines('# HRA compensation survey', '', 'The survey was completed by 1,284 households.', '', '- 71% (912 households) said the £30 automatic payment was inadequate.', '- 22% said it was fair.') }, UNRELATED]);
    const v = await judged('The survey, completed by 1,284 households, found that 71 per cent thought the £30 payment adequate [@survey].');
    assert.equal(v.status, 'contradicted', `${v.status} ${v.reason ?? ''}`);
    assert.equal((await judged('The survey, completed by 1,284 households, found that 71 per cent thought the £30 payment inadequate [@survey].')).status, 'supported');
  });

  test("a row as close to the claim as the one with its figure does not take the figure from it", async () => {
    const table = lines('| Question | Count | % |', '|---|---|---|', '| Q1. Damp or mould in at least one room | 203 | 71% |', '| Q2. Mould in a child\'s bedroom | 87 | 57% |', '| Q3. Reported damp or mould to the council at least once | 219 | 77% |', '| Q6. Health of a household member affected | 183 | 64% |');
    const judged = await judgeAgainst([{ name: 'survey.md', text: lines('# Tenants survey', '', '### Results', '', table) }, UNRELATED]);
    const v = await judged("Of those households, 71 per cent reported damp or mould in at least one room, and 64 per cent said someone's health had been affected [@survey].");
    assert.equal(v.status, 'supported', `${v.status} ${v.contradiction?.sourceText ?? ''}`);
    // (The claim's words fit the two rows as well, so neither row's figure is said to be wrong by the other.)
  });

  test('a hedge hedges what it governs: "is expected to last four days" hedges no opening date; "will consider it" hedges what "it" names', async () => {
    const judged = await judgeAgainst([
      { name: 'courier.txt', text: lines('Courier', '', 'The inquiry, led by planning inspector Helen Marchbank, is expected to last four days. It opened at Carrowdale Village Hall on Tuesday 11 June.') },
      { name: 'gazette.txt', text: lines('Gazette', '', 'The cost of packing, insuring and shipping the collection has been estimated at £85,000. The board will consider it at its next meeting in July.') },
      UNRELATED,
    ]);
    assert.equal((await judged('The public inquiry, led by planning inspector Helen Marchbank, opened at Carrowdale Village Hall on Tuesday 11 June [@courier].')).status, 'supported');
    assert.notEqual((await judged('The inquiry, led by planning inspector Helen Marchbank, will last four days [@courier].')).status, 'supported');
    assert.notEqual((await judged('The board released £85,000 to pay for packing, insuring and shipping the collection [@gazette].')).status, 'supported');
  });

  test('"none against" is a tally, not a denial', async () => {
    const judged = await judgeAgainst([
      {
        name: 'minutes.md',
        text: lines(
          '# Housing committee minutes',
          '',
          '### Item 3: Ombudsman report – Ferncliffe Estate',
          '',
          "3.1 The Director of Housing introduced the report and the Ombudsman's findings, orders and recommendations.",
          '',
          '3.3 RESOLVED: That the Committee accepts the four recommendations of the Ombudsman in full and notes the orders for compensation and written apologies. (Moved Cllr Threlfall, seconded Cllr Chaudhry.)',
          'CARRIED – For 10, Against 0, Abstentions 2.',
        ),
      },
      UNRELATED,
    ]);
    const v = await judged("The committee accepted all four of the Ombudsman's recommendations, with ten votes in favour, none against and two abstentions [@minutes].");
    assert.equal(v.status, 'supported', `${v.status} ${v.reason ?? ''}`);
  });

  test('"while repairs are carried out" decides nothing: a proposal put off is still put off', async () => {
    const judged = await judgeAgainst([{ name: 'post.md', text: lines('# Evening Post', '', "A proposal to move residents of Hazel House out temporarily while repairs are carried out was put off until the committee's next meeting on 11 June.") }, UNRELATED]);
    const v = await judged('The committee agreed to move residents of Hazel House out temporarily while the repairs are carried out.');
    assert.notEqual(v.status, 'supported');
    assert.equal(v.suggestions.length, 0);
  });

  test('a motion put off in the paragraph under it is no citation for "accepted"', async () => {
    const judged = await judgeAgainst([
      {
        name: 'minutes.md',
        text: lines(
          '# Parish council minutes',
          '',
          '### Item 4: Community benefit fund offer',
          '',
          'The Council considered the letter from Highmoor Renewables offering a community benefit fund of £5,000 per megawatt per year. Cllr Kerr proposed that the Council accept the offer in principle. Several members said they wished to take legal advice first.',
          '',
          'The motion was DEFERRED to the meeting of 7 May 2024, and the Clerk was asked to obtain legal advice in the meantime.',
        ),
      },
      UNRELATED,
    ]);
    const v = await judged('Councillors accepted the offer in principle on a motion from Cllr Kerr.');
    assert.equal(v.suggestions.length, 0);
    assert.ok((await judged('Cllr Kerr proposed that the council accept the offer in principle.')).suggestions.length > 0);
  });

  test('"We would hope … but I accept that is not certain" is a hedge; "he hoped" says as much', async () => {
    const judged = await judgeAgainst([{ name: 'transcript.txt', text: lines('Inquiry transcript', '', "DR PRYS: I'd say it is low. We would hope the bog restoration improves breeding success enough to offset that, but I accept that is not certain.") }, UNRELATED]);
    const v = await judged('Dr Prys said the bog restoration would offset the losses by improving breeding success.');
    assert.notEqual(v.status, 'supported');
    assert.equal(v.suggestions.length, 0);
    assert.equal((await judged('Dr Prys said he hoped the bog restoration would improve breeding success enough to offset the losses.')).status, 'supported');
  });

  test('a correction withdraws a tally written as one word ("voted 6-1"), and only that tally', async () => {
    const judged = await judgeAgainst([{ name: 'daily.txt', text: lines('Coastline Daily', '', 'The committee voted 5-1, with one abstention, to require Tidewater to submit a severe weather plan.', '', 'Correction: An earlier version of this article said the committee voted 6-1. The vote was 5-1, with one abstention.') }, UNRELATED]);
    const wrong = await judged('Councillors voted 6-1 to require Tidewater to submit a severe weather plan before any change to its licence.');
    assert.equal(wrong.status, 'contradicted', `${wrong.status} ${wrong.reason ?? ''}`);
    assert.equal(wrong.contradiction?.sourceText, '5');
    assert.equal((await judged('Councillors voted 5-1 to require Tidewater to submit a severe weather plan before any change to its licence.')).status, 'supported');
  });

  test('a figure stated for the other side of a vote does not confirm it, and a speaker\'s turn gives the speaker his figures', async () => {
    const judged = await judgeAgainst([
      { name: 'transcript.txt', text: lines('Inquiry transcript, day 2', '', 'MR OKAFOR: We respect the result. But it was advisory, and 259 people voted in favour, which is not a small number in a parish of this size.') },
      { name: 'gazette.txt', text: lines('Westmarch Gazette', '', 'Of the 607 valid votes cast, 348 (57.3%) were against the wind farm proposal and 259 (42.7%) were in favour.') },
      UNRELATED,
    ]);
    const v = await judged('Mr Okafor said the result was advisory and pointed out that 348 people had voted in favour.');
    assert.equal(v.status, 'contradicted', `${v.status} ${v.reason ?? ''}`);
    assert.equal(v.contradiction?.sourceText, '259');
    assert.equal((await judged('Mr Okafor said the result was advisory and pointed out that 259 people had voted in favour.')).status, 'supported');
  });

  test('a median is not an average: "the average … was £3,400; the median was £2,100"', async () => {
    const judged = await judgeAgainst([{ name: 'survey.md', text: lines('# Chamber of Trade survey', '', '- The average estimated loss among businesses reporting lower takings was £3,400; the median was £2,100.') }, UNRELATED]);
    const v = await judged('Among traders reporting a fall, the median estimated loss was £3,400.');
    assert.equal(v.status, 'contradicted', `${v.status} ${v.reason ?? ''}`);
    assert.equal(v.contradiction?.sourceText, '£2,100');
    assert.equal((await judged('Among traders reporting a fall, the average estimated loss was £3,400.')).status, 'supported');
  });

  test('"the highest" is checked against the other rows of the column; a figure after the superlative, not a label, is what it ranks', async () => {
    const table = lines('| Block | Flats | Responses | Response rate |', '|---|---|---|---|', '| Larch House | 168 | 121 | 72% |', '| Rowan House | 144 | 98 | 68% |', '| Hazel House | 100 | 67 | 67% |', '| **All blocks** | **412** | **286** | **69%** |');
    const judged = await judgeAgainst([{ name: 'survey.md', text: lines('# Tenants survey', '', '### Responses by block', '', table) }, UNRELATED]);
    const v = await judged('Rowan House had the highest response rate of the three blocks, at 68 per cent.');
    assert.equal(v.status, 'contradicted', `${v.status} ${v.reason ?? ''}`);
    assert.equal(v.contradiction?.sourceText, 'Larch House (72%)');
    assert.equal(v.contradiction?.ambiguous, true);
    assert.notEqual((await judged('Larch House had the highest response rate, at 72 per cent.')).status, 'contradicted');
    assert.notEqual((await judged('Hazel House, with 100 flats, had the lowest response rate, at 67 per cent.')).status, 'contradicted');
  });

  test('two figures of a vote given to the other sides are contradicted, with no fix', async () => {
    const judged = await judgeAgainst([{ name: 'gazette.txt', text: lines('Westmarch Gazette', '', 'Of the 607 valid votes cast, 348 (57.3%) were against the wind farm proposal and 259 (42.7%) were in favour. Turnout was 61%.') }, UNRELATED]);
    const v = await judged('Of the 607 valid votes, 259 were cast against the scheme and 348 in favour.');
    assert.equal(v.status, 'contradicted', `${v.status} ${v.reason ?? ''}`);
    assert.equal(v.contradiction?.ambiguous, true);
    assert.equal(v.suggestions.length, 0);
    assert.equal((await judged('Of the 607 valid votes, 348 were cast against the scheme and 259 in favour.')).status, 'supported');
  });

  test('"recommends" is no order: "ordered the council to inspect" is not what "recommends that the council inspect" says', async () => {
    const judged = await judgeAgainst([{ name: 'report.md', text: lines('# Ombudsman report', '', '3.1 The Ombudsman orders the council to pay each household £250.', '', '3.3 The Ombudsman recommends that the council inspect every flat on the Ferncliffe Estate for damp and mould by 25 July 2024.') }, UNRELATED]);
    const v = await judged('The Ombudsman also ordered the council to inspect every flat on the estate by 25 July 2024.');
    assert.notEqual(v.status, 'supported');
    assert.equal(v.suggestions.length, 0);
    assert.equal((await judged('The Ombudsman also recommended that the council inspect every flat on the estate by 25 July 2024.')).status, 'supported');
    assert.equal((await judged('The Ombudsman ordered the council to pay each household £250.')).status, 'supported');
  });

  test('"has asked to address the committee" is a request, not "will address" it; the clause before it stands', async () => {
    const judged = await judgeAgainst([{ name: 'survey.md', text: lines('# Chamber of Trade survey', '', '## Next steps', '', 'The Chamber will present these findings to the district council and has asked to address the licensing committee on 9 September.') }, UNRELATED]);
    const v = await judged('The Chamber will address the licensing committee on 9 September.');
    assert.notEqual(v.status, 'supported');
    assert.equal(v.suggestions.length, 0);
    assert.equal((await judged('The Chamber has asked to address the licensing committee on 9 September.')).status, 'supported');
    assert.equal((await judged('The Chamber will present its findings to the district council.')).status, 'supported');
  });

  test('"should not be taken as representative" turns "representative" around: a claim that the results are representative is contradicted', async () => {
    const judged = await judgeAgainst([{ name: 'survey.txt', text: lines('Residents survey: summary of results', '', 'Respondents chose to take part and were not selected at random, so the results should not be taken as representative of all residents.', '', 'The Ombudsman does not regard the delay as a breach of the code.') }, UNRELATED]);
    const v = await judged('The council says the results are representative of all residents.');
    assert.equal(v.status, 'contradicted', `${v.status} ${v.reason ?? ''}`);
    assert.equal(v.suggestions.length, 0);
    assert.equal((await judged('Respondents were not selected at random.')).status, 'supported');
    assert.equal((await judged('The Ombudsman regards the delay as a breach of the code.')).status, 'contradicted');
  });

  test('"could recover" is what may happen, not what will; an answer "It could, …" to "Could it recover?" hedges too', async () => {
    const judged = await judgeAgainst([
      { name: 'herald.txt', text: lines('Coastline Herald', '', 'Dr Ilse Varga, who led the stock assessment, has said the cod stock could recover within four to six years if fishing is reduced. Responses could be made online or by post.') },
      { name: 'transcript.txt', text: lines('Coast Tonight, 25 March', '', 'PRESENTER: Will the haddock stock hold up?', '', 'DR VARGA: Yes. It rose by 12 per cent last year.', '', 'PRESENTER: Could the haddock stock double?', '', 'DR VARGA: It could, within ten years, if the cut holds.') },
      UNRELATED,
    ]);
    const v = await judged('Dr Varga said the cod stock will recover within four to six years if fishing is reduced.');
    assert.notEqual(v.status, 'supported');
    assert.equal(v.suggestions.length, 0);
    assert.notEqual((await judged('Dr Varga said the haddock stock will double within ten years if the cut holds.')).status, 'supported');
    assert.equal((await judged('Dr Varga said the cod stock could recover within four to six years if fishing is reduced.')).status, 'supported');
    assert.equal((await judged('Responses could be made online or by post.')).status, 'supported');
  });

  test('what the passage leaves out, a later sentence of its paragraph denies: "The survey is not a random sample"', async () => {
    const judged = await judgeAgainst([{ name: 'survey.md', text: lines('# Rural bus survey 2025', '', "The Bus Users' Group ran its own survey of rural bus passengers. It was open from 10 March to 6 April 2025, online and on paper at 22 libraries. We received 1,212 responses. The survey is not a random sample and results should be read with that in mind.") }, UNRELATED]);
    const v = await judged('The survey, open from 10 March to 6 April, was a random sample of rural bus passengers.');
    assert.equal(v.status, 'contradicted', `${v.status} ${v.reason ?? ''}`);
    assert.equal(v.suggestions.length, 0);
    assert.equal((await judged('The survey of rural bus passengers was open from 10 March to 6 April and had 1,212 responses.')).status, 'supported');
    assert.equal((await judged('The survey, open from 10 March to 6 April, was not a random sample.')).status, 'supported');
  });

  test('"depends on recruitment" does not say they were recruited: no contradiction for "had not yet recruited them all"', async () => {
    const judged = await judgeAgainst([{ name: 'transcript.txt', text: lines('Vale Radio breakfast', '', "DR OSEI: That depends on recruitment; we need around 30 nurses to staff it, and we haven't got them all yet.", '', 'DR OSEI: We recruited twelve porters in March.') }, UNRELATED]);
    const v = await judged('She said the trust needed around 30 nurses to staff it and had not yet recruited them all.');
    assert.notEqual(v.status, 'contradicted', `${v.contradiction?.sourceText ?? ''}`);
    assert.equal((await judged('She said the trust had not recruited twelve porters in March.')).status, 'contradicted');
  });

  test('"We are also considering naming the pool" is no decision: an adverb between does not hide the hedge', async () => {
    const judged = await judgeAgainst([{ name: 'transcript.txt', text: lines('Kelsham Today, 25 April', '', 'CLLR RAMSDEN: Officers are looking at the clock. We are also considering naming the main pool at Wharf Street after Alderhythe.') }, UNRELATED]);
    const v = await judged('The council has also decided to name the main pool at Wharf Street after Alderhythe.');
    assert.notEqual(v.status, 'supported');
    assert.equal(v.suggestions.length, 0);
    assert.equal((await judged('Cllr Ramsden said the council was considering naming the main pool at Wharf Street after Alderhythe.')).status, 'supported');
  });

  test('minutes that list "Marcus Lyle (Chief Executive)" and then say "The Chief Executive advised …" say it of Marcus Lyle', async () => {
    const minutes = lines('# Cabinet minutes', '', '**In attendance:** Marcus Lyle (Chief Executive), Julian Preece (Head of Planning).', '', '### Item 4: Apologies', '', 'Councillor Fairlie declared an interest in Items 4 and 6 and would take no part in the vote.', '', '### Item 5: Second survey', '', 'Councillor Castle moved that a second survey be commissioned. The Chief Executive advised that a second survey would cost about £85,000 and take approximately four months.');
    const judged = await judgeAgainst([{ name: 'minutes.md', text: minutes }, UNRELATED]);
    const v = await judged('The Chief Executive, Marcus Lyle, advised that a second survey would take about four months.');
    assert.equal(v.status, 'supported', `${v.status} ${v.reason ?? ''}`);
    // Not said of someone else: the Head of Planning is Julian Preece.
    assert.notEqual((await judged('Julian Preece advised that a second survey would take about four months.')).status, 'supported');
    assert.equal((await judged('The Chief Executive, Marcus Lyle, advised that a second survey would take about six months.')).status, 'contradicted');
  });

  test('"fell from 3,180 to 3,410" says a fall where its own figures rise: contradicted when a source gives both figures', async () => {
    const judged = await judgeAgainst([{ name: 'review.md', text: lines('# Emergency department review', '', '| Month | Ambulance arrivals |', '|---|---|', '| December | 3,180 |', '| January | 3,410 |', '', 'The waiting list now stands at 58, up from 34 last year. Fees were cut from £40 to £30.') }, UNRELATED]);
    for (const claim of ['Ambulance arrivals fell from 3,180 in December to 3,410 in January.', 'The waiting list has fallen to 58 from 34.', 'Fees rose from £40 to £30.']) {
      const v = await judged(claim);
      assert.equal(v.status, 'contradicted', `${claim} ${v.status} ${v.reason ?? ''}`);
      assert.equal(v.suggestions.length, 0);
    }
    assert.notEqual((await judged('Ambulance arrivals rose from 3,180 in December to 3,410 in January.')).status, 'contradicted');
    assert.notEqual((await judged('Fees were cut from £40 to £30.')).status, 'contradicted');
    // A place in a ranking falls as its number grows.
    assert.notEqual((await judged('The department fell from 3 to 5 in the league table of waiting times.')).contradiction?.because?.includes('rise'), true);
  });

  test('a year is fixed from the sentence of its own verb: "listed in 1998" takes "was listed in 1988", not "opened in 1937" beside it', async () => {
    const judged = await judgeAgainst([{ name: 'herald.md', text: lines('# Westmarch Herald', '', 'The cabinet voted to knock down the Grade II listed baths, which were designed by borough architect Harold Vance and opened in 1937. The building was listed in 1988 and is known for its diving stage.') }, UNRELATED]);
    const v = await judged('They were listed at Grade II in 1998.');
    assert.equal(v.status, 'contradicted', `${v.status} ${v.reason ?? ''}`);
    assert.equal(v.contradiction?.sourceText, '1988');
    assert.equal((await judged('The baths opened in 1938.')).contradiction?.sourceText, '1937');
    assert.equal((await judged('The baths were listed at Grade II in 1988.')).status, 'supported');
  });

  test('two passages of the minutes as close to the sentence, each with its own date: both quoted, no fix', async () => {
    const minutes = lines('# Minutes of the Board meeting', '', 'Thursday 27 February 2025, 10.00am, Boardroom', '', '3.4 Motion: That the Board approves a 12-bed Handover Unit at a cost of £1.8 million, to open by 1 June 2025. Vote: For 9; Against 2. **CARRIED.**', '', '5.2 After the Chief Executive confirmed that the review, due to be published on 3 March, would cover the same ground, Ms Qureshi **WITHDREW** the motion.');
    const judged = await judgeAgainst([{ name: 'minutes.md', text: minutes }, UNRELATED]);
    const v = await judged('It is due to open by 1 May 2025.');
    assert.equal(v.status, 'contradicted', `${v.status} ${v.reason ?? ''}`);
    assert.equal(v.contradiction?.ambiguous, true);
    assert.match(v.contradiction?.sourceText ?? '', /1 June/);
    // The day of the meeting the minutes record is the day of what they record.
    assert.notEqual((await judged('At a meeting on 27 February, the Board approved a 12-bed Handover Unit by nine votes to two.')).status, 'contradicted');
    assert.equal((await judged('At a meeting on 28 February, the Board approved a 12-bed Handover Unit by nine votes to two.')).status === 'supported', false);
  });

  test('"never been delayed" is not denied by a heading or a noun: "## Member survey: handover delays", "the length of handover delays"', async () => {
    const claim = 'Only 44 members, or 9%, said they had never been delayed at the hospital.';
    const heading = await judgeAgainst([{ name: 'survey.md', text: lines('# Ambulance Staff Union', '', '## Member survey: handover delays at Wendlebury General Hospital', '', '### Summary of results, published 17 February 2025', '', 'The survey was sent to all 1,140 members. 486 members responded.') }, UNRELATED]);
    assert.notEqual((await heading(claim)).status, 'contradicted');
    const noun = await judgeAgainst([{ name: 'echo.txt', text: lines('Wendlebury Echo', '', 'Mid-Vale Ambulance Service said it was "deeply concerned" about the length of handover delays at the hospital and would be raising the case with the trust.') }, UNRELATED]);
    assert.notEqual((await noun(claim)).status, 'contradicted');
    // A verb that says it was so still contradicts the negation.
    const verb = await judgeAgainst([{ name: 'report.txt', text: lines('Review', '', 'Crews were delayed at the hospital on every day of the inspection.') }, UNRELATED]);
    assert.equal((await verb('Crews were never delayed at the hospital during the inspection.')).status, 'contradicted');
  });

  test('"who was said to be comfortable" hedges only "comfortable", not the six-year-old it describes', async () => {
    const judged = await judgeAgainst([{ name: 'gazette.txt', text: lines('Marrowby Gazette', '', 'Tallis Valley Hospital confirmed that a 78-year-old woman was being treated in intensive care. The youngest patient admitted is a six-year-old boy, who was said to be "comfortable" on Wednesday.') }, UNRELATED]);
    assert.equal((await judged('The youngest patient admitted to hospital was a six-year-old boy.')).status, 'supported');
    assert.notEqual((await judged('The youngest patient, a six-year-old boy, was comfortable on Wednesday.')).status, 'supported');
  });

  test('"by three votes to two to suspend the licence for 28 days": two is a vote, 28 counts days', () => {
    const q = quantitiesOf(readSentence('The sub-committee voted by three votes to two to suspend the licence for 28 days.'));
    assert.deepEqual(q.map((x) => [x.value, x.unit]), [[3, 'vote'], [2, 'vote'], [28, 'day']]);
    const tally = quantitiesOf(readSentence('Vote: For 9; Against 2 (Mr Ainsley, Mr Price); Abstentions 0.'));
    assert.deepEqual(tally.map((x) => x.unit), ['vote', 'vote', 'vote']);
  });

  test('"was due to consider the motion; it was put back again" states the putting back; "weighing whether" is what "rests with" says', async () => {
    const judged = await judgeAgainst([
      { name: 'timeline.md', text: lines('# Timeline', '', '- 11 April 2024 — Committee was due to consider the allotment strategy motion; it was put back again to the June meeting.') },
      { name: 'post.txt', text: lines('Dunmere Post', '', "A government planning inspector, Alan Penhallow, has begun weighing whether 140 homes should be built on Kellingford's Mill Lane Allotments.") },
      UNRELATED,
    ]);
    assert.equal((await judged("The allotment strategy motion was put back again, to the committee's June meeting.")).status, 'supported');
    const hedged = await judgeAgainst([{ name: 'notes.md', text: lines('# Notes', '', 'The planning committee may defer the parking motion; it met on 11 April 2024.') }, UNRELATED]);
    assert.notEqual((await hedged('The planning committee deferred the parking motion.')).status, 'supported');
    assert.equal((await judged("A plan to build 140 homes on Kellingford's Mill Lane Allotments now rests with a planning inspector, Alan Penhallow.")).status, 'supported');
    assert.notEqual((await judged("Planning inspector Alan Penhallow decided that 140 homes should be built on Kellingford's Mill Lane Allotments.")).status, 'supported');
  });

  test('a motion whose next paragraph says "The motion was CARRIED (7 votes for, 2 against)" was carried, not only proposed', async () => {
    const minutes = lines('# Parish Council minutes', '', '### Item 7: Water testing kits', '', 'Proposed by Cllr Fenn, seconded by Cllr Adebayo: "That the Council allocates £2,000 from its general reserve for the purchase of water testing kits for volunteer monitors."', '', 'The motion was CARRIED (8 votes for, 0 against, 1 abstention).', '', '### Item 8: Bathing water', '', 'Proposed by Cllr Price: "That the Council applies for bathing water designation for the River Wenn."', '', 'After discussion, it was RESOLVED to defer the motion to the meeting on 12 September 2023.');
    const judged = await judgeAgainst([{ name: 'minutes.md', text: minutes }, UNRELATED]);
    assert.equal((await judged("The council set aside £2,000 from its general reserve for volunteer monitors' water testing kits.")).status, 'supported');
    assert.notEqual((await judged('The council applied for bathing water designation for the River Wenn.')).status, 'supported');
  });

  test('"reduce the workforce from 38 to 19" counts people; "did not blame the people … but the arithmetic" blames the arithmetic; a purchase is the other side of a sale', async () => {
    const judged = await judgeAgainst([
      { name: 'statement.txt', text: lines('Larchmont press statement', '', "As part of the change, we propose to reduce the Courier's workforce from 38 to 19.") },
      { name: 'letter.txt', text: lines('A letter to our readers', '', 'I do not blame the people who bought us. I blame the arithmetic. Fewer people buy a paper, and a weekly paper with a staff of 38 cannot live on goodwill.') },
      { name: 'report.md', text: lines('# Committee report', '', '2.1 The Courier was owned by the Fairlie family from 1923 until its sale to Larchmont, completed on 14 January 2025.') },
      UNRELATED,
    ]);
    assert.equal((await judged("The company proposed to halve the Courier's workforce, from 38 people to 19.")).status, 'supported');
    assert.notEqual((await judged('She wrote that she did not blame the people who bought the paper but the arithmetic.')).status, 'contradicted');
    assert.notEqual((await judged('Larchmont completed its purchase of the Courier from the Fairlie family on 14 January.')).status, 'contradicted');
    // "did not resign but was sacked" still denies the resigning.
    assert.equal(analyzeClaim('He did not resign but was sacked.').negated, true);
  });

  test('"Pump 1" names a pump, it counts none: "one of the three inlet pumps" is not contradicted by it', async () => {
    assert.deepEqual(quantitiesOf(readSentence('30 May 2023 – Pump 1 at Oxley Mead taken out of service awaiting repair.')).filter((q) => q.kind === 'number').map((q) => q.unit), ['#pump']);
    const judged = await judgeAgainst([{ name: 'timeline.md', text: lines('# Oxley Mead timeline', '', '- 30 May 2023 – Pump 1 at Oxley Mead taken out of service awaiting repair.', '- 14 June 2023, 03:10 – Pump 2 fails (blockage).', '- 14 June 2023, 03:35 – Pump 3 trips (overload).') }, UNRELATED]);
    const v = await judged('One of the three inlet pumps at Oxley Mead had been out of service awaiting repair since 30 May 2023.');
    assert.notEqual(v.status, 'contradicted', `${v.contradiction?.sourceText ?? ''}`);
    assert.equal((await judged('Pump 2 at Oxley Mead failed with a blockage at 03:10 on 14 June 2023.')).status, 'supported');
  });

  test('"attended by seven councillors": the names of the attendance line, counted', async () => {
    const minutes = lines('# Parish council minutes', '', 'Extraordinary meeting, 2 April 2024.', '', '**Present:** Cllr Graham Ashby (Chair), Cllr Margaret Dent (Vice-Chair), Cllr Owen Fairclough, Cllr Lydia Kerr, Cllr Peter Muncaster, Cllr Sunita Bhatt, Cllr Jack Tolley.');
    const judged = await judgeAgainst([{ name: 'minutes.md', text: minutes }, UNRELATED]);
    assert.equal((await judged('The extraordinary meeting on 2 April 2024 was attended by seven councillors.')).status, 'supported');
    assert.notEqual((await judged('The extraordinary meeting on 2 April 2024 was attended by eight councillors.')).status, 'supported');
  });

  test('"ranged in age from 16 to 81" is stated beside "a median age of 44"; "from 16 to 50" is fixed to 81, not to the median', async () => {
    const judged = await judgeAgainst([{ name: 'survey.md', text: lines('# Swimmers survey', '', "Respondents' ages ranged from 16 to 81, with a median age of 44.") }, UNRELATED]);
    assert.equal((await judged('Respondents ranged in age from 16 to 81.')).status, 'supported');
    const v = await judged('Respondents ranged in age from 16 to 50.');
    assert.equal(v.status, 'contradicted', `${v.status} ${v.reason ?? ''}`);
    assert.equal(v.contradiction?.sourceText, '81');
  });

  test('no fix from a table row that shares nothing with the sentence; "72% of respondents (893)" counts respondents', async () => {
    const poll = lines('# Readers poll', '', '## Q3. How often do you read the printed Courier?', '', '| Answer | Per cent | Count |', '|---|---:|---:|', '| Every week | 44% | 546 |', '| Most weeks | 29% | 360 |', '| Occasionally | 27% | 334 |', '', '## About the respondents', '', '72% of respondents (893) were aged 55 or over; 9% (112) were under 35.');
    const judged = await judgeAgainst([{ name: 'poll.md', text: poll }, UNRELATED]);
    const v = await judged('Almost three-quarters of those who answered, 893 people, were aged 65 or over.');
    assert.notEqual(v.status, 'supported');
    assert.notEqual(v.contradiction?.sourceText, '360');
    assert.deepEqual(quantitiesOf(readSentence('72% of respondents (893) were aged 55 or over.')).map((q) => q.unit), ['respondent', 'respondent', '<aged']);
  });

  test('"suspended without pay" is contradicted by "suspended on full pay", and no citation is offered', async () => {
    const judged = await judgeAgainst([{ name: 'minutes.txt', text: lines('Governors minutes', '', '4.1 Proposed by Mr Almond, seconded by Dr Fairweather: that the Headteacher, Mr G Pellow, be suspended on full pay pending the outcome of the exam board investigation.', '', '4.2 The motion was CARRIED, nine votes to two.') }, UNRELATED]);
    const v = await judged('The headteacher was suspended without pay pending the outcome of the exam board investigation.');
    assert.equal(v.status, 'contradicted', `${v.status} ${v.reason ?? ''}`);
    assert.equal(v.contradiction?.sourceText, '“on full pay”');
    assert.equal(v.suggestions.length, 0);
    assert.equal((await judged('The headteacher was suspended on full pay pending the outcome of the exam board investigation.')).status, 'supported');
  });

  test('"up to 11 jobs … could be at risk" hedges the jobs before it; "could be drawn from the reserve" and "it could be argued" do not hedge', async () => {
    const judged = await judgeAgainst([
      { name: 'post.txt', text: lines('Evening Post', '', 'Its manager, Gary Pruitt, said up to 11 jobs at the plant could be at risk if no new contract was found.') },
      { name: 'minutes.md', text: lines('# Housing committee', '', '4.1 The Head of Finance reported that £2.4 million could be drawn from the Housing Revenue Account reserve.') },
      UNRELATED,
    ]);
    const v = await judged('Its manager, Gary Pruitt, said 11 jobs at the plant would be lost.');
    assert.notEqual(v.status, 'supported');
    assert.equal(v.suggestions.length, 0);
    assert.equal((await judged('Gary Pruitt said up to 11 jobs at the plant could be at risk.')).status, 'supported');
    assert.equal((await judged('The Head of Finance reported that £2.4 million could be drawn from the Housing Revenue Account reserve.')).status, 'supported');
  });

  test('"postponed" is not "cancelled", "disputed" is not "accepted", and "recklessness rather than negligence" is the other way round', async () => {
    const judged = await judgeAgainst([
      { name: 'herald.txt', text: lines('Harnleigh Herald', '', 'The Wenn Wild Swimmers have cancelled their Midsummer Swim, which was due to take place at Mill Meadow on 24 June.') },
      { name: 'transcript.txt', text: lines('Radio Carrowby', '', "MS MOTTRAM: No. We won't be appealing. We accept the judge's findings in full, and I want to say again how sorry we are.") },
      { name: 'gazette.txt', text: lines('Wenn Valley Gazette', '', "The judge said the failure reflected negligence rather than recklessness on the company's part.") },
      UNRELATED,
    ]);
    assert.equal((await judged('The Wenn Wild Swimmers have postponed their Midsummer Swim at Mill Meadow.')).status, 'contradicted');
    assert.equal((await judged("Ms Mottram said the company disputed some of the judge's findings.")).status, 'contradicted');
    const v = await judged('The judge said the failure reflected recklessness rather than negligence.');
    assert.equal(v.status, 'contradicted', `${v.status} ${v.reason ?? ''}`);
    assert.equal(v.contradiction?.sourceText, 'negligence rather than recklessness');
    assert.equal((await judged('The judge said the failure reflected negligence rather than recklessness.')).status, 'supported');
    assert.equal((await judged('The Wenn Wild Swimmers have cancelled their Midsummer Swim at Mill Meadow.')).status, 'supported');
  });

  test('a table row with an empty first cell goes on with the question above; "62 per cent … good or very good" is the figure of the poor row', async () => {
    const table = lines('| Question | Response | Count | Share |', '|---|---|---:|---:|', "| Q1. How confident are you in the school's current leadership? | Very or fairly confident | 105 | 24% |", '| | Not very or not at all confident | 279 | 64% |', "| | Don't know | 52 | 12% |", '| Q2. Should there be an inquiry? | Yes | 310 | 71% |', '| | No | 39 | 9% |', "| Q3. How would you rate the school's communication with families since October? | Good or very good | 92 | 21% |", '| | Neither good nor poor | 74 | 17% |', '| | Poor or very poor | 270 | 62% |');
    const judged = await judgeAgainst([
      { name: 'survey.md', text: lines('# Parents Forum: Survey of Parents and Carers, February 2025', '', '**Summary of results**', '', 'The survey was open online from 3 to 24 February 2025, and 436 families responded (a response rate of 39 per cent).', '', '## Results', '', table) },
      { name: 'post.txt', text: lines('Evening Post', '', 'An exam board has found "maladministration" at Kestermoor Grange School after nearly two-thirds of the coursework folders it re-checked were found to have been marked too generously.') },
      UNRELATED,
    ]);
    const v = await judged("Almost two-thirds, 62 per cent, rated the school's communication with families as good or very good.");
    assert.equal(v.status, 'contradicted', `${v.status} ${v.reason ?? ''}`);
    // (The figure is said twice: one fix would leave the other, so none is offered.)
    assert.equal(v.contradiction?.ambiguous, true);
    assert.equal((await judged("Almost two-thirds, 62 per cent, rated the school's communication with families as poor or very poor.")).status, 'supported');
    assert.equal((await judged("21 per cent rated the school's communication with families as good or very good.")).status, 'supported');
  });

  test('"If the loan is agreed, the purchase should complete on 30 June" hedges itself; "If …, the group will seek" does not', async () => {
    const judged = await judgeAgainst([
      { name: 'radio.txt', text: lines('Marlshire Sound', '', 'MS LOMAX: If the loan is agreed, we may complete the purchase on 30 June.') },
      { name: 'timeline.md', text: lines('# Timeline', '', '- Save Brackenrigg Moor may seek a judicial review if the appeal is allowed; its committee will discuss it in July.') },
      UNRELATED,
    ]);
    assert.equal((await judged('If the loan is agreed, the purchase should complete on 30 June, Ms Lomax said.')).status, 'supported');
    assert.notEqual((await judged('If the appeal is allowed, Save Brackenrigg Moor will seek a judicial review.')).status, 'supported');
  });

  test('"81% said they had felt safe" is the row of feeling safe, not the row that begins "Said …"; the fix is that row\'s 76%', async () => {
    const table = lines('| Question | Count | Share of 842 |', '|---|---|---|', '| Aware of the snow leopard escape | 514 | 61% |', '| Felt "safe" or "very safe" during their visit | 640 | 76% |', '| Said the escape made them less likely to visit again | 118 | 14% |');
    const judged = await judgeAgainst([{ name: 'survey.md', text: lines('# Exit survey, July 2025', '', '842 visitors completed the survey at the exits in July.', '', table) }, UNRELATED]);
    const v = await judged('In an exit survey of 842 visitors in July, 81% said they had felt safe or very safe.');
    assert.equal(v.status, 'contradicted', `${v.status} ${v.reason ?? ''}`);
    assert.equal(v.contradiction?.sourceText, '76%');
  });

  test('"initially reported the rise as 6.9 per cent" is what the correction withdraws: no contradiction, no fix to 5.9%', async () => {
    const judged = await judgeAgainst([{ name: 'gazette.txt', text: lines('Vale Gazette', '', 'The board of Brackenford and Vale Homes has agreed a rent rise of 5.9% from April.', '', 'Correction: An earlier version of this article said the board had agreed a rise of 6.9%. It was 5.9%.') }, UNRELATED]);
    const v = await judged('The Gazette initially reported that the board had agreed a rise of 6.9 per cent.');
    assert.notEqual(v.status, 'contradicted', `${v.contradiction?.sourceText ?? ''}`);
    assert.equal((await judged('The board agreed a rent rise of 6.9 per cent from April.')).status, 'contradicted');
  });

  test('"The median amount … was £500" is fixed to the median\'s £250, not to "£1,000 or more" in a sentence more like it', async () => {
    const judged = await judgeAgainst([{ name: 'questionnaire.txt', text: lines('Residents questionnaire', '', 'Of the 221 households who said they would buy shares, 204 indicated an amount. The median amount was £250. Nineteen households said they would invest £1,000 or more, and the largest single amount indicated was £10,000.') }, UNRELATED]);
    const v = await judged('The median amount households said they might invest was £500.');
    assert.equal(v.status, 'contradicted', `${v.status} ${v.reason ?? ''}`);
    assert.equal(v.contradiction?.sourceText, '£250');
  });

  test('a figure a correction withdraws is not stated by it: "Turnout was 64%" is contradicted by the body\'s 61%', async () => {
    const gazette = lines('Westmarch Gazette', '', "Of the 607 valid votes cast, 348 (57.3%) were against the wind farm proposal and 259 (42.7%) were in favour. Turnout was 61%, with 612 of the parish's 1,004 electors taking part. Five ballot papers were rejected.", '', 'The parish council said it would write to the developer.', '', 'Correction: an earlier version of this article said that 64% of electors voted in the poll. Turnout was 61%.');
    const judged = await judgeAgainst([{ name: 'gazette.txt', text: gazette }, UNRELATED]);
    const v = await judged("Turnout was 64%, with 612 of the parish's 1,004 electors casting a ballot.");
    assert.equal(v.status, 'contradicted', `${v.status} ${v.reason ?? ''}`);
    assert.equal((await judged("Turnout was 61%, with 612 of the parish's 1,004 electors casting a ballot.")).status, 'supported');
  });

  test('a tally the closest passage gives otherwise is quoted with no fix; "For 9; Against 2" is a tally too', async () => {
    const judged = await judgeAgainst([
      { name: 'courier.txt', text: lines('Kelsham Courier', '', 'Cabinet members backed the move to demolish the baths by five votes to one at a meeting in the Town Hall on Tuesday evening.') },
      { name: 'minutes.md', text: lines('# Board minutes', '', '3.4 Motion: That the Board approves a 12-bed handover unit. Vote: For 9; Against 2. CARRIED.', '', '6.1 Motion: That the Trust publishes weekly figures. Vote: For 10; Against 0. CARRIED.') },
      UNRELATED,
    ]);
    const v = await judged('The decision to demolish the baths, taken on Tuesday evening, was carried by six votes to one.');
    assert.equal(v.status, 'contradicted', `${v.status} ${v.reason ?? ''}`);
    assert.match(v.contradiction?.sourceText ?? '', /five/);
    // Where another motion's "6 votes to 0" gives the sentence's six, the tally is quoted whole, with no fix.
    const other = await judgeAgainst([{ name: 'courier.txt', text: lines('Kelsham Courier', '', 'Cabinet members backed the move to demolish the baths by five votes to one at a meeting in the Town Hall on Tuesday evening.', '', 'On being put to the vote the motion to rename the pool was CARRIED by 6 votes to 0, with 1 abstention.') }, UNRELATED]);
    const w = await other('The decision to demolish the baths, taken on Tuesday evening, was carried by six votes to one.');
    assert.equal(w.status, 'contradicted', `${w.status} ${w.reason ?? ''}`);
    assert.equal(w.contradiction?.ambiguous, true);
    assert.notEqual((await judged('The decision to demolish the baths, taken on Tuesday evening, was carried by five votes to one.')).status, 'contradicted');
    assert.notEqual((await judged('The Board approved a 12-bed handover unit by nine votes to two.')).status, 'contradicted');
  });

  test('"a fractured right hip" against "a fractured left hip" is contradicted, with "left" as the fix; "left hospital" is a verb', async () => {
    const judged = await judgeAgainst([{ name: 'timeline.md', text: lines('# Timeline', '', '- 15 January — X-ray confirms a fractured left hip. Moved to Orthopaedic Ward 7 at 14:00.', '- 7 February — Dad discharged home; he left hospital with a walking frame.') }, UNRELATED]);
    const v = await judged('An X-ray on 15 January confirmed a fractured right hip.');
    assert.equal(v.status, 'contradicted', `${v.status} ${v.reason ?? ''}`);
    assert.equal(v.contradiction?.sourceText, 'left');
    assert.equal((await judged('An X-ray on 15 January confirmed a fractured left hip.')).status, 'supported');
    assert.notEqual((await judged('He left hospital with a walking frame on 7 February.')).status, 'contradicted');
  });

  test('"a man in his sixties" is not "a man in his fifties"', async () => {
    const judged = await judgeAgainst([{ name: 'post.txt', text: lines('Evening Post', '', 'The driver of the van, a man in his fifties from Carrowby, stopped at the scene and was spoken to by officers.') }, UNRELATED]);
    assert.equal((await judged('The driver of the van, a man in his sixties from Carrowby, stopped at the scene.')).status, 'contradicted');
    assert.equal((await judged('The driver of the van, a man in his fifties from Carrowby, stopped at the scene.')).status, 'supported');
  });

  test('"down by about a third" is a share: contradicted by "down by about a fifth", fixed to "fifth"', async () => {
    assert.deepEqual(quantitiesOf(readSentence('Takings are down by about a third.')).map((q) => [q.kind, Math.round(q.value)]), [['percent', 33]]);
    assert.deepEqual(quantitiesOf(readSentence('The third quarter was weak.')).map((q) => q.kind), []);
    const judged = await judgeAgainst([{ name: 'gazette.txt', text: lines('Gazette', '', 'Takings at the Peel Lane shops are down by about a fifth, or 20 per cent, the traders said.') }, UNRELATED]);
    const v = await judged('Takings at the Peel Lane shops are down by about a third, the traders said.');
    assert.equal(v.status, 'contradicted', `${v.status} ${v.reason ?? ''}`);
    assert.equal(v.contradiction?.sourceText, 'fifth');
  });

  test('"The result is not binding on …" denies "The result was binding on …": the negation is about the subject before it', async () => {
    const judged = await judgeAgainst([{ name: 'ballot.txt', text: lines('BTF ballot result', '', 'The ballot was consultative. The result is not binding on Brackenford and Vale Homes, which sets rents through its board.') }, UNRELATED]);
    assert.equal((await judged('The result was binding on the association, which sets rents through its board [@ballot].')).status, 'contradicted');
    assert.equal((await judged('The result was not binding on the association, which sets rents through its board [@ballot].')).status, 'supported');
  });

  test('a risk rated "low" is not one rated "medium"', async () => {
    const judged = await judgeAgainst([{ name: 'grant.md', text: lines('# Grant decision', '', "3.2 The Trust rated the project's risk as medium, chiefly because of its dependence on volunteers.") }, UNRELATED]);
    assert.equal((await judged("The Trust rated the project's risk as low.")).status, 'contradicted');
    assert.equal((await judged("The Trust rated the project's risk as medium.")).status, 'supported');
  });

  test('"Luca Brennan, 31," is the age of the person it follows: contradicted by "Luca Brennan, 24," beside "Pieter Aldous, 31,"', async () => {
    assert.deepEqual(quantitiesOf(readSentence('Luca Brennan, 24, of Solent-Vane Racing, broke his collarbone.')).map((q) => q.unit), ['age']);
    const judged = await judgeAgainst([{ name: 'gazette.txt', text: lines('Gazette', '', 'Luca Brennan, 24, of Solent-Vane Racing, broke his collarbone. Pieter Aldous, 31, of Corran Wheels, suffered a fractured pelvis and remains at Harrowdale Royal Infirmary.') }, UNRELATED]);
    const v = await judged('Luca Brennan, 31, of Solent-Vane Racing, broke his collarbone.');
    assert.equal(v.status, 'contradicted', `${v.status} ${v.reason ?? ''}`);
    assert.equal(v.contradiction?.sourceText, '24');
    assert.equal((await judged('Pieter Aldous, 31, of Corran Wheels, suffered a fractured pelvis.')).status, 'supported');
  });

  test('two figures whose words a passage gives the other way round: "34 … by police officers and the remaining 14 by marshals"', async () => {
    const report = lines('# Road closure report', '', "2.2 Under the agreed event safety plan, the 48 fixed closure points were divided between the police and the organiser. Fourteen points, on principal roads, were staffed by police officers. The remaining 34, including Mill Lane, were the responsibility of the organiser's marshals.");
    const judged = await judgeAgainst([{ name: 'report.md', text: report }, UNRELATED]);
    const v = await judged("Of the 48 fixed closure points, 34 were staffed by police officers and the remaining 14 by the organiser's marshals.");
    assert.equal(v.status, 'contradicted', `${v.status} ${v.reason ?? ''}`);
    assert.equal(v.contradiction?.ambiguous, true);
    assert.equal((await judged("Of the 48 fixed closure points, 14 were staffed by police officers and the remaining 34 by the organiser's marshals.")).status, 'supported');
  });

  test('"612 letters of support and 37 letters of objection" where one sentence gives them the other way round', async () => {
    const judged = await judgeAgainst([{ name: 'report.md', text: lines('# Officer report', '', '2.3 A total of 612 letters of objection and 37 letters of support were received.') }, UNRELATED]);
    const v = await judged('Officers also noted that 612 letters of support and 37 letters of objection had been received.');
    assert.equal(v.status, 'contradicted', `${v.status} ${v.reason ?? ''}`);
    assert.equal(v.suggestions.length, 0);
    assert.equal((await judged('Officers also noted that 612 letters of objection and 37 letters of support had been received.')).status, 'supported');
  });

  test('a number in a table\'s "%" column is a share: "48 per cent strongly opposed" is "| Strongly oppose | 294 | 48.0 |"', async () => {
    const table = lines('| Response | Count | % |', '|---|---|---|', '| Strongly support | 55 | 9.0 |', '| Oppose | 141 | 23.0 |', '| Strongly oppose | 294 | 48.0 |');
    assert.deepEqual(quantitiesOf(readSentence(table)).map((q) => q.kind), ['number', 'percent', 'number', 'percent', 'number', 'percent']);
    const judged = await judgeAgainst([{ name: 'survey.md', text: lines('# Street trees survey', '', '## Q1. Do you support or oppose the plan?', '', table, '', 'In total, 71 per cent opposed the plan (435 households) and 21 per cent supported it (128 households).') }, UNRELATED]);
    assert.equal((await judged('Of those, 71 per cent opposed the plan, with 48 per cent strongly opposed.')).status, 'supported');
    // A false share is not fixed to the other side's figure ("21 per cent supported it").
    const v = await judged('Of those, 71 per cent opposed the plan, with 45 per cent strongly opposed.');
    assert.notEqual(v.status, 'supported');
    assert.notEqual(v.contradiction?.sourceText, '21 per cent');
  });

  test('minutes that record who moved and seconded each motion: the mover given the seconder\'s part, or another item\'s, is said otherwise', async () => {
    const minutes = lines(
      '# Parks Committee: minutes of 3 June',
      '',
      'Present: Councillors Edith Marr (Chair), Owen Fairlie, Sunil Bakshi, Greta Holm and Ivo Pratt.',
      '',
      'Item 4: Skate park lighting',
      '',
      'Councillor Fairlie moved, and Councillor Holm seconded, that floodlights be fitted at the skate park. Carried, 4 votes to 1.',
      '',
      'Item 5: Dog walking fees',
      '',
      'Councillor Pratt, seconded by Councillor Bakshi, moved that the licence fee for dog walkers be doubled. Lost, 1 vote to 4.',
      '',
      'Item 6: Bandstand repairs',
      '',
      'Moved Cllr Bakshi, seconded Cllr Fairlie: that the bandstand roof be repaired this summer. Carried unanimously.',
    );
    const judged = await judgeAgainst([{ name: 'parks-minutes.md', text: minutes }, UNRELATED]);
    for (const sentence of [
      'The skate park lighting motion was moved by Councillor Greta Holm.',
      'The motion on dog walking fees was proposed by Councillor Sunil Bakshi and seconded by Councillor Ivo Pratt.',
      'Councillor Owen Fairlie moved the motion to repair the bandstand.',
    ]) {
      const v = await judged(sentence);
      assert.notEqual(v.status, 'supported', sentence);
      assert.equal(v.suggestions.length, 0, sentence);
    }
    // With nothing to tell the motions apart: a person the minutes record only as seconding.
    const v = await judged('The motion was moved by Councillor Greta Holm.');
    assert.match(v.withheld?.why ?? '', /moved by Fairlie|Holm as having seconded/);
    for (const sentence of [
      'The skate park lighting motion was moved by Councillor Owen Fairlie and seconded by Councillor Greta Holm.',
      'Councillor Ivo Pratt moved the motion on dog walking fees.',
      'The bandstand motion was seconded by Councillor Owen Fairlie.',
      'The motion was moved by Councillor Sunil Bakshi.',
    ]) assert.equal((await judged(sentence)).status, 'supported', sentence);
  });

  test('a tally in either order is the same vote ("defeated by 11 votes to 6" is "6 for, 11 against"); "unanimously" is not "5 for, 2 against"', async () => {
    const minutes = lines(
      '# Harbour Trust: minutes of 9 May',
      '',
      '### Item 3: Mooring charges',
      '',
      'It was moved by Mr Quill and seconded by Mrs Adey that winter mooring charges be frozen for a year. The motion was LOST (6 for, 11 against).',
      '',
      '### Item 4: Slipway',
      '',
      'It was moved by Mrs Adey and seconded by Mr Tarrant that the slipway be resurfaced before the regatta. Carried, 5 votes for, 2 against.',
    );
    const judged = await judgeAgainst([{ name: 'harbour-minutes.md', text: minutes }, UNRELATED]);
    assert.equal((await judged('A motion to freeze winter mooring charges for a year was defeated by 11 votes to 6.')).status, 'supported');
    const v = await judged('A motion to resurface the slipway before the regatta was carried unanimously.');
    assert.equal(v.status, 'contradicted', `${v.status} ${v.reason ?? ''}`);
    assert.equal(v.contradiction?.claimText, 'unanimously');
    assert.equal(v.suggestions.length, 0);
    assert.equal((await judged('A motion to resurface the slipway before the regatta was carried by five votes to two.')).status, 'supported');
  });

  test('a table\'s figures count what their own row is, and a sentence of several figures may take each from its row', async () => {
    const table = lines('| Item | Cost |', '|---|---|', '| Boiler replacement | £210,000 |', '| Window repairs | £95,000 |', '| Scaffolding hire | £40,000 |', '| Total | £345,000 |');
    // (Read as prose, the boiler's figure took the next row's words: "window".)
    assert.deepEqual(quantitiesOf(readSentence(table)).map((q) => q.after?.[0]), ['boiler', 'window', 'scaffold', 'total']);
    const survey = lines('# Hallam Baths condition survey', '', 'Prepared by Ridgeway Surveyors for the trust.', '', '3.1 Our estimate of the repair costs is set out below.', '', table);
    const judged = await judgeAgainst([{ name: 'ridgeway-survey.md', text: survey }, UNRELATED]);
    assert.equal((await judged('Ridgeway Surveyors put the total at £345,000, of which £210,000 is for the boiler and £95,000 for the windows.')).status, 'supported');
    // A figure is not taken from a row that does not have the words of its own clause: no citation for it.
    // (Not yet warned: the figure is the table's, of another row; see the issue's note.)
    assert.equal((await judged('Ridgeway Surveyors put the total at £345,000, of which £210,000 is for the boiler and £40,000 for the windows.')).suggestions.length, 0);
  });

  test('a table row is about what its caption names; a table\'s "no" denies nothing; a tally oriented by "for" and "against"', async () => {
    const report = lines('# Crossing review', '', '2.3 Usage is set out in Table 1.', '', "Table 1: Mill Lane crossing, usage", '', '| Measure | Figure |', '|---|---|', '| Road vehicles per day | 620 |', '| Trains per day | 38 |', '| Pedestrians per day | 75 |');
    const poll = lines('# Residents poll', '', '| Response | Count | Share |', '|---|---:|---:|', '| Keep the crossing open | 412 | 64% |', '| Close the crossing | 170 | 26% |', "| Don't know / no answer | 64 | 10% |");
    const minutes = lines('# Parish minutes', '', '4.2 Councillor Ames moved an amendment that the footbridge be widened to three metres. The amendment FELL: 4 for, 9 against.');
    const judged = await judgeAgainst([{ name: 'review.md', text: report }, { name: 'poll.md', text: poll }, { name: 'minutes.md', text: minutes }, UNRELATED]);
    assert.equal((await judged('Mill Lane crossing carries about 620 road vehicles and 38 trains a day.')).status, 'supported');
    const v = await judged('Of those who answered, 412 wanted the crossing kept open and 170 wanted it closed.');
    assert.equal(v.status, 'supported', `${v.status} ${v.reason ?? ''} ${v.withheld?.why ?? ''}`);
    assert.notEqual((await judged('An amendment by Councillor Ames to widen the footbridge to three metres was carried by 9 votes to 4.')).status, 'supported');
  });

  test('a number word is looked up as a word and as digits; a span of weeks is not one of hours', async () => {
    const judged = await judgeAgainst([
      { name: 'advice.md', text: lines('# Public health advice', '', '3.1 Notify the authority within four hours of a confirmed detection.', '', '3.2 Anyone who was ill should not use a swimming pool for two weeks afterwards.') },
      { name: 'gazette.md', text: lines('# Gazette', '', 'Table 2 lists 5 sites and 5 samples; 5 were clear.', '', '"We have been boiling water for five weeks," one resident said.') },
      UNRELATED,
    ]);
    // (Not stated by "within four hours": missing, or said otherwise by the two weeks of the same advice.)
    const weeks = await judged('Anyone who was ill should not use a swimming pool for four weeks afterwards.');
    assert.ok(weeks.missingFigures?.includes('four') || weeks.contradiction?.sourceText === 'two', `${weeks.status} ${weeks.contradiction?.sourceText ?? ''}`);
    assert.equal((await judged('One resident said they had been boiling water for five weeks.')).missingFigures?.length ?? 0, 0);
  });

  test('"Dana Roos of Harbour Ferries said": the speaker is Roos, whose turn it is, not the company she works for', async () => {
    const transcript = lines('# Coast Today, 4 May', '', 'PRESENTER: Dana Roos, residents in Pellow want a ferry. Will they get one?', '', "MS ROOS: We hope to. Our crews are looking at a small boat, and we may also look at a larger one. I can't give a date today because the licence hasn't been granted, but we hope to have something running by the end of June.", '', 'PRESENTER: And Mr Palk, how did you hear about the cut?', '', "MR PALK: We found out from a neighbour who showed us the notice. No one from the council told us. You're waiting at the quay every day and then you read it on a lamp post.");
    const judged = await judgeAgainst([{ name: 'coast-today.md', text: transcript }, UNRELATED]);
    const v = await judged('On Coast Today, Dana Roos of Harbour Ferries said the company hoped to have something running by the end of June but could not give a date because the licence had not been granted [@coast-today].');
    assert.equal(v.status, 'supported', `${v.status} ${v.withheld?.why ?? ''}`);
    assert.equal((await judged('The Palk family learned of the cut from a neighbour who showed them the notice, not from the council [@coast-today].')).status, 'supported');
  });

  test('a table row\'s cell counts what its column heads: "three of the cases involved social media" is not the dismissals\' 3', async () => {
    const review = lines('# Misconduct review', '', '3.2 Cases have risen every year:', '', '| Year | Cases | Involving social media | Dismissals |', '|---|---|---|---|', '| 2022 | 19 | 5 | 1 |', '| 2023 | 23 | 8 | 3 |');
    const judged = await judgeAgainst([{ name: 'review.md', text: review }, UNRELATED]);
    assert.equal((await judged('In 2023, eight of the cases involved social media and three ended in dismissal.')).status, 'supported');
    assert.equal((await judged('In 2023, three of the cases involved social media and eight ended in dismissal.')).suggestions.length, 0);
  });

  test('a day of a month is stated by that date, not by its day and its month in different places', async () => {
    const judged = await judgeAgainst([
      { name: 'minutes.md', text: lines('# Leisure committee minutes', '', 'Meeting held on Monday 9 September 2024 at 6.30pm.', '', '6.1 The Head of Leisure presented proposals for a footbridge repair (estimated cost £8,000).', '', '6.2 RESOLVED: that consideration be DEFERRED to the meeting of 14 October 2024.', '', '7.1 Members noted 2 complaints about the car park lighting.') },
      { name: 'courier.md', text: lines('# Courier', '', 'Councillors voted to keep the path closed. A proposal for a new footbridge was put off until the committee meets next month.') },
      UNRELATED,
    ]);
    const v = await judged('The committee will return to the footbridge at its next meeting on 2 October.');
    assert.notEqual(v.status, 'supported', `${v.status} ${v.reason ?? ''}`);
    assert.deepEqual(v.missingFigures, ['2 October']);
    assert.notEqual((await judged('The committee will return to the footbridge at its next meeting on 14 October.')).reason, 'missing-figure');
  });

  test('more opposites: least and worst affected, moderate and severe harm, full-time and part-time (not "left", which may be what remained)', async () => {
    const judged = await judgeAgainst([
      { name: 'report.md', text: lines('# Incident review', '', '2.1 Wards on the upper floors were the worst affected by the outage.', '', '2.2 Four patients came to moderate harm. No case of severe harm has been identified.', '', '2.3 No sample from the upper floors remained for testing.', '', '2.4 The service employs 38 full-time porters.') },
      UNRELATED,
    ]);
    for (const sentence of [
      'Wards on the upper floors were the least affected by the outage.',
      'Four patients came to severe harm.',
      'The service employs 38 part-time porters.',
    ]) {
      const v = await judged(sentence);
      assert.notEqual(v.status, 'supported', sentence);
      assert.equal(v.suggestions.length, 0, sentence);
    }
    assert.equal((await judged('Four patients came to moderate harm.')).status, 'supported');
    assert.equal((await judged('No sample from the upper floors was left to test.')).contradiction, undefined);
  });

  test('a table row is no rival to a figure a passage ranked above it gives', async () => {
    const minutes = lines(
      '# Emergency committee minutes',
      '',
      'Item 8: Bus and school transport',
      '',
      '8.1 The Head of Highways reported that Route 14 has been diverted via Carn Cross since 4 May, adding around 25 minutes to journeys.',
      '',
      '8.2 A council-funded minibus shuttle has run twice daily between Polwyn and the Carn Cross car park since 6 May, at a cost of £1,200 per week. School transport for 41 pupils is provided separately.',
      '',
      '8.3 Moved by Cllr Hale, seconded by Cllr Moss: that the shuttle be increased to four runs daily from 1 June, at an estimated cost of £2,050 per week.',
      '',
      '8.4 CARRIED: 8 for, 1 against.',
    );
    const report = lines('# Geotechnical report', '', '4.1 Three options were costed.', '', 'Table 1: Summary of options', '', '| Option | Description | Estimated cost | Estimated duration |', '|---|---|---|---|', '| A | Temporary single-lane road on the landward side, signal-controlled, 20 mph | £2.4m | 16 weeks |', '| B | Full realignment inland across the farm | £6.1m | 20 months |', '| C | Stabilisation of the existing road: soil nails and drainage | £3.8m | 9 months |', '', '4.2 Option A could be built while monitoring continues.');
    const judged = await judgeAgainst([{ name: 'minutes.md', text: minutes }, { name: 'report.md', text: report }, UNRELATED]);
    const v = await judged('The extra runs raised the weekly cost from £1,200 to an estimated £2,050.');
    assert.equal(v.contradiction, undefined, v.contradiction?.sourceText);
  });

  test('a role word before "and" is not the next person\'s: "with Cllr Ash in the chair and Cllr Bell sending apologies"', async () => {
    const minutes = lines('# Harbour committee', '', 'Minutes of the meeting held on Tuesday 4 March 2025 at 6.00pm in the Council Chamber, Harbour House, Polwyn', '', 'Present: Cllr Maria Ash (Chair), Cllr Tom Reade (Vice-Chair), Cllr Owen Pike, Cllr Lena Voss.', '', 'Apologies: Cllr Sam Bell.', '', 'Officers: Jane Carr (Chief Executive), Hal Ross (Head of Highways).');
    const judged = await judgeAgainst([{ name: 'harbour-minutes.md', text: minutes }, UNRELATED]);
    const v = await judged('The harbour committee met on Tuesday 4 March, with Cllr Maria Ash in the chair and Cllr Sam Bell sending apologies [@harbour-minutes].');
    assert.notEqual(v.withheld?.test, 'role', v.withheld?.why);
    assert.notEqual((await judged('The harbour committee met on Tuesday 4 March with the chair, Cllr Owen Pike, presiding [@harbour-minutes].')).status, 'supported');
  });

  test('"free of charge" is what "at no charge" says; "without any payment being made" what "no payment made" says', async () => {
    const judged = await judgeAgainst([
      { name: 'statement.md', text: lines('# Contractor statement', '', 'To support the recovery, we have offered the council 900 hours of extra engineering time at no charge.') },
      { name: 'timeline.md', text: lines('# Timeline', '', '| Date | Event |', '|---|---|', '| 3 March | Systems restored from backups; no ransom payment made |', '| 5 March | Council tax payments resume |') },
      UNRELATED,
    ]);
    const free = await judged('The contractor offered the council 900 hours of extra engineering time free of charge.');
    assert.equal(free.contradiction, undefined, free.contradiction?.sourceText);
    assert.equal(free.status, 'supported');
    const restored = await judged('Systems were restored from backups on 3 March without any ransom payment being made.');
    assert.equal(restored.contradiction, undefined, restored.contradiction?.sourceText);
    // The opposite is still said otherwise.
    assert.equal((await judged('The contractor charged the council for 900 hours of extra engineering time.')).status === 'supported', false);
  });

  test('a negation reaches past "however" set off by commas: "We do not accept, however, that this is a reason to close it"', async () => {
    const judged = await judgeAgainst([{ name: 'letter.md', text: lines('# Union letter', '', 'We recognise that complaints about the helpline have risen, and we are ready to work with managers on a new rota. We do not accept, however, that this is a reason to close the helpline.') }, UNRELATED]);
    const v = await judged('The union said that rising complaints were no reason to close the helpline.');
    assert.equal(v.contradiction, undefined, v.contradiction?.sourceText);
    assert.equal(v.status, 'supported');
  });

  test('a figure stated elsewhere in the source for something else does not hold off the passage that gives another', async () => {
    const report = lines(
      '# Incident report',
      '',
      '2.1 A ransom note left on the servers demanded 40 bitcoin, worth approximately £1.6 million at the time.',
      '',
      '5.2 Harlow Digital Ltd has run the council\'s IT service since May 2020 under a six-year contract valued at £3.4 million.',
    );
    const judged = await judgeAgainst([{ name: 'report.md', text: report }, UNRELATED]);
    const v = await judged("Harlow Digital's contract is worth £1.6 million.");
    assert.equal(v.status, 'contradicted', `${v.status} ${v.reason ?? ''}`);
    assert.equal(v.contradiction?.sourceText, '£3.4 million');
    assert.equal((await judged("Harlow Digital's contract is worth £3.4 million.")).status, 'supported');
    assert.equal((await judged('The ransom note demanded 40 bitcoin, worth about £1.6 million at the time.')).status, 'supported');
  });

  test('"The chair asked Ms Osei …" gives Ms Osei no role, and "the Director of Primary Care" in brackets after her name is no one else', async () => {
    const minutes = lines('# Primary care committee', '', 'Minutes of the meeting held on Tuesday 17 September 2024 at 2pm in the Board Room, Kelbridge', '', '**Present:** Mr Tom Asante (Chair), Cllr Ruth Rooney.', '', '**In attendance:** Ms Ama Osei (Director of Primary Care), Mr Ian Reid (Head of Contracts).', '', '## Item 6: Next steps', '', 'The Chair asked the Director of Primary Care to meet Mr Patel before the November meeting.');
    const judged = await judgeAgainst([{ name: 'minutes.md', text: minutes }, UNRELATED]);
    const v = await judged('The chair asked Ms Osei to meet Mr Patel before the November meeting.');
    assert.equal(v.status, 'supported', `${v.status} ${v.withheld?.why ?? ''} ${v.contradiction?.sourceText ?? ''}`);
    assert.notEqual((await judged('The chair asked Mr Reid to meet Mr Patel before the November meeting.')).status, 'supported');
  });

  test('"the meeting agreed to defer a decision" puts the matter off: "agreed to set aside £1,800" is not so', async () => {
    const minutes = lines('# Residents\' meeting', '', 'Item 6: Legal fund', '', 'A proposal by Cllr Rhee to set aside £1,800 from parish reserves towards legal advice for residents was discussed. The meeting agreed to defer a decision to the next meeting on 14 May.');
    const judged = await judgeAgainst([{ name: 'residents-minutes.md', text: minutes }, UNRELATED]);
    const v = await judged('Councillors agreed to set aside £1,800 from parish reserves for residents\' legal advice [@residents-minutes].');
    assert.notEqual(v.status, 'supported', `${v.status} ${v.reason ?? ''}`);
    assert.equal((await judged('A decision on setting aside £1,800 for residents\' legal advice was deferred to 14 May [@residents-minutes].')).status, 'supported');
  });

  test('"The Committee agreed to **DEFER** the motion": markup between "to" and "defer" still puts it off', async () => {
    const minutes = lines('# Audit committee minutes', '', '3.8 **Motion 3D** (moved by Councillor Qureshi, seconded by Councillor Tobin): that the suspension of parking fines be extended from 30 April to 31 July 2025. The Committee agreed to **DEFER** the motion to its meeting on 27 March 2025.');
    const judged = await judgeAgainst([{ name: 'audit-minutes.md', text: minutes }, UNRELATED]);
    const v = await judged('The committee also agreed to extend the suspension of parking fines to 31 July [@audit-minutes, para. 3.8].');
    assert.notEqual(v.status, 'supported', `${v.status} ${v.reason ?? ''}`);
  });

  test('"Cllr Lamb, who proposed the grit bins, declared an interest …": the motion is the grit bins\', not the item the rest of the sentence matches', async () => {
    const minutes = lines(
      '# Parish council minutes',
      '',
      'Item 2: Declarations of interest',
      'Cllr Lamb declared an interest as a keeper of allotment hens within the flood zone.',
      '',
      'Item 4: Support for allotment keepers',
      'Cllr Marsh proposed, and Cllr Ives seconded, that the Clerk ask the district council for help for allotment keepers within the flood zone. Carried.',
      '',
      'Item 6: Grit bins',
      'Cllr Lamb proposed, and Cllr Ives seconded, that the council spend up to £300 on two grit bins for the school lane. Carried.',
    );
    const judged = await judgeAgainst([{ name: 'minutes.md', text: minutes }, UNRELATED]);
    const v = await judged('Cllr Lamb, who proposed the grit bins spending, declared an interest as a keeper of allotment hens within the flood zone.');
    assert.notEqual(v.withheld?.test, 'mover', v.withheld?.why);
    assert.equal(v.status, 'supported');
  });

  test('a passage that records the sentence\'s own outcome and tally holds off another item\'s ("CARRIED by 44 votes to 2" in item 6)', async () => {
    const minutes = lines(
      'SENATE',
      '',
      'Minutes of the meeting held on 19 February 2025',
      '',
      'Item 3: Portfolio review: Modern Languages',
      '3.1 Professor Castell presented the review group\'s report, which recommended that the School of Modern Languages close.',
      '3.2 Professor Ferris spoke against the recommendation.',
      '3.3 Ms Hallam reported that the Students\' Union opposed the closure and that a student petition had so far been signed by more than 3,000 people.',
      '3.4 Motion 3a, that Senate endorse the recommendation, proposed by Professor Abbot and seconded by Professor Castell, was CARRIED by 31 votes to 14, with 3 abstentions.',
      '3.5 Motion 3b, that Senate defer any decision for twelve months, proposed by Professor Ferris, was LOST by 17 votes to 29.',
      '',
      'Item 6: Teach-out guarantee',
      '6.1 Motion 6a, that Senate require the University to guarantee every student enrolled in Modern Languages the opportunity to complete the degree for which they registered, including the year abroad, proposed by Ms Hallam, was CARRIED by 44 votes to 2, with 2 abstentions.',
    );
    const judged = await judgeAgainst([{ name: 'senate-minutes.txt', text: minutes }, UNRELATED]);
    const v = await judged('A motion guaranteeing every enrolled student the chance to finish their degree, including the year abroad, passed by 44 votes to 2.');
    assert.notEqual(v.withheld?.test, 'fate', v.withheld?.why);
    assert.equal(v.status, 'supported');
    assert.notEqual((await judged('A motion guaranteeing every enrolled student the chance to finish their degree, including the year abroad, passed by 40 votes to 6.')).status, 'supported');
  });

  test('how often is a fact: "weekly" where the source says "fortnightly" is contradicted, and the source\'s word holds', async () => {
    const notice = lines('Bin collections', '', 'The council said the bins in Marlow Road would be emptied fortnightly from April under the new contract.');
    const judged = await judgeAgainst([{ name: 'notice.txt', text: notice }, UNRELATED]);
    const wrong = await judged('Bins in Marlow Road will be emptied weekly from April under the new contract, the council said.');
    assert.equal(wrong.status, 'contradicted');
    assert.match(JSON.stringify(wrong.contradiction), /fortnightly/);
    assert.equal((await judged('Bins in Marlow Road will be emptied fortnightly from April under the new contract, the council said.')).status, 'supported');
    // ("twice weekly" is "twice a week", not weekly.)
    const training = await judgeAgainst([{ name: 'notes.txt', text: lines('Club notes', '', 'The squad trains twice a week at the Marsh Lane ground from September, the coach said.') }, UNRELATED]);
    assert.equal((await training('The squad trains twice weekly at the Marsh Lane ground from September, the coach said.')).status, 'supported');
    assert.equal((await training('The squad trains weekly at the Marsh Lane ground from September, the coach said.')).status, 'contradicted');
  });

  test('one clause of a sentence joined by "but", after "found that", is compared with the passage about it ("had followed its rules" against "did not follow")', async () => {
    const audit = lines(
      'Internal audit: laptop purchase',
      '',
      '3.1 The auditors reviewed every purchase over £5,000 made by Hollins Lane School in the year to March 2025.',
      '',
      '3.2 The auditors conclude that the school did not follow its own procurement rules when it bought 120 laptops from a single supplier.',
    );
    const judged = await judgeAgainst([{ name: 'audit.txt', text: audit }, UNRELATED]);
    const v = await judged('The audit, published in May, found that the school had followed its own procurement rules but had been misled by the supplier.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.kind, 'negation');
    assert.notEqual((await judged('The audit found that the school did not follow its own procurement rules when it bought 120 laptops.')).status, 'contradicted');
  });

  test('a plain statement with nothing a source must give is still checked for a close passage that says the opposite', async () => {
    const survey = lines('Footbridge survey', '', '5.2 The engineers state that the Wharf Lane footbridge is not structurally unsafe, although its handrails need repainting.', '', '5.3 The deck timbers are sound.');
    const judged = await judgeAgainst([{ name: 'survey.txt', text: survey }, UNRELATED]);
    const v = await judged('The old footbridge is structurally unsafe.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.kind, 'negation');
    assert.equal((await judged('The footbridge handrails need repainting.')).status, 'not-a-claim');
  });

  test('"leaving a shortfall of" is what "the remaining shortfall" says; "will leave" is still the opposite of "will remain"', async () => {
    const accounts = lines('Treasurer\'s report', '', '3.1 By the end of March the club had raised £6,500 from members and £4,000 from a sponsor. The remaining shortfall is £2,250.', '', '3.2 Mr Pryce will remain as treasurer until the summer.');
    const judged = await judgeAgainst([{ name: 'accounts.txt', text: accounts }, UNRELATED]);
    const v = await judged('By the end of March the club had raised £6,500 from members and £4,000 from a sponsor, leaving a shortfall of £2,250.');
    assert.equal(v.contradiction, undefined, v.contradiction?.sourceText);
    assert.equal(v.status, 'supported');
    assert.equal((await judged('Mr Pryce will leave as treasurer before the summer.')).status, 'contradicted');
  });

  test('"could promise nothing" turns "promise" around, as "can\'t promise anything" does', async () => {
    const transcript = lines('Radio Tanfield: Drive Time', '', 'PRESENTER: Will the council help the lido?', '', 'CLLR ASKEW: I can\'t promise anything until the budget is set on 12 February.', '', 'MS LOVATT: The trust promised volunteers to the lido in March.');
    const judged = await judgeAgainst([{ name: 'transcript.txt', text: transcript }, UNRELATED]);
    const v = await judged('Cllr Askew said the council could promise nothing before its budget was set on 12 February.');
    assert.equal(v.contradiction, undefined, v.contradiction?.sourceText);
    assert.equal(v.status, 'supported');
    assert.equal((await judged('Ms Lovatt said the trust promised nothing to the lido in March.')).status, 'contradicted');
    // ("found nothing wrong with" does not deny the finding.)
    const crane = await judgeAgainst([{ name: 'report.txt', text: lines('Harbour report', '', '2.1 The crane inspectors found that the harbour crane was sound and could return to service.') }, UNRELATED]);
    assert.notEqual((await crane('The crane inspectors found nothing wrong with the harbour crane.')).status, 'contradicted');
  });

  test('"48 of the 70 households" counts households, and a deadline for what may yet be done is no day it happened', async () => {
    const minutes = lines('Flood recovery committee', '', 'Minutes of the meeting held on Thursday 12 March 2026', '', '4. The Recovery Officer reported that the pumps had been removed from Mill Lane and that 41 of the 70 households had so far applied for the £500 hardship grant.');
    const statement = lines('Press statement', '', 'Every household flooded on 3 February is entitled to a hardship grant of £500.', '', 'Households can apply for the grant by calling the council or through its website before 31 March 2026.');
    const judged = await judgeAgainst([{ name: 'minutes.md', text: minutes }, { name: 'statement.txt', text: statement }, UNRELATED]);
    const wrong = await judged('By 12 March, 48 of the 70 households had applied for the hardship grant.');
    assert.equal(wrong.status, 'contradicted');
    assert.equal(wrong.contradiction?.claimText, '48');
    assert.equal(wrong.contradiction?.sourceText, '41');
    const right = await judged('By 12 March, 41 of the 70 households had applied for the hardship grant.');
    assert.equal(right.contradiction, undefined, right.contradiction?.sourceText);
  });

  test('"five were taken to hospital" against "four of whom were taken": the same noun left out before the same verb', async () => {
    const report = lines('Interim report', '', '2.1 There were 48 pupils on the coach. Eleven pupils were hurt, three of whom were taken to Castlegate Hospital.', '', '2.2 The coach had five rows of seats on its upper deck.');
    const judged = await judgeAgainst([{ name: 'report.txt', text: report }, UNRELATED]);
    const v = await judged('Of the 48 pupils on the coach, 11 were hurt and five were taken to Castlegate Hospital [@report].');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.sourceText, 'three');
    assert.equal((await judged('Of the 48 pupils on the coach, 11 were hurt and three were taken to Castlegate Hospital [@report].')).status, 'supported');
  });

  test('"40 tonnes from the quarry and 25 from the river": each figure counts tonnes, and is about its own place', async () => {
    const report = lines('Spoil report', '', '3.2 Spoil has been taken from the old quarry face (40 tonnes) and from the river bank below the mill (25 tonnes), a total of 65 tonnes.');
    const judged = await judgeAgainst([{ name: 'report.txt', text: report }, UNRELATED]);
    const right = await judged('The report says 65 tonnes of spoil were removed: 40 tonnes from the quarry face and 25 from the river bank.');
    assert.equal(right.contradiction, undefined, right.contradiction?.sourceText);
    const swapped = await judged('The report says 65 tonnes of spoil were removed: 25 tonnes from the quarry face and 40 from the river bank.');
    assert.equal(swapped.status, 'contradicted');
    // (The second figure's words are its own, however many more the first one's place shares with the source.)
    const uneven = await judged('The report says 65 tonnes of spoil were removed: 40 tonnes from the old quarry face and 25 from the river.');
    assert.equal(uneven.contradiction, undefined, uneven.contradiction?.sourceText);
  });

  test('"by nine votes to none" and "fell to none" count nought; they deny nothing', async () => {
    const minutes = lines('Parish council minutes', '', '7. Proposed by Mrs Ilsley, seconded by Mr Daw: that the quotation of Fenwick Glazing for new vestry windows at £4,300 be accepted. Carried: 9 in favour, 0 against, 1 abstention.', '', '8. Recorded bell-tower inspections fell from three in 2022 to one in 2023 and to none in 2024.');
    const judged = await judgeAgainst([{ name: 'minutes.txt', text: minutes }, UNRELATED]);
    const vote = await judged('The council accepted the £4,300 quotation from Fenwick Glazing for new vestry windows, by nine votes to none with one abstention.');
    assert.notEqual(vote.contradiction?.kind, 'negation', vote.contradiction?.sourceText);
    assert.equal(vote.status, 'supported');
    const fell = await judged('Recorded bell-tower inspections fell from three in 2022 to none in 2024.');
    assert.equal(fell.status, 'supported');
  });

  test('"could also be completed online" in the paragraph before hedges no count the next paragraph states plainly', async () => {
    const survey = lines('# Pool consultation: what residents told us', '', "Following the council's decision on 2 May to consult residents, a short survey ran from 3 to 17 May. Paper forms were available at the library and the leisure centre, and the survey could also be completed online. Anyone living in the town or holding a pool membership could respond.", '', '## Responses', '', 'We received 388 completed responses: 251 on paper and 137 online. Of those responding, 140 (36%) hold a pool membership.');
    const judged = await judgeAgainst([{ name: 'survey.md', text: survey }, UNRELATED]);
    const v = await judged('The town survey drew 388 responses, 251 of them on paper and 137 online [@survey].');
    assert.notEqual(v.reason, 'hedged', v.hedged?.matched.join(" "));
    assert.equal(v.status, 'supported');
  });

  test('a proposal presented and then deferred, or "a proposal …, estimated at £95,000, was put off", is no approval', async () => {
    const minutes = lines('Minutes of the special meeting', '', 'Item 4: Riverside lighting', '', '4.1 The Head of Estates presented an outline proposal to install solar lighting along the riverside path, at an estimated cost of £95,000.', '4.2 It was agreed that the matter be DEFERRED to the next ordinary meeting on 9 October.');
    const judged = await judgeAgainst([{ name: 'minutes.txt', text: minutes }, UNRELATED]);
    const v = await judged('The council approved solar lighting for the riverside path, estimated at £95,000.');
    assert.notEqual(v.status, 'supported');
    const news = lines('Gazette', '', 'A plan to install solar lighting along the riverside path, estimated at £95,000, was put off until the council\'s next meeting on 9 October.');
    const fromNews = await judgeAgainst([{ name: 'gazette.txt', text: news }, UNRELATED]);
    const w = await fromNews('The council approved solar lighting for the riverside path, estimated at £95,000.');
    assert.notEqual(w.status, 'supported');
    assert.equal(w.withheld?.test, 'put-off');
  });

  test('a correction withdrawing "eight people were taken to hospital" withdraws no "eight-year-old"', async () => {
    const story = lines('Gazette', '', 'The parade was led by the town crier, Rhod Pym, and eight-year-old essay winner Tilly Vance, who rode on the first float.', '', 'Eight people were treated at the scene after the barrier gave way.', '', 'Correction, 3 June 2025: An earlier version of this article said eight people were taken to hospital. It was five.');
    const judged = await judgeAgainst([{ name: 'gazette.txt', text: story }, UNRELATED]);
    const v = await judged('The parade was led by the town crier, Rhod Pym, and eight-year-old essay winner Tilly Vance [@gazette].');
    assert.equal(v.contradiction, undefined, v.contradiction?.sourceText);
    assert.equal(v.status, 'supported');
    assert.equal((await judged('Eight people were taken to hospital [@gazette].')).status, 'contradicted');
  });

  test('"Fewer than a third of those asked, 29%," is the 29%, read from its own labelled line', async () => {
    const survey = lines('Visitor survey', '', 'Q2. Asked only of those who visited (512 respondents):', '    Found the signs confusing: 41% (210)', '    Could not find a toilet: 67% (343)', '    Spoke to a ranger during the day: 29% (148)');
    const judged = await judgeAgainst([{ name: 'survey.txt', text: survey }, UNRELATED]);
    const right = await judged('Fewer than a third of those who visited, 29%, said they spoke to a ranger during the day.');
    assert.equal(right.contradiction, undefined, right.contradiction?.sourceText);
    assert.equal(right.status, 'supported');
    const wrong = await judged('Some 67% of those who visited said they found the signs confusing.');
    assert.equal(wrong.status, 'contradicted');
    assert.equal(wrong.contradiction?.sourceText, '41%');
    const off = await judged('Fewer than a third of those who visited, 27%, said they spoke to a ranger during the day.');
    assert.notEqual(off.status, 'supported');
    assert.notEqual(off.contradiction?.sourceText, '67%');
  });

  test('a section number before a figure ("3.1 412 objections …") is no figure, and never a fix', async () => {
    const report = lines('Officer report', '', '3.1 268 objections and 14 letters of support were received. The main issue raised was traffic (raised in 193 letters).');
    const judged = await judgeAgainst([{ name: 'report.txt', text: report }, UNRELATED]);
    const v = await judged('The report recorded 268 objections and 14 letters of support, with traffic raised in 139 letters.');
    assert.notEqual(v.status, 'supported');
    assert.notEqual(v.contradiction?.sourceText, '3.1');
    assert.deepEqual(quantitiesOf(readSentence('3.1 268 objections and 14 letters of support were received.')).map((q) => q.raw), ['268', '14']);
  });

  test('"fewer than one in five" keeps its bound, in what a fix would put back too', async () => {
    const [share] = quantitiesOf(readSentence('Fewer than one in five crew members said the boat was ready.'));
    assert.equal(share.raw, 'Fewer than one in five');
    assert.equal(share.bound, 'under');
    const news = lines('Echo', '', 'Fewer than one in five crew members said the new boat was ready for service.');
    const judged = await judgeAgainst([{ name: 'echo.txt', text: news }, UNRELATED]);
    const v = await judged('Some 35 per cent of crew members said the new boat was ready for service.');
    assert.equal(v.status, 'contradicted');
    assert.match(v.contradiction?.sourceText ?? '', /^Fewer than one in five$/i);
  });

  test('a figure the source gives the claim\'s other owner as well is no rival ("Porthcarn\'s relief boat (Mary Ellis) was launched 11 times")', async () => {
    const log = lines('Coastguard log', '', 'In the period there were 22 lifeboat taskings in the Porthcarn Bay area. Porthcarn Bay’s relief ALB (Mary Ellis) was tasked 11 times, Porthcarn Bay ILB 6 times and the Trevone ALB 5 times.');
    const judged = await judgeAgainst([{ name: 'log.txt', text: log }, UNRELATED]);
    const v = await judged('Mary Ellis herself was tasked 11 times and Porthcarn\'s inshore lifeboat 8 times.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.claimText, '8');
    assert.notEqual(v.contradiction?.sourceText, '11');
  });

  test('a share of another group in the next sentence of the passage is no fix ("Two thirds of non-riding residents")', async () => {
    const survey = lines('Rider survey: key findings', '', 'Just over a third of riders reported a near miss. Two thirds of non-riding residents who responded want the scheme to end.', '', 'While riding a hire bike, have you ever...', '- had a near miss with a vehicle: 34% (788)', '- been injured: 7% (162)');
    const judged = await judgeAgainst([{ name: 'survey.md', text: survey }, UNRELATED]);
    const v = await judged('Some 34 per cent of riders reported a near miss, and 17 per cent said they had been injured while riding.');
    assert.notEqual(v.status, 'supported');
    assert.notEqual(v.contradiction?.sourceText, 'Two thirds');
  });

  test('"decided on Wednesday" in a story dated Friday 14 March states Wednesday 12 March; the other date of its sentence is no rival', async () => {
    const story = lines('Herald, Friday 14 March 2025', '', 'Fenby Council\'s cabinet decided on Wednesday to close the lido on 30 April, instead of in September as planned, after an inspection found cracks in the pool tank.');
    const judged = await judgeAgainst([{ name: 'herald.txt', text: story }, UNRELATED]);
    const v = await judged('Fenby Council\'s cabinet took the decision on Wednesday 12 March, citing the cracks.');
    assert.equal(v.contradiction, undefined, v.contradiction?.sourceText);
    assert.equal((await judged('Fenby Council\'s cabinet took the decision on Wednesday 5 March, citing the cracks.')).status, 'contradicted');
  });

  test('a figure under the same negation as the claim\'s is its rival ("did not reply until 3 May, four months later")', async () => {
    const decision = lines('Ombudsman decision', '', '6. The complaint was made on 2 January 2024. The Council did not reply to Mrs Hale until 3 May 2024, four months later.');
    const judged = await judgeAgainst([{ name: 'decision.txt', text: decision }, UNRELATED]);
    const v = await judged('The council did not reply to Mrs Hale until 3 May 2024, seven months after her complaint was made.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.sourceText, 'four');
    assert.equal((await judged('The council did not reply to Mrs Hale until 3 May 2024, four months after her complaint was made.')).status, 'supported');
  });

  test('a decision the minutes state plainly is not put off by another motion of the item withdrawn after it', async () => {
    const minutes = lines('Trustees minutes', '', 'Item 4: Apologies', '4.1 Apologies were received from Dee Marr.', '', 'Item 5: Estates committee', '5.1 Ruth Obi proposed a motion of no confidence in Alan Fry as chair of the estates committee, citing the delay to the boiler survey.', '5.2 Alan Fry said the delay had been a decision of the full board. He agreed to commission an independent survey of the boiler house.', '5.3 The motion was WITHDRAWN by the proposer.', '', 'Item 6: Date of next meeting', '6.1 Tuesday 16 April 2024 at 6.30pm.');
    const judged = await judgeAgainst([{ name: 'minutes.txt', text: minutes }, UNRELATED]);
    const v = await judged('Mr Fry, who said the delay had been a decision of the full board, agreed to commission an independent survey of the boiler house [@minutes].');
    assert.notEqual(v.withheld?.test, 'put-off', v.withheld?.why);
    assert.equal(v.status, 'supported');
    assert.notEqual((await judged('The board passed the motion of no confidence in Alan Fry [@minutes].')).status, 'supported');
  });

  test('"stops the depot accepting" says what "cannot accept" does', async () => {
    const news = lines('Echo', '', 'The regulator suspended the Marsh Lane permit on Friday, which means the depot cannot accept any new tyres until the fire is out.');
    const judged = await judgeAgainst([{ name: 'echo.txt', text: news }, UNRELATED]);
    const v = await judged('The suspension of the Marsh Lane permit stops the depot accepting any new tyres until the fire is out [@echo].');
    assert.notEqual(v.status, 'contradicted', v.contradiction?.sourceText);
    assert.equal((await judged('The suspension of the Marsh Lane permit means the depot can accept new tyres until the fire is out [@echo].')).status, 'contradicted');
    // (A noun is no such word: "The Anchor bar accepted card payments".)
    const pub = await judgeAgainst([{ name: 'notes.txt', text: lines('Notes', '', 'The Anchor bar on Quay Street did not accept card payments during the festival.') }, UNRELATED]);
    assert.equal((await pub('The Anchor bar on Quay Street accepted card payments during the festival.')).status, 'contradicted');
  });

  test('a saved page named "News _ Story" has the key news-story, and "news-_-story" is read as it, with the key pandoc needs', async () => {
    const s = await makeService([{ name: 'Coastline News _ Beach closed.html', text: '<html><head><title>Beach closed</title></head><body><article><p>The council closed North Sands beach to swimmers on Tuesday.</p></article></body></html>' }, UNRELATED]);
    const text = 'The council closed North Sands beach to swimmers on Tuesday [@coastline-news-_-beach-closed].\n';
    const [v] = (await s.check(doc(text))).verdicts;
    assert.equal(v.status, 'supported', `${v.status} ${v.reason ?? ''}`);
    const ds = await s.getDiagnostics(doc(text));
    assert.deepEqual(ds.map((d) => [d.code, d.severity]), [['citation.unknown-key', 'warning']]);
    assert.match(ds[0].message, /write @coastline-news-beach-closed/);
  });

  test('the source\'s figure is given with the word that hedges it: "nearly 2,000", not "2,000"', async () => {
    const news = lines('Evening Post', '', 'By Monday evening the petition to keep the library open had nearly 2,000 signatures.');
    const judged = await judgeAgainst([{ name: 'post.txt', text: news }, UNRELATED]);
    const v = await judged('The petition to keep the library open had 2,600 signatures by Monday evening.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.sourceText, 'nearly 2,000');
    // (In place of the sentence's own hedge, not beside it.)
    const hedged = await judged('The petition to keep the library open had about 5,000 signatures by Monday evening.');
    assert.equal(hedged.contradiction?.claimText, 'about 5,000');
  });

  test('a survey answer is read with its question above it in the paragraph ("Q6. Would you support …? / Yes: 26 (55%)")', async () => {
    const survey = lines('Traders survey: summary of results', '', 'Q4. Would you support the Chamber taking legal action against Harbour Water?', '  Yes:         31   (62%)', '  No:           8   (16%)', "  Don't know:  11   (22%)", '', 'Q5. Are you considering reducing opening hours this winter?', '  Yes:  14   (28%)', '  No:   36   (72%)');
    const judged = await judgeAgainst([{ name: 'survey.txt', text: survey }, UNRELATED]);
    const v = await judged('Some 62 per cent said they would support legal action against Harbour Water [@survey].');
    assert.equal(v.status, 'supported', `${v.status} ${v.reason ?? ''}`);
    assert.notEqual((await judged('Some 72 per cent said they would support legal action against Harbour Water [@survey].')).status, 'supported');
  });

  test('"no more than 40 per cent" is a bound, at most 40, and no denial', async () => {
    const review = lines('Licence review', '', '3.1 The licence requires that no more than 40 per cent of weekday output is networked from elsewhere. In 2024 the figure was 57 per cent.');
    const judged = await judgeAgainst([{ name: 'review.txt', text: review }, UNRELATED]);
    const over = await judged('In 2024, 57 per cent of weekday output was networked from elsewhere, above the licence\'s 40 per cent limit.');
    assert.notEqual(over.contradiction?.kind, 'negation', over.contradiction?.sourceText);
    assert.equal(over.status, 'supported');
    assert.equal((await judged('The licence requires that more than 40 per cent of weekday output is networked from elsewhere.')).status, 'contradicted');
    assert.equal((await judged('The licence requires that at most 40 per cent of weekday output is networked from elsewhere.')).status, 'supported');
    // ("not exceeding £310,000" likewise: at most, no denial.)
    const minutes = lines('Minutes', '', 'Motion B: That the council fund credit monitoring for all affected staff for 24 months, at a cost not exceeding £310,000. CARRIED unanimously.');
    const fromMinutes = await judgeAgainst([{ name: 'minutes.txt', text: minutes }, UNRELATED]);
    const cost = await fromMinutes('Councillors agreed unanimously to fund credit monitoring for all affected staff for 24 months, at a cost of no more than £310,000.');
    assert.equal(cost.contradiction, undefined, cost.contradiction?.sourceText);
  });

  test('a figure the sentence rules out itself ("until 9pm rather than 10pm") is not denied by a source\'s "(not 10pm as requested)"', async () => {
    const timeline = lines('Timeline', '', '3 May - Licence granted. Hours extended to 11pm (not midnight as requested); music from four stages (six requested).');
    const judged = await judgeAgainst([{ name: 'timeline.txt', text: timeline }, UNRELATED]);
    const v = await judged('The fair could run until 11pm rather than midnight, and music could be played from no more than four stages [@timeline].');
    assert.notEqual(v.withheld?.test, 'denied-outright', v.withheld?.why);
    const times = lines('Notes', '', '3 May - Licence granted. Hours extended to 9pm (not 10pm as requested); music from four stages (six requested).');
    const judgedTimes = await judgeAgainst([{ name: 'notes.txt', text: times }, UNRELATED]);
    const w = await judgedTimes('The fair could run until 9pm rather than 10pm, and music could be played from no more than four stages [@notes].');
    assert.notEqual(w.withheld?.test, 'denied-outright', w.withheld?.why);
    assert.equal(w.status, 'supported');
    assert.notEqual((await judgedTimes('The fair could run until 10pm, and music could be played from four stages [@notes].')).status, 'supported');
  });

  test('"Two hundred and eighty-seven" is 287, one figure', async () => {
    assert.deepEqual(quantitiesOf(readSentence('Two hundred and eighty-seven students were moved out.')).map((q) => [q.raw, q.value]), [['Two hundred and eighty-seven', 287]]);
    const news = lines('Post', '', 'Two hundred and forty-six residents were moved out of Kelham Tower on Friday night.');
    const judged = await judgeAgainst([{ name: 'post.txt', text: news }, UNRELATED]);
    assert.equal((await judged('On Friday night 246 residents were moved out of Kelham Tower.')).status, 'supported');
    assert.equal((await judged('On Friday night 264 residents were moved out of Kelham Tower.')).contradiction?.sourceText, 'Two hundred and forty-six');
  });

  test('a key written with dashes for the underscores of its file name ("county-courier-missed-visits") is read as that source, with the key pandoc needs', async () => {
    const s = await makeService([{ name: 'County Courier_missed visits.txt', text: lines('Missed visits', '', 'The agency missed 412 home visits in February, the council said.') }, UNRELATED]);
    const text = 'The agency missed 412 home visits in February, the council said [@county-courier-missed-visits].\n';
    const [v] = (await s.check(doc(text))).verdicts;
    assert.equal(v.status, 'supported', `${v.status} ${v.reason ?? ''}`);
    const ds = await s.getDiagnostics(doc(text));
    assert.deepEqual(ds.map((d) => [d.code, d.severity]), [['citation.unknown-key', 'warning']]);
    assert.match(ds[0].message, /write @county-courier_missed-visits/);
  });

  test('a person a source calls only "captain" is not the treasurer', async () => {
    const news = lines('Gazette', '', 'The club captain, Rhys Allard, said the pavilion would be rebuilt by the spring. The treasurer, Mo Finch, said the insurance would not cover the mowers.');
    const judged = await judgeAgainst([{ name: 'gazette.txt', text: news }, UNRELATED]);
    const v = await judged('The club\'s treasurer, Rhys Allard, said the pavilion would be rebuilt by the spring [@gazette].');
    assert.notEqual(v.status, 'supported');
    assert.equal(v.withheld?.test, 'role');
    assert.equal((await judged('The club captain, Rhys Allard, said the pavilion would be rebuilt by the spring [@gazette].')).status, 'supported');
  });

  test('what a negation turns around stops at the closing quotation mark ("is not a home," Ms Castellan said)', async () => {
    const news = lines('Campus Courier', '', '"A shared room two bus rides from campus is not a home," Ms Ferreira, 21, told the Courier.');
    const judged = await judgeAgainst([{ name: 'courier.txt', text: news }, UNRELATED]);
    const v = await judged('Ms Ferreira told the Courier that a shared room two bus rides from campus is not a home [@courier].');
    assert.equal(v.contradiction, undefined, v.contradiction?.sourceText);
    assert.equal((await judged('Ms Ferreira told the Courier that a shared room two bus rides from campus is a home [@courier].')).status, 'contradicted');
  });

  test('"no winter fair this year" is what "the winter fair will not go ahead this year" says', async () => {
    const news = lines('Courier', '', "Ashby's winter fair will not go ahead this year for the first time since it began in 1987, after its organiser called off the event.");
    const judged = await judgeAgainst([{ name: 'courier.txt', text: news }, UNRELATED]);
    const v = await judged('For the first time since 1987, Ashby will have no winter fair this year.');
    assert.equal(v.contradiction, undefined, v.contradiction?.sourceText);
    assert.equal(v.status, 'supported');
    assert.equal((await judged("For the first time since 1987, Ashby's winter fair will go ahead this year.")).status, 'contradicted');
    // ("is not going to go ahead", "has not been held" likewise.)
    const more = await judgeAgainst([{ name: 'notes.txt', text: lines('Notes', '', 'The Leyton fete has not been held since 2019, the parish clerk said.') }, UNRELATED]);
    assert.notEqual((await more('There has been no Leyton fete since 2019, the parish clerk said.')).status, 'contradicted');
  });

  test('"About a third had complained" is a share, stated by a survey\'s 34%', async () => {
    const survey = lines('Families survey', '', 'Q4. Have you complained to the agency in writing?', '  Yes: 34% (61)', '  No: 66% (119)');
    const judged = await judgeAgainst([{ name: 'survey.txt', text: survey }, UNRELATED]);
    assert.equal((await judged('About a third had complained to the agency in writing [@survey].')).status, 'supported');
    assert.notEqual((await judged('About a half had complained to the agency in writing [@survey].')).status, 'supported');
  });

  test('a speaker\'s "We\'re" is no name set against the company the sentence names', async () => {
    const transcript = lines('Coast Tonight', '', 'PRESENTER: Will Marlwater compensate the cafes?', '', "MR DALE: We're not considering compensation for individual businesses at this stage.");
    const judged = await judgeAgainst([{ name: 'transcript.txt', text: transcript }, UNRELATED]);
    const v = await judged('Mr Dale told the programme that Marlwater was not considering compensation for individual businesses at this stage [@transcript].');
    assert.notEqual(v.contradiction?.sourceText, "We're");
    assert.notEqual(v.status, 'contradicted');
  });

  test('a request "rejected" where the minutes deferred it is no rejection; a motion "defeated" is', async () => {
    const minutes = lines('Parish council minutes', '', 'Item 5: Bell repairs', '', '5.1 The clerk presented a request from the Bell Trust for £3,500 towards scaffolding for the bell frame.', '5.2 It was agreed that the matter be DEFERRED to the meeting of 9 May.', '', 'Item 6: Benches', '', '6.1 A motion to buy three new benches for the green was DEFEATED by 6 votes to 2.');
    const judged = await judgeAgainst([{ name: 'minutes.txt', text: minutes }, UNRELATED]);
    assert.notEqual((await judged("Councillors rejected the Bell Trust's request for £3,500 towards scaffolding for the bell frame.")).status, 'supported');
    assert.equal((await judged('Councillors rejected the motion to buy three new benches for the green.')).status, 'supported');
    // (A motion's own words to defer are proposed, not done: rejecting the attempt to defer is what the minutes say.)
    const amendment = lines('Planning committee minutes', '', 'Amendment (moved by Cllr Pike, seconded by Cllr Rowe): That determination be deferred pending a further bat survey. On being put to the vote: For 4, Against 7. The amendment was DEFEATED.');
    const judgedAmendment = await judgeAgainst([{ name: 'planning.txt', text: amendment }, UNRELATED]);
    assert.equal((await judgedAmendment('Councillors rejected, by seven votes to four, an attempt to defer the decision until a further bat survey.')).status, 'supported');
  });

  test('"north-west" where the source says "south-east" is the opposite direction, and no citation', async () => {
    const report = lines('Noise survey', '', '2.4 A meter was set up at the school, about 1.5 km to the south-east of the quarry, on 3 June.');
    const judged = await judgeAgainst([{ name: 'survey.txt', text: report }, UNRELATED]);
    const v = await judged('A meter was set up at the school, about 1.5 km to the north-west of the quarry, on 3 June.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.suggestions.length, 0);
    assert.equal((await judged('A meter was set up at the school, about 1.5 km to the south-east of the quarry, on 3 June.')).status, 'supported');
  });

  test('a rank changed ("32nd minute" for the 23rd, "third floor" for the fifth) is a contradiction; a match\'s other minute is not', async () => {
    const report = lines('Match report', '', 'Harwick scored in the 23rd minute through Ella Moss, and Tom Reyes equalised in the 67th minute.', '', 'The fire started on the fifth floor of the tower.');
    const judged = await judgeAgainst([{ name: 'report.txt', text: report }, UNRELATED]);
    const v = await judged('Harwick scored in the 32nd minute through Ella Moss.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.sourceText, '23rd');
    assert.equal(v.suggestions.length, 0);
    assert.equal((await judged('The fire started on the third floor of the tower.')).status, 'contradicted');
    assert.equal((await judged('Harwick scored in the 23rd minute through Ella Moss.')).status, 'supported');
    assert.notEqual((await judged('Tom Reyes equalised in the 67th minute.')).status, 'contradicted');
    // (Two other minutes in the passage: no one of them is the fix.)
    const two = await judged('Ella Moss scored in the 40th minute, and Tom Reyes equalised later.');
    assert.equal(two.status, 'contradicted');
    assert.equal(two.contradiction?.ambiguous, true);
  });

  test('"All tenants" where the source says "Some tenants" (or "most of the") is a contradiction; "all" the source says too is not', async () => {
    const survey = lines('Survey', '', 'Some tenants said the landlord ignored their complaints about mould for more than a year.', '', 'Most of the 40 stalls sold out of mulled wine by 8pm.', '', 'All 12 councillors voted for the plan, and some residents objected.');
    const judged = await judgeAgainst([{ name: 'survey.txt', text: survey }, UNRELATED]);
    const v = await judged('All tenants said the landlord ignored their complaints about mould for more than a year.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.sourceText, 'Some');
    assert.equal(v.suggestions.length, 0);
    assert.equal((await judged('All of the 40 stalls sold out of mulled wine by 8pm.')).contradiction?.sourceText, 'Most');
    assert.equal((await judged('Every tenant said the landlord ignored their complaints about mould for more than a year.')).status, 'contradicted');
    for (const fine of ['Some tenants said the landlord ignored their complaints about mould for more than a year.', 'All 12 councillors voted for the plan.', 'Most of the 40 stalls sold out of mulled wine by 8pm.']) {
      assert.equal((await judged(fine)).status, 'supported', fine);
    }
  });

  test('"carried by five votes to one, with Cllr Dyson voting against": the five are not votes against', async () => {
    const minutes = lines('Minutes', '', 'The motion was put to the vote: 5 in favour, 1 against (Cllr Dyson), 0 abstentions. CARRIED.');
    const judged = await judgeAgainst([{ name: 'minutes.txt', text: minutes }, UNRELATED]);
    assert.equal((await judged('The motion was carried by five votes to one, with Cllr Maureen Dyson voting against.')).status, 'supported');
    assert.equal((await judged('The motion was carried by six votes to one, with Cllr Maureen Dyson voting against.')).status, 'contradicted');
  });

  test('a corrections column ("we stated that … This was incorrect") withdraws the figure, also from a sentence citing the original article', async () => {
    const article = lines('COUNTY AXES VILLAGE BUS', 'By Ann Lee', '', 'The 47 makes six return journeys each weekday. The council pays £216,000 a year to keep it running.', '', 'The cabinet voted on Thursday to withdraw the subsidy.');
    const correction = lines(
      'THE ECHO',
      'Corrections and clarifications',
      '',
      'In our report "County axes bus in £1.2m savings drive" (15 November), we stated that the council pays £216,000 a year to subsidise the 47 bus service. This was incorrect. The council\'s current subsidy for the service is £186,000 a year. The figure of £216,000 was the value of the previous contract. We withdraw the earlier figure.',
      '',
      'In our report on the pool leak (16 September), we said that seventeen people were taken to hospital. This was wrong. Eleven people were taken to hospital. A further seventeen were assessed by paramedics at the scene and did not need hospital treatment.',
    );
    const judged = await judgeAgainst([{ name: 'echo.txt', text: article }, { name: 'correction.txt', text: correction }, UNRELATED]);
    const cited = await judged('The council pays £216,000 a year to keep the 47 running [@echo, para. 1].');
    assert.equal(cited.status, 'contradicted');
    assert.equal(cited.contradiction?.sourceText, '£186,000');
    assert.equal((await judged('The council pays £216,000 a year to keep the 47 running.')).status, 'contradicted');
    assert.notEqual((await judged('The council pays £186,000 a year to keep the 47 running.')).status, 'contradicted');
    assert.notEqual((await judged('The 47 makes six return journeys each weekday [@echo, para. 1].')).status, 'contradicted');
    // (The correction's own right figure for what the sentence counts is not withdrawn with the wrong one.)
    assert.notEqual((await judged('Another 17 people were assessed by paramedics but did not need hospital treatment [@correction, para. 2].')).status, 'contradicted');
    assert.equal((await judged('Seventeen people were taken to hospital after the leak.')).status, 'contradicted');
  });

  test('a weekday naming a kind of thing ("no Sunday service") is not rivalled by the day of an event ("voted on Thursday")', async () => {
    const live = lines('Villagers rally to save the 47', '', 'The first bus leaves the village at 7.05am and the last one back leaves Eastwick at 5.40pm. There is no Sunday service.');
    const echo = lines('County axes bus', '', 'Cabinet members voted 6-3 on Thursday to approve the review, which removes funding on nine routes and cuts the service on two more.');
    const judged = await judgeAgainst([{ name: 'live.txt', text: live }, { name: 'echo.txt', text: echo }, UNRELATED]);
    const v = await judged('There is no Sunday service on the route.');
    assert.notEqual(v.status, 'contradicted', v.contradiction?.sourceText);
    // (A day the closest passage does not give is still set against the other's.)
    assert.equal((await judged('Cabinet members voted 6-3 on Tuesday to approve the review.')).status, 'contradicted');
  });

  test('"RESOLVED: That the Council offers …" is decided, and a hedge elsewhere in the item does not hedge it', async () => {
    const minutes = lines(
      'PARISH COUNCIL MINUTES',
      '',
      '24/104 SERVICE 47 - PROPOSED PARISH CONTRIBUTION',
      'The Chair reported that Dunmore Coaches had indicated that a reduced service could be operated for approximately £118,000 a year.',
      'RESOLVED: That the Council offers £15,000 per year for two years towards the continuation of service 47, conditional on Marlshire County Council funding the balance.',
      'Vote: For 6; Against 1; Abstained 1.',
      '',
      '24/105 PRECEPT',
      'Cllr Rao proposed that the precept be increased by 12 per cent. It was AGREED that the motion be deferred to the budget meeting.',
    );
    const judged = await judgeAgainst([{ name: 'minutes.txt', text: minutes }, UNRELATED]);
    assert.equal((await judged('The parish offer is conditional on the county council funding the rest of the cost.')).status, 'supported');
    assert.equal((await judged('The parish council resolved to offer £15,000 a year for two years towards the continuation of service 47.')).status, 'supported');
    // (A motion put off is still no decision.)
    assert.notEqual((await judged('The parish council agreed to increase the precept by 12 per cent.')).status, 'supported');
    // (And a figure stated plainly is not hedged by another passage's "could be operated".)
    const report = lines('Bus review', '', '3.2 Since 2019-20, patronage on supported services has fallen by 14 per cent overall, while operating costs have risen by 27 per cent.');
    const both = await judgeAgainst([{ name: 'report.txt', text: report }, { name: 'minutes.txt', text: minutes }, UNRELATED]);
    assert.equal((await both('Over the same period, the cost of operating those services has gone up by 27 per cent.')).status, 'supported');
  });

  test('a corrections column item over two paragraphs, a figure "which we withdraw" with none given instead, and a headline\'s figure left alone', async () => {
    const column = lines(
      'THE ADVERTISER',
      'Corrections and clarifications',
      '',
      'In our report of 6 March ("Town demands return of unit as waits soar by more than a quarter") we said that the closure of the minor injuries unit saved the health board £1.3 million a year.',
      '',
      "That figure was the unit's former gross running cost, not the saving. The board has told us that the net annual saving is £870,000.",
      '',
      'In our report of Saturday 10 August we said that three festival-goers had been taken to Harrowgate Road Hospital after the evacuation.',
      '',
      'That figure was wrong and we withdraw it. The medical provider has since told us that one person was taken to hospital.',
    );
    const article = lines('Town demands return of unit', '', 'The closure of the minor injuries unit saved the health board £1.3 million a year, the board said on Saturday 10 August.');
    const judged = await judgeAgainst([{ name: 'column.txt', text: column }, { name: 'article.txt', text: article }, UNRELATED]);
    const saving = await judged('Closing the unit saves the health board £1.3 million a year [@article].');
    assert.equal(saving.status, 'contradicted');
    assert.equal(saving.contradiction?.sourceText, '£870,000');
    const three = await judged('Three festival-goers were taken to Harrowgate Road Hospital after the evacuation.');
    assert.equal(three.status, 'contradicted');
    assert.equal(three.contradiction?.kind, 'correction');
    assert.equal(three.suggestions.length, 0);
    // (The report's date and its headline's figure are how the column names it, not what it withdraws.)
    assert.notEqual((await judged('Waits at the unit rose by more than a quarter.')).contradiction?.kind, 'correction');
    assert.notEqual((await judged('The board spoke about the unit on Saturday 10 August [@article].')).status, 'contradicted');
  });

  test('someone put on the wrong side of a vote the minutes record by name is contradicted; a count of abstentions names no one', async () => {
    const minutes = lines('Minutes', '', '25/035 MOTION: That the council writes to the health board. Proposed Cllr Moss, seconded Cllr Lane. For 9, Against 1 (Cllr Pike), Abstention 1 (Cllr Rao). CARRIED.');
    const judged = await judgeAgainst([{ name: 'minutes.txt', text: minutes }, UNRELATED]);
    const v = await judged('Cllr Dev Rao cast the only vote against the motion to write to the health board.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.sourceText, 'Abstention 1 (Cllr Rao)');
    assert.equal(v.suggestions.length, 0);
    assert.equal((await judged('Cllr Pike abstained on the motion to write to the health board.')).status, 'contradicted');
    assert.notEqual((await judged('Cllr Pike cast the only vote against the motion to write to the health board.')).status, 'contradicted');
    assert.notEqual((await judged('Cllr Rao abstained on the motion to write to the health board.')).status, 'contradicted');
    assert.notEqual((await judged('The council voted nine to one, with one abstention, to write to the health board.')).status, 'contradicted');
  });

  test('"reduced to 610 tonnes" where the source says "unchanged at 610 tonnes", and what a source rules out with ", not as …", are contradicted', async () => {
    const notice = lines('Quota notice', '', 'The haddock allocation is cut by 28 per cent to 1,850 tonnes, while whiting is unchanged at 610 tonnes.', '', 'The supplier was suspended as a precaution, not as a finding of fault, Ms Pritchard said.');
    const judged = await judgeAgainst([{ name: 'notice.txt', text: notice }, UNRELATED]);
    const whiting = await judged('The whiting allocation was reduced to 610 tonnes.');
    assert.equal(whiting.status, 'contradicted');
    assert.equal(whiting.suggestions.length, 0);
    assert.equal((await judged('The whiting allocation is unchanged at 610 tonnes.')).status, 'supported');
    assert.equal((await judged('The haddock allocation was cut by 28 per cent.')).status, 'supported');
    assert.equal((await judged('Ms Pritchard said the suspension amounted to a finding of fault against the supplier.')).status, 'contradicted');
    assert.equal((await judged('Ms Pritchard said the supplier was suspended as a precaution.')).status, 'supported');
    assert.notEqual((await judged('Ms Pritchard said the supplier was suspended as a precaution, not as a finding of fault.')).status, 'contradicted');
  });

  test('a correction\'s "we described him as a former headteacher … but was not its headteacher" denies the title', async () => {
    const column = lines('THE ECHO', 'Corrections and clarifications', '', 'In a caption on page 7 of the same edition, we described Alan Pryce as a former headteacher. Mr Pryce taught geography at Kelderby High School for 34 years but was not its headteacher. We apologise for the error.');
    const judged = await judgeAgainst([{ name: 'column.txt', text: column }, UNRELATED]);
    const v = await judged('Alan Pryce, who chairs the campaign, is a former headteacher at Kelderby High School.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.suggestions.length, 0);
    assert.notEqual((await judged('Alan Pryce taught geography at Kelderby High School for 34 years.')).status, 'contradicted');
  });

  test('"most journeys" where the source gives 41 per cent, and "all 12" where it says "ten of the 12", are contradicted', async () => {
    const report = lines('Report', '', 'An equality impact assessment found that 41 per cent of journeys on service 47 are made using concessionary passes.', '', "Ten of the firm's 12 permanent staff were made redundant, the administrators said.", '', 'An audit found that 62 per cent of complaints were answered late.');
    const judged = await judgeAgainst([{ name: 'report.txt', text: report }, UNRELATED]);
    const most = await judged('Most journeys on service 47 are made using concessionary passes.');
    assert.equal(most.status, 'contradicted');
    assert.equal(most.contradiction?.sourceText, '41 per cent');
    assert.equal((await judged('Most complaints were answered late, an audit found.')).status, 'supported');
    const all = await judged("All 12 of the firm's permanent staff were made redundant.");
    assert.equal(all.status, 'contradicted');
    assert.equal(all.suggestions.length, 0);
    assert.equal((await judged("Ten of the firm's 12 permanent staff were made redundant.")).status, 'supported');
  });

  test('a correction that says what its figure counted: no span of months replaced by a count, no "not the number of" read as denying the sentence', async () => {
    const column = lines(
      'THE ECHO',
      'Corrections and clarifications',
      '',
      'In our report "Hundreds march on housing association HQ" (11 March), we said that Ashgrove evicted 63 households in the nine months to December 2023. That figure was wrong. 63 was the number of cases in which Ashgrove applied to the court for a warrant of eviction, not the number of evictions. Its report shows that 47 evictions were carried out in the period, compared with 29 in the same period of 2022.',
      '',
      'The other figures in the report, including the 168 possession claims issued in the nine months, were correct.',
    );
    const report = lines('Income collection report', '', '3.1 Ashgrove issued 168 possession claims in the nine months to December 2023, up from 121 in the same period a year earlier.');
    const judged = await judgeAgainst([{ name: 'column.txt', text: column }, { name: 'report.txt', text: report }, UNRELATED]);
    const claims = await judged('Ashgrove issued 168 possession claims in the nine months to December 2023, up from 121 a year earlier [@report].');
    assert.notEqual(claims.status, 'contradicted', claims.contradiction?.sourceText);
    const warrants = await judged('The Echo has since explained that 63 was the number of cases in which Ashgrove applied for an eviction warrant [@column].');
    assert.notEqual(warrants.status, 'contradicted', warrants.contradiction?.sourceText);
    const evicted = await judged('Over the nine months to December 2023 Ashgrove evicted 63 households.');
    assert.equal(evicted.status, 'contradicted');
    assert.notEqual(evicted.contradiction?.claimText, 'nine');
  });

  test('a word the claim says itself is no opposite of another of its words ("destroyed … after it was built")', async () => {
    const echo = lines('Echo', '', 'A pavilion that has stood at the heart of Ashby Cricket Club for more than a century was destroyed by fire in the early hours of Sunday.');
    const judged = await judgeAgainst([{ name: 'echo.txt', text: echo }, UNRELATED]);
    const v = await judged('Fire destroyed the pavilion at Ashby Cricket Club in the early hours of Sunday, more than a century after it was built.');
    assert.notEqual(v.status, 'contradicted', v.contradiction?.sourceText);
  });

  test('"16 of the evictions" is a part, not the whole; "withdrew its figure of 5,200" reports the withdrawal; "around half five" is 5.30', async () => {
    const report = lines('Report', '', '3.2 Warrants for eviction were applied for in 63 cases. 47 evictions were carried out, compared with 29 in the same period last year.', '3.3 Of the 47 households evicted, 31 owed more than £3,000 and 16 owed less than £3,000.');
    const column = lines('THE ECHO', 'Corrections and clarifications', '', 'In our report of 12 February we stated that whey from the creamery killed more than 5,200 fish in the River Ashe. That figure was incorrect and we withdraw it. The agency\'s report records 4,312 dead fish.');
    const transcript = lines('Morning Call', '', 'DECLAN MOY: I went down to the Corran Bridge pool around half five. The first thing was the smell.');
    const chronicle = lines('Chronicle', '', 'The alarm was raised shortly before 6am on Saturday by Declan Moy, who had gone to fish the pool below Corran Bridge.');
    const judged = await judgeAgainst([{ name: 'report.txt', text: report }, { name: 'column.txt', text: column }, { name: 'transcript.txt', text: transcript }, { name: 'chronicle.txt', text: chronicle }, UNRELATED]);
    assert.notEqual((await judged('In 16 of the evictions carried out, the household owed less than £3,000.')).status, 'contradicted');
    assert.notEqual((await judged('In the nine months 52 evictions were carried out.')).status, 'supported');
    assert.notEqual((await judged('The Echo later withdrew its figure of 5,200 dead fish.')).status, 'contradicted');
    assert.equal((await judged('The creamery killed more than 5,200 fish in the River Ashe.')).status, 'contradicted');
    const moy = await judged('Declan Moy had gone down to the pool at Corran Bridge at around half past five.');
    assert.notEqual(moy.status, 'contradicted', moy.contradiction?.sourceText);
    assert.equal((await judged('Declan Moy had gone down to the pool at Corran Bridge at around half past four [@transcript].')).status, 'contradicted');
  });

  test('a decision is not what a proposal says, and a motion\'s "be approved" is proposed, not decided', async () => {
    const letter = lines('CHAMBER OF TRADE', '', 'Dear Cllr Oduya,', '', 'I write about the evaluation report on the 20mph trial, which goes to the Highways Committee on 7 November. Our concern is with the proposal to consult on extending it to nine further streets, and in particular to Station Road.');
    const minutes = lines('Minutes', '', '46. Extension to further streets. Cllr Nandakumar, seconded by Cllr Penhale, moved that the extension of the 20mph limit to the nine streets be approved. Cllr Nandakumar agreed to defer the motion.', '', 'Amendment: That a decision be deferred until a survey of businesses has been completed. Proposed Cllr Halloran, seconded Cllr Gaines. The amendment was LOST.');
    const judged = await judgeAgainst([{ name: 'letter.txt', text: letter }, UNRELATED]);
    const approved = await judged('The committee approved the extension of the limit to nine streets.');
    assert.equal(approved.suggestions.length, 0);
    const both = await judgeAgainst([{ name: 'minutes.txt', text: minutes }, UNRELATED]);
    assert.equal((await both('Cllr Priya Nandakumar moved that the extension to nine streets be approved, seconded by Cllr Louise Penhale [@minutes].')).status, 'supported');
    assert.equal((await both("Cllr Halloran's amendment to delay the decision until businesses had been surveyed was seconded by Cllr Robert Gaines [@minutes].")).status, 'supported');
    assert.notEqual((await both('The committee approved the extension of the 20mph limit to the nine streets [@minutes].')).status, 'supported');
  });

  test('"rose to 96.8 per cent" where the year before was 97.9 is a fall; "more than a million pounds" is not "more than half a million"', async () => {
    const report = lines('Report', '', '2.1 The rent collection rate for the nine months was 96.8 per cent, against a target of 98.5 per cent and 97.9 per cent in the same period last year.', '', 'MS REID: Arrears have gone up by more than half a million pounds in a year.');
    const judged = await judgeAgainst([{ name: 'report.txt', text: report }, UNRELATED]);
    const rose = await judged('The rent collection rate rose to 96.8 per cent over the nine months.');
    assert.equal(rose.status, 'contradicted');
    assert.equal(rose.suggestions.length, 0);
    assert.notEqual((await judged('The rent collection rate fell to 96.8 per cent over the nine months.')).status, 'contradicted');
    assert.notEqual((await judged('Ms Reid said arrears had gone up by more than a million pounds in a year.')).status, 'supported');
    assert.equal((await judged('Ms Reid said arrears had gone up by more than half a million pounds in a year.')).status, 'supported');
    assert.deepEqual(quantitiesOf(readSentence('It cost half a million pounds, one in a million said.')).map((q) => q.value), [500_000]);
  });

  test('a citation to another source is not offered for a figure the sources disagree on', async () => {
    const echo = lines('Echo', '', 'The fire service said it was called at 1.42am to the timber building on the recreation ground. Six fire engines and 32 firefighters from Ashcombe, Carnford and Tolby attended.');
    const herald = lines('Herald', '', 'Eight fire engines were sent to the blaze from four stations, the fire service said, and crews worked through the night to stop it spreading.');
    const report = lines('Fire service report', '', '2.1 Six appliances and 32 personnel attended, as follows:');
    const judged = await judgeAgainst([{ name: 'echo.txt', text: echo }, { name: 'herald.txt', text: herald }, { name: 'report.txt', text: report }, UNRELATED]);
    const v = await judged('Eight fire engines from four stations were sent to the blaze at the pavilion [@echo].');
    assert.notEqual(v.status, 'supported');
    assert.equal(v.suggestions.length, 0, v.suggestions.map((e) => e.source.key).join());
  });

  test('"almost a quarter" is 23 per cent; a day the claim gives too is no rival; names listed before "voted against"; a correction\'s right figure is the one it says is right', async () => {
    const report = lines('Report', '', '3.2 Of those who answered, 23% said they had no regular access to a car.');
    const courier = lines('Courier', '', 'In a letter to customers dated 4 March, Post Office Ltd said the branch would close at 12.30pm on Saturday 29 June.');
    const minutes = lines('Minutes', '', '3. Pier lease. Vote: For 7; Against 2 (Cllrs Ferris and Lowe); Abstention 1 (Cllr Latham).');
    const column = lines('THE COURIER', 'Corrections and clarifications', '', 'In our article "Village rallies to save shop" (14 March), we reported that the share offer had raised £61,250 by 13 March. That figure was wrong. It included £20,000 in pledges that had not been received. The amount actually invested at that date was £41,250, from 96 investors.', '', 'The same article said about 180 people attended the public meeting on 7 March. The society, which counted attendees at the door, puts the figure at 140.');
    const judged = await judgeAgainst([{ name: 'report.txt', text: report }, { name: 'courier.txt', text: courier }, { name: 'minutes.txt', text: minutes }, { name: 'column.txt', text: column }, UNRELATED]);
    assert.equal((await judged('Almost a quarter of respondents said they had no regular access to a car.')).status, 'supported');
    assert.notEqual((await judged('Almost a third of respondents said they had no regular access to a car.')).status, 'supported');
    const shut = await judged('The branch will close at 12.30pm on Saturday 29 June, Post Office Ltd said in a letter to customers dated 4 March.');
    assert.notEqual(shut.status, 'contradicted', shut.contradiction?.sourceText);
    assert.equal((await judged('Cllr Hugh Latham and Cllr Neil Ferris voted against the pier lease.')).status, 'contradicted');
    assert.notEqual((await judged('Cllr Neil Ferris and Cllr Ann Lowe voted against the pier lease.')).status, 'contradicted');
    assert.equal((await judged('By 13 March the share offer had raised £61,250.')).contradiction?.sourceText, '£41,250');
    const meeting = await judged('About 180 people attended the public meeting on 7 March.');
    assert.equal(meeting.status, 'contradicted');
    assert.equal(meeting.contradiction?.sourceText, '140');
  });

  test('a heading block is no citation; "does not include X, which … costed at £385,000" does not deny the costing; the next meeting\'s day is not the minutes\' own', async () => {
    const report = lines('HALLBRIDGE UNIVERSITY', 'University Council, 14 October 2024 — Paper C/24/37', 'STUDENT ACCOMMODATION: SUPPLY AND DEMAND 2024-25', 'Author: Dr Kwame Osei, Pro-Vice-Chancellor (Student Experience)', 'Status: Open', '', '1. Purpose. This paper reports the position on student accommodation at the start of the academic year.');
    const column = lines('THE COURIER', 'Corrections and clarifications', '', 'In our report of 23 January we said that the repairs would cost £2.3m. That estimate does not include emergency make-safe works, which the engineers have costed separately at £385,000.');
    const minutes = lines('SCRUTINY COMMITTEE', 'Minutes of the meeting held on Thursday 21 November 2024 at 6.30pm, Civic Centre', '', '1. Apologies. None.', '', '9. Date of next meeting. Thursday 16 January 2025 at 6.30pm.');
    const judged = await judgeAgainst([{ name: 'report.txt', text: report }, { name: 'column.txt', text: column }, { name: 'minutes.txt', text: minutes }, UNRELATED]);
    const promise = await judged('In September, Dr Kwame Osei, the pro-vice-chancellor, promised that every student would be out of hotel accommodation by the end of October.');
    assert.equal(promise.suggestions.length, 0);
    assert.notEqual((await judged('Emergency make-safe works have been costed separately at £385,000.')).status, 'contradicted');
    assert.equal((await judged('The £2.3m estimate includes the emergency make-safe works.')).status, 'contradicted');
    assert.notEqual((await judged("The committee's next meeting is on 16 January.")).status, 'contradicted');
  });

  test('corrections columns as papers write them: "Our article of 15 February … stated that", "issued three", "The figure of 186 … was correct"', async () => {
    const column = lines(
      'WendshireLive',
      'Corrections and clarifications',
      '',
      'Brackley Freight fine. Our article of 15 February, "Haulier fined after lorries crossed crumbling bridge six times", stated that Brackley Freight Ltd had been fined £5,400 at Wendham Magistrates\' Court. That figure was incorrect and has been withdrawn. The company was fined £4,500.',
      '',
      'Dog control. In our report "Girl, 9, mauled by dog" (16 September, page 1), we said that the council issued three fixed penalty notices under its dog control order in 2023. That figure was wrong. The council has confirmed that it issued 12 fixed penalty notices under the order in 2023. The figure of 58 for 2021 was correct.',
      '',
      'Solar farm. Our report of 15 October said that the district council had received 612 letters of objection. That figure was wrong. The figure of 186 letters of support was correct. The officer\'s report records 412 letters of objection.',
    );
    const judged = await judgeAgainst([{ name: 'column.txt', text: column }, UNRELATED]);
    assert.equal((await judged("Brackley Freight Ltd was fined £5,400 at Wendham Magistrates' Court.")).contradiction?.sourceText, '£4,500');
    assert.notEqual((await judged('The lorries crossed the crumbling bridge six times.')).status, 'contradicted');
    assert.equal((await judged('The council issued three fixed penalty notices under its dog control order in 2023.')).contradiction?.sourceText, '12');
    assert.equal((await judged('The district council received 612 letters of objection.')).contradiction?.sourceText, '412');
    // ("An article on 28 February ("…") stated that …": what the paper had said, under any article.)
    const uniform = await judgeAgainst([{ name: 'echo-corrections.txt', text: lines('ECHO', 'Corrections and clarifications', '', 'Castlebrook Academy uniform: An article on 28 February ("Parents\' petition over £52 school blazer tops 1,000 signatures") stated that Castlebrook Academy received £18,400 in commission from uniform sales in the 2023-24 school year. That figure was wrong and we withdraw it.', '', 'The academy\'s business manager has confirmed that the school received £11,860 in commission in 2023-24.') }, UNRELATED]);
    const commission = await uniform('In 2023-24 the commission was worth £18,400 to Castlebrook Academy.');
    assert.equal(commission.status, 'contradicted');
    assert.equal(commission.suggestions.length, 0);
    // (A sentence reporting the correction itself says what it corrected.)
    assert.notEqual((await judged('The paper later corrected its figure for fixed penalty notices issued in 2023 from three to 12.')).status, 'contradicted');
  });

  test('"4.8 metres wide" is a measure, "Under Okafor," no owner, "a month" no "week"; a sentence giving the withdrawn and the right figure tells the story', async () => {
    const courier = lines('Courier', '', 'The High Street narrows to 4.8 metres outside St Aidan\'s CE Primary School, which has 112 pupils.', '', 'Her family said she would be off school for at least a week.', '', 'During her tenure the Lantern\'s annual audiences grew from around 39,000 to 58,400, Ms Okafor said.');
    const column = lines('THE COURIER', 'Corrections and clarifications', '', 'In our report of 29 January we said that Corvane had paid £2.1 million for the hall. That figure was wrong. £2.1 million was the figure of its initial offer in October 2023, which the company later revised to £1.85 million.');
    const judged = await judgeAgainst([{ name: 'courier.txt', text: courier }, { name: 'column.txt', text: column }, UNRELATED]);
    assert.notEqual((await judged("Outside St Aidan's CE Primary School, which has 112 pupils, the road is just 4.8 metres wide.")).status, 'contradicted');
    assert.equal((await judged("Outside St Aidan's CE Primary School the High Street widens.")).status, 'contradicted');
    assert.equal((await judged('Her family said she would be off school for at least a month.')).suggestions.length, 0);
    assert.notEqual((await judged('Under Ms Okafor, annual audiences grew from around 39,000 to 58,400.')).contradiction?.kind, 'name');
    assert.notEqual((await judged('Corvane first offered £2.1 million in October 2023 and lowered its bid to £1.85 million.')).status, 'contradicted');
    assert.equal((await judged('Corvane paid £2.1 million for the hall.')).status, 'contradicted');
  });

  test('a vote recorded as "For (7): Cllrs Akhtar, Beaumont, Foster" puts Foster for, and the warning says how the vote is recorded', async () => {
    const minutes = lines('Minutes', '', '37. Sale of the market hall. RESOLVED that the hall be sold to Corvane Estates. For (7): Cllrs Akhtar, Beaumont, Foster, Grey, Hale, Ives, Jones. Against (3): Cllrs Kaur, Lomas, Moss.');
    const s = await makeService([{ name: 'minutes.txt', text: minutes }, UNRELATED]);
    const report = await s.check(doc('Cllr Graham Foster voted against the sale of the market hall.\n'));
    assert.equal(report.verdicts[0].status, 'contradicted');
    const d = report.diagnostics.find((x) => x.code === 'claim.contradicted');
    assert.match(d?.message ?? '', /the vote is recorded as “For \(7\): Cllrs Akhtar, Beaumont, Foster/);
    assert.notEqual((await s.check(doc('Cllr Anna Kaur voted against the sale of the market hall.\n'))).verdicts[0].status, 'contradicted');
  });

  test('"In 2022 engineers measured …": a year after "in", "by", "since" is a year, not a count of engineers', async () => {
    assert.deepEqual(quantitiesOf(readSentence('In 2022 engineers measured seepage of 0.6 litres per second.')).map((q) => q.kind), ['year', 'number']);
    assert.deepEqual(quantitiesOf(readSentence('By 2019 residents had complained twice.')).map((q) => q.kind), ['year']);
    const judged = await judgeAgainst([{ name: 'report.txt', text: lines('Inspection report', '', '2.1 Seepage at the toe drain outfall was measured at 0.6 litres per second in 2022, against 0.2 litres per second in 2017.') }, UNRELATED]);
    assert.equal((await judged('In 2022 engineers measured seepage at the toe drain outfall of 0.6 litres per second, up from 0.2 litres per second in 2017.')).status, 'supported');
  });

  test('a column item "An article on 29 November headed "…" said …"; a note "founded 1987" gives no year to a weekday', async () => {
    const column = lines('THE VALE HERALD', 'Corrections and clarifications', '', 'An article on 29 November headed "Town council backs commuters\' fight to save peak trains" said the rail users\' petition had gathered 5,120 signatures by the time of the council meeting. That figure was incorrect and is withdrawn.', '', 'The group has since confirmed that the petition carried 4,312 signatures when it was handed over.');
    const notes = lines('# Vale Line notes', '', '**Mon 2 Dec - handover, Quay St**', '', '- About 30 campaigners came in on the 07:12.', '- AVRUG founded 1987, about 1,030 members.');
    const judged = await judgeAgainst([{ name: 'column.txt', text: column }, { name: 'notes.md', text: notes }, UNRELATED]);
    assert.equal((await judged('The rail users\' petition had gathered 5,120 signatures by the time of the council meeting.')).contradiction?.sourceText, '4,312');
    const monday = await judged('About 30 campaigners came in on the 07:12 on Monday 2 December.');
    assert.notEqual(monday.status, 'contradicted', monday.contradiction?.because);
  });

  test('review of the round\'s rules: each reads only what it was written for', async () => {
    // A review with many quoted titles is no correction (and its pattern no longer runs away on them:
    // twenty titles took over a minute before).
    const titles = Array.from({ length: 20 }, (_, k) => `"Song ${k}"`).join(', ');
    const review = await judgeAgainst([{ name: 'review.txt', text: lines('Festival line-up', '', `This review covers the whole setlist: ${titles}, with two encores.`) }, UNRELATED]);
    assert.notEqual((await review('The band played two encores.')).contradiction?.kind, 'correction');
    // Ordinary news that says what a report said is no corrections column; nor is a lede about prison "corrections staff".
    const news = await judgeAgainst([{ name: 'news.txt', text: lines('Bypass row', '', 'Highways England published its business case in March. In its report, it said the Ashby bypass would cost £40 million. Campaigners say that figure is wrong and put the cost at £65 million.') }, UNRELATED]);
    assert.notEqual((await news("Highways England's business case said the Ashby bypass would cost £40 million.")).status, 'contradicted');
    // A target set last year is no earlier value; "rising at" is no "rose to".
    const rates = await judgeAgainst([{ name: 'rates.txt', text: lines('Housing', '', 'The rent collection rate rose to 96.8 per cent, short of the 98 per cent target set last year.', '', 'Private rents in Ashby are rising at 3 per cent a year, compared with 5 per cent the year before.') }, UNRELATED]);
    assert.notEqual((await rates('The rent collection rate rose to 96.8 per cent.')).status, 'contradicted');
    assert.notEqual((await rates('Private rents in Ashby are rising at 3 per cent a year.')).contradiction?.claimText, '“rising to 3 per cent”');
    // A party label is no name; an intention is no vote.
    const votes = await judgeAgainst([{ name: 'minutes.txt', text: lines('Minutes', '', 'The motion to close Bramley library was carried. For 7 (Labour), Against 2 (Conservative), Abstentions 1 (Green).') }, UNRELATED]);
    assert.notEqual((await votes('Cllr Pike voted against the motion to close Bramley library.')).contradiction?.kind, 'name');
    // Ranks the claim gives itself; "denied that"; a share of another group; a part said of something else.
    const rest = await judgeAgainst([
      { name: 'rest.txt', text: lines('Notes', '', 'The Ashby cotton mill was built in the 18th century and closed in 1968.', '', 'The manager was suspended on Monday as a precaution, not as a finding of fault, the trust said.', '', 'Of the 412 people who responded, 68 per cent opposed the parking scheme. Only 14 per cent of residents took part in the consultation.', '', 'Firefighters evacuated the 30 residents of Elm Court at 2am; some residents were allowed back by the afternoon.') },
      UNRELATED,
    ]);
    assert.notEqual((await rest('The Ashby cotton mill was built in the 18th century and closed in the 20th century.')).contradiction?.kind, 'rank');
    assert.notEqual((await rest('The trust denied that the suspension of the manager was a finding of fault.')).status, 'contradicted');
    assert.notEqual((await rest('Most residents who responded opposed the parking scheme.')).status, 'contradicted');
    assert.notEqual((await rest('All residents of Elm Court were evacuated.')).status, 'contradicted');
    // Numbers: "a million and a half"; "half two decades" is no time of day.
    assert.deepEqual(quantitiesOf(readSentence('It has sold a million and a half copies.')).map((q) => q.value), [1_500_000]);
    assert.deepEqual(quantitiesOf(readSentence('The population fell by half two decades after the pit closed.')).map((q) => q.kind), ['number']);
    // Guards no wider than their cases: a day "on Monday amid anger" is a day; "has not paid compensation" denies it; "16 of the evictions" against "21 of the evictions".
    const guards = await judgeAgainst([{ name: 'guards.txt', text: lines('News', '', 'The developer, Harlow Homes, has not paid compensation to the 14 families.', '', 'Police attended 21 of the evictions carried out in the year.', '', 'The centre is open daily from 6am.') }, UNRELATED]);
    assert.equal((await guards('The 14 families have received compensation from Harlow Homes.')).status, 'contradicted');
    assert.equal((await guards('Police attended 16 of the evictions carried out in the year.')).status, 'contradicted');
    assert.equal((await guards('The centre is open every day from 6am.')).suggestions.length, 1);
  });

  test('two sums swapped where the source puts words between each sum and what it pays for ("£3.5 million of the proceeds would be spent refurbishing …")', async () => {
    const echo = lines('Echo', '', "Under the board's plans, £3.5 million of the proceeds would be spent refurbishing the clubhouse and £1.2 million on course improvements, including a new practice ground.");
    const judged = await judgeAgainst([{ name: 'echo.txt', text: echo }, UNRELATED]);
    const v = await judged('The board plans to spend £1.2 million refurbishing the clubhouse and £3.5 million on course improvements.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.suggestions.length, 0);
    assert.equal((await judged('The board plans to spend £3.5 million refurbishing the clubhouse and £1.2 million on course improvements.')).status, 'supported');
  });

  test('a motion given to one role where the minutes give it to another ("proposed by the treasurer" / "Proposed by the Chairman"); "tripled" is not "doubled"', async () => {
    const minutes = lines('Minutes', '', '4. Sale of the Meadow Course. Special resolution: That the club sell the Meadow Course to Castlegate Homes. Proposed by the Chairman, seconded by the Treasurer. Carried by 412 votes to 187.');
    const judged = await judgeAgainst([{ name: 'minutes.txt', text: minutes }, UNRELATED]);
    const v = await judged('The special resolution to sell the Meadow Course was proposed by the treasurer.');
    assert.notEqual(v.status, 'supported');
    assert.match(v.withheld?.why ?? '', /moved by the chairman/);
    assert.equal((await judged('The special resolution to sell the Meadow Course was proposed by the chairman and seconded by the treasurer.')).status, 'supported');
    // (With the person named beside the role too.)
    assert.notEqual((await judged('The special resolution to sell the Meadow Course was proposed by the treasurer, Ian Castellano, and seconded by the chairman [@minutes].')).status, 'supported');
    const radio = await judgeAgainst([{ name: 'radio.txt', text: lines('Radio', '', 'CALLER: My heating bill has doubled since last winter.') }, UNRELATED]);
    assert.equal((await radio('A caller said her heating bill had tripled since last winter.')).suggestions.length, 0);
  });

  test('a plain-text table (columns lined up with spaces) is read a row at a time with its header: a figure of another row, or of another column, is no support', async () => {
    const judged = await judgeAgainst([
      {
        name: 'review.txt',
        text: lines(
          'Flood defence review',
          '',
          '1. Costs',
          '',
          'Table 1 sets out the estimates for each site.',
          '',
          'Table 1: Estimates by site',
          '',
          '    Site            Original (£m)   Revised (£m)   Homes   Homes flooded',
          '    ----------      -------------   ------------   -----   -------------',
          '    North Quay                1.2            1.8      72              14',
          '    South Wall                0.9            2.1      64              16',
          '    Mill Lane                 0.4            0.5      40               2',
          '',
          '2. Programme',
          '',
          'Work on the North Quay will start in April.',
        ),
      },
      {
        name: 'library.md',
        text: lines('# Library review', '', '3.1 The table below shows annual figures.', '', '```', 'Year      Visits   Loans    Members', '2022/23   44,780   39,650   3,288', '2023/24   47,310   41,025   3,402', '```', '', '3.2 Visits have not recovered.'),
      },
      UNRELATED,
    ]);
    for (const [sentence, theirs] of [
      ['The revised estimate for the North Quay is £2.1 million [@review].', '£1.8m'],
      ['At the North Quay, 16 of the 72 homes flooded [@review].', '14'],
      ['Loans in 2023/24 stood at 39,650 [@library].', '41,025'],
    ]) {
      const v = await judged(sentence);
      assert.equal(v.status, 'contradicted', sentence);
      assert.equal(v.contradiction?.sourceText, theirs, sentence);
      assert.equal(v.suggestions.length, 0, sentence);
    }
    // The right row's figures, a column's sums in millions as a reader says them, are supported and cited.
    for (const sentence of ['The revised estimate for the South Wall is £2.1 million.', 'The North Quay estimate rose from £1.2 million to £1.8 million.', 'In 2023/24 there were 41,025 loans.']) {
      const v = await judged(sentence);
      assert.equal(v.status, 'supported', sentence);
      assert.equal(v.suggestions.length, 1, sentence);
    }
  });

  test('"category 1 hazards" names a category, not one hazard: a row\'s count of such hazards is compared with the claim\'s', async () => {
    const judged = await judgeAgainst([
      { name: 'survey.md', text: lines('# Stock condition survey', '', '4.2 The inspections found the following.', '', '| Block | Homes | Category 1 hazards |', '|---|---|---|', '| Fenwick Court | 40 | 2 |', '| Greystoke House | 56 | 1 |', '', '4.3 Works are planned.') },
      UNRELATED,
    ]);
    const v = await judged('Greystoke House recorded two category 1 hazards [@survey].');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.sourceText, '1');
    assert.notEqual((await judged('Fenwick Court recorded two category 1 hazards [@survey].')).status, 'contradicted');
  });

  test('a column item naming its report by headline and date ("Our report "…" (12 February) said that …") withdraws the figure; the right one is the item\'s, not a reference code or the claim\'s other figure', async () => {
    const judged = await judgeAgainst([
      { name: 'gazette-library.txt', text: lines('KESTLEFORD GAZETTE', '', 'Library to close as cabinet backs cuts', '', 'The decision came despite a public consultation which drew 2,487 responses.', '', 'The over-60s swim has gone from £2.90 to £4.90.') },
      {
        name: 'gazette-corrections.txt',
        text: lines(
          'KESTLEFORD GAZETTE',
          '',
          'Corrections and clarifications',
          '',
          'Our report "Library to close as cabinet backs cuts" (12 February) said that the consultation drew 2,487 responses. That figure was wrong. The council\'s report to cabinet, CAB/25/014, records 2,847 responses.',
          '',
          'An article on 12 February about the leisure centre ("Swim prices rise again", page 3) gave the new price of the over-60s swim as £4.90. The correct price is £4.60, up from £2.90.',
        ),
      },
      UNRELATED,
    ]);
    for (const [sentence, right] of [
      ['The consultation drew 2,487 responses [@gazette-library].', '2,847'],
      ['The consultation drew 2,487 responses.', '2,847'],
      ['The over-60s swim now costs £4.90, up from £2.90 [@gazette-library].', '£4.60'],
    ]) {
      const v = await judged(sentence);
      assert.equal(v.status, 'contradicted', sentence);
      assert.equal(v.contradiction?.sourceText, right, sentence);
      assert.equal(v.suggestions.length, 0, sentence);
    }
    // A reference code is no figure.
    assert.deepEqual(quantitiesOf(readSentence('The report to cabinet, CAB/25/014, and application 24/0917/FUL.')).map((q) => q.raw), []);
  });

  test('a name a corrections column withdraws ("His name is David Okafor", "She is Priya Lal", "not Sanjay Mehra as we reported") is contradicted with the right one, and the right one is not contradicted by the article', async () => {
    const judged = await judgeAgainst([
      { name: 'echo-water.txt', text: lines('THE ECHO', '', 'Village water scare', '', 'Daniel Okafor, chair of the Kettlebrook Water Trust, said the trust had spent £7,800 on extra testing.', '', 'The council\'s conservation officer, Priya Patel, told the site manager to stop work.', '', 'Sanjay Mehra, regional officer for the union, said members had been blindsided.') },
      {
        name: 'echo-corrections.txt',
        text: lines(
          'THE ECHO',
          '',
          'Corrections and clarifications',
          '',
          'The same article gave the name of the chair of the Kettlebrook Water Trust as Daniel Okafor. His name is David Okafor. We apologise to Mr Okafor.',
          '',
          'In the same article we wrongly named the council\'s conservation officer as Priya Patel. She is Priya Lal.',
          '',
          'The same article misspelled the name of the union\'s regional officer. He is Sanjay Mehta, not Sanjay Mehra as we reported.',
        ),
      },
      UNRELATED,
    ]);
    for (const [sentence, right] of [
      ['Daniel Okafor said the trust had spent £7,800 on extra testing [@echo-water].', 'David Okafor'],
      ['The conservation officer, Priya Patel, told the site manager to stop work.', 'Priya Lal'],
      ['Sanjay Mehra said members had been blindsided [@echo-water].', 'Sanjay Mehta'],
    ]) {
      const v = await judged(sentence);
      assert.equal(v.status, 'contradicted', sentence);
      assert.equal(v.contradiction?.kind, 'name', sentence);
      assert.equal(v.contradiction?.sourceText, right, sentence);
    }
    for (const sentence of ['David Okafor said the trust had spent £7,800 on extra testing.', 'Sanjay Mehta said members had been blindsided [@echo-water].']) {
      assert.notEqual((await judged(sentence)).status, 'contradicted', sentence);
    }
  });

  test('what waits on a decision or on work not done is no citation for its being done: "subject to approval by Full Council", "would need the approval of the board", "provisionally allocates", "presented … for approval"', async () => {
    const judged = await judgeAgainst([
      { name: 'minutes.txt', text: lines('Minutes', '', 'RESOLVED that £4.2 million be allocated from capital reserves to the flood scheme, subject to approval by Full Council on 4 December.') },
      { name: 'echo.txt', text: lines('Echo', '', 'She said a £2.3 million programme of ventilation work had been drawn up but would need the approval of the association\'s board, which meets on 24 April.', '', 'The hub is due to open on 1 July, subject to the completion of fit-out works.', '', 'Planning permission was granted subject to a legal agreement on affordable housing.') },
      { name: 'release.txt', text: lines('Press release', '', 'Environment Agency provisionally allocates extra £7.5 million to the flood scheme.', '', 'The plan will be presented to the trust board for approval on 24 April.') },
      UNRELATED,
    ]);
    for (const sentence of [
      'Full Council has approved the £4.2 million allocation to the flood scheme.',
      'The association\'s board approved the £2.3 million programme of ventilation work on 24 April.',
      'The hub has been confirmed to open on 1 July.',
      'The Environment Agency has confirmed the extra £7.5 million for the flood scheme.',
      'The trust board approved the plan on 24 April.',
    ]) {
      const v = await judged(sentence);
      assert.notEqual(v.status, 'supported', sentence);
      assert.equal(v.suggestions.length, 0, sentence);
    }
    // The sentence that says so, and a decision made on a condition, are supported.
    for (const sentence of ['The £4.2 million still needs the approval of Full Council on 4 December.', 'Planning permission was granted subject to a legal agreement on affordable housing.', 'The Environment Agency has provisionally allocated an extra £7.5 million to the flood scheme.']) {
      assert.equal((await judged(sentence)).status, 'supported', sentence);
    }
  });

  test('a resolution "subject to contract" made the appointment, not the contract; "subject to … securing planning consent, and will be paid" is not paid', async () => {
    const judged = await judgeAgainst([
      { name: 'governors.txt', text: lines('Minutes of the governing board', '', '4.5 RESOLVED: That the board accepts the resignation of Mrs Helen Ashworth and appoints Mr Andrew Kemp as interim head teacher from 1 September 2024 for two terms, subject to contract.') },
      { name: 'release.txt', text: lines('Press release', '', 'A contribution of up to £48,000 towards an ultraviolet treatment unit. This contribution is subject to the Water Trust securing planning consent for the unit, and will be paid directly to the Trust\'s contractor.') },
      UNRELATED,
    ]);
    assert.equal((await judged('The board appointed Andrew Kemp as interim head teacher for two terms [@governors].')).status, 'supported');
    assert.notEqual((await judged('Andrew Kemp has signed a contract to lead the school as interim head teacher for two terms [@governors].')).status, 'supported');
    assert.notEqual((await judged('The £48,000 contribution towards the ultraviolet unit has already been paid to the Trust\'s contractor [@release].')).status, 'supported');
  });

  test('votes recorded as lists ("For (7): …", "For: Cllrs A, B (3)", "9 in favour, none against") are read for their counts and names, each vote with what it was on', async () => {
    const minutes = lines(
      'Minutes of the Highways Committee',
      '',
      'Councillor Dunsby moved an amendment, seconded by Councillor Reeve, that route 60 be kept.',
      '',
      'On being put to the vote, the amendment was recorded as follows:\nFor (3): Councillors Dunsby, Garside and Reeve\nAgainst (7): Councillors Bains, Castellano, Farrant, Hughes, Ndiaye, Okonjo and Whitlock\nAbstention (1): Councillor Marchetti',
      '',
      'The substantive recommendations were then moved by Councillor Okonjo and seconded by Councillor Bains.',
      '',
      'On being put to the vote, the recommendations were recorded as follows:\nFor (7): Councillors Bains, Castellano, Farrant, Hughes, Ndiaye, Okonjo and Whitlock\nAgainst (3): Councillors Dunsby, Garside and Reeve\nAbstention (1): Councillor Marchetti',
    );
    const cabinet = lines('Cabinet minutes', '', 'Cllr Lindqvist moved, and Cllr Harcourt seconded, the recommendations in the report on the library.', '', 'On being put to the vote the motion was recorded as follows:\nFor: Cllrs Harcourt, Lindqvist, Whitfield (3)\nAgainst: Cllrs Ashworth, Dunn (2)');
    const awards = lines('Awards', '', 'The committee vote on the bus contract awards was 9 in favour, none against, with 2 abstentions.');
    const judged = await judgeAgainst([{ name: 'minutes.txt', text: minutes }, { name: 'cabinet.txt', text: cabinet }, { name: 'awards.txt', text: awards }, UNRELATED]);
    for (const sentence of [
      'Councillor Marchetti backed the amendment [@minutes].',
      'Councillor Garside voted against the amendment [@minutes].',
      'The committee approved the recommendations by eight votes to two [@minutes].',
      'Cllr Whitfield voted against the library recommendations [@cabinet].',
      'The bus contract awards were approved unanimously, by 11 votes to none [@awards].',
    ]) {
      assert.equal((await judged(sentence)).status, 'contradicted', sentence);
    }
    for (const sentence of [
      'Councillor Garside voted for the amendment [@minutes].',
      'Councillor Garside voted against the recommendations [@minutes].',
      'The committee approved the recommendations by seven votes to three [@minutes].',
      'Cllr Whitfield voted for the library recommendations [@cabinet].',
      'The bus contract awards were approved by nine votes to none, with two abstentions [@awards].',
      'The amendment fell by seven votes to three after the route review was carried out [@minutes].',
    ]) {
      assert.notEqual((await judged(sentence)).status, 'contradicted', sentence);
    }
  });

  test('a column\'s "He is Graham Oakes, not Graham Oates." and "attributed the remark … to X. The remark was made by Y" withdraw the name; words given to someone else get no fix', async () => {
    const judged = await judgeAgainst([
      { name: 'mercury.txt', text: lines('MERCURY', '', 'Lights out', '', 'The managing director, Graham Oates, blamed the power supply from the lighting columns.', '', 'The dean of humanities, Professor Rhys Cadogan, said the new department would be smaller but sustainable.') },
      { name: 'mercury-corrections.txt', text: lines('MERCURY', '', 'Corrections and clarifications', '', 'The same article misspelled the name of the managing director of Lumenfest Displays. He is Graham Oakes, not Graham Oates.', '', 'A report on 12 March attributed the remark "The new department will be smaller but sustainable" to Professor Rhys Cadogan, dean of humanities. The remark was made by Professor Miriam Osei-Latham, the provost.') },
      UNRELATED,
    ]);
    const oates = await judged('The managing director, Graham Oates, blamed the power supply [@mercury].');
    assert.equal(oates.contradiction?.sourceText, 'Graham Oakes');
    assert.equal((await judged('Graham Oakes blamed the power supply from the lighting columns [@mercury].')).status, 'supported');
    const report = await (await makeService([{ name: 'mercury.txt', text: lines('MERCURY', '', 'Lights out', '', 'The dean of humanities, Professor Rhys Cadogan, said the new department would be smaller but sustainable.') }, { name: 'mercury-corrections.txt', text: lines('MERCURY', '', 'Corrections and clarifications', '', 'A report on 12 March attributed the remark "The new department will be smaller but sustainable" to Professor Rhys Cadogan, dean of humanities. The remark was made by Professor Miriam Osei-Latham, the provost.') }, UNRELATED])).check(doc('The dean of humanities, Professor Rhys Cadogan, said the new department would be smaller but sustainable [@mercury].\n'));
    assert.equal(report.verdicts[0].status, 'contradicted');
    assert.equal(report.verdicts[0].contradiction?.sourceText, 'Professor Miriam Osei-Latham');
    const d = report.diagnostics.find((x) => x.code === 'claim.contradicted');
    assert.match(d?.message ?? '', /these words were Professor Miriam Osei-Latham's/);
    assert.equal((d?.data as { replace?: unknown } | undefined)?.replace, undefined, 'no name to put in: she is not the dean');
  });

  test('a plain-text table whose header sits over right-aligned figures is still read by column; "Est. cost (GBP)" gives sums; a "Total" row is the one of "in all"', async () => {
    const judged = await judgeAgainst([
      {
        name: 'report.txt',
        text: lines(
          'Enforcement report',
          '',
          '5.1 Officers commissioned an independent cost estimate.',
          '',
          'Element                      Floor area lost (m2)   Est. cost (GBP)',
          'Engine house                 410                    585,000',
          'Spinning block east bays     640                    495,000',
          'Boiler house annex           95                      80,000',
          'Total                        1,145                1,160,000',
          '',
          'Mode                        Spectators   Share',
          'Car (drivers and passengers)     7,400     40%',
          'Rail (with shuttle)              4,625     25%',
          'Bus and coach                    3,330     18%',
        ),
      },
      UNRELATED,
    ]);
    const bays = await judged('Rebuilding the east bays of the spinning block is put at £80,000 [@report].');
    assert.equal(bays.status, 'contradicted');
    assert.equal(bays.contradiction?.sourceText, '£495,000');
    assert.equal((await judged('Rebuilding the east bays of the spinning block is put at £495,000 [@report].')).status, 'supported');
    assert.equal((await judged('Some 4,625 spectators would arrive by bus and coach [@report].')).contradiction?.sourceText, '3,330');
    assert.equal((await judged('In all, the works are put at £1.2 million [@report].')).status, 'contradicted');
  });

  test('an intention hedges what it intends in other words: "We intend to establish an Ashcombe Community Fund" is no "has set up … Ashcombe Community Fund"', async () => {
    const judged = await judgeAgainst([{ name: 'statement.txt', text: lines('Statement', '', 'We intend to establish an Ashcombe Community Fund of £150,000 over three years to support local groups. We have also paid the fine of £40,000 in full.') }, UNRELATED]);
    assert.notEqual((await judged('The company has set up a £150,000 Ashcombe Community Fund [@statement].')).status, 'supported');
    assert.equal((await judged('The company intends to set up a £150,000 Ashcombe Community Fund [@statement].')).status, 'supported');
    assert.equal((await judged('The company has paid the £40,000 fine in full [@statement].')).status, 'supported');
  });

  test('a resolution recorded on its own ("RESOLVED: that a fund of £400,000 be established") is a motion carried: no "rejected"; one to defer is no "approved"', async () => {
    const judged = await judgeAgainst([{ name: 'minutes.txt', text: lines('Minutes', '', 'RESOLVED: that a Language Transition Fund of £400,000 be established for the period 2025-26 to 2028-29.', '', 'RESOLVED: that the decision on the library be deferred to the June meeting.') }, UNRELATED]);
    assert.notEqual((await judged('Council rejected the proposed £400,000 Language Transition Fund [@minutes].')).status, 'supported');
    assert.equal((await judged('Council approved a £400,000 Language Transition Fund [@minutes].')).status, 'supported');
    assert.equal((await judged('The decision on the library was deferred to the June meeting [@minutes].')).status, 'supported');
  });

  test('fixes that would have lied: "chaired by" a vice-chair, "has already recovered" what the council "will seek to recover", "promised" what the speaker would not promise', async () => {
    const judged = await judgeAgainst([
      { name: 'minutes.txt', text: lines('Minutes of the Highways Committee', '', 'Present:', 'Cllr Janet Price (Chair)', 'Cllr Oliver Dunn (Vice-Chair)', 'Cllr Amina Shah', '', '1. The committee received the report on the unadopted roads.') },
      { name: 'release.txt', text: lines('Press release', '', 'The council has already spent £18,500 on emergency safety repairs on Kingfisher Way, which it will seek to recover from the bond.') },
      { name: 'interview.txt', text: lines('Transcript', '', 'PRESENTER: Will you promise residents they will not pay?', '', "MARTIN HALE: I'm not going to make promises I can't keep on air. I will say that it is not my intention to ask residents to fund the shortfall.") },
      UNRELATED,
    ]);
    for (const sentence of ['The committee was chaired by Cllr Oliver Dunn.', 'The council has already recovered the £18,500 from the bond.', 'Hale promised on air that residents would not be asked to pay towards the shortfall.']) {
      const v = await judged(sentence);
      assert.notEqual(v.status, 'supported', sentence);
      assert.equal(v.suggestions.length, 0, sentence);
    }
    assert.equal((await judged('The committee was chaired by Cllr Janet Price.')).status, 'supported');
    for (const sentence of ['The council will seek to recover the £18,500 from the bond.', 'Hale said it was not his intention to ask residents to fund the shortfall.']) {
      const v = await judged(sentence);
      assert.equal(v.status, 'supported', sentence);
      assert.equal(v.suggestions.length, 1, sentence);
    }
  });

  test('fixes that would have made true sentences false: a day the claim also says was a publication day; a company\'s "it gave … on 5 August" in a column; two days of the claim\'s verb', async () => {
    const judged = await judgeAgainst([
      { name: 'report.txt', text: lines('Portfolio review', '', '5.1 The initial proposal published on 14 January 2025 identified 38 posts at risk of redundancy. Following consultation, the revised proposal published on 24 February 2025 reduces this to 27 posts.') },
      {
        name: 'gazette-corrections.txt',
        text: lines(
          'GAZETTE',
          '',
          'Corrections and clarifications',
          '',
          'The same article said that Larchfield Care intended to close the home by 30 October. The company has said it will close the home by 30 September, which is the date it gave to residents, families and staff on 5 August.',
          '',
          'Harwick Carnival: Our report on the carnival on 31 July said the procession had been led by the Harwick Silver Band. It was led by the Brayford Town Band.',
        ),
      },
      UNRELATED,
    ]);
    assert.notEqual((await judged('The 38 posts were identified when the proposals were first published on 14 January [@report].')).status, 'contradicted');
    assert.notEqual((await judged('Larchfield Care told residents, families and staff on 5 August that the home would close by the end of September.')).status, 'contradicted');
    const report = await (await makeService([{ name: 'report.txt', text: lines('Portfolio review', '', '5.1 The initial proposal published on 14 January 2025 identified 38 posts at risk of redundancy. Following consultation, the revised proposal published on 24 February 2025 reduces this to 27 posts.') }, UNRELATED])).check(doc('The proposals were first published on 12 January [@report].\n'));
    assert.equal(report.verdicts[0].status, 'contradicted');
    assert.equal(report.verdicts[0].contradiction?.ambiguous, true, 'two days of publishing: no fix');
    // The withdrawn figure is still withdrawn, and the right one is the item's, not the next item's.
    const closing = await judged('Larchfield Care intended to close the home by 30 October.');
    assert.equal(closing.status, 'contradicted');
    assert.equal(closing.contradiction?.sourceText, '30 September');
  });

  test('more citations that would have lied: "a week" for "three days", "only if" and "subject to Ofwat approving", "intends to pay interest", "happy to meet"', async () => {
    const judged = await judgeAgainst([
      { name: 'gazette.txt', text: lines('Gazette', '', 'Last August, after an evening swim, she spent three days in bed with a stomach illness.', '', 'Work would start in spring 2027 only if the water regulator, Ofwat, approves a change to the company\'s business plan.') },
      { name: 'release.txt', text: lines('Press release', '', 'The society intends to pay interest on shares from its third year of trading, at a target rate of 2 per cent, subject to trading performance.', '', 'The £38.5 million programme is subject to Ofwat approving a change to the business plan.') },
      { name: 'interview.txt', text: lines('Transcript', '', "SUNITA RAO: I'm happy to meet Fernside Parents Together, and my office will be in touch this week to arrange that.") },
      UNRELATED,
    ]);
    for (const sentence of [
      'She spent a week in bed after an evening swim last August.',
      'Ofwat has already approved the £38.5 million programme, and work will start in spring 2027.',
      'The society has guaranteed shareholders interest of 2 per cent a year from its third year.',
      'Cllr Rao has since met Fernside Parents Together.',
    ]) {
      assert.equal((await judged(sentence)).suggestions.length, 0, sentence);
    }
    for (const sentence of ['She spent three days in bed after an evening swim last August.', 'Cllr Rao said she was happy to meet Fernside Parents Together.', 'The society intends to pay interest of 2 per cent from its third year of trading.']) {
      assert.equal((await judged(sentence)).suggestions.length, 1, sentence);
    }
  });

  test('a permanent post is no interim or locum one; a condition the sentence says is met is hedged by "only if"', async () => {
    const judged = await judgeAgainst([
      { name: 'release.txt', text: lines('Press release', '', 'Mr Stuart Penhaligon has been appointed as Interim Clerk and can be contacted at the usual council address.') },
      { name: 'gazette.txt', text: lines('Gazette', '', 'According to the company, work would start in spring 2027 only if the water regulator, Ofwat, approves a change to its business plan.') },
      UNRELATED,
    ]);
    const permanent = await judged('The council appointed Mr Penhaligon as its permanent clerk.');
    assert.notEqual(permanent.status, 'supported');
    assert.equal(permanent.suggestions.length, 0);
    assert.equal((await judged('The council appointed Mr Penhaligon as its interim clerk.')).suggestions.length, 1);
    assert.equal((await judged('Ofwat has already approved the change to the business plan, so work will start in spring 2027.')).suggestions.length, 0);
  });

  test('review of the round\'s rules: each reads only what it was written for, and none runs away on junk', async () => {
    const judged = await judgeAgainst([
      { name: 'cabinet.txt', text: lines('Cabinet', '', 'Cabinet approved the permanent closure of Mill Lane to through traffic, acting on the advice of highways officers.', '', 'Ms Priya Lee, who had been acting head teacher at Brook Primary since 2022, was appointed permanent head teacher in March.') },
      { name: 'storm.txt', text: lines('Storm', '', 'At that stage 300 homes in the valley were still without power.') },
      { name: 'trust.txt', text: lines('Trust', '', 'Mary Okafor founded the Millbrook Rovers Supporters Trust in 2011.', '', 'CORRECTION: An earlier version of this article wrongly said that the trust founded by Mary Okafor is now chaired by Daniel Okafor. His name is David Okafor.') },
      { name: 'minutes.txt', text: lines('Minutes', '', '4. Harbour Road scheme. The committee approved the Harbour Road cycle scheme.', '', '5. Parking charges. The motion to raise parking charges was carried by 5 votes to 4.') },
      { name: 'planning.txt', text: lines('Planning', '', 'The planning committee was asked to approve the Harbour Road scheme on Monday, and did so unanimously.', '', 'Not only did she confirm the £40,000 grant for the Ferry Lane depot on 3 May; she doubled it.') },
      UNRELATED,
    ]);
    for (const sentence of [
      'Cabinet approved the permanent closure of Mill Lane to through traffic.',
      'Priya Lee was appointed permanent head teacher at Brook Primary in March.',
      'At that stage 300 homes in the valley were still without power.',
      'Mary Okafor founded the Millbrook Rovers Supporters Trust in 2011.',
      'The planning committee approved the Harbour Road scheme on Monday.',
      'She confirmed the £40,000 grant for the Ferry Lane depot on 3 May.',
    ]) {
      assert.equal((await judged(sentence)).status, 'supported', sentence);
    }
    assert.notEqual((await judged('The committee approved the Harbour Road cycle scheme by 7 votes to 2.')).contradiction?.sourceText, '5 votes to 4');
    // Junk: a long rule line, many tiny tables, and a run of slashes are read in linear time (no timing
    // asserted: the reads finish, where the patterns before took minutes on megabytes).
    const junk = await makeService([
      { name: 'rule.txt', text: 'Notes\n\n' + '-'.repeat(50000) + '  end' },
      { name: 'tables.txt', text: Array.from({ length: 3000 }, (_, i) => `Site  Cost\nA${i}  1\nB  2`).join('\n\n') },
      { name: 'slashes.txt', text: 'Codes\n\n' + '12/'.repeat(1500) + '12.' },
    ]);
    assert.equal((await junk.check(doc('The site cost 1 pound.\n'))).verdicts.length, 1);
  });

  test('a unit in a table\'s caption ("(£000)") makes its columns of figures sums; a figure "up from" another is the same row\'s', async () => {
    const judged = await judgeAgainst([
      { name: 'briefing.md', text: lines('# Briefing', '', '3.2 Table 1: Fundraising income by stream (£000)', '', '```', 'Income stream            2023/24   2024/25 forecast   Change', 'Legacies                   2,380              1,400     -41%', 'Hospice lottery              510                510       0%', '```') },
      { name: 'finance.md', text: lines('# Finance report', '', '3.2 Table 2: Forecast by cost heading (£m)', '', '```', 'Cost heading                      Original   Forecast', 'Soft sediment dredging                9.8       11.2', 'Sediment disposal                     3.1        5.9', '```') },
      UNRELATED,
    ]);
    assert.equal((await judged('Hospice lottery income held steady at £510,000 [@briefing].')).status, 'supported');
    const legacies = await judged('Legacy income fell from £2.38 million to £1.6 million [@briefing].');
    assert.equal(legacies.status, 'contradicted');
    assert.equal(legacies.contradiction?.sourceText, '£1,400,000');
    const sediment = await judged('Sediment disposal is now forecast at £11.2 million, up from £3.1 million [@finance].');
    assert.equal(sediment.status, 'contradicted');
    assert.equal(sediment.contradiction?.sourceText, '£5.9m');
  });

  test('"in its first week" is cited to no "first three weeks"', async () => {
    const judged = await judgeAgainst([{ name: 'advertiser.txt', text: lines('Advertiser', '', 'The post office counter handled 1,150 transactions in its first three weeks, including pension withdrawals.') }, UNRELATED]);
    assert.equal((await judged('The post office counter handled 1,150 transactions in its first week.')).suggestions.length, 0);
    assert.equal((await judged('The post office counter handled 1,150 transactions in its first three weeks.')).suggestions.length, 1);
  });

  test('a figure in what someone told the meeting is the clause\'s, not the speaker\'s or the listener\'s', async () => {
    const judged = await judgeAgainst([
      { name: 'minutes.md', text: lines('# Minutes', '', '5.3 The Head of Waste Services advised that restoring seven-day opening would cost an estimated £186,000 a year.') },
      { name: 'post.md', text: lines('# Dunmoor Evening Post', '', 'Drivers queuing to get into Kettlesby\'s recycling centre on a Saturday are now waiting up to 50 minutes, site staff say.') },
      { name: 'fines.txt', text: lines('Fines', '', 'Anders Lund was fined 4,000 euros for the damage to the harbour wall.') },
      UNRELATED,
    ]);
    const post = await judged('Site staff told the Evening Post that Saturday drivers were waiting up to 50 minutes [@post].');
    assert.equal(post.status, 'supported');
    assert.ok(!post.cited?.unsupported?.includes('50'), JSON.stringify(post.cited?.unsupported));
    const officers = await judged('Officers told the committee that restoring seven-day opening would cost an estimated £186,000 a year [@minutes].');
    assert.ok(!officers.cited?.unsupported?.includes('186,000'), JSON.stringify(officers.cited?.unsupported));
    // What the speaker says of themselves stays theirs: the fine is Lund's, not Solheim's.
    const solheim = await judged('Maria Solheim told reporters that she was fined 4,000 euros for the damage to the harbour wall [@fines].');
    assert.notEqual(solheim.status, 'supported');
  });

  test('a phone-in\'s turn speaks for its speaker, and its title names the programme; quoted words are their speaker\'s', async () => {
    const judged = await judgeAgainst([
      {
        name: 'stannerby-sound-phone-in.txt',
        text: lines(
          'STANNERBY SOUND 97.4 FM — THE BREAKFAST PHONE-IN',
          '',
          'PRESENTER: Good morning. Today we talk about the village post office.',
          '',
          'CALLER ONE: My mother relied on it for her pension.',
          '',
          'CALLER TWO: The bus to town runs twice a day at best.',
          '',
          'PRESENTER: First on the line, the postmaster himself.',
          '',
          'GERALD PINNOCK: I am 67. My daughter lives in Cornwall. We are moving down there to be near her. And honestly, the counter did not pay. By the end I was earning about nine thousand pounds a year from the post office side.',
          '',
          'DEREK PLIMMER: Afternoon. We are not against the kids. We are against wheels hitting concrete at night.',
          '',
          'JADE OKONKWO: We have got over twelve hundred signatures in a week for the skate park.',
        ),
      },
      { name: 'kettlesby-council-release.txt', text: lines('Kettlesby District Council', '', 'The district council has defended the reduced opening hours at the recycling centre.') },
      UNRELATED,
    ]);
    const pinnock = await judged('Speaking on Stannerby Sound\'s breakfast phone-in, Mr Pinnock said the counter had earned him about £9,000 a year [@stannerby-sound-phone-in].');
    assert.equal(pinnock.status, 'supported');
    for (const name of ['Pinnock', 'Stannerby', "Sound's"]) assert.ok(!pinnock.cited?.unsupported?.includes(name), JSON.stringify(pinnock.cited?.unsupported));
    // Someone else's words, with the programme and a caller of it named: not theirs.
    const quote = await judged('"We are not against the kids," Jade Okonkwo told Stannerby Sound.');
    assert.equal(quote.status, 'unsupported');
    assert.match(quote.withheld?.why ?? '', /Derek Plimmer|DEREK PLIMMER/);
    assert.equal(quote.suggestions.length, 0);
    assert.notEqual((await judged('"We are not against the kids," Derek Plimmer told Stannerby Sound.')).withheld?.test, 'speaker');
  });

  test('an opposite word in a table is read in the row the sentence speaks of', async () => {
    const judged = await judgeAgainst([
      {
        name: 'scrutiny-report.md',
        text: lines('# Post office provision', '', '4.1 Branches in the district:', '', '| Location | Service type | Days | Hours per week |', '|---|---|---|---|', '| Stannerby | Main branch | Mon-Sat | 49 |', '| Ashby Coldwell | Local (closed) | — | 0 |', '| Hollins | Outreach | Tue | 4 |'),
      },
      UNRELATED,
    ]);
    const open = await judged('In Stannerby itself, the main branch is open 49 hours a week [@scrutiny-report].');
    assert.equal(open.status, 'supported', open.contradiction?.sourceText);
    assert.notEqual((await judged('In Ashby Coldwell, the local branch is open every weekday [@scrutiny-report].')).status, 'supported');
  });

  test('a word the sentence rules out itself ("…, not the £186,000 forecast") is no denial where the passage rules it out too', async () => {
    const judged = await judgeAgainst([{ name: 'post.txt', text: lines('Evening Post', '', 'Figures released this week show the reduced opening will save £171,000 in its first full year, not the £186,000 forecast.') }, UNRELATED]);
    assert.equal((await judged('Figures show the reduced hours will save £171,000 in their first full year, not the £186,000 forecast [@post].')).status, 'supported');
    assert.notEqual((await judged('Figures show the reduced hours will save the £186,000 forecast in their first full year [@post].')).status, 'supported');
  });

  test('an amendment\'s mover and seconder are not the motion\'s', async () => {
    const judged = await judgeAgainst([
      {
        name: 'committee-minutes.md',
        text: lines(
          '# Environment Committee minutes',
          '',
          '### 5. Furnace Lane recycling centre: opening hours',
          '',
          '5.1 Cllr Thwaite (Kettlesby East) moved, and Cllr Menzies seconded, the following motion:',
          '',
          '> "That seven-day opening at Furnace Lane be restored from 1 June 2025."',
          '',
          '5.2 Officers advised that restoring seven-day opening would cost £186,000 a year.',
          '',
          '5.4 **Amendment.** Cllr Loxley moved, and Cllr Sattar seconded, an amendment to delete "seven-day opening at Furnace Lane be restored from 1 June 2025" and insert "the site open on Wednesdays".',
        ),
      },
      UNRELATED,
    ]);
    const menzies = await judged('Cllr Thwaite, who represents Kettlesby East, moved that seven-day opening at Furnace Lane be restored from 1 June, and Cllr Menzies seconded him [@committee-minutes].');
    assert.equal(menzies.status, 'supported', menzies.withheld?.why);
    const sattar = await judged('Cllr Thwaite moved that seven-day opening at Furnace Lane be restored from 1 June, and Cllr Sattar seconded him [@committee-minutes].');
    assert.notEqual(sattar.status, 'supported');
    assert.match(sattar.withheld?.why ?? '', /seconded by Menzies/);
    assert.equal((await judged('Cllr Loxley moved an amendment to open the Furnace Lane site on Wednesdays, and Cllr Sattar seconded it [@committee-minutes].')).withheld?.test, undefined);
    // An amendment described by what it proposed is the amendment's.
    assert.equal((await judged('Cllr Loxley, seconded by Cllr Sattar, proposed opening the Furnace Lane site on Wednesdays instead [@committee-minutes].')).withheld?.test, undefined);
  });

  test('a weekday written with its date is that date, not the next one after the story\'s', async () => {
    const judged = await judgeAgainst([
      { name: 'gazette.md', text: lines('# Traders plan protest', '', '**West Marches Gazette** | Wednesday 19 March 2025', '', 'The association says it will hold an "empty pitch" protest on Saturday 29 March, when members will stay away from the market.') },
      { name: 'courier.md', text: lines('# Harbour fair', '', '**Courier** | Wednesday 19 March 2025', '', 'The harbour fair will open on Saturday, the organisers said.') },
      UNRELATED,
    ]);
    const wrong = await judged('The association has called an "empty pitch" protest for Saturday 22 March [@gazette].');
    assert.notEqual(wrong.status, 'supported');
    assert.ok(wrong.cited?.unsupported?.includes('22'), JSON.stringify(wrong.cited?.unsupported));
    assert.equal((await judged('The association has called an "empty pitch" protest for Saturday 29 March [@gazette].')).status, 'supported');
    assert.equal((await judged('The harbour fair opens on Saturday 22 March [@courier].')).status, 'supported');
  });

  test('"Of the 23 sites, 14 were vacant" counts sites: no "14 patrol officers" gives it', async () => {
    const judged = await judgeAgainst([{ name: 'echo.txt', text: lines('Echo', '', 'The result is that 23 of the county\'s 61 crossing patrol sites lost their funding. Nine of those sites were already vacant, so 14 patrol officers were made redundant.') }, UNRELATED]);
    assert.notEqual((await judged('Of the 23 sites, 14 were already vacant [@echo].')).status, 'supported');
    assert.equal((await judged('Of the 23 sites, nine were already vacant [@echo].')).status, 'supported');
  });

  test('quoted words a paper gives to a named speaker, with an aside before "said", are theirs', async () => {
    const judged = await judgeAgainst([{ name: 'courier.txt', text: lines('Courier', '', 'Cllr Ruth Okafor, who chairs the council\'s leisure committee, said: "I share residents\' frustration. A new roof should not leak, full stop, and we have told the contractor so."', '', 'Dave Pritchard, the pool manager, said the leak was being monitored daily.') }, UNRELATED]);
    const v = await judged('"A new roof should not leak, full stop," Mr Pritchard said.');
    assert.notEqual(v.status, 'supported');
    assert.match(v.withheld?.why ?? '', /Okafor/);
    assert.equal((await judged('"A new roof should not leak, full stop," Cllr Okafor said.')).status, 'supported');
  });

  test('a corrections column\'s "We also said" items withdraw; where it said and gives several figures, no one is the fix', async () => {
    const judged = await judgeAgainst([
      { name: 'courier-report.txt', text: lines('Courier', '', 'The refurbishment of the pool was forecast to cost £3.84m, £1.44m more than planned.', '', 'Lessons were moved to Tillingford Leisure Centre, 11 miles away.') },
      {
        name: 'courier-corrections.txt',
        text: lines('ALDERMOSS COURIER, Friday 14 March 2025', 'CORRECTIONS AND CLARIFICATIONS', '', 'In our report of 7 March ("Leak forces baths to shut again") we said the refurbishment of the pool was forecast to cost £3.84m, £1.44m more than planned. The correct forecast is £3.48m, which is £1.08m over the £2.4m budget.', '', 'We also said that Tillingford Leisure Centre, where swimming lessons have been moved, is 11 miles from Aldermoss. It is 8 miles away.'),
      },
      UNRELATED,
    ]);
    const over = await judged('The refurbishment of the pool was forecast to cost £3.84m [@courier-report].');
    assert.equal(over.status, 'contradicted');
    assert.equal(over.contradiction?.ambiguous, true, over.contradiction?.sourceText);
    const miles = await judged('Lessons were moved to Tillingford Leisure Centre, 11 miles away [@courier-report].');
    assert.equal(miles.status, 'contradicted');
    assert.equal(miles.contradiction?.sourceText, '8');
    assert.equal((await judged('Lessons were moved to Tillingford Leisure Centre, 8 miles away [@courier-corrections].')).status, 'supported');
  });

  test('a caller the sentence names by the label\'s words is the turn\'s speaker', async () => {
    const judged = await judgeAgainst([{ name: 'coastfm-phone-in.txt', text: lines('COAST FM BREAKFAST PHONE-IN', '', 'PRESENTER: Should the council pay to fix the pier?', '', "Caller (Mike, Holmcliffe): No. It's a nice old thing, but it's not a hospital. That's two million that could go on potholes.") }, UNRELATED]);
    const v = await judged('A caller from Holmcliffe said the pier was "a nice old thing, but it\'s not a hospital".');
    assert.notEqual(v.withheld?.test, 'speaker', v.withheld?.why);
  });

  test('"had fallen to 13,512" where the source has it growing to 13,512 is contradicted', async () => {
    const judged = await judgeAgainst([{ name: 'echo.md', text: lines('# Echo', '', "The group's list has grown to 13,512 patients as of 1 October, from 13,300 when the two surgeries merged in April.") }, UNRELATED]);
    const fell = await judged("By October the merged group's list had fallen to 13,512 patients [@echo].");
    assert.equal(fell.status, 'contradicted');
    assert.equal(fell.contradiction?.claimSpan, undefined);
    assert.equal((await judged("By October the merged group's list had grown to 13,512 patients [@echo].")).status, 'supported');
  });

  test('minutes\' own heading says which weekday their date was', async () => {
    const judged = await judgeAgainst([{ name: 'minutes.md', text: lines('# Hallowford Town Council: Environment Committee', '', '**Thursday 13 March 2025, 7.00pm, Council Chamber, Hallowford Town Hall**', '', 'Present: Cllr Helen Brackley (Chair), Cllr Tom Pettit, Cllr Ann Doyle.', '', '1. The committee considered the proposal to close the public toilets.') }, UNRELATED]);
    const wrong = await judged('The committee met on Wednesday 13 March under the chairmanship of Cllr Helen Brackley [@minutes].');
    assert.equal(wrong.status, 'contradicted');
    assert.equal(wrong.contradiction?.sourceText, 'Thursday');
    assert.notEqual((await judged('The committee met on Thursday 13 March under the chairmanship of Cllr Helen Brackley [@minutes].')).status, 'contradicted');
  });

  test('a reporter\'s notes: "Amdt vote 4-8-1. LOST." is the amendment\'s outcome, not the motion\'s', async () => {
    const judged = await judgeAgainst([{ name: 'harland-notes.md', text: lines('# Notes: policy committee, 25 Feb', '', '- 19:30 start. Halsall in chair.', '- 20:15 Amdt vote 4-8-1. LOST. Mossop abst.', '- 20:50 Sub motion 9-3-1. CARRIED. Wilde backed amdt but voted FOR motion after amdt fell.') }, UNRELATED]);
    const v = await judged('The substantive motion was then carried by nine votes to three [@harland-notes].');
    assert.notEqual(v.withheld?.test, 'fate', v.withheld?.why);
    assert.equal((await judged('The amendment was lost by four votes to eight [@harland-notes].')).withheld?.test, undefined);
  });

  test('"three pounds forty" is £3.40', async () => {
    const judged = await judgeAgainst([{ name: 'phone-in.txt', text: lines('Radio phone-in', '', 'CALLER: It would cost about six pounds a day against three pounds forty now.') }, UNRELATED]);
    assert.ok(!(await judged('The caller said the day fare would rise to about £6, from £3.40 [@phone-in].')).cited?.unsupported?.includes('3.40'));
    assert.ok((await judged('The caller said the day fare would rise to about £6, from £3.60 [@phone-in].')).cited?.unsupported?.includes('3.60'));
  });

  test('review of this round\'s rules: each reads only what it was written for', async () => {
    const judged = await judgeAgainst([
      { name: 'bypass.txt', text: lines('Bypass upkeep bill revealed', '', 'Kettlesby Evening Post, 20 March 2025', '', 'Maintaining the new Kettlesby bypass will cost the council £186,000 a year, officers told the highways committee on Tuesday.') },
      { name: 'corrections.txt', text: lines('Corrections and clarifications', '', 'Kettlesby Evening Post, 22 March 2025', '', 'In our report on Holmcliffe library (3 March), we said the council would save £186,000 a year by cutting opening hours. The saving is £168,000 a year.', '', 'In our report on the leisure centre contract (15 March), we said the council pays £216,000 a year for the contract and £40,000 a year for maintenance. This was incorrect. The contract costs £126,000 a year, and maintenance £40,000.') },
      { name: 'youth.txt', text: lines('Youth club row', '', 'Published 12 March 2025', '', 'Jade Okonkwo, replying to Derek Plimmer, said: "We\'re not against the kids at all."') },
      { name: 'club.txt', text: lines('Kettlesby match moved', '', 'Wednesday 19 March 2025', '', 'On 18 March the club said the rearranged match against Ashby would be played on Saturday at the Kettlesby ground.') },
      { name: 'planning.txt', text: lines('Planning Committee minutes, 12 March 2025', '', 'Item 4: Cllr Pike moved that the application for 14 Station Road be refused, and Cllr Sattar seconded. The motion was carried, 5 votes to 2. Cllr Lee moved an amendment to defer it, which fell.') },
      { name: 'expenses.txt', text: lines('Councillors\' expenses published', '', 'Councillor Ann Jones claimed £5,200 in expenses last year, the highest of any member. Councillor Ben Smith claimed £3,100.') },
      { name: 'flood.txt', text: lines('Flood', '', 'Forty residents were evacuated from Mill Lane because of the heavy rain, firefighters said.') },
      UNRELATED,
    ]);
    // A figure a correction withdraws from another story is no contradiction of this one.
    assert.equal((await judged('Officers said maintaining the Kettlesby bypass would cost £186,000 a year [@bypass].')).status, 'supported');
    // A figure the sentence gives as well is no other of several: £126,000 is the fix.
    const contract = await judged('The council pays £216,000 a year for the leisure centre contract and £40,000 a year for maintenance.');
    assert.equal(contract.contradiction?.sourceText, '£126,000');
    assert.ok(!contract.contradiction?.ambiguous);
    // The speaker is the one the quotation's own sentence names.
    assert.notEqual((await judged('"We\'re not against the kids at all," Jade Okonkwo said.')).withheld?.test, 'speaker');
    // A date before a weekday does not make the weekday that date.
    assert.equal((await judged('The rearranged match will be played on Saturday 22 March, the club said [@club].')).status, 'supported');
    // An amendment in the paragraph does not hide a wrong address.
    assert.equal((await judged('Cllr Pike moved that the application for 14 Mill Lane be refused [@planning].')).status, 'contradicted');
    // "claimed £5,200 in expenses" is his own claim, not reported speech: the figure is Jones's.
    assert.equal((await judged('Councillor Ben Smith claimed £5,200 in expenses last year.')).suggestions.length, 0);
    // "Because of the heavy rain, 40 were evacuated" counts no rain.
    assert.equal((await judged('Because of the heavy rain, 40 residents were evacuated from Mill Lane [@flood].')).status, 'supported');
  });

  test('"left the chamber" leaves: a passage where she remained in it says otherwise; "the left wing" is a side', async () => {
    const judged = await judgeAgainst([{ name: 'minutes.txt', text: lines('Minutes', '', '3. Cllr Bev Rowntree declared an interest as a member of the Friends of Kettlesby Pier and remained in the chamber for the vote.', '', '4. The left wing of the pavilion will be repainted in May.') }, UNRELATED]);
    assert.equal((await judged('Cllr Bev Rowntree declared an interest as a member of the Friends and left the chamber for the vote [@minutes].')).status, 'contradicted');
    assert.equal((await judged('Cllr Bev Rowntree declared an interest as a member of the Friends and stayed in the chamber for the vote [@minutes].')).status, 'supported');
    assert.equal((await judged('The left wing of the pavilion will be repainted in May [@minutes].')).status, 'supported');
  });

  test('a difference worked out from two figures the source gives is no figure of its own: no fix puts another in', async () => {
    const judged = await judgeAgainst([{ name: 'report.md', text: lines('# Rent report', '', '2.2 The increase raises the average weekly rent from £98.40 to £105.19 and is forecast to generate additional rental income of £1.48m in 2024/25.') }, UNRELATED]);
    const v = await judged('The rise will take the average weekly rent from £98.40 to £105.19, an increase of £6.79 [@report].');
    assert.equal(v.status, 'supported', v.contradiction?.sourceText);
    const wrong = await judged('The rise will take the average weekly rent from £98.40 to £105.19, an increase of £7.79 [@report].');
    assert.notEqual(wrong.status, 'supported');
    assert.equal(wrong.contradiction?.sourceText, '£6.79');
    // A figure written with a multiplier is fixed as written ("£1.2m", not "£1,200,000.0m"); a fair rounding stands.
    const judgedBudget = await judgeAgainst([{ name: 'budget.txt', text: lines('Budget', '', 'The repair budget went from £3.5m in 2023 to £4.7m in 2024 and is forecast to reach £4.734m next year.') }, UNRELATED]);
    const scaled = await judgedBudget('The repair budget went from £3.5m to £4.7m, an increase of £1.4m [@budget].');
    assert.equal(scaled.status, 'contradicted');
    assert.equal(scaled.contradiction?.sourceText, '£1.2m');
    assert.notEqual((await judgedBudget('The repair budget went from £3.5m to £4.7m, an increase of £1.2m [@budget].')).status, 'contradicted');
    assert.equal((await judgedBudget('The repair budget went from £3.5m to £4.7 million, an increase of £1.4 million [@budget].')).contradiction?.sourceText, '£1.2 million');
    // (Only a figure the sentence calls a change or a total: two other numbers adding up to it by chance prove nothing.)
    const judgedRates = await judgeAgainst([{ name: 'rates.txt', text: lines('Money markets', '', 'The key three months interbank sterling rate gained 1/16 point at 10 9-7/8 pct.') }, UNRELATED]);
    assert.notEqual((await judgedRates('The key three months interbank sterling rate gained 1/16 point at 4 9-7/8 pct [@rates].')).status, 'supported');
  });

  test('"is suitable for pushchairs" where the passage says of it "not suitable for … pushchairs" is contradicted; what it is not suitable for elsewhere is not', async () => {
    const judged = await judgeAgainst([{ name: 'diversion.txt', text: lines('Coast path diversion', '', 'The diversion route includes a steep climb and two stiles, so it is not suitable for wheelchairs or pushchairs.', '', 'The diversion route is well signed and open every day.') }, UNRELATED]);
    const v = await judged('The diversion route is step-free and suitable for pushchairs [@diversion].');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.claimSpan, undefined);
    assert.notEqual((await judged('The diversion route is suitable for walkers [@diversion].')).status, 'contradicted');
    assert.notEqual((await judged('The diversion route is open every day [@diversion].')).status, 'contradicted');
  });

  test('"appeared on no records" says what "did not appear on the records" does; "appeared on the records" is still denied by it', async () => {
    const judged = await judgeAgainst([{ name: 'report.txt', text: lines('Site report', '', 'Excavation beneath Mill Road uncovered a brick culvert and a water main that did not appear on the utility company\'s records.') }, UNRELATED]);
    const v = await judged('Workers found a brick culvert and a water main that appeared on no records beneath Mill Road [@report].');
    assert.notEqual(v.status, 'contradicted', v.contradiction?.sourceText);
    assert.equal((await judged('Workers found a brick culvert and a water main that appeared on the utility company\'s records beneath Mill Road [@report].')).status, 'contradicted');
  });

  test('each vote a sentence gives is checked on the matter its own words name; a person "of" a village is a person', async () => {
    const judged = await judgeAgainst([{ name: 'minutes.md', text: lines('# Fund panel minutes', '', '**Present:** Ann Orrell (Chair); Janet Pryce and Rhys Beddow (Brackenhow); Alan Greaves (Stanecross).', '', '4.2 Alan Greaves moved an amendment that Stanecross be guaranteed 40 per cent of grants.', '', '4.3 **Vote on the amendment.** For (1): Alan Greaves. Against (2): Ann Orrell, Janet Pryce. Abstained (1): Rhys Beddow.', '', '4.4 **Vote on the substantive motion.** For (4): Ann Orrell, Janet Pryce, Rhys Beddow, Alan Greaves.') }, UNRELATED]);
    const v = await judged('Ms Pryce, who had opposed the amendment, voted for the substantive motion [@minutes].');
    assert.notEqual(v.status, 'contradicted', v.contradiction?.because);
    assert.equal((await judged('Ms Pryce, who had backed the amendment, voted for the substantive motion [@minutes].')).status, 'contradicted');
    const beddow = await judged('Rhys Beddow of Brackenhow voted against the amendment.');
    assert.equal(beddow.status, 'contradicted');
    assert.match(beddow.contradiction?.because ?? '', /Abstained/);
    assert.equal(beddow.suggestions.length, 0);
  });

  test('"the first parish to receive help" is a rank: a passage that says "the eleventh parish to receive help" contradicts it', async () => {
    const judged = await judgeAgainst([{ name: 'release.txt', text: lines('Diocese grant', '', "St Anne's is the eleventh parish to receive help from the fund for roof repairs since it was set up.") }, UNRELATED]);
    const v = await judged("St Anne's is the first parish to receive help from the fund for roof repairs.");
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.sourceText, 'eleventh');
    assert.equal(v.suggestions.length, 0);
    assert.equal((await judged("St Anne's is the eleventh parish to receive help from the fund for roof repairs.")).status, 'supported');
  });

  test('"next meets on 8 April" is not contradicted by another event\'s date beside "its next steps" where the minutes give 8 April for the next meeting', async () => {
    const judged = await judgeAgainst([
      { name: 'minutes.md', text: lines('# Transport committee', '', '## Minutes of the meeting held on Tuesday 11 March 2025 at 6.30pm, Castle Hall', '', '### 3. Minutes of the previous meeting', '', 'The minutes of the meeting held on 4 February 2025 were approved as a correct record.', '', '### 6. Mill Road', '', 'The Chief Executive undertook to report on options to the next meeting.', '', '### 7. Date of next meeting', '', 'Tuesday 8 April 2025 at 6.30pm.', '', 'The meeting closed at 8.52pm.') },
      { name: 'story.txt', text: lines('Traders', '', "The residents' group said it would hold a public meeting at the church hall on 27 March to decide its next steps.") },
      UNRELATED,
    ]);
    const v = await judged('The committee next meets on 8 April.');
    assert.notEqual(v.status, 'contradicted', v.contradiction?.sourceText);
    assert.equal((await judged('The committee next meets on 9 April.')).status, 'contradicted');
  });

  test('"has already held" is not what "will hold" says: unsupported, with why; without "already" a scheduled event may be reported done', async () => {
    const judged = await judgeAgainst([{ name: 'release.txt', text: lines('New caterer', '', 'Greenplate will hold taster sessions for pupils and parents in every school in June, the council said.') }, UNRELATED]);
    const v = await judged('Greenplate has already held taster sessions for pupils and parents in every school.');
    assert.equal(v.status, 'unsupported');
    assert.equal(v.reason, 'says-otherwise');
    assert.equal(v.suggestions.length, 0);
    assert.equal((await judged('Greenplate held taster sessions for pupils and parents in every school in June.')).status, 'supported');
    const done = await judgeAgainst([{ name: 'story.txt', text: lines('New caterer', '', 'Greenplate has held taster sessions for pupils and parents in every school, the council said.') }, UNRELATED]);
    assert.equal((await done('Greenplate has already held taster sessions for pupils and parents in every school.')).status, 'supported');
  });

  test('"rated five" is contradicted by "rated 4 at its previous inspection": the words after a preposition count nothing', async () => {
    const judged = await judgeAgainst([{ name: 'report.txt', text: lines('Catering report', '', '3.3 The kitchen had been rated 4 at its previous inspection in 2023.', '', '3.4 The central kitchen was given a food hygiene rating of one out of five in January.') }, UNRELATED]);
    const v = await judged('At its previous inspection, in 2023, the kitchen had been rated five.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.sourceText, '4');
    assert.notEqual((await judged('At its previous inspection, in 2023, the kitchen had been rated four.')).status, 'contradicted');
  });

  test('in a large index a hit far weaker than the best is not read closely; in a folder of a writer\'s size it is', async () => {
    const strong = 'The Bramley orchard trust planted forty apple trees beside the river in March.';
    const weak = 'Willow trees line the river below the weir.';
    const claim = 'The Bramley orchard trust planted forty apple trees beside the river.';
    const filler = Array.from({ length: 20_000 }, (_, i) => `Entry ${i} of the ledger records a delivery of slate number ${i * 7} to the quarry office.`);
    const read = async (paragraphs: readonly string[]) => {
      const v = await (await judgeAgainst([{ name: 'notes.txt', text: lines('Notes', '', strong, '', weak, '', ...paragraphs.flatMap((p) => [p, ''])) }, UNRELATED]))(claim);
      return (v.overall?.evidence ?? []).map((e) => e.source.text.slice(e.span.start, e.span.end));
    };
    const small = await read(filler.slice(0, 50));
    assert.ok(small.includes(strong) && small.includes(weak), small.join(' | '));
    const large = await read(filler);
    assert.ok(large.includes(strong), large.join(' | '));
    assert.ok(!large.includes(weak), large.join(' | '));
  });

  test('an amendment "defeated" where the vote records it carried: in one sentence, and in minutes under the line that moves it', async () => {
    const story = await judgeAgainst([{ name: 'story.txt', text: lines('Tram vote', '', 'The amendment was carried by six votes to five, with one abstention.') }, UNRELATED]);
    assert.equal((await story('The amendment was defeated by six votes to five.')).status, 'contradicted');
    assert.notEqual((await story('The amendment was carried by six votes to five.')).status, 'contradicted');
    const minutes = await judgeAgainst([{ name: 'minutes.md', text: lines('# Transport committee minutes', '', '**Amendment.** Moved by Cllr Bevan, seconded by Cllr Kilby:', '', 'To add: "(d) commissions an independent review of the construction contract with Harland Stoke Construction Ltd."', '', 'Vote on the amendment:', '', '- For (6): Cllrs Bevan, Chandran, Ellery, Hussain, Kilby, Marsh', '- Against (5): Cllrs Ashdown, Doyle, Fagan, Greaves, Jarvis', '', 'The amendment was CARRIED.') }, UNRELATED]);
    const v = await minutes('His amendment calling for an independent review of the Harland Stoke contract was defeated [@minutes].');
    assert.notEqual(v.status, 'supported');
    assert.equal(v.suggestions.length, 0);
    assert.equal((await minutes('His amendment calling for an independent review of the Harland Stoke contract was carried [@minutes].')).status, 'supported');
  });

  test('"did not accept that the warnings had been ignored" denies that they were ignored', async () => {
    const judged = await judgeAgainst([{ name: 'council.txt', text: lines('Council', '', 'The council leader, Ann Reeve, said she did not accept that the flood warnings had been ignored by officers.') }, UNRELATED]);
    assert.equal((await judged('Ann Reeve said the flood warnings had been ignored by officers.')).status, 'contradicted');
    assert.notEqual((await judged('Ann Reeve said she did not accept that the flood warnings had been ignored by officers.')).status, 'contradicted');
  });

  test('a year given with its day is stated only with that day: "by 31 March 2027" against "by 31 March 2028", whatever else says 2027', async () => {
    const judged = await judgeAgainst([{ name: 'report.md', text: lines('# Greenway bid', '', '5.2 Grants from the fund must be spent by 31 March 2028.', '', '7.1 The programme is: construction start, April 2026; opening, 2027.', '', '7.2 The 2024/25 budget is £9.6m, of which £6.2m is committed to the maintenance contract, which runs until March 2025.') }, UNRELATED]);
    const v = await judged('The grant must be spent by 31 March 2027.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.sourceText, '2028');
    assert.notEqual((await judged('The grant must be spent by 31 March 2028.')).status, 'contradicted');
    // (A financial year is no rival for a month's year.)
    assert.notEqual((await judged('The maintenance contract runs until March 2025.')).status, 'contradicted');
  });

  test('review of this round\'s rules: each reaches only what it was written for', async () => {
    const one = async (source: string, sentence: string) => (await judgeAgainst([{ name: 'src.txt', text: lines('Notes', '', source) }, UNRELATED]))(sentence);
    // A "no" object agrees only with a denial of the same verb over the same object, not another one of the sentence.
    assert.equal((await one('Police found traces of cocaine in the kitchen but did not find a weapon, a spokesman said.', 'Police found no traces of cocaine in the kitchen.')).status, 'contradicted');
    // "passed with no objections" says how it passed.
    assert.equal((await one('The motion to sell the harbour car park was not passed.', 'The motion to sell the harbour car park passed with no objections.')).status, 'contradicted');
    // "The first chance to see" is no rank; another school's rank is not the sentence's.
    assert.notEqual((await one('Residents can see the Mill Road plans at Ellerby Village Hall on Monday, with the second chance to comment on them at a drop-in session in May.', 'Residents get the first chance to see the Mill Road plans at Ellerby Village Hall on Monday.')).status, 'contradicted');
    assert.notEqual((await one('Ashby Primary became the first in the county to gain the Platinum award, in January, with Brook Lane the second school to gain it, in March.', 'Ashby Primary was the first school to gain the Platinum award.')).status, 'contradicted');
    // A count led by the same word, with words after it the sentence does not have, is no rival.
    assert.notEqual((await one('The kitchen at Brook Lane Primary is now rated 5 after a new extraction system was fitted, the council said.', 'The kitchen at Brook Lane Primary was rated 3 in 2021.')).status, 'contradicted');
    assert.notEqual((await one('The Porthallow lifeboat crew rescued 6 on Tuesday and 8 on Wednesday, when two yachts got into difficulty off the headland.', 'Over two days the Porthallow lifeboat crew rescued 14.')).status, 'contradicted');
    // "Having already raised …" says nothing of the verb the passage has only as what will happen.
    assert.notEqual((await one('The Ellerby Hall Trust has already raised £20,000 from local businesses and will open the community cafe in June, chair Rob Hale said.', 'Having already raised £20,000 from local businesses, the Ellerby Hall Trust opened the community cafe in June.')).status, 'unsupported');
    // A borough is no person to vote.
    const borough = await one('Present: Cllr Paul Robinson (Wirral); Cllr Ian Maher (Sefton). For (2): Paul Robinson, Ian Maher. Against (1): Graham Morgan.', 'The Metropolitan Borough of Wirral voted for the motion.');
    assert.notEqual(borough.status, 'contradicted', borough.contradiction?.because);
    // Another body's next meeting is not the sentence's.
    const next = await judgeAgainst([
      { name: 'story.txt', text: lines('Bus gate', '', 'The transport committee will meet again on 15 April to decide on the Mill Road bus gate, its chair said.') },
      { name: 'licensing.md', text: lines('# Licensing panel', '', '### 5. Date of next meeting', '', 'Tuesday 8 April 2025 at 6.30pm.') },
      UNRELATED,
    ]);
    assert.equal((await next('The transport committee next meets on 8 April to decide on the Mill Road bus gate.')).status, 'contradicted');
    // A vote's matter is read up to the next clause: "voted for it and the amendment fell" is the motion's vote.
    const vote = await judgeAgainst([{ name: 'minutes.txt', text: lines('Minutes', '', '4. Cllr Dyson moved an amendment. For (2): Cllrs Dyson, Pike. Against (4): Cllrs Hale, Moss, Trevail, Orrell. The amendment fell.', '', '5. The motion to grant the playing field lease to Ellerby Football Club was carried. For (4): Cllrs Hale, Moss, Trevail, Orrell. Against (2): Cllrs Pike, Dyson.') }, UNRELATED]);
    assert.equal((await vote('The motion to grant the playing field lease was carried after Cllr Pike voted for it and the amendment fell.')).status, 'contradicted');
  });

  test('"its sixteenth school" against "our fifteenth school" is a rank; "a pecuniary interest" against "a non-pecuniary interest" is turned around', async () => {
    const radio = await judgeAgainst([{ name: 'radio.txt', text: lines('Phone-in', '', 'PRESENTER: The trust takes over Millbrook in September.', '', 'TRUST CHIEF: Millbrook will be our fifteenth school, and we are proud to take it on.') }, UNRELATED]);
    const v = await radio('Millbrook will be its sixteenth school.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.sourceText, 'fifteenth');
    assert.notEqual((await radio('Millbrook will be its fifteenth school.')).status, 'contradicted');
    const minutes = await judgeAgainst([{ name: 'minutes.txt', text: lines('Minutes', '', '2.1 Cllr Fiona Reddy declared a non-pecuniary interest as a member of the Friends of Ambleford Museum.') }, UNRELATED]);
    const p = await minutes('Cllr Reddy had declared a pecuniary interest as a member of the Friends of Ambleford Museum.');
    assert.equal(p.status, 'contradicted');
    assert.equal(p.suggestions.length, 0);
    assert.notEqual((await minutes('Cllr Reddy had declared a non-pecuniary interest as a member of the Friends of Ambleford Museum.')).status, 'contradicted');
  });

  test('a name a corrections column puts right: "Mr Pelling" is no rival of the story\'s withdrawn "Graham Pelham", and a sentence telling of the error is not contradicted by it', async () => {
    const judged = await judgeAgainst([
      { name: 'story.txt', text: lines('Head to quit', '', 'Chair of governors Graham Pelham said: "This is not the outcome any of us wanted, but the children cannot wait."') },
      { name: 'corrections.txt', text: lines('Corrections and clarifications', '', 'Our report of 9 February gave the name of the chair of governors at Millbrook Primary School as Graham Pelham. He is Graham Pelling. We apologise to Mr Pelling.', '', 'In the same report we said that the new roof would cost £168,000. It will cost £186,000.') },
      UNRELATED,
    ]);
    const v = await judged('Mr Pelling said the children "cannot wait" [@story].');
    assert.notEqual(v.status, 'contradicted', v.contradiction?.sourceText);
    const told = await judged('The Gazette first printed the chair\'s name as Graham Pelham, an error it later corrected [@corrections].');
    assert.notEqual(told.status, 'contradicted', told.contradiction?.sourceText);
    const figure = await judged('The paper\'s first report put the cost of the new roof at £168,000, a figure it has since corrected [@corrections].');
    assert.notEqual(figure.status, 'contradicted', figure.contradiction?.sourceText);
    // (Without saying it was the paper's error, the withdrawn name and figure are still contradicted.)
    assert.equal((await judged('The chair of governors is Graham Pelham [@corrections].')).status, 'contradicted');
    assert.equal((await judged('The new roof will cost £168,000 [@corrections].')).status, 'contradicted');
  });

  test('"opening hours" is no opening: a sentence that galleries will shut is not contradicted by it', async () => {
    const judged = await judgeAgainst([{ name: 'release.txt', text: lines('Ambleford Town Museum to close two galleries and reduce opening hours', '', 'The trustees have agreed to close the Maritime Gallery and the Mill Gallery and to reduce the museum\'s opening hours, following a cut in its council grant.') }, UNRELATED]);
    const v = await judged('Ambleford Town Museum will shut its Maritime Gallery and Mill Gallery, following a cut in its council grant.');
    assert.notEqual(v.status, 'contradicted', v.contradiction?.sourceText);
    const open = await judgeAgainst([{ name: 'notice.txt', text: lines('Notice', '', 'The Maritime Gallery will stay open through the winter, the trustees said.') }, UNRELATED]);
    assert.equal((await open('The Maritime Gallery will shut through the winter, the trustees said.')).status, 'contradicted');
  });

  test('a tally a note to self asks about ("check vote 7-3 or 8-3") states neither; a tally stated still rivals', async () => {
    const notes = await judgeAgainst([{ name: 'notes.md', text: lines('# Notes, volunteers meeting', '', '- amendment on Sunday opening moved by Cllr Dunmore', '- TODO: call AM re reserve; check vote 7-3 or 8-3 w/ Dem Services') }, UNRELATED]);
    assert.notEqual((await notes('The amendment was defeated by seven votes to four.')).status, 'contradicted');
    const story = await judgeAgainst([{ name: 'story.txt', text: lines('Vote', '', 'The amendment on Sunday opening was defeated 7-3 at the meeting.') }, UNRELATED]);
    assert.equal((await story('The amendment on Sunday opening was defeated by seven votes to four.')).status, 'contradicted');
  });

  test('a tally in a sentence naming no matter is not set against an amendment\'s', async () => {
    const judged = await judgeAgainst([{ name: 'minutes.md', text: lines('# Scrutiny call-in', '', '3.6 **Motion.** It was moved by Cllr Croft and seconded by Cllr Lyle: "That the committee takes no further action and the decision takes effect."', '', '3.7 **Amendment 1.** It was moved by Cllr Banks that the decision be referred back to Cabinet. On being put to the vote, the amendment was LOST (For 4, Against 7).') }, UNRELATED]);
    const v = await judged('The committee then voted by seven to three to take no further action and let the decision take effect.');
    assert.notEqual(v.status, 'contradicted', v.contradiction?.sourceText);
    assert.equal((await judged('The amendment to refer the decision back to Cabinet was lost by seven votes to three.')).status, 'contradicted');
  });

  test('a correction of a name withdraws the name, not what else a sentence says of the place it names', async () => {
    const judged = await judgeAgainst([
      { name: 'corrections.txt', text: lines('Corrections and clarifications', '', "In the same report we misspelled the name of the headteacher of St Botolph's Church of England Primary School in Wrenfold. She is Harriet Colley, not Harriet Copley.") },
      { name: 'school.txt', text: lines('School reopens', '', "Smoke from the recycling site closed St Botolph's Church of England Primary School in Wrenfold for three days.") },
      UNRELATED,
    ]);
    const v = await judged("Smoke from the site closed St Botolph's Church of England Primary School in Wrenfold for three days [@school].");
    assert.notEqual(v.status, 'contradicted', v.contradiction?.sourceText);
    assert.equal((await judged("The headteacher of St Botolph's, Harriet Copley, closed the school [@school].")).status, 'contradicted');
  });

  test('"which closed in 2019, had been due to reopen" opens: no opposite for "due to open"', async () => {
    const judged = await judgeAgainst([{ name: 'story.txt', text: lines('Theatre delay', '', 'The Victorian theatre on Market Street, which closed in 2019, had been due to reopen with a gala performance on Saturday 14 September.') }, UNRELATED]);
    const v = await judged('The Victorian theatre on Market Street had been due to open with a gala on Saturday 14 September.');
    assert.notEqual(v.status, 'contradicted', v.contradiction?.sourceText);
    const shut = await judgeAgainst([{ name: 'story.txt', text: lines('Theatre', '', 'The Victorian theatre on Market Street closed with a gala performance on Saturday 14 September.') }, UNRELATED]);
    assert.equal((await shut('The Victorian theatre on Market Street opened with a gala performance on Saturday 14 September.')).status, 'contradicted');
  });

  test('second review of this round\'s rules: each reaches only what it was written for', async () => {
    const one = async (source: string, sentence: string) => (await judgeAgainst([{ name: 'src.txt', text: lines('Notes', '', source) }, UNRELATED]))(sentence);
    // "non-" is another's where the closest passage has the word itself.
    const minutes = await judgeAgainst([{ name: 'minutes.txt', text: lines('Minutes', '', 'Cllr Ray declared a pecuniary interest in item 6, as the owner of a neighbouring property, and left the room for that item.', '', 'Cllr Barnes declared a non-pecuniary interest in item 7 as a member of the Mill Road allotment society.') }, UNRELATED]);
    assert.notEqual((await minutes('Cllr Ray declared a pecuniary interest in item 6 and left the room.')).status, 'contradicted');
    // "not among the councillors who voted to approve" denies no approval.
    assert.notEqual((await one('Cllr Hale was not among the councillors who voted to approve 40 homes at Mill Road on Tuesday.', 'Councillors voted to approve 40 homes at Mill Road on Tuesday.')).status, 'contradicted');
    // "did not accept that the scheme approved by the cabinet had failed" denies the failing, not the approval.
    assert.notEqual((await one('Cllr Moss said she did not accept that the cycle lane scheme approved by the cabinet in 2021 had failed.', 'The cabinet approved the cycle lane scheme in 2021.')).status, 'contradicted');
    // A sentence telling of the paper's error is still checked for the rest.
    const told = await judgeAgainst([
      { name: 'story.txt', text: lines('Parish council', '', 'Graham Pelham was re-elected chair of Denton Parish Council on Tuesday by seven votes to four.') },
      { name: 'corrections.txt', text: lines('Corrections and clarifications', '', 'Our report of 9 February gave the name of the chair of Denton Parish Council as Graham Pelham. He is Graham Pelling.') },
      UNRELATED,
    ]);
    assert.equal((await told('Our first report gave the name of the chair of Denton Parish Council as Graham Pelham, who was re-elected on Tuesday by nine votes to four.')).status, 'contradicted');
    // A surname is the corrected person's only after a title.
    const pelling = await judgeAgainst([
      { name: 'story.txt', text: lines('Head to quit', '', 'Chair of governors Graham Pelham said: "The children cannot wait."', '', 'Parent governor Ann Pelling said she was sorry to see the head go.') },
      { name: 'corrections.txt', text: lines('Corrections and clarifications', '', 'Our report gave the name of the chair of governors as Graham Pelham. He is Graham Pelling.') },
      UNRELATED,
    ]);
    assert.notEqual((await pelling('Ann Pelling said the children "cannot wait" [@story].')).status, 'supported');
    // An owner's rank is another's where the sentence gives it to another, or ranks two things.
    assert.notEqual((await one('The trust will open its sixteenth school, Oakfield Primary, in September. Its fifteenth, Ferndale Primary, joined the trust in 2023.', 'Ferndale Primary joined the trust in 2023 as its fifteenth school.')).status, 'contradicted');
    assert.notEqual((await one('The festival, now in its fifth year, moved to Castle Meadow in its third, organisers said.', 'The festival moved to Castle Meadow in its third year, organisers said.')).status, 'contradicted');
    assert.notEqual((await one('Dr Amira Khan takes over from Sarah Lee, the first woman to lead the trust, on 1 May.', 'Dr Amira Khan, who takes over on 1 May, is the second woman to lead the trust.')).status, 'contradicted');
    // A year with a day is rivalled only by a year given that day.
    assert.notEqual((await one('Carrow bridge, closed since May 2024, is expected to reopen in 2026. The county council said the target date for reopening was 30 September.', 'Carrow bridge is expected to reopen on 30 September 2026, the county council said.')).status, 'contradicted');
    // A motion's own words under the line that moves it are no outcome.
    const moved = await judgeAgainst([{ name: 'minutes.md', text: lines('# Minutes of full council', '', '## 9. Notice of motion: Denton library', '', '**Motion.** Moved by Cllr Hart, seconded by Cllr Ode:', '', 'Council notes that the cabinet approved the closure of Denton library in January, and calls on the cabinet to review its decision.', '', 'After debate, the motion was LOST by 9 votes to 5.', '', '## 10. Notice of motion: bus services', '', '**Motion.** Moved by Cllr Ode, seconded by Cllr Bevan:', '', 'Council notes that the county council rejected the proposal for a new bus route to Carrow, and asks the leader to write to the county council.', '', 'After debate, the motion was CARRIED unanimously.') }, UNRELATED]);
    assert.equal((await moved("Cllr Ode's motion asking the leader to write to the county council about the bus route to Carrow was carried [@minutes].")).status, 'supported');
    // A count led by the same word in a sentence about another venue is no rival.
    const lion = await one('The Red Lion in Denton was rated 2 at its previous inspection, while the Old Bell was also inspected and kept its top score.', 'At its previous inspection, the Old Bell in Denton was rated five.');
    assert.notEqual(lion.contradiction?.sourceText, '2');
    // A tally that went as the sentence says agrees, whatever it was on: "It was lost by eight votes to four".
    const lost = await judgeAgainst([{ name: 'minutes.md', text: lines('# Minutes', '', '7.2 Cllr Mossop moved an amendment to defer the decision. On being put to the vote the amendment was LOST (For 4, Against 8, Abstained 1).', '', '7.3 The substantive motion was CARRIED (For 9, Against 3).') }, UNRELATED]);
    assert.notEqual((await lost('It was lost by eight votes to four, with one abstention [@minutes].')).status, 'contradicted');
  });

  test('"It fell by five votes to three, with Cllr Lindqvist abstaining" agrees with the amendment\'s recorded vote, though she voted for the motion', async () => {
    const judged = await judgeAgainst([{ name: 'minutes.md', text: lines('# Events committee', '', '4.5 Cllr Hensall moved an amendment to move the market to the Recreation Ground.', '', 'Vote on the amendment: For (3): Cllrs Hensall, Parry, Whitlock. Against (5): Cllrs Bryce, Collyer, Marsh, Natarajan, Oduya. Abstained (1): Cllr Lindqvist.', '', 'The amendment was LOST.', '', '4.6 Vote on the substantive motion: For (6): Cllrs Bryce, Collyer, Lindqvist, Marsh, Natarajan, Oduya. Against (2): Cllrs Hensall, Parry. Abstained (1): Cllr Whitlock.') }, UNRELATED]);
    const v = await judged('It fell by five votes to three, with Cllr Faye Lindqvist abstaining.');
    assert.notEqual(v.status, 'contradicted', v.contradiction?.because);
    assert.equal((await judged('Cllr Susan Whitlock voted against the substantive motion.')).status, 'contradicted');
    // (A sentence naming no matter, whose subject is no "it", speaks of the decision: she voted for it.)
    assert.equal((await judged('Cllr Faye Lindqvist abstained.')).status, 'contradicted');
  });

  test('a vote a close passage gives the person in prose: "who voted against" is no "who voted for"', async () => {
    const judged = await judgeAgainst([{ name: 'story.txt', text: lines('Rescue deal', '', 'Cllr Derek Hume, who voted against, said the council was "rewarding a company that did not pay its rent".', '', 'Cllr Ann Pike voted for the amendment but against the motion.') }, UNRELATED]);
    const v = await judged('Mr Hume, who voted for the package, said the council was rewarding a company that had not paid its rent [@story].');
    assert.notEqual(v.status, 'supported');
    assert.equal(v.suggestions.length, 0);
    assert.notEqual((await judged('Mr Hume, who voted against the package, said the council was rewarding a company that had not paid its rent [@story].')).status, 'contradicted');
    // (Another matter's vote is no rival: she voted for the amendment.)
    assert.notEqual((await judged('Cllr Ann Pike voted for the amendment [@story].')).status, 'contradicted');
  });

  test('a sentence naming no matter, beside only an amendment\'s recorded vote, speaks of that vote', async () => {
    const judged = await judgeAgainst([{ name: 'minutes.md', text: lines('# Trust board minutes', '', '**Present (voting members):** Gillian Marsh (Chair); Colin Beddoes (Director of Finance); Sarah Whitlock (Non-Executive Director); Janet Cole (Director of Estates).', '', '5.5 **Vote on the amendment.** For (2): Gillian Marsh, Sarah Whitlock. Against (2): Colin Beddoes, Janet Cole.') }, UNRELATED]);
    const v = await judged('Colin Beddoes and Sarah Whitlock voted against.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.suggestions.length, 0);
    assert.notEqual((await judged('Colin Beddoes and Janet Cole voted against.')).status, 'contradicted');
  });

  test('a day the draft gives with its year is replaced with the year: a fix never puts the source\'s day before the draft\'s year', async () => {
    const fixed = async (source: string, text: string) => {
      const s = await makeService([{ name: 'works.txt', text: lines('Bridge works', '', source) }, UNRELATED]);
      const ds = (await s.getDiagnostics(doc(text + '\n'))).filter((d) => d.code === 'claim.contradicted');
      assert.equal(ds.length, 1, text);
      const actions = await s.getCodeActions(doc(text + '\n'), ds[0].range, ds, ['quickfix']);
      const replace = actions.find((a) => /^Use the source/.test(a.title));
      return { message: ds[0].message, after: replace ? applyEdits(text, replace.edits) : undefined };
    };
    const dated = await fixed('The council said the repair works on Carrow bridge will be finished by 31 March 2026, later than planned.', 'The repair works on Carrow bridge will be finished by 30 April 2027.');
    assert.match(dated.message, /the draft says 30 April 2027; the source says 31 March 2026/);
    assert.equal(dated.after, 'The repair works on Carrow bridge will be finished by 31 March 2026.');
    const american = await fixed('The council said the repair works on Carrow bridge will be finished by March 31, 2026, later than planned.', 'The repair works on Carrow bridge will be finished by April 30, 2027.');
    assert.equal(american.after, 'The repair works on Carrow bridge will be finished by March 31, 2026.');
    // (The same year: only the day changes.)
    assert.equal((await fixed('The council said the repair works on Carrow bridge will be finished by 31 March 2027, later than planned.', 'The repair works on Carrow bridge will be finished by 30 April 2027.')).after, 'The repair works on Carrow bridge will be finished by 31 March 2027.');
    // (The source's day has no year and the source gives none for itself: which year it is, the writer must see; the warning stays.)
    const bare = await fixed('The council said the repair works on Carrow bridge will be finished on 31 March, later than planned.', 'The repair works on Carrow bridge will be finished on 30 April 2027.');
    assert.match(bare.message, /the source says 31 March/);
    assert.equal(bare.after, undefined);
  });

  test('a figure on the other side of the same thing: "£80,000 below the valuation" where the source says "above … not below it"', async () => {
    const judged = await judgeAgainst([{ name: 'correction.md', text: lines('# Correction', '', 'The agreed sale price of £2.4 million for the Quarry Lane depot is therefore £80,000 above the district valuer\'s figure, not below it as our report said.') }, UNRELATED]);
    const below = await judged('The agreed price for the Quarry Lane depot is £80,000 below the district valuer\'s figure.');
    assert.equal(below.status, 'contradicted');
    assert.equal(below.contradiction?.sourceText, 'above');
    assert.equal(below.suggestions.length, 0);
    assert.notEqual((await judged('The agreed price for the Quarry Lane depot is £80,000 above the district valuer\'s figure.')).status, 'contradicted');
    // (The same side in other words, or another figure's side, is no rival.)
    assert.notEqual((await judged('The agreed price for the Quarry Lane depot is £80,000 higher than the district valuer\'s figure.')).status, 'contradicted');
  });

  test('"who spoke and voted against" is a vote in prose: "voted in favour" is contradicted and not cited to it', async () => {
    const judged = await judgeAgainst([{ name: 'story.md', text: lines('# Depot sale', '', 'Ward councillor Helen Marsh, who spoke and voted against the application, said the town would regret the loss of the depot.') }, UNRELATED]);
    const v = await judged('Helen Marsh voted in favour of the application, though she said the town would regret the loss of the depot.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.suggestions.length, 0);
    assert.notEqual((await judged('Helen Marsh voted against the application.')).status, 'contradicted');
  });

  test('a count "of those" counts what the count before it did, and a possessive before the noun is whose it is', () => {
    const units = (text: string) => quantitiesOf(readSentence(text)).map((q) => q.unit);
    assert.deepEqual(units('Of these, 9 trusses show loss of section, and 3 of those (T7, T8 and T12) are classed as critical.'), ['truss', 'truss']);
    assert.deepEqual(units('Of 40 staff, 12 of them left.'), ['staff', 'staff']);
    assert.deepEqual(units('She said three of the crew\'s members had been off sick.'), ['member']);
    // (A bracket's list after a count is no counted thing; nor is a count "of them" with none before it.)
    assert.deepEqual(units('Two of them have been off sick since April.').slice(0, 1), [undefined]);
  });

  test('a table row\'s figure in a cell that says it counts something else does not state the sentence\'s: "| 4 weeks |" gives no four trusses', async () => {
    const report = lines(
      '# Roof report',
      '',
      '1.2 The roof is carried by 22 steel trusses. Of these, 9 trusses show loss of section, and 3 of those (T7, T8 and T12) are classed as critical.',
      '',
      '| Option | Description | Estimated cost | Programme |',
      '|---|---|---|---|',
      '| A | Temporary propping of critical trusses only | £240,000 | 4 weeks |',
      '| B | Strengthen 9 trusses | £1,650,000 | 18 weeks |',
    );
    const judged = await judgeAgainst([{ name: 'report.md', text: report }, UNRELATED]);
    const v = await judged('Four of those trusses were classed as critical.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.sourceText, '3');
    assert.equal((await judged('Three of those trusses were classed as critical.')).status, 'supported');
    // (A cell's figure with no other word in it still states it: propping takes four weeks.)
    assert.notEqual((await judged('Temporary propping of the critical trusses would take 4 weeks.')).status, 'contradicted');
  });

  test('a motion carried after an amendment\'s debate and vote is a decision, and the amendment\'s own fate is not the motion\'s', async () => {
    const minutes = lines(
      '# Leisure committee minutes',
      '',
      '**12/04 POOL ROOF**',
      '',
      'Moved by Cllr Fairley, seconded by Cllr Baines:',
      '',
      'That the Committee (a) approves repairs to the pool roof at a cost of £1.2 million, funded from the capital reserve; (b) notes the target date of 1 September for reopening the pool.',
      '',
      'AMENDMENT moved by Cllr Harrow, seconded by Cllr Birtles:',
      '',
      'To add: "(c) establishes a clubs transport fund of £20,000."',
      '',
      'Cllr Harrow said the clubs had been left to fend for themselves.',
      '',
      'A recorded vote was requested on the amendment.',
      '',
      'For (4): Cllrs Birtles, Harrow, Pryce, Quigley',
      '',
      'The amendment was LOST.',
      '',
      'The motion was CARRIED.',
      '',
      '**12/05 CAFE LEASE**',
      '',
      'Moved by Cllr Baines, seconded by Cllr Marr:',
      '',
      'That the Committee grants a new lease of the pool cafe to Riverside Catering.',
      '',
      'Cllr Quigley asked about the rent.',
      '',
      'Officers answered questions on the lease terms.',
      '',
      'Cllr Marr thanked officers.',
      '',
      '**12/06 PARKING**',
      '',
      'The car park charges were noted. The motion was CARRIED.',
    );
    const judged = await judgeAgainst([{ name: 'minutes.md', text: minutes }, UNRELATED]);
    const v = await judged('The committee approved £1.2 million for the pool roof repairs, funded from the capital reserve [@minutes].');
    assert.equal(v.status, 'supported', v.reason);
    // (Another item's outcome, past its heading, is not this motion's: the cafe lease stays a proposal.)
    assert.notEqual((await judged('The committee granted a new lease of the pool cafe to Riverside Catering [@minutes].')).status, 'supported');
  });

  test('opinions in the words of comment pieces are not checked: hindsight, "whatever … decides", "hard to read … as", "does … no credit", "paid a high price"', () => {
    for (const text of [
      'With hindsight, that promise looks painfully thin.',
      'Whatever the committee decides in June, the families who built their weeks around the pool deserve better.',
      'It is hard to read the trust\'s statement as anything other than an attempt to bury the figures.',
      'The way the contract was run does the board no credit.',
    ]) assert.ok(isOpinion(analyzeClaim(text)), text);
    // (Findings in words that can be opinions are still checked; so is a day in the opening clause.)
    for (const text of [
      'Inspectors found that leaders at Fenby Academy were complacent about attendance.',
      'The closure notice was plainly displayed at the pool entrance, the investigation found.',
      'The council paid a high price for the Quarry Lane depot, above the district valuer\'s figure, the audit found.',
      'Whatever the leisure committee decides on 12 June, the families deserve better.',
      'The new road signs on Carrow Road are hard to read, the county\'s road safety audit found.',
    ]) assert.ok(!isOpinion(analyzeClaim(text)), text);
    // (A figure or a date after the opening clause is still stated.)
    assert.ok(!isOpinion(analyzeClaim('Whatever the committee decides, the families deserve better than the £20,000 offered in June.')));
    assert.ok(!isOpinion(analyzeClaim('The council is optimistic that the pool will reopen.')));
  });

  test('no false "opposite": a relation seen from its other end, what a sum is to be spent on, a noun\'s "funding", notes\' list items read apart', async () => {
    const one = async (source: string, sentence: string) => (await judgeAgainst([{ name: 'src.txt', text: lines('Notes', '', source) }, UNRELATED]))(sentence);
    // "her husband" is "his wife" seen from her side; "his husband" is not.
    const couple = 'Tom Rudd, 68, collapsed at his home in Fenby on Sunday. His wife, Ann, called an ambulance.';
    assert.notEqual((await one(couple, 'Ann Rudd called an ambulance after her husband Tom collapsed at their home in Fenby.')).status, 'contradicted');
    // "to be spent" says what a saving is for.
    const saving = 'The trust says the change will save around £300,000 a year, money it says will be reinvested in the town hub.';
    assert.notEqual((await one(saving, 'The trust said the change would free up around £300,000 a year to be spent at the town hub.')).status, 'contradicted');
    assert.equal((await one(saving, 'The trust said the change will spend around £300,000 a year.')).status, 'contradicted');
    // "a funding proposal" is not what "had not been funded" denies; "had been funded" is.
    const funded = 'He said the new vehicle had not yet been funded and a funding proposal would go to the finance committee in May.';
    assert.notEqual((await one(funded, 'He said a funding proposal for the new vehicle would go to the finance committee in May.')).status, 'contradicted');
    assert.equal((await one(funded, 'He said the new vehicle had been funded.')).status, 'contradicted');
    // Notes' list: an amendment's "FELL 4-5" on its own item is not the motion's outcome.
    const notes = lines('- motion Baird/Orr: reinstate the crew by 1 Oct', '- amendment Forsyth/Dalgleish: review by Dec. FELL 4-5', '- motion carried 6-2, Mackie abstained', '- ask Sandhu why');
    assert.equal((await one(notes, 'The motion was carried by six votes to two, with Councillor Mackie abstaining.')).status, 'supported');
    assert.notEqual((await one(notes, 'The motion fell by six votes to two.')).status, 'supported');
  });

  test('a recorded vote listed as "For the motion (6): …" is read on its matter: the motion\'s list for the motion, the amendment\'s for the amendment', async () => {
    const judged = await judgeAgainst([{ name: 'minutes.md', text: lines('# Scrutiny committee', '', 'On a recorded vote, the amendment was defeated:', '', '- For the amendment (4): Councillors Dale, Forbes, Mackie and Sandhu.', '- Against the amendment (5): Councillors Baird, Grant, Munro, Orr and Wallace.', '', 'On a recorded vote, the substantive motion was carried:', '', '- For the motion (6): Councillors Baird, Grant, Munro, Orr, Sandhu and Wallace.', '- Against the motion (2): Councillors Dale and Forbes.', '- Abstained (1): Councillor Mackie.') }, UNRELATED]);
    assert.equal((await judged('Councillor Sandhu voted against the motion.')).status, 'contradicted');
    assert.equal((await judged('Councillor Forbes voted for the motion.')).status, 'contradicted');
    assert.notEqual((await judged('Councillor Sandhu voted for the motion.')).status, 'contradicted');
    assert.notEqual((await judged('Councillor Sandhu voted for the amendment.')).status, 'contradicted');
    assert.equal((await judged('Councillor Sandhu voted against the amendment.')).status, 'contradicted');
  });

  test('a remark a correction says the paper gave to the wrong person: the sentence giving it to them is contradicted, cited or not', async () => {
    const story = { name: 'gazette-costs.txt', text: lines('THE HOLLINSBY GAZETTE', '', 'Pool roof repair bill put at £2.1m', '', '"This building has been patched up for too long," said Cllr Mark Fairley. "Residents are paying the price."') };
    const correction = { name: 'gazette-correction.md', text: lines('# The Hollinsby Gazette', '', '## Corrections and clarifications', '', 'The same article attributed the remark "This building has been patched up for too long" to Cllr Mark Fairley. Those words were said by Cllr Denise Harrow, the councillor for Brackenfield ward. Cllr Fairley did not make that comment.') };
    const judged = await judgeAgainst([story, correction, UNRELATED]);
    for (const sentence of ['"This building has been patched up for too long," Cllr Mark Fairley said.', '"This building has been patched up for too long," Cllr Mark Fairley said [@gazette-costs].']) {
      const v = await judged(sentence);
      assert.equal(v.status, 'contradicted', sentence);
      assert.equal(v.contradiction?.sourceText, 'Cllr Denise Harrow');
      assert.equal(v.contradiction?.ambiguous, true);
    }
    assert.notEqual((await judged('"This building has been patched up for too long," Cllr Denise Harrow said.')).status, 'contradicted');
    // (Another remark of the same article is not withdrawn.)
    assert.notEqual((await judged('"Residents are paying the price," said Cllr Mark Fairley [@gazette-costs].')).status, 'contradicted');
  });

  test('a transcript\'s initials are the name at its head they stand for: "SM:" is "Subject: Sean Mackie"', async () => {
    const transcript = { name: 'interview.txt', text: lines('INTERVIEW TRANSCRIPT', 'Subject: Sean Mackie, head coach, Otters Swimming Club', 'Interviewer: Claire Dunmore (CD), Hollinsby Gazette', '', 'CD: How is the club managing without the pool?', '', 'SM: We\'re training in the dark and driving home in the dark. We have six hours at Kelbrook now, against fourteen before.', '', 'CD: And the younger swimmers?', '', 'SM: They have lost their lessons altogether.') };
    const judged = await judgeAgainst([transcript, UNRELATED]);
    assert.equal((await judged('"We\'re training in the dark and driving home in the dark," Mr Mackie said.')).status, 'supported');
    // (The interviewer is not the one who said it.)
    assert.notEqual((await judged('"We\'re training in the dark and driving home in the dark," Ms Dunmore said.')).status, 'supported');
  });

  test('a masthead\'s founding year dates nothing: "Serving the coast since 1871" above "Thursday 12 October 2023" makes "last year" 2022', async () => {
    const judged = await judgeAgainst([{ name: 'gazette.txt', text: lines('THE DUNMARROW GAZETTE', 'Serving Dunmarrow and the coast since 1871', 'Thursday 12 October 2023', '', 'HARBOUR DREDGE FINISHES LATE', '', 'By Niamh Corr', '', 'The authority awarded the dredging contract to Haldane Dredging Ltd at a board meeting on 14 December last year.', '', 'The work took thirty-one weeks.') }, UNRELATED]);
    assert.notEqual((await judged('The dredging contract was awarded to Haldane Dredging Ltd in December 2022 [@gazette].')).status, 'contradicted');
    const v = await judged('The dredging contract was awarded to Haldane Dredging Ltd in December 2021 [@gazette].');
    assert.equal(v.status, 'contradicted');
    assert.match(v.contradiction?.sourceText ?? '', /2022/);
  });


  test('review of the round\'s rules (trials 198-201): each reaches only what it was written for', async () => {
    const one = async (source: string, sentence: string) => (await judgeAgainst([{ name: 'src.txt', text: lines('Notes', '', source) }, UNRELATED]))(sentence);
    // Above/below: a sentence giving both sides, the comparison told from its other end, another place, a told-of error.
    assert.notEqual((await one('Attendance at Fenby Primary was 3 per cent below the national average last term, while Carrow Primary was 3 per cent above the national average, the county\'s figures show.', 'Attendance at Carrow Primary was 3 per cent above the national average last term.')).status, 'contradicted');
    assert.notEqual((await one('The trust receives a grant of £45,000 this year, which is £5,000 more than last year\'s grant.', 'Last year\'s grant to the trust was £5,000 less than this year\'s grant of £45,000.')).contradiction?.sourceText, 'more than');
    assert.notEqual((await one('Band D council tax in Fenby is 5 per cent above the county average.', 'Band D council tax in Carrow is 5 per cent below the county average.')).contradiction?.sourceText, 'above');
    assert.notEqual((await one('The price was £80,000 above the district valuer\'s figure.', 'Some councillors wrongly claimed the price was £80,000 below the district valuer\'s figure.')).contradiction?.sourceText, 'above');
    // A day with its year: not another date's year, and not a day inside another ("1 March" in "31 March 2025").
    const parapet = await one('Last year\'s resurfacing of Carrow bridge was finished on 30 June 2025. This year\'s repairs to the bridge parapet will be complete by 30 June, the council said.', 'This year\'s repairs to the Carrow bridge parapet will be complete by 31 July 2026.');
    assert.ok(parapet.contradiction === undefined || parapet.contradiction.ambiguous || !/2025/.test(parapet.contradiction.sourceText), parapet.contradiction?.sourceText);
    const opening = await one('The new Carrow bridge will open to traffic on 1 March, almost a year after the old bridge closed on 31 March 2025.', 'The new Carrow bridge will open to traffic on 1 May 2026.');
    assert.ok(!/1 March 2025/.test(opening.contradiction?.sourceText ?? ''), opening.contradiction?.sourceText);
    // A table cell's other word is a unit of time or measure only: "45 flats" may be homes, "14 no." roof lights.
    const table = lines('| Site | Developer | Homes | Affordable |', '|---|---|---|---|', '| Quarry Lane | Fenby Homes | 120 new homes | 36 |', '| Mill Road | Carrow Estates | 45 flats | 12 |', '| Station Yard | Orchard Living | 60 dwellings | 18 |');
    assert.notEqual((await one(table, 'Carrow Estates was approved to build 45 homes at Mill Road.')).status, 'contradicted');
    assert.notEqual((await one(table, 'Orchard Living was approved to build 60 homes at Station Yard, 18 of them affordable.')).status, 'contradicted');
    // "of those" after two counts may be either's.
    assert.equal((await one('The Quarry Lane estate\'s 120 homes were built by 4 developers between 2019 and 2023, and 30 of those were sold to housing associations.', 'The Quarry Lane estate\'s homes were built by four developers, and 25 of those were sold to housing associations.')).status, 'contradicted');
    // Minutes: a lost motion after an amendment's paragraph; another item's "Agreed"; a procedural "agreed".
    const pool = (tail: string) => lines('4. Pool roof', '', 'Moved by Cllr Fairley, seconded by Cllr Baines:', '', 'That the Committee approves repairs to the pool roof at a cost of £1.2 million, funded from the capital reserve.', '', 'Cllr Harrow asked about the timetable.', '', 'Officers said work could start in May.', '', 'Cllr Quigley asked about the clubs.', '', tail);
    const roof = 'The committee approved £1.2 million for the pool roof repairs, funded from the capital reserve.';
    assert.notEqual((await one(pool(lines('5. Cafe lease', '', 'Agreed to grant the lease for five years.')), roof)).status, 'supported');
    assert.notEqual((await one(pool(lines('Cllr Harrow withdrew his amendment to add the changing rooms, and the motion was LOST on the chair\'s casting vote.', '', '5. Cafe lease', '', 'Agreed to grant the lease for five years.')), roof)).status, 'supported');
    assert.notEqual((await one(pool(lines('The mover agreed not to press the motion to a vote.', '', 'Agreed that officers bring a fully costed report to the June meeting.', '', '## 5. Cafe lease')), roof)).status, 'supported');
    // Notes: another matter's outcome, a motion's own words before its outcome.
    assert.equal((await one(lines('- parking motion carried 6-2', '- library opening hours: deferred to July, more info needed'), 'A motion on library opening hours was deferred to July.')).status, 'supported');
    assert.equal((await one(lines('- PARKING MOTION CARRIED 6-2', '- library opening hours: deferred to July, more info needed'), 'A decision on library opening hours was deferred to July.')).status, 'supported');
    assert.equal((await one('- MOTION to reject Fenby Homes bid: CARRIED 7-1', 'The planning committee rejected the Fenby Homes bid by seven votes to one.')).status, 'supported');
    // A bare outcome with a tally after an amendment that has its own is the motion's.
    assert.notEqual((await one('Moved by Cllr Orr, seconded by Cllr Baird: That the committee releases £410,000 from reserves for the Fenby hub. An amendment by Cllr Forsyth to halve the sum was LOST 3-6. CARRIED 7-2.', 'The committee\'s motion to release £410,000 from reserves for the Fenby hub was lost by six votes to three.')).status, 'supported');
    // A motion's own words naming an earlier motion carried are no outcome.
    assert.equal((await one('Moved by Cllr Orr, seconded by Cllr Baird: That the motion carried on 12 March to cut library opening hours be rescinded. After debate the motion was LOST, 3 votes to 6.', 'A motion to rescind the March decision to cut library opening hours was lost by six votes to three.')).status, 'supported');
    // "is to be closed" is what is to happen; "the funding came through" is no modifier.
    assert.equal((await one('The Carrow Road day centre is to be opened on 3 March, the council said.', 'The Carrow Road day centre is to be closed on 3 March, the council said.')).status, 'contradicted');
    assert.notEqual((await one('The Fenby lido restoration has not been funded, the trust said.', 'The trust\'s chairman said on Friday the funding came through for the Fenby lido restoration.')).status, 'supported');
    // A prose vote on an amendment is no vote on the sentence's matter.
    assert.notEqual((await one('Cllr Derek Hume, who spoke and voted against the amendment, later backed the sale of the Quarry Lane depot.', 'Cllr Derek Hume voted for the sale of the Quarry Lane depot.')).status, 'contradicted');
  });

  test('what is yet to be done, in more words: "would receive a full refund", "is due to be presented", "we\'re presenting … on the 17th"', async () => {
    const one = async (source: string, sentence: string) => (await judgeAgainst([{ name: 'src.txt', text: lines('Notes', '', source) }, UNRELATED]))(sentence);
    const refund = await one('Whitlock Academic Dress, which supplies the gowns, said anyone who had hired a gown would receive a full refund.', 'Whitlock Academic Dress has already refunded everyone who hired a gown.');
    assert.equal(refund.suggestions.length, 0);
    assert.notEqual(refund.status, 'supported');
    const due = await one('The petition is due to be presented to full council on 17 October.', 'The petition was presented to full council on 17 October.');
    assert.equal(due.suggestions.length, 0);
    const presenting = await one('Then we\'re presenting the petition to full council on the 17th of October.', 'The petition was presented to full council on 17 October.');
    assert.equal(presenting.suggestions.length, 0);
    // (What is going on is what a sentence saying it was going on says; and what was done stays done.)
    assert.equal((await one('Councillor Kerr said: "We are asking shopkeepers to carry the risk of somebody else\'s experiment."', 'Councillor Kerr said shopkeepers were being asked to carry the risk of somebody else\'s experiment.')).status, 'supported');
    assert.equal((await one('Whitlock Academic Dress said it had refunded everyone who hired a gown, and would write to them.', 'Whitlock Academic Dress has refunded everyone who hired a gown.')).status, 'supported');
  });

  test('"The motion to defer the planters decision was carried" is the deferral the minutes record', async () => {
    const one = async (source: string, sentence: string) => (await judgeAgainst([{ name: 'minutes.txt', text: lines('Minutes', '', source) }, UNRELATED]))(sentence);
    const minutes = 'Cllr Hale moved that the planters decision be deferred to June. The motion to defer was CARRIED unanimously (7-0).';
    assert.equal((await one(minutes, 'The motion to defer the planters decision was carried unanimously.')).status, 'supported');
    assert.notEqual((await one(minutes, 'The motion to defer the planters decision was lost.')).status, 'supported');
    assert.notEqual((await one(minutes, 'The planters decision was approved unanimously.')).status, 'supported');
  });

  test('the same town\'s other place after the same word: "at Marlbury Leisure Centre" where the passage says "at Marlbury Guildhall"', async () => {
    const judged = await judgeAgainst([
      { name: 'courier.txt', text: lines('Vale Courier', '', 'The Drinking Water Authority opened an investigation on Monday. Chief inspector Helen Okafor told a press conference at Marlbury Guildhall that customers deserved answers.') },
      { name: 'notice.txt', text: lines('Notice', '', 'Bottled water stations will open from 8am at Marlbury Leisure Centre and Ashby Fold Village Hall.') },
      UNRELATED,
    ]);
    const v = await judged('Chief inspector Helen Okafor told a press conference at Marlbury Leisure Centre that customers deserved answers.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.sourceText, 'Marlbury Guildhall');
    assert.equal((await judged('Chief inspector Helen Okafor told a press conference at Marlbury Guildhall that customers deserved answers.')).status, 'supported');
    assert.notEqual((await judged('Bottled water stations opened at Marlbury Leisure Centre.')).status, 'contradicted');
  });

  test('a quotation given after its verb ("…," said Jean Lindsay) to another of the family, or to the one before a quotation that goes on, is not cited to them', async () => {
    const judged = await judgeAgainst([{ name: 'courier.txt', text: lines('Courier', '', 'Archie Lindsay, 71, collapsed at his home. His wife, Jean, dialled 999 at 11.48pm.', '', '"Before March there would have been a second ambulance at Mill Road," Callum Lindsay said. "Someone in an office decided Glenlochar can wait."') }, UNRELATED]);
    const jean = await judged('"Someone in an office decided Glenlochar can wait," said Jean Lindsay.');
    assert.notEqual(jean.status, 'supported');
    assert.equal(jean.suggestions.length, 0);
    assert.equal((await judged('"Someone in an office decided Glenlochar can wait," said Callum Lindsay.')).status, 'supported');
    assert.equal((await judged('"Someone in an office decided Glenlochar can wait," said Mr Lindsay.')).status, 'supported');
  });

  test('"May said the industry favored …": a name with a capital is no modal', async () => {
    const judged = await judgeAgainst([{ name: 'wire.txt', text: lines('Poultry inspection', '', 'May said the chicken industry favored moving away from bird-by-bird inspection to a risk assessment system.') }, UNRELATED]);
    assert.equal((await judged('The chicken industry favored moving away from bird-by-bird inspection to a risk assessment system, May said.')).status, 'supported');
  });

  test('true sentences of trial 203: a "with no …" phrase ends at its comma, a figure after a comma is not denied, a time of day written another way', async () => {
    const one = async (source: string, sentence: string) => (await judgeAgainst([{ name: 'src.txt', text: lines('Notes', '', source) }, UNRELATED]))(sentence);
    assert.equal((await one('Every household will receive an automatic credit of £50. No claim is needed. Credits will be applied within 28 days of the notice being lifted.', 'Every household is due an automatic £50 credit, with no claim needed, applied within 28 days of the notice being lifted [@src].')).status, 'supported');
    assert.equal((await one('The laboratory result came back at about 2pm, more than seven hours before the notice went out at 9.40pm.', 'The notice was not issued until 9.40pm, more than seven hours after the result came back [@src].')).status, 'supported');
    const log = lines('| Date | Time | Event |', '|---|---|---|', '| 11 Sept | 14:05 | Laboratory confirms Cryptosporidium oocysts |', '| 11 Sept | 21:40 | Boil-water notice issued |');
    assert.equal((await one(log, 'The laboratory confirmed Cryptosporidium oocysts at 2.05pm on 11 September.')).status, 'supported');
    assert.notEqual((await one(log, 'The laboratory confirmed Cryptosporidium oocysts at 3.05pm on 11 September.')).status, 'supported');
    // (A denial still reaches what it denies.)
    assert.equal((await one('The council said a claim form was needed for every credit.', 'The council said no claim form was needed for the credit.')).status, 'contradicted');
  });

  test('review of the second batch (trials 202-205): speakers, corrections, initials, headers, plans and motions reach only what they were written for', async () => {
    const one = async (source: string, sentence: string, name = 'src.txt') => (await judgeAgainst([{ name, text: lines('Notes', '', source) }, UNRELATED]))(sentence);
    // "said Lindsay" is no other Lindsay; a title before a surname is no given name; a speaker after titles is the last name.
    assert.equal((await one('His son, Callum, runs the garage. "Someone in an office decided Glenlochar can wait," said Lindsay, who runs the village garage.', '"Someone in an office decided Glenlochar can wait," said Callum Lindsay.')).status, 'supported');
    assert.equal((await one('"It has been the privilege of my life," said Headteacher Lindsay at the leavers\' assembly on Friday.', '"It has been the privilege of my life," said Margaret Lindsay.')).status, 'supported');
    assert.equal((await one('"Customers deserve answers, and they will get them," Ms Okafor said at the Guildhall.', '"Customers deserve answers, and they will get them," said Chief Inspector Helen Okafor.')).status, 'supported');
    // A quotation with its own "she added" or "said his mother, Jean" is not the speaker's before it.
    assert.equal((await one('Ann Pryce, the club secretary, was close to tears. "We will appeal," Tom Hale said. "It is a disgrace and the council knows it," she added.', '"It is a disgrace and the council knows it," Ann Pryce said.')).status, 'supported');
    assert.equal((await one('"Before March there would have been a second ambulance at Mill Road," Callum Lindsay said. "I held his hand and counted the minutes," said his mother, Jean.', '"I held his hand and counted the minutes," said Jean Lindsay.')).status, 'supported');
    // A sentence telling of the misattribution, or denying the remark, is no misattribution; "it was made by" a cabinet is no speaker.
    const correction = lines('## Corrections and clarifications', '', 'The same article attributed the remark "This building has been patched up for too long" to Cllr Mark Fairley. Those words were said by Cllr Denise Harrow. Cllr Fairley did not make that comment.');
    assert.notEqual((await one(correction, 'The Gazette wrongly attributed the remark "This building has been patched up for too long" to Cllr Mark Fairley.')).status, 'contradicted');
    assert.notEqual((await one('Our article quoted Cllr Mark Fairley as saying "we had no choice but to close the pool" and attributed the decision to close it to Cllr Fairley. The decision was not his: it was made by Hollinsby Council\'s cabinet.', '"We had no choice but to close the pool," said Cllr Mark Fairley.')).contradiction?.kind, 'name');
    // Initials shared by two names of the head say nothing; brackets bind them.
    const interview = lines('Recorded at Kelbrook Leisure Centre. Also present: Sarah Mitchell, press officer.', 'Subject: Sean Mackie, head coach', '', 'SM: We\'re training in the dark and driving home in the dark.');
    assert.notEqual((await one(interview, '"We\'re training in the dark and driving home in the dark," Ms Mitchell said.')).suggestions.length, 1);
    // A headline with a colon is no transcript turn; a headline's year does not date the article.
    const herald = await judgeAgainst([{ name: 'herald.txt', text: lines('THE BRINDLE HERALD', 'Brindle Cross School: What Happens Now?', 'By Niamh Corr', '', 'Brindle Cross Primary School will close in July, the county council confirmed.', '', 'Parents have until Friday to respond.') }, UNRELATED]);
    assert.equal((await herald('Brindle Cross Primary School will close in July [@herald, para. 1].')).status, 'supported');
    const gazette = await judgeAgainst([{ name: 'gazette.txt', text: lines('THE DUNMARROW GAZETTE', 'Serving Dunmarrow and the coast since 1871', 'Harbour dredge will not finish before 2025', 'Thursday 12 October 2023', '', 'The authority awarded the contract to Haldane Dredging at a board meeting on 14 December last year.', '', 'The work is late.') }, UNRELATED]);
    assert.notEqual((await gazette('The contract was awarded to Haldane Dredging in December 2022 [@gazette].')).status, 'contradicted');
    assert.notEqual((await gazette('The contract was awarded to Haldane Dredging in December 2024 [@gazette].')).status, 'supported');
    // "centre's opening on 3 March" is done; "would go on to chair it" is told of the past; "set to work" did the work.
    assert.equal((await one('The new Carrow Road day centre\'s opening on 3 March was attended by the mayor.', 'The Carrow Road day centre opened on 3 March.')).suggestions.length, 1);
    assert.equal((await one('Ann Pryce was elected to Fenby Parish Council in 1971 and would go on to chair it for 19 years.', 'Ann Pryce chaired Fenby Parish Council for 19 years.')).suggestions.length, 1);
    assert.equal((await one('When the storm passed, volunteers set to work clearing the beach at Carn Sands.', 'When the storm passed, volunteers worked to clear the beach at Carn Sands.')).status, 'supported');
    // A motion to refuse that was lost is no refusal; a motion to defer that was defeated does not mean the scheme was approved.
    const refuse = lines('Cllr Orr moved that the application be refused on highway grounds. The motion to refuse was LOST, 3 votes to 5.', '', 'Cllr Baird then moved that the application be approved. The motion was CARRIED, 5 votes to 3.');
    assert.notEqual((await one(refuse, 'The motion to refuse the Fenby Homes application was carried.')).status, 'supported');
    assert.notEqual((await one('Cllr Hale moved that the planters decision be deferred to June. The motion to defer was CARRIED (5-2).', 'A motion to defer the planters decision was defeated, and the committee approved the £18,000 planters scheme.')).status, 'supported');
    // The claim's own place named with the rest in a passage read; a place written another way.
    const okafor = await judgeAgainst([
      { name: 'courier.txt', text: lines('Courier', '', 'Chief inspector Helen Okafor told a press conference at Marlbury Guildhall on Monday that customers deserved answers.') },
      { name: 'mercury.txt', text: lines('Mercury', '', 'At a packed public meeting at Marlbury Leisure Centre on Thursday evening, chief inspector Helen Okafor again said customers deserved answers.') },
      UNRELATED,
    ]);
    assert.notEqual((await okafor('Chief inspector Helen Okafor told a public meeting at Marlbury Leisure Centre that customers deserved answers.')).status, 'contradicted');
    assert.notEqual((await one('Chief inspector Helen Okafor told a press conference at Marlbury Guild Hall that customers deserved answers.', 'Chief inspector Helen Okafor told a press conference at Marlbury Guildhall that customers deserved answers.')).contradiction?.sourceText, 'Marlbury Guild Hall');
    // A tide's flood is no flood of a lane, and a passage with both tides contradicts neither; the ebb tide is no flood tide.
    assert.notEqual((await one('Strong currents run through the Carn channel on both the ebb and the flood.', 'Strong currents run through the Carn channel on the flood tide.')).status, 'contradicted');
    assert.notEqual((await one('The flooding in Mill Lane began on the ebb tide, when the Carrow could no longer drain.', 'The Mill Lane flood began when the Carrow could no longer drain into the estuary.')).status, 'contradicted');
    assert.equal((await one('The barges were going out to Carn Deep and the plume was coming back in on the flood tide, right over the bank.', 'The silt plume came back over the bank on the ebb tide from the barges going out to Carn Deep.')).status, 'contradicted');
  });

  test('"Our front-page report … stated that …" is a correction\'s item: its withdrawn figure is no rival, and the story it withdraws is contradicted', async () => {
    const judged = await judgeAgainst([
      { name: 'correction.txt', text: lines('THE TREVASSA PACKET', 'Wednesday 19 February 2025', '', 'CORRECTIONS AND CLARIFICATIONS', '', 'Our front-page report on the closure of the B4410 coast road stated that the official diversion via the A3120 adds 23 miles to a journey between Trevassa and Polmorran. That figure was wrong. The county council has confirmed that the diversion adds 17 miles.') },
      { name: 'landslip.txt', text: lines('THE TREVASSA PACKET', 'Monday 17 February 2025', '', 'Coast road shut after cliff gives way', '', 'The official diversion via the A3120 adds 23 miles to a journey between Trevassa and Polmorran, and Coastlink\'s route 72 bus has been sent the same way.') },
      UNRELATED,
    ]);
    assert.notEqual((await judged('The official diversion via the A3120 adds 17 miles to a journey between Trevassa and Polmorran [@correction].')).status, 'contradicted');
    assert.equal((await judged('The official diversion via the A3120 adds 23 miles to a journey between Trevassa and Polmorran [@landslip].')).status, 'contradicted');
  });

  test('a sum is no count of something else: "£2,300" is not stated by "2,300 candidates"', async () => {
    const judged = await judgeAgainst([{ name: 'minutes.md', text: lines('# Governors', '', 'The board said up to 2,300 candidates could be affected. The governors agreed that the cost of the appeals, £3,200, would be met from the school budget.') }, UNRELATED]);
    const v = await judged('The governors agreed that the appeals would cost £2,300, met from the school budget.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.sourceText, '£3,200');
    assert.equal((await judged('The governors agreed that the appeals would cost £3,200, met from the school budget.')).status, 'supported');
    // (A count of money's own words still states it: "65 mln dlrs" is "$65 million".)
    const wire = await judgeAgainst([{ name: 'wire.txt', text: lines('Wheat', '', 'The government will reimburse the wheat board about 65 mln dlrs to pay farmers for their crop.') }, UNRELATED]);
    assert.notEqual((await wire('The government will reimburse the wheat board about $65 million to pay farmers for their crop.')).status, 'contradicted');
  });

  test('review of the last mends: a wrong first name, "due to open", a plan\'s "would", "passed a motion to defer", a title with the initials, a remark\'s own "not", a paper\'s "## Corrections"', async () => {
    const one = async (source: string, sentence: string, name = 'src.txt') => (await judgeAgainst([{ name, text: lines('Notes', '', source) }, UNRELATED]))(sentence);
    const lindsay = await one('Callum Lindsay runs the village garage in Glenlochar. "Before March there would have been a second ambulance at Mill Road," Callum Lindsay said.', '"Before March there would have been a second ambulance at Mill Road," said Jean Lindsay.');
    assert.equal(lindsay.suggestions.length, 0);
    assert.notEqual(lindsay.status, 'supported');
    assert.equal((await one('The new Carrow Road day centre, due to open on 3 March, will have room for 40 people.', 'The Carrow Road day centre opened on 3 March.')).suggestions.length, 0);
    assert.equal((await one('With the final vote set to take place on 12 June, campaigners have stepped up their protests.', 'The final vote took place on 12 June.')).suggestions.length, 0);
    assert.equal((await one('Under the plan approved in January, the Fenby Trust would then finally reopen Fenby pool on 1 June.', 'The Fenby Trust reopened Fenby pool on 1 June.')).suggestions.length, 0);
    assert.equal((await one('Cllr Hale moved that the planters decision be deferred to June. The motion was CARRIED (5-2).', 'The committee passed a motion to defer the planters decision.')).status, 'supported');
    assert.equal((await one('Fishing boats at Carn leave on the flood tide and come back on the ebb, the harbourmaster said.', 'Fishing boats at Carn come back on the ebb tide, the harbourmaster said.')).status, 'supported');
    assert.equal((await one(lines('Subject: Sean Mackie, Site Manager, Kelbrook Leisure Centre', '', 'SM: We\'re training in the dark and driving home in the dark.'), '"We\'re training in the dark and driving home in the dark," Sean Mackie said.')).status, 'supported');
    const correction = lines('## Corrections and clarifications', '', 'The same article attributed the remark "We will not let this town lose its pool" to Cllr Mark Fairley. Those words were said by Cllr Denise Harrow.');
    assert.equal((await one(correction, '"We will not let this town lose its pool," said Cllr Mark Fairley.')).status, 'contradicted');
    const page = await judgeAgainst([
      { name: 'correction.md', text: lines('# The Trevassa Packet', '', '## Corrections', '', 'Our report on the closure of the B4410 coast road stated that the official diversion adds 23 miles to a journey between Trevassa and Polmorran. That figure was wrong. The county council has confirmed that the diversion adds 17 miles.') },
      { name: 'landslip.txt', text: lines('Landslip', '', 'The official diversion adds 23 miles to a journey between Trevassa and Polmorran.') },
      UNRELATED,
    ]);
    assert.equal((await page('The official diversion adds 23 miles to a journey between Trevassa and Polmorran [@landslip].')).status, 'contradicted');
  });

  test('a vote\'s list under the line that says what it was on: "The motion was then put and carried on a recorded vote:" / "- For (6): …"', async () => {
    const judged = await judgeAgainst([{ name: 'minutes.txt', text: lines('Full Council', '', '7. Fenby Library', '', 'Moved by Cllr Baird, seconded by Cllr Grant: That Fenby Library be closed on 31 May.', '', 'An amendment moved by Cllr Dale, to keep the library open on Saturdays, was put to a recorded vote and lost:', '', '- For the amendment (4): Councillors Dale, Forbes, Mackie and Orr.', '', '- Against the amendment (5): Councillors Baird, Grant, Munro, Sandhu and Wallace.', '', 'The motion was then put and carried on a recorded vote:', '', '- For (6): Councillors Baird, Grant, Munro, Orr, Sandhu and Wallace.', '', '- Against (3): Councillors Dale, Forbes and Mackie.') }, UNRELATED]);
    assert.equal((await judged('Councillor Sandhu voted for the amendment.')).status, 'contradicted');
    assert.notEqual((await judged('Councillor Sandhu voted against the amendment.')).status, 'contradicted');
    assert.notEqual((await judged('Councillor Orr voted for the amendment.')).status, 'contradicted');
    assert.equal((await judged('Councillor Orr voted against the motion.')).status, 'contradicted');
  });

  test('a verb that takes a clause is set against the verb before the same clause: "accepted that …" / "denied that it had …"', async () => {
    const judged = await judgeAgainst([{ name: 'echo.txt', text: lines('Echo', '', 'Ferrow Haulage\'s director Amir Lusk said the firm "regrets the delays to the route" but denied that it had broken its agreement with the council.') }, UNRELATED]);
    const v = await judged('Mr Lusk accepted that the firm had broken its agreement with the council.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.suggestions.length, 0);
    assert.notEqual((await judged('Mr Lusk denied that the firm had broken its agreement with the council.')).status, 'contradicted');
  });

  test('"has no footway" is what "lacks a footway" says, not its opposite', async () => {
    const judged = await judgeAgainst([{ name: 'report.txt', text: lines('Highways response', '', 'The highway authority notes that Quarry Lane is narrow in places and lacks a footway on its northern side between the school and the chapel.') }, UNRELATED]);
    assert.equal((await judged('Part of Quarry Lane has no footway on its northern side between the school and the chapel.')).status, 'supported');
  });

  test('a bare figure answering "How many …?" counts what the question asked about', async () => {
    const judged = await judgeAgainst([{ name: 'interview.txt', text: lines('Interview with Rosa Quint, chair of the Tollgate Allotment Society', '', 'RP: How many households are in the society?', '', 'RQ: A hundred and twelve, give or take. Nearly everyone on Kiln Street and most of Orchard Row.', '', 'RP: And the waiting list?', '', 'RQ: About forty names.') }, UNRELATED]);
    assert.equal((await judged('The society represents about 112 households [@interview].')).status, 'supported');
    assert.notEqual((await judged('The society represents about 150 households [@interview].')).status, 'supported');
  });

  test('the day something was to be done is no rival for the day a passage says it was done', async () => {
    const judged = await judgeAgainst([
      { name: 'release.txt', text: lines('Press release, 2 May 2024', '', 'New parking permits, together with a covering letter signed by the council\'s director of place, Omar Reddy, will be posted to every resident of the zone by Friday 17 May.') },
      { name: 'minutes.txt', text: lines('Transport committee, 30 May 2024', '', 'Present: Cllr Jane Ives (Chair); Omar Reddy (Director of Place).', '', 'The committee heard that the new parking permits and a covering letter from the Director of Place had been posted to all 1,240 residents of the zone by 15 May.') },
      UNRELATED,
    ]);
    const v = await judged('New parking permits and a covering letter from director of place Omar Reddy were posted to every resident of the zone by 15 May, two days earlier than promised.');
    assert.equal(v.status, 'supported', v.contradiction?.sourceText);
    const cited = await judged('New parking permits and a covering letter from director of place Omar Reddy were posted to every resident of the zone by 15 May [@minutes].');
    assert.equal(cited.status, 'supported', cited.missingEntities?.join());
    // (A day neither gives is still no day of theirs; the plan's is not offered as the fix.)
    const wrong = await judged('New parking permits and a covering letter from director of place Omar Reddy were posted to every resident of the zone by 11 May.');
    assert.notEqual(wrong.status, 'supported');
    assert.notEqual(wrong.contradiction?.sourceText, 'Friday 17 May');
  });

  test('a person a passage speaks of by their role, named with it in another source, is mentioned', async () => {
    const judged = await judgeAgainst([
      { name: 'report.txt', text: lines('Report of the Director of Place', '', '4.1 A letter of apology from the Chief Executive was sent to all 812 households on 9 April.') },
      { name: 'minutes.txt', text: lines('Scrutiny committee', '', 'Also present: Lena Whitcombe (Chief Executive); Omar Reddy (Director of Place).') },
      UNRELATED,
    ]);
    assert.equal((await judged('A letter of apology from chief executive Lena Whitcombe was sent to all 812 households on 9 April [@report].')).status, 'supported');
    assert.notEqual((await judged('A letter of apology from chief executive Paul Darby was sent to all 812 households on 9 April [@report].')).status, 'supported');
  });

  test('"yesterday" in a dated story is the day before its date', async () => {
    const judged = await judgeAgainst([{ name: 'echo.txt', text: lines('The Kelsey Echo', 'Saturday 18 January 2025', '', 'The petition, started by parent Dana Frost on Tuesday evening, had gathered 518 signatures by yesterday afternoon.') }, UNRELATED]);
    const friday = await judged('By the Friday afternoon the petition had gathered 518 signatures.');
    assert.equal(friday.status, 'supported', friday.contradiction?.sourceText);
    assert.equal(friday.contradiction, undefined);
    assert.equal((await judged('The petition had gathered 518 signatures by 17 January.')).status, 'supported');
    assert.notEqual((await judged('The petition had gathered 518 signatures by 15 January.')).status, 'supported');
    // (A count is no day: five is not Friday, the fifth day of the week.)
    const count = await judgeAgainst([{ name: 'echo.txt', text: lines('The Kelsey Echo', 'Saturday 18 January 2025', '', 'Four volunteers ran the petition stall in the market square yesterday.') }, UNRELATED]);
    assert.equal((await count('Five volunteers ran the petition stall in the market square.')).status, 'contradicted');
  });

  test('a correction withdraws a name misspelt in every word: "Rachel Price" for "Rhiannon Pryce"', async () => {
    const judged = await judgeAgainst([
      { name: 'courier.txt', text: lines('The Courier', '', 'Head gardener Tamsin Gale said the new glasshouse would be warmer than the one it replaces.') },
      { name: 'correction.txt', text: lines('Corrections and clarifications', '', 'Correction: Ashby Hall gardens', '', 'Our article of 3 May named the hall\'s head gardener as Tamsin Gale. Her name is Tamara Gayle. We apologise for the error.') },
      UNRELATED,
    ]);
    const v = await judged('Head gardener Tamsin Gale said the new glasshouse would be warmer than the one it replaces.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.sourceText, 'Tamara Gayle');
    assert.equal(v.suggestions.length, 0);
    assert.notEqual((await judged('Head gardener Tamara Gayle said the new glasshouse would be warmer than the one it replaces.')).status, 'contradicted');
  });

  test('no citation to a passage that gives the figure only as what is to be paid, for a sentence that says it has been', async () => {
    const judged = await judgeAgainst([{ name: 'minutes.txt', text: lines('Scrutiny committee', '', 'Mr Okoro apologised on behalf of Brightline Ltd. He told the committee that Brightline would meet the council\'s costs of £31,200 in full.') }, UNRELATED]);
    await citesNone(judged, ["Brightline has paid the council's £31,200 costs in full."]);
    await citesOne(judged, ["Brightline said it would meet the council's £31,200 costs in full."]);
  });

  test('a share in words is a share rounded: "a third" is "33 per cent", "two-fifths" is not', async () => {
    const judged = await judgeAgainst([{ name: 'report.txt', text: lines('Consultation report', '', 'Of the 1,902 responses, 61 per cent said the bus gate should go, 33 per cent wanted it kept and the rest expressed no view.') }, UNRELATED]);
    const third = await judged('A third of respondents wanted the bus gate kept.');
    assert.equal(third.status, 'supported', third.contradiction?.sourceText);
    assert.equal((await judged('Two-fifths of respondents wanted the bus gate kept.')).status, 'contradicted');
  });

  test('what someone seeks to do is no opposite, and a condition supposes nothing done: "an injunction to stop the work if the case had not been heard"', async () => {
    const judged = await judgeAgainst([{ name: 'courier.txt', text: lines('Courier', '', 'Work to fill the quarry pond is scheduled to start on 3 June. Mr Ibekwe said the society might seek an injunction to stop the work if its appeal had not been heard by then.') }, UNRELATED]);
    const v = await judged('Mr Ibekwe has said the society might seek an injunction if the work is due to start before its appeal is heard [@courier].');
    assert.equal(v.status, 'supported', v.contradiction?.sourceText ?? v.withheld?.why);
  });

  test('"abstention" is read as the verb it names, as "abstaining" is', () => {
    assert.equal(lemmaTerm('abstention'), lemmaTerm('abstaining'));
    assert.equal(lemmaTerm('abstentions'), lemmaTerm('abstained'));
  });

  test('no citation to a proposal told in prose that was deferred, for a sentence that says it was done', async () => {
    const judged = await judgeAgainst([{ name: 'minutes.md', text: lines('# Board minutes', '', 'Reserve fund', '', 'The Treasurer proposed that a reserve fund of £120,000 be set aside against further repairs. Members asked for a forecast first. **Deferred** to the meeting of 9 March.') }, UNRELATED]);
    await citesNone(judged, ['A reserve fund of £120,000 was set aside at the meeting against further repairs.']);
  });

  test('a correction of words given to the wrong person, its quotation split over sentences: the person named by title and surname is contradicted, and no other remark of theirs', async () => {
    const judged = await judgeAgainst([
      { name: 'echo.md', text: lines('# Echo', '', 'Hazel Brandt, one of the trustees who opposed the plan, said: "We are writing blank cheques. Someone has to say stop." She also said: "The crew deserve better."') },
      { name: 'echo-correction.txt', text: lines('THE ECHO', 'Corrections and clarifications', '', 'The same report attributed the words "We are writing blank cheques. Someone has to say stop" to trustee Hazel Brandt. Those words were spoken by trustee Owen Lugg, who proposed the amendment. Mrs Brandt did not make that remark.') },
      UNRELATED,
    ]);
    const v = await judged('Mrs Brandt told her fellow trustees: "Someone has to say stop."');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.sourceText, 'Owen Lugg');
    assert.equal(v.suggestions.length, 0);
    assert.notEqual((await judged('Mrs Brandt said: "The crew deserve better." [@echo]')).status, 'contradicted');
    assert.notEqual((await judged('The Echo wrongly attributed the words "Someone has to say stop" to Mrs Brandt.')).status, 'contradicted');
  });

  test('"backed the move" is a side of the vote: contradicted by the recorded vote that lists the person against', async () => {
    const judged = await judgeAgainst([{ name: 'minutes.md', text: lines('# Board minutes', '', 'The motion to sign the revised contract was put. The Chair said she would vote against as talks with the builder were at a delicate stage. Vote: For 4 (Ames, Pryor, Lund, Cato); Against 3 (Ferreira, Gill, Hollis). CARRIED.') }, UNRELATED]);
    assert.equal((await judged('Dr Ana Ferreira, the chair, backed the move, saying talks with the builder were at a delicate stage.')).status, 'contradicted');
    assert.notEqual((await judged('Dr Ana Ferreira, the chair, opposed the move, saying talks with the builder were at a delicate stage.')).status, 'contradicted');
  });

  test('minutes that write MOVED and SECONDED in capitals say who did: a wrong seconder is not so, the right one is cited, and a vote list is no citation for either', async () => {
    const judged = await judgeAgainst([{ name: 'minutes.md', text: lines('# Parish council', '', 'It was MOVED by Cllr Tran and SECONDED by Cllr Okoye:', '"That this council writes in support of the bakery."', '', 'An AMENDMENT was MOVED by Cllr Vail and SECONDED by Cllr Imrie:', '"To delete all words after \'writes\' and insert \'asking for the costs of the case\'."', '', 'On the AMENDMENT:', '- For (4): Cllrs Bose, Imrie, Vail, Yates', '- Against (3): Cllrs Okoye, Tran, Wells', '', 'On the SUBSTANTIVE MOTION as amended:', '- For (6): Cllrs Bose, Imrie, Okoye, Vail, Wells, Yates') }, UNRELATED]);
    const wrong = await judged('The amendment was seconded by Cllr Okoye.');
    assert.notEqual(wrong.status, 'supported');
    assert.equal(wrong.suggestions.length, 0);
    await citesOne(judged, ['The amendment was seconded by Cllr Imrie.']);
  });

  test('a role in the sentence must be the passage\'s own word: "Vice-chair" is no "deputy", an attendance list no citation for it', async () => {
    const minutes = lines(
      '# Holt Lane Primary School',
      '## Governing Body — Minutes of an Extraordinary Meeting',
      '',
      '**Date:** Thursday 7 March 2024, 6.30pm',
      '**Venue:** School hall, Holt Lane Primary School',
      '',
      '**Present:** Alan Hume (Chair, co-opted governor); Rosa Vey (Vice-chair, foundation governor); Tom Ruddock (parent governor); Nadia Sahin (staff governor)',
      '',
      '**In attendance:** Claire Ames (Head of School Improvement, Kelder Council); Joan Kerr (Headteacher, Ashby Primary School) for item 3 only',
      '',
      '1.1 Apologies were received from Dennis Roe.',
      '',
      "2.1 The Chair reported on the suspension and the council's investigation.",
      '',
      '3.1 Mrs Kerr outlined her plan to act as interim executive headteacher, spending three days a week at Holt Lane, with her deputy, Leah Quint, leading Ashby Primary School on those days.',
    );
    const judged = await judgeAgainst([{ name: 'minutes.md', text: minutes }, UNRELATED]);
    await citesNone(judged, ['While Mrs Kerr is at Holt Lane, her deputy, Nadia Sahin, runs Ashby Primary.']);
    // (A role of two words is the passage's however it joins them: "vice-chairman" is "vice chairman".)
    const wire = await judgeAgainst([{ name: 'wire.txt', text: lines('Wire', '', 'His brother Ravi, the vice-chairman, said he had not been consulted and that the sale was "wholly unnecessary".') }, UNRELATED]);
    await citesOne(wire, ['His brother Ravi, the vice chairman, said he had not been consulted and that the sale was "wholly unnecessary".']);
  });

  test('a count of decades is the years it spans, with no word-for-word fix', async () => {
    const judged = await judgeAgainst([{ name: 'notes.txt', text: lines('Notes', '', 'Mrs Ennis has lived in the village for more than forty years and runs the post office.') }, UNRELATED]);
    assert.equal((await judged('Mrs Ennis has lived in the village for more than four decades and runs the post office.')).status, 'supported');
    const service = await makeService([{ name: 'notes.txt', text: lines('Notes', '', 'Mrs Ennis has lived in the village for 40 years and runs the post office.') }, UNRELATED]);
    const report = await service.check(doc('Mrs Ennis has lived in the village for two decades and runs the post office.\n'));
    assert.equal(report.verdicts[0].status, 'contradicted');
    const d = report.diagnostics.find((x) => x.code === 'claim.contradicted');
    assert.equal((d?.data as { replace?: unknown } | undefined)?.replace, undefined, 'no "40 decades"');
    // (Decades are a round count: "four decades" is what "43 years" says, roughly.)
    assert.notEqual((await (await judgeAgainst([{ name: 'notes.txt', text: lines('Notes', '', 'Mr Hale worked at the paper mill for 41 years.') }, UNRELATED]))('Mr Hale worked at the paper mill for four decades.')).status, 'contradicted');
  });

  test('a corrections column that says "We named … as X. He is Y." withdraws X', async () => {
    const judged = await judgeAgainst([
      { name: 'courier.txt', text: lines('Courier', '', 'Club secretary Anil Mehta said the committee wanted to hear from the regulator first.') },
      { name: 'courier-correction.txt', text: lines('THE COURIER', 'Thursday 14 November 2024 | Corrections and clarifications', '', 'Millpond: corrections to our report', '', 'Our report on the meeting contained two errors.', '', 'We named the club\'s secretary as Anil Mehta. He is Anil Mehra.') },
      UNRELATED,
    ]);
    const v = await judged('Club secretary Anil Mehta said the committee wanted to hear from the regulator first.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.sourceText, 'Anil Mehra');
  });

  test('a correction that gives a deed to another ("It was proposed by … Ruth Ellery") withdraws it from the first, and a figure the paper stands by is not withdrawn', async () => {
    const judged = await judgeAgainst([
      { name: 'courier.md', text: lines('# Courier', '', 'The main motion, proposed by trust secretary Amos Tell, called on the board to publish the price. The ground was sold for £2.6m, two people with knowledge of the deal said.') },
      { name: 'correction.txt', text: lines('COURIER', 'Corrections and clarifications', '', 'In our report of 13 March we said the main motion at the trust meeting was proposed by trust secretary Amos Tell. It was proposed by trust board member Nia Rhodes and seconded by treasurer Kofi Adu.', '', 'Clarification: our report of 4 March said the ground had been sold for £2.6m. We stand by that figure as the sum payable on completion. Another outlet has reported £3.9m.') },
      UNRELATED,
    ]);
    const tell = await judged('The main motion was proposed by trust secretary Amos Tell.');
    assert.equal(tell.status, 'contradicted');
    assert.equal(tell.contradiction?.sourceText, 'Nia Rhodes');
    assert.equal(tell.suggestions.length, 0);
    assert.notEqual((await judged('Amos Tell is the trust secretary.')).status, 'contradicted');
    // (By surname and title too, the deed told with the person first: "Mr Tell proposed the main motion".)
    assert.equal((await judged('Mr Tell proposed the main motion at the trust meeting.')).status, 'contradicted');
    const price = await judged('The ground was sold for £2.6m, two people with knowledge of the deal said [@courier].');
    assert.notEqual(price.status, 'contradicted', price.contradiction?.sourceText);
  });

  test('no citation to a motion whose text follows who proposed it ("Proposed by …: that the Trust apply …"), deferred, for a sentence that says it was done', async () => {
    const judged = await judgeAgainst([{ name: 'minutes.md', text: lines('# Trust minutes', '', '## 5. Motion 3: listing the ground', '', '5.1 Proposed by Kofi Adu, seconded by Nia Rhodes: that the Trust apply to the district council to list the ground as an Asset of Community Value.', '', '5.2 Amos Tell moved that the motion be deferred to the next general meeting, pending legal advice. The motion to defer was CARRIED on a show of hands.') }, UNRELATED]);
    await citesNone(judged, ['The trust has since applied to the district council to list the ground as an Asset of Community Value.']);
  });

  test('a "she" who goes on from a sentence naming someone else gives no words to the sentence\'s speaker', async () => {
    const judged = await judgeAgainst([{ name: 'courier.md', text: lines('# Courier', '', 'Director of nursing Alma Reyes, who attended to answer questions, faced a hostile reception. She told the audience: "A nurse-led ward is not a downgrade of care for patients recovering from routine surgery." Chief executive Paul Drury had been invited but did not attend.') }, UNRELATED]);
    const v = await judged('Chief executive Paul Drury told the audience that a nurse-led ward "is not a downgrade of care for patients recovering from routine surgery".');
    assert.notEqual(v.status, 'supported');
    assert.equal(v.suggestions.length, 0);
    await citesOne(judged, ['Director of nursing Alma Reyes told the audience that a nurse-led ward "is not a downgrade of care for patients recovering from routine surgery".']);
  });

  test('"failed to produce a single candidate" is what "have produced no candidates" says', async () => {
    const judged = await judgeAgainst([{ name: 'paper.md', text: lines('# Board paper', '', '3.1 Three recruitment rounds since 2022 have produced no appointable candidates for the consultant post.') }, UNRELATED]);
    const v = await judged('Three recruitment rounds since 2022 failed to produce a single appointable candidate for the consultant post.');
    assert.equal(v.status, 'supported', v.contradiction?.sourceText);
  });

  test('a transcript\'s initials are the named subject\'s, whatever title comes first: "CF:" is "Subject: Dr Colin Fenn"', async () => {
    const judged = await judgeAgainst([{ name: 'interview.txt', text: lines('INTERVIEW TRANSCRIPT', '', 'Subject: Dr Colin Fenn, Area Water Quality Manager, Northvale Authority', 'Interviewer: Hana Marsh (HM), The Courier', '', 'HM: Is the outfall within its permit?', '', 'CF: It may well be. A permit tells you what\'s lawful; it doesn\'t tell you what\'s safe to swim in.') }, UNRELATED]);
    const v = await judged('Fenn said a permit tells you what is lawful but not what is safe to swim in [@interview].');
    assert.equal(v.status, 'supported', v.withheld?.why);
  });

  test('review of this round\'s rules (1): "absence" and "lacked" are not "no"; a figure it was before answers no "How many"; "yesterday" only where the sentence\'s words are and its date line says', async () => {
    const one = async (source: string, sentence: string, name = 'src.txt') => (await judgeAgainst([{ name, text: source }, UNRELATED]))(sentence);
    assert.equal((await one(lines('Minutes', '', 'In the absence of the chair, Cllr Ward chaired the meeting.'), 'Cllr Ward did not chair the meeting.')).status, 'contradicted');
    const interview = lines('Interview with Rosa Quint, chair of the Tollgate Allotment Society', '', 'RP: How many households are in the society?', '', 'RQ: Ninety, when we started. A hundred and twelve now, give or take.', '', 'RP: And the waiting list?', '', 'RQ: About forty names.');
    assert.notEqual((await one(interview, 'The society represents 90 households [@src].')).status, 'supported');
    const dated = lines('The Kelsey Echo', 'Saturday 18 January 2025', '', 'The petition, started by parent Dana Frost on 2 January, was handed in at the town hall yesterday with 518 signatures.');
    assert.notEqual((await one(dated, 'The petition was started on 17 January.')).status, 'supported');
    const undated = lines('Parish news', '', 'The parish council will hold a public meeting on Thursday 14 March 2024 about the bypass. Residents yesterday handed in a petition of 900 names.');
    assert.notEqual((await one(undated, 'Residents handed in a petition of 900 names on 13 March.')).status, 'supported');
    const walkout = lines('The Kelsey Echo', 'Saturday 18 January 2025', '', 'Yesterday five councillors walked out of the meeting. The remaining seven voted to close the library on 3 February.');
    assert.equal((await one(walkout, 'Seven councillors voted to close the library on 17 January.')).status, 'contradicted');
  });

  test('review of this round\'s rules (2): a one-word role of another body names no one; a misspelt name withdrawn is the one spelt most like the right one; a correction\'s right person named in the sentence withdraws nothing', async () => {
    const roles = await judgeAgainst([
      { name: 'minutes.txt', text: lines('Parish council minutes', '', 'Present: Cllr Jane Ives (Chair), Cllr Tom Bell (Clerk).') },
      { name: 'school.txt', text: lines('Harbury Primary newsletter', '', 'The Chair of Governors wrote to parents. The Chair said the roof repairs were complete and the hall would reopen on 26 February.') },
      UNRELATED,
    ]);
    assert.notEqual((await roles('Cllr Jane Ives said the school hall would reopen on 26 February [@school].')).status, 'supported');
    const heads = await judgeAgainst([{ name: 'echo.txt', text: lines('Echo', '', 'Head teacher Joan Kerr said 55 pupils had been absent with flu on Monday. At neighbouring Holt Lane Primary, the head teacher said 40 of her pupils had been off.') }, UNRELATED]);
    assert.equal((await heads('Head teacher Joan Kerr said 40 pupils had been absent with flu on Monday.')).status, 'contradicted');
    const cricket = await judgeAgainst([
      { name: 'courier.txt', text: lines('Courier', '', 'Tom Reed has been appointed chair of Harbury Cricket Club, succeeding Tim Read, who led the club for 12 years.') },
      { name: 'correction.txt', text: lines('COURIER', 'Corrections and clarifications', '', 'Cricket club. Our article of 3 May said that Tom Reed had been appointed chair of Harbury Cricket Club, succeeding Tim Read. His name is Tom Rees.') },
      UNRELATED,
    ]);
    assert.equal((await cricket('Tom Reed has been appointed chair of Harbury Cricket Club.')).contradiction?.sourceText, 'Tom Rees');
    assert.notEqual((await cricket('Tim Read led Harbury Cricket Club for 12 years [@courier].')).status, 'contradicted');
    const quote = await judgeAgainst([
      { name: 'echo.md', text: lines('# Echo', '', 'Fiona Macrae, one of the trustees who opposed the plan, said: "We are writing blank cheques."') },
      { name: 'correction.txt', text: lines('ECHO', 'Corrections and clarifications', '', 'The same report attributed the words "We are writing blank cheques" to trustee Fiona Macrae. Those words were spoken by trustee Peter Lowe.') },
      UNRELATED,
    ]);
    assert.notEqual((await quote('Mr Lowe, not Mrs Macrae, told trustees: "We are writing blank cheques."')).status, 'contradicted');
  });

  test('review of this round\'s rules (3): "forty per cent" is exact; a granted application is no purpose; "once it failed" is no condition; a prose proposal voted through is done; a seconder in other words; "CEO" is a chief executive', async () => {
    const one = async (source: string, sentence: string) => (await judgeAgainst([{ name: 'src.txt', text: lines('Notes', '', source) }, UNRELATED]))(sentence);
    assert.equal((await one('In the survey, 38 per cent of residents said the bus gate should go and 57 per cent wanted it kept.', 'Forty per cent of residents said the bus gate should go.')).status, 'contradicted');
    assert.equal((await one("Magistrates granted the council's application to close the Red Lion for three months. The pub shut on Friday.", 'The Red Lion remains open.')).status, 'contradicted');
    assert.equal((await one('The boiler at Harbury Primary did not fail; pupils were sent home on Tuesday because a water main burst.', 'Pupils at Harbury Primary were sent home on Tuesday once the boiler failed.')).suggestions.length, 0);
    assert.equal((await one('The Treasurer proposed that a reserve fund of £12,000 be set aside for the pavilion. Members voted unanimously in favour.', 'A reserve fund of £12,000 was set aside for the pavilion.')).suggestions.length, 1);
    assert.equal((await one('The Treasurer proposed that a reserve fund of £12,000 be set aside for the pavilion. Members voted against it.', 'A reserve fund of £12,000 was set aside for the pavilion.')).suggestions.length, 0);
    assert.equal((await one('The council agreed the rise in allotment rents to £45 a plot (proposer Cllr Moss, seconder Cllr Ward; carried 6-1).', 'The rise in allotment rents to £45 a plot was seconded by Cllr Ward.')).suggestions.length, 1);
    assert.equal((await one('CEO Helen Strand said the trust would reopen the ward on 3 June.', 'Chief executive Helen Strand said the trust would reopen the ward on 3 June.')).suggestions.length, 1);
  });

  test('a correction\'s "They were spoken by Cllr Y" withdraws the words from the councillor the paper first named', async () => {
    const judged = await judgeAgainst([
      { name: 'courier.md', text: lines('# Courier', '', 'Cllr Brian Weal, who led calls for an adjudicator, said: "We have been asked to sign a blank cheque for a fixed-price job." An amendment was lost by three votes to six.') },
      { name: 'correction.txt', text: lines('COURIER', 'Corrections and clarifications', '', 'The same report attributed the words "We have been asked to sign a blank cheque for a fixed-price job" to Cllr Brian Weal. They were spoken by Cllr Alan Morrow. We apologise to both councillors.') },
      UNRELATED,
    ]);
    const v = await judged('"We have been asked to sign a blank cheque for a fixed-price job," Cllr Weal told the meeting [@courier].');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.sourceText, 'Cllr Alan Morrow');
  });

  test('review of this round\'s rules (4): "voted no," is no thing produced; "lacked" for a sentence that says it had none; a deed corrected is that deed only; "which was correct" of another detail keeps a correction; a "she" named before is hers; an answer\'s "which was" is no past; "yesterday" by the sentence\'s words', async () => {
    const one = async (source: string, sentence: string) => (await judgeAgainst([{ name: 'src.txt', text: source }, UNRELATED]))(sentence);
    assert.equal((await one(lines('Notes', '', 'Councillor Dana Webb voted no on the Mill Lane scheme, saying the road could not take more traffic.'), 'Councillor Webb did not vote on the Mill Lane scheme.')).status, 'contradicted');
    assert.notEqual((await one(lines('Notes', '', 'For two years the village lacked a doctor, after the surgery on Mill Road closed in 2021.'), 'The village had no doctor for two years after the surgery closed.')).status, 'contradicted');
    const pontoon = await judgeAgainst([
      { name: 'courier.md', text: lines('# Courier', '', 'Trustee Tom Ashcroft proposed an amendment to cap the cost at £400,000, which was lost. The motion to build a pontoon was carried.') },
      { name: 'correction.txt', text: lines('COURIER', 'Corrections and clarifications', '', 'In our report of 3 May we said the motion to build a pontoon was proposed by Tom Ashcroft. It was proposed by trust board member Ruth Ellery.') },
      UNRELATED,
    ]);
    assert.notEqual((await pontoon('Tom Ashcroft proposed an amendment to cap the cost at £400,000.')).status, 'contradicted');
    const hall = await judgeAgainst([
      { name: 'courier.md', text: lines('# Courier', '', 'The new Fore Street hall will cost £2.4m, and work will start in 2026.') },
      { name: 'correction.txt', text: lines('COURIER', 'Corrections and clarifications', '', 'Our report said the new Fore Street hall would cost £2.4m and that work would start in 2026, which was correct. The hall will cost £2.9m.') },
      UNRELATED,
    ]);
    assert.equal((await hall('The new Fore Street hall will cost £2.4m.')).status, 'contradicted');
    const haddow = await one(lines('# Courier', '', 'Dr Morag Haddow, the trust\'s medical director, said the maternity unit would stay open. Councillor Tom Webb asked whether staff would be cut. She told him: "No midwife will lose her job."'), 'Dr Haddow told Councillor Webb: "No midwife will lose her job."');
    assert.equal(haddow.status, 'supported');
    const interview = lines('Interview with Rosa Quint, chair of the Tollgate Allotment Society', '', 'RP: How many households are in the society?', '', 'RQ: A hundred and twelve, which was more than we expected. About 30 of them are on Kiln Street.', '', 'RP: And the waiting list?', '', 'RQ: About forty names.');
    assert.equal((await one(interview, 'The society represents 112 households [@src].')).status, 'supported');
    const budget = lines('The Kelsey Echo', 'Saturday 18 January 2025', '', 'Yesterday, after a meeting that ran for more than three hours and was twice adjourned, councillors approved the budget.');
    assert.equal((await one(budget, 'Councillors approved the budget on 17 January.')).status, 'supported');
    // ("there was no quorum" is "in the absence of a quorum"; a share with a decimal is the whole one it rounds to.)
    assert.notEqual((await one(lines('Harbour Trust board meeting, 4 March 2025', '', 'Present: Ann Lee (Chair), Tom Hale, Ruth Ellery. Absent: Mark Dunn, Jo Pike.', '', 'In the absence of a quorum, no decisions were taken.'), 'No decisions were taken at the March meeting because there was no quorum [@src].')).status, 'contradicted');
    const share = await judgeAgainst([{ name: 'echo.txt', text: lines('Echo', '', '74.6% of the 1,212 people who replied backed the new cycle lane.') }, UNRELATED]);
    assert.equal((await share('Seventy-five per cent of those who replied backed the new cycle lane [@echo].')).status, 'supported');
    assert.equal((await share('Seventy-four per cent of those who replied backed the new cycle lane [@echo].')).status, 'contradicted');
    // (Not a small share, where the decimal is the point.)
    assert.equal((await one(lines('Wire', '', 'Output of manufacturing industries fell a provisional 0.6 pct in January after a 0.2 pct rise in December.'), 'Output of manufacturing industries fell a provisional 1 pct in January after a 0.2 pct rise in December.')).status, 'contradicted');
  });

  test('a decision the passage says was not unanimous, or that someone voted against, is no unanimous one', async () => {
    const one = async (source: string, sentence: string) => (await judgeAgainst([{ name: 'src.txt', text: source }, UNRELATED]))(sentence);
    const claim = 'The planning committee unanimously approved the Tanner Lane application on Tuesday.';
    const denied = await one(lines('Echo', '', 'The planning committee approved the Tanner Lane application on Tuesday. The decision was not unanimous.'), claim);
    assert.equal(denied.status, 'contradicted');
    assert.match(denied.contradiction!.sourceText, /not unanimous/);
    assert.equal(denied.suggestions?.length ?? 0, 0);
    const against = await one(lines('Echo', '', 'The planning committee approved the Tanner Lane application on Tuesday. Cllr Ames voted against.'), claim);
    assert.equal(against.status, 'contradicted');
    assert.match(against.contradiction!.sourceText, /Cllr Ames voted against/);
    assert.equal((await one(lines('Echo', '', 'The planning committee approved the Tanner Lane application on Tuesday by six votes to two.'), claim)).status, 'contradicted');
    // (Not where the decision itself was unanimous, or no one voted against, or the vote against was on an amendment.)
    assert.equal((await one(lines('Echo', '', 'The planning committee approved the Tanner Lane application on Tuesday. No one voted against.'), claim)).status, 'supported');
    assert.equal((await one(lines('Echo', '', 'The planning committee approved the Tanner Lane application on Tuesday. Cllr Ames voted against an amendment to limit its hours.'), claim)).status, 'supported');
    assert.equal((await one(lines('Echo', '', 'The planning committee unanimously approved the Tanner Lane application on Tuesday. The parking motion, which followed it, was not unanimous.'), claim)).status, 'supported');
  });

  test('what the next round of trials found: a deed only required, a date given to another deed, a loan agreed in principle, work not said to be completed', async () => {
    const one = async (source: string) => judgeAgainst([{ name: 'src.txt', text: source }, UNRELATED]);
    // A deed that must be done, or must come before something not yet begun, is no deed done.
    const appeal = await one(lines('Post', '', 'The district council said it would take legal advice on the ruling. Any appeal must be lodged with the tribunal within 28 days.'));
    await citesNone(appeal, ['The district council has lodged an appeal with the tribunal.']);
    const notes = await one(lines('# Notes', '', '- Footbridge over the Wend: Harlow Homes to fund, est £410k. Built BEFORE first homes are occupied.'));
    await citesNone(notes, ['Harlow Homes has built a footbridge over the Wend at a cost of £410,000.']);
    const built = await one(lines('Post', '', 'Harlow Homes built the footbridge over the Wend in 2023, before the first homes were occupied.'));
    await citesOne(built, ['Harlow Homes built the footbridge over the Wend in 2023.']);
    // A date the passage gives to another deed, and another date to the sentence's deed.
    const dates = await one(lines('Post', '', 'After the owners put the mill up for sale on 4 June, the trust registered its interest on 19 June, which gives it until 4 December to raise the money.'));
    const moved = await dates('The owners put the mill up for sale on 19 June.');
    assert.equal(moved.suggestions.length, 0);
    assert.notEqual(moved.status, 'supported');
    await citesOne(dates, ['The owners put the mill up for sale on 4 June.', 'The trust registered its interest on 19 June.']);
    // Agreed in principle, or not yet signed, is not secured.
    const loan = await one(lines('Post', '', 'The trust has also secured agreement in principle for a £75,000 loan from the Fenland Community Bank, though the loan has not yet been signed.'));
    await citesNone(loan, ['The trust has secured a £75,000 loan from the Fenland Community Bank.']);
    await citesOne(loan, ['The trust has secured agreement in principle for a £75,000 loan from the Fenland Community Bank.']);
    // Work a passage has only as what someone was appointed to do is not work completed.
    const hired = await one(lines('Post', '', 'Specialist firm Ardent Kilns has been appointed under emergency arrangements to rebuild the kiln at the Tollgate pottery.'));
    await citesNone(hired, ['Ardent Kilns has since completed the rebuild of the kiln at the Tollgate pottery.']);
  });

  test('what the next round of trials found in corrections and rosters: a statement denied outright, words given to someone by their role, a person named by their post', async () => {
    const correction = lines('THE WESTON ECHO', 'Corrections and clarifications', '', 'Our report on the Mere Lane allotments said the site is owned by Weston Town Council. It is not. The site belongs to the Mere Lane Allotment Society.');
    const story = lines('# Echo', '', 'Plot-holders at Mere Lane, a site owned by Weston Town Council, have been told rents will rise by a third.');
    const owned = await judgeAgainst([{ name: 'echo.md', text: story }, { name: 'correction.txt', text: correction }, UNRELATED]);
    const v = await owned('Plot-holders at Mere Lane, which is owned by Weston Town Council, face a rent rise of a third.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction!.kind, 'correction');
    assert.equal((await owned('Plot-holders at Mere Lane face a rent rise of a third [@echo].')).status, 'supported');
    // (Not a statement the sentence does not make whole: "leased from" is not "owned by".)
    assert.notEqual((await owned('Plot-holders at Mere Lane, which is leased from Weston Town Council, face a rent rise of a third.')).contradiction?.kind, 'correction');
    const quote = await judgeAgainst([
      { name: 'echo.md', text: lines('# Echo', '', '"We will not let this choir fold," said the choir\'s chair, Ruth Amari.') },
      { name: 'correction.txt', text: lines('THE WESTON ECHO', 'Corrections and clarifications', '', 'The article also attributed the words "We will not let this choir fold" to the choir\'s chair, Ruth Amari. The words were spoken by the choir\'s musical director, Tomas Grell.') },
      UNRELATED,
    ]);
    const given = await quote('"We will not let this choir fold," Ms Amari said.');
    assert.equal(given.status, 'contradicted');
    assert.match(given.contradiction!.sourceText, /Tomas Grell/);
    assert.equal((await quote('"We will not let this choir fold," Mr Grell said.')).status, 'supported');
    const minutes = lines('Scrutiny committee, 4 March', '', 'Present: Cllr Ann Pike (Chair); Cllrs Tom Reed, Sara Amin. Also present: Cllr Dilys Hart (Cabinet Member for Housing).', '', '6.2 It was moved by Cllr Reed and seconded by Cllr Amin that the Committee asks the Cabinet Member to meet every tenant affected by the flooding. CARRIED.');
    const roster = await judgeAgainst([{ name: 'minutes.md', text: minutes }, UNRELATED]);
    assert.equal((await roster('A motion from Cllr Reed asking Cllr Hart to meet every tenant affected by the flooding was carried.')).status, 'supported');
    // (A swapped seconder is still one.)
    const seconder = await roster('The motion asking Cllr Hart to meet every tenant affected by the flooding was seconded by Cllr Pike.');
    assert.notEqual(seconder.status, 'supported');
    assert.equal(seconder.suggestions.length, 0);
  });

  test('the round after it: a refusal set against the deed, a withdrawn sum, a body swapped for another of its kind, a rank, a frequency among two, a purpose of a meeting to come', async () => {
    const one = async (source: string) => judgeAgainst([{ name: 'src.txt', text: source }, UNRELATED]);
    // "declined to apologise" where the source says she apologised.
    const apology = await one(lines('Post', '', 'Chief executive Dr Rhona Blake said the new date was "firm" and apologised to families for the delay.'));
    const refused = await apology('Dr Blake said the new date was "firm" but declined to apologise for the delay.');
    assert.equal(refused.status, 'contradicted');
    assert.match(refused.contradiction!.claimText, /declined to apologise/);
    assert.equal((await (await one(lines('Post', '', 'Chief executive Dr Rhona Blake said the new date was "firm" but declined to apologise for the delay.')))('Dr Blake declined to apologise for the delay.')).status, 'supported');
    // A withdrawn sum of three figures needs few of the sentence's other words.
    const sum = await judgeAgainst([
      { name: 'courier.md', text: lines('# Courier', '', 'Bosses approved a rescue plan that pushes the cost of the new library to £14.7m.') },
      { name: 'corrections.txt', text: lines('THE COURIER', 'Corrections and clarifications', 'Saturday 5 October', '', 'Our report on 3 October ("Library costs soar to £14.7m") stated that the revised cost of the Westgate library is £14.7m. That figure was incorrect. The revised cost is £12.9m.', '', 'A caption on 1 October misnamed a bowls club.') },
      UNRELATED,
    ]);
    assert.equal((await sum('The rescue plan pushes the cost of the building to £14.7m.')).status, 'contradicted');
    // A correction's "The chair of governors is …" names the right person.
    const chair = await judgeAgainst([
      { name: 'gazette.md', text: lines('# Gazette', '', 'Tom Reeve, the chair of governors, said the board accepted the findings "in full".') },
      { name: 'corrections.txt', text: lines('THE GAZETTE', 'Corrections and clarifications', '', 'The same article described Tom Reeve as chair of governors and attributed to him the comment beginning "We accept the findings in full". Mr Reeve is a parent governor. The chair of governors is Asha Patel, and the comment was made by Ms Patel.', '', 'A listing misnamed a fair.') },
      UNRELATED,
    ]);
    assert.equal((await chair('Tom Reeve, the chair of governors, said the board accepted the findings "in full".')).status, 'contradicted');
    // A meeting still to come, and what it is to do there, is no deed done; a "support plan" looks ahead to nothing.
    const meeting = await one(lines('Post', '', 'The governing board will meet again on 6 May to approve the recovery plan formally.'));
    await citesNone(meeting, ['Governors formally approved the recovery plan at a meeting on 6 May.']);
    // Each frequency of the sentence is checked, the passage's other one the sentence's own.
    const visits = await one(lines('Post', '', 'The council will arrange fortnightly visits from an adviser, Dr Ian Roe, during the spring term, reducing to monthly visits from September.'));
    assert.equal((await visits('Dr Roe will visit the school weekly during the spring term, reducing to monthly visits from September.')).status, 'contradicted');
    assert.equal((await visits('Dr Roe will visit fortnightly during the spring term, reducing to monthly visits from September.')).status, 'supported');
    // A body of the same kind named otherwise, though the sentence's is named elsewhere in the sources.
    const schools = await judgeAgainst([
      { name: 'release.txt', text: lines('Press release', '', 'The council will provide a specialist maths teacher from Brookfield Primary School, who will work with staff two days a week.') },
      { name: 'post.txt', text: lines('Post', '', 'Governors deferred a proposal to federate with Ashton Primary School until June.') },
      UNRELATED,
    ]);
    const swapped = await schools('A specialist maths teacher from Ashton Primary School will work with staff two days a week.');
    assert.equal(swapped.status, 'contradicted');
    assert.match(swapped.contradiction!.sourceText, /Brookfield/);
    assert.equal((await schools('A specialist maths teacher from Brookfield Primary School will work with staff two days a week.')).status, 'supported');
    // A rank of one of a series, where "to" comes after where: "the first cinema in the district to reopen".
    const rank = await one(lines('Post', '', 'The Lyric is the second cinema in the Fenmoor district to reopen under community ownership, after the Plaza in 2022.'));
    assert.equal((await rank('The Lyric is the first cinema in the Fenmoor district to reopen under community ownership.')).status, 'contradicted');
    // Work begun needs a passage that says it began.
    const screen = await one(lines('Post', '', 'The operator has said it would like to open a second, 40-seat screen in the old ballroom, but the plan is not funded.'));
    await citesNone(screen, ['Work has begun on a second, 40-seat screen in the old ballroom.']);
  });

  test('the round after it, with a day of another clause, a vote list, and labelled header lines', async () => {
    const one = async (source: string) => judgeAgainst([{ name: 'src.txt', text: source }, UNRELATED]);
    // A month given to a deed joined on with ", and" is no rival for the sentence's deed.
    const appeal = await judgeAgainst([
      { name: 'gazette.md', text: lines('# Gazette', '', 'The reopening ends a rescue that began the morning after the cinema closed on 3 January. The Friends of the Lyric raised £208,300 from 1,940 backers, and the trust they founded bought the building from administrators in June for £190,000.') },
      { name: 'release.md', text: lines('# Release', '', 'The campaign has raised £208,300 from 1,940 backers, beating its £150,000 target.', '', 'The Friends launched the appeal on 2 February. The appeal closed at midnight on Sunday 28 April.') },
      UNRELATED,
    ]);
    const closed = await appeal('By the time it closed at the end of April it had raised £208,300 from 1,940 backers.');
    assert.notEqual(closed.status, 'contradicted', closed.contradiction?.sourceText);
    // How someone voted is the vote's record, not a passage naming someone else.
    const minutes = lines('# Minutes', '', '### 113. DECLARATIONS OF INTEREST', '', 'Councillor S Hale declared an interest in Minute 116 (Budget 2025/26), as her son is employed as a lifeguard. She remained in the meeting but said she would abstain on any amendment on lifeguards.', '', '### 116. BUDGET 2025/26', '', 'The substantive motion was put to the vote.', '', '- **For (12):** Councillors Amos, Bell, Hale, Kerr', '- **Against (9):** Councillors Dale, Eyre', '- **Abstained (2):** Councillors Penrose, Vane');
    const vote = await one(minutes);
    assert.notEqual((await vote('Councillor Ruth Penrose abstained on the budget.')).status, 'contradicted');
    // A report's labelled header lines, in Markdown bold, state nothing.
    const report = await one(lines('DISTRICT COUNCIL', '', '# Report No. DC/CAB/25/004', '', '**Report to:** Cabinet, 6 March 2025', '**Report of:** Ann Kerr, Director of Place', '**Portfolio holder:** Cllr Dan Moss, Cabinet Member for Finance', '**Date of report:** 1 March 2025', '', '## 1. Purpose', '', '1.1 This report sets out options for beach safety in 2025.'));
    await citesNone(report, ['The report was written by the council\'s finance chief, Dan Moss.']);
  });

  test('the round after it, read again: what someone is asked to do is not done, and a subject with its "of" phrase must be in the passage', async () => {
    const one = async (source: string) => judgeAgainst([{ name: 'src.txt', text: source }, UNRELATED]);
    const minutes = await one(lines('# Minutes', '', 'Present: Cllr Ann Pike (Chair); Cllr Dilys Hart (Cabinet Member for Housing).', '', '6.2 It was moved by Cllr Reed that the Committee asks the Cabinet Member to write personally to every tenant affected by the flooding. CARRIED.'));
    const since = await minutes('Cllr Hart has since written personally to every tenant affected by the flooding.');
    assert.equal(since.suggestions.length, 0);
    assert.notEqual(since.status, 'supported');
    await citesOne(minutes, ['The committee asked Cllr Hart to write personally to every tenant affected by the flooding.']);
    const release = await one(lines('Release', '', '"We will publish our dust monitoring results every quarter, and we will be inviting the residents\' group and the parish council to join a liaison committee," the company said.'));
    await citesNone(release, ['Records of every lorry journey must be sent to Fenby Parish Council each month.']);
  });

  test('review of this round\'s rules: each reaches only what it was written for', async () => {
    const one = async (source: string) => judgeAgainst([{ name: 'src.txt', text: source }, UNRELATED]);
    // A deed the paragraph goes on to tell done is cited, though it is first asked or required.
    await citesOne(await one(lines('Post', '', 'Contractors must now pay a penalty of £40,000, the harbour board said. The contractor paid the £40,000 penalty last week.')), ['The contractor paid a £40,000 penalty.']);
    await citesOne(await one(lines('Post', '', 'The council asked Harbour Foods to pay the £5,000 cleaning bill. Harbour Foods paid it in June.')), ['Harbour Foods paid the £5,000 cleaning bill.']);
    // "in principle" of something else, or a deal signed after it: no refusal.
    const principle = await one(lines('Post', '', 'The £3 million loan to the harbour trust, agreed in principle in January, was signed on 2 June.', '', 'Councillor Webb said she opposed the loan to Kelsey Rovers in principle but voted for it. The £2 million loan was agreed by five votes to two.', '', 'The lease was provisional until March, when both sides signed it.'));
    await citesOne(principle, ['The £3 million loan to the harbour trust was signed on 2 June.', 'The £2 million loan to Kelsey Rovers was agreed by five votes to two.', 'Both sides signed the lease in March.']);
    // Work finished or begun in other words, where nothing looks ahead; "finished third" is a place.
    const done = await one(lines('Post', '', 'The resurfacing of Mill Lane was wrapped up last week.', '', 'Kelsey Rovers came third in the league this season.', '', 'The consultation on parking charges ran from 1 March to 31 March.'));
    await citesOne(done, ['The resurfacing of Mill Lane was completed last week.', 'Kelsey Rovers finished third in the league this season.', 'The consultation on parking charges began on 1 March.']);
    // A rank that is another's: the nearest name before it, by the words that tell it apart.
    const rank = await one(lines('Echo', '', 'Hill Primary became the second school in Kelsey to install solar panels, after Kingsmoor Primary School did so in 2021.'));
    assert.notEqual((await rank('Kingsmoor Primary School was the first school in Kelsey to install solar panels [@src].')).status, 'contradicted');
    assert.equal((await rank('Hill Primary became the first school in Kelsey to install solar panels [@src].')).status, 'contradicted');
    // A correction's denied statement is withdrawn with its figure, not the figure it gives instead.
    const fare = await judgeAgainst([{ name: 'echo.txt', text: lines('Kelsey Echo', 'Corrections and clarifications', '', 'We stated that the Fore Street car park would charge £3 an hour. It is not; the charge is £2 an hour.') }, UNRELATED]);
    assert.notEqual((await fare('The Fore Street car park will charge £2 an hour [@echo].')).status, 'contradicted');
    assert.equal((await fare('The Fore Street car park will charge £3 an hour [@echo].')).status, 'contradicted');
    // "has since" reopened, where the paragraph tells it done after it was promised.
    assert.equal((await (await one(lines('Echo', '', 'The council has said it will reopen the Fore Street library. The library reopened on Monday.')))('The Fore Street library has since reopened [@src].')).status, 'supported');
  });

  test('a body named as who a thing is for is not the one that did it; a paragraph that says the deed is not done yet does not tell it done', async () => {
    const one = async (source: string) => judgeAgainst([{ name: 'src.txt', text: source }, UNRELATED]);
    const minutes = await one(lines('# Minutes', '', '**Motion:** That the Board approves the revised business case at a cost of £41.2m, and authorises the Chief Executive to submit an application to Fenland Health for additional capital of £3.8m. CARRIED.'));
    await citesNone(minutes, ['Fenland Health has agreed to provide a further £3.8m towards the extra cost.']);
    await citesOne(minutes, ['The Board approved the revised business case at a cost of £41.2m.']);
    const notes = await one(lines('# Notes', '', '- CD: council will write to families whose records were affected "once the investigation allows". (NB - so NOT written yet)'));
    await citesNone(notes, ['The council has already written to the families whose records were affected.']);
  });

  test('trials 234-237: an obligation the source says there is none of, a choice made over another, a part of an owner\'s whole', async () => {
    const one = async (source: string) => judgeAgainst([{ name: 'src.txt', text: source }, UNRELATED]);
    const refunds = await one(lines('Release', '', 'All 2,300 ticket holders will receive a full refund automatically via TixHub within 14 days. Customers do not need to contact us or the ticketing platform.'));
    const must = await refunds('Ticket holders will have to contact TixHub to claim a refund.');
    assert.equal(must.status, 'contradicted');
    assert.match(must.contradiction!.sourceText, /do not need to contact/);
    assert.notEqual((await refunds('Ticket holders will receive a full refund automatically via TixHub within 14 days.')).status, 'contradicted');
    const survey = await one(lines('Post', '', 'The consultation on the new footbridge drew 980 responses, with 58 per cent favouring a timber deck over a steel one.', '', '# Notes', '', '- footbridge consultation: 980 responses. 58% timber deck, 42% steel.'));
    await citesNone(survey, ['A majority of respondents, 58 per cent, preferred the steel design.']);
    assert.ok((await survey('A majority of respondents, 58 per cent, preferred the timber deck.')).suggestions.length >= 1);
    const homes = await one(lines('Release', '', 'Notes to editors', '', '2. Fenmoor Homes owns and manages approximately 9,400 homes, of which around 3,100 are in the Fenmoor South constituency.'));
    assert.notEqual((await homes('Around 3,100 of Fenmoor Homes\' properties are in the Fenmoor South constituency [@src].')).status, 'contradicted');
  });

  test('trials 238-241: a span of numbered things is no vote\'s tally', async () => {
    const minutes = await judgeAgainst([{ name: 'minutes.txt', text: lines('Trust minutes', '', '5.2 MOTION: That £90,000 be released from the appeal fund for the first phase of pile repairs at bents 12 to 18. CARRIED (6 for, 1 against).') }, UNRELATED]);
    const v = await minutes('Trustees agreed, by six votes to one, to release £90,000 for repairs to the piles at bents 12 to 18.');
    assert.notEqual(v.status, 'contradicted', v.contradiction?.sourceText);
    const wrong = await minutes('Trustees agreed, by five votes to two, to release £90,000 for repairs to the piles at bents 12 to 18.');
    assert.notEqual(wrong.status, 'supported');
    assert.notEqual(wrong.contradiction?.sourceText, '12 to 18');
  });

  test('a share said roughly but not round is that share give or take a point', async () => {
    const ballot = await judgeAgainst([{ name: 'post.txt', text: lines('Post', '', 'In a ballot that closed on Friday, 78 per cent of members who voted backed strike action and 88 per cent backed action short of a strike.') }, UNRELATED]);
    const some = await ballot('Some 91 per cent backed action short of a strike.');
    assert.notEqual(some.status, 'supported');
    assert.equal(some.suggestions.length, 0);
    assert.equal((await ballot('About 90 per cent backed action short of a strike.')).status, 'supported');
    assert.equal((await ballot('Some 88 per cent backed action short of a strike.')).status, 'supported');
  });

  test('trial 243: a deed the source has only as what someone asked for is not done', async () => {
    const one = async (source: string) => judgeAgainst([{ name: 'src.txt', text: source }, UNRELATED]);
    const story = await one(lines('Post', '', 'A request by Cllr Omar Field for the full audit report to be released was put off to the board\'s autumn meeting while lawyers review it.'));
    await citesNone(story, ['The full audit report was released after the board meeting.']);
    const minutes = await one(lines('# Minutes', '', '12.1 Cllr Field asked that the full audit report be released to members. The item was held over to the next meeting.'));
    await citesNone(minutes, ['The full audit report was released to members.']);
    const done = await one(lines('Post', '', 'The full audit report was released to members on Tuesday, a month after Cllr Field first asked for it.'));
    await citesOne(done, ['The full audit report was released to members.']);
  });

  test('trial 243: a word turned around by "un-" contradicts it', async () => {
    const post = await judgeAgainst([{ name: 'post.txt', text: lines('Post', '', 'The 25-metre learner pool is unheated, as it always was, but the new toddler pool next to the changing rooms is kept at 30C.') }, UNRELATED]);
    const v = await post('The 25-metre learner pool is heated to 30C.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.suggestions.length, 0);
    assert.match(v.contradiction!.sourceText, /unheated/);
    assert.notEqual((await post('The 25-metre learner pool is unheated.')).status, 'contradicted');
    assert.notEqual((await post('The new toddler pool is kept at 30C.')).status, 'contradicted');
  });

  test('trial 244: a deed done to a thing with a verb of saying ("confirmed an order") is not done where it was only asked for', async () => {
    const one = async (source: string) => judgeAgainst([{ name: 'src.txt', text: source }, UNRELATED]);
    const story = await one(lines('Post', '', 'A report asking councillors to confirm a conservation area covering the old mill was put off to the committee\'s May meeting after an objection from the owner.'));
    await citesNone(story, ['Councillors confirmed a conservation area covering the old mill.']);
    const done = await one(lines('Post', '', 'Councillors confirmed a conservation area covering the old mill at their May meeting, despite an objection from the owner.'));
    await citesOne(done, ['Councillors confirmed a conservation area covering the old mill.']);
  });

  test('trials 238-241: no source figure offered in place of the claim\'s that counts those who did not, sets a limit, or is another measure', async () => {
    const one = async (source: string) => judgeAgainst([{ name: 'src.txt', text: source }, UNRELATED]);
    const move = await one(lines('Post', '', 'The depot had 52 drivers on its books when it shut in March, but eleven drivers decided not to make the transfer to the new site at Halford, most citing the longer journey.'));
    const moved = await move('Forty-five drivers made the transfer to the new site at Halford.');
    assert.notEqual(moved.contradiction?.sourceText, 'eleven');
    const limit = await one(lines('Report', '', '2.3 The contract sets a maximum of 3 per cent of scheduled services cancelled in any month, and a punctuality target of 90 per cent.'));
    const june = await limit('In June, 6.5 per cent of scheduled services were cancelled.');
    assert.notEqual(june.contradiction?.sourceText, '3 per cent');
    assert.equal((await limit('The contract allows at most 5 per cent of scheduled services to be cancelled in any month.')).contradiction?.sourceText, '3 per cent');
    const correction = await one(lines('Corrections', '', 'In an article on 3 May we reported that the museum drew an average of 2,400 visitors a week in the spring. The correct figure is 1,900.'));
    const lowest = await correction('The lowest weekly count at the museum, 2,400 visitors, came in the week of 10 March.');
    assert.notEqual(lowest.contradiction?.sourceText, '1,900');
    assert.equal((await correction('The museum drew an average of 2,400 visitors a week in the spring.')).contradiction?.sourceText, '1,900');
  });

  test('trials 243, 245: "The remark was in fact made to the Herald by Y" gives the words to Y', async () => {
    const story = { name: 'herald.txt', text: lines('HERALD', '', 'Pier reopens', '', 'Frances Mole, who chairs the Pier Trust, said the council had "walked away from the town" over the repairs.') };
    for (const said of ['The remark was in fact made by Cllr Owen Pryce, the member for Harbour ward.', 'The remark was made to the Herald by Cllr Owen Pryce, the member for Harbour ward.', 'The remark was in fact made to the Herald by a pier trustee, Owen Pryce.']) {
      const corrections = { name: 'herald-corrections.txt', text: lines('HERALD', '', 'Corrections and clarifications', '', `Our article of 2 June attributed to Frances Mole, chair of the Pier Trust, the remark that the council had "walked away from the town". Mrs Mole did not say this. ${said}`) };
      const judged = await judgeAgainst([story, corrections, UNRELATED]);
      const v = await judged('Frances Mole, who chairs the Pier Trust, said the council had "walked away from the town" [@herald].');
      assert.equal(v.status, 'contradicted', said);
      assert.match(v.contradiction!.sourceText, /Owen Pryce/);
    }
  });

  test('trials 221, 240: the fix gives the figure of what the claim counts ("seats 530" / "350 seats"; savings "over the next three years")', async () => {
    const one = async (source: string) => judgeAgainst([{ name: 'src.txt', text: source }, UNRELATED]);
    const ground = await one(lines('Statement', '', 'Brook Park has a capacity of 3,100, including 420 seats in the east stand, which was built in 1961.'));
    const seats = await ground('Its east stand, built in 1961, seats 240.');
    assert.equal(seats.contradiction?.sourceText, '420');
    const college = await one(lines('Post', '', 'The principal, Dr Anne Hale, said the college faced a forecast deficit of £2.6 million for the 2025/26 financial year and needed to find savings of £4 million over the next three years.'));
    const savings = await college('The college says it must find recurrent savings of £3 million over three years.');
    assert.equal(savings.contradiction?.sourceText, '£4 million');
  });

  test('trial 242: of a list of places and days, the fix gives the day of the place the claim names', async () => {
    const release = await judgeAgainst([{ name: 'release.txt', text: lines('Release', '', 'Three drop-in sessions will be held during the consultation: at Marlow Library on Monday 3 March at 6pm; at the Quaker Meeting House, Marlow, on Thursday 20 March at 6pm; and online on Monday 31 March at 7pm.') }, UNRELATED]);
    const v = await release('The second drop-in session will be held at the Quaker Meeting House on 27 March.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.sourceText, '20 March');
    assert.notEqual((await release('A drop-in session will be held at the Quaker Meeting House on 20 March.')).status, 'contradicted');
  });

  test('trial 234: where the paragraph cited counts the same thing otherwise, that is the warning, not another source\'s figure of something else', async () => {
    const judged = await judgeAgainst([
      { name: 'friends.txt', text: lines('Friends of Elm Park Lido', '', 'Thank you to everyone who came to the open day.', '', 'We now have 420 members. If you are not one of them, please join: membership is £12 a year.') },
      { name: 'courier.txt', text: lines('Courier', '', 'Lido shut', '', 'The council said all 12 members of staff at the lido would be redeployed to the leisure centre, and that no jobs were at risk.') },
      UNRELATED,
    ]);
    const v = await judged('The group says it now has 240 members [@friends, para. 2].');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.sourceText, '420');
    assert.notEqual((await judged('The group says it now has 420 members [@friends, para. 2].')).status, 'contradicted');
  });

  test('trial 237: a figure in a clause of its own is set against the passage about that clause, not a table\'s column of another measure', async () => {
    const report = await judgeAgainst([
      {
        name: 'report.md',
        text: lines(
          '# Bridge closures report',
          '',
          '3.1 Of the 52 bridge closures in 2024/25, 41 were for safety reasons alone.',
          '',
          '3.2 The average repair bill at the point of closure in 2024/25 was £5,120.',
          '',
          '| Year | Closures | Total repair bills (£m) | Safety only |',
          '|---|---|---|---|',
          '| 2022/23 | 38 | 0.9 | 30 |',
          '| 2023/24 | 44 | 1.6 | 35 |',
          '| 2024/25 | 52 | 2.4 | 41 |',
        ),
      },
      UNRELATED,
    ]);
    const v = await report('Of those closures, 41 were for safety reasons alone, and the average repair bill at the point of closure was £2,300.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.sourceText, '£5,120');
    assert.notEqual((await report('Of those closures, 41 were for safety reasons alone, and the average repair bill at the point of closure was £5,120.')).status, 'contradicted');
  });

  test('trial 248: a body of another kind sharing the town\'s name is no rival ("… Community Hospital" / "… Rotary Club")', async () => {
    const minutes = await judgeAgainst([{ name: 'minutes.txt', text: lines('Minutes', '', 'DECLARATIONS OF INTEREST', 'Councillor Marsh declared a non-pecuniary interest in item 12 as a member of Eastley Green Rotary Club, which runs a stall at the fair. He remained in the meeting and took part in the vote.') }, UNRELATED]);
    const v = await minutes('She was taken to Eastley Green Community Hospital.');
    assert.notEqual(v.contradiction?.sourceText, 'Eastley Green Rotary Club');
    assert.equal((await minutes('Councillor Marsh declared an interest as a member of Eastley Green Rotary Club.')).status, 'supported');
  });

  test('trial 246: a margin "under the £X budget" is worked out from the sum and the budget, not replaced by the sum', async () => {
    const judged = await judgeAgainst([{ name: 'radio.txt', text: lines('Radio', '', 'Kestle Builders was awarded the contract by the Director of Place under delegated powers. The contract is worth £87,300, well within the £110,000 budget agreed by the council.') }, UNRELATED]);
    const v = await judged('That was £31,700 under the £110,000 budget set by councillors.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.sourceText, '£22,700');
    assert.notEqual((await judged('That was £22,700 under the £110,000 budget set by councillors.')).status, 'contradicted');
  });

  test('trial 249: a month set right by a correction does not keep the draft\'s year ("October 2024" is no "May 2024")', async () => {
    const judged = await judgeAgainst([
      { name: 'gazette.txt', text: lines('GAZETTE', '', 'Quay developer collapses', '', 'Phase one of the redevelopment was due to be completed in October 2024, according to the contract.') },
      { name: 'gazette-correction.txt', text: lines('GAZETTE', '', 'Corrections and clarifications', '', 'The article also stated that phase one of the redevelopment was due to be completed in October 2024. That was the original date in the contract; it had been revised to May 2025 before the company entered administration.') },
      UNRELATED,
    ]);
    const d = (await judged('The contractual completion date for phase one was October 2024 [@gazette].'));
    assert.equal(d.status, 'contradicted');
    const fix = d.contradiction!.ambiguous ? undefined : d.contradiction!.sourceText;
    assert.ok(fix === undefined || /2025/.test(fix), fix);
  });

  test('trial 246: a sentence giving the withdrawn figure as the correction explains it, beside the right one, is no withdrawn statement', async () => {
    const judged = await judgeAgainst([
      { name: 'minutes.txt', text: lines('Minutes', '', 'The Director reported that Harbour Mutual had offered £318,000 in full settlement of the council\'s claim for the two damaged shelters, against a claim of £372,000.') },
      { name: 'gazette-correction.txt', text: lines('GAZETTE', '', 'Corrections', '', 'In our report on 3 March we stated that Elmside Council would receive £372,000 from its insurer, Harbour Mutual. This was incorrect. The figure of £372,000 was the amount the council had claimed. The settlement agreed by the insurer is £318,000.') },
      UNRELATED,
    ]);
    const v = await judged('Harbour Mutual offered £318,000 in full settlement for the two damaged shelters, against the council\'s claim of £372,000 [@minutes].');
    assert.notEqual(v.status, 'contradicted', v.contradiction?.sourceText);
    assert.equal((await judged('Elmside Council will receive £372,000 from its insurer, Harbour Mutual.')).status, 'contradicted');
  });

  test('trial 250: a month without its year in a dated story states the claim\'s year ("last September" in January 2025)', async () => {
    const judged = await judgeAgainst([{ name: 'gazette.txt', text: lines('VALE GAZETTE', 'Tuesday 14 January 2025', '', 'Only four children started in Reception at Elm Hill last September, and projections suggest the roll could fall to 31 by September 2028.') }, UNRELATED]);
    const v = await judged('Only four children joined its Reception class in September 2024.');
    assert.notEqual(v.status, 'contradicted', v.contradiction?.sourceText);
    assert.equal((await judged('Only four children joined its Reception class in September 2022.')).status === 'supported', false);
  });

  test('trials 252-253: a deed only proposed or recommended is not done; "within" a bound the source says it stayed outside is contradicted', async () => {
    const one = async (source: string) => judgeAgainst([{ name: 'src.txt', text: source }, UNRELATED]);
    const recommend = await one(lines('Gazette', '', 'Cllr Ames proposed that the committee recommend the council serve a formal warning notice on Brightway under clause 12 of the contract. Officers said this would be premature.'));
    await citesNone(recommend, ['Following the vote, the council served a formal warning notice on Brightway.']);
    const gerund = await one(lines('# Minutes', '', 'Review of repairs handling', 'The Chief Executive proposed commissioning an independent review of the trust\'s repairs handling, at an estimated cost of £45,000.'));
    await citesNone(gerund, ['The board commissioned an independent review of repairs handling at a cost of £45,000.']);
    const done = await one(lines('# Minutes', '', 'The board commissioned an independent review of the trust\'s repairs handling, at a cost of £45,000.'));
    await citesOne(done, ['The board commissioned an independent review of repairs handling at a cost of £45,000.']);
    const minutes = await one(lines('Minutes', '', 'He said that missed bins had fallen in each week of May, from 3,100 in week 1 to 640 in week 4, but that performance remained outside the contract tolerance throughout the month.', '', 'Interview', '', 'HALL: I would expect us to be back within the contract tolerance by the end of June.'));
    const back = await minutes('By the last week of May, performance had come back within the contract tolerance.');
    assert.equal(back.status, 'contradicted');
    assert.match(back.contradiction!.sourceText, /outside the contract tolerance/);
    assert.notEqual((await minutes('Throughout May, performance remained outside the contract tolerance.')).status, 'contradicted');
  });

  test('trial 251: a passage denying what a thing includes outweighs a table row giving its figure', async () => {
    const judged = await judgeAgainst([
      { name: 'report.md', text: lines('# Appeal report', '', '| Year | Walkers | Raised for the appeal | Notes |', '|---|---|---|---|', '| 2023 | 188 | £61,200 | |', '| 2024 | 240 | £74,500 | Record total |') },
      { name: 'correction.txt', text: lines('Corrections', '', 'We wish to clarify that the £74,500 raised for the appeal at last year\'s walk refers to money raised for the appeal alone. It does not include money raised by walkers for other charities.') },
      UNRELATED,
    ]);
    const v = await judged('The £74,500 raised last year includes money collected by walkers for other charities as well as the appeal.');
    assert.equal(v.suggestions.length, 0, v.suggestions.map((e) => e.source.text.slice(e.span.start, e.span.end)).join());
    assert.notEqual(v.status, 'supported');
    assert.equal((await judged('The walk raised £74,500 for the appeal in 2024.')).status, 'supported');
  });

  test('review of this round\'s rules: a measure word of another phrase, a state said of another thing or time, a sum that is no margin, a unit after "for", a body in the name\'s own place', async () => {
    const one = async (source: string) => judgeAgainst([{ name: 'src.txt', text: source }, UNRELATED]);
    // A target missed before the verb is not the figure's measure; a target hit is a value had.
    const bins = await one(lines('News', '', 'Despite missing its composting target again, the council collected 3,100 tonnes of garden waste in 2024, up from 2,700 tonnes the year before.', '', 'The Weir Canoe Club hit its target of 300 members in June.'));
    assert.equal((await bins('The council collected 4,000 tonnes of garden waste in 2024.')).contradiction?.sourceText, '3,100');
    assert.equal((await bins('The Weir Canoe Club reached 260 members in June.')).contradiction?.sourceText, '300');
    const fines = await one(lines('Report', '', 'Under the new loading limit, 520 drivers were fined in July.'));
    assert.equal((await fines('In July, 250 drivers were fined.')).contradiction?.sourceText, '520');
    // A withdrawn average, said by a claim that gives its peak too, is still the claim's.
    const prices = await judgeAgainst([
      { name: 'post.txt', text: lines('Post', '', 'The average rent in Elmbury reached a record £1,240 a month in April.') },
      { name: 'post-corrections.txt', text: lines('ELMBURY POST', '', 'CORRECTIONS AND CLARIFICATIONS', '', 'Thursday 15 May 2025', '', 'In our report of 2 May on rents, we said the average rent in Elmbury had reached a record £1,240 a month. It is £1,140. We apologise for the error.') },
      UNRELATED,
    ]);
    assert.equal((await prices('The average rent in Elmbury hit a peak of £1,240 a month in April [@post].')).status, 'contradicted');
    // "un-" of another thing of the sentence, another time, another count, or a deed undone: no contradiction.
    const states = await one(lines('Notes', '', 'The museum\'s east wing is unheated, while the museum\'s west wing is kept at 19C.', '', 'An invoice of £2,600 from Harlow Glazing was still unpaid at the end of February. The council settled it in full on 4 April.', '', 'The old maps were unpacked at the new archive on Friday by volunteers.'));
    assert.notEqual((await states('The museum\'s west wing is heated.')).status, 'contradicted');
    assert.notEqual((await states('The £2,600 invoice from Harlow Glazing was paid in April.')).status, 'contradicted');
    assert.notEqual((await states('Volunteers packed the old maps at the old archive.')).status, 'contradicted');
    // A sum "within the budget", or "under" a scheme, is the sum itself, not a margin.
    const costs = await one(lines('Report', '', 'The extension came in at £271,000, well within the £300,000 budget.', '', 'Tenants can claim up to £600 under the £1m winter support scheme.'));
    assert.equal((await costs('The extension cost £285,000 within the £300,000 budget.')).contradiction?.sourceText, '£271,000');
    assert.equal((await costs('Tenants can claim up to £400 under the £1m winter support scheme.')).contradiction?.sourceText, 'up to £600');
    // "£60 for under-16s": the sum's "for" says whose it is.
    const tickets = await one(lines('Prices', '', 'Season tickets cost £120 for adults and £45 for under-16s.'));
    assert.equal((await tickets('Season tickets cost £35 for under-16s.')).contradiction?.sourceText, '£45');
    // The paragraph cited counting staff, or members hoped for, is no count of members.
    const trust = await judgeAgainst([
      { name: 'interview.txt', text: lines('Interview', '', 'Thank you for coming.', '', 'We employ 11 members of staff across the two gardens.', '', 'We hope to reach 2,000 members by 2028.') },
      { name: 'annual.txt', text: lines('Annual report', '', 'The trust now has 1,320 members, up from 1,100 a year ago.') },
      UNRELATED,
    ]);
    for (const para of [2, 3]) {
      const v = await trust(`The trust now has 1,230 members [@interview, para. ${para}].`);
      assert.notEqual(v.contradiction?.sourceText, para === 2 ? '11' : '2,000');
    }
    // A body of another kind in the name's own place is the one named otherwise.
    const plans = await one(lines('News', '', 'The plans for the green were drawn up by Hollins Parish Council and put on show in the library.'));
    assert.equal((await plans('The plans for the green were drawn up by Hollins Primary School.')).status, 'contradicted');
    // The sentence that itself reports a request to publish is not held to its being published.
    const request = await one(lines('Report', '', 'A request by Cllr Amir Dale for the full parking contract to be published was deferred to the committee\'s July meeting while the council takes legal advice.'));
    await citesOne(request, ['Cllr Amir Dale\'s request for the parking contract to be published was deferred.']);
  });

  test('trial 250: a figure the passage gives to another subject, while the claim\'s subject has its own figure there, is not cited', async () => {
    const report = await judgeAgainst([{ name: 'report.md', text: lines('# Consultation report', '', '4.2 The concern raised most often was parking near the gates, mentioned by 142 respondents. Loss of the after-school club at Fenton was mentioned by 97, and the longer walk by 40.') }, UNRELATED]);
    await citesNone(report, ['Loss of the after-school club was the concern raised most often, cited by 142 respondents.']);
    await citesOne(report, ['Parking near the gates was the concern raised most often, mentioned by 142 respondents.']);
  });

  test('trial 248: where the paragraph cited gives the count otherwise, another source\'s passage with the sentence\'s count is not offered', async () => {
    const judged = await judgeAgainst([
      { name: 'herald.txt', text: lines('Herald', '', 'Sponsorship for the regatta has fallen sharply this year.', '', 'Ann Cole told the Herald that firms had so far pledged £9,400, compared with £16,800 from 31 sponsors last year.') },
      { name: 'gazette.txt', text: lines('Gazette', '', 'Ms Cole said sponsorship had reached £15,000 from 28 local businesses last year, and that she would write to every one of them.') },
      UNRELATED,
    ]);
    const v = await judged('Last year\'s sponsorship came from 28 businesses [@herald, para. 2].');
    assert.notEqual(v.status, 'supported');
    assert.equal(v.suggestions.length, 0, v.suggestions.map((e) => e.source.text.slice(e.span.start, e.span.end)).join());
  });

  test('trials 242-249: a recorded vote set out as a table, a column of names a side, says who voted which way', async () => {
    const minutes = await judgeAgainst([{ name: 'minutes.md', text: lines('# Minutes', '', '**Substantive motion.** A recorded vote was requested by Cllr Hale.', '', '| For (6) | Against (3) | Abstained (1) |', '|---|---|---|', '| Cllr Amis | Cllr Hale | Cllr Rowe |', '| Cllr Bell | Cllr Ince | |', '| Cllr Cho | Cllr Jobe | |', '| Cllr Dunn | | |', '| Cllr Eze | | |', '| Cllr Finn | | |', '', 'The substantive motion was CARRIED.') }, UNRELATED]);
    const rowe = await minutes('Cllr Rowe voted against the motion.');
    assert.equal(rowe.status, 'contradicted');
    assert.match(rowe.contradiction!.sourceText, /Abstained \(1\): Cllr Rowe/);
    assert.equal(rowe.contradiction!.claimSpan, undefined, 'no name to put in');
    assert.notEqual((await minutes('Cllr Bell voted for the motion.')).status, 'contradicted');
    assert.notEqual((await minutes('Cllr Rowe abstained.')).status, 'contradicted');
    assert.equal((await minutes('Cllr Bell voted against the motion.')).status, 'contradicted');
    // (Names in one cell, and a head "Abstain".)
    const one = await judgeAgainst([{ name: 'minutes.md', text: lines('# Minutes', '', '**Motion.** That the application be refused. A recorded vote was taken.', '', '| For (5) | Against (2) | Abstain (1) |', '|---|---|---|', '| Amis, Bell, Cho, Dunn, Eze | Hale, Ince | Rowe |', '', 'RESOLVED: that the application be refused.') }, UNRELATED]);
    assert.equal((await one('Cllr Rowe voted against refusal.')).status, 'contradicted');
  });

  const against = (text: string) => judgeAgainst([{ name: 'src.txt', text }, UNRELATED]);

  test('trials 254-257: a plan, a promise or a proposal without the sentence\'s verb of what was done is not cited for it', async () => {
    const interview = await judgeAgainst([{ name: 'interview.txt', text: lines('Interview with Derek Foulds', '', 'There are six of us. Me, my son-in-law Craig, two lads I trained years ago, and two others. We\'ve also been promised a couple of apprentices from Westmarsh College, if the college signs off on it.', '', 'What the town needs is new LED motifs. I\'m going to try to persuade the council to put some money aside for new ones next year.') }, UNRELATED]);
    await citesNone(interview, ['Two apprentices from Westmarsh College have also joined the team.', 'The council has agreed to buy new LED motifs for next year\'s display.']);
    // (The promise itself stays citable.)
    await citesOne(interview, ['Apprentices from Westmarsh College have been promised to the team.']);
    // A proposal that the trust launch an appeal launched none.
    const minutes = await judgeAgainst([{ name: 'minutes.md', text: lines('# Minutes', '', 'Public appeal for funds. A proposal that the trust launch a public crowdfunding appeal to cover any shortfall between the insurance settlement and the value of the stolen items was discussed.') }, UNRELATED]);
    await citesNone(minutes, ['The trustees also launched a public crowdfunding appeal to cover the shortfall left by the insurance settlement.']);
    // A word in the past form before a noun, "an automated locker", "an estimated cost", says nothing was done:
    // "approved" is still the sentence's deed, and the proposal no approval.
    const board = await judgeAgainst([{ name: 'board.txt', text: lines('Minutes', '', '8.1 Dr Rafferty outlined a proposal for an automated prescription collection locker to be sited in Kirkbrae, at an estimated capital cost of £48,000. Members asked for confirmed costings.') }, UNRELATED]);
    await citesNone(board, ['The board has also approved an automated collection locker for Kirkbrae at an estimated cost of £48,000.']);
  });

  test('trial 255: noon and midnight are times of day, which a source\'s other time contradicts', async () => {
    const release = await against(lines('Press release', '', 'High Street and Market Square will be closed to traffic from 2pm to 8pm on Saturday 29 November.'));
    const v = await release('High Street and Market Square will be closed to traffic from noon until 8pm on the day.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.sourceText, '2pm');
    assert.notEqual((await release('High Street and Market Square will be closed to traffic from 2pm until 8pm on the day.')).status, 'contradicted');
    const late = await against(lines('Notes', '', 'The bar will stay open until midnight on Friday.'));
    assert.equal((await late('The bar will stay open until 11pm on Friday.')).status, 'contradicted');
    assert.notEqual((await late('The bar will stay open until 12am on Friday.')).status, 'contradicted');
  });

  test('trial 257: "rather than" the other way round is not cited, and is warned', async () => {
    const report = await judgeAgainst([{ name: 'report.md', text: lines('# Fire report', '', '3.3 The conductors showed evidence of arcing. The lead had itself been plugged into a second extension lead rather than directly into a wall socket, and the combined load is likely to have exceeded its rating.') }, UNRELATED]);
    const v = await report('Investigators found the lead had been plugged directly into a wall socket rather than into another extension lead.');
    assert.notEqual(v.status, 'supported');
    assert.equal(v.suggestions.length, 0);
    assert.match(v.withheld?.why ?? '', /other way round/);
    await citesOne(report, ['Investigators found the lead had been plugged into a second extension lead rather than directly into a wall socket.']);
  });

  test('trial 257: a sum a note gives beside another name is not cited for the name that has its own sum there', async () => {
    const notes = await judgeAgainst([{ name: 'notes.md', text: lines('# Notes', '', 'Pledges so far:', '- Coldharbour Brewery £5k. Brannock materials £8k (in kind)') }, UNRELATED]);
    await citesNone(notes, ['Coldharbour Brewery has pledged £8k.', 'Coldharbour Brewery has pledged £8,000 towards the appeal.']);
    await citesOne(notes, ['Coldharbour Brewery has pledged £5k.']);
  });

  test('trial 256: a correction that quotes what the paper had someone say, then takes it back, withdraws it', async () => {
    const judged = await judgeAgainst([
      { name: 'gazette-collapse.txt', text: lines('Gazette', '', 'A stretch of the riverside path slipped into the river at the weekend.', '', 'Dominic Pryce, the council\'s rights of way manager, said the council expected the path to be open again within a month.') },
      { name: 'gazette-correction.txt', text: lines('CORRECTIONS AND CLARIFICATIONS', '', 'We also quoted Dominic Pryce, the council\'s rights of way manager, as saying the council expected to have the path open again within a month. Mr Pryce has asked us to clarify that he said the council hoped to have "a plan for the repair" within a month. We should not have reported that it expected to reopen the path.') },
      UNRELATED,
    ]);
    const v = await judged('Rights of way manager Dominic Pryce said the council expected the path to be open again within a month [@gazette-collapse, para. 2].');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.kind, 'correction');
    // (What the correction says he did say stands.)
    assert.notEqual((await judged('Dominic Pryce said the council hoped to have a plan for the repair within a month.')).status, 'contradicted');
  });

  test('trial 257: a deadline is not contradicted by the day of an event in the same story', async () => {
    const release = await against(lines('Release', '', 'At its AGM on 22 July 2025 the club voted by 74 votes to 37 to accept an insurance settlement.'));
    const v = await release('The insurer gave the club until 30 September to accept.');
    assert.notEqual(v.contradiction?.sourceText, '22 July');
    const offer = await against(lines('Letter', '', 'This offer remains open until 31 August 2025. If you accept, the settlement may be used towards a replacement building.'));
    assert.match((await offer('The offer remains open until 30 September.')).contradiction?.sourceText ?? '', /^31 August/);
  });

  test('trial 255: a sum\'s own words stop at "and" or "from": the council\'s sum is the one given from the council', async () => {
    const release = await against(lines('Release', '', 'The total budget for the switch-on is £25,000, comprising £18,500 from the town council and £6,500 from Brackenford First Business Improvement District.'));
    const v = await release('The total budget is £25,000, of which the town council is providing £19,500 and Brackenford First BID the rest.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.sourceText, '£18,500');
  });

  test('trials 255-257: "with no pavement" is "without a pavement"; a quotation\'s "not" is the speaker\'s; "could see" is what was seen', async () => {
    const gazette = await against(lines('Gazette', '', 'Walkers are being directed along Stowford Lane, which adds around a mile and a half to the route and includes a stretch without a pavement.'));
    assert.notEqual((await gazette('Walkers have been sent along Stowford Lane, a detour that adds about a mile and a half and includes a stretch with no pavement.')).status, 'contradicted');
    const minutes = await judgeAgainst([
      { name: 'minutes.md', text: lines('# Minutes', '', 'Mr Simon Achterberg, Manager of the BID, addressed the Council. He explained that the BID Board had agreed to contribute £6,500 towards the switch-on, and that the council was the BID\'s piggy bank no longer.') },
      { name: 'gazette.txt', text: lines('Gazette', '', '"We are not the council\'s piggy bank," said BID chair Helen Marsh.') },
      UNRELATED,
    ]);
    const quoted = await minutes('"We are not the council\'s piggy bank," said BID chair Helen Marsh.');
    assert.notEqual(quoted.status, 'contradicted');
    const courier = await judgeAgainst([{ name: 'courier.txt', text: lines('Courier', '', 'Margaret Doyle, who lives across Mill Lane, raised the alarm. "I was letting the dog out and I could see this orange glow above the hedge," she said.') }, UNRELATED]);
    const doyle = await courier('The alarm was raised by Margaret Doyle, who lives across Mill Lane and spotted an orange glow above the hedge while letting her dog out [@courier, para. 2].');
    assert.notEqual(doyle.status, 'citation-mismatch');
  });

  test('trials 209-240: what is so "now", a table\'s line of cost, a hall\'s upkeep: none is cited for a deed the passage does not tell', async () => {
    const release = await against(lines('Press release', '', 'To make room for the extra patients, the Partnership will extend opening hours at Foundry Road. From October, the surgery will open until 8pm on Tuesday and Thursday evenings.'));
    await citesNone(release, ['Foundry Road now stays open until 8pm on Tuesday and Thursday evenings to cope with the extra patients.']);
    await citesOne(release, ['From October, Foundry Road surgery will open until 8pm on Tuesday and Thursday evenings.']);
    const report = await against(lines('# Report', '', '| Item | £ |', '|---|---|', '| Emergency hearth rebuild (Pennine Thermal Services) | 96,500 |', '| Temporary mortuary unit | 14,200 |'));
    await citesNone(report, ['Pennine Thermal Services has since completed the emergency hearth rebuild.']);
    const interview = await against(lines('Interview', '', 'A lot of our costs are things like the upkeep of Coleridge Hall, which the whole university and half the city uses.'));
    await citesNone(interview, ['The university has already put Coleridge Hall up for sale.']);
    await citesOne(interview, ['The whole university and half the city use Coleridge Hall.']);
  });

  test('trials 258-261: another brief, another quarter of a place, a request for a deed: none is cited; a band\'s own sum is the fix', async () => {
    const gazette = await against(lines('Gazette', '', 'Westmere County Council said it would consider whether it could give more when it sets its budget in February. Cllr Alan Reeve, the county\'s cabinet member for environment, said: "We will look at this very carefully."'));
    await citesNone(gazette, ['Cllr Alan Reeve, the county\'s cabinet member for finance, said the county would look at this very carefully.']);
    await citesOne(gazette, ['Cllr Alan Reeve, the county\'s cabinet member for environment, said the county would look at this very carefully.']);
    const ward = await against(lines('Gazette', '', 'Bethan Rowlands, who represents Dunmere West on Kestrelford Borough Council, said the charges would fall hardest on older patients.'));
    const east = await ward('Bethan Rowlands, who represents Dunmere East on Kestrelford Borough Council, said the charges would fall hardest on older patients.');
    assert.equal(east.suggestions.length, 0);
    assert.match(east.withheld?.why ?? '', /Dunmere West, not Dunmere East/);
    await citesOne(ward, ['Bethan Rowlands, who represents Dunmere West on Kestrelford Borough Council, said the charges would fall hardest on older patients.']);
    const friends = await against(lines('Gazette', '', 'Peter Ashdown, chair of the Friends of Dunmere Hospital, said the charity had written to the trust asking it to keep the first hour free at Dunmere.'));
    await citesNone(friends, ['Peter Ashdown said the charity had persuaded the trust to keep the first hour free at Dunmere.']);
    const courier = await against(lines('Courier', '', 'Porters, cleaners and healthcare assistants in Bands 1 to 4 would pay £12 a month, nurses and other staff in Bands 5 to 7 would pay £22, and senior managers and consultants would pay £35.'));
    const bands = await courier('Staff in Bands 5 to 7 will pay £25 a month.');
    assert.equal(bands.status, 'contradicted');
    assert.equal(bands.contradiction?.sourceText, '£22');
    // (A deed told in an aside about someone is not the sentence's deed.)
    const minutes = await against(lines('Minutes', '', 'Councillor Oduya declared a non-pecuniary interest as a volunteer marshal at previous half marathons. She remained in the meeting and took part in the vote.'));
    await citesOne(minutes, ['Councillor Grace Oduya, who has marshalled at past races, declared an interest but stayed in the meeting and voted.']);
  });

  test('trials 258-261: "free of charge" is "not charged"; "neither will" denies the verb again; what is to be demonstrated asserts nothing', async () => {
    const release = await against(lines('Press release', '', 'Patients attending for chemotherapy or renal dialysis, relatives of patients receiving end-of-life care, and outpatients attending three or more times in a week will all park free of charge.'));
    assert.notEqual((await release('Patients having chemotherapy or renal dialysis will not be charged, and neither will relatives of patients receiving end-of-life care.')).status, 'contradicted');
    const minutes = await against(lines('Minutes', '', 'Reasons for refusal:', '1. The development would have an unacceptable landscape and visual impact on Glasswater Moor, an Area of Great Landscape Value, contrary to Policy ENV4.', '2. Insufficient information has been submitted to demonstrate that the development would not cause harm to breeding curlew, contrary to Policy ENV9.'));
    assert.notEqual((await minutes('The council gave two reasons: harm to the landscape of an Area of Great Landscape Value, contrary to policy ENV4, and insufficient information about the effect on breeding curlew.')).status, 'contradicted');
  });

  test('trial 259: a hedge on what may follow ("could be cut …, after the council approved a budget") hedges not the budget', async () => {
    const gazette = await judgeAgainst([{ name: 'gazette.md', text: lines('# Gazette', '', 'Opening hours at all three of Ashcombe\'s public libraries could be cut, and one branch could close altogether, after Westmarsh County Council approved a budget on Thursday night that requires £1.2 million of savings from the county\'s library service in 2025/26.') }, UNRELATED]);
    const v = await gazette('The 2025/26 budget, which the county council approved on Thursday night, requires £1.2 million of savings from the library service [@gazette, para. 1].');
    assert.equal(v.status, 'supported', `${v.status} ${v.reason ?? ''}`);
    // (What it hedges stays hedged.)
    assert.notEqual((await gazette('One of Ashcombe\'s library branches will close altogether [@gazette, para. 1].')).status, 'supported');
  });

  test('trial 257: a side played against is not the ground played at', async () => {
    const courier = await against(lines('Courier', '', 'Mr Pellow said Saturday\'s first XI home fixture against Wyvern Road would go ahead at a neighbouring ground and that junior training would continue.'));
    await citesNone(courier, ['For the rest of this season, the first XI is playing its home matches at Wyvern Road\'s ground.']);
    await citesOne(courier, ['Saturday\'s first XI home fixture against Wyvern Road will go ahead at a neighbouring ground, Mr Pellow said.']);
  });

  test('trials 259-264: a "no" in another sentence, a vote without its side, a role given to another, a correction left open, a change from a level', async () => {
    const notes = await against(lines('# Notes', '', 'Brackwell approx 40% complete: foundations, drainage, steel frame. No windows yet.', '- council paid B £912k to date, against certified valuations.'));
    await citesNone(notes, ['The council had paid Brackwell nothing for the work.']);
    const paid = await against(lines('# Report', '', '3.4 The council has paid Brackwell £912,000 against certified valuations. No payment has been made in advance of work.'));
    await citesNone(paid, ['The council had paid Brackwell nothing for the work.']);
    // ("No" in any sentence of the claim's matter: "She stated that she would remain in the room but would not vote".)
    const lloyd = await against(lines('Minutes', '', 'Cllr Lloyd declared a non-pecuniary interest in item EX24/04 as a member of the Plough steering group. She stated that she would remain in the room but would not vote on that item.'));
    await citesOne(lloyd, ['Cllr Lloyd, a member of the steering group, declared an interest and did not vote on the item.']);
    const minutes = await against(lines('Minutes', '', 'Cllr Greaves declared a non-pecuniary interest in item 50 as his granddaughter attends the school. He remained in the meeting and took part in the vote.'));
    await citesNone(minutes, ['Cllr Paul Greaves, whose granddaughter attends the school, was the only member to vote against.']);
    await citesOne(minutes, ['Cllr Greaves, whose granddaughter attends the school, stayed in the meeting and took part in the vote.']);
    const release = await against(lines('Press release', '', 'The Board\'s consulting engineers, Hollis & Rudd, issued the structural certificate for the repaired pier on Wednesday 2 April, following completion of the main works by Tidewell Marine Engineering on 28 March.'));
    const engineers = await release('The structural certificate for the repaired pier was issued on 2 April by the board\'s consulting engineers, Tidewell Marine Engineering.');
    assert.equal(engineers.suggestions.length, 0);
    assert.match(engineers.withheld?.why ?? '', /Hollis & Rudd/);
    await citesOne(release, ['The structural certificate for the repaired pier was issued on 2 April by the board\'s consulting engineers, Hollis & Rudd.']);
    // A correction that leaves a figure open withdraws none, and puts none in.
    const pier = await judgeAgainst([
      { name: 'gazette.md', text: lines('# Gazette', '', 'The harbour master, Daniel Pryce, said 11,400 people had passed through the turnstiles by the time the gates closed on Sunday.') },
      { name: 'correction.txt', text: lines('Corrections and clarifications', '', 'Our report gave a figure of 11,400 visitors over the opening weekend, supplied by the harbour master. The harbour board\'s finance office has since given another newspaper a figure of 7,900. The board has told the Gazette that it is reviewing the turnstile data and will publish a single figure in due course.') },
      UNRELATED,
    ]);
    assert.notEqual((await pier('The harbour master, Daniel Pryce, said 11,400 people passed through the turnstiles over the opening weekend [@gazette, para. 1].')).status, 'contradicted');
    // A correction that says the paper described someone and "said that she …": "she" is the person named.
    const school = await judgeAgainst([
      { name: 'gazette.txt', text: lines('Gazette', '', 'The meeting, chaired by Jo Farrant, chair of governors, heard that the block will not be ready before spring 2026.') },
      { name: 'correction.txt', text: lines('Corrections and clarifications', '', 'The same article described Jo Farrant as chair of governors and said that she chaired the meeting. That is wrong. The meeting was chaired by David Pryce, chair of governors.') },
      UNRELATED,
    ]);
    assert.equal((await school('The meeting was chaired by Jo Farrant, the school\'s chair of governors.')).status, 'contradicted');
    // A change the sentence gives from a level it gives too is the rival level less that one.
    const report = await against(lines('# Report', '', '3.2 The consultation proposal for Central Library was a reduction to 40 hours. Following feedback, officers recommend 42 hours, restoring late opening until 7pm on Thursdays.'));
    assert.notEqual((await report('The consultation version would have cut Central to 40 hours, but officers added two hours back by restoring late opening until 7pm on Thursdays.')).status, 'contradicted');
    assert.equal((await report('The consultation version would have cut Central to 40 hours, but officers added three hours back by restoring late opening until 7pm on Thursdays.')).status === 'supported', false);
  });

  test('review of this session\'s rules: "12 noon", an approved proposal, opposite verbs either side of "rather than", a clarification alone, a band\'s own sum, "voted for by"', async () => {
    const market = await against(lines('Notice', '', 'The night market opens at 12 noon and closes at midnight.', '', 'The fete opens at 12 noon and ends at 5pm.'));
    assert.notEqual((await market('The fete opens at noon.')).status, 'contradicted');
    const nine = await market('The night market opens at 9am.');
    assert.equal(nine.status, 'contradicted');
    assert.equal(nine.contradiction?.sourceText, '12 noon');
    const appeal = await against(lines('News', '', 'A proposal that the trust launch a roof appeal was approved in April, and the appeal began in May.'));
    await citesOne(appeal, ['The trust launched its roof appeal in May.']);
    const cuts = await against(lines('News', '', 'Faced with cuts, residents chose to lose the pool rather than the library.'));
    await citesOne(cuts, ['Residents chose to keep the library rather than the pool.']);
    // (Where the verbs themselves are swapped, it is the other way round still.)
    const street = await against(lines('Review', '', 'The committee chose to resurface Market Street rather than pedestrianise it.'));
    await citesNone(street, ['The committee chose to pedestrianise Market Street rather than resurface it.']);
    const judged = await judgeAgainst([
      { name: 'news.txt', text: lines('News', '', 'Head teacher Anne Lee said the school would close in July.', '', 'Cllr Jo Hale said the library would close on Fridays.') },
      { name: 'corrections.txt', text: lines('Corrections', '', 'We also quoted Ms Lee as saying the school would close in July. Ms Lee has asked us to clarify that her first name is Ann, not Anne.', '', 'We also quoted Cllr Hale as saying the library would close on Fridays. Cllr Hale has asked us to clarify that she also said it would open on Sundays.') },
      UNRELATED,
    ]);
    assert.notEqual((await judged('Ms Lee said the school would close in July.')).status, 'contradicted');
    assert.notEqual((await judged('Cllr Hale said the library would close on Fridays.')).status, 'contradicted');
    const pay = await against(lines('Pay', '', 'Band 5 staff would get £1,400 and Band 7 staff £2,100; staff in Bands 8 to 9 would get £3,000.'));
    assert.equal((await pay('Band 7 staff would get £1,900.')).contradiction?.sourceText, '£2,100');
    assert.equal((await pay('Band 5 staff would get £1,900.')).contradiction?.sourceText, '£1,400');
    const awards = await against(lines('News', '', 'The show also won the people\'s choice award, which is the only award on the night voted for by viewers.'));
    await citesOne(awards, ['The show also won the people\'s choice award, which is the only award on the night voted for by viewers.']);
  });

  test('trial 263: a note\'s "Fenn amdt … FELL 2-5" is the amendment\'s, and "Subst motion CARRIED 5-1" the motion\'s', async () => {
    const notes = await against(lines('# Notes', '', '- all 7 members present.', '- Item 4 reopening: Whitcombe moved 12 Apr, Karim 2nd.', '- Fenn amdt -> 26 Apr (2nd Maddox). FELL 2-5.', '- Subst motion CARRIED 5-1, Maddox abst. Fenn only vote against.', '- Item 5 pitch fee. DEFERRED to 7 Apr.'));
    const v = await notes('The substantive motion then carried by five votes to one, with Peter Maddox abstaining.');
    assert.notEqual(v.status, 'unsupported', v.reason);
    assert.notEqual(v.status, 'contradicted');
  });

  test('trials 265-268: an acronym the passage spells out, a note\'s "(not yet)", a recorded vote requested by another', async () => {
    const gazette = await against(lines('Gazette', '', 'The committee voted by five votes to one to recommend that the cabinet write to the Marine and Rivers Authority backing a full investigation into the Gullstone Point overflow.'));
    const v = await gazette('Members voted five to one to recommend that the cabinet write to the MRA backing an investigation into the Gullstone Point overflow.');
    assert.notEqual(v.status, 'contradicted', v.contradiction?.sourceText);
    const notes = await against(lines('# Notes', '', '- Grant £9,000 in two halves.', '- First instalment £4,500 — paid in April (not yet).'));
    await citesNone(notes, ['The first instalment of £4,500 has already been paid to the carnival committee.']);
    const minutes = await against(lines('Minutes', '', 'A recorded vote was requested by Cllr Mistry.', 'On the AMENDMENT:', '  FOR (4): Cllrs Crossley, Dunn, Earnshaw, Tate', '  AGAINST (3): Cllrs Haigh, Mistry, Venn', 'The amendment was CARRIED.'));
    await citesNone(minutes, ['A recorded vote was requested by Cllr Crossley.']);
    await citesOne(minutes, ['A recorded vote was requested by Cllr Mistry.']);
  });

  test('trial 265: a span of time of another deed, and the parts of a sum "between them", are no fix', async () => {
    const minutes = await judgeAgainst([
      { name: 'minutes.txt', text: lines('Minutes', '', 'Mrs Marion Ashworth, Chair of the Carnival Committee, explained that the carnival\'s main sponsor had withdrawn after eleven years.') },
      { name: 'profile.txt', text: lines('Profile', '', 'Mrs Ashworth has chaired the carnival committee for six years.') },
      UNRELATED,
    ]);
    const v = await minutes('Mrs Ashworth has chaired the carnival committee for nine years.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.sourceText, 'six');
    const notes = await against(lines('# Notes', '', 'Two firms pledged for match: Holroyd Joinery £500, Kelbridge Motors £750. Not yet paid — pledges only.'));
    const paid = await notes('Holroyd Joinery and Kelbridge Motors have pledged £1,250 between them towards the match-funding target.');
    assert.notEqual(paid.contradiction?.sourceText, '£750');
    assert.notEqual(paid.contradiction?.sourceText, '£500');
  });

  test('trial 268: a name with a role after it, where a report\'s heading gives the role to another', async () => {
    const report = await against(lines('REPORT NO. CT/24/17', '', 'Report of: Head of Passenger Transport (Dr Nadia Kowalczyk)', 'Cabinet Member: Cllr Robert Ainsley, Highways and Transport', '', '1.1 To inform Cabinet of the withdrawal of bus Service 62 and to seek approval for a community transport replacement.'));
    const v = await report('The report to cabinet on Service 62 was written by Robert Ainsley, the county\'s head of passenger transport.');
    assert.equal(v.suggestions.length, 0);
    assert.match(v.withheld?.why ?? '', /Nadia Kowalczyk/);
  });

  test('trials 261-264: no plans for the deed, those left out "get nothing", a deed only in a heading', async () => {
    const meeting = await against(lines('Courier', '', 'Asked whether the Marlow Street building would be sold, Ms Verma said there were "no plans to sell the station", although the force\'s estates would be reviewed in 2026.'));
    await citesNone(meeting, ['The Marlow Street building will be put up for sale in 2026 as part of a force estates review.']);
    await citesOne(meeting, ['Ms Verma said the force\'s estates would be reviewed in 2026.']);
    const union = await against(lines('Statement', '', 'The night-shift exemption only applies to shifts starting at or after 7pm. Staff on long days, who start at 7.30am and finish at 8pm, get nothing.'));
    await citesNone(union, ['Staff working long days that start at 7.30am will also be able to park free under the night-shift exemption.']);
    await citesOne(union, ['The night-shift exemption applies to shifts starting at or after 7pm.']);
    const report = await against(lines('# Report', '', '### 7. Performance bond and recovery', '', '7.1 Brackwell provided a performance bond of 10 per cent of the contract sum (£238,000), issued by Castlemere Insurance plc. The council has notified the bond provider of a potential claim.'));
    await citesNone(report, ['The council has already recovered the £238,000 performance bond from Brackwell\'s insurer.']);
    await citesOne(report, ['The council has notified the bond provider of a potential claim on the £238,000 performance bond.']);
  });

  test('trials 269-272: a tally fixed on both sides, a name under a heading, a part of a whole, a rough time, a bound', async () => {
    // "eight votes to one" against "seven votes to two": the whole tally, or the fix writes "seven votes to one".
    const release = await against(lines('Press release', '', 'Cabinet approved the recommendation by seven votes to two.'));
    const tally = await release('Cabinet members backed the recommendation by eight votes to one.');
    assert.equal(tally.status, 'contradicted');
    assert.equal(tally.contradiction?.claimText, 'eight votes to one');
    assert.equal(tally.contradiction?.sourceText, 'seven votes to two');
    // A minutes heading is no part of the name under it.
    const minutes = await against(lines('MINUTES', '', 'EM/25/2 DECLARATIONS OF INTEREST', 'Councillor Hartigan declared a pecuniary interest in item EM/25/4 as an employee of a contractor engaged by Calder Vale Water. He took no part in the debate or vote on that item.'));
    const declared = await minutes('Councillor Colin Ward declared an interest as an employee of a Calder Vale Water contractor and did not vote.');
    assert.equal(declared.status, 'contradicted');
    assert.doesNotMatch(declared.contradiction?.sourceText ?? '', /DECLARATIONS|\n/);
    // "used 2,390 of the 2,400": the 2,400's row gives the limit, no count of what was used.
    const report = await against(lines('Report', '', '| Measure | Existing | Proposed |', '|---|---|---|', '| Annual night movements (limit) | 2,400 | 4,100 |', '| Dwellings in the noise contour | 1,120 | 1,870 |'));
    const used = await report('In 2024 the airport used 2,390 of the 2,400 night movements it was allowed.');
    assert.notEqual(used.contradiction?.sourceText, '4,100');
    // "shortly after 5am" gives no other time than "at 5.10am"; "shortly before 5am" does.
    const courier = await against(lines('Courier', '', 'The main failed at about 3.40am. Engineers isolated the pipe shortly after 5am, but by then the tanks had begun to drain.'));
    assert.notEqual((await courier('Engineers isolated the pipe at 5.10am, but by then the tanks had begun to drain.')).status, 'contradicted');
    const before = await against(lines('Courier', '', 'The main failed at about 3.40am. Engineers isolated the pipe shortly before 5am, but by then the tanks had begun to drain.'));
    assert.equal((await before('Engineers isolated the pipe at 5.10am, but by then the tanks had begun to drain.')).status, 'contradicted');
    // "more than two million" is no citation for 1.9 million.
    const post = await against(lines('Post', '', 'More than two million litres of bottled water have now been handed out at the three collection points.'));
    await citesNone(post, ['The company handed out 1.9 million litres of bottled water at the three collection points.']);
    await citesOne(post, ['More than two million litres of bottled water have been handed out at the three collection points.']);
  });

  test('trials 269-272: a date set by another deed\'s, a name in the place of the sentence\'s, an amendment\'s tally', async () => {
    const gazette = await against(lines('Gazette', '', 'The petition was launched on 18 March, six days after the council\'s cabinet agreed to consult on closing the school.'));
    assert.notEqual((await gazette('The cabinet agreed to consult on closing the school on 12 March.')).status, 'contradicted');
    assert.equal((await gazette('The petition was launched on 12 March.')).status, 'contradicted');
    const governors = await against(lines('Minutes', '', '**Amendment:** Malcolm Tennant proposed that the words "or a formal partnership with Ashby Cross Primary School" be added after "Fenby Primary School". Seconded by Stephen Lowe.'));
    const named = await governors('An amendment from Malcolm Tennant added a formal partnership with Braithby Primary School as a second option.');
    assert.equal(named.status, 'contradicted');
    assert.equal(named.contradiction?.sourceText, 'Ashby Cross Primary School');
    assert.equal(named.contradiction?.claimSpan, undefined);
    const post = await against(lines('Post', '', 'The original motion asked only for the findings to come back "in due course". Cllr Dev Sandhu successfully amended it to set a deadline of 31 March 2025, by six votes to three.'));
    const carried = await post('The amended motion was carried by eight votes to one.');
    assert.equal(carried.contradiction?.claimSpan, undefined, carried.contradiction?.sourceText);
  });

  test('trials 269-272: a part done is no deed done, a passive\'s thing must be there, a correction outweighs the article', async () => {
    const release = await against(lines('Press release', '', 'The Tanner Street sewer diversion is around 80% complete and is due to finish in January 2025.'));
    await citesNone(release, ['The Tanner Street sewer diversion was completed in January 2025.']);
    await citesOne(release, ['The Tanner Street sewer diversion is due to finish in January 2025.']);
    const courier = await against(lines('Courier', '', 'Halvorsen Rail, the Norwegian-owned firm building the line, will carry part of the overrun under its contract.'));
    await citesNone(courier, ['The trams are being built by Halvorsen Rail.']);
    await citesOne(courier, ['The line is being built by Halvorsen Rail.']);
    const sources = [
      { name: 'post.txt', text: lines('Evening Post', '', 'Tom Keeley, chair of Brennan Cross Residents\' Association, said traders on Hollins Road had "lost a year of business already".') },
      { name: 'corrections.txt', text: lines('CORRECTIONS AND CLARIFICATIONS', '', 'Clarification: an article on 5 November quoted Tom Keeley as chair of Brennan Cross Residents\' Association. Mr Keeley has asked us to make clear that he was speaking personally and not on behalf of the association.') },
      UNRELATED,
    ];
    const judged = await judgeAgainst(sources);
    const v = await judged('Tom Keeley, speaking on behalf of Brennan Cross Residents\' Association, said traders had "lost a year of business already".');
    assert.equal(v.suggestions.length, 0);
    assert.notEqual(v.status, 'supported');
    await citesOne(judged, ['Tom Keeley said traders on Hollins Road had "lost a year of business already".']);
  });

  test('trial 272: "stopped short of committing" commits to nothing; "amended it … by six votes to three" is the amendment\'s tally; the lists under a vote are its tally', async () => {
    const post = await against(lines('Post', '', 'The mayor said she would consider the recommendation "carefully" but stopped short of committing to a review. She left the meeting before the vote.'));
    assert.notEqual((await post('The mayor left the meeting before the vote and has not committed to commissioning a review.')).status, 'contradicted');
    const report = await against(lines('Post', '', 'Members of the scrutiny committee voted 7-2 to recommend that the mayor commission an outside review.', '', 'The original motion asked only for the findings to come back "in due course". Cllr Dev Sandhu successfully amended it to set a deadline of 31 March 2025, by six votes to three.'));
    assert.notEqual((await report('Cllr Dev Sandhu amended it to require the findings by 31 March 2025, and the amendment passed by six votes to three.')).status, 'contradicted');
    const minutes = await against(lines('# Minutes', '', 'The substantive motion, as amended, was then put to the vote and CARRIED.', '', 'For (7): Councillors Abernethy, Brooke, Marsh, Pryce, Quinlan, Rahman and Sandhu.', '', 'Against (2): Councillors Doyle and Ferris.', '', '44. Date of next meeting'));
    const carried = await minutes('The amended motion was carried by eight votes to one.');
    assert.equal(carried.status, 'contradicted');
    assert.match(carried.contradiction?.sourceText ?? '', /For \(7\), Against \(2\)/);
    assert.notEqual((await minutes('The amended motion was carried by seven votes to two.')).status, 'contradicted');
  });

  test('trials 273-276: another of the name\'s kind, a deed said of another thing, a correction\'s quoted remark', async () => {
    const story = await against(lines('Courier', '', 'Margaret Ellery, who taught at Tollerton Primary School for 32 years, fell in her kitchen on the evening of Saturday 11 January.'));
    const school = await story('Mrs Ellery taught at Brackley Primary School for 32 years.');
    assert.equal(school.suggestions.length, 0);
    assert.match(school.withheld?.why ?? '', /Tollerton Primary School/);
    await citesOne(story, ['Margaret Ellery taught at Tollerton Primary School for 32 years.']);
    const minutes = await against(lines('# Minutes', '', 'The Committee considered a call-in of the decision to award the leisure contract to Wyvern Community Leisure Trust. The call-in was received on 14 February and was signed by five councillors.'));
    await citesNone(minutes, ['The contract with Wyvern was signed the following day.']);
    await citesOne(minutes, ['The call-in was signed by five councillors.']);
    // A correction that quotes the remark it withdraws denies nothing of an amendment its speaker moved.
    const judged = await judgeAgainst([
      { name: 'minutes.txt', text: lines('Minutes', '', '4.4 AMENDMENT: Proposed by T. Weatherall, seconded by D. Ocampo: to insert "after first obtaining an independent second engineering opinion".', 'Vote on the amendment: For 3; Against 4. The amendment FELL.') },
      { name: 'correction.txt', text: lines('CORRECTIONS', '', 'Our report attributed the remark "We are not going to be bullied into taking a third of what we\'re owed" to trustee Tom Weatherall. The remark was made by trustee Niall Fensome.') },
      UNRELATED,
    ]);
    assert.notEqual((await judged('An amendment from Mr Weatherall, which would have required an independent second engineering opinion first, fell by four votes to three.')).status, 'unsupported');
  });

  test('trials 273-276: false alarms — a department is no departure, a quoted "cannot" ends there, "she added that" names no speaker, "and had", "nobody else", a list\'s shared role', async () => {
    const release = await against(lines('Release', '', 'The Commission has rated the emergency department at St Aldhelm\'s Hospital as Inadequate following an unannounced inspection on 9 and 10 January 2025.'));
    assert.notEqual((await release('The Commission\'s inspectors had arrived unannounced on 9 and 10 January.')).status, 'contradicted');
    const hale = await against(lines('Release', '', '"Wyvern has a strong track record, and it can do things that we as a council simply cannot, including saving hundreds of thousands of pounds in business rates," said Cllr Hale.'));
    assert.notEqual((await hale('Cllr Hale said Wyvern could do things the council "simply cannot", including saving hundreds of thousands of pounds in business rates.')).status, 'contradicted');
    const echo = await against(lines('Echo', '', 'Former treasurer Michael Pennock admitted fraud at the village hall. "Every month he sat at that committee table and told his neighbours the money was safe," Ms Lakhani said.', '', 'He had no previous convictions and had resigned as treasurer in July 2023, before the fraud was discovered, citing ill health.'));
    const added = await echo('She added that every month Pennock "sat at that committee table and told his neighbours the money was safe".');
    assert.notEqual(added.status, 'contradicted', added.contradiction?.sourceText);
    assert.equal(added.suggestions.length, 1, added.withheld?.why);
    const resigned = await echo('He resigned as treasurer in July 2023, citing ill health, before the fraud was discovered.');
    assert.equal(resigned.status, 'supported', resigned.withheld?.why);
    // (A wrong speaker named outright is still no citation.)
    await citesNone(echo, ['Pennock said every month he "sat at that committee table and told his neighbours the money was safe".']);
    const interview = await against(lines('Interview with Mrs Joan Ellery, chair', '', 'When Len Hobart stood down as chair in March 2023 nobody else wanted it, so it fell to me.'));
    assert.equal((await interview('Mrs Ellery took over the chair from Len Hobart in March 2023.')).status, 'supported');
    const minutes = await against(lines('# Board minutes', '', 'Present: Colin Bramhall (Chair); Sandra Lyle, Aisha Karim, Nadia Hussain (Non-Executive Directors); Alan Shearsby (Director of Finance).', '', '6.5 Ms Karim moved an amendment, seconded by Ms Hussain, to publish the number of patients cared for in corridors each month.'));
    const karim = await minutes('Aisha Karim, a non-executive director, moved an amendment to publish the number of patients cared for in corridors each month.');
    assert.doesNotMatch(karim.withheld?.why ?? '', /Shearsby/);
    assert.equal(karim.suggestions.length, 1, karim.withheld?.why);
  });

  test('trial 276: a small count the passage has only for another thing is no citation; a role of one kind is still another\'s', async () => {
    const echo = await against(lines('Echo', '', 'The court heard that Pennock, treasurer of the village hall for seven years, took £41,870 from the charity in 39 transfers over a little over two years.'));
    await citesNone(echo, ['Pennock had two previous convictions, the court heard.']);
    await citesOne(echo, ['The court heard that Pennock took £41,870 from the charity in 39 transfers.']);
    const minutes = await against(lines('# Minutes', '', '**Officers:** Helen Marshall (Head of Libraries and Heritage); Rebecca Noon (Director of Finance).', '', 'The Director of Finance advised that use of general reserves to fund ongoing revenue costs was not recommended.'));
    const v = await minutes('Helen Marshall, the council\'s director of finance, had advised against using reserves to meet ongoing running costs.');
    assert.equal(v.suggestions.length, 0);
    assert.notEqual(v.status, 'supported');
  });

  test('trial 273: a table row under a before and an after column is a change, and the sentence that turns it round is contradicted', async () => {
    const report = await against(lines('# Report', '', '**Table 2: Principal fees and charges**', '', '| Item | Current price | From 1 Sept 2025 |', '|---|---|---|', '| Adult monthly membership | £32.50 | £36.00 |', '| Sports hall court hire (per hour) | £42.00 | £45.00 |', '', '5.1 The new prices apply at all four centres.'));
    const fall = await report('Court hire at the sports hall will fall from £45 to £42 an hour.');
    assert.equal(fall.status, 'contradicted');
    assert.equal(fall.contradiction?.claimSpan, undefined);
    assert.notEqual((await report('Court hire at the sports hall will rise from £42 to £45 an hour.')).status, 'contradicted');
    assert.notEqual((await report('Adult monthly membership will go up from £32.50 to £36.')).status, 'contradicted');
  });

  test('trial 273: a post given to another body ("GMB organiser Carol Whitlock") is no citation for "UNISON organiser Carol Whitlock"', async () => {
    const gazette = await against(lines('Gazette', '', 'UNISON members voted to reject the transfer. Not every union is taking the same line. GMB organiser Carol Whitlock said: "We have had written assurances on pensions and we are going to hold the trust to them."'));
    const v = await gazette('UNISON organiser Carol Whitlock said the union had received written assurances on pensions.');
    assert.equal(v.suggestions.length, 0);
    assert.match(v.withheld?.why ?? '', /GMB organiser/);
    await citesOne(gazette, ['GMB organiser Carol Whitlock said the union had received written assurances on pensions.']);
  });

  test('the review of trials 261-280\'s rules: true sentences they must leave alone', async () => {
    const news = await against(lines('News', '', 'King\'s Norton Primary School in Birmingham will get a new hall costing £1.5 million.', '', 'Stoke on Trent College will close its Burslem campus in July.'));
    await citesOne(news, ['Kings Norton Primary School in Birmingham will get a new £1.5 million hall.', 'Stoke-on-Trent College will close its Burslem campus in July.']);
    const post = await against(lines('Post', '', 'The council stopped short of banning e-scooters in Clifton, and instead cut their speed limit to 10mph.', '', 'The runaway lorry stopped short of the Cumberland Basin swing bridge.'));
    for (const sentence of ['Bristol council cut the speed limit for e-scooters in Clifton to 10mph.', 'Bristol council did not ban e-scooters in Clifton.', 'The runaway lorry stopped before reaching the Cumberland Basin swing bridge.']) assert.notEqual((await post(sentence)).status, 'contradicted', sentence);
    assert.equal((await post('Bristol council banned e-scooters in Clifton.')).status, 'contradicted');
    const release = await against(lines('Release', '', 'Under the Marston Warm Homes scheme, landlords get nothing, but tenants receive £300 each.', '', 'Students at Kenton College are not eligible for the half-price fares.'));
    await citesOne(release, ['Tenants in Marston receive £300 each under the Warm Homes scheme.', 'Kenton College students will not get half-price fares.']);
    await citesNone(release, ['Landlords in Marston receive £300 each under the Warm Homes scheme.']);
    const minutes = await against(lines('# Wargrave Parish Council', '', '### 3. Clerk\'s resignation', '', 'The clerk, Jean Ames, handed in her notice on 20 May and will leave at the end of June.'));
    await citesOne(minutes, ['Jean Ames, clerk to Wargrave Parish Council, has resigned.']);
    const sale = await against(lines('News', '', 'The Swindon Designer Outlet was bought by Realm Estates for £20 million in March.'));
    await citesOne(sale, ['The outlet centre in Swindon was bought by Realm Estates for £20 million in March.']);
    const chair = await against(lines('News', '', '"Nobody else wanted the job, so it fell to me," said Bill Orr, who became chairman of Chesham Town Football Club on 1 June.'));
    await citesOne(chair, ['Bill Orr took the Chesham Town chairmanship because nobody else wanted it.']);
    const echo = await judgeAgainst([
      { name: 'corrections.txt', text: lines('Corrections, Eastfield Echo, 1 March 2024', '', 'Correction: Sue Cole did not resign from the cabinet in February, as we reported on 26 February.', '', 'Correction: Paul Rigby did not resign as a governor of Eastfield Primary School.') },
      { name: 'article.txt', text: lines('Eastfield Echo, 12 March 2024', '', 'Deputy leader Sue Cole resigned from the cabinet on 11 March after a row over the budget.', '', 'Paul Rigby resigned as chairman of Eastfield Rotary Club on 5 March.') },
      UNRELATED,
    ]);
    await citesOne(echo, ['Sue Cole resigned from the Eastfield cabinet on 11 March after a row over the budget.', 'Paul Rigby resigned as chairman of Eastfield Rotary Club on 5 March.']);
  });

  test('trials 277-280: a figure in another unit, a deadline of another deed, a month\'s count for another month, a month for another, a "not" about something else', async () => {
    const report = await judgeAgainst([
      { name: 'report.md', text: lines('# Report', '', '| Route | Between | Current frequency |', '|---|---|---|', '| 7 | Kellbridge – Harwick | Every 20 minutes |', '| 9 | Kellbridge – Dunmore | Every 30 minutes |') },
      { name: 'courier.txt', text: lines('Courier', '', 'Route 7 to Harwick would be run from the company\'s Harwick depot, 19 miles away.') },
      UNRELATED,
    ]);
    const miles = await report('The remaining routes will be run from Harwick, some 12 miles from Kellbridge.');
    assert.notEqual(miles.contradiction?.sourceText, '20');
    const chronicle = await against(lines('Chronicle', '', 'Under the notice, Grayfield must send the regulator a revised odour management plan by 12 April and cover exposed waste in the newest part of the site, known as Cell 4, by the end of April.', '', 'The regulator received 411 complaints about the smell in February alone, and more than 900 since September.'));
    const cover = await chronicle('The notice gave the company until 30 May to cover the exposed waste in Cell 4.');
    assert.notEqual(cover.contradiction?.sourceText, '12 April');
    const logged = await chronicle('In January 2024 alone the regulator logged 240 complaints about the smell.');
    assert.notEqual(logged.contradiction?.sourceText, '411');
    assert.equal((await chronicle('In February the regulator logged 240 complaints about the smell.')).contradiction?.sourceText, '411');
    const summary = await against(lines('Report', '', '6.4 We will publish an updated complaints summary at the end of June 2024.'));
    await citesNone(summary, ['An updated complaints summary is due at the end of September.']);
    await citesOne(summary, ['An updated complaints summary is due at the end of June 2024.']);
    const trust = await against(lines('Statement', '', 'Pupils who are not in school will be set work through KestrelLearn, the trust\'s online learning platform.'));
    await citesNone(trust, ['Pupils at home were not set any work during the closures.']);
  });

  test('the review of trials 261-280: "80% complete" and "close to completion" complete nothing; "no plans for the hall to be sold"', async () => {
    const news = await against(lines('News', '', 'The Kennet library refit is 80% complete, the council said on Monday.', '', 'The Reading Road bridge is close to completion.', '', 'There are no plans for the village hall to be sold.'));
    await citesNone(news, ['The Kennet library refit was completed, the council said on Monday.', 'The Reading Road bridge has been completed.', 'The village hall will be sold.']);
    await citesOne(news, ['The Kennet library refit is 80% complete.', 'The village hall is not being sold.']);
  });

  test('trial 278: one deal told from its two sides is no opposite ("bought … from the Askew estate" is "the estate sold … to the Trust")', async () => {
    const gazette = await against(lines('Gazette', '', 'A 1994 plan by the then owners, the Askew estate, to demolish the unstable Maiden Tower was dropped after a petition signed by more than 3,000 residents. The estate sold the ruin to the newly formed Trust four years later for a nominal £1.'));
    assert.notEqual((await gazette('The trust bought the ruin from the Askew estate for a nominal £1, four years after a petition saved the Maiden Tower from demolition.')).status, 'contradicted');
    assert.equal((await gazette('The Askew estate bought the ruin from the trust for a nominal £1, four years after a petition saved the Maiden Tower from demolition.')).status, 'contradicted');
  });

  test('trial 278: of two tallies in a sentence, the one a recorded vote shares a side with is the one quoted as wrong', async () => {
    const minutes = await against(lines('# AGM minutes', '', '*Amendment* (proposed Priya Sandhu, seconded Fiona Lennox): to delete the words "and shall not negotiate a single-source contract". Amendment carried: 34 for, 19 against, 5 abstentions.', '', 'Resolution 3 as amended ("That the Trust appoint the Phase 2 contractor by open competitive tender") carried: 41 for, 12 against, 5 abstentions.'));
    const v = await minutes('Members voted 41 to 12 to put Phase 2 out to open tender, after backing an amendment from Priya Sandhu by 39 votes to 19.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.claimText, '39 votes to 19');
  });

  test('trial 280: a sentence a correction restates as what the paper had wrong is not cited, nor supported', async () => {
    const judged = await judgeAgainst([
      { name: 'chronicle.txt', text: lines('Chronicle', '', 'The regulator served an enforcement notice on Grayfield on 14 March.', '', 'The notice was signed by environment officer Tom Pryce.') },
      { name: 'correction.txt', text: lines('CORRECTIONS', '', 'In our report of 15 March we gave the wrong deadline.', '', 'We also stated that the enforcement notice was signed by environment officer Tom Pryce. The notice was signed by Deborah Okafor, the regulator\'s area environment manager.') },
      UNRELATED,
    ]);
    const v = await judged('The enforcement notice itself was signed by environment officer Tom Pryce.');
    assert.equal(v.suggestions.length, 0);
    assert.notEqual(v.status, 'supported');
    await citesOne(judged, ['The regulator served an enforcement notice on Grayfield on 14 March.']);
  });

  test('trial 277: a correction\'s "route 9" withdraws no "nine engineers"; a fraction fix keeps its article', async () => {
    const judged = await judgeAgainst([
      { name: 'gazette.txt', text: lines('Gazette', '', 'According to the company, 71 posts are based at Mill Lane: 58 drivers, nine engineers and four administrative and cleaning staff.') },
      { name: 'correction.txt', text: lines('Corrections', '', 'The same article said route 9 between Kellbridge and Dunmore would be withdrawn. That was wrong: route 9 will continue.') },
      UNRELATED,
    ]);
    assert.notEqual((await judged('According to the company, 71 posts are based at Mill Lane: 58 drivers, nine engineers and four administrative and cleaning staff.')).status, 'contradicted');
    const report = await against(lines('# Report', '', '4.2 The three routes proposed for withdrawal carry 1,720 passenger journeys a day, roughly a third of the total on Kellbridge services.'));
    const v = await report('Together, the three routes being withdrawn carry about half of all passenger journeys on Kellbridge services.');
    assert.equal(v.status, 'contradicted');
    assert.equal(v.contradiction?.sourceText, 'a third');
  });

  test('trials 277-284: what was voted for, a table of steps to be done by a date, a deed only asked for', async () => {
    const minutes = await against(lines('# Minutes', '', 'Councillor Partridge declared a non-pecuniary interest in item 5 as a member of the Bus Users Group. He remained in the meeting and took part in the vote.', '', 'At the end we voted to ask the union to run an indicative ballot, to see where people stand on action.'));
    await citesNone(minutes, ['Members at the meeting voted to go on strike.']);
    await citesOne(minutes, ['Members voted to ask the union to run an indicative ballot.']);
    const notice = await against(lines('# Enforcement notice', '', '| Step | Requirement | Complete by |', '|---|---|---|', '| 1 | Submit to the Regulator a revised Odour Management Plan for written approval | 12 April 2024 |', '| 2 | Place temporary capping over all exposed waste in Cell 4 | 30 April 2024 |'));
    await citesNone(notice, ['The regulator has since approved the revised odour management plan.']);
    const interview = await against(lines('Interview with Dennis Harrold', '', 'DENNIS HARROLD: Withdraw the notice, apologise, and put it in writing that no plot will be halved unless the tenant says so.'));
    await citesNone(interview, ['The council also apologised to Mr Harrold in writing.']);
    await citesOne(interview, ['Dennis Harrold wants the council to apologise and put it in writing that no plot will be halved unless the tenant says so.']);
    // (Only a deed the sentence says was done: "requires the works to be completed by" asks nothing of the passage's "to complete".)
    const letter = await against(lines('Letter', '', 'The notice requires the freeholder to complete works to fire stopping and the common-parts fire alarm by 2 June 2025.'));
    await citesOne(letter, ['The notice requires the works to fire stopping to be completed by 2 June 2025.']);
  });
});
