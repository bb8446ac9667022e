/**
 * `sourced`: the command-line front end over the same core as the language server.
 *   sourced check <draft.md…> [--sources <glob|dir>…] [--format text|json] [--fail-on <list>|none]
 *   sourced explain "<sentence>" [--sources <glob|dir>…]
 *   sourced bibliography [draft.md…] [--sources <glob|dir>…] [--bibliography <file>…] [--out refs.json]
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { WEIGHTS as COMBINER_WEIGHTS } from '../core/claims/combiner';
import { createSourcedService, type CoreOptions, type SourcedDiagnostic, type SourcedService } from '../core';
import { findSourceFiles, ReadableFolders, sourceMatcher } from '../workspace/files';
import { indexFiles } from '../indexing/run';
import { thousands } from '../workspace/numbers';
import { cacheFileFor, snapshotOf, userCacheDir } from '../indexing/cache';
import { applyBibliographies, bibliographyPaths } from '../workspace/bibliography';
import { defaultSettings } from '../workspace/settings';

const VERSION = '0.1.0';
const STATUSES = ['unsupported', 'citation-mismatch', 'contradicted', 'unknown-key', 'bad-locator', 'wrong-locator', 'uncited'] as const;
const DEFAULT_FAIL_ON = ['unsupported', 'citation-mismatch', 'contradicted', 'unknown-key', 'wrong-locator'];

const USAGE = `Usage:
  sourced check <draft.md…> [--sources <folder|glob>…] [--format text|json] [--fail-on <list>|none]
  sourced explain "<sentence>" [--sources <folder|glob>…]
  sourced bibliography [draft.md…] [--sources <folder|glob>…] [--bibliography <file>…] [--out refs.json]

Checks every claim of Markdown drafts against a folder of source documents.
\`bibliography\` writes CSL-JSON for every source, for \`pandoc --citeproc --bibliography refs.json\`.

Options:
  --sources   where the sources are (repeatable). Default: sources/ and references/ next to each draft.
  --format    text (default): one line per finding; json: every sentence with its verdict and evidence.
  --fail-on   comma-separated findings that make the exit code 1: ${STATUSES.join(', ')}.
              Default: ${DEFAULT_FAIL_ON.join(',')}. "none" always exits 0.
  --threshold support needed to call a claim supported, 0–1 (default ${defaultSettings.supportThreshold}).
  --bibliography  a BibTeX or CSL-JSON file whose keys and linked files to use (repeatable); drafts'
              front matter (bibliography: refs.bib) is read too.
  --out       where \`bibliography\` writes its CSL-JSON (default: standard output).
  --allow     a folder outside the current one whose files bibliographies may link (repeatable).
              Nothing outside the current folder, the drafts' folders and --sources is read otherwise.
  --max-file-size  skip source files larger than this many megabytes (default ${defaultSettings.maxFileSizeMB}).

Exit codes: 0 nothing to fix, 1 findings (see --fail-on), 2 bad usage or no sources.`;

interface Args {
  command: string;
  positional: string[];
  sources: string[];
  format: 'text' | 'json';
  failOn: string[];
  threshold?: number;
  bibliography: string[];
  out?: string;
  allow: string[];
  maxFileSizeMB: number;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Args {
  const args: Args = { command: argv[0] ?? '', positional: [], sources: [], format: 'text', failOn: DEFAULT_FAIL_ON, bibliography: [], allow: [], maxFileSizeMB: defaultSettings.maxFileSizeMB };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const eq = a.indexOf('=');
      if (eq > 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value.`);
      return v;
    };
    const name = a.split('=')[0];
    if (name === '--sources' || name === '-s') args.sources.push(value());
    else if (name === '--format' || name === '-f') {
      const f = value();
      if (f !== 'text' && f !== 'json') throw new UsageError(`--format is text or json, not "${f}".`);
      args.format = f;
    } else if (name === '--fail-on') {
      const v = value();
      args.failOn = v === 'none' ? [] : v.split(',').map((s) => s.trim()).filter(Boolean);
      const bad = args.failOn.filter((s) => !(STATUSES as readonly string[]).includes(s));
      if (bad.length) throw new UsageError(`--fail-on does not know ${bad.join(', ')}; use ${STATUSES.join(', ')} or none.`);
    } else if (name === '--threshold') {
      const t = Number(value());
      if (!(t >= 0 && t <= 1)) throw new UsageError('--threshold is a number from 0 to 1.');
      args.threshold = t;
    } else if (name === '--bibliography' || name === '-b') args.bibliography.push(value());
    else if (name === '--out' || name === '-o') args.out = value();
    else if (name === '--allow') args.allow.push(value());
    else if (name === '--max-file-size') {
      const mb = Number(value());
      if (!(mb > 0)) throw new UsageError('--max-file-size is a number of megabytes, more than 0.');
      args.maxFileSizeMB = mb;
    }
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`Unknown option ${a}.`);
    else args.positional.push(a);
  }
  return args;
}

/** Most source files the CLI indexes (the server's sourced.maxFiles default). */
const MAX_FILES = defaultSettings.maxFiles;

/**
 * Indexes the sources through the same workers and cache as the language server: the cache lives in the
 * user's cache folder ($SOURCED_CACHE_DIR, $XDG_CACHE_HOME/sourced or ~/.cache/sourced), so a second
 * run re-reads only files that changed. Progress goes to stderr when it is a terminal.
 */
async function loadSources(service: SourcedService, specs: string[], bases: string[], args: Args): Promise<number> {
  const files = new Set<string>();
  const roots: string[] = [];
  const skipped: Array<{ path: string; reason: string }> = [];
  const walk = async (base: string, globs: readonly string[]) => {
    const m = sourceMatcher(base, globs);
    roots.push(...m.roots);
    for (const f of await findSourceFiles(m, MAX_FILES + 1, undefined, undefined, (p, reason) => skipped.push({ path: p, reason }))) files.add(f);
  };
  if (specs.length) for (const spec of specs) await walk(process.cwd(), [spec]);
  else for (const base of bases) await walk(base, defaultSettings.sources);
  let sorted = [...files].sort();
  if (sorted.length > MAX_FILES) {
    process.stderr.write(`There are more than ${thousands(MAX_FILES)} source files; indexing the first ${thousands(MAX_FILES)} and leaving the rest out.\n`);
    sorted = sorted.slice(0, MAX_FILES);
  }
  const tty = process.stderr.isTTY && sorted.length > 200;
  let lastShown = 0;
  const show = (done: number, total: number) => process.stderr.write(`\rIndexing sources ${thousands(done)}/${thousands(total)}`);
  let cacheFile: string | undefined;
  try {
    cacheFile = cacheFileFor(userCacheDir(), roots);
  } catch {
    cacheFile = undefined; // no home folder: index without a cache
  }
  const result = await indexFiles(service, {
    files: sorted,
    cacheFile,
    snapshotFile: cacheFile ? snapshotOf(cacheFile) : undefined,
    writeCache: true,
    maxFileBytes: Math.round(args.maxFileSizeMB * 1048576),
    sizeHint: 'option --max-file-size',
    log: (level, m) => {
      if (level === 'warn') process.stderr.write(`${tty ? '\n' : ''}${m}\n`);
    },
    onProgress(done, total) {
      if (!tty || (Date.now() - lastShown < 100 && done !== total)) return;
      lastShown = Date.now();
      show(done, total);
    },
  });
  if (tty) process.stderr.write('\n');
  for (const w of skipped) service.reportProblem({ uri: pathToFileURL(w.path).href, fileName: path.basename(w.path), reason: w.reason });
  // The next run starts from it; a process that exits mid-write would leave only a temporary file.
  await result.snapshotWrite;
  return sorted.length + skipped.length;
}

function findingOf(d: SourcedDiagnostic): string {
  return d.code.replace(/^claim\./, '').replace(/^citation\./, '');
}

async function check(args: Args): Promise<number> {
  if (args.positional.length === 0) throw new UsageError('Name at least one draft: sourced check draft.md');
  const service = createSourcedService({ options: coreOptions(args) });
  const drafts = args.positional.map((p) => path.resolve(p));
  const count = await loadSources(service, args.sources, [...new Set(drafts.map((d) => path.dirname(d)))], args);
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

  let failing = 0;
  const json: Array<{ path: string; sentences: readonly unknown[] }> = [];
  const lines: string[] = [];
  const totals = new Map<string, number>();
  for (const draftPath of drafts) {
    let text: string;
    try {
      text = await fs.readFile(draftPath, 'utf8');
    } catch (e) {
      process.stderr.write(`Cannot read ${draftPath}: ${(e as NodeJS.ErrnoException).code ?? e}\n`);
      return 2;
    }
    const report = await service.check({ uri: pathToFileURL(draftPath).href, version: 1, getText: () => text });
    const rel = path.relative(process.cwd(), draftPath) || draftPath;
    for (const d of report.diagnostics) {
      if (args.failOn.includes(findingOf(d))) failing++;
      lines.push(`${rel}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.code}: ${d.message}`);
      const s = d.data.suggestions?.[0];
      if (d.data.replace) lines.push(`    fix: replace with ${d.data.replace.text}`);
      if (d.data.relocate) lines.push(`    fix: change the locator to ${d.data.relocate.text}`);
      // A citation is suggested only where a passage safely backs the sentence: never for an unsupported or contradicted one.
      if (s && (d.code === 'claim.uncited' || d.code === 'claim.citation-mismatch')) lines.push(`    suggested citation: [@${s.key}, ${s.page !== undefined ? `p. ${s.page}` : `para. ${s.paragraph}`}]`);
      if (d.data.closestKeys?.length) lines.push(`    did you mean: ${d.data.closestKeys.map((k) => '@' + k).join(', ')}`);
    }
    for (const s of report.sentences) totals.set(s.status, (totals.get(s.status) ?? 0) + 1);
    json.push({ path: rel, sentences: report.sentences });
  }
  if (args.format === 'json') {
    process.stdout.write(JSON.stringify({ files: json }, null, 2) + '\n');
  } else {
    if (lines.length) process.stdout.write(lines.join('\n') + '\n\n');
    const order = ['supported', 'unsupported', 'contradicted', 'citation-mismatch', 'wrong-locator', 'not-a-claim'];
    const n = [...totals.values()].reduce((a, b) => a + b, 0);
    const parts = order.filter((k) => totals.get(k)).map((k) => `${totals.get(k)} ${k === 'not-a-claim' ? 'not claims' : k}`);
    process.stdout.write(`${n} sentence${n === 1 ? '' : 's'} checked against ${service.sources().length} source${service.sources().length === 1 ? '' : 's'}${problems.length ? ` (${problems.length} skipped)` : ''}: ${parts.join(', ') || 'nothing to check'}.\n`);
  }
  return failing > 0 ? 1 : 0;
}

/** What each combiner feature measures, for `explain`. */
const FEATURE_NOTES: Record<string, string> = {
  cover3: 'share of the claim the best three passages cover together',
  figuresMissing: 'share of its figures and dates none of them has',
  namesMissing: 'share of its name words none of them has',
};

async function explain(args: Args): Promise<number> {
  const sentence = args.positional.join(' ').trim();
  if (!sentence) throw new UsageError('Give the sentence to explain: sourced explain "…" --sources sources/');
  const service = createSourcedService({ options: coreOptions(args) });
  const count = await loadSources(service, args.sources.length ? args.sources : [...defaultSettings.sources], [process.cwd()], args);
  if (count === 0) {
    process.stderr.write('No source files found. Use --sources <folder>.\n');
    return 2;
  }
  const { claim, verdict, evidence } = service.explain(sentence);
  const out: string[] = [];
  out.push(`Claim: ${claim.text}`);
  out.push(`Checkable because: ${claim.kinds.length ? claim.kinds.join(', ') : 'nothing checkable (no figure, date, name, quote or reported speech)'}`);
  out.push(`Content words: ${claim.content.map((t) => t.raw).join(', ')}`);
  if (claim.quantities.length) out.push(`Figures and dates: ${claim.quantities.map((q) => `${q.raw} (${q.kind}${q.unit ? `, of ${q.unit}` : ''}${q.approximate ? ', approximate' : ''})`).join('; ')}`);
  if (claim.names.length) out.push(`Names: ${claim.names.map((n) => n.text).join('; ')}`);
  if (claim.negated) out.push('Polarity: negated');
  out.push('');
  const threshold = args.threshold ?? defaultSettings.supportThreshold;
  const judged = verdict.cited ?? verdict.overall;
  out.push(`Verdict: ${verdict.status} (score ${verdict.score.toFixed(3)} ${verdict.score >= threshold ? '≥' : '<'} threshold ${threshold}; judged against ${verdict.cited ? 'the cited sources' : 'every source'})`);
  if (verdict.contradiction) out.push(`Contradiction (${verdict.contradiction.kind}): the claim says ${verdict.contradiction.claimText}; @${verdict.contradiction.evidence.source.key}, para. ${verdict.contradiction.evidence.paragraph.n} says ${verdict.contradiction.sourceText}`);
  if (verdict.features) {
    // The combiner is a logistic regression: show each feature's share of the decision.
    const f = verdict.features;
    out.push('How the score was reached (see docs/judging.md):');
    let z = COMBINER_WEIGHTS.bias ?? 0;
    for (const [name, w] of Object.entries(COMBINER_WEIGHTS)) {
      if (name === 'bias') continue;
      const v = f[name] ?? 0;
      z += w * v;
      out.push(`  ${name.padEnd(15)} ${v.toFixed(3)} × ${w.toFixed(3).padStart(6)} = ${(w * v >= 0 ? '+' : '') + (w * v).toFixed(2)}   ${FEATURE_NOTES[name] ?? ''}`);
    }
    out.push(`  ${'bias'.padEnd(15)} ${''.padEnd(16)} ${(COMBINER_WEIGHTS.bias ?? 0).toFixed(2)}`);
    out.push(`  sum ${z.toFixed(2)} → score 1 / (1 + e^−sum) = ${(1 / (1 + Math.exp(-z))).toFixed(3)}`);
    const others = Object.keys(f).filter((k) => !(k in COMBINER_WEIGHTS));
    if (others.length) out.push(`  also measured: ${others.map((k) => `${k} ${f[k].toFixed(3)}`).join(', ')}`);
  }
  if (judged?.unsupported?.length) out.push(`No passage read has: ${judged.unsupported.join(', ')}`);
  out.push('');
  out.push('Passages, best first (score: weighted share of the claim the passage covers):');
  evidence.forEach((e, i) => {
    const quote = e.source.text.slice(e.span.start, e.span.end).replace(/\s+/g, ' ');
    out.push(`${String(i + 1).padStart(2)}. ${e.score.toFixed(3)}  @${e.source.key}, para. ${e.paragraph.n}`);
    out.push(`      “${quote.length > 240 ? quote.slice(0, 240) + '…' : quote}”`);
    out.push(`      has: ${e.matched.join(', ') || '—'}`);
    out.push(`      lacks: ${e.missing.join(', ') || '—'}`);
  });
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}

/** Reads the bibliographies named by --bibliography and the drafts' front matter; reports bad entries. */
async function useBibliographies(service: SourcedService, args: Args, drafts: readonly string[]): Promise<void> {
  const texts = await Promise.all(drafts.map(async (p) => ({ path: p, text: await fs.readFile(p, 'utf8').catch(() => '') })));
  const paths = bibliographyPaths(args.bibliography, [process.cwd()], texts);
  if (paths.length === 0) return;
  // What the command line names may be read; a bibliography's links and a draft's front matter may
  // not lead elsewhere (a pull request's bibliography must not print a file of the machine it runs on).
  const folders = [process.cwd(), ...drafts.map((d) => path.dirname(d)), ...args.sources.flatMap((spec) => sourceMatcher(process.cwd(), [spec]).allowed), ...args.allow.map((a) => path.resolve(a))];
  const named = new Set(bibliographyPaths(args.bibliography, [process.cwd()], []));
  await applyBibliographies(service, paths, { folders: await ReadableFolders.of(folders), named, howToAllow: '--allow <folder>' });
  for (const p of service.bibliography().problems) process.stderr.write(`skipped ${displayPath(p.uri)}:${p.line + 1}: ${p.message}\n`);
}

/** `sourced bibliography`: CSL-JSON for every indexed source, for Pandoc's citeproc. */
async function bibliography(args: Args): Promise<number> {
  const service = createSourcedService({ options: coreOptions(args) });
  const drafts = args.positional.map((p) => path.resolve(p));
  const count = await loadSources(service, args.sources, drafts.length ? [...new Set(drafts.map((d) => path.dirname(d)))] : [process.cwd()], args);
  await useBibliographies(service, args, drafts);
  for (const p of service.problems()) process.stderr.write(`skipped ${displayPath(p.uri)}: ${p.reason}\n`);
  const items = service.cslItems();
  if (count === 0 && items.length === 0) {
    process.stderr.write('No sources or bibliography entries found. Use --sources <folder> or --bibliography <file>.\n');
    return 2;
  }
  const json = JSON.stringify(items, null, 2) + '\n';
  if (args.out) {
    await fs.mkdir(path.dirname(path.resolve(args.out)), { recursive: true });
    await fs.writeFile(args.out, json);
    process.stderr.write(`Wrote ${items.length} item${items.length === 1 ? '' : 's'} to ${args.out}.\n`);
  } else process.stdout.write(json);
  return 0;
}

/** The options the core gets from the command line. */
function coreOptions(args: Args): Partial<CoreOptions> {
  return { ...(args.threshold !== undefined ? { supportThreshold: args.threshold } : {}), maxFileBytes: Math.round(args.maxFileSizeMB * 1048576), sizeHint: 'option --max-file-size' };
}

/** A file URI as the path a writer typed: relative to the current folder, not percent-encoded. */
function displayPath(uri: string): string {
  try {
    const p = fileURLToPath(uri.replace(/#.*$/, ''));
    return path.relative(process.cwd(), p) || p;
  } catch {
    return uri;
  }
}

/** Plain words for an error nobody expected: what happened and what to try, the stack only on request. */
function plainError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const where = (e as NodeJS.ErrnoException | undefined)?.path ? ` (${(e as NodeJS.ErrnoException).path})` : '';
  if (code === 'ENOSPC') return `sourced: the disk is full${where}; free some space and run it again.`;
  if (code === 'EACCES' || code === 'EPERM') return `sourced: permission denied${where}.`;
  if (code === 'EMFILE' || code === 'ENFILE') return 'sourced: too many files are open at once; run it again.';
  if (e instanceof RangeError && /allocation|memory|heap/i.test(e.message)) return 'sourced: ran out of memory; check fewer drafts at once, or fewer or smaller sources.';
  const detail = e instanceof Error ? e.message : String(e);
  return `sourced: something went wrong that should not have (${detail}). Please report it with the command you ran; set SOURCED_DEBUG=1 to see where it happened.`;
}

export async function main(argv: string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case 'check':
        return await check(args);
      case 'explain':
        return await explain(args);
      case 'bibliography':
        return await bibliography(args);
      case '--version':
      case '-v':
        process.stdout.write(VERSION + '\n');
        return 0;
      case '--help':
      case '-h':
      case 'help':
        process.stdout.write(USAGE + '\n');
        return 0;
      default:
        throw new UsageError(args.command ? `Unknown command "${args.command}".` : 'No command given.');
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
}

/** Runs the CLI on this process's arguments and exits with its code. */
export function run(): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`${plainError(e)}\n`);
      if (process.env.SOURCED_DEBUG) process.stderr.write(`${e instanceof Error ? e.stack : e}\n`);
      process.exitCode = 2;
    },
  );
}

if (require.main === module) run();
