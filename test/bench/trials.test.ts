/**
 * The writer-trial benchmark: labels matched to checked sentences, warnings and lies counted, and a
 * run end to end on a small trial made up here.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { normalise, scoreTrial, tally, type CheckedFile, type TrialLabel } from '../../bench/trials';

const range = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });

describe('writer trials', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sourced-trials-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('a sentence is compared without its citations, emphasis, quotation marks or final stop', () => {
    assert.equal(normalise('The pier *reopened* on "Friday" [@gazette, para. 2].'), 'the pier reopened on friday');
  });

  test('each label is scored by the findings inside its own sentence', () => {
    const labels: TrialLabel[] = [
      { n: 1, text: 'The pier reopened on Friday [@gazette].', label: 'true' },
      { n: 2, text: 'The repairs cost £40,000.', label: 'false', kind: 'changed-number' },
      { n: 3, text: 'The council approved the work.', label: 'false', kind: 'antonym' },
      { n: 4, text: 'A sentence the draft does not have at all, written here only.', label: 'true' },
    ];
    const file: CheckedFile = {
      sentences: [
        { text: 'The pier reopened on Friday [@gazette].', status: 'contradicted', range: range(2, 0, 40) },
        { text: 'The repairs cost £40,000.', status: 'contradicted', range: range(2, 41, 66) },
        { text: 'The council approved the work.', status: 'supported', range: range(4, 0, 30) },
      ],
      findings: [
        { code: 'claim.contradicted', severity: 'warning', line: 3, character: 1, message: 'A source says otherwise', fix: { text: 'Saturday' } },
        { code: 'claim.contradicted', severity: 'warning', line: 3, character: 60, message: 'A source says otherwise', fix: { text: '£14,000' } },
        { code: 'claim.uncited', severity: 'information', line: 5, character: 1, message: 'Not cited, but …', suggestedCitation: '[@minutes, para. 3]' },
      ],
    };
    const score = scoreTrial(labels, file);
    assert.deepEqual(score.unmatched, [4]);
    assert.deepEqual(score.sentences.map((s) => s.flagged.length > 0), [true, true, false]);
    // A figure offered in place of a true one, and a citation for a false sentence, would make the draft lie.
    assert.deepEqual(score.sentences.map((s) => s.lies), [['replace Saturday'], [], ['cite [@minutes, para. 3]']]);
    const c = tally([score]);
    assert.deepEqual([c.falseFlagged, c.falseTotal, c.trueWarned, c.trueTotal, c.lies], [1, 2, 1, 1, 2]);
    // A locator fix on a false sentence is counted apart.
    const moved = scoreTrial([labels[1]], { sentences: [file.sentences[1]], findings: [{ code: 'citation.wrong-locator', severity: 'warning', line: 3, character: 60, message: 'para. 2 does not support this; para. 5 does', fix: { text: 'para. 5' } }] });
    assert.deepEqual([tally([moved]).falseRelocated, tally([moved]).lies, tally([score]).falseRelocated], [1, 0, 0]);
  });

  test('runs the checker on each trial folder and prints its counts and the totals', () => {
    const trial = path.join(dir, '001-pier');
    mkdirSync(path.join(trial, 'sources'), { recursive: true });
    writeFileSync(path.join(trial, 'sources', 'gazette.txt'), 'Pier reopens\n\nThe Victorian pier at Sandholm reopened on Friday after repairs costing £14,000, the town council said.\n');
    writeFileSync(path.join(trial, 'draft.md'), '# Pier\n\nThe pier at Sandholm reopened on Friday [@gazette]. The repairs cost £40,000 [@gazette].\n');
    const labels = [
      { n: 1, text: 'The pier at Sandholm reopened on Friday [@gazette].', label: 'true' },
      { n: 2, text: 'The repairs cost £40,000 [@gazette].', label: 'false', kind: 'changed-number' },
    ];
    writeFileSync(path.join(trial, 'labels.jsonl'), labels.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const root = path.join(__dirname, '..', '..');
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/trials.ts', '--dir', dir], { cwd: root, encoding: 'utf8' });
    assert.match(out, /^001-pier: false flagged 1\/1; true warned 0\/1; opinion warned 0\/0; lies 0$/m);
    const last = JSON.parse(out.trim().split('\n').pop()!);
    assert.deepEqual([last.trials, last.falseFlagged, last.trueWarned, last.lies], [1, 1, 0, 0]);
  });
});
