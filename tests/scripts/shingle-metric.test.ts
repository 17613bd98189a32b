import { describe, expect, it } from 'vitest';
import { scoreCorpus, scorePage, shingles, tokenize } from '@/scripts/lib/shingle-metric';

describe('tokenize', () => {
  it.each([
    ['Hello, world! 42 times_two', ['Hello', 'world', '42', 'times_two']],
    ['Café — naïve résumé', ['Café', 'naïve', 'résumé']],
    ['中国 天气', ['中国', '天气']],
    ['', []],
    ['--- ...', []],
  ])('%j', (text, tokens) => {
    expect(tokenize(text)).toEqual(tokens);
  });
});

describe('shingles', () => {
  it('counts every run of four tokens as a multiset', () => {
    // a b a b a b -> (a b a b) x2, (b a b a) x1
    expect([...shingles(tokenize('a b a b a b'))].sort()).toEqual([
      ['a\u0000b\u0000a\u0000b', 2],
      ['b\u0000a\u0000b\u0000a', 1],
    ]);
  });
  it('gives one shingle of all tokens for 1 to 3 tokens, none for none', () => {
    expect([...shingles(['x', 'y'])]).toEqual([['x\u0000y', 1]]);
    expect(shingles([]).size).toBe(0);
  });
});

describe('scorePage (hand-checked)', () => {
  it('identical texts: precision = recall = 1, exact', () => {
    const s = scorePage('one two three four five', 'one two three four five');
    expect(s).toMatchObject({ precision: 1, recall: 1, exact: true, tp: 1, fp: 0, fn: 0 });
  });
  it('extra text lowers precision only', () => {
    // truth: a b c d e -> 2 shingles; prediction adds f: 3 shingles, 2 shared.
    // tp=2 fp=1 fn=0 -> normalised by 3: P = 2/3, R = 1.
    const s = scorePage('a b c d e f', 'a b c d e');
    expect(s.precision).toBeCloseTo(2 / 3, 10);
    expect(s.recall).toBe(1);
    expect(s.tp).toBeCloseTo(2 / 3, 10);
    expect(s.exact).toBe(false);
  });
  it('missing text lowers recall only', () => {
    // truth: 7 tokens -> 4 shingles; prediction first 5 tokens -> 2 shingles, all shared.
    const s = scorePage('a b c d e', 'a b c d e f g');
    expect(s.precision).toBe(1);
    expect(s.recall).toBeCloseTo(2 / 4, 10);
  });
  it('disjoint texts score 0', () => {
    const s = scorePage('p q r s', 'w x y z');
    expect(s).toMatchObject({ precision: 0, recall: 0 });
  });
  it('empty prediction: recall 0, flagged empty', () => {
    const s = scorePage('', 'w x y z');
    expect(s).toMatchObject({ precision: 0, recall: 0, predictionEmpty: true, truthEmpty: false });
  });
  it('punctuation and spacing do not matter, case does', () => {
    expect(scorePage('One, two; three\n\nfour', 'One two three four').exact).toBe(true);
    expect(scorePage('one two three four', 'One two three four').precision).toBe(0);
  });
});

describe('scoreCorpus', () => {
  it('averages page precision and recall, F1 is the harmonic mean of the averages', () => {
    const pages = [
      scorePage('a b c d e f', 'a b c d e'),
      scorePage('a b c d e', 'a b c d e f g'),
      scorePage('', 'w x y z'),
    ];
    const c = scoreCorpus(pages);
    // Precision over pages with a prediction: (2/3 + 1) / 2; recall over all three: (1 + 1/2 + 0) / 3.
    expect(c.precision).toBeCloseTo(5 / 6, 10);
    expect(c.recall).toBeCloseTo(0.5, 10);
    expect(c.f1).toBeCloseTo((2 * (5 / 6) * 0.5) / (5 / 6 + 0.5), 10);
    expect(c.accuracy).toBe(0);
  });
});
