/**
 * Where the index cache files live and how long they are kept: the user's cache folder, one file per
 * workspace and shard, the snapshot beside it, and the removal of caches long unused and of temporary
 * files left by a process that stopped while writing.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * The user's cache folder for Sourced: $SOURCED_CACHE_DIR, else the platform's cache folder
 * ($XDG_CACHE_HOME or ~/.cache on Linux, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows).
 */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SOURCED_CACHE_DIR) return env.SOURCED_CACHE_DIR;
  if (process.platform === 'win32' && env.LOCALAPPDATA) return path.join(env.LOCALAPPDATA, 'sourced', 'Cache');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Caches', 'sourced');
  return path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'sourced');
}

/** Caches not written for this long are removed when another cache in the same folder is written. */
const STALE_MS = 30 * 24 * 3600 * 1000;

/**
 * Removes other caches (and their snapshots) in `file`'s folder that have not been written for 30
 * days (workspaces long closed or deleted, temporary folders): the user's cache folder does not grow
 * without end.
 */
export function pruneStaleCaches(file: string, now = Date.now()): number {
  let removed = 0;
  const dir = path.dirname(file);
  // This workspace's own files (its shards, its snapshot) stay, save temporary ones left behind.
  const own = path.basename(file).replace(/(\.\d+)?\.bin$/, '.');
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const p = path.join(dir, name);
    const temporary = name.endsWith('.tmp');
    if ((name.startsWith(own) && !temporary) || !/^index-[0-9a-f]+(\.\d+)?\.(bin|snap)(\..*\.tmp)?$/.test(name)) continue;
    try {
      // A temporary file of a process that is gone was left when it stopped while writing (killed, or
      // out of memory): it goes at once; one a day old goes whatever wrote it.
      if ((temporary && writerGone(name)) || now - fs.statSync(p).mtimeMs > (temporary ? 24 * 3600 * 1000 : STALE_MS)) {
        fs.rmSync(p, { force: true });
        removed++;
      }
    } catch {
      /* gone already, or not ours to remove */
    }
  }
  return removed;
}

/** Whether the process that named a temporary file (`….<pid>.<random>.tmp`) is no longer running. */
function writerGone(name: string): boolean {
  const m = /\.(\d+)\.[a-z0-9]*\.tmp$/.exec(name);
  if (!m) return false;
  const pid = Number(m[1]);
  if (pid === process.pid) return false; // ours: a write in progress (or a worker's, see run.ts)
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** The index snapshot beside a cache file (see snapshot.ts). */
export function snapshotOf(cacheFile: string): string {
  return cacheFile.replace(/\.bin$/, '') + '.snap';
}

/**
 * The cache file of shard `k` when several workers index side by side (see indexing/run.ts): the cache
 * file itself for the first, a numbered sibling (`index-<id>.1.bin`, ...) for the others.
 */
export function shardCacheFile(cacheFile: string, k: number): string {
  return k === 0 ? cacheFile : cacheFile.replace(/\.bin$/, '') + `.${k}.bin`;
}

/** The cache file for a set of roots (workspace folders, or the CLI's --sources) inside `dir`. */
export function cacheFileFor(dir: string, roots: readonly string[]): string {
  const id = createHash('sha1').update([...roots].sort().join('\n')).digest('hex').slice(0, 16);
  return path.join(dir, `index-${id}.bin`);
}
