/**
 * Where a draft's recorded suppressions live, and reading them from disk: shared by the language server
 * and the CLI, so both ignore the same findings. The file is `.sourced/ignore.json` in the nearest
 * folder above the draft that has a `.sourced/` folder, else in the workspace folder (the server) or
 * the current folder (the CLI). What the file means is core/features/suppressions.ts.
 *
 * Nothing here writes the file: the server offers the writer an edit of it, and the CLI only reads it.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { IGNORE_FILE, parseIgnoreFile, type ParsedIgnoreFile } from '../core/features/suppressions';

/** A draft's ignore file: where it is, and the folder its entries' paths are relative to. */
export interface IgnoreFileLocation {
  /** The folder holding `.sourced/`: entries name drafts relative to it. */
  readonly root: string;
  /** The ignore file's absolute path (it may not exist yet). */
  readonly file: string;
}

/** The ignore file as read: its text (undefined when there is none) and what it holds. */
export interface IgnoreFileContents {
  readonly text: string | undefined;
  readonly parsed: ParsedIgnoreFile;
}

/**
 * The ignore file for a draft: `.sourced/ignore.json` in the nearest folder above the draft (its own
 * folder first) that has a `.sourced/` folder, looking no higher than `fallbackRoot` when the draft is
 * inside it; else in `fallbackRoot`.
 */
export async function ignoreFileFor(draftPath: string, fallbackRoot: string): Promise<IgnoreFileLocation> {
  const stop = path.resolve(fallbackRoot);
  const inside = isInside(stop, draftPath);
  for (let dir = path.dirname(path.resolve(draftPath)); ; dir = path.dirname(dir)) {
    if (await isFolder(path.join(dir, '.sourced'))) return at(dir);
    if ((inside && dir === stop) || path.dirname(dir) === dir) break;
  }
  return at(stop);
}

/** The draft's path as its entries name it: relative to the ignore file's root, with `/`. */
export function draftKey(location: IgnoreFileLocation, draftPath: string): string {
  const rel = path.relative(location.root, path.resolve(draftPath));
  return (rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : path.resolve(draftPath)).split(path.sep).join('/');
}

/** The ignore file's name as a writer sees it in a message: relative to `base` when inside it. */
export function ignoreFileName(location: IgnoreFileLocation, base: string): string {
  const rel = path.relative(base, location.file);
  return (rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : location.file).split(path.sep).join('/');
}

/**
 * Reads an ignore file. Never throws: no file is no entries; a file that cannot be read is one problem
 * in plain words (and, like a broken one, is never written over).
 */
export async function readIgnoreFile(file: string, name: string = IGNORE_FILE): Promise<IgnoreFileContents> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { text: undefined, parsed: parseIgnoreFile('', name) };
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (code ?? String(e));
    return { text: undefined, parsed: { entries: [], problems: [{ message: `${name} cannot be read (${why}), so none of its ignored findings apply.` }], readable: false } };
  }
  return { text, parsed: parseIgnoreFile(text, name) };
}

async function isFolder(p: string): Promise<boolean> {
  return fs.stat(p).then((s) => s.isDirectory(), () => false);
}

function isInside(folder: string, p: string): boolean {
  const rel = path.relative(folder, path.resolve(p));
  return !rel.startsWith('..') && !path.isAbsolute(rel);
}

function at(root: string): IgnoreFileLocation {
  return { root, file: path.join(root, ...IGNORE_FILE.split('/')) };
}
