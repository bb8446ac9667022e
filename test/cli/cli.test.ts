/**
 * The `sourced` command line, run as a user runs it: `node bin/sourced.js …` on the example and on
 * small workspaces written here.
 */
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ensureBuilt, EXAMPLE, ROOT, testEnv } from '../lsp/harness';

const BIN = path.join(ROOT, 'bin', 'sourced.js');
const DRAFT = path.relative(ROOT, path.join(EXAMPLE, 'draft.md'));
const DRAFT_TEXT = readFileSync(path.join(EXAMPLE, 'draft.md'), 'utf8');

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function sourced(args: readonly string[], cwd = ROOT): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, timeout: 30_000, env: testEnv() }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * Runs several command lines in one process (the binary's `main`, one after the other, each with its
 * own working directory and captured output): the many small exit-code cases without a process start
 * each. The test process's own output is never touched.
 */
function sourcedBatch(cases: ReadonlyArray<{ readonly args: readonly string[]; readonly cwd?: string }>): Promise<Run[]> {
  const driver = `
    const { main } = require(${JSON.stringify(path.join(ROOT, 'dist', 'cli.js'))});
    const cases = JSON.parse(process.argv[1]);
    const write = { out: process.stdout.write.bind(process.stdout) };
    (async () => {
      const results = [];
      for (const c of cases) {
        let stdout = '', stderr = '';
        process.stdout.write = (s) => ((stdout += s), true);
        process.stderr.write = (s) => ((stderr += s), true);
        process.chdir(c.cwd);
        const code = await main(c.args);
        results.push({ code, stdout, stderr });
      }
      process.stdout.write = write.out;
      process.stdout.write(JSON.stringify(results));
    })();`;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['-e', driver, JSON.stringify(cases.map((c) => ({ args: c.args, cwd: c.cwd ?? ROOT })))], { timeout: 60_000, maxBuffer: 16 << 20, env: testEnv() }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${err.message}\n${stderr}`));
      else resolve(JSON.parse(stdout));
    });
  });
}

/** 1-based line:col of the first `needle` in the example draft, as the text output prints it. */
function lineCol(needle: string): string {
  const i = DRAFT_TEXT.indexOf(needle);
  assert.ok(i >= 0, needle);
  const before = DRAFT_TEXT.slice(0, i).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

/** The findings a careful reader of the example's sources expects, each with the text it points at. */
const FINDINGS: ReadonlyArray<readonly [string, string, string, RegExp]> = [
  ['information', 'claim.uncited', 'In October 2014', /@defectors-leaflets-usb, para\. 11 supports this/],
  ['warning', 'claim.contradicted', 'Damage and injuries', /opposite.*No damage, injuries/],
  ['warning', 'claim.contradicted', '2019', /the draft says 2019; the source says 2017/],
  ['warning', 'claim.contradicted', 'more than 3,000', /the draft says more than 3,000; the source says more than 1,000/],
  ['warning', 'citation.bad-locator', 'para. 40', /no para\. 40/],
  ['warning', 'claim.citation-mismatch', 'North Korea has sent up to 15,000', /@defectors-leaflets-usb does not support this.*@inter-korean-impasse, para\. \d+ does/],
  ['warning', 'claim.unsupported', 'Seoul has paid Pyongyang', /No source supports this claim/],
  ['error', 'citation.unknown-key', '@defector-leaflets-usb', /Did you mean @defectors-leaflets-usb\?/],
];

/** Every run of this file, started together in the root `before` (process start-up dominates). */
let dir: string;
let emptyDir: string;
let runs: {
  text: Promise<Run>;
  failNone: Promise<Run>;
  good: Promise<Run>;
  version: Promise<Run>;
  binaryUsage: Promise<Run>;
  json: Promise<Run>;
  explain: Promise<Run>;
  explainNothing: Promise<Run>;
  explainHeading: Promise<Run>;
  exitCodes: Promise<Run[]>;
  usage: Promise<Run[]>;
  unreadable: Promise<Run[]>;
  quote: Promise<Run[]>;
  explainPlace: Promise<Run[]>;
};

const USAGE_CASES = [[], ['frobnicate'], ['check'], ['check', DRAFT, '--format', 'xml'], ['check', DRAFT, '--fail-on', 'bogus'], ['check', DRAFT, '--threshold', '2'], ['check', DRAFT, '--nope'], ['check', DRAFT, '--sources'], ['explain']];

before(async () => {
  ensureBuilt();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sourced-cli-'));
  await fs.mkdir(path.join(dir, 'sources'));
  await fs.writeFile(path.join(dir, 'sources', 'harbor.txt'), 'Harbor Report\n\nThe town council met on Monday to discuss the harbor budget.\n\nMayor Ingrid Solberg said the wall would protect 1,200 homes from winter storms.\n');
  await fs.writeFile(path.join(dir, 'sources', 'empty.txt'), '');
  await fs.writeFile(path.join(dir, 'good.md'), 'Mayor Ingrid Solberg said the wall would protect 1,200 homes from winter storms [@harbor, para. 2].\n');
  await fs.writeFile(path.join(dir, 'uncited.md'), 'Mayor Ingrid Solberg said the wall would protect 1,200 homes from winter storms.\n');
  await fs.writeFile(path.join(dir, 'locator.md'), 'Mayor Ingrid Solberg said the wall would protect 1,200 homes from winter storms [@harbor, para. 1].\n');
  await fs.writeFile(path.join(dir, 'wrong.md'), 'Mayor Ingrid Solberg said the wall would protect 9,000 homes from winter storms [@harbor, para. 2].\n');
  await fs.writeFile(path.join(dir, 'quote.md'), 'Solberg said the wall “would shield 1,200 homes from winter storms” [@harbor, para. 2].\n');
  emptyDir = await fs.mkdtemp(path.join(os.tmpdir(), 'sourced-cli-empty-'));
  await fs.writeFile(path.join(emptyDir, 'draft.md'), 'Text.\n');
  // Two runs through the binary itself (exit codes 1 and 2); the rest through its main, in two
  // processes, because process start-up is most of the cost of a run.
  const a = sourcedBatch([
    { args: ['check', DRAFT, '--fail-on', 'none'] },
    { args: ['check', DRAFT, '--format', 'json'] },
    { args: ['explain', 'The Moon Jae-in administration banned the launches after it took office in 2019.', '--sources', path.join(EXAMPLE, 'sources')] },
    { args: ['explain', 'What happens next is anyone’s guess.'], cwd: EXAMPLE },
    { args: ['--version'] },
    { args: ['explain', '# A heading', '--sources', path.join(EXAMPLE, 'sources')] },
  ]);
  const b = sourcedBatch([
    { args: ['check', 'good.md'], cwd: dir },
    { args: ['check', 'uncited.md'], cwd: dir },
    { args: ['check', 'uncited.md', '--fail-on', 'uncited'], cwd: dir },
    { args: ['check', 'wrong.md', '--fail-on=uncited'], cwd: dir },
    { args: ['check', 'wrong.md'], cwd: dir },
    { args: ['check', 'locator.md'], cwd: dir },
    { args: ['check', path.join(dir, 'good.md'), '--sources', path.join(dir, 'sources')] },
    { args: ['--help'] },
    { args: ['check', 'draft.md'], cwd: emptyDir },
    { args: ['check', 'missing.md'], cwd: dir },
    ...USAGE_CASES.map((args) => ({ args })),
  ]);
  const c = sourcedBatch([
    { args: ['check', 'quote.md'], cwd: dir },
    { args: ['check', 'quote.md', '--fail-on', 'unsupported'], cwd: dir },
    { args: ['explain', 'wrong.md:1:5'], cwd: dir },
    { args: ['explain', 'wrong.md:9'], cwd: dir },
    // From another folder, with no --sources: the sources next to the draft, as check reads them.
    { args: ['explain', path.join(dir, 'wrong.md') + ':1'], cwd: os.tmpdir() },
  ]);
  runs = {
    text: sourced(['check', DRAFT]),
    binaryUsage: sourced(['check']),
    failNone: a.then((r) => r[0]),
    json: a.then((r) => r[1]),
    explain: a.then((r) => r[2]),
    explainNothing: a.then((r) => r[3]),
    version: a.then((r) => r[4]),
    explainHeading: a.then((r) => r[5]),
    good: b.then((r) => r[0]),
    exitCodes: b.then((r) => r.slice(1, 8)),
    unreadable: b.then((r) => r.slice(8, 10)),
    usage: b.then((r) => r.slice(10)),
    quote: c.then((r) => r.slice(0, 2)),
    explainPlace: c.then((r) => r.slice(2)),
  };
  // Let every run finish here, so no test waits on a process another test started.
  await Promise.all(Object.values(runs));
});

after(async () => {
  for (const d of [dir, emptyDir]) if (d) await fs.rm(d, { recursive: true, force: true });
});

describe('sourced check (text)', () => {
  let run: Run;
  before(async () => {
    run = await runs.text;
  });

  test('one line per finding: file:line:col, severity, code, message', () => {
    const findings = run.stdout.split('\n').filter((l) => l.startsWith(`${DRAFT}:`));
    assert.equal(findings.length, FINDINGS.length, run.stdout);
    FINDINGS.forEach(([severity, code, at, message], i) => {
      const prefix = `${DRAFT}:${lineCol(at)}: ${severity} ${code}: `;
      assert.ok(findings[i].startsWith(prefix), `expected “${prefix}…”, got “${findings[i]}”`);
      assert.match(findings[i], message);
    });
  });

  test('suggested citations, replacements and key hints under their findings', () => {
    const out = run.stdout;
    assert.match(out, /claim\.uncited: [^\n]*\n {4}suggested citation: \[@defectors-leaflets-usb, para\. 11\]/);
    assert.match(out, /says 2019; [^\n]*\n {4}fix: replace with 2017/);
    assert.match(out, /claim\.citation-mismatch: [^\n]*\n {4}suggested citation: \[@inter-korean-impasse, para\. \d+\]/);
    assert.match(out, /citation\.unknown-key: [^\n]*\n {4}did you mean: @defectors-leaflets-usb/);
  });

  test('a summary line counts the sentences by verdict', () => {
    assert.match(run.stdout, /12 sentences checked against 3 sources: 5 supported, 1 unsupported, 3 contradicted, 1 citation-mismatch, 2 not claims\.\n$/);
  });

  test('exit code 1 when a claim is unsupported, mismatched or contradicted', () => {
    assert.equal(run.code, 1);
    assert.equal(run.stderr, '');
  });
});

describe('sourced check: exit codes', () => {
  test('0 with --fail-on none, even with findings', async () => {
    const r = await runs.failNone;
    assert.equal(r.code, 0);
    assert.match(r.stdout, /claim\.contradicted/);
  });

  test('0 for a draft whose claims all check out; skipped sources are named on stderr', async () => {
    const r = await runs.good;
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /^1 sentence checked against 1 source \(1 skipped\): 1 supported\.\n$/);
    assert.match(r.stderr, /skipped sources\/empty\.txt: the file is empty/);
  });

  test('an uncited claim fails only when asked to; a wrong paragraph says which to use; --sources elsewhere', async () => {
    const r = await runs.exitCodes;
    assert.deepEqual(
      r.slice(0, 6).map((x) => x.code),
      [0, 1, 0, 1, 1, 0],
    );
    assert.match(r[4].stdout, /^locator\.md:1:\d+: warning citation\.wrong-locator: @harbor, para\. 1 \(“Harbor Report The town council met on…”\) does not support this; para\. 2 of the same source does: “Mayor Ingrid Solberg said[^\n]*”\n {4}fix: change the locator to para\. 2\n/);
  });

  test('a misquotation fails by default, names the source and its wording, and says the fix', async () => {
    const [r, notFailing] = await runs.quote;
    assert.equal(r.code, 1, r.stdout);
    assert.match(
      r.stdout,
      /^quote\.md:1:\d+: warning quote\.not-verbatim: This quotation is not word for word what @harbor, para\. 2 says\. “shield” where the source has “protect”\. The source's wording: “would protect 1,200 homes from winter storms”\n {4}fix: use the source's wording: “would protect 1,200 homes from winter storms”\n/,
    );
    assert.equal(notFailing.code, 0, 'not-verbatim is a --fail-on name of its own');
  });

  test('2 on bad usage, with a message and the usage', async () => {
    const binary = await runs.binaryUsage;
    assert.equal(binary.code, 2);
    assert.match(binary.stderr, /Usage:/);
    const r = await runs.usage;
    for (const [i, args] of USAGE_CASES.entries()) {
      assert.equal(r[i].code, 2, `sourced ${args.join(' ')}`);
      assert.match(r[i].stderr, /Usage:\n {2}sourced check/, `sourced ${args.join(' ')}`);
      assert.equal(r[i].stdout, '');
    }
  });

  test('2 when there are no sources or the draft cannot be read', async () => {
    const [none, missing] = await runs.unreadable;
    assert.equal(none.code, 2);
    assert.match(none.stderr, /No source files found/);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /Cannot read .*missing\.md/);
  });

  test('--version and --help', async () => {
    const v = await runs.version;
    assert.equal(v.code, 0);
    assert.equal(v.stdout.trim(), JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    const h = (await runs.exitCodes)[6];
    assert.equal(h.code, 0);
    assert.match(h.stdout, /Exit codes: 0 nothing to fix, 1 findings/);
  });
});

describe('sourced check --format json', () => {
  interface Sentence {
    text: string;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    status: string;
    citations: Array<{ key: string; locator?: string; known: boolean }>;
    evidence: Array<{ key: string; locator: string; quote: string; score: number }>;
  }
  let report: { files: Array<{ path: string; sentences: Sentence[] }> };
  let code: number;
  before(async () => {
    const r = await runs.json;
    code = r.code;
    report = JSON.parse(r.stdout);
  });

  test('the documented shape, and the same exit code as text', () => {
    assert.equal(code, 1);
    assert.deepEqual(Object.keys(report), ['files']);
    assert.equal(report.files.length, 1);
    assert.ok('path' in report.files[0] && Array.isArray(report.files[0].sentences));
    assert.equal(report.files[0].path, DRAFT);
    const statuses = new Set(['supported', 'unsupported', 'contradicted', 'citation-mismatch', 'not-a-claim']);
    for (const s of report.files[0].sentences) {
      // The documented fields, with their types; a field added later does not break readers.
      for (const k of ['citations', 'evidence', 'range', 'status', 'text']) assert.ok(k in s, `sentence field ${k}`);
      assert.equal(typeof s.text, 'string');
      assert.ok(Array.isArray(s.citations) && Array.isArray(s.evidence));
      assert.ok(statuses.has(s.status), s.status);
      for (const p of [s.range.start, s.range.end]) assert.deepEqual(Object.keys(p).sort(), ['character', 'line']);
      for (const c of s.citations) {
        assert.equal(typeof c.key, 'string');
        assert.equal(typeof c.known, 'boolean');
      }
      for (const e of s.evidence) {
        for (const k of ['key', 'locator', 'quote', 'score']) assert.ok(k in e, `evidence field ${k}`);
        assert.match(e.locator, /^para\. \d+$/);
        assert.ok(e.score >= 0 && e.score <= 1);
        assert.ok(e.quote.length > 0);
      }
    }
  });

  test('every finding of the text output, with its message and fix', async () => {
    interface Finding { code: string; severity: string; line: number; character: number; message: string; fix?: { text: string; line: number; character: number; endLine: number; endCharacter: number }; suggestedCitation?: string; didYouMean?: string[] }
    const findings = (report.files[0] as unknown as { findings: Finding[] }).findings;
    const text = (await runs.text).stdout;
    // The same findings, in the same order, as the text output's lines.
    const heads = text.split('\n').filter((l) => /^\S+:\d+:\d+: /.test(l));
    assert.equal(findings.length, heads.length);
    findings.forEach((f, i) => assert.equal(heads[i], `${DRAFT}:${f.line}:${f.character}: ${f.severity} ${f.code}: ${f.message}`));
    const year = findings.find((f) => f.code === 'claim.contradicted' && f.fix?.text === '2017');
    assert.ok(year, JSON.stringify(findings));
    // The fix's range is what it replaces in the draft (1-based, end exclusive).
    const lines = DRAFT_TEXT.split('\n');
    assert.equal(lines[year.fix!.line - 1].slice(year.fix!.character - 1, year.fix!.endCharacter - 1), '2019');
    assert.ok(findings.some((f) => f.code === 'claim.citation-mismatch' && /^\[@inter-korean-impasse, para\. \d+\]$/.test(f.suggestedCitation ?? '')));
    assert.deepEqual(findings.find((f) => f.code === 'citation.unknown-key')?.didYouMean, ['defectors-leaflets-usb']);
  });

  test('each range covers exactly its sentence in the draft', () => {
    const lines = DRAFT_TEXT.split('\n');
    const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
    for (const s of report.files[0].sentences) assert.equal(DRAFT_TEXT.slice(offset(s.range.start), offset(s.range.end)), s.text);
  });

  test('verdicts a careful reader of the sources would reach', () => {
    const status = (start: string) => {
      const s = report.files[0].sentences.find((x) => x.text.startsWith(start));
      assert.ok(s, start);
      return s;
    };
    assert.equal(status('The civic group Fighters').status, 'supported');
    assert.equal(status('Park Sang-hak, who fled').status, 'supported');
    assert.equal(status('In October 2014').status, 'supported');
    assert.equal(status('Damage and injuries').status, 'contradicted');
    assert.equal(status('The Moon Jae-in').status, 'contradicted');
    assert.equal(status('South Korean police detained').status, 'contradicted');
    assert.equal(status('North Korea has sent up to 15,000').status, 'citation-mismatch');
    assert.equal(status('Seoul has paid Pyongyang').status, 'unsupported');
    assert.equal(status("What happens next is anyone's guess.").status, 'not-a-claim');
    assert.equal(status('Will the loudspeakers ever return?').status, 'not-a-claim');
    // Evidence for a contradiction quotes the passage that says otherwise, first.
    assert.match(status('The Moon Jae-in').evidence[0].quote, /took office in 2017/);
    assert.deepEqual(status('Kim Yo Jong').citations, [{ key: 'defector-leaflets-usb', known: false }]);
    assert.deepEqual(status('The civic group Fighters').citations, [{ key: 'defectors-leaflets-usb', locator: 'para. 2', known: true }]);
    assert.equal(status('The civic group Fighters').evidence[0].locator, 'para. 2');
  });
});

describe('sourced explain', () => {
  test('shows the claim’s parts, the verdict and the scored passages', async () => {
    const r = await runs.explain;
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^Claim: The Moon Jae-in administration banned the launches after it took office in 2019\.$/m);
    assert.match(r.stdout, /^Checkable because: .*date/m);
    assert.match(r.stdout, /^Figures and dates: 2019 \(year\)$/m);
    assert.match(r.stdout, /^Verdict: contradicted /m);
    assert.match(r.stdout, /^Contradiction \(date\): the claim says 2019; @defectors-leaflets-usb, para\. 15 says 2017$/m);
    assert.match(r.stdout, /^ 1\. [01]\.\d{3} {2}@defectors-leaflets-usb, para\. 15\n {6}“The release of balloons to North Korea was banned/m);
    assert.match(r.stdout, /lacks: 2019/);
  });

  test('a sentence with nothing checkable says so', async () => {
    const r = await runs.explainNothing;
    assert.equal(r.code, 0);
    assert.match(r.stdout, /Checkable because: nothing checkable/);
    assert.match(r.stdout, /Verdict: not-a-claim/);
  });

  test('a place in a draft, as check prints it, explains the sentence there, citations and all', async () => {
    const [place, beyond, elsewhere] = await runs.explainPlace;
    assert.equal(elsewhere.code, 0, elsewhere.stderr);
    assert.match(elsewhere.stdout, /Verdict: contradicted/);
    assert.equal(place.code, 0, place.stderr);
    assert.match(place.stdout, /^At wrong\.md:1:1\nClaim: Mayor Ingrid Solberg said the wall would protect 9,000 homes/);
    assert.match(place.stdout, /Verdict: contradicted .*judged against the cited sources/);
    assert.equal(beyond.code, 2);
    assert.match(beyond.stderr, /wrong\.md:9: wrong\.md has 2 lines/);
  });

  test('a heading is not a claim (and no crash)', async () => {
    const r = await runs.explainHeading;
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Checkable because: nothing checkable/);
    assert.match(r.stdout, /Verdict: not-a-claim/);
  });
});
