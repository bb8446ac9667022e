/**
 * The host side of source reading: finding files that match the `sourced.sources` globs and reading
 * their bytes. Used by the language server and the CLI; the core never touches the disk.
 */
import * as fsSync from 'node:fs';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import type { SourceFile } from '../core';
import { folderReason, unreadableReason } from '../indexing/fileErrors';
import { nextTurn } from '../indexing/turns';

/** Folders never worth walking into. */
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '.vscode', '.idea', 'dist', 'out', '.sourced-cache']);

export interface SourceMatcher {
  /** Does this absolute path fall under one of the globs? */
  matches(absPath: string): boolean;
  /** The folders to start walking from (the globs' fixed prefixes). */
  readonly roots: readonly string[];
  /**
   * The folders a source may lie in once links are followed: the base folder and the folders absolute
   * globs name. A link in a sources folder to a file elsewhere is not read (see findSourceFiles).
   */
  readonly allowed: readonly string[];
}

/**
 * Globs are relative to `base`. A plain folder name ("sources") means everything under it. Absolute
 * globs and folders work too. Relative globs are matched against paths relative to `base`, so a base
 * folder whose name has glob characters ("drafts (2025)") is never read as a pattern.
 */
export function sourceMatcher(base: string, globs: readonly string[]): SourceMatcher {
  // Glob stars match no line break: a file name with one ("notes\nold.txt") is matched as if it had a
  // space there (no glob can name a line break, so nothing else changes).
  const slashes = path.sep === '/' ? (p: string) => noBreaks(p) : (p: string) => noBreaks(p.split(path.sep).join('/'));
  // Paths under base are made relative by cutting the prefix (path.relative costs microseconds a call,
  // and a walk asks for every file); anything else takes the long way.
  const prefix = base.endsWith(path.sep) ? base : base + path.sep;
  const relative = (abs: string): string | undefined => {
    if (abs.startsWith(prefix) && !abs.includes(`${path.sep}..`)) return abs.slice(prefix.length) || undefined;
    const rel = path.relative(base, abs);
    return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? undefined : rel;
  };
  const rules = globs.map((glob) => {
    // A relative glob that climbs out of base ("../refs/**") names the folder it climbs to: it is matched
    // as the absolute glob it stands for (matched relative to base it could match nothing).
    const g = !path.isAbsolute(glob) && leavesFolder(glob) ? resolveGlob(base, glob) : glob;
    const absolute = path.isAbsolute(g);
    let pattern = slashes(g);
    if (!picomatch.scan(pattern).isGlob) pattern = pattern.replace(/\/+$/, '') + '/**';
    const fixed = picomatch.scan(pattern).base;
    const isMatch = picomatch(pattern, { dot: false });
    if (absolute) return { root: fixed || '/', test: (abs: string) => isMatch(slashes(abs)) };
    return {
      root: path.join(base, fixed),
      test: (abs: string) => {
        const rel = relative(abs);
        return rel !== undefined && isMatch(slashes(rel));
      },
    };
  });
  const roots = [...new Set(rules.map((r) => r.root))];
  const allowed = [...new Set([base, ...rules.filter((r) => !isInside(r.root, base)).map((r) => r.root)])];
  return { matches: (p) => rules.some((r) => r.test(p)), roots, allowed };
}

function noBreaks(p: string): string {
  return p.includes('\n') || p.includes('\r') ? p.replace(/[\r\n]/g, ' ') : p;
}

/** Does a relative glob climb out of the folder it is relative to ("../x", "a/../../b")? */
export function leavesFolder(glob: string): boolean {
  const fixed = picomatch.scan(glob.split(path.sep).join('/')).base;
  const n = path.posix.normalize(fixed || '.');
  return n === '..' || n.startsWith('../');
}

/** A relative glob as an absolute one: its fixed part resolved against base, the pattern part kept. */
function resolveGlob(base: string, glob: string): string {
  const scan = picomatch.scan(glob.split(path.sep).join('/'));
  const root = path.resolve(base, scan.base || '.');
  return scan.glob ? `${root.split(path.sep).join('/')}/${scan.glob}` : root;
}

/** Is `p` the folder `dir` or inside it (both absolute and normalised)? */
export function isInside(p: string, dir: string): boolean {
  if (p === dir) return true;
  return p.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);
}

/**
 * Folders Sourced may read from, by their real paths, so a link cannot lead out of them: the workspace
 * folders and the folders the user names (see README: SECURITY.md says why).
 */
export class ReadableFolders {
  private constructor(private readonly real: readonly string[]) {}

  static async of(folders: readonly string[]): Promise<ReadableFolders> {
    const real = await Promise.all(folders.map(async (f) => fs.realpath(path.resolve(f)).catch(() => path.resolve(f))));
    return new ReadableFolders([...new Set(real)]);
  }

  /** Does `file`, its links followed, lie in one of the folders? A file that does not exist is judged by its path. */
  async contains(file: string): Promise<boolean> {
    const real = await fs.realpath(path.resolve(file)).catch(() => path.resolve(file));
    return this.real.some((dir) => isInside(real, dir));
  }
}

/** Entries looked at between two yields of a walk (a folder of 20,000 files is not one long task). */
const WALK_SLICE = 1000;
/** When the walk also stats files: the longest it runs before yielding, in ms. */
const WALK_SLICE_MS = 8;

/**
 * Every file under the matcher's roots that it matches; missing folders are simply empty. With
 * `stats`, each file found is also stat-ed: its size and mtime (ms) are pushed there, in the order of
 * the files returned (NaN, NaN when it cannot be stat-ed, or once `keepStatting` says stop: the
 * indexer stats those itself), so the indexer need not stat it again.
 */
export async function findSourceFiles(
  matcher: SourceMatcher,
  limit = 100_000,
  stats?: number[],
  keepStatting: () => boolean = () => true,
  skipped?: (absPath: string, reason: string) => void,
): Promise<string[]> {
  const walk = new SourceWalk(matcher, limit, !!stats, keepStatting, skipped);
  for (const root of matcher.roots) {
    try {
      const st = await fs.stat(root);
      if (st.isFile()) {
        if (matcher.matches(root)) walk.found(root);
      } else await walk.folder(path.normalize(root));
    } catch {
      /* a configured folder that does not exist is empty, not an error */
    }
  }
  const { out, sizes } = walk;
  // Roots inside one another find some files twice: keep the first (one root, the usual case, cannot).
  if (matcher.roots.length <= 1) {
    if (stats) for (const x of sizes) stats.push(x);
    return out;
  }
  const seen = new Set<string>();
  const files: string[] = [];
  out.forEach((f, i) => {
    if (seen.has(f)) return;
    seen.add(f);
    files.push(f);
    stats?.push(sizes[2 * i], sizes[2 * i + 1]);
  });
  return files;
}

/** One walk of a matcher's folders: the files found, in order, and (when asked) their sizes and times. */
class SourceWalk {
  readonly out: string[] = [];
  readonly sizes: number[] = [];
  private readable: Promise<ReadableFolders> | undefined;
  private sinceYield = 0;
  private lastYield = Date.now();

  constructor(
    private readonly matcher: SourceMatcher,
    private readonly limit: number,
    private readonly statting: boolean,
    private readonly keepStatting: () => boolean,
    private readonly skipped?: (absPath: string, reason: string) => void,
  ) {}

  found(p: string): void {
    this.out.push(p);
    if (!this.statting) return;
    let st: fsSync.Stats | undefined;
    if (this.keepStatting()) {
      try {
        st = fsSync.statSync(p, { throwIfNoEntry: false });
      } catch {
        st = undefined;
      }
    }
    this.sizes.push(st ? st.size : NaN, st ? st.mtimeMs : NaN);
  }

  async folder(dir: string): Promise<void> {
    let entries: fsSync.Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (e) {
      // A root that does not exist is simply empty; a folder that cannot be opened is said.
      const code = (e as NodeJS.ErrnoException).code;
      if (!this.matcher.roots.includes(dir) || (code !== 'ENOENT' && code !== 'ENOTDIR')) this.skipped?.(dir, folderReason(e));
      return;
    }
    // Code-unit order: deterministic, and far cheaper than localeCompare over a large folder.
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const under = dir.endsWith(path.sep) ? dir : dir + path.sep; // dir is normalised; names hold no separator
    for (const e of entries) {
      if (this.out.length >= this.limit) return;
      await this.breathe();
      const p = under + e.name;
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) await this.folder(p);
      } else if (e.isFile() && !e.name.startsWith('.') && this.matcher.matches(p)) {
        this.found(p);
      } else if (e.isSymbolicLink() && !e.name.startsWith('.') && this.matcher.matches(p)) {
        await this.link(p);
      }
    }
  }

  /** Gives the thread's other work a turn every WALK_SLICE entries (and every WALK_SLICE_MS while statting). */
  private async breathe(): Promise<void> {
    if (++this.sinceYield >= WALK_SLICE || (this.statting && (this.sinceYield & 63) === 0 && Date.now() - this.lastYield > WALK_SLICE_MS)) {
      this.sinceYield = 0;
      await nextTurn();
      this.lastYield = Date.now();
    }
  }

  /** A link is read only when it leads to a file inside the folders Sourced may read. */
  private async link(p: string): Promise<void> {
    const target = await fs.realpath(p).catch((err: NodeJS.ErrnoException) => err);
    if (target instanceof Error && target.code === 'ELOOP') this.skipped?.(p, unreadableReason(target));
    else if (target instanceof Error) this.found(p); // a link to nothing: the indexer says so
    else if (await (this.readable ??= ReadableFolders.of(this.matcher.allowed)).then((r) => r.contains(target))) this.found(p);
    else this.skipped?.(p, 'it is a link to a file outside the workspace folders, and Sourced reads no file outside them');
  }
}

/**
 * The files several matchers found (see findSourceFiles), each once, with their stats kept in step.
 */
export function mergeFound(lists: ReadonlyArray<{ readonly files: readonly string[]; readonly stats: readonly number[] }>): { files: string[]; stats: Float64Array } {
  if (lists.length === 1) return { files: [...lists[0].files], stats: Float64Array.from(lists[0].stats) };
  const seen = new Set<string>();
  const files: string[] = [];
  const stats: number[] = [];
  for (const l of lists) {
    l.files.forEach((f, i) => {
      if (seen.has(f)) return;
      seen.add(f);
      files.push(f);
      stats.push(l.stats[2 * i], l.stats[2 * i + 1]);
    });
  }
  return { files, stats: Float64Array.from(stats) };
}

export type LoadedFile = { file: SourceFile } | { uri: string; name: string; error: string };

/** Reads a file for the core. Unreadable files (permissions, vanished) come back as an error message. */
export async function loadSourceFile(absPath: string): Promise<LoadedFile> {
  const uri = pathToFileURL(absPath).href;
  const name = path.basename(absPath);
  try {
    const bytes = await fs.readFile(absPath);
    return { file: { uri, name, bytes } };
  } catch (e) {
    return { uri, name, error: unreadableReason(e) };
  }
}
