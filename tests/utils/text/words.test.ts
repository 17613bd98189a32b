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

describe('estimateWords counts runs of letters and digits as /[\\p{L}\\p{N}]+/gu does (its one-scan counter)', () => {
  it.each([
    'Déjà vu, naïve café: 3,5 km — über-cool',
    'Москва и Санкт-Петербург: ١٢٣ دينار',
    'ǅemal and İstanbul',
    '𝐀𝐁𝐂 𝟏𝟐 😀 x', // letters and digits outside the BMP; an emoji is no letter
    'a\uD800b c\uDC00d', // lone surrogates split words
    '  \n\t  ',
  ])('%j', (text) => {
    expect(estimateWords(text)).toBe(text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0);
  });
});
