/**
 * Finding a workspace's sources and indexing them, the steps the language server and the CLI share:
 * walk the folders, keep at most `maxFiles` of the files, put the index cache where it belongs, and
 * hand the files to the indexer (indexing/run.ts).
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { thousands, type SourcedService } from '../core';
import { cacheFileFor, snapshotOf, userCacheDir } from '../indexing/cacheFiles';
import { indexFiles, type IndexRunOptions, type IndexRunResult } from '../indexing/run';
import { nextTurn } from '../indexing/turns';
import { findSourceFiles, mergeFound, type SourceMatcher } from './files';

/** A file or folder a walk left out: a link out of the workspace, a folder that cannot be opened. */
export interface Skipped {
  readonly path: string;
  readonly reason: string;
}

export interface FoundSources {
  /** In the order the walks found them (matchers in order; each walk in code-unit order per folder). */
  readonly files: string[];
  /** Size and mtime of each file (NaN where not stat-ed; see findSourceFiles). */
  readonly stats: Float64Array;
  readonly skipped: readonly Skipped[];
}

/**
 * Every file the matchers match, each once, walking their folders side by side: at most `maxFiles + 1`
 * per matcher, so a cut can be told. Files are stat-ed on the way while `keepStatting` says so.
 */
export async function findSources(matchers: readonly SourceMatcher[], maxFiles: number, keepStatting: () => boolean = () => false): Promise<FoundSources> {
  const found = await Promise.all(
    matchers.map(async (m) => {
      const stats: number[] = [];
      const skipped: Skipped[] = [];
      const files = await findSourceFiles(m, maxFiles + 1, stats, keepStatting, (p, reason) => skipped.push({ path: p, reason }));
      return { files, stats, skipped };
    }),
  );
  await nextTurn();
  const { files, stats } = mergeFound(found);
  return { files, stats, skipped: found.flatMap((f) => f.skipped) };
}

/** At most `max` files: when there are more, the first `max` in path order (their stats kept in step). */
export function capFiles(files: string[], stats: Float64Array, max: number): { files: string[]; stats: Float64Array; limited: boolean } {
  if (files.length <= max) return { files, stats, limited: false };
  const first = files.map((_, i) => i).sort((a, b) => (files[a] < files[b] ? -1 : files[a] > files[b] ? 1 : 0)).slice(0, max);
  return { files: first.map((i) => files[i]), stats: Float64Array.from(first.flatMap((i) => [stats[2 * i], stats[2 * i + 1]])), limited: true };
}

/** The message when a workspace holds more source files than are indexed; `howToRaise` says how to index more. */
export function tooManyFiles(max: number, howToRaise?: string): string {
  return `There are more than ${thousands(max)} source files; Sourced indexed the first ${thousands(max)} and left the rest out.${howToRaise ? ` ${howToRaise}` : ''}`;
}

/**
 * The index cache for these folders: in `dir` (an editor's storage folder for the workspace), else the
 * user's cache folder ($SOURCED_CACHE_DIR, $XDG_CACHE_HOME/sourced or ~/.cache/sourced). Undefined
 * without folders, or without a home folder to put it in: then the index is built without a cache.
 */
export function indexCacheFile(dir: string | undefined, folders: readonly string[]): string | undefined {
  if (folders.length === 0) return undefined;
  try {
    return cacheFileFor(dir ?? userCacheDir(), folders);
  } catch {
    return undefined;
  }
}

/** Indexes the files through the workers and the cache (and its index snapshot), as both front ends do. */
export function loadSources(service: SourcedService, cacheFile: string | undefined, options: Omit<IndexRunOptions, 'cacheFile' | 'snapshotFile' | 'writeCache'>): Promise<IndexRunResult> {
  return indexFiles(service, { ...options, cacheFile, snapshotFile: cacheFile ? snapshotOf(cacheFile) : undefined, writeCache: true });
}

/**
 * A load this small is read on the host's own thread: starting worker threads and loading the indexer
 * into them takes longer than reading a few plain files (see docs/performance.md, "First feedback").
 * PDF and Word files always go to workers (their readers are large, and one file can take seconds).
 */
export const SMALL_LOAD = { files: 64, bytes: 512 * 1024 } as const;

/** Whether these files (stats: size and mtime per file, NaN where unknown) make a small load. */
export async function isSmallLoad(files: readonly string[], stats?: Float64Array): Promise<boolean> {
  if (files.length > SMALL_LOAD.files || files.some((f) => /\.(?:pdf|docx?)$/i.test(f))) return false;
  const sizes = await Promise.all(files.map((f, i) => (stats && stats[2 * i] >= 0 ? stats[2 * i] : fs.stat(f).then((st) => st.size, () => 0))));
  return sizes.reduce((a, b) => a + b, 0) <= SMALL_LOAD.bytes;
}

/** Whether the matchers' folders hold a small load: a walk that stops past SMALL_LOAD.files files. */
export async function isSmallFolder(matchers: readonly SourceMatcher[]): Promise<boolean> {
  const found = await findSources(matchers, SMALL_LOAD.files, () => true);
  return isSmallLoad(found.files, found.stats);
}

/** What the walks left out, recorded as problems of the files themselves. */
export function reportSkipped(service: SourcedService, skipped: readonly Skipped[]): void {
  for (const w of skipped) service.reportProblem({ uri: pathToFileURL(w.path).href, fileName: path.basename(w.path), reason: w.reason });
}
