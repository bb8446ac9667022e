/**
 * A small seeded pseudo-random generator for the perturbation suite: the same seed gives the same
 * sequence on every machine and Node version (no Math.random, no floating-point state beyond one
 * division).
 */

/** 32-bit FNV-1a of a string, used to turn seeds and ids into generator states. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy (Fisher–Yates). */
  shuffled<T>(items: readonly T[]): T[];
}

/**
 * A xorshift32 generator whose state comes from the seed's parts (e.g. the run's seed, an article id
 * and a rule name), so each stream is independent of how many numbers the others drew.
 */
export function createRandom(...seedParts: ReadonlyArray<string | number>): Random {
  // Scramble the hash once more so that seeds differing in one character start far apart.
  let x = hashString(seedParts.join('\u0001'));
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b) >>> 0;
  x = (x ^ (x >>> 16)) >>> 0;
  if (x === 0) x = 0x9e3779b9;
  const next = (): number => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    pick: (items) => items[int(items.length)],
    shuffled: (items) => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(i + 1);
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
  };
}
