/**
 * Short runs of the robustness suite inside `npm test`: every fuzzer, the junk folder through the CLI
 * and the server, every crash scenario and a short soak. They assert correctness only (no crash, no
 * exception, answers within bounds); speed and memory are measured by `npm run fuzz` and `npm run soak`.
 */
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { crashWorkspace, SCENARIOS, type Workspace } from './crash';
import { fuzzTarget, TARGETS } from './fuzz';
import { checkJunkCli, checkJunkServer, junkFolder, type JunkFolder } from './junk';
import { runSoak } from './soak';

describe('fuzzers, a short run (fixed seed)', () => {
  for (const target of TARGETS) {
    test(`${target.name}: 300 cases, none fails`, async () => {
      const r = await fuzzTarget(target, 1, 300);
      assert.equal(r.failures, 0, r.failed.map((f) => `case ${f.n}: ${f.message} (${f.saved})`).join('\n'));
    });
  }
});

describe('the junk folder', () => {
  let junk: JunkFolder;
  before(async () => {
    // Past the 128 MB unpacking limit; the full run uses the trial's 500 MB.
    junk = await junkFolder({ bombMB: 160 });
  });
  after(async () => junk?.remove());

  test('through the CLI: every bad file named, the good ones used, nothing read outside, nothing written', async () => {
    assert.deepEqual(await checkJunkCli(junk), []);
  });

  test('through the language server: every bad file has its message, the draft is checked, no crash', async () => {
    assert.deepEqual(await checkJunkServer(junk), []);
  });
});

describe('crashes and a failing disk: the next run equals a cold one', () => {
  let ws: Workspace;
  before(async () => {
    ws = await crashWorkspace(300, 12);
  });
  after(async () => {
    if (ws) await fs.rm(ws.root, { recursive: true, force: true });
  });
  for (const scenario of SCENARIOS) {
    test(scenario.name, async (t) => {
      const wrong = await scenario.run(ws);
      if (wrong.length === 1 && wrong[0].startsWith('skipped:')) {
        // Only the full-disk scenario skips (crash.ts), and only where it cannot mount its 2 MB tmpfs.
        t.skip('mounting a tmpfs needs root and a kernel that allows it: the full-disk scenario cannot run here');
        return;
      }
      assert.deepEqual(wrong, []);
    });
  }
});

describe('a short soak', () => {
  test('300 edits with completions and hovers: every request answered, the verdict memo within its bound', async () => {
    const r = await runSoak({ edits: 300, every: 100 });
    assert.deepEqual(r.errors, []);
    assert.ok(r.completions >= 20 && r.hovers === r.completions, `${r.completions} completions, ${r.hovers} hovers`);
    assert.ok((r.stats.rememberedVerdicts as number) <= 1024 + 64 * 60, `${r.stats.rememberedVerdicts} verdicts remembered`);
  });
});
