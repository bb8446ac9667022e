import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DiagnosticData, SourcedDiagnostic, SourcedService } from '../../../server/src/core';
import { doc, lines, makeService, textOf, TOWN_SOURCES } from '../util';

interface ExpectedDiagnostic {
  readonly code: string;
  /** The draft text the diagnostic's range covers. */
  readonly text: string;
  readonly severity?: SourcedDiagnostic['severity'];
  /** Every pattern must match the message: it says what is wrong and why. */
  readonly message: readonly RegExp[];
  /** Checks on the payload quick fixes use. */
  readonly data?: (data: DiagnosticData, draft: string) => void;
}

let shared: Promise<SourcedService> | undefined;
const townService = () => (shared ??= makeService(TOWN_SOURCES));

/** Checks a draft and compares all its diagnostics, in order, with the expectation. */
async function check(draft: string, expected: readonly ExpectedDiagnostic[], service?: SourcedService): Promise<SourcedDiagnostic[]> {
  const s = service ?? (await townService());
  const diagnostics = await s.getDiagnostics(doc(draft));
  assert.deepEqual(
    diagnostics.map((d) => `${d.code} ${textOf(draft, d.range)}`),
    expected.map((e) => `${e.code} ${e.text}`),
    diagnostics.map((d) => d.message).join('\n'),
  );
  expected.forEach((e, i) => {
    const d = diagnostics[i];
    assert.equal(d.data.code, d.code, 'the payload names its code');
    if (e.severity) assert.equal(d.severity, e.severity);
    for (const re of e.message) assert.match(d.message, re);
    e.data?.(d.data, draft);
  });
  return diagnostics;
}

const CLAIM_OK = 'Mayor Ingrid Solberg said the wall would protect 1,200 homes from winter storms [@harbor-report, para. 2].';

describe('diagnostics', () => {
  test('a supported, cited claim has none', async () => {
    await check(CLAIM_OK, []);
    await check('The council approved 4.2 million euros for the harbor wall on March 3 [@harbor-report, para. 1].', []);
    await check('Nordlys expects 85,000 passengers in the first year, director Lena Vik said [@ferry-news].', []);
  });

  test('citation.unknown-key: names the key and the closest known one', async () => {
    const draft = 'Nordlys expects 85,000 passengers in the first year [@ferri-news, para. 2].';
    await check(draft, [
      {
        code: 'citation.unknown-key',
        text: '@ferri-news',
        severity: 'error',
        message: [/@ferri-news/, /Did you mean @ferry-news\?/],
        data: (data, text) => {
          assert.equal(textOf(text, data.keyRange!), 'ferri-news');
          assert.deepEqual(data.closestKeys, ['ferry-news']);
        },
      },
    ]);
  });

  test('citation.unknown-key with no sources at all says where sources go', async () => {
    await check('Nordlys expects 85,000 passengers in the first year [@ferry-news].', [{ code: 'citation.unknown-key', text: '@ferry-news', message: [/No sources are indexed yet/] }], await makeService([]));
  });

  test('citation.unknown-key in a heading is reported too', async () => {
    await check('# Harbor [@nowhere]\n\nText.', [{ code: 'citation.unknown-key', text: '@nowhere', message: [/@nowhere/] }]);
  });

  test('citation.bad-locator: says how many paragraphs the source has', async () => {
    await check('Nordlys expects 85,000 passengers in the first year [@ferry-news, para. 9].', [
      { code: 'citation.bad-locator', text: 'para. 9', severity: 'warning', message: [/@ferry-news has 3 paragraphs/, /no para\. 9/] },
    ]);
  });

  test('claim.unsupported: says which passage came closest and what it lacks', async () => {
    const draft = 'The council bought 300 electric buses from Sweden in 2021.';
    await check(draft, [
      {
        code: 'claim.unsupported',
        text: draft,
        severity: 'warning',
        message: [/No source supports this claim/, /No source mentions “Sweden”/, /The closest passage, @harbor-report, para\. \d, does not mention “300”/],
        data: (data, text) => {
          assert.equal(data.suggestions, undefined);
          // A citation would go before the full stop.
          assert.deepEqual(data.insertAt, { line: 0, character: text.length - 1 });
          assert.equal(data.bracketEnd, undefined);
        },
      },
    ]);
  });

  test('claim.uncited: names the supporting passage and carries it as a suggestion', async () => {
    const draft = 'Intro line.\n\nMayor Ingrid Solberg said the wall would protect 1,200 homes from winter storms.';
    await check(draft, [
      {
        code: 'claim.uncited',
        text: 'Mayor Ingrid Solberg said the wall would protect 1,200 homes from winter storms.',
        severity: 'information',
        message: [/Not cited/, /@harbor-report, para\. 2 supports this/, /1,200 homes/],
        data: (data, text) => {
          assert.equal(data.suggestions?.[0].key, 'harbor-report');
          assert.equal(data.suggestions?.[0].paragraph, 2);
          assert.match(data.suggestions![0].quote, /^Mayor Ingrid Solberg said/);
          assert.deepEqual(data.insertAt, { line: 2, character: text.split('\n')[2].length - 1 });
        },
      },
    ]);
  });

  test('claim.unsupported where the passage closest to the sentence denies it outright: says which passage and what it says', async () => {
    // (An uncited sentence whose closest passage only denies it used to get an information note; a
    // sentence a source denies outright is not supported, and says so with a warning.)
    const transcript = lines('Press conference transcript', '', 'REPORTER: Has the Redmere deal been signed?', '', 'GORDON ASHBY: No. We have granted Redmere exclusivity until 30 June. Nothing is signed.');
    const s = await makeService([{ name: 'transcript.txt', text: transcript }]);
    const draft = 'Ashby said the Redmere deal had been signed.';
    await check(
      draft,
      [
        {
          code: 'claim.unsupported',
          text: draft,
          severity: 'warning',
          message: [/No source supports this claim/, /@transcript, para\. 2, says it only to deny it/, /Nothing is signed/],
          data: (data) => assert.equal(data.suggestions, undefined, 'nothing to cite, so no fix'),
        },
      ],
      s,
    );
  });

  test('claim.unsupported where the passage closest to the sentence says it is not so: deferred, or only to happen', async () => {
    const minutes = lines(
      'Library committee minutes',
      '',
      'Item 4. The motion to close the Elm Street library from 1 June was deferred to the July meeting.',
      '',
      'Item 5. The committee agreed to extend opening hours at the Hill Road library.',
      '',
      'Item 6. The Hill Road library could reopen on 3 March if repairs are finished in time.',
      '',
      'Item 7. The Park Road library will reopen on 5 May.',
    );
    const s = await makeService([{ name: 'minutes.txt', text: minutes }]);
    const agreed = 'The committee agreed to close the Elm Street library from 1 June.';
    await check(agreed, [{ code: 'claim.unsupported', text: agreed, severity: 'warning', message: [/@minutes, para\. 1, says the matter was withdrawn, deferred or adjourned, not decided/, /deferred to the July meeting/] }], s);
    const reopened = 'The Hill Road library reopened on 3 March after repairs.';
    await check(reopened, [{ code: 'claim.unsupported', text: reopened, message: [/No source states it as fact\. @minutes, para\. 3 only says it may be so: “The Hill Road library could reopen/] }], s);
    // What a passage says "will" happen is scheduled, and mostly does: only no citation is offered for it.
    const scheduled = 'The Park Road library reopened on 5 May.';
    await check(scheduled, [{ code: 'claim.uncited', text: scheduled, severity: 'information', message: [/para\. 4, says it may or will happen, not that it did/] }], s);
    // Cited, the same: the cited passage does not back it.
    const cited = 'The committee agreed to close the Elm Street library from 1 June [@minutes, para. 1].';
    await check(cited, [{ code: 'claim.citation-mismatch', text: cited, message: [/@minutes does not support this/, /para\. 1, says the matter was withdrawn, deferred or adjourned/] }], s);
    // What the passages do say passes, cited or not.
    await check('The committee agreed to extend opening hours at the Hill Road library [@minutes, para. 2].', [], s);
    await check('The Hill Road library could reopen on 3 March if repairs are finished in time [@minutes, para. 3].', [], s);
    // A sentence two passages support together: neither says enough by itself, which is no reason for a note.
    const both = 'The committee extended opening hours at Hill Road and deferred the Elm Street motion to July.';
    assert.equal((await s.check(doc(both))).verdicts[0].withheld?.test, 'margin');
    await check(both, [], s);
  });

  test('a report that numbers its paragraphs is cited by its numbers: "para. 3.3" is the paragraph numbered 3.3', async () => {
    const report = lines(
      '# Inspection report on the maternity services of the Westbrook Valley Hospitals NHS Trust at St Aldric’s',
      '',
      'Prepared for the Board of the Healthcare Quality Inspectorate by the lead inspector and a team of four',
      '',
      'February 2024',
      '',
      '## 1. Summary',
      '',
      '1.1 We inspected the maternity unit in October.',
      '',
      '1.2 We rated the service as inadequate overall.',
      '',
      '## 3. Findings',
      '',
      '3.1 Only 61% of staff had completed their training.',
      '',
      '3.2 Staff were kind to patients.',
      '',
      '3.3 The midwife-to-birth ratio was 1:31, worse than the recommended ratio of 1:28.',
    );
    const s = await makeService([{ name: 'inspection.md', text: report }]);
    await check('The ratio of midwives to births was 1:31, worse than the recommended 1:28 [@inspection, para. 3.3].', [], s);
    // The first numbered paragraph opens with the report's header, however long.
    await check('The inspectors visited the maternity unit in October [@inspection, para. 1.1].', [], s);
    // And Sourced cites it so too: the suggestion, its message and its fix name "para. 3.3", not its place in the count.
    const uncited = 'The ratio of midwives to births was 1:31, worse than the recommended 1:28.';
    await check(uncited, [
      {
        code: 'claim.uncited',
        text: uncited,
        message: [/@inspection, para\. 3\.3 supports this/],
        data: (data) => {
          assert.equal(data.suggestions?.[0].number, '3.3');
          assert.equal(data.suggestions?.[0].paragraph, 5);
        },
      },
    ], s);
    const actions = await s.getCodeActions(doc(uncited), { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, await s.getDiagnostics(doc(uncited)));
    assert.ok(actions.some((a) => a.edits.some((e) => e.newText === ' [@inspection, para. 3.3]')), JSON.stringify(actions.map((a) => a.edits)));
    await check('The ratio of midwives to births was 1:31, worse than the recommended 1:28 [@inspection, para. 3.9].', [
      { code: 'citation.bad-locator', text: 'para. 3.9', message: [/@inspection has no paragraph numbered 3\.9/] },
    ], s);
  });

  test('a decision whose paragraphs are printed 1., 2., 3. … is cited by those numbers, not by its count of blocks', async () => {
    const decision = lines(
      '# Appeal Decision',
      '',
      'Hearing held on 14 January 2025',
      '',
      '- The appeal is made by Fenby Stone Ltd against a refusal of planning permission.',
      '- The development proposed is an extension of Fenby Quarry.',
      '',
      '## Decision',
      '',
      '1. The appeal is allowed and planning permission is granted.',
      '',
      '## Reasons',
      '',
      '2. The main issue is the effect on highway safety.',
      '',
      '3. The quarry currently generates an average of 64 lorry movements a day.',
      '',
      '4. A routing agreement requires all lorries leaving the site to turn east towards the A61 rather than pass through Fenby village.',
      '',
      '5. I conclude that the proposal would not harm highway safety.',
    );
    const s = await makeService([{ name: 'decision.md', text: decision }]);
    await check('A legal agreement requires all of the quarry\'s lorries to turn east towards the A61 rather than pass through Fenby village [@decision, para. 4].', [], s);
    const uncited = 'The quarry currently generates an average of 64 lorry movements a day.';
    await check(uncited, [{ code: 'claim.uncited', text: uncited, message: [/@decision, para\. 3 supports this/] }], s);
  });

  test('a locator naming the paragraph that gives the sentence\'s date is right, though another paragraph says the rest', async () => {
    const s = await makeService([{ name: 'gazette.txt', text: lines('THE FENMOOR GAZETTE', 'Thursday 18 January 2024', '', 'By Kate Ames', '', 'FENMOOR — The Lyric cinema on Mill Street showed its last film on Sunday after its operator, Halden Cinemas Ltd, went into administration.', '', 'Halden Cinemas appointed administrators on 9 January. The final screening took place on Sunday 14 January. All 11 staff were made redundant.', '', 'The building opened in 1931.') }]);
    await check('The Lyric cinema on Mill Street screened its final film on 14 January 2024, days after its operator, Halden Cinemas Ltd, went into administration [@gazette, para. 2].', [], s);
  });

  test('claim.citation-mismatch: the cited source does not say it; another does', async () => {
    const draft = 'Nordlys expects 85,000 passengers in the first year [@harbor-report].';
    await check(draft, [
      {
        code: 'claim.citation-mismatch',
        text: 'Nordlys expects 85,000 passengers in the first year [@harbor-report].',
        message: [/@harbor-report does not support this/, /It never mentions “Nordlys”/, /@ferry-news, para\. 2 does/],
        data: (data, text) => {
          assert.deepEqual(data.suggestions?.map((s) => [s.key, s.paragraph]).slice(0, 1), [['ferry-news', 2]]);
          // The fix adds to the existing bracket: bracketEnd is just before its ']'.
          assert.deepEqual(data.bracketEnd, { line: 0, character: text.indexOf(']') });
        },
      },
    ]);
  });

  test('citation.wrong-locator: the locator points at the wrong paragraph of the right source', async () => {
    await check('Nordlys expects 85,000 passengers in the first year [@ferry-news, para. 1].', [
      {
        code: 'citation.wrong-locator',
        text: 'para. 1',
        // Which paragraph Sourced read as para. 1: its opening words, for a writer who counts otherwise.
        message: [/@ferry-news, para\. 1 \(“The ferry company Nordlys restarted the…”\) does not support this; para\. 2 of the same source does: “Nordlys expects 85,000 passengers/],
        data: (data, text) => {
          assert.deepEqual([data.suggestions?.[0].key, data.suggestions?.[0].paragraph], ['ferry-news', 2]);
          assert.equal(textOf(text, data.relocate!.range), 'para. 1');
          assert.equal(data.relocate!.text, 'para. 2');
        },
      },
    ]);
  });

  test('citation.wrong-locator with two located sources names the one whose other paragraph supports it', async () => {
    const draft = 'Nordlys expects 85,000 passengers in the first year [@harbor-report, para. 1; @ferry-news, para. 1].';
    await check(draft, [
      {
        code: 'citation.wrong-locator',
        text: 'para. 1',
        message: [/^@ferry-news, para\. 1 \(“[^”]+”\) does not support this; para\. 2 of the same source does: “/],
        data: (data, text) => {
          assert.equal(textOf(text, data.relocate!.range), 'para. 1');
          assert.equal(data.relocate!.text, 'para. 2');
          assert.deepEqual(data.cited, [
            { key: 'harbor-report', paragraph: 1 },
            { key: 'ferry-news', paragraph: 1 },
          ]);
        },
      },
    ]);
  });

  test('claim.contradicted: a different figure, with the source’s figure as the replacement', async () => {
    await check('The council approved 9.5 million euros for the harbor wall on March 3 [@harbor-report, para. 1].', [
      {
        code: 'claim.contradicted',
        text: '9.5 million',
        message: [/the draft says 9\.5 million; the source says 4\.2 million/, /@harbor-report, para\. 1/],
        data: (data, text) => {
          assert.equal(data.replace?.text, '4.2 million');
          assert.equal(textOf(text, data.replace!.range), '9.5 million');
          // No citation is suggested for a sentence a source contradicts.
          assert.equal(data.suggestions, undefined);
        },
      },
    ]);
  });

  test('claim.contradicted: a different year, uncited', async () => {
    await check('The crossing had been suspended since 2015 after the old pier collapsed.', [
      { code: 'claim.contradicted', text: '2015', message: [/the draft says 2015; the source says 2019/, /@ferry-news, para\. 3/], data: (d) => assert.equal(d.replace?.text, '2019') },
    ]);
  });

  test('claim.contradicted: a different date', async () => {
    await check('The ferry company Nordlys restarted the crossing between Millbrook and Oster Island on May 9.', [
      { code: 'claim.contradicted', text: 'May 9', message: [/the draft says May 9; the source says May 1/], data: (d) => assert.equal(d.replace?.text, 'May 1') },
    ]);
  });

  test('claim.contradicted: the source says it did; no figure to replace', async () => {
    const draft = 'Mayor Ingrid Solberg said the wall would not protect homes from winter storms.';
    await check(draft, [
      { code: 'claim.contradicted', text: draft, message: [/opposite/, /“not”/, /@harbor-report, para\. 2/], data: (d) => assert.equal(d.replace, undefined) },
    ]);
  });

  test('a citation error replaces the claim diagnostic of its sentence', async () => {
    // The sentence is also unsupported by what it cites, but the broken citation is what to fix first.
    await check('The council bought 300 electric buses from Sweden in 2021 [@nowhere].', [{ code: 'citation.unknown-key', text: '@nowhere', message: [/@nowhere/] }]);
  });

  test('headings, questions and sentences asserting nothing checkable get none', async () => {
    await check(
      lines(
        '---',
        'title: The council approved 9.5 million euros',
        '---',
        '',
        '# The Wall Will Cost 9.5 Million Euros',
        '',
        'Nordlys Expects 99,000 Passengers',
        '=================================',
        '',
        'Will the harbor wall cost 9.5 million euros?',
        'Millbrook is a beautiful town with friendly people.',
        'We will see what happens.',
        '',
        '```',
        'The council bought 300 electric buses from Sweden in 2021.',
        '```',
        '',
        '<!-- The council bought 300 electric buses from Sweden in 2021. -->',
      ),
      [],
    );
  });

  test('diagnostics are sorted by position and each range lies inside the draft', async () => {
    const draft = lines(
      'Nordlys expects 85,000 passengers in the first year [@harbor-report].',
      'The council bought 300 electric buses from Sweden in 2021.',
      'Mayor Ingrid Solberg said the wall would protect 1,200 homes from winter storms.',
    );
    const ds = await check(draft, [
      { code: 'claim.citation-mismatch', text: 'Nordlys expects 85,000 passengers in the first year [@harbor-report].', message: [/does not support/] },
      { code: 'claim.unsupported', text: 'The council bought 300 electric buses from Sweden in 2021.', message: [/No source/] },
      { code: 'claim.uncited', text: 'Mayor Ingrid Solberg said the wall would protect 1,200 homes from winter storms.', message: [/Not cited/] },
    ]);
    assert.deepEqual(
      ds.map((d) => d.range.start.line),
      [0, 1, 2],
    );
  });

  test('the report gives every sentence a status, its citations and evidence', async () => {
    const s = await townService();
    const report = await s.check(doc(`${CLAIM_OK}\nWe will see.`));
    assert.deepEqual(
      report.sentences.map((x) => [x.text, x.status]),
      [
        [CLAIM_OK, 'supported'],
        ['We will see.', 'not-a-claim'],
      ],
    );
    assert.deepEqual(report.sentences[0].citations, [{ key: 'harbor-report', locator: 'para. 2', known: true }]);
    const e = report.sentences[0].evidence[0];
    assert.equal(e.key, 'harbor-report');
    assert.equal(e.locator, 'para. 2');
    assert.match(e.quote, /1,200 homes/);
    assert.ok(e.score > 0.5 && e.score <= 1);
  });

  test('edits and source changes are picked up (no stale verdicts)', async () => {
    const s = await makeService(TOWN_SOURCES);
    const draft = 'The council bought 300 electric buses from Sweden in 2021.';
    assert.equal((await s.getDiagnostics(doc(draft)))[0].code, 'claim.unsupported');
    await s.updateSource({ uri: 'file:///workspace/sources/buses.txt', name: 'buses.txt', bytes: new TextEncoder().encode('In 2021 the council bought 300 electric buses from Sweden.') });
    const after = await s.getDiagnostics(doc(draft, undefined, 2));
    assert.deepEqual(after.map((d) => d.code), ['claim.uncited']);
    assert.equal(after[0].data.suggestions?.[0].key, 'buses');
    s.removeSource('file:///workspace/sources/buses.txt');
    assert.equal((await s.getDiagnostics(doc(draft, undefined, 3)))[0].code, 'claim.unsupported');
  });

  test('a cancelled check returns nothing rather than throwing', async () => {
    const s = await townService();
    assert.deepEqual(await s.getDiagnostics(doc('The council bought 300 electric buses from Sweden in 2021.', 'file:///cancelled.md'), { isCancellationRequested: true }), []);
  });
});

describe('claim verdicts any correct checker must reach', () => {
  const status = async (sentence: string) => (await (await townService()).check(doc(sentence, 'file:///verdict.md'))).sentences[0].status;

  test('a sentence the source states word for word is supported', async () => {
    assert.equal(await status('Construction of the harbor wall will begin in 2026 and take three years, the council said.'), 'supported');
  });

  test('a plainly different figure is contradicted', async () => {
    assert.equal(await status('Construction of the harbor wall will begin in 2026 and take five years, the council said.'), 'contradicted');
    assert.equal(await status('Nordlys expects 40,000 passengers in the first year, its director Lena Vik told reporters.'), 'contradicted');
  });

  test('a claim about something no source mentions is unsupported', async () => {
    assert.equal(await status('The council bought 300 electric buses from Sweden in 2021.'), 'unsupported');
  });

  test('a claim that puts the source’s words in someone else’s mouth is not supported', async () => {
    assert.notEqual(await status('Mayor Lena Vik said the wall would protect 1,200 homes from winter storms.'), 'supported');
  });

  test('a paragraph range covers every paragraph in it', async () => {
    assert.equal(await status('Mayor Ingrid Solberg said the wall would protect 1,200 homes from winter storms [@harbor-report, paras. 1-3].'), 'supported');
    assert.equal(await status('Mayor Ingrid Solberg said the wall would protect 1,200 homes from winter storms [@harbor-report, paras. 1, 2].'), 'supported');
  });

  test('the opposite verb is not support', async () => {
    assert.notEqual(await status('The town council of Millbrook rejected a budget of 4.2 million euros for the new harbor wall on March 3.'), 'supported');
  });
});
