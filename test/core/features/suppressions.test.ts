import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DiagnosticCode, type SourcedDiagnostic, type SourcedService } from '../../../server/src/core';
import { parseDraft } from '../../../server/src/core/draft/draft';
import {
  applySuppressions,
  fingerprint,
  ignoreEntryFor,
  inlineIgnoreEdit,
  inlineSuppressions,
  normalizeSentence,
  parseIgnoreFile,
  recordSuppression,
  removeSuppressions,
  serializeIgnoreFile,
  type IgnoreEntry,
  type SuppressionResult,
} from '../../../server/src/core/features/suppressions';
import { applyEdits, doc, lines, makeService, textOf, TOWN_SOURCES } from '../util';

const UNSUPPORTED = 'The council bought 300 electric buses from Sweden in 2021.';
const UNCITED = 'Mayor Ingrid Solberg said the wall would protect 1,200 homes from winter storms.';
const UNKNOWN_KEY = 'Nordlys expects 85,000 passengers in the first year [@ferri-news, para. 2].';
const FILE = 'drafts/town.md';

let shared: Promise<SourcedService> | undefined;
const townService = () => (shared ??= makeService(TOWN_SOURCES));

/** Checks a draft, applies the suppressions, and returns the outcome with each finding as "code text". */
async function check(text: string, recorded: readonly IgnoreEntry[] = [], file = FILE) {
  const service = await townService();
  const { diagnostics } = await service.check(doc(text));
  const draft = parseDraft('file:///workspace/drafts/town.md', 1, text);
  const result = applySuppressions(draft, diagnostics, recorded, { file });
  const show = (d: SourcedDiagnostic) => `${d.code} ${textOf(text, d.range)}`;
  return { draft, diagnostics, result, kept: result.kept.map(show), ignored: result.ignored.map((i) => `${i.by} ${show(i.diagnostic)}`) };
}

/** Records an entry for each finding of `code` in the draft, as the quick fix would. */
async function recordFor(text: string, code: string, reason = 'checked with the council'): Promise<IgnoreEntry[]> {
  const { draft, diagnostics } = await check(text);
  return diagnostics.filter((d) => d.code === code).map((d) => ignoreEntryFor(draft, d, { file: FILE, reason })!);
}

describe('fingerprint', () => {
  test('ignores case, spacing, quotes, Markdown marks and citations', () => {
    const plain = fingerprint('The group said it would send 200,000 leaflets.');
    assert.equal(fingerprint('the  group said   it would send 200,000 leaflets'), plain);
    assert.equal(fingerprint('The group said it would “send” 200,000 *leaflets* [@defectors, para. 2].'), plain);
    assert.equal(fingerprint('The group said it would send 200,000 leaflets @defectors.'), plain);
    assert.match(plain, /^[0-9a-f]{16}$/);
  });

  test('changes when a word or a figure of the sentence changes', () => {
    const plain = fingerprint('The group said it would send 200,000 leaflets.');
    assert.notEqual(fingerprint('The group said it would send 300,000 leaflets.'), plain);
    assert.notEqual(fingerprint('The group said it would not send 200,000 leaflets.'), plain);
    assert.notEqual(fingerprint('The group said it would send 200,000 balloons.'), plain);
  });

  test('normalised words keep letters of any script and the digits', () => {
    assert.equal(normalizeSentence('Park Sang-hak’s group — “Fighters” — sent 5,000 USB drives [@a].'), 'park sang hak s group fighters sent 5 000 usb drives');
    assert.equal(normalizeSentence('Müller said Ça va.'), 'müller said ça va');
  });
});

describe('inline suppressions', () => {
  test('a comment ignores the named finding on the next sentence, with its reason', async () => {
    const text = `<!-- sourced-ignore claim.unsupported: confirmed by the council's press office -->\n${UNSUPPORTED} ${UNCITED}`;
    const { result, kept, ignored } = await check(text);
    assert.deepEqual(ignored, [`inline claim.unsupported ${UNSUPPORTED}`]);
    assert.deepEqual(kept, [`claim.uncited ${UNCITED}`]);
    assert.equal(result.ignored[0].reason, "confirmed by the council's press office");
    assert.deepEqual(result.stale, []);
  });

  test('only the codes it names: another finding on that sentence stays', async () => {
    const { kept, ignored } = await check(`<!-- sourced-ignore claim.unsupported -->\n${UNCITED}`);
    assert.deepEqual(ignored, []);
    assert.deepEqual(kept, [`claim.uncited ${UNCITED}`]);
  });

  test('in the middle of a paragraph, it applies to the sentence after it, not the one before', async () => {
    const { kept, ignored } = await check(`${UNSUPPORTED} <!-- sourced-ignore claim.uncited --> ${UNCITED}`);
    assert.deepEqual(ignored, [`inline claim.uncited ${UNCITED}`]);
    assert.deepEqual(kept, [`claim.unsupported ${UNSUPPORTED}`]);
  });

  test('as a block of its own, it applies to the first sentence of the next block, and to a list item', async () => {
    assert.deepEqual((await check(`<!-- sourced-ignore claim.unsupported -->\n\n${UNSUPPORTED}`)).ignored, [`inline claim.unsupported ${UNSUPPORTED}`]);
    assert.deepEqual((await check(`Intro.\n\n<!-- sourced-ignore claim.unsupported -->\n- ${UNSUPPORTED}`)).ignored, [`inline claim.unsupported ${UNSUPPORTED}`]);
  });

  test('several codes, comma-separated, and short forms of the codes', async () => {
    const text = `<!-- sourced-ignore unknown-key, claim.uncited: old key, fixed later -->\n${UNKNOWN_KEY}\n\n<!-- sourced-ignore uncited -->\n${UNCITED}`;
    const { kept, ignored, result } = await check(text);
    assert.deepEqual(ignored, ['inline citation.unknown-key @ferri-news', `inline claim.uncited ${UNCITED}`]);
    assert.deepEqual(kept, []);
    assert.equal(result.ignored[0].reason, 'old key, fixed later');
  });

  test('Windows line endings and a multi-line comment', async () => {
    const { ignored, result } = await check(`Intro.\r\n\r\n<!--\r\n  sourced-ignore claim.unsupported:\r\n  checked with the council\r\n-->\r\n${UNSUPPORTED}\r\n`);
    assert.deepEqual(ignored, [`inline claim.unsupported ${UNSUPPORTED}`]);
    assert.equal(result.ignored[0].reason, 'checked with the council');
  });

  test('stacked comments both apply', async () => {
    const text = `<!-- sourced-ignore claim.unsupported -->\n<!-- sourced-ignore claim.uncited -->\n${UNSUPPORTED}`;
    assert.deepEqual((await check(text)).ignored, [`inline claim.unsupported ${UNSUPPORTED}`]);
  });

  test('a comment in code is an example, not a suppression', async () => {
    for (const text of [`\`<!-- sourced-ignore claim.unsupported -->\` ${UNSUPPORTED}`, `\`\`\`\n<!-- sourced-ignore claim.unsupported -->\n\`\`\`\n${UNSUPPORTED}`]) {
      const { kept, ignored, draft } = await check(text);
      assert.deepEqual(ignored, [], text);
      assert.deepEqual(kept, [`claim.unsupported ${UNSUPPORTED}`], text);
      assert.deepEqual(inlineSuppressions(draft), []);
    }
  });

  test('a heading between the comment and the sentence: it applies to nothing, and says so at the comment', async () => {
    const comment = '<!-- sourced-ignore claim.unsupported -->';
    const { kept, ignored, result } = await check(`${comment}\n\n## Buses\n\n${UNSUPPORTED}`);
    assert.deepEqual(ignored, []);
    assert.deepEqual(kept, [`suppression.stale ${comment}`, `claim.unsupported ${UNSUPPORTED}`]);
    assert.match(result.stale[0].diagnostic.message, /ignores nothing: no sentence starts right after it/);
    assert.equal(result.stale[0].diagnostic.severity, 'information');
  });

  test('at the end of the draft: applies to nothing, and says so', async () => {
    const { kept } = await check(`${UNSUPPORTED}\n\n<!-- sourced-ignore claim.unsupported -->\n`);
    assert.deepEqual(kept, [`claim.unsupported ${UNSUPPORTED}`, 'suppression.stale <!-- sourced-ignore claim.unsupported -->']);
  });

  test('a misspelt code is named, with the code meant', async () => {
    const comment = '<!-- sourced-ignore claim.unsuported: typo -->';
    const { kept, result } = await check(`${comment}\n${UNSUPPORTED}`);
    assert.deepEqual(kept, [`suppression.bad-comment ${comment}`, `claim.unsupported ${UNSUPPORTED}`]);
    assert.match(result.stale[0].diagnostic.message, /“claim\.unsuported” is not a Sourced finding \(did you mean claim\.unsupported\?\); it ignores nothing/);
  });

  test('a comment naming no code ignores nothing and shows how to write one', async () => {
    const { kept, result } = await check(`<!-- sourced-ignore -->\n${UNSUPPORTED}`);
    assert.deepEqual(kept, ['suppression.bad-comment <!-- sourced-ignore -->', `claim.unsupported ${UNSUPPORTED}`]);
    assert.match(result.stale[0].diagnostic.message, /names no finding to ignore.*sourced-ignore claim\.unsupported/);
  });

  test('the inline fix puts a comment before the sentence that then ignores the finding', async () => {
    const text = `Intro paragraph.\n\n${UNCITED} ${UNSUPPORTED}`;
    const { draft, diagnostics } = await check(text);
    const target = diagnostics.find((d) => d.code === 'claim.unsupported')!;
    const edit = inlineIgnoreEdit(draft, target, 'the council --> confirmed it\n by phone')!;
    const after = applyEdits(text, [edit]);
    assert.equal(after, `Intro paragraph.\n\n${UNCITED} <!-- sourced-ignore claim.unsupported: the council – confirmed it by phone --> ${UNSUPPORTED}`);
    const again = await check(after);
    assert.deepEqual(again.ignored, [`inline claim.unsupported ${UNSUPPORTED}`]);
    assert.deepEqual(again.kept, [`claim.uncited ${UNCITED}`]);
  });
});

describe('recorded suppressions', () => {
  const draft = lines(`# Town`, '', `${UNCITED} ${UNSUPPORTED}`, '', 'Nordlys restarted the ferry crossing on May 1.');

  test('an entry ignores its finding on its sentence only', async () => {
    const entries = await recordFor(draft, 'claim.unsupported');
    assert.equal(entries.length, 1);
    const { kept, ignored, result } = await check(draft, entries);
    assert.deepEqual(ignored, [`file claim.unsupported ${UNSUPPORTED}`]);
    assert.ok(kept.includes(`claim.uncited ${UNCITED}`));
    assert.equal(result.ignored[0].reason, 'checked with the council');
    assert.equal(result.ignored[0].entry, entries[0]);
    assert.deepEqual(result.stale, []);
  });

  test('it survives edits elsewhere: other sentences changed, the sentence moved, restyled', async () => {
    const entries = await recordFor(draft, 'claim.unsupported');
    const moved = lines('# Town and harbour', '', 'A new first paragraph about the ferry, which Nordlys restarted on 1 May.', '', `${UNSUPPORTED}`, '', `${UNCITED}`);
    assert.deepEqual((await check(moved, entries)).ignored, [`file claim.unsupported ${UNSUPPORTED}`]);
    const restyled = UNSUPPORTED.replace('The council', 'The  *council*').replace('300 electric', '300\nelectric');
    const { ignored } = await check(`${UNCITED}\n\n${restyled}`, entries);
    assert.equal(ignored.length, 1, 'emphasis, spacing and a line break leave the sentence the same');
  });

  test('an edited sentence ends it, and a note at the sentence it became says so in plain words', async () => {
    const entries = await recordFor(draft, 'claim.unsupported');
    const edited = draft.replace('300 electric buses', '310 electric buses');
    const { kept, ignored, result } = await check(edited, entries);
    assert.deepEqual(ignored, []);
    assert.ok(kept.includes(`claim.unsupported ${UNSUPPORTED.replace('300', '310')}`));
    assert.equal(result.stale.length, 1);
    const note = result.stale[0];
    assert.equal(note.entry, entries[0]);
    assert.equal(note.diagnostic.code, 'suppression.stale');
    // At the edited sentence (it shares most of its words with the one recorded), where the writer looks.
    const line = edited.split('\n').findIndex((l) => l.includes('310 electric buses'));
    const character = edited.split('\n')[line].indexOf('The council');
    assert.deepEqual(note.diagnostic.range, { start: { line, character }, end: { line, character } });
    assert.match(note.why, /the sentence “The council bought 300 electric buses from Sweden in 2021\.” is no longer in this draft/);
    assert.match(note.diagnostic.message, /^An ignored finding \(claim\.unsupported: “checked with the council”\) no longer applies: .* Remove the entry from \.sourced\/ignore\.json/);
    assert.deepEqual(note.diagnostic.data.suppression, { code: 'claim.unsupported', fingerprint: entries[0].fingerprint, file: FILE });
  });

  test('a deleted sentence ends it too, with the note at the top of the draft', async () => {
    const entries = await recordFor(draft, 'claim.unsupported');
    const { result, kept } = await check(draft.replace(UNSUPPORTED, ''), entries);
    assert.equal(result.stale.length, 1);
    assert.deepEqual(result.stale[0].diagnostic.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.equal(kept[0], 'suppression.stale ', 'the note comes first');
  });

  test('a sentence still there whose finding went away: nothing to say', async () => {
    const entries = await recordFor(draft, 'claim.unsupported');
    const other = entries.map((e) => ({ ...e, code: 'claim.contradicted' }));
    const { ignored, result, kept } = await check(draft, other);
    assert.deepEqual(ignored, []);
    assert.deepEqual(result.stale, []);
    assert.ok(kept.includes(`claim.unsupported ${UNSUPPORTED}`));
  });

  test("another draft's entries neither apply nor go stale here", async () => {
    const entries = await recordFor(draft, 'claim.unsupported');
    const { ignored, result } = await check(draft, entries, 'drafts/other.md');
    assert.deepEqual(ignored, []);
    assert.deepEqual(result.stale, []);
    assert.equal((await check(draft, entries, './drafts\\town.md')).ignored.length, 1, 'paths are compared as the file writes them');
  });

  test('an inline comment and an entry on the same finding: it is ignored once, by the comment', async () => {
    const entries = await recordFor(draft, 'claim.unsupported');
    const { result } = await check(draft.replace(UNSUPPORTED, `<!-- sourced-ignore claim.unsupported: inline --> ${UNSUPPORTED}`), entries);
    assert.deepEqual(result.ignored.map((i) => [i.by, i.reason]), [['inline', 'inline']]);
  });

  test('a note about the check itself is never ignored, even where a sentence starts', async () => {
    const d = parseDraft('file:///d.md', 1, UNSUPPORTED);
    const note: SourcedDiagnostic = { code: DiagnosticCode.DraftTooLarge, severity: 'information', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: 'x', related: [], data: { code: DiagnosticCode.DraftTooLarge } };
    assert.equal(ignoreEntryFor(d, note, { file: FILE }), undefined);
    assert.equal(inlineIgnoreEdit(d, note), undefined);
    const r: SuppressionResult = applySuppressions(d, [note], [], { file: FILE });
    assert.deepEqual(r.kept, [note]);
  });
});

describe('the ignore file', () => {
  const entry: IgnoreEntry = { file: FILE, code: 'claim.unsupported', fingerprint: fingerprint(UNSUPPORTED), sentence: UNSUPPORTED, reason: 'checked' };

  test('written and read back the same; the text is stable JSON a person can read', () => {
    const text = serializeIgnoreFile([entry]);
    assert.deepEqual(parseIgnoreFile(text), { entries: [entry], problems: [], readable: true });
    assert.equal(serializeIgnoreFile(parseIgnoreFile(text).entries), text);
    assert.match(text, /^\{\n {2}"version": 1,\n {2}"ignore": \[\n {4}\{\n {6}"file": "drafts\/town\.md",\n {6}"code": "claim\.unsupported",/);
    assert.ok(text.endsWith('}\n'));
  });

  test('an empty or absent file is no entries and no problem', () => {
    assert.deepEqual(parseIgnoreFile(''), { entries: [], problems: [], readable: true });
    assert.deepEqual(recordSuppression(undefined, entry), { text: serializeIgnoreFile([entry]) });
  });

  test('broken JSON: one message with where, nothing applies, and it is never written over', () => {
    const bad = '{\n  "version": 1,\n  "ignore": [ { "code": "claim.unsupported", } ]\n}';
    const parsed = parseIgnoreFile(bad);
    assert.equal(parsed.readable, false);
    assert.deepEqual(parsed.entries, []);
    assert.equal(parsed.problems.length, 1);
    assert.match(parsed.problems[0].message, /^\.sourced\/ignore\.json is not valid JSON \(line 3, column \d+\), so none of its ignored findings apply\. Fix it, or delete it to start again\.$/);
    assert.deepEqual(recordSuppression(bad, entry), { error: parsed.problems[0].message });
    assert.ok('error' in removeSuppressions(bad, [entry]));
  });

  test('the wrong shape or a version it does not know: said in plain words', () => {
    assert.match(parseIgnoreFile('[]').problems[0].message, /should hold \{ "version": 1, "ignore": \[ … \] \}/);
    assert.match(parseIgnoreFile('{"ignore": []}').problems[0].message, /has no version; this Sourced reads version 1/);
    assert.match(parseIgnoreFile('{"version": 2, "ignore": []}', 'notes/ignore.json').problems[0].message, /^notes\/ignore\.json has version 2/);
    assert.equal(parseIgnoreFile('null').readable, false);
  });

  test('a bad entry is left out with a message naming it; the others apply', () => {
    const text = JSON.stringify({ version: 1, ignore: [{ code: 'claim.unsupported' }, entry, { ...entry, code: 'claim.wrong' }, 'x', { ...entry, fingerprint: 'abc' }] });
    const parsed = parseIgnoreFile(text);
    assert.equal(parsed.readable, true);
    assert.deepEqual(parsed.entries, [entry]);
    assert.deepEqual(
      parsed.problems.map((p) => [p.entry, p.message]),
      [
        [0, 'Entry 1 of .sourced/ignore.json has no fingerprint, file; it is left out.'],
        [2, 'Entry 3 of .sourced/ignore.json names “claim.wrong”, which is not a Sourced finding; it is left out.'],
        [3, 'Entry 4 of .sourced/ignore.json is not an object with a code, a fingerprint and a file; it is left out.'],
        [4, 'Entry 5 of .sourced/ignore.json has a fingerprint Sourced did not write (16 hex digits); it is left out.'],
      ],
    );
  });

  test('recording adds an entry, and recording the same finding again updates its reason', () => {
    const other: IgnoreEntry = { ...entry, code: 'claim.uncited', reason: '' };
    const one = recordSuppression(undefined, entry) as { text: string };
    const two = recordSuppression(one.text, other) as { text: string };
    assert.deepEqual(parseIgnoreFile(two.text).entries, [entry, other]);
    const three = recordSuppression(two.text, { ...entry, reason: 'checked twice' }) as { text: string };
    assert.deepEqual(parseIgnoreFile(three.text).entries, [{ ...entry, reason: 'checked twice' }, other]);
  });

  test('removing entries (the fix for a stale one) keeps the rest', () => {
    const other: IgnoreEntry = { ...entry, code: 'claim.uncited' };
    const text = serializeIgnoreFile([entry, other]);
    assert.deepEqual(removeSuppressions(text, [{ file: entry.file, code: entry.code, fingerprint: entry.fingerprint }]), { text: serializeIgnoreFile([other]) });
  });

  test('the entry for a finding: its code, the sentence fingerprint and a short excerpt for people', async () => {
    // A long sentence with a finding (a figure the source gives otherwise).
    const long = `${UNCITED.slice(0, -1).replace('1,200', '9,000')}, the mayor told a crowded meeting at the town hall on a windy evening.`;
    const { draft, diagnostics } = await check(long);
    const d = diagnostics[0];
    const e = ignoreEntryFor(draft, d, { file: './drafts/town.md', reason: '  fine  ' })!;
    assert.equal(e.code, d.code);
    assert.equal(e.fingerprint, fingerprint(long));
    assert.equal(e.file, 'drafts/town.md');
    assert.equal(e.reason, 'fine');
    assert.ok(e.sentence.length <= 81 && e.sentence.endsWith('…') && long.startsWith(e.sentence.slice(0, -1)), e.sentence);
  });

  test('the round trip: record a finding, write the file, read it back, and the check leaves it out', async () => {
    const text = `${UNSUPPORTED} ${UNCITED}`;
    const { draft, diagnostics } = await check(text);
    const written = recordSuppression(undefined, ignoreEntryFor(draft, diagnostics.find((d) => d.code === 'claim.uncited')!, { file: FILE })!) as { text: string };
    const { kept, ignored } = await check(text, parseIgnoreFile(written.text).entries);
    assert.deepEqual(ignored, [`file claim.uncited ${UNCITED}`]);
    assert.deepEqual(kept, [`claim.unsupported ${UNSUPPORTED}`]);
  });
});
