/**
 * Quality benchmark: how often Sourced's claim verdicts agree with people.
 *
 *   npm run bench:quality -- [--data <file.jsonl>] [--limit N] [--threshold T] [--no-pooled] [--features <out.jsonl>]
 *   npm run bench:quality -- --data <wice>/data/non_supported_tokens/train.jsonl --no-pooled   (partially supported claims only: the share caught)
 *   npm run bench:quality -- --fit cover3,figuresMissing,namesMissing [--positive-weight W]   (fit the combiner)
 *
 * Each line of the data file is one claim with the source articles it cites and a human label
 * (supported / unsupported) — the WiCE format described in the eval folder's README. For every claim
 * the benchmark does what the editor does: it creates a service, adds the claim's sources as files,
 * writes a one-sentence draft that cites them, and calls `check`. "Supported" is the verdict the
 * writer sees; every other status counts as "not supported". The support score ranks claims for AUROC.
 *
 * Evidence recall@5 pools every source of the file into one folder and checks each supported claim
 * without a citation: does one of the five passages Sourced suggests hold a human-marked evidence sentence?
 *
 * The last line of output is one JSON object with the headline figures.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createSourcedService, defaultOptions, type DraftReport, type IDocument, type SourcedService } from '../server/src/core';
import { gatedScore, type SentenceVerdict, type VerdictReason } from '../server/src/core/claims/checker';
import { POSITIVE_WEIGHT, WEIGHTS } from '../server/src/core/claims/combiner';

/** One example, as the data file has it (fields the benchmark does not read are left out). */
export interface QualityExample {
  readonly id: string;
  readonly claim: string;
  readonly sources: ReadonlyArray<{ readonly id: string; readonly title: string | null; readonly sentences: readonly string[] }>;
  readonly label: 'supported' | 'unsupported';
  readonly label_fine?: string;
  readonly evidence: ReadonlyArray<ReadonlyArray<{ readonly source_id: string; readonly sentence_index: number }>>;
}

export interface QualityOptions {
  /** Also time each claim once its sources were read (see ClaimOutcome.warm). */
  readonly warm?: boolean;
  readonly threshold?: number;
  /** Also measure evidence recall@5 over all sources pooled (the slow part). Default true. */
  readonly pooled?: boolean;
}

/** What one claim got. */
export interface ClaimOutcome {
  readonly id: string;
  readonly label: 'supported' | 'unsupported';
  readonly labelFine?: string;
  readonly status: string;
  readonly score: number;
  readonly ms: number;
  /** CPU time of the same call (this process): what the check costs, whatever else the machine runs. */
  readonly cpuMs: number;
  /**
   * The same claim checked as a writer's next check is: on another fresh service that has just checked
   * the claim without its citation (untimed), so the passages it reads were read once already.
   */
  readonly warm?: { readonly ms: number; readonly cpuMs: number; readonly status: string };
  /** The verdict's decision features, for fitting and for reading failures. */
  readonly features?: Readonly<Record<string, number>>;
  /** Flagged whatever the score: a contradiction, or something no source mentions. */
  readonly forced: boolean;
  /** What decided the verdict (see SentenceVerdict.reason). */
  readonly reason?: VerdictReason;
}

export interface QualitySummary {
  readonly n: number;
  readonly bacc: number;
  readonly auroc: number;
  readonly precision_unsupported: number;
  readonly recall_unsupported: number;
  readonly false_alarm_rate_on_supported: number;
  readonly evidence_recall_at_5: number | null;
  readonly ms_per_claim_p50: number;
  readonly ms_per_claim_p95: number;
}

export function readExamples(file: string): QualityExample[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const row = JSON.parse(l) as QualityExample | TokenExample;
      return 'claim_tokens' in row ? fromTokenExample(row) : row;
    });
}

/**
 * One line of WiCE's non-supported-tokens files (`data/non_supported_tokens/*.jsonl` in its repository):
 * a partially supported sub-claim, the cited article(s) as one list of sentences, and which claim words
 * the article does not support. Every such claim counts as unsupported; the words are not used.
 */
interface TokenExample {
  readonly claim: string;
  readonly claim_tokens: readonly string[];
  readonly evidence: readonly string[];
  readonly label: string;
  readonly meta: { readonly id: string };
}

/** A token-file line as a claim of the usual form: its article(s) split into sources at each "(meta data) TITLE" line. */
function fromTokenExample(row: TokenExample): QualityExample {
  const groups: string[][] = [];
  for (const sentence of row.evidence) {
    if (groups.length === 0 || (sentence.startsWith('(meta data) TITLE') && groups[groups.length - 1].length > 0)) groups.push([]);
    groups[groups.length - 1].push(sentence);
  }
  const title = (sentences: readonly string[]) => sentences.find((x) => x.startsWith('(meta data) TITLE:'))?.slice('(meta data) TITLE:'.length).trim() ?? null;
  return {
    id: `wice-${row.meta.id}`,
    claim: row.claim,
    sources: groups.map((sentences, k) => ({ id: `wice-${row.meta.id}:s${k}`, title: title(sentences), sentences })),
    label: row.label === 'supported' ? 'supported' : 'unsupported',
    label_fine: row.label === 'partially_supported' ? 'partial' : row.label,
    evidence: [],
  };
}

/** A citation key for a data source id ("wice-dev02986:s0" → "wice-dev02986-s0"). */
function keyOf(sourceId: string): string {
  return sourceId.replace(/[^\p{L}\p{N}_]+/gu, '-').replace(/^-+|-+$/g, '');
}

const FRONT_MATTER_LINES = 4;

/** The file a writer would keep for this source: Markdown with the title in front matter, one sentence a line. */
function sourceFile(source: QualityExample['sources'][number]): { uri: string; name: string; bytes: Uint8Array } {
  const key = keyOf(source.id);
  const header = ['---', `id: ${key}`, `title: ${JSON.stringify(source.title ?? '')}`, '---'];
  const text = header.join('\n') + '\n' + source.sentences.join('\n') + '\n';
  return { uri: `memory:///sources/${key}.md`, name: `${key}.md`, bytes: new TextEncoder().encode(text) };
}

/** The claim as a draft sentence citing its sources, Pandoc style: "Claim [@a; @b]." */
function draftText(ex: QualityExample, cite: boolean): string {
  const claim = ex.claim.replace(/\s+/g, ' ').trim();
  if (!cite) return claim + '\n';
  const citation = `[${ex.sources.map((s) => '@' + keyOf(s.id)).join('; ')}]`;
  const m = /^(.*?)([.!?]["”’)]*)?$/s.exec(claim)!;
  return `${m[1]} ${citation}${m[2] ?? '.'}\n`;
}

/** A draft may split a long claim into several sentences: the claim is supported when all its checked parts are. */
function outcomeOf(report: DraftReport): { status: string; score: number; forced: boolean; verdict?: SentenceVerdict } {
  const checked = report.verdicts.filter((v) => v.status !== 'not-a-claim');
  if (checked.length === 0) return { status: 'not-a-claim', score: 0, forced: true, verdict: report.verdicts[0] };
  let worst = checked[0];
  for (const v of checked) if ((v.score ?? 0) < (worst.score ?? 0) || (worst.status === 'supported' && v.status !== 'supported')) worst = v;
  const status = checked.every((v) => v.status === 'supported') ? 'supported' : checked.find((v) => v.status !== 'supported')!.status;
  const forced = checked.some((v) => v.status !== 'supported' && v.reason !== undefined && v.reason !== 'score');
  return { status, score: Math.min(...checked.map((v) => v.score ?? 0)), forced, verdict: forced ? checked.find((v) => v.reason !== undefined && v.reason !== 'score') : worst };
}

async function serviceWith(sources: ReadonlyArray<QualityExample['sources'][number]>, threshold: number): Promise<SourcedService> {
  const service = createSourcedService({ options: { supportThreshold: threshold } });
  for (const s of sources) await service.updateSource(sourceFile(s));
  return service;
}

export async function judgeExamples(examples: readonly QualityExample[], options: QualityOptions = {}): Promise<ClaimOutcome[]> {
  const threshold = options.threshold ?? defaultOptions.supportThreshold;
  const outcomes: ClaimOutcome[] = [];
  for (const ex of examples) {
    const service = await serviceWith(ex.sources, threshold);
    const text = draftText(ex, true);
    const doc = { uri: `memory:///drafts/${keyOf(ex.id)}.md`, version: 1, getText: () => text };
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const report = await service.check(doc);
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(c0);
    const o = outcomeOf(report);
    const warm = options.warm ? await warmCheck(ex, threshold, doc) : undefined;
    outcomes.push({ id: ex.id, label: ex.label, labelFine: ex.label_fine, status: o.status, score: o.score, ms, cpuMs: (cpu.user + cpu.system) / 1000, features: o.verdict?.features, forced: o.forced, reason: o.verdict?.reason, warm });
  }
  return outcomes;
}

/** The claim checked on a fresh service after the same claim uncited (untimed): a writer's next check. */
async function warmCheck(ex: QualityExample, threshold: number, doc: IDocument): Promise<ClaimOutcome['warm']> {
  const service = await serviceWith(ex.sources, threshold);
  const plain = draftText(ex, false);
  await service.check({ uri: 'memory:///drafts/uncited.md', version: 1, getText: () => plain });
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const report = await service.check(doc);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, status: outcomeOf(report).status };
}

/** Share of supported claims with a gold evidence sentence among the five passages suggested from the pooled folder. */
export async function evidenceRecallAt5(examples: readonly QualityExample[], threshold = defaultOptions.supportThreshold): Promise<number | null> {
  const all = new Map<string, QualityExample['sources'][number]>();
  for (const ex of examples) for (const s of ex.sources) all.set(s.id, s);
  const service = await serviceWith([...all.values()], threshold);
  const supported = examples.filter((e) => e.label === 'supported');
  if (supported.length === 0) return null;
  let found = 0;
  for (const ex of supported) {
    const text = draftText(ex, false);
    const report = await service.check({ uri: `memory:///drafts/${keyOf(ex.id)}.md`, version: 1, getText: () => text });
    const gold = new Set(ex.evidence.flat().map((g) => `${keyOf(g.source_id)}#${g.sentence_index}`));
    const passages = report.verdicts.flatMap((v) => v.overall?.evidence ?? []).slice(0, 5);
    const hit = passages.some((e) => {
      const first = lineOf(e.source.text, e.span.start) - FRONT_MATTER_LINES;
      const last = lineOf(e.source.text, e.span.end) - FRONT_MATTER_LINES;
      for (let i = first; i <= last; i++) if (gold.has(`${e.source.key}#${i}`)) return true;
      return false;
    });
    if (hit) found++;
  }
  return found / supported.length;
}

function lineOf(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

export function auroc(scores: readonly number[], positive: readonly boolean[]): number {
  const idx = scores.map((s, i) => i).sort((a, b) => scores[a] - scores[b]);
  // Mann–Whitney U with average ranks for ties.
  const ranks = new Array<number>(scores.length);
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && scores[idx[j + 1]] === scores[idx[i]]) j++;
    for (let k = i; k <= j; k++) ranks[idx[k]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  const nPos = positive.filter(Boolean).length;
  const nNeg = positive.length - nPos;
  if (nPos === 0 || nNeg === 0) return NaN;
  let sum = 0;
  for (let i = 0; i < ranks.length; i++) if (positive[i]) sum += ranks[i];
  return (sum - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

export function summarise(outcomes: readonly ClaimOutcome[], evidenceRecall: number | null): QualitySummary {
  const sup = outcomes.filter((o) => o.label === 'supported');
  const uns = outcomes.filter((o) => o.label === 'unsupported');
  const tp = sup.filter((o) => o.status === 'supported').length; // supported, called supported
  const tn = uns.filter((o) => o.status !== 'supported').length; // unsupported, flagged
  const fn = sup.length - tp; // false alarms: supported claims flagged
  const flagged = tn + fn;
  const tpr = sup.length ? tp / sup.length : 0;
  const tnr = uns.length ? tn / uns.length : 0;
  return {
    n: outcomes.length,
    bacc: r3((tpr + tnr) / 2),
    auroc: r3(auroc(outcomes.map((o) => (o.status === 'not-a-claim' ? 0 : o.score)), outcomes.map((o) => o.label === 'supported'))),
    precision_unsupported: r3(flagged ? tn / flagged : 0),
    recall_unsupported: r3(tnr),
    false_alarm_rate_on_supported: r3(sup.length ? fn / sup.length : 0),
    evidence_recall_at_5: evidenceRecall === null ? null : r3(evidenceRecall),
    ms_per_claim_p50: r3(percentile(outcomes.map((o) => o.ms), 50)),
    ms_per_claim_p95: r3(percentile(outcomes.map((o) => o.ms), 95)),
  };
}

/** Rows: gold label (fine-grained where known) × Sourced's status. */
export function table(outcomes: readonly ClaimOutcome[]): string {
  const statuses = ['supported', 'unsupported', 'citation-mismatch', 'contradicted', 'not-a-claim'];
  const labels = [...new Set(outcomes.map((o) => o.labelFine ?? o.label))].sort();
  const rows = [['gold \\ verdict', ...statuses, 'total', 'mean score']];
  for (const l of labels) {
    const mine = outcomes.filter((o) => (o.labelFine ?? o.label) === l);
    const mean = mine.reduce((a, o) => a + o.score, 0) / (mine.length || 1);
    rows.push([l, ...statuses.map((s) => String(mine.filter((o) => o.status === s).length)), String(mine.length), mean.toFixed(3)]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')).join('\n');
}

/** Best balanced accuracy over thresholds, for reading the trade-off (never used to set the default). */
function sweep(outcomes: readonly ClaimOutcome[]): string {
  const lines: string[] = [];
  for (let t = 0.3; t <= 0.71; t += 0.05) {
    const sup = outcomes.filter((o) => o.label === 'supported');
    const uns = outcomes.filter((o) => o.label === 'unsupported');
    const tpr = sup.filter((o) => o.score >= t && !o.forced).length / (sup.length || 1);
    const tnr = uns.filter((o) => o.score < t || o.forced).length / (uns.length || 1);
    lines.push(`  threshold ${t.toFixed(2)}: BAcc ${((tpr + tnr) / 2).toFixed(3)}, false alarms on supported ${(1 - tpr).toFixed(3)}, unsupported caught ${tnr.toFixed(3)}`);
  }
  return lines.join('\n');
}

/** A logistic regression: weights by feature name, plus `bias`. */
export type Weights = Record<string, number>;

/**
 * Fits a logistic regression on standardised features by gradient descent with a little L2, then
 * returns the weights on the raw scale. `positiveWeight` weighs supported claims more, which moves
 * the 0.5 point towards fewer false alarms.
 */
export function fitLogistic(rows: ReadonlyArray<Readonly<Record<string, number>>>, labels: readonly boolean[], names: readonly string[], positiveWeight = 1, l2 = 1): Weights {
  const n = rows.length;
  const d = names.length;
  const mean = names.map((f) => rows.reduce((a, r) => a + (r[f] ?? 0), 0) / n);
  const sd = names.map((f, j) => Math.sqrt(rows.reduce((a, r) => a + ((r[f] ?? 0) - mean[j]) ** 2, 0) / n) || 1);
  const z = rows.map((r) => names.map((f, j) => ((r[f] ?? 0) - mean[j]) / sd[j]));
  const w = new Array<number>(d).fill(0);
  let b = 0;
  for (let it = 0; it < 4000; it++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      let s = b;
      for (let j = 0; j < d; j++) s += w[j] * z[i][j];
      const p = 1 / (1 + Math.exp(-s));
      const e = (p - (labels[i] ? 1 : 0)) * (labels[i] ? positiveWeight : 1);
      for (let j = 0; j < d; j++) gw[j] += e * z[i][j];
      gb += e;
    }
    for (let j = 0; j < d; j++) w[j] -= (0.5 * (gw[j] + l2 * w[j])) / n;
    b -= (0.5 * gb) / n;
  }
  const out: Weights = { bias: b - names.reduce((a, _, j) => a + (w[j] * mean[j]) / sd[j], 0) };
  names.forEach((f, j) => (out[f] = w[j] / sd[j]));
  return out;
}

export function predict(weights: Weights, row: Readonly<Record<string, number>>): number {
  let s = weights.bias ?? 0;
  for (const [f, w] of Object.entries(weights)) if (f !== 'bias') s += w * (row[f] ?? 0);
  return 1 / (1 + Math.exp(-s));
}

/** Repeated k-fold cross-validation of `fitLogistic`: what the fitted combiner does on claims it did not see. */
export function crossValidate(outcomes: readonly ClaimOutcome[], names: readonly string[], positiveWeight: number, threshold = 0.5, foldsWanted = 5, repeats = 5): CrossValidated {
  const folds = Math.max(2, Math.min(foldsWanted, outcomes.length));
  let seed = 1;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const figures: number[][] = [];
  for (let r = 0; r < repeats; r++) {
    // Fisher–Yates with a fixed seed: the same folds on every run.
    const order = outcomes.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const scores = new Array<number>(outcomes.length);
    for (let f = 0; f < folds; f++) {
      const test = new Set(order.filter((_, k) => k % folds === f));
      // Claims flagged whatever the score teach the combiner nothing it will use.
      const train = outcomes.filter((o, i) => !test.has(i) && !o.forced);
      const w = fitLogistic(train.map((o) => o.features ?? {}), train.map((o) => o.label === 'supported'), names, positiveWeight);
      for (const i of test) scores[i] = predict(w, outcomes[i].features ?? {});
    }
    // A contradiction, or an entity no source mentions, is flagged whatever the score, as the checker does.
    const called = outcomes.map((o, i) => scores[i] >= threshold && !o.forced);
    const sup = outcomes.map((o) => o.label === 'supported');
    const tpr = called.filter((c, i) => c && sup[i]).length / sup.filter(Boolean).length;
    const tnr = called.filter((c, i) => !c && !sup[i]).length / sup.filter((x) => !x).length;
    // The score as the checker gives it: a claim flagged whatever the score scores below the threshold, in its score's order.
    figures.push([auroc(scores.map((x, i) => (outcomes[i].status === 'not-a-claim' ? 0 : gatedScore(x, outcomes[i].reason, threshold))), sup), (tpr + tnr) / 2, 1 - tpr, tnr]);
  }
  const avg = (k: number) => r3(figures.reduce((a, f) => a + f[k], 0) / figures.length);
  return { folds, repeats, auroc: avg(0), bacc: avg(1), false_alarm_rate_on_supported: avg(2), recall_unsupported: avg(3) };
}

/** Figures of a combiner fitted on other claims than the ones it scored (k-fold, repeated with shuffles), averaged. */
export interface CrossValidated {
  readonly folds: number;
  readonly repeats: number;
  readonly auroc: number;
  readonly bacc: number;
  readonly false_alarm_rate_on_supported: number;
  readonly recall_unsupported: number;
}

async function main(argv: string[]): Promise<void> {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const data = path.resolve(arg('--data') ?? path.join(__dirname, '..', '..', 'shared', 'eval', 'wice-dev.jsonl'));
  const limit = arg('--limit') ? Number(arg('--limit')) : undefined;
  const threshold = arg('--threshold') ? Number(arg('--threshold')) : defaultOptions.supportThreshold;
  let examples = readExamples(data);
  if (limit) examples = examples.slice(0, limit);
  const outcomes = await judgeExamples(examples, { threshold, warm: true });
  const recall = argv.includes('--no-pooled') ? null : await evidenceRecallAt5(examples, threshold);
  // The headline: a combiner fitted on other claims than those it scores (the shipped one was fitted on all of them).
  const names = (arg('--fit') ?? Object.keys(WEIGHTS).filter((k) => k !== 'bias').join(',')).split(',');
  const positiveWeight = Number(arg('--positive-weight') ?? POSITIVE_WEIGHT);
  const cv = crossValidate(outcomes, names, positiveWeight, threshold);
  if (arg('--fit')) {
    // Fit the combiner's weights on these claims, report how they do out of fold, and print them for combiner.ts.
    process.stdout.write(`${cv.folds}-fold cross-validation ×${cv.repeats} of ${names.join(', ')}: AUROC ${cv.auroc}, BAcc ${cv.bacc}, false alarms on supported ${cv.false_alarm_rate_on_supported}, unsupported caught ${cv.recall_unsupported}\n`);
    const fitted = outcomes.filter((o) => !o.forced);
    const w = fitLogistic(fitted.map((o) => o.features ?? {}), fitted.map((o) => o.label === 'supported'), names, positiveWeight);
    process.stdout.write(JSON.stringify(Object.fromEntries(Object.entries(w).map(([k, v]) => [k, Math.round(v * 1000) / 1000]))) + '\n');
    return;
  }
  const featuresOut = arg('--features');
  if (featuresOut) writeFileSync(featuresOut, outcomes.map((o) => JSON.stringify({ id: o.id, label: o.label, labelFine: o.labelFine, status: o.status, forced: o.forced, reason: o.reason, score: o.score, ...o.features })).join('\n') + '\n');
  const summary = summarise(outcomes, recall);
  process.stdout.write(`Claims from ${path.basename(data)} (${examples.length}), threshold ${threshold}\n\n`);
  if (outcomes.every((o) => o.label === 'unsupported')) {
    // A file of unsupported claims only (WiCE's non-supported-tokens files): nothing to fit or rank, only the share caught.
    process.stdout.write(`Only unsupported claims here: the shipped judge catches ${summary.recall_unsupported} of them (balanced accuracy and AUROC need both kinds)\n\n`);
  } else {
    process.stdout.write(`Cross-validated (${cv.folds} folds ×${cv.repeats}: the combiner fitted on the other folds, gates as shipped): BAcc ${cv.bacc}, AUROC ${cv.auroc}, false alarms on supported ${cv.false_alarm_rate_on_supported}, unsupported caught ${cv.recall_unsupported}\n`);
    process.stdout.write(`Shipped weights (fitted on all of these claims, so optimistic): BAcc ${summary.bacc}, AUROC ${summary.auroc}, false alarms on supported ${summary.false_alarm_rate_on_supported}\n\n`);
  }
  process.stdout.write(table(outcomes) + '\n\n');
  const reasons = new Map<string, number>();
  for (const o of outcomes) if (o.forced) reasons.set(`${o.label}/${o.reason}`, (reasons.get(`${o.label}/${o.reason}`) ?? 0) + 1);
  process.stdout.write(`Flagged whatever the score: ${[...reasons].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}\n\n`);
  process.stdout.write('Other thresholds (status "contradicted" always counts as flagged):\n' + sweep(outcomes) + '\n\n');
  const cpu = outcomes.map((o) => o.cpuMs);
  process.stdout.write(`Time per claim (service.check on a fresh service): wall p50 ${summary.ms_per_claim_p50} ms, p95 ${summary.ms_per_claim_p95} ms; CPU p50 ${r3(percentile(cpu, 50))} ms, p95 ${r3(percentile(cpu, 95))} ms\n`);
  const warm = outcomes.flatMap((o) => (o.warm ? [o.warm] : []));
  if (warm.length > 0) {
    const same = outcomes.filter((o) => o.warm?.status === o.status).length;
    process.stdout.write(`Time per claim once its sources were read (the claim checked uncited first, untimed, as a writer's next check finds them): wall p50 ${r3(percentile(warm.map((w) => w.ms), 50))} ms, p95 ${r3(percentile(warm.map((w) => w.ms), 95))} ms; CPU p50 ${r3(percentile(warm.map((w) => w.cpuMs), 50))} ms, p95 ${r3(percentile(warm.map((w) => w.cpuMs), 95))} ms; same verdict as on a fresh service: ${same} of ${outcomes.length}\n`);
  }
  if (recall !== null) process.stdout.write(`Evidence recall@5 over all ${new Set(examples.flatMap((e) => e.sources.map((s) => s.id))).size} sources pooled: ${r3(recall)} of ${examples.filter((e) => e.label === 'supported').length} supported claims\n`);
  process.stdout.write('\n');
  process.stdout.write(JSON.stringify({ ...summary, cv }) + '\n');
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e) => {
    process.stderr.write(String(e instanceof Error ? e.stack : e) + '\n');
    process.exitCode = 1;
  });
}
