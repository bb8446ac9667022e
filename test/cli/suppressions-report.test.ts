/**
 * `sourced check` with ignored findings, `sourced report` and `sourced check --format sarif`, run as a
 * user runs them (`node bin/sourced.js …`) on a copy of the example: the ignore file and comments
 * honoured and counted, --no-ignore, a stale entry, a broken ignore file said and left as it was, the
 * ignore file of the nearest folder with a .sourced/ folder; the report as HTML and Markdown with the
 * date of the check; the SARIF log validated by the SARIF SDK's multitool.
 */
import * as assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type * as Sarif from 'sarif';
import { fingerprint } from '../../server/src/core/features/suppressions';
import { checkedAt } from '../../server/src/workspace/checkDate';
import { ensureBuilt, EXAMPLE, ROOT, tempCopy, testEnv } from '../lsp/harness';

const BIN = path.join(ROOT, 'bin', 'sourced.js');
const CLAIM = 'Seoul has paid Pyongyang $40 million in compensation for balloon damage since 2022.';
const CONTRADICTED_LINE = 'The Moon Jae-in administration banned the launches';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function sourced(args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, timeout: 60_000, env: testEnv(), maxBuffer: 32 * 1024 * 1024 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}

const entry = (sentence: string, reason: string, file = 'draft.md', code = 'claim.unsupported') => ({ file, code, fingerprint: fingerprint(sentence), sentence: sentence.slice(0, 40), reason });
const ignoreFile = (...entries: unknown[]) => JSON.stringify({ version: 1, ignore: entries }, null, 2) + '\n';
/** Today, as the report says it ("5 December 2026"). */
const checkDate = () => checkedAt().replace(/,.*$/, '');
const findings = (out: string) => [...out.matchAll(/^\S+:(\d+):\d+: \w+ ([\w.-]+):/gm)].map((m) => `${m[1]} ${m[2]}`);

describe('sourced check: ignored findings', () => {
  let dir: string;
  before(async () => {
    ensureBuilt();
    dir = await tempCopy(EXAMPLE, 'sourced-cli-ignore-');
    await fs.mkdir(path.join(dir, '.sourced'));
  });
  after(() => fs.rm(dir, { recursive: true, force: true }));

  test('an entry of .sourced/ignore.json and a comment are honoured and counted; --no-ignore shows them', async () => {
    const draft = await fs.readFile(path.join(dir, 'draft.md'), 'utf8');
    const contradicted = draft.split('\n').find((l) => l.startsWith(CONTRADICTED_LINE))!;
    await fs.writeFile(path.join(dir, 'draft.md'), draft.replace(contradicted, `<!-- sourced-ignore contradicted: checked with the ministry -->\n${contradicted}`));
    await fs.writeFile(path.join(dir, '.sourced', 'ignore.json'), ignoreFile(entry(CLAIM, 'confirmed by phone')));
    const all = await sourced(['check', 'draft.md', '--no-ignore'], dir);
    const some = await sourced(['check', 'draft.md'], dir);
    assert.equal(all.code, 1);
    assert.equal(some.code, 1, 'other findings still fail the check');
    const lost = findings(all.stdout).filter((f) => !findings(some.stdout).includes(f));
    assert.deepEqual(lost.map((f) => f.split(' ')[1]).sort(), ['claim.contradicted', 'claim.unsupported']);
    assert.match(some.stdout, /\n2 findings ignored \(--no-ignore shows them\)\n$/);
    assert.doesNotMatch(all.stdout, /ignored/);
    const json = JSON.parse((await sourced(['check', 'draft.md', '--format', 'json'], dir)).stdout);
    assert.deepEqual(json.files[0].ignored.map((i: { code: string; by: string; reason: string }) => [i.code, i.by, i.reason]).sort(), [
      ['claim.contradicted', 'inline', 'checked with the ministry'],
      ['claim.unsupported', 'file', 'confirmed by phone'],
    ]);
    await fs.writeFile(path.join(dir, 'draft.md'), draft);
  });

  test('only the ignored findings failing the check: exit code 0 once they are ignored', async () => {
    const only = path.join(dir, 'only.md');
    await fs.writeFile(only, `${CLAIM}\n`);
    assert.equal((await sourced(['check', 'only.md', '--sources', 'sources'], dir)).code, 1);
    await fs.writeFile(path.join(dir, '.sourced', 'ignore.json'), ignoreFile(entry(CLAIM, 'confirmed', 'only.md')));
    const r = await sourced(['check', 'only.md', '--sources', 'sources'], dir);
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /1 finding ignored \(--no-ignore shows it\)/);
    await fs.rm(only);
  });

  test('a sentence edited since: the entry is stale, said at the top of the draft, and the finding is back', async () => {
    await fs.writeFile(path.join(dir, '.sourced', 'ignore.json'), ignoreFile(entry(CLAIM.replace('2022', '2019'), 'confirmed')));
    const r = await sourced(['check', 'draft.md', '--fail-on', 'none'], dir);
    assert.match(r.stdout, /^draft\.md:1:1: information suppression\.stale: An ignored finding \(claim\.unsupported: “confirmed”\) no longer applies/m);
    assert.ok(findings(r.stdout).some((f) => f.endsWith('claim.unsupported')));
    assert.doesNotMatch(r.stdout, /ignored \(--no-ignore/);
  });

  test('a broken ignore file is said in plain words, the check goes on with every finding, and the file is left as it was', async () => {
    const broken = '{ "version": 1, "ignore": [\n<<<<<<< HEAD\n';
    await fs.writeFile(path.join(dir, '.sourced', 'ignore.json'), broken);
    const r = await sourced(['check', 'draft.md'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^\.sourced\/ignore\.json is not valid JSON.*, so none of its ignored findings apply\. Fix it, or delete it to start again\.$/m);
    assert.deepEqual(findings(r.stdout), findings((await sourced(['check', 'draft.md', '--no-ignore'], dir)).stdout));
    assert.equal(await fs.readFile(path.join(dir, '.sourced', 'ignore.json'), 'utf8'), broken);
    await fs.writeFile(path.join(dir, '.sourced', 'ignore.json'), JSON.stringify({ version: 2, ignore: [] }));
    assert.match((await sourced(['check', 'draft.md'], dir)).stderr, /has version 2; this Sourced reads version 1/);
  });

  test('the ignore file of the nearest folder above the draft that has a .sourced/ folder, run from anywhere', async () => {
    const desk = path.join(dir, 'desk');
    await fs.mkdir(path.join(desk, '.sourced'), { recursive: true });
    await fs.writeFile(path.join(desk, 'story.md'), `${CLAIM}\n`);
    await fs.writeFile(path.join(desk, '.sourced', 'ignore.json'), ignoreFile(entry(CLAIM, 'desk', 'story.md')));
    await fs.writeFile(path.join(dir, '.sourced', 'ignore.json'), ignoreFile());
    const r = await sourced(['check', path.join('desk', 'story.md'), '--sources', 'sources'], dir);
    assert.match(r.stdout, /1 finding ignored/);
    const fromInside = await sourced(['check', 'story.md', '--sources', path.join('..', 'sources')], desk);
    assert.match(fromInside.stdout, /1 finding ignored/);
  });
});

describe('sourced report', () => {
  let dir: string;
  before(async () => {
    ensureBuilt();
    dir = await tempCopy(EXAMPLE, 'sourced-cli-report-');
    await fs.mkdir(path.join(dir, '.sourced'));
    await fs.writeFile(path.join(dir, '.sourced', 'ignore.json'), ignoreFile(entry(CLAIM, 'Unification ministry figure, confirmed by phone')));
  });
  after(() => fs.rm(dir, { recursive: true, force: true }));

  test('--out report.html: one page with the summary, the date of the check, and the ignored finding apart', async () => {
    const r = await sourced(['report', 'draft.md', '--out', 'report.html'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /Wrote the fact-check report of draft\.md to report\.html/);
    const html = await fs.readFile(path.join(dir, 'report.html'), 'utf8');
    assert.match(html, /^<!doctype html>/);
    assert.match(html, /<title>Fact-check report: Balloons over the border<\/title>/);
    assert.match(html, /\d+ of \d+ claims supported/);
    assert.ok(html.includes(`checked ${checkDate()}`), 'the date the check ran');
    assert.match(html, /Unification ministry figure, confirmed by phone/);
    assert.match(html, /1 finding ignored/);
  });

  test('Markdown to standard output (--format md, or --out *.md); --no-ignore lists nothing as ignored', async () => {
    const md = await sourced(['report', 'draft.md', '--format', 'md'], dir);
    assert.equal(md.code, 0, md.stderr);
    assert.match(md.stdout, /^# Fact-check report: Balloons over the border\n/);
    assert.ok(md.stdout.includes(`checked ${checkDate()}`));
    assert.match(md.stdout, /## Findings the writer chose to ignore/);
    await sourced(['report', 'draft.md', '--out', 'r.md'], dir);
    assert.match(await fs.readFile(path.join(dir, 'r.md'), 'utf8'), /^# Fact-check report/);
    const all = await sourced(['report', 'draft.md', '--format', 'md', '--no-ignore'], dir);
    assert.doesNotMatch(all.stdout, /chose to ignore/);
  });

  test('bad usage: no draft, two drafts, a format check does not write; never over the draft or a source', async () => {
    assert.equal((await sourced(['report'], dir)).code, 2);
    assert.equal((await sourced(['report', 'draft.md', 'draft.md'], dir)).code, 2);
    const r = await sourced(['report', 'draft.md', '--format', 'sarif'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--format is html or md, not "sarif"/);
    assert.match((await sourced(['check', 'draft.md', '--format', 'html'], dir)).stderr, /--format is text, json or sarif, not "html"/);
    const draftBefore = await fs.readFile(path.join(dir, 'draft.md'), 'utf8');
    const over = await sourced(['report', 'draft.md', '--out', 'draft.md'], dir);
    assert.equal(over.code, 2);
    assert.match(over.stderr, /draft\.md is the draft itself: Sourced does not write over it/);
    assert.equal(await fs.readFile(path.join(dir, 'draft.md'), 'utf8'), draftBefore);
    const source = path.join('sources', 'inter-korean-impasse.txt');
    const sourceBefore = await fs.readFile(path.join(dir, source), 'utf8');
    assert.equal((await sourced(['report', 'draft.md', '--out', source], dir)).code, 2);
    assert.equal(await fs.readFile(path.join(dir, source), 'utf8'), sourceBefore);
    assert.match((await sourced(['--help'], dir)).stdout, /sourced report <draft\.md>[\s\S]*--no-ignore[\s\S]*sarif/);
  });
});

describe('sourced check --format sarif', () => {
  let dir: string;
  before(async () => {
    ensureBuilt();
    dir = await tempCopy(EXAMPLE, 'sourced-cli-sarif-');
    await fs.mkdir(path.join(dir, '.sourced'));
    await fs.writeFile(path.join(dir, '.sourced', 'ignore.json'), ignoreFile(entry(CLAIM, 'confirmed by phone')));
    // A source Sourced cannot read, so the log holds a problem with a file too.
    await fs.writeFile(path.join(dir, 'sources', 'scan.pdf'), '%PDF-1.4 not really');
  });
  after(() => fs.rm(dir, { recursive: true, force: true }));

  test('the log of the example is valid SARIF 2.1.0 (the multitool finds nothing but the missing informationUri)', async () => {
    const r = await sourced(['check', 'draft.md', '--format', 'sarif'], dir);
    assert.equal(r.code, 1, 'the exit code still says there are findings');
    const log = JSON.parse(r.stdout) as Sarif.Log;
    assert.equal(log.version, '2.1.0');
    const results = log.runs[0].results!;
    const ruleIds = new Set(results.map((x) => x.ruleId));
    for (const code of ['claim.contradicted', 'claim.unsupported', 'citation.unknown-key', 'source.unreadable']) assert.ok(ruleIds.has(code), `${code} in ${[...ruleIds]}`);
    const suppressed = results.filter((x) => x.suppressions);
    assert.deepEqual(suppressed.map((x) => [x.ruleId, x.suppressions![0].kind, x.suppressions![0].justification]), [['claim.unsupported', 'external', 'confirmed by phone']]);
    assert.deepEqual(suppressed[0].suppressions![0].location!.physicalLocation!.artifactLocation, { uri: '.sourced/ignore.json', uriBaseId: '%SRCROOT%' });
    const uris = new Set(results.map((x) => x.locations![0].physicalLocation!.artifactLocation!.uri));
    assert.deepEqual([...uris].sort(), ['draft.md', 'sources/scan.pdf']);
    assert.doesNotMatch(r.stdout, new RegExp(dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), 'no path of the machine in the log');

    const file = path.join(dir, 'sourced.sarif');
    await fs.writeFile(file, r.stdout);
    const multitool: string = createRequire(__filename)('@microsoft/sarif-multitool');
    const out = path.join(dir, 'validation.sarif');
    const run = spawnSync(multitool, ['validate', file, '--output', out, '--log', 'ForceOverwrite'], { encoding: 'utf8', timeout: 120_000 });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const said = (JSON.parse(readFileSync(out, 'utf8')) as Sarif.Log).runs[0].results ?? [];
    assert.deepEqual(said.map((x) => `${x.level ?? 'warning'} ${x.ruleId}`), ['warning SARIF2005'], JSON.stringify(said.map((x) => x.message), null, 1));
  });
});
