/**
 * Turns the support features of a claim (see `supportFeatures` in support.ts) into one 0–1 score, the
 * probability that a reader would call the claim supported by the passages: a logistic regression.
 *
 * The weights were fitted on the WiCE dev claims (349 Wikipedia sentences with the articles they cite,
 * labelled by people; claims flagged whatever the score left out) with supported claims weighted 3×
 * (a false alarm on a sound sentence costs a writer more than a missed half-supported one). How they
 * do on claims they were not fitted on is what `npm run bench:quality` reports first (5-fold
 * cross-validation); refit with `npm run bench:quality -- --fit <features>` (docs/judging.md). The
 * data is not part of the repository.
 */
export const WEIGHTS: Readonly<Record<string, number>> = Object.freeze({
  bias: -0.648,
  /** Share of the claim the best window and its neighbours hold in the same words (or stems). */
  exact: 3.5,
  /** Share of the claim's name words those windows lack. */
  namesMissing: -0.98,
  /** Share of the claim that no passage read has in the same words. */
  unmatched: -1.454,
});

/** How much more a supported claim counts than an unsupported one when fitting: a false alarm costs a writer more. */
export const POSITIVE_WEIGHT = 3;

export function combine(features: Readonly<Record<string, number>>, weights: Readonly<Record<string, number>> = WEIGHTS): number {
  let z = weights.bias ?? 0;
  for (const [name, w] of Object.entries(weights)) if (name !== 'bias') z += w * (features[name] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/** One feature's part in a combined score: its value times its weight is what it adds to the sum. */
export interface Contribution {
  readonly name: string;
  readonly value: number;
  readonly weight: number;
}

/** How `combine` reached a score, for `explain`: the bias, each weighted feature in order, their sum. */
export interface Combination {
  readonly bias: number;
  readonly terms: readonly Contribution[];
  readonly sum: number;
  readonly score: number;
}

/** `combine` step by step (the same sum, added in the same order). */
export function explainCombination(features: Readonly<Record<string, number>>, weights: Readonly<Record<string, number>> = WEIGHTS): Combination {
  const bias = weights.bias ?? 0;
  let sum = bias;
  const terms: Contribution[] = [];
  for (const [name, weight] of Object.entries(weights)) {
    if (name === 'bias') continue;
    const value = features[name] ?? 0;
    sum += weight * value;
    terms.push({ name, value, weight });
  }
  return { bias, terms, sum, score: 1 / (1 + Math.exp(-sum)) };
}
