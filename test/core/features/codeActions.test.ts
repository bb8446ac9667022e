import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CodeAction, SourcedDiagnostic, SourcedService } from '../../../server/src/core';
import { applyEdits, doc, lines, makeService, TOWN_SOURCES } from '../util';

let shared: Promise<SourcedService> | undefined;
const townService = () => (shared ??= makeService(TOWN_SOURCES));

/** The diagnostics of a draft, as a client hands them back: through JSON. */
async function diagnosticsOf(text: string, version = 1): Promise<SourcedDiagnostic[]> {
  return JSON.parse(JSON.stringify(await (await townService()).getDiagnostics(doc(text, undefined, version))));
}

/** The quick fixes offered for the draft's first diagnostic with `code`. */
async function fixesFor(text: string, code: string): Promise<CodeAction[]> {
  const d = (await diagnosticsOf(text)).find((x) => x.code === code);
  assert.ok(d, `a ${code} diagnostic`);
  return (await townService()).getCodeActions(doc(text), d.range, [d], ['quickfix']);
}

/**
 * Applies the quick fix titled `title` for the draft's `code` diagnostic, compares the result with
 * `expected`, then checks the draft again: that diagnostic must be gone (or, with `remaining`, the
 * codes left must be exactly those).
 */
async function check(text: string, code: string, title: string, expected: string, remaining: readonly string[] = []): Promise<void> {
  const actions = await fixesFor(text, code);
  // A fix's title names the passage it cites after the locator: "Cite @key, para. 3: “…”".
  const action = actions.find((a) => a.title === title || a.title.startsWith(`${title}: “`) || a.title.startsWith(`${title} (“`));
  assert.ok(action, `no action “${title}”; offered: ${actions.map((a) => a.title).join(' | ')}`);
  assert.equal(action.kind, 'quickfix');
  assert.equal(action.fixes?.code, code);
  const after = applyEdits(text, action.edits);
  assert.equal(after, expected);
  assert.deepEqual(
    (await diagnosticsOf(after, 2)).map((d) => d.code),
    remaining,
  );
}

describe('quick fixes', () => {
  test('citation.unknown-key: change to the closest key', async () => {
    await check(
      'Nordlys expects 85,000 passengers in the first year [@ferri-news, para. 2].',
      'citation.unknown-key',
      'Change to @ferry-news',
      'Nordlys expects 85,000 passengers in the first year [@ferry-news, para. 2].',
    );
  });

  test('claim.uncited: cite the supporting passage before the full stop', async () => {
    await check(
      'Mayor Ingrid Solberg said the wall would protect 1,200 homes from winter storms.',
      'claim.uncited',
      'Cite @harbor-report, para. 2',
      'Mayor Ingrid Solberg said the wall would protect 1,200 homes from winter storms [@harbor-report, para. 2].',
    );
  });

  test('claim.uncited: after a closing quote the citation goes at the very end', async () => {
    const text = 'The crossing had been suspended since 2019 after “the old pier collapsed.”';
    const [first] = await fixesFor(text, 'claim.uncited');
    assert.equal(applyEdits(text, first.edits), 'The crossing had been suspended since 2019 after “the old pier collapsed.” [@ferry-news, para. 3]');
  });

  test('claim.citation-mismatch: the supporting source takes the place of the citation that does not back the sentence', async () => {
    await check(
      'Nordlys expects 85,000 passengers in the first year [@harbor-report].',
      'claim.citation-mismatch',
      'Replace the citation with @ferry-news, para. 2',
      'Nordlys expects 85,000 passengers in the first year [@ferry-news, para. 2].',
    );
  });

  test('claim.citation-mismatch: the writer\'s words around the citation stay', async () => {
    await check(
      'Nordlys expects 85,000 passengers in the first year [see @harbor-report, p. 3, emphasis added].',
      'claim.citation-mismatch',
      'Replace the citation with @ferry-news, para. 2',
      'Nordlys expects 85,000 passengers in the first year [see @ferry-news, para. 2, emphasis added].',
    );
  });

  test('citation.wrong-locator: change the locator to the paragraph that says it, and nothing else', async () => {
    const text = 'Nordlys expects 85,000 passengers in the first year [@ferry-news, para. 1].';
    await check(text, 'citation.wrong-locator', 'Change to para. 2', 'Nordlys expects 85,000 passengers in the first year [@ferry-news, para. 2].');
    const actions = await fixesFor(text, 'citation.wrong-locator');
    assert.deepEqual(
      actions.map((a) => !!a.isPreferred),
      [true],
    );
    // The title quotes the paragraph the fix points at, so the writer sees what it says before accepting.
    assert.match(actions[0].title, /^Change to para\. 2 \(“Nordlys expects 85,000 passengers/);
  });

  test('citation.wrong-locator citing two sources: the locator of the right source is changed', async () => {
    await check(
      'Nordlys expects 85,000 passengers in the first year [@harbor-report, para. 1; @ferry-news, ¶ 1].',
      'citation.wrong-locator',
      'Change to para. 2',
      'Nordlys expects 85,000 passengers in the first year [@harbor-report, para. 1; @ferry-news, para. 2].',
    );
  });

  test('claim.contradicted: use the source’s figure', async () => {
    await check(
      'The council approved 9.5 million euros for the harbor wall on March 3 [@harbor-report, para. 1].',
      'claim.contradicted',
      'Use the source’s figure: 4.2 million'.replace('’', "'"),
      'The council approved 4.2 million euros for the harbor wall on March 3 [@harbor-report, para. 1].',
    );
    await check(
      'The crossing had been suspended since 2015 after the old pier collapsed.',
      'claim.contradicted',
      "Use the source's date: 2019",
      'The crossing had been suspended since 2019 after the old pier collapsed.',
      ['claim.uncited'],
    );
  });

  test('claim.contradicted: the only fix is the source’s figure; a passage that says otherwise is never cited', async () => {
    const actions = await fixesFor('The crossing had been suspended since 2015 after the old pier collapsed.', 'claim.contradicted');
    assert.deepEqual(
      actions.map((a) => [a.title, !!a.isPreferred]),
      [["Use the source's date: 2019", true]],
    );
  });

  test('claim.contradicted while citing the passage that says otherwise: no fix cites it a second time', async () => {
    const text = 'The council approved 9.5 million euros for the harbor wall on March 3 [@harbor-report, para. 1].';
    const actions = await fixesFor(text, 'claim.contradicted');
    assert.deepEqual(
      actions.map((a) => a.title),
      ["Use the source's figure: 4.2 million"],
    );
    const bare = await fixesFor('The council approved 9.5 million euros for the harbor wall on March 3 [@harbor-report].', 'claim.contradicted');
    assert.ok(bare.every((a) => !a.title.startsWith('Cite @harbor-report')), bare.map((a) => a.title).join(' | '));
  });

  test('claim.contradicted by polarity: no figure to replace', async () => {
    const actions = await fixesFor('Mayor Ingrid Solberg said the wall would not protect homes from winter storms.', 'claim.contradicted');
    assert.ok(actions.every((a) => !a.title.startsWith('Use the source')));
  });

  test('claim.unsupported: nothing to cite when no passage comes near', async () => {
    assert.deepEqual(await fixesFor('The council bought 300 electric buses from Sweden in 2021.', 'claim.unsupported'), []);
  });

  test('a diagnostic without a payload, or another tool’s, gets no fix', async () => {
    const s = await townService();
    const text = 'Some text.';
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } };
    assert.deepEqual(await s.getCodeActions(doc(text), range, [{}, { data: { something: 'else' } }], ['quickfix']), []);
  });
});

describe('fix all: source.fixAll.sourced', () => {
  const draft = lines(
    'Mayor Ingrid Solberg said the wall would protect 1,200 homes from winter storms.',
    '',
    'Nordlys expects 85,000 passengers in the first year, its director Lena Vik told reporters.',
    'The council bought 300 electric buses from Sweden in 2021.',
    'The crossing was suspended in 2019 after the old pier collapsed [@ferry-news, para. 3].',
  );

  test('cites every uncited supported claim in one edit, and nothing else', async () => {
    const s = await townService();
    const actions = await s.getCodeActions(doc(draft), { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll.sourced']);
    assert.equal(actions.length, 1);
    const [fix] = actions;
    assert.equal(fix.kind, 'source.fixAll.sourced');
    assert.equal(fix.title, 'Cite the supporting source for 2 uncited claims…');
    // The writer confirms first: each edit says which sentence it cites what for, and quotes the passage.
    assert.equal(fix.needsConfirmation, true);
    assert.deepEqual(
      fix.edits.map((e) => e.annotation?.label),
      ['Cite @harbor-report, para. 2 for “Mayor Ingrid Solberg said the wall would protect…”', 'Cite @ferry-news, para. 2 for “Nordlys expects 85,000 passengers in the first…”'],
    );
    assert.match(fix.edits[1].annotation?.description ?? '', /^The passage: “Nordlys expects 85,000 passengers in the first year, its director Lena Vik told reporters\.”$/);
    const after = applyEdits(draft, fix.edits);
    assert.equal(
      after,
      lines(
        'Mayor Ingrid Solberg said the wall would protect 1,200 homes from winter storms [@harbor-report, para. 2].',
        '',
        'Nordlys expects 85,000 passengers in the first year, its director Lena Vik told reporters [@ferry-news, para. 2].',
        'The council bought 300 electric buses from Sweden in 2021.',
        'The crossing was suspended in 2019 after the old pier collapsed [@ferry-news, para. 3].',
      ),
    );
    assert.deepEqual(
      (await diagnosticsOf(after, 2)).map((d) => d.code),
      ['claim.unsupported'],
    );
    // Nothing left to fix: no action.
    assert.deepEqual(await s.getCodeActions(doc(after, undefined, 2), fix.edits[0].range, [], ['source.fixAll']), []);
  });

  test('the kinds asked for decide what comes back', async () => {
    const s = await townService();
    const ds = await diagnosticsOf(draft);
    const range = ds[0].range;
    const kinds = async (only?: string[]) => [...new Set((await s.getCodeActions(doc(draft), range, ds, only)).map((a) => a.kind))].sort();
    assert.deepEqual(await kinds(['quickfix']), ['quickfix']);
    assert.deepEqual(await kinds(['source.fixAll']), ['source.fixAll.sourced']);
    assert.deepEqual(await kinds(['source']), ['source.fixAll.sourced']);
    assert.deepEqual(await kinds(undefined), ['quickfix', 'source.fixAll.sourced']);
    assert.deepEqual(await kinds(['refactor']), []);
  });
});
