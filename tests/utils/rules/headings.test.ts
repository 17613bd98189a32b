import { describe, expect, it } from 'vitest';
import { isModuleOrPromoHeading, isRelatedHeading, isSiteWideListHeading } from '@/utils/rules/headings';

describe('isRelatedHeading', () => {
  it.each([
    'Related',
    'Related posts',
    'Related Articles:',
    'Popular posts from this blog',
    'Read more',
    'Read next',
    'More on this story',
    'Go deeper',
    'You may also like',
    'More from The Verge',
    '相关阅读',
    '相关新闻',
    '相关文章',
    '関連記事',
    '관련 기사',
    'Mehr zum Thema',
    'Lee también',
    'Noticias relacionadas',
    'À lire aussi',
    'Leia também',
  ])('%s', (text) => {
    expect(isRelatedHeading(text)).toBe(true);
  });
  it.each([
    'Comments',
    'Labels',
    'Share this',
    'Archive',
    'Related coverage of the floods in the north of England was wide',
    'Why this matters',
  ])('not %s', (text) => {
    expect(isRelatedHeading(text)).toBe(false);
  });

  it.each(['📌 LEIA TAMBÉM:', '▶ 관련기사', '» Read more', 'Leggi anche:'])(
    'a label decorated with a symbol or a colon still counts: %s',
    (label) => {
      expect(isRelatedHeading(label)).toBe(true);
    },
  );

  it.each(['Meer over dit onderwerp', 'İlgili Haberler', 'İLGİLİ HABERLER', 'Xem thêm:', 'Bài liên quan'])(
    'Dutch, Turkish (dotted capital İ in either case) and Vietnamese: %s',
    (h) => {
      expect(isRelatedHeading(h)).toBe(true);
    },
  );

  it.each([
    'Läs också:',
    'Läs också',
    'Relaterade artiklar',
    'Les også:',
    'Relaterte artikler',
    'Læs også',
    'Relaterede artikler',
    'Mohlo by vás zajímat',
    'Přečtěte si také:',
    'Související články',
    'קראו עוד:',
    'כתבות נוספות',
    'עוד בנושא',
    'קראו גם',
    'ข่าวที่เกี่ยวข้อง',
    'อ่านเพิ่มเติม :',
    'บทความที่เกี่ยวข้อง',
  ])('Swedish, Norwegian, Danish, Czech, Hebrew and Thai: %s', (text) => {
    expect(isRelatedHeading(text)).toBe(true);
  });

  it.each(['Läs mer om oss och vår redaktion här', 'ข่าวยอดนิยม', 'הכי נקראות', 'Nejčtenější'])(
    'a sentence starting like a label, or a most-read list, is not one: %s',
    (text) => {
      expect(isRelatedHeading(text)).toBe(false);
    },
  );
});

describe('isSiteWideListHeading', () => {
  it.each(['MOST POPULAR', 'Most read', 'Trending now', 'Top stories', 'Most viewed'])(
    '%s is a site-wide list, not a related heading',
    (h) => {
      expect(isRelatedHeading(h)).toBe(false);
      expect(isSiteWideListHeading(h)).toBe(true);
    },
  );

  it.each(['Popular posts from this blog', 'Popular Posts', 'Related articles'])(
    "%s (a blog's own popular posts, related articles) stays a related heading",
    (h) => {
      expect(isRelatedHeading(h)).toBe(true);
      expect(isSiteWideListHeading(h)).toBe(false);
    },
  );
});

describe('isModuleOrPromoHeading', () => {
  it.each([
    'Popular Video',
    'Featured videos:',
    'Watch next',
    'Most read',
    'Popular',
    'Advertisement',
    'Beliebte Videos',
    'Vídeos destacados',
    '熱門影片',
    // A section's rail (blind pool Q: "Mehr «Leben»" shown as a key point's caption).
    'Mehr «Leben»',
    'Mehr aus Wien',
  ])('%s labels a box, not a section', (h) => expect(isModuleOrPromoHeading(h)).toBe(true));
  it.each([
    'What happens next',
    'The video that changed the case',
    'Popular anger grows',
    'Chapter 3: The return',
    'Mehr Geld für die Schulen',
  ])('%s is a section heading', (h) => expect(isModuleOrPromoHeading(h)).toBe(false));
});

describe("a section's next stories ('Next In Business News') name a module, 'Next in line' does not", () => {
  it.each(['Next In Business News', 'Next In Technology', 'Next in World News'])('%s', (text) => {
    expect(isRelatedHeading(text)).toBe(true);
  });
  it('leaves a heading that only starts with "next in"', () => {
    expect(isRelatedHeading('Next in line for the throne')).toBe(false);
  });
});

describe('Japanese module headings', () => {
  it('reads "・関連記事" past its middle dot, and today\'s or this week\'s popular-article ranking as a popular list', () => {
    expect(isRelatedHeading('・関連記事')).toBe(true);
    expect(isSiteWideListHeading('本日の人気記事ランキング')).toBe(true);
    expect(isSiteWideListHeading('今週の人気記事ランキング')).toBe(true);
    expect(isSiteWideListHeading('週間アクセスランキング')).toBe(true);
  });
});

describe('a white-paper list is a box of vendor downloads', () => {
  it.each(['ホワイトペーパーランキング', 'Top white papers', 'Featured Whitepapers'])('%s', async (text) => {
    const { isAdModuleHeading } = await import('@/utils/rules/headings');
    expect(isAdModuleHeading(text)).toBe(true);
  });
});

describe("a section's recent content", () => {
  it('names a latest-stories module ("Recent Energy Content")', async () => {
    const { moduleHeadingKind } = await import('@/utils/rules/headings');
    expect(moduleHeadingKind('Recent Energy Content')).toBe('popular');
    expect(moduleHeadingKind('Recent developments in the case')).toBeNull();
  });
});

describe("a site's or a section's own rail named after it (blind pool G)", () => {
  it.each(['Latest in Gear', 'Popular on Engadget', 'Latest from The Verge'])(
    '"%s" is a latest / popular list',
    async (h) => {
      const { moduleHeadingKind } = await import('@/utils/rules/headings');
      expect(moduleHeadingKind(h)).toBe('popular');
    },
  );

  it('a headline that opens so is no module heading', async () => {
    const { moduleHeadingKind } = await import('@/utils/rules/headings');
    expect(moduleHeadingKind('Latest in a long line of cuts to the harbour budget')).toBeNull();
  });
});

describe('"Next Story" names a module', () => {
  it('reads the box of the story after this one as related', () => {
    expect(isRelatedHeading('Next Story')).toBe(true);
  });
});
