/**
 * Perturbation benchmark: does the judge pass true sentences and catch false ones, on real news?
 *
 *   npm run bench:perturb -- [--data <news.jsonl>] [--seed S] [--articles N] [--threshold T] [--examples K] [--dump <out.jsonl>]
 *
 * With a fixed seed it picks N articles of the news corpus (half Reuters 1987, half BBC 2004–05) and
 * real claim sentences from each, and makes three families of claims, each checked against its own
 * article only (a service holding that article as one .txt source):
 *   (a) verbatim: the sentence as written;
 *   (b) rewritten by rules, still true: clause order, a moved time phrase, "said" → "stated", a
 *       synonym, figures written another way, the passive, a dropped trailing clause;
 *   (c) perturbed, now false: a figure, a date, a name swapped for one from another article, a
 *       negation, an antonym, a clause about a name the article never mentions.
 * Every claim is checked uncited (the headline) and citing the article. Any status but "supported"
 * counts as flagged; a false claim is caught only by a warning (unsupported, citation-mismatch,
 * contradicted): "not-a-claim" shows the writer nothing. Targets: (a)+(b) flagged ≤ 5 %, (c) caught ≥ 95 %.
 * The judge must not be tuned to this suite (docs/judging.md says why).
 *
 * It uses only the service's public API (createSourcedService, updateSource, check) and reads the
 * verdict's status and score. The last line of output is one JSON object with the headline figures.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createSourcedService, defaultOptions, type DraftReport } from '../server/src/core';
import { replacementText } from '../server/src/core/claims/contradiction';
import { caseHash, generateCases, readCorpus, selectArticles, type PerturbCase } from './perturbation/generate';
import { examples, headline, headlineLines, kindTable, KIND_ORDER, MODES, rates, type CaseResult, type Mode, type Verdict } from './perturbation/report';
import { offSourceCases, type OffSourceCase } from './perturbation/offSource';
import type { Article } from './perturbation/text';

/** The article as a writer's source file: the title, then the paragraphs, blank lines between. */
function sourceFile(a: Article): { uri: string; name: string; bytes: Uint8Array } {
  const name = `${a.id}.txt`;
  const text = [a.title, ...a.paras].join('\n\n') + '\n';
  return { uri: `memory:///sources/${name}`, name, bytes: new TextEncoder().encode(text) };
}

/** The claim as a one-sentence draft, citing `key` Pandoc style before the final stop when given. */
export function draftText(claim: string, key?: string): string {
  if (!key) return claim + '\n';
  const m = /^(.*?)([.!?]["”’)]*)?$/s.exec(claim)!;
  return `${m[1]} [@${key}]${m[2] ?? '.'}\n`;
}

/** A draft may split a claim into several sentences: it is supported when every checked part is. */
function verdictOf(report: DraftReport): Verdict {
  const parts = report.sentences.filter((s) => s.status !== 'not-a-claim');
  const citationOffered = report.verdicts.some((v) => v.suggestions.length > 0);
  // The one-click replacement a contradiction offers (as the editor offers it): the sentence with the
  // source's figure or word put in place of the claim's.
  const fixed = report.verdicts.flatMap((v) => {
    const c = v.contradiction;
    if (!c || !c.claimSpan || c.ambiguous || c.kind === 'negation' || c.kind === 'correction') return [];
    return [v.claim.text.slice(0, c.claimSpan.start) + replacementText(v.claim.text, c.claimSpan, c.sourceText) + v.claim.text.slice(c.claimSpan.end)];
  });
  const fix = fixed.length ? { fixed: fixed[0] } : {};
  if (parts.length === 0) return { status: 'not-a-claim', score: report.sentences[0]?.score ?? 0, citationOffered, ...fix };
  const failed = parts.find((s) => s.status !== 'supported');
  return { status: failed ? failed.status : 'supported', score: Math.min(...parts.map((s) => s.score)), citationOffered, ...fix };
}

export interface RunOptions {
  readonly threshold?: number;
  /** Called after each article, for progress. */
  readonly onArticle?: (done: number, total: number) => void;
}

/** Checks every case against its own article, uncited and cited. */
export async function judgeCases(articles: readonly Article[], cases: readonly PerturbCase[], options: RunOptions = {}): Promise<{ results: CaseResult[]; checkMs: number[] }> {
  const byArticle = new Map<string, PerturbCase[]>();
  for (const c of cases) byArticle.set(c.articleId, [...(byArticle.get(c.articleId) ?? []), c]);
  const results: CaseResult[] = [];
  const checkMs: number[] = [];
  let done = 0;
  let draftNo = 0;
  for (const a of articles) {
    const mine = byArticle.get(a.id) ?? [];
    const service = createSourcedService({ options: { supportThreshold: options.threshold ?? defaultOptions.supportThreshold } });
    const update = await service.updateSource(sourceFile(a));
    if (!update.source) throw new Error(`${a.id}: the source was not read (${update.problem?.reason ?? 'no reason given'})`);
    const key = update.source.key;
    for (const c of mine) {
      const verdicts = {} as Record<Mode, Verdict>;
      for (const mode of MODES) {
        const text = draftText(c.text, mode === 'cited' ? key : undefined);
        const t0 = performance.now();
        const report = await service.check({ uri: `memory:///drafts/claim-${++draftNo}.md`, version: 1, getText: () => text });
        checkMs.push(performance.now() - t0);
        verdicts[mode] = verdictOf(report);
      }
      results.push({ case: c, verdicts });
    }
    options.onArticle?.(++done, articles.length);
  }
  return { results, checkMs };
}

/**
 * Checks each off-source sentence (uncited) against its folder of same-kind articles that do not hold
 * it. Returns the verdicts: anything but "supported" keeps the writer from taking it as sourced.
 */
export async function judgeOffSource(articles: readonly Article[], cases: readonly OffSourceCase[], threshold = defaultOptions.supportThreshold): Promise<Array<{ case: OffSourceCase; verdict: Verdict }>> {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const out: Array<{ case: OffSourceCase; verdict: Verdict }> = [];
  let draftNo = 0;
  for (const c of cases) {
    const service = createSourcedService({ options: { supportThreshold: threshold } });
    for (const id of c.folder) await service.updateSource(sourceFile(byId.get(id)!));
    const text = draftText(c.text);
    out.push({ case: c, verdict: verdictOf(await service.check({ uri: `memory:///drafts/off-${++draftNo}.md`, version: 1, getText: () => text })) });
  }
  return out;
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

async function main(argv: string[]): Promise<void> {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const data = path.resolve(arg('--data') ?? path.join(__dirname, '..', '..', 'shared', 'corpus', 'news-18k.jsonl'));
  const seed = arg('--seed') ?? '1';
  const n = Number(arg('--articles') ?? 300);
  const threshold = arg('--threshold') ? Number(arg('--threshold')) : defaultOptions.supportThreshold;
  const perKind = Number(arg('--examples') ?? 3);
  const t0 = performance.now();
  const articles = selectArticles(readCorpus(data), n, seed);
  const cases = generateCases(articles, { seed });
  const hash = caseHash(cases);
  const t1 = performance.now();
  const bySrc = (src: string) => articles.filter((a) => a.src === src).length;
  process.stdout.write(`Perturbation suite: ${articles.length} articles of ${path.basename(data)} (${bySrc('reuters')} Reuters, ${bySrc('bbc')} BBC), seed ${seed}, threshold ${threshold}\n`);
  process.stdout.write(`${cases.length} cases, case-list hash ${hash} (same seed and data, same hash); built in ${((t1 - t0) / 1000).toFixed(1)} s\n\n`);
  const { results, checkMs } = await judgeCases(articles, cases, {
    threshold,
    onArticle: (done, total) => {
      if (process.stderr.isTTY && (done % 10 === 0 || done === total)) process.stderr.write(`\r  checked ${done}/${total} articles`);
    },
  });
  if (process.stderr.isTTY) process.stderr.write('\n');
  const seconds = (performance.now() - t0) / 1000;

  process.stdout.write('"flagged": any status but supported (for true claims, the error). "caught": a warning the writer sees\n');
  process.stdout.write('(unsupported, citation-mismatch, contradicted; for false claims, the goal). A false claim judged\n');
  process.stdout.write('"not-a-claim" gets no warning, so it is not caught; a true one judged so is flagged (not confirmed).\n\n');
  for (const mode of MODES) {
    process.stdout.write(mode === 'uncited' ? 'Uncited (the headline): the claim alone in a draft, the article the only source\n' : 'Cited: the same claims citing the article [@key]\n');
    process.stdout.write(kindTable(results, mode) + '\n\n' + headlineLines(headline(results, mode)) + '\n\n');
  }
  process.stdout.write(`Examples (${perKind} per kind, drawn with the seed):\n${examples(results, perKind, seed)}\n\n`);

  // (d) Off-source: a true sentence of another article, checked against a folder that does not hold it.
  const off = await judgeOffSource(articles, offSourceCases(articles, Number(arg('--off-source') ?? 150), seed), threshold);
  const offCount = (st: string) => off.filter((o) => o.verdict.status === st).length;
  const offCaught = off.filter((o) => ['unsupported', 'citation-mismatch', 'contradicted'].includes(o.verdict.status)).length;
  const offRate = off.length ? offCaught / off.length : 0;
  process.stdout.write(`(d) Off-source: ${off.length} sentences of an article checked against a folder of up to 5 others of its kind\n`);
  process.stdout.write(`    supported ${offCount('supported')}, unsupported ${offCount('unsupported')}, contradicted ${offCount('contradicted')}, not-a-claim ${offCount('not-a-claim')}: caught ${(offRate * 100).toFixed(1)} %\n`);
  for (const o of off.filter((x) => x.verdict.status === 'supported').slice(0, perKind)) process.stdout.write(`    passed: ${o.case.text.slice(0, 150)}\n`);
  process.stdout.write('\n');
  process.stdout.write(`Time: ${seconds.toFixed(1)} s in all; service.check p50 ${percentile(checkMs, 50).toFixed(1)} ms, p95 ${percentile(checkMs, 95).toFixed(1)} ms over ${checkMs.length} checks\n`);

  const dump = arg('--dump');
  if (dump) {
    writeFileSync(dump, results.map((r) => JSON.stringify({ ...r.case, uncited: r.verdicts.uncited, cited: r.verdicts.cited })).join('\n') + '\n');
    process.stdout.write(`Every case with its verdicts: ${dump}\n`);
  }
  const perKindRates = Object.fromEntries(
    KIND_ORDER.filter((k) => results.some((r) => r.case.kind === k)).map((k) => {
      const mine = results.filter((r) => r.case.kind === k);
      const u = rates(mine, 'uncited');
      const c = rates(mine, 'cited');
      const r4 = (x: number) => Math.round(x * 10000) / 10000;
      return [k, { n: u.n, flagged_uncited: r4(u.flagged), caught_uncited: r4(u.caught), flagged_cited: r4(c.flagged), caught_cited: r4(c.caught) }];
    }),
  );
  const summary = {
    seed,
    articles: articles.length,
    cases: cases.length,
    hash,
    threshold,
    uncited: headline(results, 'uncited'),
    cited: headline(results, 'cited'),
    kinds: perKindRates,
    off_source: { n: off.length, caught: Math.round(offRate * 10000) / 10000, supported: offCount('supported'), not_a_claim: offCount('not-a-claim') },
    check_ms_p50: Math.round(percentile(checkMs, 50) * 100) / 100,
    seconds: Math.round(seconds * 10) / 10,
  };
  process.stdout.write('\n' + JSON.stringify(summary) + '\n');
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e) => {
    process.stderr.write(String(e instanceof Error ? e.stack : e) + '\n');
    process.exitCode = 1;
  });
}
