/**
 * The quality benchmark runs end to end on a tiny data file of its own (made up here, not WiCE):
 * it prints a table and, last, one JSON line with every headline figure.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { auroc, judgeExamples, readExamples, summarise, type QualityExample } from '../../bench/quality';

const HARBOR = [
  '(meta data) TITLE: Harbor wall to be rebuilt',
  'The town council voted on Tuesday to rebuild the harbor wall.',
  'Construction will begin in 2026 and take three years.',
  'The project will cost 12 million euros, paid by the regional government.',
  'Fishermen had asked for the repair since the storm of 2019.',
];
const FERRY = [
  '(meta data) TITLE: New ferry line',
  'A ferry line to the island opens on May 1.',
  'Boats will leave the harbor every two hours.',
  'The operator, Blue Wave, expects 40,000 passengers in the first year.',
];

const EXAMPLES: QualityExample[] = [
  {
    id: 'toy-1', claim: 'The council voted to rebuild the harbor wall, and construction will begin in 2026.', label: 'supported',
    sources: [{ id: 'toy-1:s0', title: 'Harbor wall to be rebuilt', sentences: HARBOR }],
    evidence: [[{ source_id: 'toy-1:s0', sentence_index: 1 }, { source_id: 'toy-1:s0', sentence_index: 2 }]],
  },
  {
    id: 'toy-2', claim: 'Blue Wave expects 40,000 passengers in the first year of the ferry line.', label: 'supported',
    sources: [{ id: 'toy-2:s0', title: 'New ferry line', sentences: FERRY }],
    evidence: [[{ source_id: 'toy-2:s0', sentence_index: 3 }]],
  },
  {
    id: 'toy-3', claim: 'The harbor wall was designed by a Dutch engineering firm that won a national award.', label: 'unsupported',
    sources: [{ id: 'toy-3:s0', title: 'Harbor wall to be rebuilt', sentences: HARBOR }],
    evidence: [[{ source_id: 'toy-3:s0', sentence_index: 1 }]],
  },
  {
    id: 'toy-4', claim: 'The ferry crossing takes forty minutes and costs nine euros for adults.', label: 'unsupported',
    sources: [{ id: 'toy-4:s0', title: 'New ferry line', sentences: FERRY }],
    evidence: [[{ source_id: 'toy-4:s0', sentence_index: 2 }]],
  },
];

const KEYS = ['n', 'bacc', 'auroc', 'precision_unsupported', 'recall_unsupported', 'false_alarm_rate_on_supported', 'evidence_recall_at_5', 'ms_per_claim_p50', 'ms_per_claim_p95'];

describe('quality benchmark', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sourced-quality-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('the command prints a table, then one JSON line with every figure', () => {
    const data = path.join(dir, 'toy.jsonl');
    writeFileSync(data, EXAMPLES.map((e) => JSON.stringify(e)).join('\n') + '\n');
    const root = path.join(__dirname, '..', '..');
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/quality.ts', '--data', data], { cwd: root, encoding: 'utf8' });
    const lines = out.trim().split('\n');
    assert.match(out, /gold \\ verdict/);
    const { cv, ...summary } = JSON.parse(lines[lines.length - 1]) as Record<string, number> & { cv: Record<string, number> };
    assert.deepEqual(Object.keys(summary), KEYS);
    assert.equal(summary.n, 4);
    for (const k of KEYS) assert.equal(typeof summary[k], 'number', k);
    // The headline figures are cross-validated: the combiner is fitted on other claims than it scores.
    assert.match(out, /Cross-validated \(\d folds ×\d/);
    assert.deepEqual(Object.keys(cv), ['folds', 'repeats', 'auroc', 'bacc', 'false_alarm_rate_on_supported', 'recall_unsupported']);
  });

  test('a line of WiCE’s non-supported-tokens form is read as an unsupported claim, its article split into sources', () => {
    const data = path.join(dir, 'tokens.jsonl');
    const row = {
      claim: 'Blue Wave expects 50,000 passengers.', claim_tokens: ['Blue', 'Wave', 'expects', '50,000', 'passengers', '.'],
      non_supported_spans: [false, false, false, true, false, false], label: 'partially_supported', supporting_sentences: [[3]],
      evidence: [...FERRY, ...HARBOR], meta: { id: 'toy00001-0' },
    };
    writeFileSync(data, JSON.stringify(row) + '\n' + JSON.stringify(EXAMPLES[0]) + '\n');
    const [tokens, usual] = readExamples(data);
    assert.equal(tokens.label, 'unsupported');
    assert.equal(tokens.claim, row.claim);
    assert.deepEqual(tokens.sources.map((x) => [x.title, x.sentences.length]), [['New ferry line', FERRY.length], ['Harbor wall to be rebuilt', HARBOR.length]]);
    assert.deepEqual(usual, EXAMPLES[0]);
    const root = path.join(__dirname, '..', '..');
    writeFileSync(data, JSON.stringify(row) + '\n');
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/quality.ts', '--data', data, '--no-pooled'], { cwd: root, encoding: 'utf8' });
    assert.match(out, /Only unsupported claims here: the shipped judge catches 1 of them/);
  });

  test('each claim goes through check with its sources cited, and gets a score', async () => {
    const outcomes = await judgeExamples(EXAMPLES);
    assert.deepEqual(outcomes.map((o) => o.status), ['supported', 'supported', 'citation-mismatch', 'citation-mismatch']);
    for (const o of outcomes) assert.ok(o.score >= 0 && o.score <= 1);
    const s = summarise(outcomes, 1);
    assert.equal(s.bacc, 1);
    assert.equal(s.false_alarm_rate_on_supported, 0);
  });

  test('a claim timed once its sources were read gets the verdict it got on a fresh service', async () => {
    const outcomes = await judgeExamples(EXAMPLES, { warm: true });
    assert.deepEqual(outcomes.map((o) => o.warm?.status), outcomes.map((o) => o.status));
    for (const o of outcomes) assert.ok(o.warm && o.warm.ms >= 0 && o.warm.cpuMs >= 0);
  });

  test('AUROC counts ties as half', () => {
    assert.equal(auroc([0.9, 0.1], [true, false]), 1);
    assert.equal(auroc([0.5, 0.5], [true, false]), 0.5);
    assert.equal(auroc([0.2, 0.8, 0.5], [true, false, false]), 0);
  });
});
