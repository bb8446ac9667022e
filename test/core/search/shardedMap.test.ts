/**
 * The sharded map the corpus keeps sources in: it must behave as one Map (size, replace, delete,
 * every entry once when iterated) whatever shard a key lands in.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ShardedMap } from '../../../server/src/core/search/shardedMap';

describe('sharded map', () => {
  // Keys that share a long start and differ at the end, as URIs in one folder do, and short ones.
  const keys = [...Array.from({ length: 3000 }, (_, i) => `file:///archive/2024/news/article-${i}.txt`), '', 'a', 'é', 'file:///x/Ölhafen.md'];

  test('holds what a Map holds: set, replace, get, has, delete and size', () => {
    const m = new ShardedMap<number>();
    const plain = new Map<string, number>();
    keys.forEach((k, i) => {
      m.set(k, i);
      plain.set(k, i);
    });
    // Replacing a value keeps the count.
    m.set(keys[7], -7);
    plain.set(keys[7], -7);
    for (const k of keys.filter((_, i) => i % 3 === 0)) assert.equal(m.delete(k), plain.delete(k));
    assert.equal(m.delete('not there'), false);
    assert.equal(m.size, plain.size);
    for (const k of keys) {
      assert.equal(m.has(k), plain.has(k), k);
      assert.equal(m.get(k), plain.get(k), k);
    }
  });

  test('iterates every entry once, in the same order for the same keys', () => {
    const build = () => {
      const m = new ShardedMap<string>();
      for (const k of keys) m.set(k, k.toUpperCase());
      return m;
    };
    const m = build();
    const entries = [...m];
    assert.equal(entries.length, keys.length);
    assert.deepEqual(new Set(entries.map(([k]) => k)), new Set(keys));
    for (const [k, v] of entries) assert.equal(v, k.toUpperCase());
    assert.deepEqual([...m.keys()], entries.map(([k]) => k));
    assert.deepEqual([...m.values()], entries.map(([, v]) => v));
    assert.deepEqual([...build().keys()], [...m.keys()]);
  });

  test('spreads keys that differ only near the end over many shards', () => {
    // Not a timing: the shards' sizes, read through iteration order (each shard's keys come together).
    const m = new ShardedMap<number>();
    keys.slice(0, 3000).forEach((k, i) => m.set(k, i));
    const order = [...m.values()];
    // Runs of ascending insertion index mark the shard boundaries.
    let runs = 1;
    for (let i = 1; i < order.length; i++) if (order[i] < order[i - 1]) runs++;
    assert.ok(runs >= 32, `only ${runs} shards in use`);
  });
});
