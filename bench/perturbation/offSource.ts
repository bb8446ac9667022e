/**
 * Off-source claims: a true sentence of one article, checked against a folder of other articles of
 * the same collection and topic that do not include it. The sentence is well formed, on topic and full
 * of the folder's vocabulary, but no source in the folder states it: the judge must not call it
 * supported. This is how an invented claim looks in a writer's folder, which claims checked against
 * their own article (the rest of the suite, and WiCE) never show.
 */
import { createRandom } from './random';
import { claimSentences, type Article } from './text';

export interface OffSourceCase {
  readonly id: string;
  /** The article the sentence comes from (not in the folder). */
  readonly fromArticle: string;
  /** The articles of the folder the sentence is checked against. */
  readonly folder: readonly string[];
  readonly text: string;
}

/** Articles of the same collection and topic (Reuters has no topics: the collection alone). */
function sameKind(a: Article, b: Article): boolean {
  return a.src === b.src && (a.topic ?? '') === (b.topic ?? '');
}

/**
 * For each article, a folder of it and up to `folderSize - 1` other articles of its kind, and one claim
 * sentence of yet another article of that kind: `n` cases in all, fixed by the seed.
 */
export function offSourceCases(articles: readonly Article[], n: number, seed: number | string, folderSize = 5): OffSourceCase[] {
  const out: OffSourceCase[] = [];
  const order = createRandom(seed, 'off-source', 'order').shuffled(articles.map((_, i) => i));
  for (const i of order) {
    if (out.length >= n) break;
    const home = articles[i];
    const kin = createRandom(seed, 'off-source', home.id).shuffled(articles.filter((b) => b !== home && sameKind(home, b)));
    if (kin.length < 2) continue;
    const donor = kin[0];
    const sentences = claimSentences(donor);
    if (sentences.length === 0) continue;
    const text = createRandom(seed, 'off-source', home.id, 'sentence').pick(sentences);
    const folder = [home, ...kin.slice(1, folderSize)].map((a) => a.id);
    out.push({ id: `${home.id}#off-source`, fromArticle: donor.id, folder, text });
  }
  return out;
}
