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
  /** Weights of the set's own terms (SET_TERM_NAMES); a term the model leaves out weighs nothing. */
  set: Partial<Record<SetTermName, number>>;
};

/**
 * A set's own terms, in this order: its mean words per sentence / 20 and its square; the closest and the
 * mean term similarity between its sentences; the largest and the mean share of word pairs two of its
 * sentences share (pairOverlap); how far apart its sentences lie (last − first candidate index, / 10),
 * the share of its neighbouring picks that are adjacent sentences, and its last index / 10. The position
 * terms are read only where the set is drawn from the article's first sentences (the lead set).
 */
export const SET_TERM_NAMES = [
  'words',
  'wordsSquared',
  'maxSimilarity',
  'meanSimilarity',
  'maxPairs',
  'meanPairs',
  'spread',
  'adjacent',
  'last',
] as const;
export type SetTermName = (typeof SET_TERM_NAMES)[number];

/** What the set terms beyond length and similarity are computed from (absent: they are 0). */
export type SetShape = { maxPairs: number; sumPairs: number; positions?: readonly number[] };

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

/** A set's own terms (SET_TERM_NAMES order) from its total words, size, pairwise similarities and shape. */
export function setTerms(
  words: number,
  count: number,
  maxSimilarity: number,
  sumSimilarity: number,
  shape?: SetShape,
): number[] {
  const meanWords = count ? words / count / 20 : 0;
  const pairs = (count * (count - 1)) / 2;
  const at = shape?.positions ? [...shape.positions].sort((a, b) => a - b) : [];
  let adjacent = 0;
  for (let k = 1; k < at.length; k++) if (at[k] === at[k - 1]! + 1) adjacent++;
  return [
    meanWords,
    meanWords * meanWords,
    maxSimilarity,
    pairs ? sumSimilarity / pairs : 0,
    shape?.maxPairs ?? 0,
    pairs && shape ? shape.sumPairs / pairs : 0,
    at.length ? (at[at.length - 1]! - at[0]!) / 10 : 0,
    at.length > 1 ? adjacent / (at.length - 1) : 0,
    at.length ? at[at.length - 1]! / 10 : 0,
  ];
}

/** Whether the model weighs the word pairs a set's sentences share (else they need not be computed). */
export function readsPairs(model: KeyPointModel): boolean {
  return !!(model.set.maxPairs || model.set.meanPairs);
}

export function setTermsScore(model: KeyPointModel, terms: number[]): number {
  let score = 0;
  SET_TERM_NAMES.forEach((name, k) => (score += (model.set[name] ?? 0) * (terms[k] ?? 0)));
  return score;
}
