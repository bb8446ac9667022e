/**
 * How a full load is split between jobs side by side (one worker each): which shard a file goes to,
 * and how many shards there are.
 */
import * as os from 'node:os';
import { slugKey } from '../core/loading';

/**
 * How many workers index a full load side by side: one per core, at most four. The main thread
 * mostly waits for them, inserting what they send a slice at a time.
 */
export function defaultShards(): number {
  return Math.max(1, Math.min(4, os.availableParallelism?.() ?? os.cpus().length));
}

/**
 * Which of `count` shards indexes a file: a hash of the citation key its name gives (slugKey), so files
 * whose names give the same key land in one shard, in their listed order, and get the same numbered keys
 * however many shards there are. The same file always lands in the same shard (and its cache file).
 */
export function shardOf(file: string, count: number): number {
  if (count <= 1) return 0;
  // The letters and digits of the key, lower-cased (the key is those runs joined by '-'): equal keys
  // give equal runs. Plain ASCII names, nearly all of them, skip slugKey's Unicode work.
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  let name = dot >= 0 && dot < base.length - 1 ? base.slice(0, dot) : base;
  if (!/^[\x00-\x7f]*$/.test(name)) name = slugKey(base);
  let h = 0x811c9dc5;
  let any = false;
  for (let i = 0; i < name.length; i++) {
    let c = name.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c >= 128)) continue;
    h = Math.imul(h ^ c, 0x01000193);
    any = true;
  }
  if (!any) for (const c of 'source') h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
  return (h >>> 0) % count;
}

/** One shard's files (in their order) and what is known of them. */
export function shareOf(listed: { readonly files: readonly string[]; readonly stats?: Float64Array }, shard: { readonly index: number; readonly count: number }): { files: string[]; stats?: Float64Array } {
  const all = listed.files;
  const known = listed.stats && listed.stats.length === 2 * all.length ? listed.stats : undefined;
  const files: string[] = [];
  const stats: number[] = [];
  for (let i = 0; i < all.length; i++) {
    if (shardOf(all[i], shard.count) !== shard.index) continue;
    files.push(all[i]);
    if (known) stats.push(known[2 * i], known[2 * i + 1]);
  }
  return { files, stats: known ? Float64Array.from(stats) : undefined };
}
