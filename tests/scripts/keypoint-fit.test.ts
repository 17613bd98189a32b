import { describe, expect, it } from 'vitest';
import { evaluateRows, fitModel, storyRows, type FitOptions, type StoryRows } from '@/scripts/lib/keypoint-fit';
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
});
