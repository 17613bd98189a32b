import { describe, expect, it } from 'vitest';
import {
  articleText,
  atSentenceBoundaries,
  checkVerbatim,
  distribution,
  hasSentenceCells,
  minMedianMax,
  percentile,
  repeatOf,
  excludedIds,
  sampleMixed,
  seededRandom,
  sentenceOf,
  share,
  shuffled,
  sourceMatches,
  verdict,
  wholeSentences,
  type BlockLike,
  type VerbatimReason,
} from '@/scripts/lib/why-metrics';

const BLOCKS: BlockLike[] = [
  { kind: 'heading', text: 'Why the vote matters' },
  {
    kind: 'paragraph',
    text: '(CNN) -- The council voted on Tuesday to close the old bridge. Repairs would cost $40 million, officials said.',
  },
  {
    kind: 'paragraph',
    text: 'Mr. Jones, the mayor, called it "a sad day." Traffic will move to the new span; buses will follow in May.',
  },
  { kind: 'quote', text: 'This bridge carried my family for fifty years and now it is gone.' },
  { kind: 'list-item', text: 'The bridge opened in 1931 and carried 20,000 cars a day' },
  { kind: 'paragraph', text: '"It is over. We will miss it," a neighbour said. "Half of it. Maybe."' },
  { kind: 'table', text: 'Cost | $40 million' },
  {
    kind: 'paragraph',
    text: 'BEIJING — Officials in China watched the vote closely. 北京市政府表示支持。新桥将于五月通车。',
  },
];
const TEXT = BLOCKS.map((b) => b.text).join('\n\n');
const ARTICLE = articleText(BLOCKS, 'en', TEXT);

describe('wholeSentences (the pipeline splitter, datelines cut)', () => {
  it('has every sentence of paragraphs and list items, without datelines, and nothing else', () => {
    const s = wholeSentences(BLOCKS, 'en');
    expect(s.has('The council voted on Tuesday to close the old bridge.')).toBe(true);
    expect(s.has('(CNN) -- The council voted on Tuesday to close the old bridge.')).toBe(false);
    expect(s.has('Mr. Jones, the mayor, called it "a sad day."')).toBe(true);
    expect(s.has('The bridge opened in 1931 and carried 20,000 cars a day')).toBe(true);
    expect(s.has('Officials in China watched the vote closely.')).toBe(true);
    expect(s.has('This bridge carried my family for fifty years and now it is gone.')).toBe(false);
    expect(s.has('Why the vote matters')).toBe(false);
  });
});

describe('checkVerbatim', () => {
  it.each<[string, string, boolean, boolean, VerbatimReason]>([
    ['first sentence after a dateline', 'The council voted on Tuesday to close the old bridge.', true, true, 'ok'],
    ['a middle sentence', 'Repairs would cost $40 million, officials said.', true, true, 'ok'],
    ['a title abbreviation is no boundary', 'Mr. Jones, the mayor, called it "a sad day."', true, true, 'ok'],
    ['a list item without a stop', 'The bridge opened in 1931 and carried 20,000 cars a day', true, true, 'ok'],
    ['a caps dateline cut', 'Officials in China watched the vote closely.', true, true, 'ok'],
    ['a CJK sentence', '北京市政府表示支持。', true, true, 'ok'],
    // At punctuation boundaries, but the pipeline's sentence has no dateline.
    [
      'the dateline kept on',
      '(CNN) -- The council voted on Tuesday to close the old bridge.',
      false,
      true,
      'not-one-sentence',
    ],
    ['rewritten', 'The council voted Tuesday to close the old bridge.', false, false, 'not-in-text'],
    ['trimmed of its stop', 'Repairs would cost $40 million, officials said', false, false, 'fragment'],
    ['a clause before a semicolon', 'Traffic will move to the new span;', false, false, 'fragment'],
    ['a clause after a semicolon', 'buses will follow in May.', false, false, 'fragment'],
    ['cut in the middle of a word', 'he council voted on Tuesday to close the old bridge.', false, false, 'fragment'],
    ['a pull quote', 'This bridge carried my family for fifty years and now it is gone.', false, false, 'not-in-prose'],
    ['a heading', 'Why the vote matters', false, false, 'not-in-prose'],
    ['a table cell', 'Cost | $40 million', false, false, 'not-in-prose'],
    [
      'two sentences merged',
      'The council voted on Tuesday to close the old bridge. Repairs would cost $40 million, officials said.',
      false,
      true,
      'not-one-sentence',
    ],
    [
      'across two blocks',
      'Repairs would cost $40 million, officials said.\n\nMr. Jones, the mayor, called it "a sad day."',
      false,
      false,
      'not-in-prose',
    ],
    ['one quotation of two sentences', '"It is over. We will miss it," a neighbour said.', true, true, 'one-quotation'],
    ['surrounding white space', ' Repairs would cost $40 million, officials said.', false, false, 'fragment'],
    ['empty', '', false, false, 'not-in-text'],
  ])('%s', (_name, sentence, ok, boundaries, reason) => {
    expect(checkVerbatim(sentence, ARTICLE)).toEqual({ ok, boundaries, reason });
  });
});

describe('atSentenceBoundaries (text only, no splitter)', () => {
  it.each<[string, string, readonly string[], boolean]>([
    ['whole text', 'One two three.', ['One two three.'], true],
    ['after a stop and a closing quote', 'Then it rained.', ['He said "go." Then it rained.'], true],
    ['before a closing quote is not the end', 'He said "go.', ['He said "go." Then it rained.'], false],
    ['after a line break', 'Second line here.', ['First line\nSecond line here.'], true],
    ['before a line break, unpunctuated', 'First line', ['First line\nSecond line here.'], true],
    ['mid-sentence start', 'line here.', ['First line\nSecond line here.'], false],
    ['an unpunctuated end inside a text', 'He said', ['He said "go." Then it rained.'], false],
    ['a later occurrence counts', 'It rained.', ['Then It rained. It rained.'], true],
    ['a wire dateline', 'Rain fell all day.', ['LONDON (Reuters) - Rain fell all day.'], true],
    ['no dateline, just words before', 'fell all day.', ['Rain fell all day.'], false],
    ['CJK stop without space', '第二句。', ['第一句话很长。第二句。'], true],
    ['not there', 'Snow.', ['Rain fell.'], false],
    ['a trailing left-to-right mark', 'Rain fell. \u200e', ['Rain fell. \u200e"Snow," he said.'], true],
    ['no space after the stop', 'Snow fell.', ['Rain fell.Snow fell.'], false],
  ])('%s', (_name, sentence, texts, expected) => {
    expect(atSentenceBoundaries(sentence, texts)).toBe(expected);
  });
});

describe('sourceMatches', () => {
  it.each<[string, { block: number; start: number; end: number } | undefined, boolean | null]>([
    ['Repairs would cost $40 million, officials said.', { block: 1, start: 63, end: 110 }, true],
    ['Repairs would cost $40 million, officials said.', { block: 1, start: 62, end: 110 }, false],
    ['Repairs would cost $40 million, officials said.', { block: 1, start: 63, end: 109 }, false],
    ['Repairs would cost $40 million, officials said.', { block: 2, start: 63, end: 110 }, false],
    ['Repairs would cost $40 million, officials said.', { block: 99, start: 0, end: 5 }, false],
    ['Repairs would cost $40 million, officials said.', undefined, null],
  ])('%j at %j', (sentence, source, expected) => {
    expect(sourceMatches(sentence, source, BLOCKS)).toBe(expected);
  });
});

describe('repeatOf', () => {
  const points = ['The council voted to close the bridge.', 'Repairs would cost $40 million.'];
  it.each<[string, 'exact' | 'letters' | null]>([
    ['The council voted to close the bridge.', 'exact'],
    ['the council voted to close the bridge', 'letters'],
    ['The  council voted — to close the BRIDGE!', 'letters'],
    ['The council voted to close the old bridge.', null],
    ['Repairs would cost $41 million.', null],
    ['', null],
    ['...', null],
  ])('%j', (cell, expected) => {
    expect(repeatOf(cell, points)).toBe(expected);
  });
  it('finds nothing without key points', () => {
    expect(repeatOf('Anything at all here.', [])).toBeNull();
  });
});

describe('table shapes', () => {
  it.each([
    ['picked', true],
    ['derived', true],
    ['table', false],
    ['list', false],
    ['labelled', false],
    ['takeaways', false],
  ])('%s has sentence cells: %s', (origin, expected) => {
    expect(hasSentenceCells({ origin })).toBe(expected);
  });
  it.each<[string[], string]>([
    [['why', 'A sentence.'], 'A sentence.'],
    [['Heading', 'Another sentence.'], 'Another sentence.'],
    [['Only item.'], 'Only item.'],
    [[], ''],
  ])('sentence of %j', (row, expected) => {
    expect(sentenceOf(row)).toBe(expected);
  });
});

describe('distribution', () => {
  it.each<[string[], [string, number][]]>([
    [[], []],
    [
      ['why', 'next', 'why', 'numbers', 'next', 'why'],
      [
        ['why', 3],
        ['next', 2],
        ['numbers', 1],
      ],
    ],
    // Ties keep the order of first appearance.
    [
      ['b', 'a', 'a', 'b', 'c'],
      [
        ['b', 2],
        ['a', 2],
        ['c', 1],
      ],
    ],
  ])('%j', (values, expected) => {
    expect(distribution(values)).toEqual(expected);
  });
});

describe('percentile and minMedianMax', () => {
  it.each<[number[], number, number]>([
    [[5], 0.5, 5],
    [[1, 2, 3, 4], 0.5, 2.5],
    [[4, 1, 3, 2], 0, 1],
    [[4, 1, 3, 2], 1, 4],
    [[1, 2, 3, 4, 5], 0.5, 3],
    // 0.95 * 19 = 18.05 -> 19 + 0.05 * (20 - 19)
    [Array.from({ length: 20 }, (_, i) => i + 1), 0.95, 19.05],
    [[10, 20], 0.25, 12.5],
  ])('%j at %d', (values, q, expected) => {
    expect(percentile(values, q)).toBeCloseTo(expected, 10);
  });
  it('is NaN without values and leaves its input alone', () => {
    expect(percentile([], 0.5)).toBeNaN();
    const xs = [3, 1, 2];
    percentile(xs, 0.5);
    expect(xs).toEqual([3, 1, 2]);
  });
  it.each<[number[], { min: number; median: number; max: number }]>([
    [[2, 6, 3, 5], { min: 2, median: 4, max: 6 }],
    [[7], { min: 7, median: 7, max: 7 }],
  ])('%j', (values, expected) => {
    expect(minMedianMax(values)).toEqual(expected);
  });
});

describe('share and verdict', () => {
  it.each<[number, number, string]>([
    [19, 20, '19/20 95.0%'],
    [0, 0, '0/0 -'],
    [1, 3, '1/3 33.3%'],
  ])('%d of %d', (k, n, expected) => {
    expect(share(k, n)).toBe(expected);
  });
  it.each<[number, '>=' | '<=' | '==', number, string]>([
    [0.95, '>=', 0.95, 'PASS'],
    [19 / 20, '>=', 0.95, 'PASS'],
    [0.9499, '>=', 0.95, 'MISS'],
    [1, '==', 1, 'PASS'],
    [0.999, '==', 1, 'MISS'],
    [0, '<=', 0, 'PASS'],
    [1, '<=', 0, 'MISS'],
    [NaN, '>=', 0.95, '-'],
  ])('%d %s %d', (value, op, target, expected) => {
    expect(verdict(value, op, target)).toBe(expected);
  });
});

describe('seeded sampling', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const c = seededRandom(8);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect([c(), c(), c()]).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
  it('shuffles without losing or changing items', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const out = shuffled(items, seededRandom(1));
    expect(out).not.toEqual(items);
    expect([...out].sort((x, y) => x - y)).toEqual(items);
    expect(items[0]).toBe(0);
  });
  it.each<[number, number, number, number, number]>([
    // [size of group A, size of group B, n, expected from A, expected from B]
    [61, 1000, 10, 5, 5],
    [61, 1000, 11, 6, 5],
    [3, 1000, 10, 3, 7],
    [3, 2, 10, 3, 2],
    [0, 5, 3, 0, 3],
  ])('mixes groups of %d and %d into %d', (na, nb, n, fromA, fromB) => {
    const a = Array.from({ length: na }, (_, i) => `a${i}`);
    const b = Array.from({ length: nb }, (_, i) => `b${i}`);
    const out = sampleMixed([a, b], n, seededRandom(42));
    expect(out.filter((x) => x.startsWith('a'))).toHaveLength(fromA);
    expect(out.filter((x) => x.startsWith('b'))).toHaveLength(fromB);
    expect(new Set(out).size).toBe(out.length);
    expect(sampleMixed([a, b], n, seededRandom(42))).toEqual(out);
  });
});

describe('excludedIds', () => {
  it('collects the ids of earlier samples so a new sample leaves them out', () => {
    const first = '{"corpus":"aeb-dev","id":"a1","table":null}\n{"corpus":"cnndm-val","id":"s2"}\n';
    const second = '\n{"id":"s3","title":"x"}\n{"title":"no id"}\n';
    expect([...excludedIds([first, second])].sort()).toEqual(['a1', 's2', 's3']);
    expect(excludedIds([]).size).toBe(0);
  });
});
