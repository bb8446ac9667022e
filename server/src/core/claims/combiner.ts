/**
 * Turns the support features of a claim (see `supportFeatures` in support.ts) into one 0–1 score, the
 * probability that a reader would call the claim supported by the passages: a logistic regression.
 *
 * The weights were fitted on the WiCE dev claims (349 Wikipedia sentences with the articles they cite,
 * labelled by people) with supported claims weighted 3× (a false alarm on a sound sentence costs a
 * writer more than a missed half-supported one), after 5-fold cross-validation (×5 shuffles) gave
 * AUROC 0.824, balanced accuracy 0.737 and 14 % false alarms on supported claims at 0.5. Refit with
 * `npm run bench:quality -- --fit cover3,figuresMissing,namesMissing --positive-weight 3`
 * (docs/judging.md). The data is not part of the repository.
 */
export const WEIGHTS: Readonly<Record<string, number>> = Object.freeze({
  bias: -4.691,
  /** Share of the claim the best three windows cover together. */
  cover3: 7.05,
  /** Share of the claim's figures and dates those windows lack. */
  figuresMissing: -2.33,
  /** Share of the claim's name words those windows lack. */
  namesMissing: -0.775,
});

export function combine(features: Readonly<Record<string, number>>, weights: Readonly<Record<string, number>> = WEIGHTS): number {
  let z = weights.bias ?? 0;
  for (const [name, w] of Object.entries(weights)) if (name !== 'bias') z += w * (features[name] ?? 0);
  return 1 / (1 + Math.exp(-z));
}
