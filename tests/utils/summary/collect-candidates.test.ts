import { describe, expect, it } from 'vitest';
import { collectCandidates } from '@/utils/summary/collect-candidates';
import type { Article, Block } from '@/utils/types';

const p = (text: string): Block => ({ kind: 'paragraph', text, section: null });
const li = (text: string): Block => ({ kind: 'list-item', text, ordered: false, section: null });
const article = (blocks: Block[], lang = 'en'): Article => ({
  title: 'T',
  siteName: null,
  byline: null,
  publishedTime: null,
  lang,
  isArticle: true,
  blocks,
});
const texts = (a: Article): string[] => collectCandidates(a).map((c) => c.text);

describe('collectCandidates: captions and labels in paragraphs', () => {
  const prose = 'The council approved the budget on Tuesday after a long debate in the chamber.';

  it.each([
    "16-inch MacBook Pro's new scissor switch keyboard via iFixit",
    '@noksutagram <The Palace: Tale of Jang Noksu> 2018 Welcome Daehak-ro Festival Performance',
    'Reservoirs fall below half full as dry autumn continues',
  ])('drops the one-line unpunctuated paragraph %s', (label) => {
    expect(texts(article([p(label), p(prose)]))).toEqual([prose]);
  });

  it('keeps an unpunctuated list item (lists often drop the stop)', () => {
    const item = 'Users shared intimate photos and footage captured in public restrooms and bedrooms';
    expect(texts(article([li(item), p(prose)]))).toEqual([item, prose]);
  });

  it('keeps a long unpunctuated paragraph and punctuated short ones', () => {
    const long =
      'Officials said the new line would open in the spring with trains every ten minutes between the two towns and a stop at the airport';
    const short = 'Nobody was hurt in the fire on Sunday.';
    expect(texts(article([p(long), p(short)]))).toEqual([long, short]);
  });

  it('counts Chinese by characters: a long paragraph without a closing stop is prose, not a label', () => {
    const zh = '记者在北京朝阳区一处社区看到不少居民已经换上了厚外套并且在超市里购买取暖用品和过冬的食物准备迎接寒潮';
    expect(texts(article([p(zh)], 'zh-CN'))).toEqual([zh]);
  });

  it('keeps short Thai paragraphs, which end without punctuation', () => {
    const thai = 'กรุงเทพมหานครเปิดให้บริการเรือโดยสารสายใหม่ในคลองแสนแสบตั้งแต่วันจันทร์นี้';
    expect(texts(article([p(thai)], 'th'))).toEqual([thai]);
  });
});
