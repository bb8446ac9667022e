/**
 * A Map from strings spread over 64 smaller Maps by a hash of the key's end.
 *
 * A JavaScript Map grows by rehashing every entry into a table twice the size, in one go: a Map of
 * tens of thousands of URIs takes milliseconds to grow, on the thread that happened to insert the next one. Spread over
 * 64 Maps, each growth moves a sixty-fourth as much. Iteration goes shard by shard (insertion order
 * within a shard), so the order is fixed for the same keys but is not the order of insertion.
 */
export class ShardedMap<V> {
  private readonly shards: Array<Map<string, V>> = Array.from({ length: SHARDS }, () => new Map<string, V>());
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(key: string): V | undefined {
    return this.shards[shardOf(key)].get(key);
  }

  has(key: string): boolean {
    return this.shards[shardOf(key)].has(key);
  }

  set(key: string, value: V): this {
    const shard = this.shards[shardOf(key)];
    const before = shard.size;
    shard.set(key, value);
    this.count += shard.size - before;
    return this;
  }

  delete(key: string): boolean {
    const gone = this.shards[shardOf(key)].delete(key);
    if (gone) this.count--;
    return gone;
  }

  *keys(): IterableIterator<string> {
    for (const shard of this.shards) yield* shard.keys();
  }

  *values(): IterableIterator<V> {
    for (const shard of this.shards) yield* shard.values();
  }

  *entries(): IterableIterator<[string, V]> {
    for (const shard of this.shards) yield* shard.entries();
  }

  [Symbol.iterator](): IterableIterator<[string, V]> {
    return this.entries();
  }
}

const SHARDS = 64;

/**
 * FNV-1a over the last 24 UTF-16 units and the length: keys that share a long start (URIs in one
 * folder) differ at the end, where file names and numbers are.
 */
function shardOf(key: string): number {
  let h = 0x811c9dc5 ^ key.length;
  for (let i = Math.max(0, key.length - 24); i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 15)) & (SHARDS - 1);
}
