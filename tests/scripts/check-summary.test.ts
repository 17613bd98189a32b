import { describe, expect, it } from 'vitest';
import { summaryProblems } from '@/scripts/lib/fuzz/check-summary';
import type { PageSummary, WhyItMatters } from '@/utils/types';

const TEXT = 'Fares rise 4% in January.\n\nStudents pay less than before.\n\nThe council votes in March.';

const summary = (whyItMatters: unknown): PageSummary => ({
  url: 'https://news.example.com/a.html',
  title: 'Fares',
  siteName: null,
  byline: null,
  publishedTime: null,
  lang: 'en',
  isArticle: true,
  wordCount: 14,
  readingMinutes: 1,
  text: TEXT,
  keyPoints: [{ text: 'Fares rise 4% in January.', section: null }],
  whyItMatters: whyItMatters as WhyItMatters,
  related: [],
});

const PICKED = {
  origin: 'picked',
  title: '',
  columns: [],
  rows: [
    ['numbers', 'Fares rise 4% in January.'],
    ['next', 'The council votes in March.'],
  ],
  sources: [
    { block: 0, start: 0, end: 25 },
    { block: 2, start: 0, end: 27 },
  ],
};

const problems = (why: unknown) => summaryProblems(summary(why), 5, 'full');

describe('summaryProblems: the why-it-matters table', () => {
  it.each([
    ['table', { origin: 'table', title: 'Why', columns: ['A', 'B'], rows: [['a', 'b']] }],
    ['list', { origin: 'list', title: 'Why', columns: [], rows: [['Cost', 'It rises.']] }],
    ['labelled', { origin: 'labelled', title: '', columns: [], rows: [['Why it matters', 'Fares rise.']] }],
    ['takeaways', { origin: 'takeaways', title: 'Key takeaways', columns: [], rows: [['Fares rise.']] }],
    ['picked', PICKED],
  ])('accepts a %s table', (_origin, why) => {
    expect(problems(why)).toEqual([]);
  });

  it("rejects the old 'derived' origin and unknown ones", () => {
    expect(problems({ origin: 'derived', title: '', columns: [], rows: [['S', 'x']] })).toEqual([
      'whyItMatters.origin is derived',
    ]);
    expect(problems({ ...PICKED, origin: 'generated' })).toEqual(['whyItMatters.origin is generated']);
  });

  it.each([
    ['a title', { ...PICKED, title: 'Why this matters' }, /title is not ''/],
    ['column names', { ...PICKED, columns: ['Label', 'Sentence'] }, /columns is not \[\]/],
    [
      'an unknown label',
      { ...PICKED, rows: [['impact', 'Fares rise 4% in January.'], PICKED.rows[1]] },
      /unknown label/,
    ],
    [
      'an English label instead of a key',
      { ...PICKED, rows: [['By the numbers', 'Fares rise 4% in January.'], PICKED.rows[1]] },
      /unknown label/,
    ],
    ['an empty sentence', { ...PICKED, rows: [['numbers', '  '], PICKED.rows[1]] }, /has no sentence/],
    [
      'a row of three cells',
      { ...PICKED, rows: [['numbers', 'Fares rise 4% in January.', 'x'], PICKED.rows[1]] },
      /is not \[label, sentence\]/,
    ],
    ['fewer sources than rows', { ...PICKED, sources: PICKED.sources.slice(1) }, /sources is not one per row/],
    ['no sources', { ...PICKED, sources: undefined }, /sources is not one per row/],
    [
      'a malformed source',
      { ...PICKED, sources: [{ block: 0, start: 9, end: 2 }, PICKED.sources[1]] },
      /sources\[0\] is malformed/,
    ],
    [
      'a sentence not in the text',
      { ...PICKED, rows: [['numbers', 'Fares fall.'], PICKED.rows[1]] },
      /not in the text/,
    ],
  ])('rejects a picked table with %s', (_what, why, message) => {
    const found = problems(why);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });

  it("checks a picked sentence against the text only at the 'full' level", () => {
    const why = { ...PICKED, rows: [['numbers', 'Fares fall.'], PICKED.rows[1]] };
    expect(summaryProblems(summary(why), 5, 'types')).toEqual([]);
  });
});
