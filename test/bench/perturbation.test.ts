/**
 * The perturbation suite's generator keeps its promises, on two small articles made up here: every false
 * case puts in something the article does not have, every rewrite fires only where its pattern is, and
 * the same seed gives the same cases. Nothing here looks at the judge's verdicts.
 */
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { draftText, judgeCases } from '../../bench/perturb';
import { isNewTo } from '../../bench/perturbation/entities';
import { caseHash, generateCases, selectArticles, type PerturbCase } from '../../bench/perturbation/generate';
import { PERTURBATIONS, PERTURBATION_KINDS } from '../../bench/perturbation/perturbations';
import { createRandom } from '../../bench/perturbation/random';
import { REWRITES, type RewriteKind } from '../../bench/perturbation/rewrites';
import { articleContext, claimSentences, figureValue, hasPhrase, isNegated, type Article } from '../../bench/perturbation/text';

const HARBOUR: Article = {
  id: 'toy-harbour',
  src: 'wire',
  title: 'HARBOUR WORKS APPROVED',
  paras: [
    'The Kestrel Bay town council approved the harbour plan on Tuesday after a long debate.',
    'The works will cost 12.5 mln dlrs and employ 1,200 people, the council said.',
    '"We are delighted," she said.',
    'Mayor Anna Berg said the council expects the harbour to reopen in March 2026 after the works.',
    'Traffic at the port rose 15 pct in 2024, according to the Kestrel Bay Port Authority.',
    'Northern Dredging Ltd won the contract in 2023 after a public tender.',
    'Too short to check.',
  ],
};

const FERRY: Article = {
  id: 'toy-ferry',
  src: 'wire',
  title: 'FERRY OPERATOR ORDERS BOATS',
  paras: [
    'Blue Wave Ferries Ltd said on Monday that it would buy three new boats from a Norwegian yard.',
    'Chief executive Pierre Lemaire said the company expects 40,000 passengers in its first full year.',
    'The boats will be built in Norway and delivered to Blue Wave Ferries Ltd in September.',
    'Lemaire said ticket prices would stay below 20 euros for adults on the Sandholm route.',
  ],
};

const ARTICLES = [HARBOUR, FERRY];
const cases = generateCases(ARTICLES, { seed: 7 });
const byKind = (kind: string) => cases.filter((c) => c.kind === kind);
const articleOf = (c: PerturbCase) => ARTICLES.find((a) => a.id === c.articleId)!;
const textOf = (a: Article) => [a.title, ...a.paras].join('\n');

function rewrite(kind: RewriteKind, sentence: string, article: Article = HARBOUR) {
  return REWRITES[kind]({ sentence, ctx: articleContext(article), rng: createRandom(1), donors: [] });
}

describe('perturbation suite: claim sentences', () => {
  test('real sentences of 8 words or more, no quote on its own, no heading', () => {
    const sentences = claimSentences(HARBOUR);
    assert.ok(sentences.includes('Northern Dredging Ltd won the contract in 2023 after a public tender.'));
    assert.ok(!sentences.some((s) => s.startsWith('"We are delighted')));
    assert.ok(!sentences.includes('Too short to check.'));
    assert.ok(!sentences.includes('HARBOUR WORKS APPROVED'));
  });

  test('verbatim cases are the article\'s own sentences, unchanged', () => {
    assert.ok(byKind('verbatim').length > 0);
    for (const c of byKind('verbatim')) {
      assert.equal(c.text, c.original);
      assert.ok(claimSentences(articleOf(c)).includes(c.text));
    }
  });
});

describe('perturbation suite: false cases are false by construction', () => {
  test('every kind of perturbation fires on these articles', () => {
    for (const kind of PERTURBATION_KINDS) assert.ok(byKind(kind).length > 0, `no ${kind} case`);
  });

  test('a changed figure keeps its form and is no figure of the article', () => {
    for (const c of byKind('number')) {
      const article = textOf(articleOf(c));
      assert.ok(!hasPhrase(article, c.to), `${c.to} is in the article`);
      assert.ok(!articleContext(articleOf(c)).figures.has(figureValue(c.to)), `${c.to} is a figure of the article`);
      assert.equal(/^\p{L}+$/u.test(c.to), /^\p{L}+$/u.test(c.from), 'a number word stays a word');
      assert.equal(c.to.includes('.'), c.from.includes('.'), 'decimals stay decimals');
      const ratio = figureValue(c.to) / figureValue(c.from);
      assert.ok(ratio >= 1.3 || ratio <= 1 / 1.3, `${c.from} → ${c.to} is too close`);
    }
  });

  test('a changed date (year, month, weekday, day) is nowhere in the article', () => {
    for (const c of byKind('date')) {
      assert.ok(!hasPhrase(textOf(articleOf(c)), c.to), `${c.to} is in the article`);
      assert.notEqual(c.to, c.from);
    }
  });

  test('a swapped name comes from the other article and is new to this one', () => {
    for (const c of byKind('entity-swap')) {
      const other = ARTICLES.find((a) => a.id !== c.articleId)!;
      assert.ok(hasPhrase(textOf(other), c.to), `${c.to} is not from the other article`);
      assert.ok(isNewTo(c.to, articleContext(articleOf(c))), `${c.to} is not new to ${c.articleId}`);
      assert.ok(c.text.includes(c.to) && !hasPhrase(textOf(articleOf(c)), c.to));
    }
  });

  test('a negated sentence was not negated before', () => {
    for (const c of byKind('negation')) {
      assert.ok(!isNegated(c.original));
      assert.ok(isNegated(c.text));
    }
  });

  test('an antonym replaces a word of a sentence that had neither it nor a negation', () => {
    for (const c of byKind('antonym')) {
      assert.ok(!isNegated(c.original));
      assert.ok(!hasPhrase(c.original, c.to), `${c.to} was already in the sentence`);
      assert.ok(hasPhrase(c.original, c.from) && hasPhrase(c.text, c.to));
    }
  });

  test('an added clause names someone the article never mentions', () => {
    for (const c of byKind('new-entity-clause')) {
      assert.ok(c.text.startsWith(c.original.slice(0, -1)) && c.text.endsWith(c.to + '.'));
      const other = ARTICLES.find((a) => a.id !== c.articleId)!;
      const name = [...c.to.matchAll(/\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)*/gu)].map((m) => m[0]).find((n) => hasPhrase(textOf(other), n));
      assert.ok(name, `no name of the other article in "${c.to}"`);
      assert.ok(isNewTo(name, articleContext(articleOf(c))));
    }
  });

  test('a rule that cannot make a sentence false returns nothing', () => {
    const ctx = articleContext(HARBOUR);
    const input = (sentence: string) => ({ sentence, ctx, rng: createRandom(1), donors: [] });
    assert.equal(PERTURBATIONS.number(input('The harbour plan was approved after a long debate in the council.')), null);
    assert.equal(PERTURBATIONS.negation(input('The council did not approve the plan after a long debate.')), null);
    assert.equal(PERTURBATIONS.antonym(input('Traffic at the port never rose after the works were done.')), null);
    assert.equal(PERTURBATIONS['entity-swap'](input('Mayor Anna Berg said the council expects the harbour to reopen.')), null, 'no donors, no swap');
  });
});

describe('perturbation suite: rewrites fire only where their pattern is', () => {
  const cases: Array<[RewriteKind, string, string | null]> = [
    ['clause-order', 'The council said on Tuesday that the works would start within a month.', 'On Tuesday, the council said that the works would start within a month.'],
    ['clause-order', 'Traffic at the port rose 15 pct in 2024 after the works.', null],
    ['phrase-move', 'In 2024, traffic at the port rose sharply.', 'Traffic at the port rose sharply in 2024.'],
    ['phrase-move', 'The mayor said the harbour would reopen after the works in March.', null],
    ['attribution', 'The works will cost 12.5 mln dlrs and employ 1,200 people, the council said.', 'The works will cost 12.5 mln dlrs and employ 1,200 people, the council stated.'],
    ['attribution', 'Traffic at the port rose 15 pct in 2024 after the works.', null],
    ['synonym', 'Traffic at the port stayed flat through the whole of the winter season.', null],
    ['number-format', 'The works will cost 12.5 mln dlrs and employ 1,200 people, the council said.', 'The works will cost 12.5 million dollars and employ 1200 people, the council said.'],
    ['number-format', 'Traffic at the port rose sharply after the works on the harbour wall.', null],
    ['passive', 'Northern Dredging Ltd won the contract in 2023.', 'The contract was won by Northern Dredging Ltd in 2023.'],
    ['passive', 'It won the contract after a public tender held by the council.', null],
    ['drop-clause', 'Traffic at the port rose 15 pct in 2024 to a record high, the port authority said.', 'Traffic at the port rose 15 pct in 2024 to a record high.'],
    ['drop-clause', 'Traffic at the port will rise 15 pct in 2025 to a record high, if the works end on time.', null],
  ];
  for (const [kind, sentence, expected] of cases) {
    test(`${kind}: ${expected === null ? 'no change to' : 'rewrites'} "${sentence}"`, () => {
      const got = rewrite(kind, sentence);
      if (expected === null) assert.equal(got, null);
      else assert.equal(got?.text, expected);
    });
  }

  test('a synonym comes from the list, one word at a time', () => {
    const got = rewrite('synonym', 'The company bought two boats from a yard in the north of the country after long talks.', FERRY);
    assert.ok(got);
    assert.ok(['bought → purchased', 'company → firm'].includes(`${got.from} → ${got.to}`), `${got.from} → ${got.to}`);
  });
});

describe('perturbation suite: determinism', () => {
  test('the same seed gives the same cases, and the hash says so', () => {
    const again = generateCases(ARTICLES, { seed: 7 });
    assert.deepEqual(again, cases);
    assert.equal(caseHash(again), caseHash(cases));
  });

  test('the generator is seeded: its random choices follow the seed alone', () => {
    const a = createRandom(3, 'x');
    const b = createRandom(3, 'x');
    const draws = Array.from({ length: 5 }, () => [a.next(), b.next()]);
    for (const [x, y] of draws) assert.equal(x, y);
    assert.notEqual(createRandom(4, 'x').next(), createRandom(3, 'x').next());
  });

  test('articles are picked from each collection in turn, skipping short ones, the same for the same seed', () => {
    // Long enough to be used: the toy articles with a few more sentences each.
    const long = (a: Article, src: string): Article => ({
      ...a,
      src,
      paras: [...a.paras, ...Array.from({ length: 6 }, (_, i) => `Local reporters counted ${i + 2} more questions about the harbour and the ferry timetable at the meeting.`)],
    });
    const short: Article = { id: 'toy-short', src: 'wire', title: 'Short', paras: ['Too short to use.'] };
    const pool = [short, long(HARBOUR, 'wire'), long(FERRY, 'paper')];
    const picked = selectArticles(pool, 2, 5);
    assert.deepEqual(picked.map((a) => `${a.src}:${a.id}`).sort(), ['paper:toy-ferry', 'wire:toy-harbour']);
    assert.deepEqual(selectArticles(pool, 2, 5), picked);
  });
});

describe('perturbation suite: checking', () => {
  test('each case is checked uncited and citing its article', async () => {
    assert.equal(draftText('The works will cost 12.5 mln dlrs.', 'toy-harbour'), 'The works will cost 12.5 mln dlrs [@toy-harbour].\n');
    const { results } = await judgeCases(ARTICLES, cases);
    assert.equal(results.length, cases.length);
    const statuses = new Set(['supported', 'unsupported', 'citation-mismatch', 'contradicted', 'not-a-claim']);
    for (const r of results) for (const v of [r.verdicts.uncited, r.verdicts.cited]) assert.ok(statuses.has(v.status), v.status);
  });
});
