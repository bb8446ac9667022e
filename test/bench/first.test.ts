/**
 * The first-feedback benchmark runs end to end (one cold and one warm start of the built server on a
 * copy of the example): it prints each run and, last, one JSON line with the medians. No timing is
 * asserted, only that the figures are there and the draft got its findings.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { ensureBuilt, ROOT, testEnv } from '../lsp/harness';

describe('npm run bench:first', () => {
  test('times a cold and a warm start to the first diagnostics of the draft', () => {
    ensureBuilt();
    const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench', 'first.ts'), '--runs', '1'], { cwd: ROOT, env: testEnv(), encoding: 'utf8', timeout: 120_000 });
    const lines = out.trim().split('\n');
    assert.match(out, /this build, cold run 1: initialize answered \d+ ms, sources ready \d+ ms, first diagnostics of draft\.md \d+ ms \(\d+ findings\)/);
    const figures = JSON.parse(lines[lines.length - 1]) as Record<string, number>;
    for (const k of ['coldInitialize', 'coldReady', 'coldFirstDiagnostics', 'warmInitialize', 'warmReady', 'warmFirstDiagnostics']) assert.ok(figures[k] > 0, `${k} in ${lines[lines.length - 1]}`);
    assert.ok(!/\(0 findings\)/.test(out), 'the draft has findings');
  });
});
