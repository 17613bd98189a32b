import { describe, expect, it } from 'vitest';
import { readingMinutes } from '@/utils/text/reading-time';
import { countWords } from '@/utils/text/words';

describe('countWords', () => {
  it.each([
    ['The cat sat on the mat.', 'en', 6],
    ["It's 3.5 percent, isn't it?", 'en', 5],
    ['Das ist ein Test.', 'de', 4],
    // Every Han character is a word: 今天天气很好 = 6.
    ['今天天气很好。', 'zh', 6],
    // Kana and kanji count one each: 今日は晴れです = 7.
    ['今日は晴れです。', 'ja', 7],
    // Latin words and numbers among CJK count once: iPhone + 手机 (2) = 3.
    ['iPhone手机', 'zh', 3],
    // Korean separates words with spaces: 3 words.
    ['오늘은 날씨가 좋습니다.', 'ko', 3],
    ['', 'en', 0],
  ])('%s (%s) -> %d', (text, lang, expected) => {
    expect(countWords(text, lang)).toBe(expected);
  });
});

describe('readingMinutes', () => {
  it('reads English at about 230 words per minute', () => {
    expect(readingMinutes('word '.repeat(230), 'en')).toBe(1);
    expect(readingMinutes('word '.repeat(1150), 'en')).toBe(5);
  });
  it('reads Chinese at about 255 and Japanese at about 357 characters per minute', () => {
    expect(readingMinutes('字'.repeat(2550), 'zh-CN')).toBe(10);
    expect(readingMinutes('字'.repeat(3570), 'ja')).toBe(10);
    // Without a language tag, kana means Japanese and mostly-Han text means Chinese.
    expect(readingMinutes('字'.repeat(2550), null)).toBe(10);
    expect(readingMinutes('です'.repeat(1785), null)).toBe(10);
  });
  it('is at least a minute for any text and 0 for none', () => {
    expect(readingMinutes('Short.', 'en')).toBe(1);
    expect(readingMinutes('', 'en')).toBe(0);
  });
});

describe('countWords on long texts (counted in pieces)', () => {
  it.each([
    ['a long paragraph without breaks', 'word '.repeat(6000), 'en', 6000],
    ['a long Chinese run without spaces', '中'.repeat(6000), 'zh', 6000],
    ['a long Japanese paragraph with sentence ends', 'これは文です。'.repeat(900), 'ja', 900 * 6],
    [
      'paragraphs separated by blank lines',
      Array.from({ length: 300 }, () => 'one two three four').join('\n\n'),
      'en',
      1200,
    ],
  ])('%s', (_name, text, lang, expected) => {
    expect(countWords(text, lang)).toBe(expected);
  });
});
