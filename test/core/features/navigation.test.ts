import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { SourcedService } from '../../../server/src/core';
import { cursor, doc, DRAFT_URI, makeService, sourceUri, textOf, TOWN_SOURCES } from '../util';

let shared: Promise<SourcedService> | undefined;
const townService = () => (shared ??= makeService(TOWN_SOURCES));
const sourceText = (name: string) => TOWN_SOURCES.find((s) => s.name === name)!.text!;

interface ExpectedHover {
  /** The draft text the hover's range covers (the citation item). */
  readonly range: string;
  /** Each must appear in the Markdown, in this order. */
  readonly contains: readonly string[];
  readonly lacks?: readonly string[];
}

async function checkHover(textWithCursor: string, expected: ExpectedHover | undefined): Promise<void> {
  const { text, position } = cursor(textWithCursor);
  const h = (await townService()).getHover(doc(text), position);
  if (!expected) {
    assert.equal(h, undefined);
    return;
  }
  assert.ok(h, 'a hover');
  assert.equal(textOf(text, h.range), expected.range);
  let at = 0;
  for (const part of expected.contains) {
    const i = h.contents.indexOf(part, at);
    assert.ok(i >= 0, `hover lacks “${part}” (after offset ${at}):\n${h.contents}`);
    at = i + part.length;
  }
  for (const part of expected.lacks ?? []) assert.ok(!h.contents.includes(part), `hover should not have “${part}”`);
}

/** The 1-based line of the first occurrence of `needle` in a source file, as the hover link spells it. */
function lineOf(name: string, needle: string): number {
  return sourceText(name).slice(0, sourceText(name).indexOf(needle)).split('\n').length;
}

describe('hover', () => {
  test('a located citation: title, metadata, the quoted paragraph, shared words in bold, a link to its line', async () => {
    await checkHover('Nordlys restarted the ferry crossing on May 1 [@ferry-$$CURSOR$$news, para. 1].', {
      range: '@ferry-news, para. 1',
      contains: [
        '**Ferry service returns to Millbrook**',
        'Tomas Berg · 2 May 2024 · <https://example.org/ferry>',
        '> The **ferry** company **Nordlys** **restarted** the **crossing** between Millbrook and Oster Island on May **1**.',
        `[Open ferry-news.md at para. 1](${sourceUri('ferry-news.md')}#L${lineOf('ferry-news.md', 'The ferry company')})`,
      ],
    });
  });

  test('a citation without a locator quotes the passage that best supports the sentence', async () => {
    await checkHover('Mayor Ingrid Solberg said the wall would protect 1,200 homes [@harbor-re$$CURSOR$$port].', {
      range: '@harbor-report',
      contains: ['**Harbor Report**', '> **Mayor** **Ingrid** **Solberg** **said** the **wall**', '**1,200** **homes** from winter storms.', `harbor-report.txt at para. 2, the passage that best supports this sentence](${sourceUri('harbor-report.txt')}#L${lineOf('harbor-report.txt', 'Mayor')})`],
      lacks: ['**winter**'],
    });
  });

  test('hovering the locator or the prefix of an item works too; each item of a bracket gets its own hover', async () => {
    await checkHover('Claims [see @harbor-report, para. 1; @ferry-news, pa$$CURSOR$$ra. 3].', {
      range: '@ferry-news, para. 3',
      contains: ['**Ferry service returns to Millbrook**', 'suspended since 2019', 'at para. 3]'],
    });
    await checkHover('Claims [s$$CURSOR$$ee @harbor-report, para. 1; @ferry-news, para. 3].', {
      range: 'see @harbor-report, para. 1',
      contains: ['**Harbor Report**', '4.2 million euros', 'at para. 1]'],
    });
  });

  test('Markdown in the source is escaped so it shows as written', async () => {
    const service = await makeService([{ name: 'md.txt', text: 'Costs rose by *half* to [redacted] #1 in 2020.' }]);
    const { text, position } = cursor('Costs rose in 2020 [@md$$CURSOR$$].');
    assert.match(service.getHover(doc(text), position)!.contents, /\\\*half\\\* to \\\[redacted\\\] \\#1/);
  });

  test('an unknown key says so; a paragraph that does not exist says how many there are', async () => {
    await checkHover('Claim [@nowh$$CURSOR$$ere].', { range: '@nowhere', contains: ['**@nowhere**: no source has this key.'] });
    await checkHover('Claim [@ferry-news, para. 9$$CURSOR$$].', { range: '@ferry-news, para. 9', contains: ['no para. 9', 'it has 3'] });
  });

  test('no hover away from citations', async () => {
    await checkHover('Mayor Ingrid$$CURSOR$$ Solberg said so [@harbor-report].', undefined);
    await checkHover('Mail me@harbor-rep$$CURSOR$$ort.com today.', undefined);
  });
});

describe('definition', () => {
  const check = async (textWithCursor: string, expected: { uri: string; firstWords: string } | undefined) => {
    const { text, position } = cursor(textWithCursor);
    const loc = (await townService()).getDefinition(doc(text), position);
    if (!expected) return assert.equal(loc, undefined);
    assert.ok(loc);
    assert.equal(loc.uri, expected.uri);
    const file = sourceText(decodeURIComponent(expected.uri.slice(expected.uri.lastIndexOf('/') + 1)));
    assert.ok(textOf(file, loc.range).startsWith(expected.firstWords), `definition range covers “${textOf(file, loc.range)}”`);
  };

  test('a located citation goes to its paragraph in the source file', async () => {
    await check('The crossing was suspended [@ferry-news$$CURSOR$$, para. 3].', { uri: sourceUri('ferry-news.md'), firstWords: 'The crossing had been suspended since 2019' });
  });

  test('without a locator, to the paragraph that best supports the sentence', async () => {
    await check('Construction of the harbor wall begins in 2026 [@$$CURSOR$$harbor-report].', { uri: sourceUri('harbor-report.txt'), firstWords: 'Construction of the harbor wall will begin in 2026' });
  });

  test('a narrative citation', async () => {
    await check('As @harbor-rep$$CURSOR$$ort [para. 2] says, homes are protected.', { uri: sourceUri('harbor-report.txt'), firstWords: 'Mayor Ingrid Solberg' });
  });

  test('nothing for an unknown key or outside a citation', async () => {
    await check('Claim [@nowh$$CURSOR$$ere].', undefined);
    await check('Cla$$CURSOR$$im [@harbor-report].', undefined);
  });
});

describe('references', () => {
  const other = doc('Other draft cites [@harbor-report, para. 1] and @ferry-news.\n\nAnd @harbor-report again.', 'file:///workspace/other.md');

  test('every citation of the key in every draft, the one asked from included', async () => {
    const { text, position } = cursor('First [@harbor-report, para. 2] then [see @ferry-news; @harbor-$$CURSOR$$report].');
    const service = await makeService(TOWN_SOURCES, {}, [other]);
    const refs = await service.getReferences(doc(text), position);
    const texts = new Map([
      [DRAFT_URI, text],
      [other.uri, other.getText()],
    ]);
    assert.deepEqual(
      refs.map((r) => `${r.uri === DRAFT_URI ? 'draft' : 'other'}:${r.range.start.line}:${textOf(texts.get(r.uri)!, r.range)}`).sort(),
      ['draft:0:@harbor-report', 'draft:0:@harbor-report', 'other:0:@harbor-report', 'other:2:@harbor-report'],
    );
    // The two in this draft are at their exact places.
    const starts = refs.filter((r) => r.uri === DRAFT_URI).map((r) => r.range.start.character).sort((a, b) => a - b);
    assert.deepEqual(starts, [text.indexOf('@harbor-report'), text.lastIndexOf('@harbor-report')]);
  });

  test('references of an unknown key still list its uses; nothing outside a citation', async () => {
    const service = await makeService(TOWN_SOURCES);
    const a = cursor('One [@typo-key$$CURSOR$$] two [@typo-key, para. 1].');
    assert.equal((await service.getReferences(doc(a.text), a.position)).length, 2);
    const b = cursor('No cit$$CURSOR$$ation here [@typo-key].');
    assert.deepEqual(await service.getReferences(doc(b.text), b.position), []);
  });
});
