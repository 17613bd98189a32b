import { describe, expect, it } from 'vitest';
import { combinations, pickLeadSet, scoreSet } from '@/utils/summary/lead-set';
import { pickKeyPoints } from '@/utils/summary/pick-key-points';
import { baseScores, prepareSentences } from '@/utils/summary/rank-sentences';
import { sentenceScore, setTerms, type KeyPointModel } from '@/utils/summary/ranker-model';
import { KEYPOINT_MODEL } from '@/utils/summary/ranker-weights';
import { FEATURE_NAMES } from '@/utils/summary/sentence-features';
import { articleFromParagraphs as article } from '@/scripts/lib/load-document';

/** A linear model with no sentence weights: only the set's mean length (words / 20) counts. */
function lengthOnly(weight: number, window = 5): KeyPointModel {
  return {
    window,
    size: 3,
    features: ['length'],
    mean: [0],
    scale: [1],
    linear: [0],
    hidden: [],
    hiddenBias: [],
    output: [],
    priors: {},
    set: { words: weight, wordsSquared: 0, maxSimilarity: 0, meanSimilarity: 0 },
  };
}

const story = article([
  'The river burst its banks on Monday night and flooded more than two hundred homes in the lower town.',
  'Rescue teams in boats carried dozens of residents, many of them elderly, to the school on the hill.',
  'Short sentence with exactly eight words here.',
  'The mayor said the town would ask the national government for emergency funds to repair the damaged roads and bridges.',
  'Another short one of just eight words.',
  'Forecasters expect more heavy rain over the weekend, and the water authority warned that the dams upstream were nearly full and that more evacuations could follow.',
]);

describe('combinations', () => {
  it('lists every k-subset once, in lexicographic order', () => {
    expect(combinations(4, 2)).toEqual([
      [0, 1],
      [0, 2],
      [0, 3],
      [1, 2],
      [1, 3],
      [2, 3],
    ]);
    expect(combinations(5, 3)).toHaveLength(10);
    expect(combinations(2, 3)).toEqual([]);
  });
});

describe('the key-point model', () => {
  it('scores a sentence by its standardised features, linear part and hidden units', () => {
    const values = FEATURE_NAMES.map((_, k) => k / 10);
    const at = (name: (typeof FEATURE_NAMES)[number]): number => values[FEATURE_NAMES.indexOf(name)]!;
    const model: KeyPointModel = {
      ...lengthOnly(0),
      features: ['length', 'centrality'],
      mean: [0.5, 0.1],
      scale: [2, 1],
      linear: [1, -1],
      hidden: [[0.5, 0.25]],
      hiddenBias: [0.1],
      output: [2],
      priors: { headingOverlap: 3 },
    };
    const z = [(at('length') - 0.5) / 2, at('centrality') - 0.1];
    const expected = z[0]! - z[1]! + 2 * Math.tanh(0.1 + 0.5 * z[0]! + 0.25 * z[1]!) + 3 * at('headingOverlap');
    expect(sentenceScore(model, values)).toBeCloseTo(expected, 10);
  });

  it('describes a set by its mean length and its closest and mean similarity', () => {
    expect(setTerms(120, 3, 0.5, 0.9)).toEqual([2, 4, 0.5, 0.3, 0, 0, 0, 0, 0]);
    expect(setTerms(20, 1, 0, 0)).toEqual([1, 1, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('describes a set by its shared word pairs and where its sentences lie', () => {
    // Pairs: largest share 0.6, mean 0.9 / 3; sentences 1, 2 and 5: spread 0.4, one of two neighbours adjacent.
    const [, , , , maxPairs, meanPairs, spread, adjacent, last] = setTerms(60, 3, 0, 0, {
      maxPairs: 0.6,
      sumPairs: 0.9,
      positions: [5, 1, 2],
    });
    expect([maxPairs, meanPairs, spread, adjacent, last]).toEqual([0.6, 0.3, 0.4, 0.5, 0.5]);
  });

  it('scores a set as its sentences plus its own terms', () => {
    const prepared = prepareSentences(story);
    const scores = [1, 2, 3, 4, 5, 6];
    const model = lengthOnly(-1);
    const words = prepared.lengths[0]! + prepared.lengths[2]! + prepared.lengths[4]!;
    expect(scoreSet(prepared, scores, [0, 2, 4], model)).toBeCloseTo(1 + 3 + 5 - words / 3 / 20, 10);
  });
});

describe('set terms at run time', () => {
  // Sentences 0 and 2 share the word pairs of "emergency funds to repair the damaged roads".
  const repeated = article([
    'The town will ask for emergency funds to repair the damaged roads and the old bridges this week.',
    'Rescue teams in boats carried dozens of residents, many of them elderly, to the school on the hill.',
    'Officials confirmed the request for emergency funds to repair the damaged roads and the bridges.',
    'Forecasters expect more heavy rain over the weekend and warned that the dams were nearly full.',
  ]);
  const withPairs = (weight: number): KeyPointModel => ({ ...lengthOnly(0, 4), set: { maxPairs: weight } });

  it('a model that weighs shared word pairs keeps two sentences sharing a phrase apart', () => {
    const scores = [3, 0, 3, 0];
    expect(pickLeadSet(prepareSentences(repeated), scores, withPairs(0))).toEqual([0, 1, 2]);
    expect(pickLeadSet(prepareSentences(repeated), scores, withPairs(-10))).not.toEqual(expect.arrayContaining([0, 2]));
  });

  it('a model that weighs where the sentences lie prefers adjacent sentences', () => {
    const model: KeyPointModel = { ...lengthOnly(0, 6), set: { adjacent: 5 } };
    expect(pickLeadSet(prepareSentences(story), [0, 0, 0, 0, 0, 0], { ...model, set: { spread: 5 } })).toEqual([
      0, 1, 5,
    ]);
    expect(pickLeadSet(prepareSentences(story), [0, 0, 0, 0, 1, 1], model)).toEqual([3, 4, 5]);
    expect(pickLeadSet(prepareSentences(story), [0, 0, 0, 0, 1, 1], lengthOnly(0, 6))).toEqual([0, 4, 5]);
  });
});

describe('pickLeadSet', () => {
  const none = (): number[] => new Array<number>(6).fill(0);
  it('follows the model: a length penalty picks the shortest sentences of the window', () => {
    expect(pickLeadSet(prepareSentences(story), none(), lengthOnly(-1))).toEqual([1, 2, 4]);
  });

  it('follows the model: a length bonus picks the longest', () => {
    expect(pickLeadSet(prepareSentences(story), none(), lengthOnly(1))).toEqual([0, 1, 3]);
  });

  it('follows the sentence scores', () => {
    expect(pickLeadSet(prepareSentences(story), [0, 5, 0, 5, 5, 9], lengthOnly(0))).toEqual([1, 3, 4]);
    expect(pickLeadSet(prepareSentences(story), [0, 5, 0, 5, 5, 9], lengthOnly(0, 6))).toEqual([1, 3, 5]);
  });

  it('never looks past the window', () => {
    const prepared = prepareSentences(story);
    expect(pickLeadSet(prepared, none(), lengthOnly(1, 4))).toEqual([0, 1, 3]);
    expect(pickLeadSet(prepared, none(), lengthOnly(1, 3))).toEqual([0, 1, 2]);
  });

  it('takes every candidate when there are no more than the set size', () => {
    const prepared = prepareSentences(article(story.blocks.slice(0, 2).map((b) => (b as { text: string }).text)));
    expect(pickLeadSet(prepared, [0, 0], KEYPOINT_MODEL)).toEqual([0, 1]);
  });
});

describe('pickKeyPoints with the lead set', () => {
  it('starts from the lead set and adds further points by the same model, sentences that stand alone first', () => {
    const model = lengthOnly(-1);
    const text = (i: number): string => (story.blocks[i] as { text: string }).text;
    // Sentences 2 and 4 have 7 words: too short to stand alone, so the shortest eligible set is 0, 1, 3.
    const three = pickKeyPoints(story, { count: 3, model }).map((k) => k.text);
    expect(three).toEqual([0, 1, 3].map(text));
    // The fourth point: the only other sentence that stands alone; the fifth: the shorter of the rest.
    const five = pickKeyPoints(story, { count: 5, model }).map((k) => k.text);
    expect(five).toHaveLength(5);
    for (const t of three) expect(five).toContain(t);
    expect(five).toContain(text(5));
  });

  it('the lead set keeps to eligible sentences while enough of the window are', () => {
    const prepared = prepareSentences(story);
    const none = new Array<number>(6).fill(0);
    expect(pickLeadSet(prepared, none, lengthOnly(-1), (i) => i !== 2 && i !== 4)).toEqual([0, 1, 3]);
    // Fewer than three eligible: the whole window again.
    expect(pickLeadSet(prepared, none, lengthOnly(-1), (i) => i === 0)).toEqual([1, 2, 4]);
  });

  it('the shipped model is complete and reads only known features', () => {
    const d = KEYPOINT_MODEL.features.length;
    expect(d).toBeGreaterThan(5);
    for (const name of KEYPOINT_MODEL.features) expect(FEATURE_NAMES).toContain(name);
    expect(KEYPOINT_MODEL.mean).toHaveLength(d);
    expect(KEYPOINT_MODEL.scale).toHaveLength(d);
    expect(KEYPOINT_MODEL.linear).toHaveLength(d);
    for (const row of KEYPOINT_MODEL.hidden) expect(row).toHaveLength(d);
    expect(KEYPOINT_MODEL.output).toHaveLength(KEYPOINT_MODEL.hidden.length);
    expect(KEYPOINT_MODEL.window).toBeGreaterThan(KEYPOINT_MODEL.size);
    const scores = baseScores(prepareSentences(story));
    for (const s of scores) expect(Number.isFinite(s)).toBe(true);
  });
});
