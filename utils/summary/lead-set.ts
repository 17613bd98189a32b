import type { PreparedSentences } from './rank-sentences';
import { FEATURE_NAMES } from './sentence-features';
import { cosine } from './term-vectors';

/**
 * The "lead set" model: which `size` of an unsectioned article's first `window` candidate sentences
 * make the best key points *together*. Every set is scored as a whole by one linear function of
 * its sentences' summed features plus features of the set itself (its length in words, how similar
 * its sentences are to each other), so length and redundancy trade off against position and
 * centrality the way the fitted ROUGE objective wants. Fitted by `npm run bench:keypoints -- --fit`
 * (softmax over all the sets of a story, expected ROUGE, L2; scripts/lib/fit-lead-set.ts).
 */
export type LeadSetModel = {
  /** How many of the first candidates the set is chosen from. */
  window: number;
  /** How many sentences the set has (the benchmark's 3 points). */
  size: number;
  /** Standardisation of each feature (training mean and standard deviation), then the weights. */
  mean: number[];
  scale: number[];
  weights: number[];
};

/** Sentence features summed over a set (names from FEATURE_NAMES). */
export const SUMMED_FEATURES = [
  'inversePosition',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'centrality',
  'meanSimilarity',
  'length',
  'short',
  'long',
  'hasNumber',
  'capitalisedRatio',
  'quoted',
  'danglingStart',
  'attribution',
  'leadSimilarity',
] as const;

/** All features of a set, in the order of the model's weights. */
export const SET_FEATURE_NAMES = [
  ...SUMMED_FEATURES,
  'captionLike',
  'photoReference',
  'words',
  'wordsSquared',
  'maxSimilarity',
  'sumSimilarity',
] as const;

const SUMMED_INDEX = SUMMED_FEATURES.map((name) => FEATURE_NAMES.indexOf(name));
/** A photo caption left in the text: "... at the scene ." (a space before the final stop). */
const CAPTION_END = /\s\.$/u;
const PHOTO_REFERENCE = /\((?:[^)]*\s)?(?:pictured|above|below|left|right|centre|center)\)/iu;

/** The raw (unstandardised) features of the set of candidate indices `set`. */
export function setFeatures(prepared: PreparedSentences, set: number[]): number[] {
  const out = new Array<number>(SET_FEATURE_NAMES.length).fill(0);
  const k = SUMMED_FEATURES.length;
  let words = 0;
  for (const i of set) {
    const values = prepared.features[i]!.values;
    SUMMED_INDEX.forEach((at, j) => (out[j]! += values[at] ?? 0));
    const text = prepared.candidates[i]!.text;
    if (CAPTION_END.test(text)) out[k]! += 1;
    if (PHOTO_REFERENCE.test(text)) out[k + 1]! += 1;
    words += prepared.lengths[i]!;
  }
  let max = 0;
  let sum = 0;
  for (let a = 0; a < set.length; a++) {
    for (let b = a + 1; b < set.length; b++) {
      const c = cosine(prepared.features[set[a]!]!.vector, prepared.features[set[b]!]!.vector);
      max = Math.max(max, c);
      sum += c;
    }
  }
  out[k + 2] = words / 60;
  out[k + 3] = (words / 60) ** 2;
  out[k + 4] = max;
  out[k + 5] = sum;
  return out;
}

/** Every `size`-subset of 0..n-1, in lexicographic order. */
export function combinations(n: number, size: number): number[][] {
  const out: number[][] = [];
  const current: number[] = [];
  const walk = (from: number): void => {
    if (current.length === size) {
      out.push([...current]);
      return;
    }
    for (let i = from; i <= n - (size - current.length); i++) {
      current.push(i);
      walk(i + 1);
      current.pop();
    }
  };
  walk(0);
  return out;
}

export function scoreSet(model: LeadSetModel, raw: number[]): number {
  let s = 0;
  for (let j = 0; j < raw.length; j++)
    s += (model.weights[j] ?? 0) * ((raw[j]! - (model.mean[j] ?? 0)) / (model.scale[j] || 1));
  return s;
}

/**
 * The best set of `model.size` sentences among the first `model.window` candidates, in article
 * order; all of them when there are no more than `model.size`. Ties go to the earlier set.
 */
export function pickLeadSet(prepared: PreparedSentences, model: LeadSetModel): number[] {
  const { size } = model;
  const n = Math.min(prepared.candidates.length, Math.max(model.window, size));
  if (n <= size) return Array.from({ length: n }, (_, i) => i);
  let best: number[] = [];
  let top = -Infinity;
  for (const set of combinations(n, size)) {
    const score = scoreSet(model, setFeatures(prepared, set));
    if (score > top) [top, best] = [score, set];
  }
  return best;
}
