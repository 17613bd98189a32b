import { describe, expect, it } from 'vitest';
import { estimateWords } from '@/utils/text/words';

describe('estimateWords', () => {
  it.each([
    ['', 0],
    ['The harbour budget grew by a third.', 7],
    ['Trains run every 10 minutes', 5],
    ['北京今天下雪', 3], // 6 characters, two to a word
    ['京都市はiPhoneを発表', 4.5], // 7 kana/kanji characters + one Latin word
  ])('%j -> %d', (text, words) => {
    expect(estimateWords(text)).toBe(words);
  });
});
