// What ran in the event-loop blocks a traced server recorded.
//
//   SOURCED_TRACE_BLOCKS=30 SOURCED_BENCH_NODE_ARGS='--cpu-prof --cpu-prof-dir=prof' npm run bench 2> bench.log
//   node bench/blocks.mjs prof/CPU.<…>.0.001.cpuprofile "$(grep '^trace cold index:' bench.log | cut -d: -f2-)"
//
// The trace is `{"blocks": [[startµs, ms], …], "gcs": [[startµs, ms, kind, flags], …]}` from `sourced/stats`
// (lsp/telemetry.ts); its times are on the monotonic clock a V8 CPU profile uses. Pass the main thread's
// profile (`*.0.001.cpuprofile`) of the same server. For each block: the collections inside it and the
// functions that took its samples (self time, then the call paths).
import { readFileSync } from 'node:fs';

const [profilePath, traceText] = process.argv.slice(2);
if (!profilePath || !traceText) {
  console.error('usage: node bench/blocks.mjs <main-thread .cpuprofile> <trace JSON>');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(profilePath, 'utf8'));
const trace = JSON.parse(traceText);
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = (id) => {
  const f = nodes.get(id).callFrame;
  return `${f.functionName || '(anonymous)'}:${f.lineNumber + 1}`;
};
const pathOf = (id) => {
  const out = [];
  for (let at = id; at !== undefined; at = parent.get(at)) out.push(name(at));
  return out.reverse().slice(1, 10).join(' > ');
};
const times = [];
let t = profile.startTime;
for (const d of profile.timeDeltas) times.push((t += d));
const within = (from, to) => {
  const self = new Map();
  const paths = new Map();
  profile.samples.forEach((s, i) => {
    if (times[i] < from || times[i] > to) return;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    self.set(name(s), (self.get(name(s)) ?? 0) + ms);
    paths.set(pathOf(s), (paths.get(pathOf(s)) ?? 0) + ms);
  });
  const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  return { self: top(self, 6), paths: top(paths, 4) };
};
const blocks = [...trace.blocks].sort((a, b) => b[1] - a[1]);
if (blocks.length === 0) console.log('No blocks in the trace.');
for (const [start, ms] of blocks.slice(0, 10)) {
  const gcs = trace.gcs.filter(([g, gms]) => g < start + ms * 1000 && g + gms * 1000 > start);
  console.log(`${ms} ms block at ${((start - profile.startTime) / 1000).toFixed(0)} ms into the profile${gcs.length ? `; collections in it: ${gcs.map(([, g, k, f]) => `${g} ms (kind ${k}, flags ${f ?? 0})`).join(', ')}` : ''}`);
  const { self, paths } = within(start - 1000, start + ms * 1000 + 1000);
  for (const [k, v] of self) console.log(`  self ${v.toFixed(1)} ms  ${k}`);
  for (const [k, v] of paths) console.log(`  path ${v.toFixed(1)} ms  ${k}`);
}
