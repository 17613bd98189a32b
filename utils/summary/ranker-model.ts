import { FEATURE_NAMES } from './sentence-features';

/**
 * The key-point model, shipped as a few hundred numbers (nothing is downloaded). One learned sentence
 * score ranks every point: the first `size` points of an unsectioned article (the best set among its
 * first `window` sentences), the points beyond them (Medium / Long) and the points of a sectioned article.
 *
 * - sentence score: the features named in `features` are standardised (`mean`, `scale`), then
 *   `linear · z + Σ_k output_k · tanh(hidden_k · z + hiddenBias_k)` (no hidden units: a linear model),
 *   plus fixed `priors` on raw features the training stories cannot teach (they have no headings);
 * - set score: the sum of its sentences' scores plus `set` terms for the set as a whole: the mean
 *   length of its sentences in words / 20 (and its square) and the closest and the mean similarity
 *   between its sentences, so length and redundancy trade off against the sentences' own merit the
 *   way ROUGE F1 does.
 *
 * Fitted by `npm run fit:keypoints` (scripts/fit-keypoints.ts) on 38,580 CNN/DailyMail training stories:
 * a softmax over each story's candidate sets by set score, maximising the expected ROUGE.
 */
export type KeyPointModel = {
  window: number;
  size: number;
  features: (typeof FEATURE_NAMES)[number][];
  mean: number[];
  scale: number[];
  linear: number[];
  /** Hidden units: one weight row per unit over the standardised features. */
  hidden: number[][];
  hiddenBias: number[];
  output: number[];
  priors: Partial<Record<(typeof FEATURE_NAMES)[number], number>>;
  set: { words: number; wordsSquared: number; maxSimilarity: number; meanSimilarity: number };
};

/** Index in FEATURE_NAMES of each of the model's features. */
const indexCache = new WeakMap<KeyPointModel, number[]>();
function featureIndices(model: KeyPointModel): number[] {
  let at = indexCache.get(model);
  if (!at) indexCache.set(model, (at = model.features.map((name) => FEATURE_NAMES.indexOf(name))));
  return at;
}

/** The model's score of one sentence from its raw feature values (in FEATURE_NAMES order). */
export function sentenceScore(model: KeyPointModel, values: number[]): number {
  const at = featureIndices(model);
  const d = at.length;
  const z = new Array<number>(d);
  let score = 0;
  for (let j = 0; j < d; j++) {
    z[j] = ((values[at[j]!] ?? 0) - (model.mean[j] ?? 0)) / (model.scale[j] || 1);
    score += (model.linear[j] ?? 0) * z[j]!;
  }
  model.hidden.forEach((row, k) => {
    let a = model.hiddenBias[k] ?? 0;
    for (let j = 0; j < d; j++) a += (row[j] ?? 0) * z[j]!;
    score += (model.output[k] ?? 0) * Math.tanh(a);
  });
  for (const [name, weight] of Object.entries(model.priors)) {
    score += (weight ?? 0) * (values[FEATURE_NAMES.indexOf(name as (typeof FEATURE_NAMES)[number])] ?? 0);
  }
  return score;
}

/** A set's own terms: mean words per sentence / 20, its square, closest and mean pairwise similarity. */
export function setTerms(words: number, count: number, maxSimilarity: number, sumSimilarity: number): number[] {
  const meanWords = count ? words / count / 20 : 0;
  const pairs = (count * (count - 1)) / 2;
  return [meanWords, meanWords * meanWords, maxSimilarity, pairs ? sumSimilarity / pairs : 0];
}

export function setTermsScore(model: KeyPointModel, terms: number[]): number {
  const { words, wordsSquared, maxSimilarity, meanSimilarity } = model.set;
  return words * terms[0]! + wordsSquared * terms[1]! + maxSimilarity * terms[2]! + meanSimilarity * terms[3]!;
}
