/**
 * Writer trials: drafts a writer labelled sentence by sentence before any run, checked as a writer
 * checks them, and scored against their labels.
 *
 *   npm run bench:trials -- [--dir bench/trials] [--only 226,227] [--cli <sourced.js>] [--show-true] [--show-false] [--dump <out.jsonl>]
 *
 * Each trial is a folder: `sources/` (a story's sources as a writer keeps them: articles, a saved web
 * page, minutes, a transcript, notes, a correction), `draft.md` (about fifty sentences written from
 * them) and `labels.jsonl` (one line per sentence of the draft, in order: its text, "true", "false" or
 * "opinion", the kind of falsehood, and why). See bench/trials/README.md for how they were made.
 *
 * Each draft is checked by the command-line checker (`sourced check --format json`, the built one or
 * --cli), and each label matched to the checked sentence it is. A sentence is **flagged** when it
 * carries a warning that it is not so: a claim warning (unsupported, citation mismatch, contradicted),
 * a wrong or missing locator, or a quotation not word for word. A **lie** is an edit Sourced offers
 * that would make the draft say something false: a citation suggested for a false sentence, or a
 * source's figure offered in place of a true sentence's own. Counted apart (not among the lies, so
 * the figures stay comparable with the trials' reports): a false sentence whose wrong-locator fix would
 * move its citation to a paragraph said to back it.
 *
 * Prints one line per trial and the totals; the last line is one JSON object with them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

export interface TrialLabel {
  readonly n: number;
  readonly text: string;
  readonly label: 'true' | 'false' | 'opinion';
  readonly kind?: string;
  readonly why?: string;
}

/** What `sourced check --format json` says of one draft (the fields read here). */
export interface CheckedFile {
  readonly sentences: ReadonlyArray<{ readonly text: string; readonly status: string; readonly range: Range }>;
  readonly findings: ReadonlyArray<{ readonly code: string; readonly severity: string; readonly line: number; readonly character: number; readonly message: string; readonly suggestedCitation?: string; readonly fix?: { readonly text: string } }>;
}

interface Range {
  readonly start: { readonly line: number; readonly character: number };
  readonly end: { readonly line: number; readonly character: number };
}

/** One labelled sentence as checked. */
export interface ScoredSentence {
  readonly n: number;
  readonly label: TrialLabel['label'];
  readonly kind: string;
  readonly text: string;
  readonly status: string;
  /** Codes of the warnings that say the sentence is not so. */
  readonly flagged: readonly string[];
  readonly messages: readonly string[];
  /** An edit offered that would make the draft lie: "cite <citation>" or "replace <text>". */
  readonly lies: readonly string[];
  /** A citation offered for it (on a true sentence, the help a writer wants). */
  readonly offered: boolean;
  /** On a false sentence: a fix moving its citation to another paragraph, which would cite that paragraph as its support. */
  readonly relocated: boolean;
}

export interface TrialScore {
  readonly sentences: readonly ScoredSentence[];
  /** Labels matched to no checked sentence (the draft and the labels disagree). */
  readonly unmatched: readonly number[];
}

/** Warnings that say a sentence is not so. */
const FLAGS = new Set(['claim.unsupported', 'claim.citation-mismatch', 'claim.contradicted', 'citation.wrong-locator', 'citation.bad-locator', 'quote.not-verbatim']);

/** A sentence as compared: citations, emphasis and quotation marks out, spaces folded, lower case, no final stop. */
export function normalise(text: string): string {
  return text
    .replace(/\[[^\]]*@[^\]]*\]/g, ' ')
    .replace(/[*_`"“”‘’']/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/\s*\.$/, '');
}

/** Likeness of two texts by their character pairs (Dice): 1 the same, 0 nothing shared. */
function likeness(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const pairs = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) pairs.set(a.slice(i, i + 2), (pairs.get(a.slice(i, i + 2)) ?? 0) + 1);
  let shared = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const k = b.slice(i, i + 2);
    const n = pairs.get(k) ?? 0;
    if (n > 0) {
      shared++;
      pairs.set(k, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length - 2);
}

/** Whether a finding's position (1-based line and character) lies in a sentence's range (0-based). */
function inRange(r: Range, line: number, character: number): boolean {
  const p = [line - 1, character - 1];
  const before = (x: number[], y: number[]) => x[0] < y[0] || (x[0] === y[0] && x[1] <= y[1]);
  return before([r.start.line, r.start.character], p) && before(p, [r.end.line, r.end.character]);
}

/** Scores a checked draft against its labels. */
export function scoreTrial(labels: readonly TrialLabel[], file: CheckedFile): TrialScore {
  const texts = file.sentences.map((s) => normalise(s.text));
  const sentences: ScoredSentence[] = [];
  const unmatched: number[] = [];
  for (const l of labels) {
    const t = normalise(l.text);
    let best = 0;
    let at = -1;
    texts.forEach((s, i) => {
      const r = s === t ? 1 : t && s && (t.includes(s) || s.includes(t)) && Math.min(t.length, s.length) > 20 ? 0.95 : likeness(s, t);
      if (r > best) [best, at] = [r, i];
    });
    if (best < 0.8) {
      unmatched.push(l.n);
      continue;
    }
    const s = file.sentences[at];
    const findings = file.findings.filter((f) => inRange(s.range, f.line, f.character));
    const flagged = findings.filter((f) => FLAGS.has(f.code) && (f.severity === 'warning' || f.severity === 'error'));
    const label = l.label === 'true' || l.label === 'false' ? l.label : 'opinion';
    const lies =
      label === 'false'
        ? findings.flatMap((f) => (f.suggestedCitation ? [`cite ${f.suggestedCitation}`] : []))
        : label === 'true'
          ? findings.flatMap((f) => (f.fix && f.code === 'claim.contradicted' ? [`replace ${f.fix.text}`] : []))
          : [];
    const relocated = label === 'false' && findings.some((f) => f.code === 'citation.wrong-locator' && !!f.fix);
    sentences.push({ n: l.n, label, kind: l.kind ?? '', text: l.text, status: s.status, flagged: flagged.map((f) => f.code), messages: findings.map((f) => f.message), lies, offered: findings.some((f) => !!f.suggestedCitation), relocated });
  }
  return { sentences, unmatched };
}

/** Counts of a score: false sentences flagged, true ones warned, opinions warned, lies, true ones offered a citation. */
export function tally(scores: readonly TrialScore[]): { falseFlagged: number; falseTotal: number; trueWarned: number; trueTotal: number; opinionWarned: number; opinionTotal: number; lies: number; falseRelocated: number; trueOffered: number; unmatched: number } {
  const all = scores.flatMap((s) => s.sentences);
  const of = (label: string) => all.filter((s) => s.label === label);
  return {
    falseFlagged: of('false').filter((s) => s.flagged.length > 0).length,
    falseTotal: of('false').length,
    trueWarned: of('true').filter((s) => s.flagged.length > 0).length,
    trueTotal: of('true').length,
    opinionWarned: of('opinion').filter((s) => s.flagged.length > 0).length,
    opinionTotal: of('opinion').length,
    lies: all.reduce((n, s) => n + s.lies.length, 0),
    falseRelocated: all.filter((s) => s.relocated).length,
    trueOffered: of('true').filter((s) => s.offered).length,
    unmatched: scores.reduce((n, s) => n + s.unmatched.length, 0),
  };
}

export function readLabels(file: string): TrialLabel[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as TrialLabel);
}

/** Checks one trial folder with the command-line checker. */
function checkTrial(dir: string, cli: string): CheckedFile {
  let out: string;
  try {
    out = execFileSync(process.execPath, [cli, 'check', 'draft.md', '--sources', 'sources', '--format', 'json', '--fail-on', 'none'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 });
  } catch (e) {
    // (Exit code 1 means findings; the JSON is still whole.)
    out = (e as { stdout?: string }).stdout ?? '';
    if (!out) throw e;
  }
  return (JSON.parse(out) as { files: CheckedFile[] }).files[0];
}

function percent(n: number, d: number): string {
  return d === 0 ? '—' : `${((100 * n) / d).toFixed(0)} %`;
}

async function main(argv: string[]): Promise<void> {
  const root = path.join(__dirname, '..');
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const dir = path.resolve(value('--dir') ?? path.join(root, 'bench', 'trials'));
  const cli = path.resolve(value('--cli') ?? path.join(root, 'bin', 'sourced.js'));
  const only = value('--only')?.split(',');
  const trials = readdirSync(dir)
    .filter((d) => existsSync(path.join(dir, d, 'labels.jsonl')))
    .filter((d) => !only || only.some((o) => d === o || d.startsWith(o + '-')))
    .sort();
  if (trials.length === 0) throw new Error(`No trials (folders with labels.jsonl) in ${dir}`);
  const scores: TrialScore[] = [];
  const dump: string[] = [];
  for (const t of trials) {
    const score = scoreTrial(readLabels(path.join(dir, t, 'labels.jsonl')), checkTrial(path.join(dir, t), cli));
    scores.push(score);
    const c = tally([score]);
    process.stdout.write(`${t}: false flagged ${c.falseFlagged}/${c.falseTotal}; true warned ${c.trueWarned}/${c.trueTotal}; opinion warned ${c.opinionWarned}/${c.opinionTotal}; lies ${c.lies}${score.unmatched.length ? `; unmatched labels ${score.unmatched.join(', ')}` : ''}\n`);
    for (const s of score.sentences) {
      for (const lie of s.lies) process.stdout.write(`  lie n${s.n} ${lie} :: ${s.text}\n`);
      if (s.relocated) process.stdout.write(`  locator fix on a false sentence n${s.n} :: ${s.text}\n`);
      if (argv.includes('--show-true') && s.label === 'true' && s.flagged.length) process.stdout.write(`  warned true n${s.n}: ${s.text}\n    -> ${s.messages[0]?.slice(0, 300)}\n`);
      if (argv.includes('--show-false') && s.label === 'false' && !s.flagged.length) process.stdout.write(`  passed false n${s.n} [${s.kind}]: ${s.text} (${s.status})\n`);
      dump.push(JSON.stringify({ trial: t, ...s }));
    }
  }
  const c = tally(scores);
  process.stdout.write(`\n${trials.length} trials: false sentences flagged ${c.falseFlagged}/${c.falseTotal} (${percent(c.falseFlagged, c.falseTotal)}); true sentences warned ${c.trueWarned}/${c.trueTotal} (${percent(c.trueWarned, c.trueTotal)}); opinions warned ${c.opinionWarned}/${c.opinionTotal}; edits that lie ${c.lies}; locator fixes on false sentences ${c.falseRelocated}; true sentences offered a citation ${c.trueOffered}\n`);
  const out = value('--dump');
  if (out) writeFileSync(out, dump.join('\n') + '\n');
  process.stdout.write(JSON.stringify({ trials: trials.length, ...c }) + '\n');
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e) => {
    process.stderr.write(String(e instanceof Error ? e.stack : e) + '\n');
    process.exit(1);
  });
}
