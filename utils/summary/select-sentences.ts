import type { RankerModel } from './ranker-model';
import { baseScores, termWeights, type PreparedSentences } from './rank-sentences';
import { cosine } from './term-vectors';

/**
 * Greedy selection of `count` sentence indices (in article order). Each step takes the sentence
 * with the best base score + coverage bonus - redundancy penalty. With `groups` (one per sentence,
 * e.g. its section), groups take turns, best group first, so the points cover the sections.
 * `initial` indices are kept first (the lead set of an unsectioned article, the lede of a sectioned one);
 * without groups, so are the first `model.leadSentences` candidates.
 */
export function selectSentences(
  prepared: PreparedSentences,
  count: number,
  model: RankerModel,
  groups: (string | null)[] | null = null,
  initial: number[] = [],
): number[] {
  const base = baseScores(prepared, model);
  const weights = termWeights(prepared, model.positionDecay);
  const { features, termSets, lengths } = prepared;
  const covered = new Set<string>();
  const chosen: number[] = [];
  const gain = (i: number): number => {
    let fresh = 0;
    for (const t of termSets[i]!) if (!covered.has(t)) fresh += weights.get(t) ?? 0;
    let closest = 0;
    for (const j of chosen) closest = Math.max(closest, cosine(features[i]!.vector, features[j]!.vector));
    return (
      base[i]! + (model.coverage * fresh) / Math.pow(lengths[i]!, model.lengthExponent) - model.redundancy * closest
    );
  };
  const take = (allowed: (i: number) => boolean): boolean => {
    let pick = -1;
    let top = -Infinity;
    for (let i = 0; i < base.length; i++) {
      if (chosen.includes(i) || !allowed(i)) continue;
      const g = gain(i);
      if (g > top) [top, pick] = [g, i];
    }
    if (pick < 0) return false;
    chosen.push(pick);
    for (const t of termSets[pick]!) covered.add(t);
    return true;
  };
  const limit = Math.min(count, base.length);
  const keep = (indices: number[]): void => {
    for (const i of indices) {
      if (chosen.length >= limit || i < 0 || i >= base.length || chosen.includes(i)) continue;
      chosen.push(i);
      for (const t of termSets[i]!) covered.add(t);
    }
  };
  const distinct = groups ? [...new Set(groups)] : [];
  if (groups && distinct.length > 1) {
    keep(initial);
    const bestOf = (g: string | null): number => Math.max(...base.filter((_, i) => groups[i] === g));
    distinct.sort((a, b) => bestOf(b) - bestOf(a));
    // A group that already has a kept point (the lede's section) takes its next turn after the others.
    const served = (g: string | null): boolean => chosen.some((i) => groups[i] === g);
    const order = [...distinct.filter((g) => !served(g)), ...distinct.filter(served)];
    while (chosen.length < limit) {
      for (const g of order) if (chosen.length < limit) take((i) => groups[i] === g);
    }
  } else {
    const lead = Math.min(limit, Math.max(0, Math.floor(model.leadSentences ?? 0)));
    keep([...initial, ...Array.from({ length: lead }, (_, i) => i)]);
    while (chosen.length < limit && take(() => true));
  }
  return chosen.sort((a, b) => a - b);
}
