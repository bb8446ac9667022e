/**
 * `npm run fuzz`: the robustness suite in full, then one table (cases tried, failures, slowest case).
 *
 *   npm run fuzz                                    fuzzers (100,000 cases each), the junk folder, crashes
 *   npm run fuzz -- --cases 5000                    fewer fuzz cases
 *   npm run fuzz -- --target "BibTeX" [--case N]    one fuzzer (one case of it)
 *   npm run fuzz -- --only fuzz|junk|crash|known    one part ("known": a measured problem left to another
 *                                                   piece of work, reported, never failed)
 *
 * The soak is its own command (`npm run soak`, test/robustness/soak.ts). Short runs of all of them are
 * in `npm test` (robustness.test.ts). Ends with `N passed, N failed` (one per row).
 */
import { promises as fs } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { crashWorkspace, SCENARIOS } from './crash';
import { fuzzTarget, TARGETS } from './fuzz';
import { checkJunkCli, checkJunkServer, junkFolder } from './junk';
import { createSourcedService } from '../../server/src/core';

interface Row {
  readonly name: string;
  readonly cases: number;
  readonly failures: number;
  readonly slowest: string;
  readonly notes: readonly string[];
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<number> {
  const cases = Number(arg('--cases') ?? 100_000);
  const seed = Number(arg('--seed') ?? 1);
  const only = arg('--only');
  const target = arg('--target');
  const oneCase = arg('--case') === undefined ? undefined : Number(arg('--case'));
  const rows: Row[] = [];
  const say = (m: string) => console.log(m);

  if (!only || only === 'fuzz') {
    for (const t of TARGETS.filter((x) => !target || x.name.toLowerCase() === target.toLowerCase())) {
      say(`fuzzing ${t.name}: ${oneCase !== undefined ? `case ${oneCase}` : `${cases.toLocaleString('en')} cases`}, seed ${seed}…`);
      const r = await fuzzTarget(t, seed, cases, oneCase);
      rows.push({ name: `fuzz: ${t.name}`, cases: r.cases, failures: r.failures, slowest: `${r.slowestMs.toFixed(0)} ms (case ${r.slowestCase})`, notes: r.failed.map((f) => `case ${f.n}: ${f.message.slice(0, 200)} (saved: ${f.saved})`) });
    }
  }
  if (!target && (!only || only === 'junk')) {
    say('the junk folder (a 500 MB zip bomb and the rest)…');
    const junk = await junkFolder({ bombMB: 500 });
    try {
      for (const [name, f] of [['junk folder: CLI', checkJunkCli], ['junk folder: server', checkJunkServer]] as const) {
        const t0 = performance.now();
        const wrong = await f(junk);
        rows.push({ name, cases: junk.reported.length + junk.good.length, failures: wrong.length, slowest: `${((performance.now() - t0) / 1000).toFixed(1)} s (whole folder)`, notes: wrong });
      }
    } finally {
      await junk.remove();
    }
  }
  if (!target && (!only || only === 'crash')) {
    say('crashes: kill -9 while writing, a corrupted cache, a full disk…');
    const ws = await crashWorkspace();
    try {
      for (const s of SCENARIOS) {
        const t0 = performance.now();
        const wrong = await s.run(ws);
        const skipped = wrong.length === 1 && wrong[0].startsWith('skipped:');
        rows.push({ name: `crash: ${s.name}`, cases: skipped ? 0 : 1, failures: skipped ? 0 : wrong.length, slowest: `${((performance.now() - t0) / 1000).toFixed(1)} s`, notes: wrong });
      }
    } finally {
      await fs.rm(ws.root, { recursive: true, force: true });
    }
  }

  if (!target && (!only || only === 'known')) {
    // One sentence with thousands of figures: the judge reads a bounded part of any sentence (MAX_CLAIM_CHARS,
    // MAX_PARTS), so its time must not grow with the number of figures. Measured here, not asserted.
    for (const n of [2000, 8000]) {
      const service = createSourcedService();
      await service.updateSource({ uri: 'file:///known/s.txt', name: 's.txt', bytes: new TextEncoder().encode('Harbor\n\nThe council approved 4.2 million euros for the wall in 2021.\n') });
      const sentence = `The council approved ${Array.from({ length: n }, (_, i) => `${1000 + i} euros`).join(', ')} in 2021 [@s].`;
      const t0 = performance.now();
      await service.getDiagnostics({ uri: 'file:///known/d.md', version: 1, getText: () => sentence });
      rows.push({ name: `known: one sentence with ${n.toLocaleString('en')} figures`, cases: 1, failures: 0, slowest: `${((performance.now() - t0) / 1000).toFixed(2)} s`, notes: [] });
    }
  }

  const w = Math.max(...rows.map((r) => r.name.length), 10);
  say('');
  say(`| ${'suite'.padEnd(w)} | cases tried | failures | slowest case |`);
  say(`|${'-'.repeat(w + 2)}|-------------|----------|--------------|`);
  for (const r of rows) say(`| ${r.name.padEnd(w)} | ${r.cases.toLocaleString('en').padStart(11)} | ${String(r.failures).padStart(8)} | ${r.slowest} |`);
  for (const r of rows) for (const n of r.notes) say(`  ${r.name}: ${n}`);
  const failed = rows.filter((r) => r.failures > 0).length;
  say(`${rows.length - failed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e) => {
    console.error(e);
    console.log('0 passed, 1 failed');
    process.exitCode = 1;
  },
);
