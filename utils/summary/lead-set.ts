import { termPairsOf, type PreparedSentences } from './rank-sentences';
import { readsPairs, setTerms, setTermsScore, type KeyPointModel } from './ranker-model';
import { cosine, pairOverlap } from './term-vectors';

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

/** Pairwise similarity of the first `n` candidates (upper triangle used). */
function similarities(prepared: PreparedSentences, n: number): number[][] {
  return Array.from({ length: n }, (_, a) =>
    Array.from({ length: n }, (_, b) =>
      a < b ? cosine(prepared.features[a]!.vector, prepared.features[b]!.vector) : 0,
    ),
  );
}

/** The score of the set of candidate indices `set` (ascending): its sentences' scores plus the set's own terms. */
export function scoreSet(
  prepared: PreparedSentences,
  scores: number[],
  set: number[],
  model: KeyPointModel,
  sim: number[][] = similarities(prepared, Math.max(0, ...set) + 1),
): number {
  let sum = 0;
  let words = 0;
  let max = 0;
  let pairSum = 0;
  let maxPairs = 0;
  let sumPairs = 0;
  const pairs = readsPairs(model);
  for (let a = 0; a < set.length; a++) {
    sum += scores[set[a]!]!;
    words += prepared.lengths[set[a]!]!;
    for (let b = a + 1; b < set.length; b++) {
      const c = sim[set[a]!]![set[b]!]!;
      max = Math.max(max, c);
      pairSum += c;
      if (!pairs) continue;
      const p = pairOverlap(termPairsOf(prepared, set[a]!), termPairsOf(prepared, set[b]!));
      maxPairs = Math.max(maxPairs, p);
      sumPairs += p;
    }
  }
  return sum + setTermsScore(model, setTerms(words, set.length, max, pairSum, { maxPairs, sumPairs, positions: set }));
}

/**
 * The lead set: the best set of `model.size` sentences among an unsectioned article's first
 * `model.window` candidates, in article order (all of them when there are no more than `size`).
 * Only sentences that pass `eligible` (stand alone as a point) are considered while at least `size`
 * of the window do. Ties go to the earlier set. `scores` are the model's sentence scores (rank-sentences.ts).
 */
export function pickLeadSet(
  prepared: PreparedSentences,
  scores: number[],
  model: KeyPointModel,
  eligible: (i: number) => boolean = () => true,
): number[] {
  const { size } = model;
  const n = Math.min(prepared.candidates.length, Math.max(model.window, size));
  const all = Array.from({ length: n }, (_, i) => i);
  const preferred = all.filter(eligible);
  const pool = preferred.length >= size ? preferred : all;
  if (pool.length <= size) return pool;
  const sim = similarities(prepared, n);
  let best: number[] = [];
  let top = -Infinity;
  for (const picks of combinations(pool.length, size)) {
    const set = picks.map((k) => pool[k]!);
    const score = scoreSet(prepared, scores, set, model, sim);
    if (score > top) [top, best] = [score, set];
  }
  return best;
}
