import { describe, expect, it } from 'vitest';
import { compareSystems, readabilityLead } from '../../scripts/lib/blind-baseline';

const page = (paragraphs: string[]): string =>
  `<html><head><title>A story</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
   <article><h1>A story</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>
   <footer>Copyright 2026 Example</footer></body></html>`;

describe('the blind baseline: plain Readability, Lead-N', () => {
  const paragraphs = [
    'The council voted on Tuesday to close the old bridge to cars. It will stay open to people on foot and bikes.',
    'Engineers found cracks in two of its piers during an inspection in March, the city said in a statement.',
    'Repairs are expected to cost about 4 million euros and to take most of next year, according to the council.',
    'Residents who drive across the river every day will have to take the ring road instead, adding ten minutes.',
  ];

  it('takes the first N sentences of the article, in order, split inside paragraphs', () => {
    const lead = readabilityLead(page(paragraphs), 3);
    expect(lead).toEqual([
      'The council voted on Tuesday to close the old bridge to cars.',
      'It will stay open to people on foot and bikes.',
      'Engineers found cracks in two of its piers during an inspection in March, the city said in a statement.',
    ]);
  });

  it('leaves out what Readability leaves out (navigation, footer)', () => {
    const lead = readabilityLead(page(paragraphs), 10).join(' ');
    expect(lead).not.toMatch(/Home|Copyright/);
    expect(readabilityLead(page(paragraphs), 10)).toHaveLength(5);
  });
});

describe('unmasking a blind judgement', () => {
  const key = { one: 'A', two: 'B', three: 'A' } as const;
  const pages = [
    { id: 'one', list: 'A', pageGood: true },
    { id: 'one', list: 'B', pageGood: false },
    { id: 'two', list: 'A', pageGood: true },
    { id: 'two', list: 'B', pageGood: false },
    { id: 'three', list: 'A', pageGood: false },
    { id: 'three', list: 'B', pageGood: false },
    { id: 'stray', list: 'A', pageGood: true },
    { id: 'one', pageGood: true },
  ];
  const points = [
    { id: 'one', list: 'A', good: true },
    { id: 'one', list: 'B', good: false, junk: true },
    { id: 'two', list: 'B', good: true },
  ];

  it('counts each list under the system the key says it was', () => {
    const c = compareSystems(key, pages, points);
    expect(c.newsLens).toEqual({ pages: 3, pagesGood: 1, points: 2, pointsGood: 2, junk: 0 });
    expect(c.baseline).toEqual({ pages: 3, pagesGood: 1, points: 1, pointsGood: 0, junk: 1 });
    expect(c.onlyNewsLens).toEqual(['one']);
    expect(c.onlyBaseline).toEqual(['two']);
  });

  it('reports judged pages missing from the key, and ignores lines without a list (the title line)', () => {
    expect(compareSystems(key, pages).notInKey).toEqual(['stray']);
  });
});
