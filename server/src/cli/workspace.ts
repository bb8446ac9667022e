/** What a command reads: the sources and bibliographies its command line and drafts name. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { thousands, type CoreOptions, type SourcedService } from '../core';
import { applyBibliographies, bibliographyPaths } from '../workspace/bibliography';
import { ReadableFolders, sourceMatcher } from '../workspace/files';
import { capFiles, findSources, indexCacheFile, isSmallLoad, loadSources, reportSkipped, tooManyFiles } from '../workspace/loadSources';
import { defaultSettings } from '../workspace/settings';
import type { Args } from './args';

/** Most source files the CLI indexes (the server's sourced.maxFiles default). */
const MAX_FILES = defaultSettings.maxFiles;

/**
 * Indexes the sources through the same workers and cache as the language server: the cache lives in the
 * user's cache folder, so a second run re-reads only files that changed. `specs` are --sources (relative
 * to the current folder); without them, the sources/ and references/ folders of each of `bases`.
 * Progress goes to stderr when it is a terminal. Returns how many files were found.
 */
export async function indexSources(service: SourcedService, specs: string[], bases: string[], args: Args): Promise<number> {
  const matchers = specs.length ? specs.map((spec) => sourceMatcher(process.cwd(), [spec])) : bases.map((base) => sourceMatcher(base, defaultSettings.sources));
  const found = await findSources(matchers, MAX_FILES);
  const all = [...new Set(found.files)].sort();
  const { files, limited } = capFiles(all, new Float64Array(2 * all.length), MAX_FILES);
  if (limited) process.stderr.write(`${tooManyFiles(MAX_FILES)}\n`);
  const tty = process.stderr.isTTY && files.length > 200;
  let lastShown = 0;
  const result = await loadSources(service, indexCacheFile(undefined, matchers.flatMap((m) => m.roots)), {
    files,
    inProcess: await isSmallLoad(files),
    maxFileBytes: Math.round(args.maxFileSizeMB * 1048576),
    sizeHint: 'option --max-file-size',
    log: (level, m) => {
      if (level === 'warn') process.stderr.write(`${tty ? '\n' : ''}${m}\n`);
    },
    onProgress(done, total) {
      if (!tty || (Date.now() - lastShown < 100 && done !== total)) return;
      lastShown = Date.now();
      process.stderr.write(`\rIndexing sources ${thousands(done)}/${thousands(total)}`);
    },
  });
  if (tty) process.stderr.write('\n');
  reportSkipped(service, found.skipped);
  // The next run starts from it; a process that exits mid-write would leave only a temporary file.
  await result.snapshotWrite;
  return files.length + found.skipped.length;
}

/** Reads the bibliographies named by --bibliography and the drafts' front matter; reports bad entries. */
export async function useBibliographies(service: SourcedService, args: Args, drafts: readonly string[]): Promise<void> {
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

/** The options the core gets from the command line. */
export function coreOptions(args: Args): Partial<CoreOptions> {
  return { ...(args.threshold !== undefined ? { supportThreshold: args.threshold } : {}), maxFileBytes: Math.round(args.maxFileSizeMB * 1048576), sizeHint: 'option --max-file-size' };
}

/** A file URI as the path a writer typed: relative to the current folder, not percent-encoded. */
export function displayPath(uri: string): string {
  try {
    const p = fileURLToPath(uri.replace(/#.*$/, ''));
    return path.relative(process.cwd(), p) || p;
  } catch {
    return uri;
  }
}

/** A draft's text, or undefined after saying on stderr why it cannot be read (the command then exits 2). */
export async function readDraft(draftPath: string): Promise<string | undefined> {
  try {
    return await fs.readFile(draftPath, 'utf8');
  } catch (e) {
    process.stderr.write(`Cannot read ${draftPath}: ${(e as NodeJS.ErrnoException).code ?? e}\n`);
    return undefined;
  }
}
