import { FEATURE_NAMES } from './sentence-features';
import { FITTED_MODEL } from './ranker-weights';

/**
 * The key-point ranker's model, shipped as these few numbers (nothing is downloaded):
 * - a linear score over each sentence's features (position, centrality, length, ...);
 * - a coverage bonus: the weight of the not-yet-covered terms a sentence adds, per word^lengthExponent,
 *   where a term weighs the sum over the sentences containing it of 1 / (position + 1)^positionDecay;
 * - a redundancy penalty: similarity to the closest already chosen sentence (maximal marginal relevance);
 * - `leadSentences`: on an article without sections, its first N candidate sentences are always kept.
 *   Optional, 0 when absent; the shipped model leaves it out (1 won on one cross-validation partition
 *   of the dev stories and lost on reshuffled ones: see README.md).
 * Fitted by direct ROUGE search on news stories (`npm run bench:keypoints -- --fit`).
 */
export type RankerModel = {
  weights: Record<(typeof FEATURE_NAMES)[number], number>;
  redundancy: number;
  coverage: number;
  lengthExponent: number;
  positionDecay: number;
  leadSentences?: number;
};

export const DEFAULT_MODEL: RankerModel = FITTED_MODEL;

export function modelToVector(model: RankerModel): number[] {
  return FEATURE_NAMES.map((name) => model.weights[name] ?? 0);
}
