import { describe, expect, it } from 'vitest';
import { fitLeadSet, setRows } from '@/scripts/lib/fit-lead-set';
import { fitStory } from '@/scripts/lib/fit-ranker';
import { rouge } from '@/scripts/lib/rouge';
import { pickLeadSet, SET_FEATURE_NAMES } from '@/utils/summary/lead-set';
import { prepareSentences } from '@/utils/summary/rank-sentences';
import type { Article } from '@/utils/types';

function article(texts: string[]): Article {
  return {
    title: '',
    siteName: null,
    byline: null,
    publishedTime: null,
    lang: 'en',
    isArticle: true,
    blocks: texts.map((text) => ({ kind: 'paragraph', text, section: null })),
  };
}

const TOPICS = ['river', 'school', 'council', 'hospital', 'railway', 'harbour', 'museum', 'bridge'];
/** Stories whose highlights are always the 2nd, 4th and 5th sentences. */
const stories = TOPICS.map((topic, n) => {
  const texts = [
    `The ${topic} story begins with a long and winding opening sentence about events number ${n} that nobody summarises.`,
    `Officials closed the ${topic} on Monday after inspectors found serious cracks in its main walls.`,
    `Background paragraph about the ${topic} history, its founders and the many anniversaries celebrated over the decades.`,
    `Repairs to the ${topic} will cost about ${n + 2} million and take until the end of next year.`,
    `Residents near the ${topic} were told to use other routes while the work goes on.`,
    `A closing line on the ${topic} with general remarks from passers-by about the weather that day.`,
  ];
  const reference = [texts[1]!, texts[3]!, texts[4]!];
  return { prepared: prepareSentences(article(texts)), reference, texts };
});

describe('setRows', () => {
  it('scores every set of the window with ROUGE against the reference', () => {
    const s = stories[0]!;
    const rows = setRows(fitStory(s.prepared, s.reference), 5, 3);
    expect(rows).toHaveLength(10);
    const best = rows.reduce((a, b) => (b.scores[0]! > a.scores[0]! ? b : a));
    expect(best.set).toEqual([1, 3, 4]);
    const direct = rouge([s.texts[1]!, s.texts[3]!, s.texts[4]!], s.reference);
    expect(best.scores[0]).toBeCloseTo(direct.r1.f, 10);
    expect(best.scores[2]).toBeCloseTo(direct.rLsum.f, 10);
    for (const r of rows) expect(r.raw).toHaveLength(SET_FEATURE_NAMES.length);
  });
});

describe('fitLeadSet', () => {
  const rows = stories.map((s) => setRows(fitStory(s.prepared, s.reference), 5, 3));
  const model = fitLeadSet(rows.slice(0, 6), { window: 5, size: 3, l2: 0.0003, iterations: 300 });

  it('learns to pick the highlighted sentences on stories it did not see', () => {
    for (const s of stories.slice(6)) expect(pickLeadSet(s.prepared, model)).toEqual([1, 3, 4]);
  });

  it('is deterministic and ships standardisation with the weights', () => {
    expect(fitLeadSet(rows.slice(0, 6), { window: 5, size: 3, l2: 0.0003, iterations: 300 })).toEqual(model);
    expect(model.mean).toHaveLength(SET_FEATURE_NAMES.length);
    expect(model.scale.every((x) => x > 0)).toBe(true);
  });

  it('subagging averages fits on random subsets: deterministic, different from one fit, still right', () => {
    const options = { window: 5, size: 3, l2: 0.0003, iterations: 300 };
    const bagged = fitLeadSet(rows.slice(0, 6), { ...options, bags: 4, fraction: 0.7, seed: 3 });
    expect(fitLeadSet(rows.slice(0, 6), { ...options, bags: 4, fraction: 0.7, seed: 3 })).toEqual(bagged);
    // These stories are alike, so every subset agrees; on mixed stories the subsets disagree.
    const mixed = [
      ...rows.slice(0, 3),
      ...stories.slice(3, 6).map((st) => setRows(fitStory(st.prepared, st.texts.slice(0, 3)), 5, 3)),
    ];
    const single = fitLeadSet(mixed, options);
    expect(fitLeadSet(mixed, { ...options, bags: 4, fraction: 0.5, seed: 3 }).weights).not.toEqual(single.weights);
    expect(bagged.mean).toEqual(model.mean); // one standardisation, from all the training stories
    for (const s of stories.slice(6)) expect(pickLeadSet(s.prepared, bagged)).toEqual([1, 3, 4]);
    expect(fitLeadSet(rows.slice(0, 6), { ...options, bags: 1 })).toEqual(model);
  });

  it('a strong L2 penalty keeps the weights near zero', () => {
    const tight = fitLeadSet(rows.slice(0, 6), { window: 5, size: 3, l2: 10, iterations: 300 });
    const norm = (w: number[]): number => Math.sqrt(w.reduce((a, x) => a + x * x, 0));
    expect(norm(tight.weights)).toBeLessThan(norm(model.weights) / 5);
  });
});
