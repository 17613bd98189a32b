import { combinations } from '../../utils/summary/lead-set';
import type { KeyPointModel } from '../../utils/summary/ranker-model';
import { setTerms } from '../../utils/summary/ranker-model';
import type { PreparedSentences } from '../../utils/summary/rank-sentences';
import { FEATURE_NAMES } from '../../utils/summary/sentence-features';
import { cosine } from '../../utils/summary/term-vectors';
import { tokenize } from './rouge';
import { seededRandom } from './seeded-random';

/**
 * Fitting the key-point model (utils/summary/ranker-model.ts) on many stories. A story is reduced once to
 * numbers: the raw features of its first `window` candidate sentences and, for every set of `size` of
 * them, the set's own terms and its ROUGE-1 and ROUGE-2 F1 against the highlights. The fit then never
 * touches text again (fast enough to fit 38,000 stories many times in one process).
 */
export type StoryRows = {
  /** Candidates kept (at most the cache window). */
  n: number;
  /** n rows of FEATURE_NAMES.length raw feature values. */
  features: number[][];
  /** Every `size`-set of 0..n-1 (lexicographic, as combinations()) with its terms and R1 / R2 F1. */
  sets: number[][];
  terms: number[][];
  r1: number[];
  r2: number[];
};

/** Clipped n-gram overlap F1 of token ids (the same counting as rouge.ts's rougeN). */
function overlapF(candidate: number[], reference: Map<number, number>, referenceTotal: number, n: 1 | 2): number {
  const counts = new Map<number, number>();
  for (let i = 0; i + n <= candidate.length; i++) {
    const key = n === 1 ? candidate[i]! : candidate[i]! * 1_000_003 + candidate[i + 1]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let hits = 0;
  for (const [k, c] of counts) hits += Math.min(c, reference.get(k) ?? 0);
  const total = Math.max(0, candidate.length - n + 1);
  const p = total ? hits / total : 0;
  const r = referenceTotal ? hits / referenceTotal : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

function gramCounts(ids: number[], n: 1 | 2): Map<number, number> {
  const out = new Map<number, number>();
  for (let i = 0; i + n <= ids.length; i++) {
    const key = n === 1 ? ids[i]! : ids[i]! * 1_000_003 + ids[i + 1]!;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** A story's rows: the features of its first `window` candidates and every `size`-set's ROUGE. */
export function storyRows(prepared: PreparedSentences, reference: string[], window: number, size: number): StoryRows {
  const n = Math.min(window, prepared.candidates.length);
  const vocabulary = new Map<string, number>();
  const ids = (tokens: string[]): number[] =>
    tokens.map((t) => {
      let id = vocabulary.get(t);
      if (id === undefined) vocabulary.set(t, (id = vocabulary.size));
      return id;
    });
  const ref = ids(reference.flatMap((r) => tokenize(r)));
  const ref1 = gramCounts(ref, 1);
  const ref2 = gramCounts(ref, 2);
  const sentences = prepared.candidates.slice(0, n).map((c) => ids(tokenize(c.text)));
  const sim: number[][] = Array.from({ length: n }, (_, a) =>
    Array.from({ length: n }, (_, b) =>
      a < b ? cosine(prepared.features[a]!.vector, prepared.features[b]!.vector) : 0,
    ),
  );
  const sets = n <= size ? [Array.from({ length: n }, (_, i) => i)] : combinations(n, size);
  const terms: number[][] = [];
  const r1: number[] = [];
  const r2: number[] = [];
  for (const set of sets) {
    let words = 0;
    let max = 0;
    let sum = 0;
    for (let a = 0; a < set.length; a++) {
      words += prepared.lengths[set[a]!]!;
      for (let b = a + 1; b < set.length; b++) {
        const c = sim[set[a]!]![set[b]!]!;
        max = Math.max(max, c);
        sum += c;
      }
    }
    terms.push(setTerms(words, set.length, max, sum));
    const flat = set.flatMap((i) => sentences[i]!);
    r1.push(overlapF(flat, ref1, ref.length, 1));
    r2.push(overlapF(flat, ref2, Math.max(0, ref.length - 1), 2));
  }
  return { n, features: prepared.features.slice(0, n).map((f) => f.values), sets, terms, r1, r2 };
}

export type FitOptions = {
  /** Names of the features the model reads. */
  features: (typeof FEATURE_NAMES)[number][];
  /** Sets are drawn from the first `window` candidates (at most the rows' window). */
  window: number;
  size: number;
  hidden: number;
  l2: number;
  epochs: number;
  batch: number;
  learningRate: number;
  seed: number;
  priors?: KeyPointModel['priors'];
  /** The target's weight on R1 (the rest on R2); default 0.5. */
  r1Weight?: number;
};

/** Indices of the sets whose sentences all lie in the first `window` candidates. */
function setsInWindow(story: StoryRows, window: number): number[] {
  const out: number[] = [];
  story.sets.forEach((set, k) => {
    if (set.every((i) => i < window)) out.push(k);
  });
  return out;
}

/** The target a set is fitted to: a weighted mean of its R1 and R2 F1. */
const targetOf =
  (r1Weight: number) =>
  (story: StoryRows, k: number): number =>
    r1Weight * story.r1[k]! + (1 - r1Weight) * story.r2[k]!;

/**
 * Fits a model: for each story a softmax over its sets (within the window) by set score; maximises
 * the expected target (a weighted mean of R1 and R2 F1) minus l2 * |w|^2 / 2, by Adam on mini-batches of stories
 * in a seeded order. Deterministic for given stories and options.
 */
export function fitModel(stories: StoryRows[], options: FitOptions): KeyPointModel {
  const at = options.features.map((name) => FEATURE_NAMES.indexOf(name));
  const d = at.length;
  const target = targetOf(options.r1Weight ?? 0.5);
  const H = options.hidden;
  // Standardisation over the training sentences in the window.
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  let count = 0;
  for (const s of stories)
    for (let i = 0; i < Math.min(s.n, options.window); i++) {
      count++;
      at.forEach((f, j) => (mean[j]! += s.features[i]![f]!));
    }
  for (let j = 0; j < d; j++) mean[j]! /= Math.max(1, count);
  for (const s of stories)
    for (let i = 0; i < Math.min(s.n, options.window); i++)
      at.forEach((f, j) => (scale[j]! += (s.features[i]![f]! - mean[j]!) ** 2));
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j]! / Math.max(1, count)) || 1;

  const rand = seededRandom(options.seed);
  // Parameters, flat: linear (d), hidden (H*d), hidden bias (H), output (H), set terms (4).
  const P = d + H * d + H + H + 4;
  const w = new Float64Array(P);
  const oHidden = d;
  const oBias = d + H * d;
  const oOut = oBias + H;
  const oSet = oOut + H;
  for (let k = 0; k < H * d; k++) w[oHidden + k] = (rand() - 0.5) * (2 / Math.sqrt(d));
  for (let k = 0; k < H; k++) w[oOut + k] = (rand() - 0.5) * 0.2;
  const m = new Float64Array(P);
  const v = new Float64Array(P);
  const grad = new Float64Array(P);
  const beta1 = 0.9;
  const beta2 = 0.999;
  let step = 0;

  const usable = stories.filter((s) => s.n > options.size);
  const windows = usable.map((s) => setsInWindow(s, options.window));
  const order = usable.map((_, i) => i);
  const z = new Float64Array(d);
  const act = new Float64Array(H);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (let start = 0; start < order.length; start += options.batch) {
      grad.fill(0);
      const batch = order.slice(start, start + options.batch);
      for (const si of batch) {
        const s = usable[si]!;
        const n = Math.min(s.n, options.window);
        const zs: Float64Array[] = [];
        const acts: Float64Array[] = [];
        const scores = new Float64Array(n);
        for (let i = 0; i < n; i++) {
          const row = s.features[i]!;
          let score = 0;
          for (let j = 0; j < d; j++) {
            z[j] = (row[at[j]!]! - mean[j]!) / scale[j]!;
            score += w[j]! * z[j]!;
          }
          for (let k = 0; k < H; k++) {
            let a = w[oBias + k]!;
            for (let j = 0; j < d; j++) a += w[oHidden + k * d + j]! * z[j]!;
            act[k] = Math.tanh(a);
            score += w[oOut + k]! * act[k]!;
          }
          zs.push(Float64Array.from(z));
          acts.push(Float64Array.from(act));
          scores[i] = score;
        }
        const ks = windows[si]!;
        const setScores = ks.map((k) => {
          const t = s.terms[k]!;
          let x = w[oSet]! * t[0]! + w[oSet + 1]! * t[1]! + w[oSet + 2]! * t[2]! + w[oSet + 3]! * t[3]!;
          for (const i of s.sets[k]!) x += scores[i]!;
          return x;
        });
        const top = Math.max(...setScores);
        const e = setScores.map((x) => Math.exp(x - top));
        const total = e.reduce((a, b) => a + b, 0);
        let expected = 0;
        ks.forEach((k, r) => (expected += (e[r]! / total) * target(s, k)));
        // d(expected)/d(set score) = p (R - E[R]); ascend, so the gradient of the loss is its negative.
        const perSentence = new Float64Array(n);
        ks.forEach((k, r) => {
          const g = -(e[r]! / total) * (target(s, k) - expected);
          const t = s.terms[k]!;
          for (let q = 0; q < 4; q++) grad[oSet + q]! += g * t[q]!;
          for (const i of s.sets[k]!) perSentence[i]! += g;
        });
        for (let i = 0; i < n; i++) {
          const g = perSentence[i]!;
          if (!g) continue;
          const zi = zs[i]!;
          const ai = acts[i]!;
          for (let j = 0; j < d; j++) grad[j]! += g * zi[j]!;
          for (let k = 0; k < H; k++) {
            grad[oOut + k]! += g * ai[k]!;
            const back = g * w[oOut + k]! * (1 - ai[k]! * ai[k]!);
            grad[oBias + k]! += back;
            for (let j = 0; j < d; j++) grad[oHidden + k * d + j]! += back * zi[j]!;
          }
        }
      }
      step++;
      const lr = options.learningRate;
      for (let p = 0; p < P; p++) {
        const g = grad[p]! / batch.length + options.l2 * w[p]!;
        m[p] = beta1 * m[p]! + (1 - beta1) * g;
        v[p] = beta2 * v[p]! + (1 - beta2) * g * g;
        const mh = m[p]! / (1 - beta1 ** step);
        const vh = v[p]! / (1 - beta2 ** step);
        w[p]! -= (lr * mh) / (Math.sqrt(vh) + 1e-8);
      }
    }
  }
  const round = (x: number): number => Math.round(x * 1e4) / 1e4;
  return {
    window: options.window,
    size: options.size,
    features: [...options.features],
    mean: mean.map(round),
    scale: scale.map(round),
    linear: Array.from(w.subarray(0, d), round),
    hidden: Array.from({ length: H }, (_, k) => Array.from(w.subarray(oHidden + k * d, oHidden + (k + 1) * d), round)),
    hiddenBias: Array.from(w.subarray(oBias, oBias + H), round),
    output: Array.from(w.subarray(oOut, oOut + H), round),
    priors: { ...(options.priors ?? {}) },
    set: {
      words: round(w[oSet]!),
      wordsSquared: round(w[oSet + 1]!),
      maxSimilarity: round(w[oSet + 2]!),
      meanSimilarity: round(w[oSet + 3]!),
    },
  };
}

/** The model's set for a story (index into story.sets): the best set score within the model's window. */
export function chosenSet(story: StoryRows, model: KeyPointModel, score: (values: number[]) => number): number {
  const scores = story.features.map(score);
  const { words, wordsSquared, maxSimilarity, meanSimilarity } = model.set;
  let best = -1;
  let top = -Infinity;
  story.sets.forEach((set, k) => {
    if (!set.every((i) => i < model.window)) return;
    const t = story.terms[k]!;
    let x = words * t[0]! + wordsSquared * t[1]! + maxSimilarity * t[2]! + meanSimilarity * t[3]!;
    for (const i of set) x += scores[i]!;
    if (x > top) [top, best] = [x, k];
  });
  return best;
}

/** Mean R1 and R2 F1 (x100) of the model's sets and of the first `size` candidates, over the stories. */
export function evaluateRows(
  stories: StoryRows[],
  model: KeyPointModel,
  score: (values: number[]) => number,
): { model: number[]; lead: number[] } {
  const ours = [0, 0];
  const lead = [0, 0];
  for (const s of stories) {
    const k = chosenSet(s, model, score);
    ours[0]! += s.r1[k]!;
    ours[1]! += s.r2[k]!;
    // The sets are lexicographic: the first one is the first `size` candidates.
    lead[0]! += s.r1[0]!;
    lead[1]! += s.r2[0]!;
  }
  const n = Math.max(1, stories.length);
  return { model: ours.map((x) => (100 * x) / n), lead: lead.map((x) => (100 * x) / n) };
}
