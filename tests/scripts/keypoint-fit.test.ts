import { describe, expect, it } from 'vitest';
import {
  ALL_RULES,
  averageModels,
  evaluateRows,
  fitModel,
  replayRules,
  storyRows,
  storySetTerms,
  storyView,
  type FitOptions,
  type StoryRows,
} from '@/scripts/lib/keypoint-fit';
import { seededRandom } from '@/scripts/lib/seeded-random';
import { rougeN, tokenize } from '@/scripts/lib/rouge';
import { combinations } from '@/utils/summary/lead-set';
import { prepareSentences } from '@/utils/summary/rank-sentences';
import { sentenceScore } from '@/utils/summary/ranker-model';
import { FEATURE_NAMES } from '@/utils/summary/sentence-features';
import { articleFromParagraphs as article } from '@/scripts/lib/load-document';

describe('storyRows', () => {
  const texts = [
    'A fire destroyed a warehouse near the harbour early on Sunday morning, the fire service said.',
    'Firefighters fought the blaze for six hours before bringing it under control at dawn.',
    'Nobody was hurt, but the owners said the damage would run to several million dollars.',
    'The cause of the fire is not yet known and an investigation has begun.',
    'Residents of nearby streets were told to keep their windows shut because of the smoke.',
  ];
  const reference = ['Fire destroys harbour warehouse on Sunday.', 'Nobody hurt; damage runs to millions.'];

  it('keeps the window, lists every set and scores it like rouge.ts', () => {
    const prepared = prepareSentences(article(texts));
    const rows = storyRows(prepared, reference, 4, 3);
    expect(rows.n).toBe(4);
    expect(rows.features).toHaveLength(4);
    expect(rows.features[0]).toHaveLength(FEATURE_NAMES.length);
    expect(rows.sets).toEqual(combinations(4, 3));
    const ref = reference.flatMap((r) => tokenize(r));
    rows.sets.forEach((set, k) => {
      const flat = set.flatMap((i) => tokenize(texts[i]!));
      expect(rows.r1[k]).toBeCloseTo(rougeN(flat, ref, 1).f, 12);
      expect(rows.r2[k]).toBeCloseTo(rougeN(flat, ref, 2).f, 12);
    });
    // Pairs and single sentences are scored too (for points the rules drop), in combinations() order.
    const small = [...combinations(4, 1), ...combinations(4, 2)];
    small.forEach((set, k) => {
      const flat = set.flatMap((i) => tokenize(texts[i]!));
      expect(rows.smallR1![k]).toBeCloseTo(rougeN(flat, ref, 1).f, 12);
    });
    expect(rows.lengths).toEqual(prepared.lengths.slice(0, 4));
    expect(rows.eligible).toEqual([1, 1, 1, 1]);
    // The set with the first and third sentences matches the reference best.
    const best = rows.r1.indexOf(Math.max(...rows.r1));
    expect(rows.sets[best]).toEqual(expect.arrayContaining([0, 2]));
  });
});

/**
 * Synthetic stories: sentence i has a random `centrality`; the target rewards sets of high-centrality
 * sentences. A fit must learn a positive centrality weight and choose better sets than the first three.
 */
function synthetic(count: number, seed: number): StoryRows[] {
  const rand = seededRandom(seed);
  const at = FEATURE_NAMES.indexOf('centrality');
  return Array.from({ length: count }, () => {
    const n = 6;
    const features = Array.from({ length: n }, () => {
      const row = new Array<number>(FEATURE_NAMES.length).fill(0);
      row[at] = rand();
      return row;
    });
    const sets = combinations(n, 3);
    const value = sets.map((set) => set.reduce((a, i) => a + features[i]![at]!, 0) / 3);
    return { n, features, sets, terms: sets.map(() => [1, 1, 0, 0]), r1: value, r2: value };
  });
}

/** A story of 5 candidates whose R1 is the share of its sentences among 0, 1 and 2 (R2 the same / 2). */
function ruled(extra: Partial<StoryRows>): StoryRows {
  const n = 5;
  const sets = combinations(n, 3);
  const value = (set: number[]): number => set.filter((i) => i < 3).length / 3;
  const small = [...combinations(n, 1), ...combinations(n, 2)];
  return {
    n,
    features: Array.from({ length: n }, () => new Array<number>(FEATURE_NAMES.length).fill(0)),
    sets,
    terms: sets.map(() => [1, 1, 0, 0]),
    r1: sets.map(value),
    r2: sets.map((set) => value(set) / 2),
    lengths: [10, 20, 30, 40, 50],
    pairSimilarity: new Array<number>(10).fill(0),
    pairBigrams: combinations(n, 2).map(([a, b]) => (a === 0 && b === 4 ? 0.5 : 0)),
    eligible: [1, 1, 1, 1, 1],
    swap: [0, 0, 0, 0, 0],
    repeat: new Array<number>(10).fill(0),
    smallR1: small.map(value),
    smallR2: small.map((set) => value(set) / 2),
    ...extra,
  };
}

describe('replaying the lead-set rules', () => {
  it('scores the set the pipeline would show: a leaning point gives way to the sentence before it', () => {
    const story = ruled({ swap: [0, 0, 0, 1, 0] });
    const k = story.sets.findIndex((s) => s.join() === '0,1,3');
    expect(replayRules(story, k, {})).toEqual([2 / 3, 1 / 3]);
    // 3 gives way to 2: the set shown is 0, 1, 2.
    expect(replayRules(story, k, { swap: true })).toEqual([1, 0.5]);
  });

  it('drops a point that repeats an earlier one and scores the rest', () => {
    const repeat = combinations(5, 2).map(([a, b]) => (a === 1 && b === 2 ? 1 : 0));
    const story = ruled({ repeat });
    const k = story.sets.findIndex((s) => s.join() === '1,2,4');
    // 2 repeats 1: the points shown are 1 and 4, scored as that pair (one of them among 0-2: 1/3).
    expect(replayRules(story, k, { repeat: true })).toEqual([1 / 3, 1 / 6]);
  });

  it('draws the sets from the eligible candidates while at least three are', () => {
    const story = ruled({ eligible: [1, 0, 1, 1, 1] });
    expect(storyView(story, 5, ALL_RULES).ks.every((k) => !story.sets[k]!.includes(1))).toBe(true);
    expect(storyView(story, 5, {}).ks).toHaveLength(10);
    const few = ruled({ eligible: [1, 0, 0, 1, 0] });
    expect(storyView(few, 5, ALL_RULES).ks).toHaveLength(10);
  });

  it('computes every set its terms from the rows (length, shared pairs, positions)', () => {
    const story = ruled({});
    const terms = storySetTerms(story);
    const k = story.sets.findIndex((s) => s.join() === '0,1,4');
    expect(terms[k]!.slice(0, 2)).toEqual([80 / 3 / 20, (80 / 3 / 20) ** 2]);
    expect(terms[k]!.slice(4)).toEqual([0.5, 0.5 / 3, 0.4, 0.5, 0.4]);
  });
});

describe('fitModel', () => {
  const options: FitOptions = {
    features: ['centrality', 'length'],
    window: 6,
    size: 3,
    hidden: 0,
    l2: 1e-4,
    epochs: 5,
    batch: 32,
    learningRate: 0.05,
    seed: 1,
  };

  it('learns the feature the target rewards and beats the first three on held-out stories', () => {
    const model = fitModel(synthetic(400, 1), options);
    expect(model.linear[0]).toBeGreaterThan(0.5);
    const held = synthetic(200, 2);
    const { model: ours, lead } = evaluateRows(held, model, (v) => sentenceScore(model, v));
    expect(ours[0]).toBeGreaterThan(lead[0]! + 10);
  });

  it('is deterministic for a seed, and a tiny MLP fits too', () => {
    const stories = synthetic(100, 3);
    expect(fitModel(stories, options)).toEqual(fitModel(stories, options));
    const mlp = fitModel(stories, { ...options, hidden: 4, epochs: 10 });
    expect(mlp.hidden).toHaveLength(4);
    const { model: ours, lead } = evaluateRows(synthetic(200, 4), mlp, (v) => sentenceScore(mlp, v));
    expect(ours[0]).toBeGreaterThan(lead[0]!);
  });

  it('averages fits into one model that scores as their mean', () => {
    const stories = synthetic(100, 5);
    const fits = [1, 2].map((seed) => fitModel(stories, { ...options, hidden: 2, seed }));
    const mean = averageModels(fits);
    expect(mean.hidden).toHaveLength(4);
    const values = stories[0]!.features[0]!;
    const expected = (sentenceScore(fits[0]!, values) + sentenceScore(fits[1]!, values)) / 2;
    expect(sentenceScore(mean, values)).toBeCloseTo(expected, 3);
  });

  it('learns a set term the target rewards (here: sentences far apart)', () => {
    // The target rewards spread sets only; the sentences' own features carry nothing.
    const stories = Array.from({ length: 60 }, () => {
      const story = ruled({});
      const spread = story.sets.map((set) => (set[2]! - set[0]!) / 4);
      return { ...story, r1: spread, r2: spread };
    });
    const model = fitModel(stories, { ...options, window: 5, setTerms: ['spread'], epochs: 20 });
    expect(model.set.spread).toBeGreaterThan(0);
    expect(Object.keys(model.set)).toEqual(['spread']);
  });
});
