// First feedback in the real editor, measured again and again: each run starts VS Code's server
// (code-server) and Chromium afresh on a copy of examples/balloons with the draft open, installs the
// packaged extension, and reads "activation → first diagnostics" from the end-to-end suite's first
// test (test/e2e/run.mjs --first-feedback). Prints every run with the server's and the client's
// start-up marks, then the median and the range.
//
//   npm run bench:first:e2e -- [--runs N] [--vsix dist/sourced.vsix] [--baseline <another build's .vsix>]
//
// With --baseline the two .vsix files take turns run by run, so both face the same machine. The
// figure moves with everything else the machine does while the workbench starts (2 cores here: the
// workbench's renderer alone takes one), so compare medians of runs taken in turns, never one run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const runs = Number(arg('runs') ?? 5);
const vsix = path.resolve(arg('vsix') ?? path.join(root, 'dist', 'sourced.vsix'));
const baseline = arg('baseline') && path.resolve(arg('baseline'));

if (!existsSync(vsix)) {
  const r = spawnSync('npm', ['run', 'package', '--silent'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(1);
}
for (const f of [vsix, baseline].filter(Boolean)) {
  if (!existsSync(f)) {
    console.error(`${f} does not exist`);
    process.exit(1);
  }
}

const builds = [{ name: 'this build', vsix }, ...(baseline ? [{ name: 'baseline', vsix: baseline }] : [])];
const figures = new Map(builds.map((b) => [b.name, []]));
for (let i = 0; i < runs; i++) {
  for (const b of builds) {
    const r = spawnSync(process.execPath, [path.join(root, 'test', 'e2e', 'run.mjs'), '--first-feedback', '--vsix', b.vsix], { cwd: root, encoding: 'utf8', timeout: 300_000 });
    const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
    const ms = /activation → first diagnostics: (\d+) ms/.exec(out);
    const detail = out.split('\n').filter((l) => /start-up|server started/.test(l)).map((l) => l.trim());
    if (!ms) {
      console.log(`${b.name}, run ${i + 1}: no figure (exit ${r.status})\n${out.slice(-1500)}`);
      continue;
    }
    figures.get(b.name).push(Number(ms[1]));
    console.log(`${b.name}, run ${i + 1}: activation → first diagnostics ${ms[1]} ms`);
    for (const l of detail) console.log(`  ${l}`);
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) >> 1] : Math.round((s[s.length / 2 - 1] + s[s.length / 2]) / 2);
};
const summary = {};
for (const [name, xs] of figures) {
  if (!xs.length) continue;
  console.log(`${name}: activation → first diagnostics, median of ${xs.length}: ${median(xs)} ms (runs ${xs.join(', ')}; ${Math.min(...xs)}–${Math.max(...xs)})`);
  summary[name === 'baseline' ? 'baselineMedianMs' : 'medianMs'] = median(xs);
}
console.log(JSON.stringify(summary));
const failedRuns = runs * builds.length - [...figures.values()].reduce((n, xs) => n + xs.length, 0);
console.log(`${runs * builds.length - failedRuns} passed, ${failedRuns} failed`);
process.exit(failedRuns ? 1 : 0);
