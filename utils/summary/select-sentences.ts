import { readsPairs, setTerms, setTermsScore, type KeyPointModel } from './ranker-model';
import { baseScores, termPairsOf, type PreparedSentences } from './rank-sentences';
import { cosine, pairOverlap } from './term-vectors';

/**
 * Greedy selection of `count` sentence indices (in article order) by the learned model: each step
 * takes the sentence that raises the set score most (its own score plus the change in the set's
 * length and similarity terms, ranker-model.ts), so points 4-7 and a sectioned article's points are
 * ranked by the same model as the lead set. With `groups` (one per sentence, e.g. its section), groups
 * take turns, best group first, so the points cover the sections. `initial` indices are kept first
 * (the lead set of an unsectioned article, the lede of a sectioned one). Sentences that pass
 * `eligible` (stand alone as a point, given the points `chosen` so far) are taken first; the others only when
 * none is left (in any group: a group without one skips its turn while others have one).
 */
export function selectSentences(
  prepared: PreparedSentences,
  count: number,
  model: KeyPointModel,
  groups: (string | null)[] | null = null,
  initial: number[] = [],
  scores: number[] = baseScores(prepared, model),
  eligible: (i: number, chosen: readonly number[]) => boolean = () => true,
): number[] {
  const { features, lengths } = prepared;
  const readPairs = readsPairs(model);
  const shared = (i: number, j: number): number =>
    readPairs ? pairOverlap(termPairsOf(prepared, i), termPairsOf(prepared, j)) : 0;
  const chosen: number[] = [];
  let words = 0;
  let max = 0;
  let pairSum = 0;
  let maxPairs = 0;
  let sumPairs = 0;
  // The position terms of the set are left out here: they were fitted on sets of the article's first sentences.
  const gain = (i: number): number => {
    let m = max;
    let s = pairSum;
    let mp = maxPairs;
    let sp = sumPairs;
    for (const j of chosen) {
      const c = cosine(features[i]!.vector, features[j]!.vector);
      m = Math.max(m, c);
      s += c;
      const p = shared(i, j);
      mp = Math.max(mp, p);
      sp += p;
    }
    const shape = { maxPairs: mp, sumPairs: sp };
    return scores[i]! + setTermsScore(model, setTerms(words + lengths[i]!, chosen.length + 1, m, s, shape));
  };
  const add = (i: number): void => {
    for (const j of chosen) {
      const c = cosine(features[i]!.vector, features[j]!.vector);
      max = Math.max(max, c);
      pairSum += c;
      const p = shared(i, j);
      maxPairs = Math.max(maxPairs, p);
      sumPairs += p;
    }
    words += lengths[i]!;
    chosen.push(i);
  };
  const best = (allowed: (i: number) => boolean): number => {
    let pick = -1;
    let top = -Infinity;
    for (let i = 0; i < scores.length; i++) {
      if (chosen.includes(i) || !allowed(i)) continue;
      const g = gain(i);
      if (g > top) [top, pick] = [g, i];
    }
    return pick;
  };
  const take = (allowed: (i: number) => boolean): boolean => {
    let pick = best((i) => allowed(i) && eligible(i, chosen));
    if (pick < 0) pick = best(allowed);
    if (pick < 0) return false;
    add(pick);
    return true;
  };
  const takeEligible = (allowed: (i: number) => boolean): boolean => {
    const pick = best((i) => allowed(i) && eligible(i, chosen));
    if (pick < 0) return false;
    add(pick);
    return true;
  };
  const limit = Math.min(count, scores.length);
  for (const i of initial) if (chosen.length < limit && i >= 0 && i < scores.length && !chosen.includes(i)) add(i);
  const distinct = groups ? [...new Set(groups)] : [];
  if (groups && distinct.length > 1) {
    const bestOf = (g: string | null): number => Math.max(...scores.filter((_, i) => groups[i] === g));
    distinct.sort((a, b) => bestOf(b) - bestOf(a));
    // A group that already has a kept point (the lede's section) takes its next turn after the others.
    const served = (g: string | null): boolean => chosen.some((i) => groups[i] === g);
    const order = [...distinct.filter((g) => !served(g)), ...distinct.filter(served)];
    // A group's turn goes to a sentence that stands alone as a point; a group with none left (an interview
    // question's "He just looked at me funny.") gives its turn up while other groups still have one. Only then
    // do the groups take the rest.
    const turns = (takeOne: (allowed: (i: number) => boolean) => boolean): void => {
      let added = true;
      while (added && chosen.length < limit) {
        added = false;
        for (const g of order) if (chosen.length < limit && takeOne((i) => groups[i] === g)) added = true;
      }
    };
    turns(takeEligible);
    turns(take);
  } else {
    while (chosen.length < limit && take(() => true));
  }
  return chosen.sort((a, b) => a - b);
}
