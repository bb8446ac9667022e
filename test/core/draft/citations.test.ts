import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatCitation } from '../../../server/src/core';
import { parseDraft } from '../../../server/src/core/draft/draft';
import { spanOf } from '../util';

/** What one citation item should be, written as the texts its spans cover. */
interface ExpectedItem {
  readonly key: string;
  /** The `@key` (or `-@key`, `@{key}`) text. */
  readonly at: string;
  /** The whole item text inside the brackets ("see @a, para. 2"). */
  readonly item?: string;
  /** The locator as written ("para. 4") and its canonical label and value. */
  readonly locator?: { readonly text: string; readonly label: string; readonly value: string };
  readonly suppressAuthor?: boolean;
}

interface ExpectedCitation {
  /** The citation's full text: "[...]" for bracketed ones, "@key [p. 3]" for narrative ones. */
  readonly text: string;
  readonly bracketed: boolean;
  readonly items: readonly ExpectedItem[];
}

/**
 * Parses a Markdown draft and compares every citation with the expectation. Offsets are computed
 * from the input (the first occurrence of each expected text at or after the previous citation), so
 * a range that is one character off fails.
 */
function check(input: string, expected: readonly ExpectedCitation[]): void {
  const draft = parseDraft('file:///draft.md', 1, input);
  const actual = draft.citations;
  assert.equal(actual.length, expected.length, `citations found: ${JSON.stringify(actual.map((c) => input.slice(c.span.start, c.span.end)))}`);
  let from = 0;
  expected.forEach((exp, i) => {
    const c = actual[i];
    const span = spanOf(input, exp.text, from);
    from = span.start;
    assert.deepEqual(c.span, span, `span of citation ${i}`);
    assert.equal(c.bracketed, exp.bracketed, `bracketed ${exp.text}`);
    assert.equal(c.items.length, exp.items.length, `items of ${exp.text}`);
    let itemFrom = span.start;
    exp.items.forEach((ei, k) => {
      const it = c.items[k];
      assert.equal(it.key, ei.key);
      const at = spanOf(input, ei.at, itemFrom);
      assert.deepEqual(it.atSpan, at, `@ span of ${ei.key}`);
      const keyStart = at.start + ei.at.indexOf(ei.key);
      assert.deepEqual(it.keySpan, { start: keyStart, end: keyStart + ei.key.length }, `key span of ${ei.key}`);
      const itemText = ei.item ?? ei.at;
      assert.deepEqual(it.span, spanOf(input, itemText, itemFrom), `item span of ${ei.key}`);
      assert.equal(it.suppressAuthor, ei.suppressAuthor ?? false);
      if (ei.locator) {
        assert.ok(it.locator, `locator of ${ei.key}`);
        assert.equal(it.locator.label, ei.locator.label);
        assert.equal(it.locator.value, ei.locator.value);
        assert.deepEqual(it.locator.span, spanOf(input, ei.locator.text, at.end), `locator span of ${ei.key}`);
      } else {
        assert.equal(it.locator, undefined, `no locator on ${ei.key}`);
      }
      itemFrom = at.end;
    });
  });
}

describe('citation parsing', () => {
  test('a bare bracketed key', () => {
    check('The wall was approved [@harbor].', [{ text: '[@harbor]', bracketed: true, items: [{ key: 'harbor', at: '@harbor' }] }]);
  });

  test('a paragraph locator', () => {
    check('The wall was approved [@harbor, para. 4].', [
      { text: '[@harbor, para. 4]', bracketed: true, items: [{ key: 'harbor', at: '@harbor', item: '@harbor, para. 4', locator: { text: 'para. 4', label: 'para', value: '4' } }] },
    ]);
  });

  test('a numbered paragraph of a report is one locator value ("para. 3.3", not "para. 3")', () => {
    check('The ratio was 1:31 [@report, para. 3.3].', [
      { text: '[@report, para. 3.3]', bracketed: true, items: [{ key: 'report', at: '@report', item: '@report, para. 3.3', locator: { text: 'para. 3.3', label: 'para', value: '3.3' } }] },
    ]);
  });

  test('several items with a prefix, separated by semicolons', () => {
    check('It was approved [see @a, para. 2; @b].', [
      {
        text: '[see @a, para. 2; @b]',
        bracketed: true,
        items: [
          { key: 'a', at: '@a', item: 'see @a, para. 2', locator: { text: 'para. 2', label: 'para', value: '2' } },
          { key: 'b', at: '@b' },
        ],
      },
    ]);
  });

  test('locator spellings: ¶, paragraphs with a range, p., suppressed author', () => {
    check('Text [@a; @b, ¶ 3; @c, paragraphs 4-6; -@d, p. 12].', [
      {
        text: '[@a; @b, ¶ 3; @c, paragraphs 4-6; -@d, p. 12]',
        bracketed: true,
        items: [
          { key: 'a', at: '@a' },
          { key: 'b', at: '@b', item: '@b, ¶ 3', locator: { text: '¶ 3', label: 'para', value: '3' } },
          { key: 'c', at: '@c', item: '@c, paragraphs 4-6', locator: { text: 'paragraphs 4-6', label: 'para', value: '4-6' } },
          { key: 'd', at: '-@d', item: '-@d, p. 12', locator: { text: 'p. 12', label: 'page', value: '12' }, suppressAuthor: true },
        ],
      },
    ]);
  });

  test('a narrative citation', () => {
    check('As @smith2020 shows, the wall holds.', [{ text: '@smith2020', bracketed: false, items: [{ key: 'smith2020', at: '@smith2020' }] }]);
  });

  test('a narrative citation with a locator in brackets after it', () => {
    check('@smith2020 [p. 33] says the wall holds.', [
      { text: '@smith2020 [p. 33]', bracketed: false, items: [{ key: 'smith2020', at: '@smith2020', item: '@smith2020 [p. 33]', locator: { text: 'p. 33', label: 'page', value: '33' } }] },
    ]);
  });

  test('a key in braces may hold spaces', () => {
    check('Odd [@{odd key}, para. 3]. And @{other one} [para. 2] too.', [
      { text: '[@{odd key}, para. 3]', bracketed: true, items: [{ key: 'odd key', at: '@{odd key}', item: '@{odd key}, para. 3', locator: { text: 'para. 3', label: 'para', value: '3' } }] },
      { text: '@{other one} [para. 2]', bracketed: false, items: [{ key: 'other one', at: '@{other one}', item: '@{other one} [para. 2]', locator: { text: 'para. 2', label: 'para', value: '2' } }] },
    ]);
  });

  test('keys keep inner punctuation but not a trailing full stop', () => {
    check('See @doe:2020.v2. Then [@lee_b-3].', [
      { text: '@doe:2020.v2', bracketed: false, items: [{ key: 'doe:2020.v2', at: '@doe:2020.v2' }] },
      { text: '[@lee_b-3]', bracketed: true, items: [{ key: 'lee_b-3', at: '@lee_b-3' }] },
    ]);
  });

  test('ranges are exact on later lines too', () => {
    check('First line.\nSecond [@a, para. 1] and\nthird @b here.', [
      { text: '[@a, para. 1]', bracketed: true, items: [{ key: 'a', at: '@a', item: '@a, para. 1', locator: { text: 'para. 1', label: 'para', value: '1' } }] },
      { text: '@b', bracketed: false, items: [{ key: 'b', at: '@b' }] },
    ]);
  });

  test('an e-mail address is not a citation', () => {
    check('Write to jane@example.com or [mail me@example.org] today.', []);
  });

  test('code spans and fenced code blocks are not citations', () => {
    check(
      ['Use `[@code]` and `@span` here [@real].', '', '```', '[@fenced] @fenced2', '```', '', '~~~md', '@tilde', '~~~'].join('\n'),
      [
        { text: '[@real]', bracketed: true, items: [{ key: 'real', at: '@real' }] },
      ],
    );
  });

  test('an unclosed fence hides everything after it', () => {
    check('Before [@a].\n\n```\n[@b]\n', [{ text: '[@a]', bracketed: true, items: [{ key: 'a', at: '@a' }] }]);
  });

  test('link text and link targets are not citations', () => {
    check('See [the report by @someone](https://example.org/@x) and ![chart @img](chart.png) here [@real].', [
      { text: '[@real]', bracketed: true, items: [{ key: 'real', at: '@real' }] },
    ]);
  });

  test('URLs and front matter are not citations', () => {
    check('---\ntitle: "@notakey"\n---\n\nSee https://example.org/@user and <https://x.org/@y> [@real].', [
      { text: '[@real]', bracketed: true, items: [{ key: 'real', at: '@real' }] },
    ]);
  });

  test('footnotes: the reference is not a citation, the note’s text is prose with citations', () => {
    check('The wall was approved.[^1] Then [@b].\n\n[^1]: See [@a, para. 2] for the vote.\n[ref]: https://example.org/@x', [
      { text: '[@b]', bracketed: true, items: [{ key: 'b', at: '@b' }] },
      { text: '[@a, para. 2]', bracketed: true, items: [{ key: 'a', at: '@a', item: '@a, para. 2', locator: { text: 'para. 2', label: 'para', value: '2' } }] },
    ]);
  });

  test('a bracket with no key is not a citation', () => {
    check('A [note] and [1] and [@a].', [{ text: '[@a]', bracketed: true, items: [{ key: 'a', at: '@a' }] }]);
  });
});

describe('citation formatting', () => {
  test('plain keys stay bare; other keys get braces; the result parses back to the same key', () => {
    for (const [key, expected] of [
      ['harbor-report', '[@harbor-report, para. 4]'],
      ['odd key', '[@{odd key}, para. 4]'],
      ['ends-with-dot.', '[@{ends-with-dot.}, para. 4]'],
    ] as const) {
      const text = formatCitation(key, 4);
      assert.equal(text, expected);
      const parsed = parseDraft('file:///d.md', 1, `Claim ${text}.`).citations;
      assert.equal(parsed.length, 1);
      assert.equal(parsed[0].items[0].key, key);
      assert.equal(parsed[0].items[0].locator?.first, 4);
    }
    assert.equal(formatCitation('harbor'), '[@harbor]');
  });
});
