import { describe, expect, it } from 'vitest';
import { segmenter } from '@/utils/text/segmenter';

describe('segmenter', () => {
  it('falls back to the default locale for a language tag a page got wrong', () => {
    const words = [...segmenter('en_US!!', 'word').segment('two words')].filter((s) => s.isWordLike);
    expect(words.map((s) => s.segment)).toEqual(['two', 'words']);
  });

  it('keeps one segmenter per language and granularity', () => {
    expect(segmenter('de', 'sentence')).toBe(segmenter('de', 'sentence'));
    expect(segmenter('de', 'sentence')).not.toBe(segmenter('de', 'word'));
    expect(segmenter('ja', 'sentence').resolvedOptions().granularity).toBe('sentence');
  });
});
