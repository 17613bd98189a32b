/**
 * Knowledge for reading a site's name when the page names it in no meta tag: from the page title's last part
 * ("Story - Your Life - MSN Lifestyle", "标题_业界_新浪科技_新浪网", "제목 : 뉴스 : 동아닷컴") or the copyright line.
 */

/**
 * Separators between a title's parts, with spaces around ("Story | Site", "Story : Section : Site") or, in
 * Chinese and Japanese titles, without ("标题_业界_新浪网", "見出し｜サイト名", "标题：网站").
 */
export const TITLE_PART_SEPARATOR =
  /\s+(?:[|\-–—:·•»›/]|::)\s+|\s*[_｜|：]\s*|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])-{1,2}(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/u;

/**
 * Articles that open a slogan after the name and a comma: "Wikipedia, the free encyclopedia",
 * "Wikipédia, l'encyclopédie libre", "Wikipedia, la enciclopedia libre", "Wikipedia, die freie Enzyklopädie".
 * An article ending in an apostrophe is glued to its noun.
 */
export const SLOGAN_ARTICLES = [
  'the',
  'a',
  'an',
  'le',
  'la',
  'les',
  "l'",
  'l’',
  'el',
  'los',
  'las',
  'il',
  'lo',
  'der',
  'die',
  'das',
  'het',
  'o',
] as const;

/** A site name is short: more words than this and the title's last part is a phrase of the story. */
export const SITE_NAME_MAX_WORDS = 5;

/** "© 2011 Microsoft", "Copyright by donga.com", "(c) 2019-2024 Example Media. All rights reserved." */
export const COPYRIGHT_LINE =
  /(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*)?(?:by\s+)?([^\s.,|©()][^.,|©()]{1,48}?(?:\.[a-z]{2,4})?)\s*(?:$|[.,|(]|all rights|alle rechte|tous droits|todos los derechos)/iu;

/**
 * The middle part of a blog theme's post title, "Site » Blog Archive » Post" (WordPress's classic theme and its
 * translations): the part before it is the site's name, the part after it the post's title.
 */
export const ARCHIVE_TITLE_PARTS: readonly string[] = [
  'blog archive',
  'archive du blog',
  'blog-archiv',
  'blogarchiv',
  'archivo del blog',
  'archivio del blog',
  'arquivo do blog',
  'blogarchief',
];

/** An archive's note of the year a title closes with: "(Published 2016)", "(Publié en 2016)", "(Veröffentlicht 2016)". */
export const ARCHIVE_YEAR_LABELS: readonly string[] = [
  'Published',
  'Publié',
  'Publié en',
  'Veröffentlicht',
  'Publicado',
  'Publicado en',
  'Publicado em',
];
