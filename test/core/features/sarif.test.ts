import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020';
import type * as Sarif from 'sarif';
import { DiagnosticCode, type SourcedService } from '../../../server/src/core';
import { parseDraft } from '../../../server/src/core/draft/draft';
import { SENTENCE_FINGERPRINT, SRCROOT, toSarif, type SarifFile, type SarifOptions } from '../../../server/src/core/features/sarif';
import { applySuppressions, ignoreEntryFor, type IgnoreEntry } from '../../../server/src/core/features/suppressions';
import { doc, lines, makeService, tempFolders, TOWN_SOURCES } from '../util';

const UNCITED = 'Mayor Ingrid Solberg said the wall would protect 1,200 homes from winter storms.';
const UNSUPPORTED = 'The council bought 300 electric buses from Sweden in 2021.';
const CONTRADICTED = 'The crossing had been suspended since 2015 after the old pier collapsed.';
const UNKNOWN_KEY = 'The mayor visited Oster Island [@nowhere].';
const DRAFT = lines(`${UNCITED}`, '<!-- sourced-ignore claim.unsupported: the council confirmed it by phone -->', UNSUPPORTED, '', `${CONTRADICTED} ${UNKNOWN_KEY}`);
const BASE = 'file:///workspace/';
const DRAFT_URI = `${BASE}drafts/town.md`;
const OPTIONS: SarifOptions = { baseUri: BASE, version: '0.1.0', informationUri: 'https://example.org/sourced' };

let shared: Promise<SourcedService> | undefined;
const service = () => (shared ??= makeService(TOWN_SOURCES));
const folder = tempFolders('sourced-sarif-');

/** The SARIF file input for a draft: its findings after suppressions (recorded entries too). */
async function fileFor(text: string, recorded: readonly IgnoreEntry[] = [], uri = DRAFT_URI): Promise<SarifFile & { draftText: string }> {
  const check = await (await service()).check(doc(text, uri));
  const draft = parseDraft(uri, 1, text);
  const s = applySuppressions(draft, check.diagnostics, recorded, { file: 'drafts/town.md' });
  return { uri, draft, diagnostics: s.kept, ignored: s.ignored, draftText: text };
}

async function log(text = DRAFT, options: SarifOptions = OPTIONS, recorded: readonly IgnoreEntry[] = []): Promise<Sarif.Log> {
  return toSarif([await fileFor(text, recorded)], options);
}

const results = (l: Sarif.Log) => l.runs[0].results ?? [];

describe('SARIF log', () => {
  test('one run of Sourced with one rule per diagnostic code, each described in plain words', async () => {
    const l = await log();
    assert.equal(l.version, '2.1.0');
    assert.equal(l.runs.length, 1);
    const driver = l.runs[0].tool.driver;
    assert.equal(driver.name, 'Sourced');
    assert.equal(driver.version, '0.1.0');
    assert.equal(driver.informationUri, 'https://example.org/sourced');
    assert.deepEqual(driver.rules!.map((r) => r.id), Object.values(DiagnosticCode));
    for (const r of driver.rules!) {
      assert.match(r.shortDescription!.text, /^[A-Z].*\.$/, r.id);
      assert.ok(r.fullDescription!.text.length > r.shortDescription!.text.length, r.id);
      assert.ok(['error', 'warning', 'note'].includes(r.defaultConfiguration!.level!), r.id);
    }
    const level = (code: string) => driver.rules!.find((r) => r.id === code)!.defaultConfiguration!.level;
    assert.deepEqual([level('citation.unknown-key'), level('claim.unsupported'), level('claim.uncited')], ['error', 'warning', 'note']);
    assert.equal(l.runs[0].columnKind, 'utf16CodeUnits');
  });

  test('each finding a result: its rule, level, message and place, 1-based, relative to the base', async () => {
    const file = await fileFor(DRAFT);
    const l = toSarif([file], OPTIONS);
    const rules = l.runs[0].tool.driver.rules!;
    assert.deepEqual(results(l).map((r) => [r.ruleId, r.level]), [
      ['claim.uncited', 'note'],
      ['claim.contradicted', 'warning'],
      ['citation.unknown-key', 'error'],
      ['claim.unsupported', 'warning'],
    ]);
    results(l).forEach((r, i) => {
      assert.equal(rules[r.ruleIndex!].id, r.ruleId);
      const d = i < file.diagnostics.length ? file.diagnostics[i] : file.ignored![i - file.diagnostics.length].diagnostic;
      assert.equal(r.message.text, d.message);
    });
    const contradicted = results(l)[1].locations![0].physicalLocation!;
    assert.deepEqual(contradicted.artifactLocation, { uri: 'drafts/town.md', uriBaseId: SRCROOT });
    const line = DRAFT.split('\n')[4];
    const col = line.indexOf('2015') + 1;
    assert.deepEqual(contradicted.region, { startLine: 5, startColumn: col, endLine: 5, endColumn: col + 4, snippet: { text: '2015' } });
    assert.deepEqual(contradicted.contextRegion, { startLine: 5, startColumn: 1, endLine: 5, endColumn: CONTRADICTED.length + 1, snippet: { text: CONTRADICTED } });
    assert.equal(results(l)[0].locations![0].physicalLocation!.contextRegion, undefined, 'no context when the finding is the whole sentence');
  });

  test('the passage a finding names is a related location in its source file', async () => {
    const l = await log();
    const related = results(l)[1].relatedLocations!;
    assert.equal(related.length, 1);
    assert.equal(related[0].id, 1);
    assert.deepEqual(related[0].physicalLocation!.artifactLocation, { uri: 'sources/ferry-news.md', uriBaseId: SRCROOT });
    assert.equal(related[0].physicalLocation!.region!.startLine, 12, 'para. 3 of ferry-news.md is its 12th line');
    assert.match(related[0].message!.text!, /^@ferry-news, para\. 3: “The crossing had been suspended since 2019/);
  });

  test('ignored findings are suppressed results: in the draft, or recorded in the ignore file', async () => {
    const first = await fileFor(DRAFT);
    const entry = ignoreEntryFor(first.draft!, first.diagnostics.find((d) => d.code === 'claim.uncited')!, { file: 'drafts/town.md', reason: 'cited in the next paragraph' })!;
    const l = await log(DRAFT, OPTIONS, [entry]);
    const suppressed = results(l).filter((r) => r.suppressions);
    assert.deepEqual(suppressed.map((r) => [r.ruleId, r.suppressions]), [
      ['claim.uncited', [{ kind: 'external', status: 'accepted', justification: 'cited in the next paragraph', location: { physicalLocation: { artifactLocation: { uri: '.sourced/ignore.json', uriBaseId: SRCROOT } } } }]],
      ['claim.unsupported', [{ kind: 'inSource', status: 'accepted', justification: 'the council confirmed it by phone' }]],
    ]);
    assert.equal(results(l).filter((r) => !r.suppressions).length, 2);
  });

  test("a finding's fingerprint is its code and its sentence's words: edits elsewhere keep it, editing the sentence changes it", async () => {
    const prints = (l: Sarif.Log) => Object.fromEntries(results(l).map((r) => [r.ruleId, r.partialFingerprints?.[SENTENCE_FINGERPRINT]]));
    const before = prints(await log());
    assert.match(before['claim.contradicted']!, /^claim\.contradicted:[0-9a-f]{16}$/);
    const moved = prints(await log(lines('A new opening sentence about nothing much.', '', `${UNKNOWN_KEY} ${CONTRADICTED}`, '', UNCITED)));
    assert.equal(moved['claim.contradicted'], before['claim.contradicted']);
    assert.equal(moved['claim.uncited'], before['claim.uncited']);
    const edited = prints(await log(DRAFT.replace('old pier', 'wooden pier')));
    assert.notEqual(edited['claim.contradicted'], before['claim.contradicted']);
  });

  test('several drafts and a source problem in one log; a file outside the base keeps its full URI', async () => {
    const other = await fileFor(UNSUPPORTED, [], `${BASE}drafts/other.md`);
    const outside = await fileFor(UNSUPPORTED, [], 'file:///elsewhere/notes.md');
    const problem: SarifFile = { uri: `${BASE}sources/scan.pdf`, diagnostics: [{ code: DiagnosticCode.SourceUnreadable, severity: 'warning', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: 'Sourced skipped this file: it has no text layer.', related: [], data: { code: DiagnosticCode.SourceUnreadable } }] };
    const l = toSarif([await fileFor(DRAFT), other, outside, problem], OPTIONS);
    const uris = results(l).map((r) => r.locations![0].physicalLocation!.artifactLocation!.uri);
    assert.deepEqual([...new Set(uris)], ['drafts/town.md', 'drafts/other.md', 'file:///elsewhere/notes.md', 'sources/scan.pdf']);
    const last = results(l).at(-1)!;
    assert.equal(last.ruleId, 'source.unreadable');
    assert.equal(last.partialFingerprints, undefined, 'no sentence, no sentence fingerprint');
    assert.equal(results(l).find((r) => r.locations![0].physicalLocation!.artifactLocation!.uri === 'file:///elsewhere/notes.md')!.locations![0].physicalLocation!.artifactLocation!.uriBaseId, undefined);
  });

  test('the base folder is named in the log only when asked', async () => {
    assert.equal((await log()).runs[0].originalUriBaseIds, undefined);
    assert.deepEqual((await log(DRAFT, { ...OPTIONS, includeBaseUri: true, baseUri: 'file:///workspace' })).runs[0].originalUriBaseIds, { [SRCROOT]: { uri: BASE } });
  });
});

describe('SARIF validation', () => {
  const load = createRequire(__filename);
  /** The multitool's binary, from the package for this platform (an optional dependency of @microsoft/sarif-multitool). */
  const multitool: string = load('@microsoft/sarif-multitool');

  /**
   * What the SARIF SDK's multitool says of a log (JSON schema and the SARIF rules: "error SARIF1008: …").
   * It reports nothing at all for a log it cannot read into its object model (an unknown `level`, say),
   * so `validate` checks the schema on its own too.
   */
  function multitoolFindings(l: unknown): string[] {
    const dir = folder();
    const input = path.join(dir, 'sourced.sarif');
    const output = path.join(dir, 'validation.sarif');
    writeFileSync(input, JSON.stringify(l, null, 2));
    const run = spawnSync(multitool, ['validate', input, '--output', output, '--log', 'ForceOverwrite'], { encoding: 'utf8', timeout: 120_000 });
    assert.equal(run.error, undefined, `sarif-multitool did not run: ${run.error?.message}`);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const report = JSON.parse(readFileSync(output, 'utf8')) as Sarif.Log;
    return (report.runs[0].results ?? []).map((r) => `${r.level ?? 'warning'} ${r.ruleId}: ${r.message.text ?? `${r.message.id} ${(r.message.arguments ?? []).join(' | ')}`}`);
  }

  /** What the SARIF 2.1.0 JSON schema (the copy the multitool ships) says of a log: "error JSON: /runs/0/… must …". */
  function schemaFindings(l: unknown): string[] {
    const schemaFile = path.join(path.dirname(load.resolve(`@microsoft/sarif-multitool-${process.platform}/package.json`)), 'sarif-2.1.0.json');
    const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
    const check = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
    return check(l) ? [] : (check.errors ?? []).map((e) => `error JSON: ${e.instancePath} ${e.message}`);
  }

  const validate = (l: unknown) => [...schemaFindings(l), ...multitoolFindings(l)];

  test('the log of a draft with every kind of finding is valid SARIF 2.1.0, with no warning', async () => {
    const town = await fileFor(DRAFT);
    const locator = await fileFor('Nordlys expects 85,000 passengers in the first year [@ferry-news, para. 1]. Nordlys expects 85,000 passengers in the first year [@harbor-report].', [], `${BASE}drafts/ferry.md`);
    const stale: IgnoreEntry = { file: 'drafts/town.md', code: 'claim.unsupported', fingerprint: '0123456789abcdef', sentence: 'Gone.', reason: '' };
    const withStale = await fileFor(DRAFT, [stale]);
    const l = toSarif([town, locator, withStale], OPTIONS);
    assert.ok(new Set(results(l).map((r) => r.ruleId)).size >= 6, 'the log has many kinds of findings');
    assert.deepEqual(validate(l), []);
    assert.deepEqual(validate(toSarif([town], { ...OPTIONS, includeBaseUri: true })), []);
  });

  test('without an information URI the only remark is that it is missing', async () => {
    const findings = validate(await log(DRAFT, { baseUri: BASE, version: '0.1.0' }));
    assert.deepEqual(findings.map((f) => f.split(':')[0]), ['warning SARIF2005']);
    assert.match(findings[0], /ProvideToolnformationUri|informationUri/);
  });

  test('a broken log is caught (these checks can fail): the multitool on a bad region, the schema on a bad level', async () => {
    const bad = structuredClone(await log());
    (results(bad)[0].locations![0].physicalLocation!.region as Record<string, unknown>).startLine = 0;
    assert.ok(multitoolFindings(bad).some((f) => f.startsWith('error JSON1008') && /startLine/.test(f)), multitoolFindings(bad).join('\n'));
    const unreadable = structuredClone(await log()) as unknown as { runs: Array<{ results: Array<Record<string, unknown>> }> };
    unreadable.runs[0].results[0].level = 'severe';
    delete unreadable.runs[0].results[0].message;
    assert.deepEqual(schemaFindings(unreadable), ["error JSON: /runs/0/results/0 must have required property 'message'", 'error JSON: /runs/0/results/0/level must be equal to one of the allowed values']);
  });
});
