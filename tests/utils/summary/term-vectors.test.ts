import { describe, expect, it } from 'vitest';
import { cosine, cosineSums, termCounts, terms } from '@/utils/summary/term-vectors';

const vectors = [
  'The council approved the harbour budget on Tuesday.',
  'Harbour workers said the budget came too late.',
  'Nothing in common here at all.',
  '',
  '北京今天下雪，交通受到影响。',
  'The budget, the budget and the harbour again.',
].map((text) => termCounts(terms(text)));

describe('cosineSums', () => {
  it.each([1, 3, vectors.length])(
    'is, for each vector, the sum of its cosines with the first %d vectors (itself left out), to the last bit',
    (peers) => {
      const sums = cosineSums(vectors, peers);
      vectors.forEach((v, i) => {
        let sum = 0;
        for (let j = 0; j < peers; j++) if (j !== i) sum += cosine(v, vectors[j]!);
        expect(sums[i]).toBe(sum);
      });
    },
  );
});

describe('terms', () => {
  it.each([
    ['killing kills killed', ['kill', 'kill', 'kill']],
    ['houses ss bus', ['hous', 's', 'bu']],
    ['singing sings', ['sing', 'sing']],
  ])('strips a light suffix: %j', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });
});
