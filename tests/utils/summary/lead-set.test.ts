import { describe, expect, it } from 'vitest';
import { combinations, pickLeadSet, SET_FEATURE_NAMES, setFeatures, type LeadSetModel } from '@/utils/summary/lead-set';
import { LEAD_SET_MODEL } from '@/utils/summary/lead-set-weights';
import { pickKeyPoints } from '@/utils/summary/pick-key-points';
import { prepareSentences } from '@/utils/summary/rank-sentences';
import type { Article, Block } from '@/utils/types';

const p = (text: string): Block => ({ kind: 'paragraph', text, section: null });
function article(texts: string[]): Article {
  return {
    title: '',
    siteName: null,
    byline: null,
    publishedTime: null,
    lang: 'en',
    isArticle: true,
    blocks: texts.map(p),
  };
}

/** A model whose only non-zero weight is on one set feature. */
function only(feature: (typeof SET_FEATURE_NAMES)[number], weight: number, window = 5): LeadSetModel {
  const d = SET_FEATURE_NAMES.length;
  const weights = new Array<number>(d).fill(0);
  weights[SET_FEATURE_NAMES.indexOf(feature)] = weight;
  return { window, size: 3, mean: new Array<number>(d).fill(0), scale: new Array<number>(d).fill(1), weights };
}

const story = article([
  'The river burst its banks on Monday night and flooded more than two hundred homes in the lower town.',
  'Rescue teams in boats carried dozens of residents, many of them elderly, to the school on the hill.',
  'Short sentence with exactly eight words here.',
  'The mayor said the town would ask the national government for emergency funds to repair the damaged roads and bridges.',
  'Another short one of just eight words.',
  'Forecasters expect more heavy rain over the weekend, and the water authority warned that the dams upstream were nearly full.',
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

describe('setFeatures', () => {
  it('sums sentence features and measures the set (words, similarity, captions)', () => {
    const prepared = prepareSentences(
      article([
        'A man was pulled from the river by two passers-by on Sunday afternoon in the city centre.',
        'The man (pictured) was taken to hospital by the rescue services at the scene .',
        'Two passers-by pulled a man from the river on Sunday afternoon in the city centre.',
      ]),
    );
    const raw = setFeatures(prepared, [0, 1, 2]);
    const at = (name: (typeof SET_FEATURE_NAMES)[number]): number => raw[SET_FEATURE_NAMES.indexOf(name)]!;
    expect(at('first')).toBe(1);
    expect(at('captionLike')).toBe(1);
    expect(at('photoReference')).toBe(1);
    const words = prepared.lengths.reduce((a, b) => a + b, 0);
    expect(at('words')).toBeCloseTo(words / 60, 10);
    expect(at('wordsSquared')).toBeCloseTo((words / 60) ** 2, 10);
    // Sentences 0 and 2 say the same thing: the set's closest pair is very similar.
    expect(at('maxSimilarity')).toBeGreaterThan(0.5);
    expect(at('sumSimilarity')).toBeGreaterThanOrEqual(at('maxSimilarity'));
  });
});

describe('pickLeadSet', () => {
  it('follows the model: a length penalty picks the shortest sentences of the window', () => {
    const prepared = prepareSentences(story);
    expect(pickLeadSet(prepared, only('words', -1))).toEqual([1, 2, 4]);
  });

  it('follows the model: a length bonus picks the longest', () => {
    const prepared = prepareSentences(story);
    expect(pickLeadSet(prepared, only('words', 1))).toEqual([0, 1, 3]);
  });

  it('never looks past the window', () => {
    const prepared = prepareSentences(story);
    expect(pickLeadSet(prepared, only('words', 1, 4))).toEqual([0, 1, 3]);
    expect(pickLeadSet(prepared, only('words', 1, 3))).toEqual([0, 1, 2]);
  });

  it('takes every candidate when there are no more than the set size', () => {
    const prepared = prepareSentences(article(story.blocks.slice(0, 2).map((b) => (b as { text: string }).text)));
    expect(pickLeadSet(prepared, LEAD_SET_MODEL)).toEqual([0, 1]);
  });
});

describe('pickKeyPoints with the lead set', () => {
  it('starts from the lead set and adds further points greedily', () => {
    const model = only('words', -1);
    const three = pickKeyPoints(story, { count: 3, leadSet: model }).map((k) => k.text);
    expect(three).toEqual([2, 4, 1].sort().map((i) => (story.blocks[i] as { text: string }).text));
    const five = pickKeyPoints(story, { count: 5, leadSet: model }).map((k) => k.text);
    expect(five).toHaveLength(5);
    for (const t of three) expect(five).toContain(t);
  });

  it('the shipped model is complete: one weight, mean and scale per feature', () => {
    const d = SET_FEATURE_NAMES.length;
    expect(LEAD_SET_MODEL.weights).toHaveLength(d);
    expect(LEAD_SET_MODEL.mean).toHaveLength(d);
    expect(LEAD_SET_MODEL.scale).toHaveLength(d);
    expect(LEAD_SET_MODEL.window).toBeGreaterThan(LEAD_SET_MODEL.size);
  });
});
