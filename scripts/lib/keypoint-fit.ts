import { combinations } from '../../utils/summary/lead-set';
import type { KeyPointModel } from '../../utils/summary/ranker-model';
import { SET_TERM_NAMES, setTerms, type SetTermName } from '../../utils/summary/ranker-model';
import type { PreparedSentences } from '../../utils/summary/rank-sentences';
import { FEATURE_NAMES } from '../../utils/summary/sentence-features';
import { leadSetRules } from '../../utils/summary/pick-key-points';
import { cosine, pairOverlap, termPairs, terms as termsOf } from '../../utils/summary/term-vectors';
import { tokenize } from './rouge';
import { seededRandom, shuffleInPlace } from './seeded-random';

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
  /** Candidates in the whole story. */
  doc?: number;
  /** Words per kept candidate (PreparedSentences.lengths). */
  lengths?: number[];
  /** Per pair i < j of 0..n-1 (combinations(n, 2) order): term cosine, shared term pairs (pairOverlap). */
  pairSimilarity?: number[];
  pairBigrams?: number[];
  /** The pipeline's rules around the lead set (pick-key-points.ts leadSetRules), 0 / 1. */
  eligible?: number[];
  swap?: number[];
  repeat?: number[];
  /** R1 / R2 F1 of every set of 1 and 2 candidates (combinations(n, 1) then combinations(n, 2)). */
  smallR1?: number[];
  smallR2?: number[];
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
  const pairs = combinations(n, 2);
  const bigrams = prepared.candidates.slice(0, n).map((c) => termPairs(termsOf(c.text)));
  const small = [...combinations(n, 1), ...pairs].map((set) => {
    const flat = set.flatMap((i) => sentences[i]!);
    return [overlapF(flat, ref1, ref.length, 1), overlapF(flat, ref2, Math.max(0, ref.length - 1), 2)];
  });
  return {
    n,
    features: prepared.features.slice(0, n).map((f) => f.values),
    sets,
    terms,
    r1,
    r2,
    doc: prepared.candidates.length,
    lengths: prepared.lengths.slice(0, n),
    pairSimilarity: pairs.map(([a, b]) => sim[a!]![b!]!),
    pairBigrams: pairs.map(([a, b]) => pairOverlap(bigrams[a!]!, bigrams[b!]!)),
    ...leadSetRules(prepared, n),
    smallR1: small.map((x) => x[0]!),
    smallR2: small.map((x) => x[1]!),
  };
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
  /** The set terms fitted (the others weigh 0); default the length and similarity terms. */
  setTerms?: SetTermName[];
  /** Replay the pipeline's rules around the lead set (see replayRules) in the fit; default none. */
  rules?: RuleOptions;
};

/** Which of the pipeline's lead-set rules (pick-key-points.ts leadSetRules) to replay; all on by default. */
export type RuleOptions = {
  eligible?: boolean;
  swap?: boolean;
  repeat?: boolean;
  /** Experiment: a leaning point keeps its place when its score beats its predecessor's by this much. */
  swapMargin?: number;
};
export const ALL_RULES: RuleOptions = { eligible: true, swap: true, repeat: true };
export const NO_RULES: RuleOptions = { eligible: false, swap: false, repeat: false };
const BASE_SET_TERMS: SetTermName[] = ['words', 'wordsSquared', 'maxSimilarity', 'meanSimilarity'];

/** Index of pair (a, b), a < b, in combinations(n, 2) order. */
const pairIndex = (n: number, a: number, b: number): number => a * n - (a * (a + 1)) / 2 + (b - a - 1);

/** Every set's terms (SET_TERM_NAMES order) from the story's lengths, pairwise figures and positions. */
export function storySetTerms(story: StoryRows): number[][] {
  const { n, lengths, pairSimilarity, pairBigrams } = story;
  if (!lengths || !pairSimilarity || !pairBigrams)
    return story.terms.map((t) => SET_TERM_NAMES.map((_, q) => t[q] ?? 0));
  return story.sets.map((set) => {
    let words = 0;
    let max = 0;
    let sum = 0;
    let maxPairs = 0;
    let sumPairs = 0;
    for (let a = 0; a < set.length; a++) {
      words += lengths[set[a]!]!;
      for (let b = a + 1; b < set.length; b++) {
        const p = pairIndex(n, set[a]!, set[b]!);
        max = Math.max(max, pairSimilarity[p]!);
        sum += pairSimilarity[p]!;
        maxPairs = Math.max(maxPairs, pairBigrams[p]!);
        sumPairs += pairBigrams[p]!;
      }
    }
    return setTerms(words, set.length, max, sum, { maxPairs, sumPairs, positions: set });
  });
}

/**
 * What the pipeline shows for a chosen set, replayed from the rows: a point that leans on the sentence just
 * before it gives way to that sentence (swap), then a point repeating an earlier one is dropped (repeat).
 * Returns its R1 and R2 F1.
 */
export function replayRules(story: StoryRows, k: number, rules: RuleOptions, scores?: number[]): [number, number] {
  const set = story.sets[k]!;
  let out = [...set];
  if (rules.swap && story.swap) {
    for (let q = 0; q < out.length; q++) {
      const i = out[q]!;
      const keeps = rules.swapMargin !== undefined && scores && scores[i]! - scores[i - 1]! >= rules.swapMargin;
      if (story.swap[i] && !out.includes(i - 1) && !keeps) out[q] = i - 1;
    }
    out.sort((a, b) => a - b);
  }
  if (rules.repeat && story.repeat) {
    const kept: number[] = [];
    for (const i of out)
      if (!kept.some((j) => story.repeat![pairIndex(story.n, Math.min(i, j), Math.max(i, j))])) kept.push(i);
    out = kept;
  }
  if (out.length === set.length && out.every((i, q) => i === set[q])) return [story.r1[k]!, story.r2[k]!];
  if (out.length === 3 || out.length === story.sets[0]!.length) {
    const at = story.sets.findIndex((s) => s.length === out.length && s.every((i, q) => i === out[q]));
    return [story.r1[at]!, story.r2[at]!];
  }
  const n = story.n;
  const at = out.length === 1 ? out[0]! : n + pairIndex(n, out[0]!, out[1]!);
  return [story.smallR1?.[at] ?? 0, story.smallR2?.[at] ?? 0];
}

/**
 * A story as the fit and the evaluation see it for a window and rules: the sets it may choose (within the
 * window, and drawn from the eligible candidates while at least `size` are), each set's terms and the R1 / R2
 * the pipeline would show for it.
 */
export function storyView(
  story: StoryRows,
  window: number,
  rules: RuleOptions = NO_RULES,
  allTerms: number[][] = storySetTerms(story),
  scores?: number[],
): { ks: number[]; terms: number[][]; r1: number[]; r2: number[] } {
  const size = story.sets[0]?.length ?? 0;
  const inWindow = (i: number): boolean => i < window;
  const limit = Math.min(story.n, window);
  const eligibleCount = story.eligible ? story.eligible.slice(0, limit).filter(Boolean).length : 0;
  const useEligible = rules.eligible && story.eligible && eligibleCount >= size;
  const ks: number[] = [];
  story.sets.forEach((set, k) => {
    if (set.every(inWindow) && (!useEligible || set.every((i) => story.eligible![i]))) ks.push(k);
  });
  const r1: number[] = [];
  const r2: number[] = [];
  for (const k of ks) {
    const [a, b] = replayRules(story, k, rules, scores);
    r1.push(a);
    r2.push(b);
  }
  return { ks, terms: ks.map((k) => allTerms[k]!), r1, r2 };
}

/**
 * Fits a model: for each story a softmax over its sets (within the window) by set score; maximises
 * the expected target (a weighted mean of R1 and R2 F1) minus l2 * |w|^2 / 2, by Adam on mini-batches of stories
 * in a seeded order. Deterministic for given stories and options.
 */
export function fitModel(stories: StoryRows[], options: FitOptions): KeyPointModel {
  const at = options.features.map((name) => FEATURE_NAMES.indexOf(name));
  const d = at.length;
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
  const T = SET_TERM_NAMES.length;
  const fittedTerms = options.setTerms ?? BASE_SET_TERMS;
  const termMask = SET_TERM_NAMES.map((name) => (fittedTerms.includes(name) ? 1 : 0));
  // Parameters, flat: linear (d), hidden (H*d), hidden bias (H), output (H), set terms (T).
  const P = d + H * d + H + H + T;
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
  const views = usable.map((s) => storyView(s, options.window, options.rules ?? NO_RULES));
  const r1Weight = options.r1Weight ?? 0.5;
  const order = usable.map((_, i) => i);
  const z = new Float64Array(d);
  const act = new Float64Array(H);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffleInPlace(order, rand);
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
        const view = views[si]!;
        const ks = view.ks;
        const value = (r: number): number => r1Weight * view.r1[r]! + (1 - r1Weight) * view.r2[r]!;
        const setScores = ks.map((k, r) => {
          const t = view.terms[r]!;
          let x = 0;
          for (let q = 0; q < T; q++) if (termMask[q]) x += w[oSet + q]! * t[q]!;
          for (const i of s.sets[k]!) x += scores[i]!;
          return x;
        });
        const top = Math.max(...setScores);
        const e = setScores.map((x) => Math.exp(x - top));
        const total = e.reduce((a, b) => a + b, 0);
        let expected = 0;
        ks.forEach((_, r) => (expected += (e[r]! / total) * value(r)));
        // d(expected)/d(set score) = p (R - E[R]); ascend, so the gradient of the loss is its negative.
        const perSentence = new Float64Array(n);
        ks.forEach((k, r) => {
          const g = -(e[r]! / total) * (value(r) - expected);
          const t = view.terms[r]!;
          for (let q = 0; q < T; q++) if (termMask[q]) grad[oSet + q]! += g * t[q]!;
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
    set: Object.fromEntries(SET_TERM_NAMES.flatMap((name, q) => (termMask[q] ? [[name, round(w[oSet + q]!)]] : []))),
  };
}

/**
 * One model that scores as the mean of `models` (fitted on the same stories, so with the same standardisation):
 * linear parts and set weights averaged, hidden units side by side with their output weights divided by the count.
 */
export function averageModels(models: KeyPointModel[]): KeyPointModel {
  const m = models.length;
  const first = models[0]!;
  const mean = (xs: number[][]): number[] => xs[0]!.map((_, j) => xs.reduce((a, x) => a + x[j]!, 0) / m);
  const round = (x: number): number => Math.round(x * 1e4) / 1e4;
  const set: KeyPointModel['set'] = {};
  for (const name of SET_TERM_NAMES) {
    if (models.some((x) => x.set[name] !== undefined))
      set[name] = round(models.reduce((a, x) => a + (x.set[name] ?? 0), 0) / m);
  }
  return {
    ...first,
    linear: mean(models.map((x) => x.linear)).map(round),
    hidden: models.flatMap((x) => x.hidden),
    hiddenBias: models.flatMap((x) => x.hiddenBias),
    output: models.flatMap((x) => x.output.map((o) => round(o / m))),
    set,
  };
}

/** The model's set for a story (index into view.ks): the best set score among the view's sets. */
export function chosenSet(
  story: StoryRows,
  view: { ks: number[]; terms: number[][] },
  model: KeyPointModel,
  score: (values: number[]) => number,
): number {
  const scores = story.features.map(score);
  const weights = SET_TERM_NAMES.map((name) => model.set[name] ?? 0);
  let best = -1;
  let top = -Infinity;
  view.ks.forEach((k, r) => {
    const t = view.terms[r]!;
    let x = 0;
    for (let q = 0; q < weights.length; q++) x += weights[q]! * t[q]!;
    for (const i of story.sets[k]!) x += scores[i]!;
    if (x > top) [top, best] = [x, r];
  });
  return best;
}

/**
 * Mean R1 and R2 F1 (x100) of the model's sets (after the replayed `rules`) and of the first `size`
 * candidates, over the stories; `perStory` holds the model's R1 and R2 per story (for paired gains).
 */
export function evaluateRows(
  stories: StoryRows[],
  model: KeyPointModel,
  score: (values: number[]) => number,
  rules: RuleOptions = NO_RULES,
): { model: number[]; lead: number[]; perStory: number[][] } {
  const ours = [0, 0];
  const lead = [0, 0];
  const perStory: number[][] = [];
  for (const s of stories) {
    const view = storyView(
      s,
      model.window,
      rules,
      undefined,
      rules.swapMargin !== undefined ? s.features.map(score) : undefined,
    );
    const r = chosenSet(s, view, model, score);
    const got = r >= 0 ? [view.r1[r]!, view.r2[r]!] : [s.r1[0]!, s.r2[0]!];
    perStory.push(got);
    ours[0]! += got[0]!;
    ours[1]! += got[1]!;
    // The sets are lexicographic: the first one is the first `size` candidates.
    lead[0]! += s.r1[0]!;
    lead[1]! += s.r2[0]!;
  }
  const n = Math.max(1, stories.length);
  return { model: ours.map((x) => (100 * x) / n), lead: lead.map((x) => (100 * x) / n), perStory };
}
