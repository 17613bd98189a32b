import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '@/utils/text/reading-time';

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
