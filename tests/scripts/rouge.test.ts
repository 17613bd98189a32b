import { describe, expect, it } from 'vitest';
import { lcsIndices, rouge, rougeLsum, rougeN, tokenize } from '@/scripts/lib/rouge';

describe('tokenize (ROUGE-1.5.5: lowercase, [^a-z0-9] -> space, Porter stem tokens longer than 3)', () => {
  it.each([
    // "U.S." -> "u s"; "it's" -> "it s"; numbers kept; punctuation gone.
    ["The U.S. said it's 3.5%!", ['the', 'u', 's', 'said', 'it', 's', '3', '5']],
    // Porter: running->run, ponies->poni, caresses->caress, relational->relat; "was" (3 chars) is not stemmed.
    ['Running ponies was caresses relational', ['run', 'poni', 'was', 'caress', 'relat']],
    // 4-character tokens are stemmed ("this" -> "thi", "news" -> "new"); 3-character ones are not ("has").
    ['this news has', ['thi', 'new', 'has']],
    // Non-ASCII letters are separators, as in the Perl script.
    ['café naïve', ['caf', 'na', 've']],
  ])('%s', (text, expected) => {
    expect(tokenize(text)).toEqual(expected);
  });

  it('can skip stemming', () => {
    expect(tokenize('Running ponies', false)).toEqual(['running', 'ponies']);
  });
});

describe('rougeN', () => {
  it('counts clipped unigram and bigram overlap', () => {
    // candidate: the cat sat on the mat (6 tokens); reference: the cat is on the mat (6 tokens)
    // unigrams: the x2 (ref has 2) + cat + on + mat = 5 hits -> P = R = 5/6.
    const c = ['the', 'cat', 'sat', 'on', 'the', 'mat'];
    const r = ['the', 'cat', 'is', 'on', 'the', 'mat'];
    expect(rougeN(c, r, 1).p).toBeCloseTo(5 / 6);
    expect(rougeN(c, r, 1).f).toBeCloseTo(5 / 6);
    // bigrams: c = the-cat cat-sat sat-on on-the the-mat; r = the-cat cat-is is-on on-the the-mat
    // shared: the-cat, on-the, the-mat = 3 of 5 each -> 0.6.
    expect(rougeN(c, r, 2).f).toBeCloseTo(0.6);
  });

  it('clips repeated n-grams to the reference count', () => {
    // candidate "a a a a" vs reference "a b": hits = min(4, 1) = 1; P = 1/4, R = 1/2, F = 2*(1/8)/(3/4) = 1/3.
    const s = rougeN(['a', 'a', 'a', 'a'], ['a', 'b'], 1);
    expect(s.p).toBeCloseTo(0.25);
    expect(s.r).toBeCloseTo(0.5);
    expect(s.f).toBeCloseTo(1 / 3);
  });

  it('is zero when nothing is shared or a side is empty', () => {
    expect(rougeN(['x'], ['y'], 1).f).toBe(0);
    expect(rougeN([], ['y'], 1).f).toBe(0);
    expect(rougeN(['x'], ['x'], 2).f).toBe(0);
  });
});

describe('ROUGE-Lsum (summary-level union LCS)', () => {
  it('finds the LCS positions in the first sequence', () => {
    // a b c d e vs a c e -> LCS "a c e" at indices 0, 2, 4.
    expect(lcsIndices(['a', 'b', 'c', 'd', 'e'], ['a', 'c', 'e'])).toEqual([0, 2, 4]);
  });

  it('unions the LCS of a reference sentence with every candidate sentence (the ROUGE paper example)', () => {
    // Lin (2004), section 3.2: r = w1 w2 w3 w4 w5; c1 = w1 w2 w6 w7 w8; c2 = w1 w3 w8 w9 w5.
    // LCS(r, c1) = w1 w2; LCS(r, c2) = w1 w3 w5; union = w1 w2 w3 w5 -> 4 hits.
    // R = 4/5; P = 4/10 (10 candidate tokens); F = 2*0.8*0.4/1.2 = 0.5333.
    const s = rougeLsum(
      [
        ['w1', 'w2', 'w6', 'w7', 'w8'],
        ['w1', 'w3', 'w8', 'w9', 'w5'],
      ],
      [['w1', 'w2', 'w3', 'w4', 'w5']],
    );
    expect(s.r).toBeCloseTo(0.8);
    expect(s.p).toBeCloseTo(0.4);
    expect(s.f).toBeCloseTo(0.5333, 4);
  });

  it('counts a token no more often than it occurs in both summaries', () => {
    // Two reference sentences "a b" and "a c"; one candidate sentence "a b c" (a occurs once).
    // r1: LCS(a b, a b c) = a b -> 2 hits (a, b). r2: LCS(a c, a b c) = a c -> a is used up, c counts -> 1 hit.
    // hits = 3; R = 3/4; P = 3/3; F = 2*0.75/1.75 = 0.857.
    const s = rougeLsum(
      [['a', 'b', 'c']],
      [
        ['a', 'b'],
        ['a', 'c'],
      ],
    );
    expect(s.r).toBeCloseTo(0.75);
    expect(s.p).toBeCloseTo(1);
    expect(s.f).toBeCloseTo(6 / 7);
  });

  it('differs from a flat LCS when sentence order differs', () => {
    // Candidate sentences in the reverse order of the reference: each sentence still matches whole,
    // so Lsum is perfect, while the R1 on the flat text is perfect too.
    const r = rouge(['The dog barked.', 'The cat slept.'], ['The cat slept.', 'The dog barked.']);
    expect(r.rLsum.f).toBeCloseTo(1);
    expect(r.r1.f).toBeCloseTo(1);
    // Bigrams: c = the-dog dog-bark bark-the the-cat cat-slept; r = the-cat cat-slept slept-the the-dog dog-bark
    // shared = the-dog, dog-bark, the-cat, cat-slept = 4 of 5.
    expect(r.r2.f).toBeCloseTo(0.8);
  });

  it('scores whole summaries with stemming', () => {
    // "Police arrested two men" vs "Two men were arrested by police": stems police->polic, arrested->arrest.
    // Unigrams: candidate 4 tokens all in the 6-token reference -> P = 1, R = 4/6, F = 0.8.
    const r = rouge(['Police arrested two men.'], ['Two men were arrested by police.']);
    expect(r.r1.p).toBeCloseTo(1);
    expect(r.r1.r).toBeCloseTo(4 / 6);
    expect(r.r1.f).toBeCloseTo(0.8);
    // LCS of [polic arrest two men] and [two men were arrest by polic]: "arrest" and "polic" come before
    // "two men" in the candidate but after it in the reference, so the LCS is "two men" = 2.
    // R = 2/6, P = 2/4, F = 2*(1/3)*(1/2)/(5/6) = 0.4.
    expect(r.rLsum.f).toBeCloseTo(0.4);
  });
});
