/**
 * Publishing platforms and the markup names News Lens relies on. A token tied to a platform is proven by
 * that platform's golden pages (tests/fixtures/<slug>/source.html must carry it: tests/utils/rules/
 * platforms.test.ts); a token without a platform is a naming convention seen across many sites.
 * Adding a CMS: one entry in PLATFORMS, its tokens below with `platform` set, and a golden page.
 */

export type Platform = {
  /** Golden pages built on the platform (folders of tests/fixtures). */
  goldens: readonly string[];
  /**
   * Names the platform itself puts where the site's name belongs (og:site_name, the feed title):
   * never taken for the site's own name when the site has one.
   */
  siteNames?: readonly string[];
};

export const PLATFORMS = {
  Blogger: {
    goldens: ['blogger-maskpark', 'blogger-simple', 'blogger-contempo-id'],
    siteNames: ['Blogger', 'Blogspot'],
  },
  WordPress: {
    goldens: ['wordpress-jetpack', 'wordpress-yarpp', 'wordpress-crp', 'category-archive'],
    siteNames: ['WordPress', 'WordPress.com'],
  },
  'WordPress Jetpack': { goldens: ['wordpress-jetpack'] },
  'WordPress YARPP': { goldens: ['wordpress-yarpp'] },
  'WordPress Contextual Related Posts': { goldens: ['wordpress-crp'] },
  Ghost: { goldens: ['ghost-post'], siteNames: ['Ghost'] },
  Substack: { goldens: ['substack-post'], siteNames: ['Substack'] },
  Medium: { goldens: ['medium-post'], siteNames: ['Medium'] },
  Joomla: { goldens: ['joomla-relateditems'] },
  'The Guardian': { goldens: ['guardian-onward'] },
} as const satisfies Record<string, Platform>;

export type PlatformName = keyof typeof PLATFORMS;

/** A class, id or data-* token, and the platform that proves it (none: a convention of many sites). */
export type MarkupToken = { token: string; platform?: PlatformName };

/** Hosting services whose name may stand in for a site's (no markup of theirs is relied on). */
export const HOSTING_SERVICE_NAMES = [
  'Tumblr',
  'Wix',
  'Squarespace',
  'Weebly',
  'Svbtle',
  // Blog hosts of Korea, Japan, China and Russia: "네이버 블로그 | 고든의 블로그" names the host, then the blog.
  'Naver Blog',
  '네이버 블로그',
  'Tistory',
  '티스토리',
  'Hatena Blog',
  'はてなブログ',
  'Ameba',
  'アメーバブログ',
  '新浪博客',
  'LiveJournal',
] as const;

/** Class / id / data-testid / data-component tokens of modules that list related posts (whole tokens). */
export const RELATED_WIDGET_TOKENS: readonly MarkupToken[] = [
  { token: 'PopularPosts', platform: 'Blogger' },
  { token: 'jp-relatedposts', platform: 'WordPress Jetpack' },
  { token: 'wp-block-jetpack-related-posts' },
  { token: 'yarpp-related', platform: 'WordPress YARPP' },
  { token: 'yarpp', platform: 'WordPress YARPP' },
  { token: 'yarpp-related-widget' },
  { token: 'crp_related', platform: 'WordPress Contextual Related Posts' },
  { token: 'related_posts' },
  { token: 'rp4wp-related-posts' },
  { token: 'related-posts' },
  { token: 'relatedposts' },
  { token: 'read-next' },
  { token: 'read-more-wrap', platform: 'Ghost' },
  { token: 'post-read-next' },
  { token: 'related-articles' },
  { token: 'related-stories' },
  { token: 'related-content' },
  { token: 'related-links' },
  { token: 'more-on-this-story', platform: 'The Guardian' },
  { token: 'relateditems', platform: 'Joomla' },
  { token: 'mod-relateditems', platform: 'Joomla' },
  // An in-body card for one story.
  { token: 'rich-link', platform: 'The Guardian' },
];

/**
 * Class tokens of article-body containers, most specific first: the first kind with exactly one element
 * on the page wins (utils/article/find-article-root.ts).
 */
export const ARTICLE_BODY_CLASSES: readonly MarkupToken[] = [
  { token: 'post-body', platform: 'Blogger' },
  { token: 'entry-content', platform: 'WordPress' },
  { token: 'article-body' },
  { token: 'article__body' },
  { token: 'story-body' },
  { token: 'post-content' },
  { token: 'article-content' },
  { token: 'gh-content', platform: 'Ghost' },
  { token: 'available-content', platform: 'Substack' },
  { token: 'news-content' },
  { token: 'article_content' },
  { token: 'article-text' },
  { token: 'articleBody' },
  { token: 'body-text' },
];

/** Ids of article-body containers (after the classes above). */
export const ARTICLE_BODY_IDS: readonly string[] = ['article-body', 'content-body', 'artibody', 'articleBody'];

/** Every site name a platform or hosting service uses for itself. */
export const PLATFORM_SITE_NAMES: readonly string[] = [
  ...Object.values(PLATFORMS).flatMap((p: Platform) => p.siteNames ?? []),
  ...HOSTING_SERVICE_NAMES,
];
