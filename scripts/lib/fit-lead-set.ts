import { combinations, SET_FEATURE_NAMES, setFeatures, type LeadSetModel } from '../../utils/summary/lead-set';
import type { FitStory } from './fit-ranker';
import { rougeLsum, rougeN } from './rouge';

/** One candidate set of one story: its raw features and its ROUGE F1 (R1, R2, RLsum) against the highlights. */
export type SetRow = { set: number[]; raw: number[]; scores: number[] };

export type LeadSetOptions = {
  window: number;
  size: number;
  l2: number;
  iterations?: number;
  /** Subagging: how many fits to average, each on what share of the stories, from which seed. */
  bags?: number;
  fraction?: number;
  seed?: number;
};

/** Every set of `size` among the story's first `window` candidates, scored against its reference. */
export function setRows(story: FitStory, window: number, size: number): SetRow[] {
  const n = Math.min(window, story.prepared.candidates.length);
  const sets = n <= size ? [Array.from({ length: n }, (_, i) => i)] : combinations(n, size);
  const reference = story.reference.flat();
  return sets.map((set) => {
    const picked = set.map((i) => story.tokens[i]!);
    const flat = picked.flat();
    return {
      set,
      raw: setFeatures(story.prepared, set),
      scores: [rougeN(flat, reference, 1).f, rougeN(flat, reference, 2).f, rougeLsum(picked, story.reference).f],
    };
  });
}

type Standardisation = { mean: number[]; scale: number[] };

/** Mean and standard deviation of each feature over all the rows. */
function standardisation(rowsPerStory: SetRow[][]): Standardisation {
  const d = SET_FEATURE_NAMES.length;
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  let count = 0;
  for (const rows of rowsPerStory) {
    for (const r of rows) {
      count++;
      r.raw.forEach((x, j) => (mean[j]! += x));
    }
  }
  for (let j = 0; j < d; j++) mean[j]! /= Math.max(1, count);
  for (const rows of rowsPerStory) for (const r of rows) r.raw.forEach((x, j) => (scale[j]! += (x - mean[j]!) ** 2));
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j]! / Math.max(1, count)) || 1;
  return { mean, scale };
}

/**
 * Weights for standardised features: for each story, a softmax over its candidate sets by the linear
 * score; the objective is the expected mean of R1, R2 and RLsum F1 under that softmax, minus
 * l2 * |w|^2 / 2, maximised by Adam from w = 0 for a fixed number of steps (deterministic).
 */
function fitWeights(
  rowsPerStory: SetRow[][],
  { mean, scale }: Standardisation,
  l2: number,
  iterations: number,
): number[] {
  const d = SET_FEATURE_NAMES.length;
  const stories = rowsPerStory
    .filter((rows) => rows.length > 1)
    .map((rows) => ({
      x: rows.map((r) => r.raw.map((v, j) => (v - mean[j]!) / scale[j]!)),
      y: rows.map((r) => (r.scores[0]! + r.scores[1]! + r.scores[2]!) / 3),
    }));
  const w = new Array<number>(d).fill(0);
  const m = new Array<number>(d).fill(0);
  const v = new Array<number>(d).fill(0);
  const rate = 0.05;
  for (let step = 1; step <= iterations; step++) {
    const grad = new Array<number>(d).fill(0);
    for (const { x, y } of stories) {
      const s = x.map((row) => row.reduce((a, value, j) => a + value * w[j]!, 0));
      const top = Math.max(...s);
      const e = s.map((z) => Math.exp(z - top));
      const total = e.reduce((a, b) => a + b, 0);
      const p = e.map((z) => z / total);
      const expected = p.reduce((a, pi, i) => a + pi * y[i]!, 0);
      x.forEach((row, i) => {
        const c = p[i]! * (y[i]! - expected);
        row.forEach((value, j) => (grad[j]! += c * value));
      });
    }
    for (let j = 0; j < d; j++) {
      const g = grad[j]! / Math.max(1, stories.length) - l2 * w[j]!;
      m[j] = 0.9 * m[j]! + 0.1 * g;
      v[j] = 0.999 * v[j]! + 0.001 * g * g;
      w[j]! += (rate * (m[j]! / (1 - 0.9 ** step))) / (Math.sqrt(v[j]! / (1 - 0.999 ** step)) + 1e-8);
    }
  }
  return w;
}

/**
 * Fits a LeadSetModel (see fitWeights). Features are standardised with the training rows' mean and
 * standard deviation, which ship with the weights. With `bags` > 1 the weights are the average of
 * `bags` fits, each on a random `fraction` of the stories (subagging, from a fixed seed, so still
 * deterministic): on 100-odd stories one fit hangs on a few of them, and the average is steadier.
 */
export function fitLeadSet(
  rowsPerStory: SetRow[][],
  { window, size, l2, iterations = 1500, bags = 1, fraction = 0.8, seed = 1 }: LeadSetOptions,
): LeadSetModel {
  const standard = standardisation(rowsPerStory);
  let weights: number[];
  if (bags <= 1) weights = fitWeights(rowsPerStory, standard, l2, iterations);
  else {
    let x = seed;
    const random = (): number => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
    weights = new Array<number>(SET_FEATURE_NAMES.length).fill(0);
    for (let b = 0; b < bags; b++) {
      const subset = rowsPerStory.filter(() => random() < fraction);
      fitWeights(subset, standard, l2, iterations).forEach((w, j) => (weights[j]! += w / bags));
    }
  }
  const round = (v: number): number => Number(v.toFixed(4));
  return {
    window,
    size,
    mean: standard.mean.map(round),
    scale: standard.scale.map(round),
    weights: weights.map(round),
  };
}
