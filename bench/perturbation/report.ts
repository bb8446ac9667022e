/**
 * Figures and tables of the perturbation suite: per kind, how often each status came back, and the two
 * headline rates (true claims flagged, false claims caught), for uncited and cited claims.
 */
import type { CaseKind, Family, PerturbCase } from './generate';
import { PERTURBATION_KINDS } from './perturbations';
import { createRandom } from './random';
import { REWRITE_KINDS } from './rewrites';

export const STATUSES = ['supported', 'unsupported', 'citation-mismatch', 'contradicted', 'not-a-claim'] as const;
/** The statuses that show the writer a warning. "not-a-claim" shows nothing: a false claim judged so is not caught. */
export const WARNINGS = new Set<string>(['unsupported', 'citation-mismatch', 'contradicted']);

export type Mode = 'uncited' | 'cited';
export const MODES: readonly Mode[] = ['uncited', 'cited'];

export interface Verdict {
  readonly status: string;
  readonly score: number;
  /** Sourced offered a citation for the sentence (a "Cite" fix, the uncited hint's suggestion). */
  readonly citationOffered?: boolean;
  /** The sentence as a one-click replacement fix would make it, when one is offered. */
  readonly fixed?: string;
}

export interface CaseResult {
  readonly case: PerturbCase;
  readonly verdicts: Readonly<Record<Mode, Verdict>>;
}

export const KIND_ORDER: readonly CaseKind[] = ['verbatim', ...REWRITE_KINDS, ...PERTURBATION_KINDS];

export interface Rates {
  readonly n: number;
  readonly counts: Readonly<Record<string, number>>;
  /** Any status but "supported". */
  readonly flagged: number;
  /** A warning the writer sees: unsupported, citation-mismatch or contradicted. */
  readonly caught: number;
  readonly notAClaim: number;
}

export function rates(results: readonly CaseResult[], mode: Mode): Rates {
  const counts: Record<string, number> = Object.fromEntries(STATUSES.map((s) => [s, 0]));
  for (const r of results) counts[r.verdicts[mode].status] = (counts[r.verdicts[mode].status] ?? 0) + 1;
  const n = results.length;
  const share = (k: number) => (n ? k / n : 0);
  const warned = [...WARNINGS].reduce((a, s) => a + (counts[s] ?? 0), 0);
  return { n, counts, flagged: share(n - counts.supported), caught: share(warned), notAClaim: share(counts['not-a-claim']) };
}

const pct = (x: number) => (x * 100).toFixed(1) + ' %';
const FAMILY_LABEL: Readonly<Record<Family, string>> = { verbatim: '(a)', rewrite: '(b)', perturbed: '(c)' };

/** One row per kind, then the family totals, for one mode. */
export function kindTable(results: readonly CaseResult[], mode: Mode): string {
  const rows: string[][] = [['kind', 'n', ...STATUSES, 'flagged', 'caught']];
  const row = (label: string, rs: readonly CaseResult[]) => {
    const r = rates(rs, mode);
    rows.push([label, String(r.n), ...STATUSES.map((s) => String(r.counts[s] ?? 0)), pct(r.flagged), pct(r.caught)]);
  };
  for (const kind of KIND_ORDER) {
    const mine = results.filter((r) => r.case.kind === kind);
    if (mine.length) row(`${FAMILY_LABEL[mine[0].case.family]} ${kind}`, mine);
  }
  rows.push([]);
  row('(a) verbatim, all', results.filter((r) => r.case.family === 'verbatim'));
  row('(b) rewritten, all', results.filter((r) => r.case.family === 'rewrite'));
  row('(a)+(b) true claims', results.filter((r) => r.case.family !== 'perturbed'));
  row('(c) false claims', results.filter((r) => r.case.family === 'perturbed'));
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => (r.length ? r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ') : '')).join('\n');
}

export interface Headline {
  readonly true_n: number;
  /** True claims not called supported (any other status, not-a-claim included): target ≤ 5 %. */
  readonly true_flagged: number;
  readonly true_warned: number;
  readonly true_not_a_claim: number;
  readonly false_n: number;
  /** False claims that got a warning (not-a-claim is not caught): target ≥ 95 %. */
  readonly false_caught: number;
  readonly false_supported: number;
  readonly false_not_a_claim: number;
  /** True claims offered a citation: how often the fix is there to use. */
  readonly true_citation_offered: number;
  /** False claims offered a citation: a fix that lies. Target 0. */
  readonly false_citation_offered: number;
  /** Replacement fixes offered to true claims (each one wrong), to false claims, and of those the ones that put the article's words back. */
  readonly fixes_to_true: number;
  readonly fixes_to_false: number;
  readonly fixes_to_false_right: number;
}

const r4 = (x: number) => Math.round(x * 10000) / 10000;

export function headline(results: readonly CaseResult[], mode: Mode): Headline {
  const t = rates(results.filter((r) => r.case.family !== 'perturbed'), mode);
  const f = rates(results.filter((r) => r.case.family === 'perturbed'), mode);
  return {
    true_n: t.n,
    true_flagged: r4(t.flagged),
    true_warned: r4(t.caught),
    true_not_a_claim: r4(t.notAClaim),
    false_n: f.n,
    false_caught: r4(f.caught),
    false_supported: r4(f.n ? (f.counts.supported ?? 0) / f.n : 0),
    false_not_a_claim: r4(f.notAClaim),
    true_citation_offered: r4(offered(results.filter((r) => r.case.family !== 'perturbed'), mode)),
    false_citation_offered: r4(offered(results.filter((r) => r.case.family === 'perturbed'), mode)),
    ...fixes(results, mode),
  };
}

/** Words and figures only, lower case, no articles: "in the UK" and "in UK." are one sentence for a fix. */
const plain = (text: string) => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}.]+/gu, ' ').replace(/\.(?!\d)/g, '')} `.replace(/ (?:the|a|an)(?= )/g, '').trim();

/**
 * Replacement fixes: offered to a true claim, each is wrong; offered to a false one, it is right when
 * the fixed sentence is the article's own (the figure or word the perturbation changed is put back).
 */
function fixes(results: readonly CaseResult[], mode: Mode): Pick<Headline, 'fixes_to_true' | 'fixes_to_false' | 'fixes_to_false_right'> {
  const fixedTrue = results.filter((r) => r.case.family !== 'perturbed' && r.verdicts[mode].fixed !== undefined).length;
  const fixedFalse = results.filter((r) => r.case.family === 'perturbed' && r.verdicts[mode].fixed !== undefined);
  const right = fixedFalse.filter((r) => plain(r.verdicts[mode].fixed!) === plain(r.case.original)).length;
  return { fixes_to_true: fixedTrue, fixes_to_false: fixedFalse.length, fixes_to_false_right: right };
}

function offered(results: readonly CaseResult[], mode: Mode): number {
  return results.length ? results.filter((r) => r.verdicts[mode].citationOffered).length / results.length : 0;
}

export function headlineLines(h: Headline): string {
  const ok = (good: boolean) => (good ? 'met' : 'NOT met');
  return [
    `(a)+(b) true claims flagged: ${pct(h.true_flagged)} of ${h.true_n} (target ≤ 5 %: ${ok(h.true_flagged <= 0.05)}); warned ${pct(h.true_warned)}, not-a-claim ${pct(h.true_not_a_claim)}`,
    `(c) false claims caught:     ${pct(h.false_caught)} of ${h.false_n} (target ≥ 95 %: ${ok(h.false_caught >= 0.95)}); passed as supported ${pct(h.false_supported)}, not-a-claim ${pct(h.false_not_a_claim)}`,
    `citation offered: to ${pct(h.true_citation_offered)} of the true claims; to ${pct(h.false_citation_offered)} of the false ones (each such is a fix that lies)`,
    `replacement fixes: ${h.fixes_to_false} offered to false claims, ${h.fixes_to_false_right} of them restore the article's words (the rest are listed by --dump); ${h.fixes_to_true} offered to true claims`,
  ].join('\n');
}

/** A few cases per kind, drawn with the seed, with both verdicts: for a person to read. */
export function examples(results: readonly CaseResult[], perKind: number, seed: number | string): string {
  const out: string[] = [];
  for (const kind of KIND_ORDER) {
    const mine = results.filter((r) => r.case.kind === kind);
    if (!mine.length || perKind <= 0) continue;
    out.push(`— ${FAMILY_LABEL[mine[0].case.family]} ${kind}`);
    for (const r of createRandom(seed, 'examples', kind).shuffled(mine).slice(0, perKind)) {
      const c = r.case;
      const v = (m: Mode) => `${r.verdicts[m].status} ${r.verdicts[m].score.toFixed(2)}`;
      out.push(`  [${c.articleId}] uncited: ${v('uncited')}; cited: ${v('cited')}`);
      if (c.family === 'verbatim') out.push(`    ${c.text}`);
      else {
        out.push(`    was: ${c.original}`);
        out.push(`    now: ${c.text}`);
        out.push(`    change: ${c.from ? `"${c.from}" → ` : 'added '}"${c.to}"`);
      }
    }
  }
  return out.join('\n');
}
