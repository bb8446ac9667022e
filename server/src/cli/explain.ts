/** `sourced explain`: how one sentence is read, judged and scored, and the passages it was judged on. */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createSourcedService, gateFactor, type Combination, type Explanation } from '../core';
import { parseDraft } from '../core/draft/draft';
import { defaultSettings } from '../workspace/settings';
import { UsageError, type Args } from './args';
import { coreOptions, indexSources } from './workspace';
import { paragraphNumber } from '../core/draft/locators';

/** What each combiner feature measures. */
const FEATURE_NOTES: Record<string, string> = {
  cover3: 'share of the claim the best three passages cover together',
  figuresMissing: 'share of its figures and dates none of them has',
  namesMissing: 'share of its name words none of them has',
};

export async function explain(args: Args): Promise<number> {
  const sentence = args.positional.join(' ').trim();
  if (!sentence) throw new UsageError('Give the sentence to explain: sourced explain "…" --sources sources/, or its place in a draft: sourced explain draft.md:7');
  const service = createSourcedService({ options: coreOptions(args) });
  // A place in a draft reads the sources next to that draft, as check does; a sentence, those here.
  const place = PLACE.exec(sentence);
  const specs = args.sources.length ? args.sources : place ? [] : [...defaultSettings.sources];
  const count = await indexSources(service, specs, [place ? path.dirname(path.resolve(place[1])) : process.cwd()], args);
  if (count === 0) {
    process.stderr.write('No source files found. Use --sources <folder>.\n');
    return 2;
  }
  const threshold = args.threshold ?? defaultSettings.supportThreshold;
  const blocks = sentencesAt(sentence).map(({ where, text }) => {
    const explanation = service.explain(text);
    return [...(where ? [`At ${where}`] : []), ...claimLines(explanation), '', ...verdictLines(explanation, threshold), '', ...passageLines(explanation)].join('\n');
  });
  process.stdout.write(blocks.join('\n\n' + '─'.repeat(40) + '\n\n') + '\n');
  return 0;
}

/** A place in a draft, as `check` prints it: "draft.md:7" or "draft.md:7:254". */
const PLACE = /^(.+\.(?:md|markdown|txt|qmd|rmd)):(\d+)(?::(\d+))?$/i;

/**
 * What to explain: the sentence given, or, for a place in a draft ("draft.md:7:254", as `check`
 * prints it), the sentences of the draft there (every sentence of the line when no column is given).
 */
function sentencesAt(arg: string): Array<{ where?: string; text: string }> {
  const place = PLACE.exec(arg);
  if (!place) return [{ text: arg }];
  const [, file, lineText, columnText] = place;
  if (!existsSync(file)) throw new UsageError(`No draft ${file}: give a sentence in quotes, or a place in a draft as check prints it (draft.md:7).`);
  const text = readFileSync(file, 'utf8');
  const draft = parseDraft(pathToFileURL(path.resolve(file)).href, 1, text);
  const line = Number(lineText) - 1;
  const column = columnText === undefined ? undefined : Number(columnText) - 1;
  const found = draft.sentences.filter((s) => {
    const start = draft.lines.positionAt(s.span.start);
    const end = draft.lines.positionAt(s.span.end);
    if (line < start.line || line > end.line) return false;
    if (column === undefined) return true;
    const from = line === start.line ? start.character : 0;
    const to = line === end.line ? end.character : Number.MAX_SAFE_INTEGER;
    return column >= from && column <= to;
  });
  const lines = text.split('\n').length;
  if (found.length === 0) throw new UsageError(line >= lines ? `${arg}: ${file} has ${lines} lines.` : `${arg}: no sentence of ${file} there.`);
  return found.map((s) => {
    const start = draft.lines.positionAt(s.span.start);
    return { where: `${file}:${start.line + 1}:${start.character + 1}`, text: text.slice(s.span.start, s.span.end) };
  });
}

/** The claim's parts: why it is checkable, its words, figures, names and polarity. */
function claimLines({ claim }: Explanation): string[] {
  const out = [`Claim: ${claim.text}`];
  out.push(`Checkable because: ${claim.kinds.length ? claim.kinds.join(', ') : 'nothing checkable (no figure, date, name, quote or reported speech)'}`);
  out.push(`Content words: ${claim.content.map((t) => t.raw).join(', ')}`);
  if (claim.quantities.length) out.push(`Figures and dates: ${claim.quantities.map((q) => `${q.raw} (${q.kind}${q.unit && q.kind !== 'clock' ? `, of ${q.unit}` : ''}${q.approximate ? ', approximate' : ''})`).join('; ')}`);
  if (claim.names.length) out.push(`Names: ${claim.names.map((n) => n.text).join('; ')}`);
  if (claim.negated) out.push('Polarity: negated');
  return out;
}

/** The verdict, a contradiction if any, and how the score was reached. */
function verdictLines({ verdict, combination, misquotes }: Explanation, threshold: number): string[] {
  const out: string[] = [];
  const judged = verdict.cited ?? verdict.overall;
  out.push(`Verdict: ${verdict.status} (score ${verdict.score.toFixed(3)} ${verdict.score >= threshold ? '≥' : '<'} threshold ${threshold}; judged against ${verdict.cited ? 'the cited sources' : 'every source'})`);
  if (verdict.contradiction) out.push(`Contradiction (${verdict.contradiction.kind}): the claim says ${verdict.contradiction.claimText}; @${verdict.contradiction.evidence.source.key}, para. ${paragraphNumber(verdict.contradiction.evidence.source, verdict.contradiction.evidence.paragraph)} says ${verdict.contradiction.sourceText}${verdict.contradiction.because ? ` (${verdict.contradiction.because})` : ''}`);
  for (const d of misquotes) out.push(`Quotation: ${d.message}`);
  if (verdict.features && combination) {
    out.push(...combinationLines(verdict.features, combination));
    // A claim flagged whatever its score scores below the threshold (checker.ts).
    const factor = gateFactor(verdict.reason);
    if (factor !== undefined) out.push(`  flagged whatever the score (${verdict.reason}): ${combination.score.toFixed(3)} × threshold ${threshold}${factor === 1 ? '' : ` × ${factor}`} = ${verdict.score.toFixed(3)}`);
  }
  // The cover's words, not every passage listed below: a passage further down may have a word the cover lacks.
  if (judged?.unsupported?.length) out.push(`Not in the passages the score rests on: ${judged.unsupported.join(', ')}`);
  if (verdict.withheld) out.push(`No citation offered: the closest passage, @${verdict.withheld.evidence.source.key}, para. ${paragraphNumber(verdict.withheld.evidence.source, verdict.withheld.evidence.paragraph)}, ${verdict.withheld.why}.`);
  return out;
}

/** The combiner is a logistic regression: each feature's share of the decision. */
function combinationLines(features: Readonly<Record<string, number>>, c: Combination): string[] {
  const out = ['How the score was reached (see docs/judging.md):'];
  for (const { name, value: v, weight: w } of c.terms) out.push(`  ${name.padEnd(15)} ${v.toFixed(3)} × ${w.toFixed(3).padStart(6)} = ${(w * v >= 0 ? '+' : '') + (w * v).toFixed(2)}   ${FEATURE_NOTES[name] ?? ''}`);
  out.push(`  ${'bias'.padEnd(15)} ${''.padEnd(16)} ${c.bias.toFixed(2)}`);
  out.push(`  sum ${c.sum.toFixed(2)} → score 1 / (1 + e^−sum) = ${c.score.toFixed(3)}`);
  const combined = new Set(['bias', ...c.terms.map((t) => t.name)]);
  const others = Object.keys(features).filter((k) => !combined.has(k));
  if (others.length) out.push(`  also measured: ${others.map((k) => `${k} ${features[k].toFixed(3)}`).join(', ')}`);
  return out;
}

/** The passages, best first, with what each has and lacks of the claim. */
function passageLines({ evidence }: Explanation): string[] {
  const out = ['Passages, best first (score: weighted share of the claim the passage covers):'];
  evidence.forEach((e, i) => {
    const quote = e.source.text.slice(e.span.start, e.span.end).replace(/\s+/g, ' ');
    out.push(`${String(i + 1).padStart(2)}. ${e.score.toFixed(3)}  @${e.source.key}, para. ${paragraphNumber(e.source, e.paragraph)}`);
    out.push(`      “${quote.length > 240 ? quote.slice(0, 240) + '…' : quote}”`);
    out.push(`      has: ${e.matched.join(', ') || '—'}`);
    out.push(`      lacks: ${e.missing.join(', ') || '—'}`);
  });
  return out;
}
