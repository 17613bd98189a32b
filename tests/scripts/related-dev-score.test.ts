import { describe, expect, it } from 'vitest';
import {
  isStoryTitle,
  isTrackingParam,
  normalizeUrl,
  poolScores,
  scorePage,
  urlMatch,
  type RelatedTruth,
} from '@/scripts/lib/related-dev-score';

const match = (a: string, b: string): 'exact' | 'subset' | null => urlMatch(normalizeUrl(a), normalizeUrl(b));

describe('URL comparison', () => {
  it.each([
    // [listed, truth, expected]
    ['http://example.com/a', 'https://example.com/a', 'exact'],
    ['https://www.example.com/a', 'https://example.com/a', 'exact'],
    ['https://example.com/a/', 'https://example.com/a', 'exact'],
    ['https://example.com/', 'https://example.com', 'exact'],
    ['https://example.com/a#comments', 'https://example.com/a', 'exact'],
    ['https://EXAMPLE.com/a', 'https://example.com/a', 'exact'],
    ['https://example.com/a?b=2&a=1', 'https://example.com/a?a=1&b=2', 'exact'],
    ['https://example.com/a?utm_source=tw&utm_medium=social', 'https://example.com/a', 'exact'],
    ['https://example.com/a?id=7&fbclid=X&gclid=Y', 'https://example.com/a?id=7', 'exact'],
    ['https://example.com/a?ref=home&ref_src=twsrc', 'https://example.com/a', 'exact'],
    ['https://example.com/a?itm_source=x&at_medium=y&pk_campaign=z', 'https://example.com/a', 'exact'],
    ['https://example.com/a?mtm_cid=1&hsa_acc=2&xtor=RSS-3&_ga=4', 'https://example.com/a', 'exact'],
    ['https://example.com/a?cmpid=1&icid=2&intcid=3&ocid=4&ncid=5&smid=6&spm=7', 'https://example.com/a', 'exact'],
    ['https://example.com/a?UTM_Source=x', 'https://example.com/a', 'exact'],
    ['https://example.com/a?amp%3Butm_medium=referral', 'https://example.com/a', 'exact'],
    ['https://example.com/caf%c3%a9', 'https://example.com/café', 'exact'],
    ['https://example.com/%7Euser', 'https://example.com/~user', 'exact'],
    ['https://example.com/a?ref=1', 'https://example.com/a?ref=2', 'exact'],
    // Subset rule, both ways, on the same host and path.
    ['https://example.com/a', 'https://example.com/a?mod=trending_now_1', 'subset'],
    ['https://example.com/a?mod=rss&id=3', 'https://example.com/a?id=3', 'subset'],
    ['http://www.example.com/a/?id=3#x', 'https://example.com/a?id=3&from=rss', 'subset'],
    // No match.
    ['https://example.com/a?id=1', 'https://example.com/a?id=2', null],
    ['https://example.com/a?reference=1', 'https://example.com/a?reference=2', null],
    ['https://example.com/a?id=1&x=1', 'https://example.com/a?id=1&y=1', null],
    ['https://example.com/A', 'https://example.com/a', null],
    ['https://example.com/a', 'https://example.com/b', null],
    ['https://example.com/a', 'https://example.com/a/b', null],
    ['https://m.example.com/a', 'https://example.com/a', null],
    ['https://other.com/a', 'https://example.com/a', null],
  ] as const)('%s vs %s: %s', (listed, truth, expected) => {
    expect(match(listed, truth)).toBe(expected);
    expect(match(truth, listed)).toBe(expected);
  });

  it.each([
    ['utm_campaign', true],
    ['fbclid', true],
    ['ref', true],
    ['_ga', true],
    ['amp;utm_medium', true],
    ['reference', false],
    ['id', false],
    ['page', false],
    ['at', false],
  ] as const)('tracking parameter %s: %s', (name, expected) => {
    expect(isTrackingParam(name)).toBe(expected);
  });

  it('a key is host, path and sorted parameters', () => {
    expect(normalizeUrl('HTTP://www.Example.com/news/story/?z=1&utm_source=x&a=2#top').key).toBe(
      'example.com/news/story?a=2&z=1',
    );
  });
});

const truth = (over: Partial<RelatedTruth> = {}): RelatedTruth => ({
  url: 'https://news.example/story',
  site: 'news.example',
  widget: [],
  inline: [],
  optional: [],
  ...over,
});
const w = (n: number, module = 'Related'): RelatedTruth['widget'][number] => ({
  url: `https://news.example/w${n}`,
  title: `Widget story ${n}`,
  module,
});
const i = (n: number): RelatedTruth['inline'][number] => ({ url: `https://other.example/i${n}`, title: `Inline ${n}` });
const o = (n: number): RelatedTruth['optional'][number] => ({
  url: `https://news.example/video/${n}`,
  title: `Video ${n}`,
  why: 'titled video pages',
});
const item = (url: string): { url: string; title: string } => ({ url, title: url });
const range = (n: number): number[] => Array.from({ length: n }, (_, k) => k + 1);

describe('scorePage', () => {
  it.each([
    {
      name: 'all correct',
      truth: truth({ widget: [w(1), w(2)], inline: [i(1)] }),
      listed: [w(1).url, i(1).url],
      want: { items: 2, correct: 2, precision: 1, found10: 2, relevant10: 3, moduleCovered: true },
    },
    {
      name: 'a wrong item lowers precision only',
      truth: truth({ widget: [w(1)] }),
      listed: [w(1).url, 'https://news.example/tag/politics'],
      want: { items: 2, correct: 1, precision: 0.5, found10: 1, relevant10: 1 },
    },
    {
      name: 'a repeat (same link in another form) is wrong',
      truth: truth({ widget: [w(1), w(2)] }),
      listed: [w(1).url, `http://www.news.example/w1/?utm_source=x#top`],
      want: { items: 2, correct: 1, precision: 0.5, found: 1 },
    },
    {
      name: 'a repeat through the parameter-subset rule is wrong',
      truth: truth({ inline: [{ url: 'https://other.example/a?id=1', title: 'A' }] }),
      listed: ['https://other.example/a?id=1', 'https://other.example/a'],
      want: { items: 2, correct: 1, precision: 0.5 },
    },
    {
      name: 'the same URL twice is a repeat even when another truth link would match it loosely',
      truth: truth({
        inline: [
          { url: 'https://other.example/a?id=1', title: 'A1' },
          { url: 'https://other.example/a?id=2', title: 'A2' },
        ],
      }),
      listed: ['https://other.example/a', 'https://other.example/a/'],
      want: { items: 2, correct: 1, precision: 0.5, found: 1 },
    },
    {
      name: 'optional items are dropped before scoring',
      truth: truth({ widget: [w(1)], optional: [o(1), o(2)] }),
      listed: [o(1).url, w(1).url, 'https://news.example/about', o(2).url],
      want: { listed: 4, dropped: 2, items: 2, correct: 1, precision: 0.5 },
    },
    {
      name: 'an optional link matched by the subset rule is dropped too',
      truth: truth({ optional: [{ url: 'https://news.example/video?vid=9', title: 'V', why: 'video' }] }),
      listed: ['https://news.example/video/'],
      want: { dropped: 1, items: 0, correct: 0, precision: null },
    },
    {
      name: 'an item that is exactly a widget link and only loosely an optional one counts as the widget link',
      truth: truth({
        widget: [{ url: 'https://news.example/live', title: 'Live', module: 'Latest' }],
        optional: [{ url: 'https://news.example/live?day=2', title: 'Live, day 2', why: 'hub page' }],
      }),
      listed: ['https://news.example/live'],
      want: { dropped: 0, items: 1, correct: 1, moduleCovered: true },
    },
    {
      name: 'only optional items: nothing to score',
      truth: truth({ widget: [w(1)], optional: [o(1)] }),
      listed: [o(1).url],
      want: { items: 0, precision: null, found10: 0, relevant10: 1, recall10: 0, moduleCovered: false },
    },
    {
      name: 'recall@10 caps the relevant count at 10',
      truth: truth({ widget: range(15).map((n) => w(n)) }),
      listed: range(10).map((n) => w(n).url),
      want: { found: 10, relevant: 15, found10: 10, relevant10: 10, recall10: 1 },
    },
    {
      name: 'recall@10 with fewer found',
      truth: truth({ inline: range(15).map(i) }),
      listed: range(5).map((n) => i(n).url),
      want: { found10: 5, relevant10: 10, recall10: 0.5, moduleCovered: null },
    },
    {
      name: 'recall@10 caps the found count at 10',
      truth: truth({ inline: range(12).map(i) }),
      listed: range(12).map((n) => i(n).url),
      want: { correct: 12, found10: 10, relevant10: 10, recall10: 1 },
    },
    {
      name: 'a link in a widget and in the text is one relevant link',
      truth: truth({ widget: [w(1)], inline: [{ url: w(1).url, title: 'same' }, i(1)] }),
      listed: [w(1).url],
      want: { relevant: 2, found: 1, recall10: 0.5, moduleCovered: true },
    },
    {
      name: 'module not covered when only inline links are listed',
      truth: truth({ widget: [w(1)], inline: [i(1)] }),
      listed: [i(1).url],
      want: { correct: 1, hasWidget: true, moduleCovered: false },
    },
    {
      name: 'no widget module: coverage does not apply',
      truth: truth({ inline: [i(1)] }),
      listed: [],
      want: { items: 0, precision: null, recall10: 0, hasWidget: false, moduleCovered: null },
    },
    {
      name: 'no related reading at all',
      truth: truth(),
      listed: ['https://news.example/other'],
      want: { items: 1, correct: 0, precision: 0, relevant10: 0, recall10: null, moduleCovered: null },
    },
    {
      name: 'the page itself is wrong',
      truth: truth({ widget: [w(1)] }),
      listed: ['https://news.example/story'],
      want: { items: 1, correct: 0, moduleCovered: false },
    },
  ])('$name', ({ truth: t, listed, want }) => {
    expect(scorePage(listed.map(item), t)).toMatchObject(want);
  });

  it('marks every listed item', () => {
    const s = scorePage(
      [w(1).url, o(1).url, i(1).url, w(1).url, 'https://news.example/x'].map(item),
      truth({ widget: [w(1)], inline: [i(1), i(2)], optional: [o(1)] }),
    );
    expect(s.verdicts.map((v) => v.verdict.kind)).toEqual(['widget', 'optional', 'inline', 'repeat', 'wrong']);
    expect(s.missed.map((m) => m.url)).toEqual([i(2).url]);
  });

  it('marks a loose repeat (parameter-subset rule) as a repeat', () => {
    const s = scorePage(
      ['https://other.example/a?id=1', 'https://other.example/a'].map(item),
      truth({ inline: [{ url: 'https://other.example/a?id=1', title: 'A' }] }),
    );
    expect(s.verdicts.map((v) => v.verdict.kind)).toEqual(['inline', 'repeat']);
  });
});

describe('poolScores', () => {
  it('pools sums, not means of page ratios', () => {
    const a = scorePage([item(w(1).url)], truth({ widget: [w(1)] }));
    const b = scorePage(
      [w(1).url, 'https://news.example/x', 'https://news.example/y'].map(item),
      truth({ widget: range(12).map((n) => w(n)) }),
    );
    const c = scorePage([], truth({ inline: [i(1)] }));
    const none = scorePage([], truth());
    const p = poolScores([a, b, c, none]);
    // precision: (1 + 1) / (1 + 3); recall@10: (1 + 1 + 0) / (1 + 10 + 1); coverage: 2 of 2 widget pages.
    expect(p).toMatchObject({ items: 4, correct: 2, found10: 2, relevant10: 12, widgetPages: 2, coveredPages: 2 });
    expect(p.precision).toBeCloseTo(0.5, 10);
    expect(p.recall10).toBeCloseTo(2 / 12, 10);
    expect(p.moduleCoverage).toBe(1);
  });
});

describe('isStoryTitle', () => {
  it.each([
    ['Apple unveils a bigger MacBook Pro', true],
    ["Biden's plan won't pass the Senate", true],
    ['Watch: the moment a bridge collapsed', true],
    ['中国经济增长放缓至百分之六', true],
    ['Trump visits China', false],
    ['Read more', false],
    ['Read the full story here', false],
    ['Click here to read more', false],
    ['See all related articles', false],
    ['中国经济', false],
    ['https://example.com/a-long-story-about-many-things', false],
    ['', false],
  ] as const)('%j: %s', (title, expected) => {
    expect(isStoryTitle(title)).toBe(expected);
  });
});
