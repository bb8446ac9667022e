/**
 * `sourced check`: every claim of the drafts, one line per finding (or JSON, or a SARIF log), exit code
 * 1 on findings. The findings the writers ignored are left out and counted, unless --no-ignore.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createSourcedService, type SentenceReport, type SourcedDiagnostic, type SourcedService } from '../core';
import { parseDraft } from '../core/draft/draft';
import { toSarif, type SarifFile } from '../core/features/sarif';
import { UsageError, VERSION, type Args } from './args';
import { CliSuppressions, ignoredLine, relativeDraft } from './suppressions';
import { coreOptions, displayPath, indexSources, readDraft, useBibliographies } from './workspace';

/** Sentence verdicts in the order the summary line names them. */
const SUMMARY_ORDER = ['supported', 'unsupported', 'contradicted', 'citation-mismatch', 'wrong-locator', 'not-a-claim'];

export async function check(args: Args): Promise<number> {
  if (args.positional.length === 0) throw new UsageError('Name at least one draft: sourced check draft.md');
  const drafts = args.positional.map((p) => path.resolve(p));
  const service = await serviceFor(args, drafts);
  if (typeof service === 'number') return service;
  const problems = service.problems();
  const suppressions = new CliSuppressions(args.noIgnore);
  let failing = 0;
  let ignored = 0;
  const json: Array<{ path: string; findings: readonly unknown[]; sentences: readonly unknown[]; ignored: readonly unknown[] }> = [];
  const sarif: SarifFile[] = [];
  const lines: string[] = [];
  const totals = new Map<string, number>();
  for (const draftPath of drafts) {
    const text = await readDraft(draftPath);
    if (text === undefined) return 2;
    const uri = pathToFileURL(draftPath).href;
    const report = await service.check({ uri, version: 1, getText: () => text });
    const draft = parseDraft(uri, 1, text);
    const s = await suppressions.apply(draftPath, draft, report.diagnostics);
    const rel = relativeDraft(draftPath);
    for (const d of s.kept) {
      if (args.failOn.includes(findingOf(d))) failing++;
      lines.push(...findingLines(rel, d));
    }
    ignored += s.ignored.length;
    for (const r of report.sentences) totals.set(r.status, (totals.get(r.status) ?? 0) + 1);
    json.push({ path: rel, findings: s.kept.map(findingJson), sentences: report.sentences, ignored: s.ignored.map((i) => ({ code: i.diagnostic.code, line: i.diagnostic.range.start.line + 1, character: i.diagnostic.range.start.character + 1, by: i.by, reason: i.reason })) });
    sarif.push({ uri, draft, diagnostics: s.kept, ignored: s.ignored });
  }
  if (args.format === 'json') process.stdout.write(JSON.stringify({ files: json }, null, 2) + '\n');
  else if (args.format === 'sarif') process.stdout.write(JSON.stringify(await sarifLog(service, sarif, suppressions, drafts[0]), null, 2) + '\n');
  else {
    if (lines.length) process.stdout.write(lines.join('\n') + '\n\n');
    process.stdout.write(summary(totals, service.sources().length, problems.length));
    process.stdout.write(ignoredLine(ignored));
  }
  return failing > 0 ? 1 : 0;
}

/**
 * A service holding the sources for these drafts (and their bibliographies), or the exit code when
 * there is nothing to check them against (said on stderr). Skipped files are said on stderr too.
 */
export async function serviceFor(args: Args, drafts: readonly string[]): Promise<SourcedService | number> {
  const service = createSourcedService({ options: coreOptions(args) });
  const count = await indexSources(service, args.sources, [...new Set(drafts.map((d) => path.dirname(d)))], args);
  if (count === 0) {
    process.stderr.write(`No source files found${args.sources.length ? ` in ${args.sources.join(', ')}` : ' in a sources/ or references/ folder next to the draft'}. Use --sources <folder>.\n`);
    return 2;
  }
  await useBibliographies(service, args, drafts);
  const problems = service.problems();
  for (const p of problems) process.stderr.write(`skipped ${displayPath(p.uri)}: ${p.reason}\n`);
  if (service.sources().length === 0) {
    process.stderr.write(`None of the ${count} source file${count === 1 ? '' : 's'} found could be read (see above), so there is nothing to check the drafts against.\n`);
    return 2;
  }
  return service;
}

/** The SARIF log of the drafts' findings and of the files Sourced could not use, relative to the current folder. */
async function sarifLog(service: SourcedService, drafts: SarifFile[], suppressions: CliSuppressions, first: string) {
  const files: SarifFile[] = [...drafts, ...service.getSourceDiagnostics()];
  const location = await suppressions.location(first);
  const ignoreFile = path.relative(process.cwd(), location.file).split(path.sep).join('/');
  return toSarif(files, { baseUri: pathToFileURL(process.cwd()).href + '/', version: VERSION, ignoreFile });
}

/** The finding as --fail-on names it. */
function findingOf(d: SourcedDiagnostic): string {
  return d.code.replace(/^(?:claim|citation|quote)\./, '');
}

/** A finding as text: where, what, and the fix its payload carries. */
/** A finding as the JSON output gives it: what the text output says, with its fix as an edit to make. */
function findingJson(d: SourcedDiagnostic): Record<string, unknown> {
  const s = d.data.suggestions?.[0];
  const fix = d.data.replace ?? d.data.verbatim ?? d.data.relocate;
  return {
    code: d.code,
    severity: d.severity,
    line: d.range.start.line + 1,
    character: d.range.start.character + 1,
    message: d.message,
    ...(fix ? { fix: { text: fix.text, line: fix.range.start.line + 1, character: fix.range.start.character + 1, endLine: fix.range.end.line + 1, endCharacter: fix.range.end.character + 1 } } : {}),
    ...(s && (d.code === 'claim.uncited' || d.code === 'claim.citation-mismatch') ? { suggestedCitation: `[@${s.key}, ${s.page !== undefined ? `p. ${s.page}` : `para. ${s.number ?? s.paragraph}`}]` } : {}),
    ...(d.data.closestKeys?.length ? { didYouMean: d.data.closestKeys } : {}),
  };
}

function findingLines(rel: string, d: SourcedDiagnostic): string[] {
  const lines = [`${rel}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.code}: ${d.message}`];
  const s = d.data.suggestions?.[0];
  if (d.data.replace) lines.push(`    fix: replace with ${d.data.replace.text}`);
  if (d.data.verbatim) lines.push(`    fix: use the source's wording: “${d.data.verbatim.text}”`);
  if (d.data.relocate) lines.push(`    fix: change the locator to ${d.data.relocate.text}`);
  // A citation is suggested only where a passage safely backs the sentence: never for an unsupported or contradicted one.
  if (s && (d.code === 'claim.uncited' || d.code === 'claim.citation-mismatch')) lines.push(`    suggested citation: [@${s.key}, ${s.page !== undefined ? `p. ${s.page}` : `para. ${s.number ?? s.paragraph}`}]`);
  if (d.data.closestKeys?.length) lines.push(`    did you mean: ${d.data.closestKeys.map((k) => '@' + k).join(', ')}`);
  return lines;
}

/** "12 sentences checked against 3 sources: 5 supported, …." */
function summary(totals: ReadonlyMap<SentenceReport['status'] | string, number>, sources: number, skipped: number): string {
  const n = [...totals.values()].reduce((a, b) => a + b, 0);
  const parts = SUMMARY_ORDER.filter((k) => totals.get(k)).map((k) => `${totals.get(k)} ${k === 'not-a-claim' ? 'not claims' : k}`);
  return `${n} sentence${n === 1 ? '' : 's'} checked against ${sources} source${sources === 1 ? '' : 's'}${skipped ? ` (${skipped} skipped)` : ''}: ${parts.join(', ') || 'nothing to check'}.\n`;
}
