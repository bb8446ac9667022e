import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CompletionItem, SourcedService } from '../../../server/src/core';
import { parseDraft } from '../../../server/src/core/draft/draft';
import { applyEdits, cursor, doc, makeService, sourceUri, textOf, TOWN_SOURCES } from '../util';

let shared: Promise<SourcedService> | undefined;
const townService = () => (shared ??= makeService(TOWN_SOURCES));

/** Completions at the `$$CURSOR$$`, in the order an editor shows them (by sortText), as their labels. */
async function complete(textWithCursor: string): Promise<{ text: string; items: CompletionItem[] }> {
  const { text, position } = cursor(textWithCursor);
  const items = (await townService()).getCompletions(doc(text), position);
  const sorted = [...items].sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0));
  assert.deepEqual(items, sorted, 'items come in sortText order');
  return { text, items };
}

/** Checks the labels offered at the cursor, in order (only the first `expected.length` when `prefixOnly`). */
async function check(textWithCursor: string, expected: readonly string[], prefixOnly = false): Promise<CompletionItem[]> {
  const { items } = await complete(textWithCursor);
  const labels = items.map((i) => i.label);
  assert.deepEqual(prefixOnly ? labels.slice(0, expected.length) : labels, expected);
  return items;
}

/** Accepts one item: applies its edit to the text and returns the new text. */
async function accept(textWithCursor: string, label: string): Promise<string> {
  const { text, items } = await complete(textWithCursor);
  const item = items.find((i) => i.label === label);
  assert.ok(item, `no item ${label} in ${items.map((i) => i.label).join(', ')}`);
  return applyEdits(text, [{ range: item.range, newText: item.newText }]);
}

describe('completion', () => {
  test('the source that supports the sentence ranks first, with its best passage right under it', async () => {
    // Alphabetically @ferry-news would come first; the sentence is about the harbor report's paragraph 3.
    await check('Mayor Ingrid Solberg said the wall would protect 1,200 homes from storms [@$$CURSOR$$', ['@harbor-report', '@harbor-report, para. 2'], true);
    await check('Nordlys expects 85,000 passengers in its first year [@$$CURSOR$$', ['@ferry-news', '@ferry-news, para. 2'], true);
  });

  test('with nothing to go on, sources come alphabetically', async () => {
    await check('[@$$CURSOR$$', ['@ferry-news', '@harbor-report']);
  });

  test('the sentence just finished counts when the cursor starts a new one', async () => {
    await check('Nordlys expects 85,000 passengers in its first year. [@$$CURSOR$$', ['@ferry-news'], true);
  });

  test('typed letters filter fuzzily by key, title and author', async () => {
    await check('See [@harb$$CURSOR$$', ['@harbor-report']);
    await check('See [@harbr$$CURSOR$$', ['@harbor-report']);
    await check('See [@Berg$$CURSOR$$', ['@ferry-news']);
    await check('See [@xyzzy$$CURSOR$$', []);
  });

  test('the editor filters on the key, the title and the author (what the server matched on)', async () => {
    const { items } = await complete('See [@$$CURSOR$$');
    const ferry = items.find((i) => i.label === '@ferry-news')!;
    assert.equal(ferry.filterText, 'ferry-news Ferry service returns to Millbrook Tomas Berg');
    assert.equal(items.find((i) => i.label === '@harbor-report')!.filterText, 'harbor-report Harbor Report');
  });

  test('a source rewritten under the same name is read anew, not from the passages read before', async () => {
    const service = await makeService(TOWN_SOURCES);
    const sentence = 'Mayor Ingrid Solberg said the wall would protect 1,200 homes from storms';
    const judged = () => service.explain(sentence).evidence[0];
    const before = judged();
    assert.equal(before.source.key, 'harbor-report');
    // Completion reads the passage first (its words are remembered for the next judgement) …
    const line = `${sentence} [@`;
    assert.match(service.getCompletions(doc(line), { line: 0, character: line.length }).find((i) => i.label.startsWith('@harbor-report, para.'))!.documentation, /winter/);
    // … then the paragraph changes: figure and wording. Its new words are what counts.
    const text = TOWN_SOURCES[0].text!.replace('protect 1,200 homes from winter storms', 'protect 900 homes from autumn gales');
    await service.updateSource({ uri: sourceUri('harbor-report.txt'), name: 'harbor-report.txt', bytes: new TextEncoder().encode(text) });
    const after = judged();
    assert.ok(after.score < before.score, `the changed paragraph supports the sentence less (${after.score} < ${before.score})`);
    assert.match(service.getCompletions(doc(line), { line: 0, character: line.length }).find((i) => i.label.startsWith('@harbor-report'))!.documentation, /autumn/);
  });

  test('the edit replaces what was typed after the @', async () => {
    const { text, items } = await complete('See [@harb$$CURSOR$$ more');
    assert.equal(textOf(text, items[0].range), 'harb');
  });

  test('passage items carry the paragraph and a quote; documentation quotes the passage with shared words in bold', async () => {
    const items = await check('Mayor Ingrid Solberg said the wall would protect 1,200 homes from storms [@$$CURSOR$$', ['@harbor-report', '@harbor-report, para. 2'], true);
    const [source, passage] = items;
    assert.equal(source.kind, 'source');
    assert.equal(passage.kind, 'passage');
    assert.match(source.detail, /Harbor Report/);
    assert.match(passage.detail, /% match · Mayor Ingrid Solberg said/);
    assert.match(passage.documentation, /\*\*Harbor Report\*\*, para\. 2/);
    assert.match(passage.documentation, /\*\*1,200\*\* \*\*homes\*\*/);
    assert.match(passage.documentation, /winter/);
    assert.doesNotMatch(passage.documentation, /\*\*winter\*\*/, 'a word the sentence lacks is not emphasised');
  });

  test('source documentation shows the metadata', async () => {
    const items = await check('See [@ferry$$CURSOR$$', ['@ferry-news']);
    assert.match(items[0].documentation, /\*\*Ferry service returns to Millbrook\*\*/);
    assert.match(items[0].documentation, /Tomas Berg · 2 May 2024 · <https:\/\/example\.org\/ferry>/);
  });

  test('accepting an item in an open bracket closes it and gives valid Pandoc', async () => {
    const sentence = 'Mayor Ingrid Solberg said the wall would protect 1,200 homes from winter storms ';
    const after = await accept(`${sentence}[@$$CURSOR$$`, '@harbor-report, para. 2');
    assert.equal(after, `${sentence}[@harbor-report, para. 2]`);
    const cites = parseDraft('file:///d.md', 1, after).citations;
    assert.equal(cites.length, 1);
    assert.equal(cites[0].items[0].key, 'harbor-report');
    assert.equal(cites[0].items[0].locator?.first, 2);
    // And the citation it made checks out.
    assert.deepEqual(await (await townService()).getDiagnostics(doc(after + '.')), []);
  });

  test('accepting an item before an existing ] does not add another', async () => {
    assert.equal(await accept('A claim [@$$CURSOR$$].', '@ferry-news'), 'A claim [@ferry-news].');
    assert.equal(await accept('A claim [@fer$$CURSOR$$].', '@ferry-news'), 'A claim [@ferry-news].');
  });

  test('a second item in a bracket', async () => {
    assert.equal(await accept('A claim [@ferry-news, para. 2; @harb$$CURSOR$$].', '@harbor-report'), 'A claim [@ferry-news, para. 2; @harbor-report].');
  });

  test('a narrative citation gets its locator in brackets after the key', async () => {
    const after = await accept('Mayor Ingrid Solberg said the wall would protect 1,200 homes, as @$$CURSOR$$ says.', '@harbor-report, para. 2');
    assert.equal(after, 'Mayor Ingrid Solberg said the wall would protect 1,200 homes, as @harbor-report [para. 2] says.');
    const cites = parseDraft('file:///d.md', 1, after).citations;
    assert.equal(cites.length, 1);
    assert.equal(cites[0].bracketed, false);
    assert.equal(cites[0].items[0].locator?.first, 2);
  });

  test('an id Pandoc cannot write bare is not offered; the file name key is', async () => {
    const service = await makeService([{ name: 'odd.md', text: '---\nid: "odd.key."\n---\nText.' }]);
    const { text, position } = cursor('See [@$$CURSOR$$');
    assert.deepEqual(service.getCompletions(doc(text), position).map((i) => i.newText), ['odd]']);
  });

  test('no completion in an e-mail address, code, a URL or front matter', async () => {
    await check('Write to me@$$CURSOR$$', []);
    await check('Use `@$$CURSOR$$` here', []);
    await check('```\n@$$CURSOR$$\n```', []);
    await check('See https://example.org/@$$CURSOR$$ now', []);
    await check('---\ntitle: "@$$CURSOR$$"\n---\n', []);
    await check('No at sign here$$CURSOR$$', []);
  });

  test('a cancelled request returns nothing', async () => {
    const { text, position } = cursor('[@$$CURSOR$$');
    assert.deepEqual((await townService()).getCompletions(doc(text), position, { isCancellationRequested: true }), []);
  });
});
