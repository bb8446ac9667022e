import Fuse from 'fuse.js';
import type { Source } from '../sources/model';

/** The known keys closest to a mistyped one (fuse.js: short lists only). */
export function closestKeys(key: string, keys: readonly string[], limit: number): string[] {
  if (keys.length === 0) return [];
  const fuse = new Fuse(keys as string[], { includeScore: true, threshold: 0.5, ignoreLocation: true });
  return fuse
    .search(key, { limit })
    .filter((r) => (r.score ?? 1) <= 0.5)
    .map((r) => r.item);
}

/** Sources matching what the writer typed after `@`, by key, title or author; best first. */
export function matchSources(query: string, sources: readonly Source[]): Source[] {
  if (!query) return [...sources];
  const fuse = new Fuse(sources as Source[], {
    includeScore: true,
    threshold: 0.45,
    ignoreLocation: true,
    keys: [
      { name: 'key', weight: 3 },
      { name: 'title', weight: 2 },
      { name: 'metadata.author', weight: 1 },
    ],
  });
  return fuse.search(query).map((r) => r.item);
}
