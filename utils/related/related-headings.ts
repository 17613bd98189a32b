/**
 * Headings of related-post widgets, in many languages. Matched against a whole (short) heading text.
 */
const ALTERNATIVES = [
  // English
  String.raw`related(?:\s+(?:posts?|articles?|stories|story|news|content|coverage|reading|links|topics|items))?`,
  String.raw`(?:more\s+)?related\s+(?:posts?|articles?|stories)`,
  String.raw`you\s+(?:may|might|will|could)\s+also\s+(?:like|enjoy|be\s+interested\s+in)`,
  String.raw`recommended(?:\s+(?:for\s+you|reading|stories|articles|posts|from\s+.+))?`,
  String.raw`read\s+(?:more|next|this\s+next|also)(?:\s+(?:stories|articles|posts))?`,
  String.raw`also\s+read|further\s+reading|keep\s+reading|what\s+to\s+read\s+next|up\s+next|see\s+also|go\s+deeper|dig\s+deeper`,
  String.raw`more\s+(?:great\s+|top\s+|recent\s+)?(?:\S+\s+){0,2}(?:stories|articles|reads)|more\s+on\s+this(?:\s+(?:story|topic))?|more\s+(?:stories|articles|posts|news)(?:\s+(?:from|like\s+this|on|about)\b.*)?|more\s+from\s+.+|more\s+in\s+.+`,
  String.raw`popular\s+posts?(?:\s+from\s+this\s+blog)?|(?:other|similar)\s+(?:posts?|articles?|stories)|in\s+case\s+you\s+missed\s+it`,
  // Chinese, Japanese, Korean
  String.raw`相关阅读|相关新闻|相关文章|相关推荐|相关报道|相关链接|延伸阅读|推荐阅读|猜你喜欢|相關閱讀|相關新聞|相關文章|相關報導|延伸閱讀|推薦閱讀`,
  String.raw`関連記事|関連ニュース|関連リンク|関連する記事|あわせて読みたい|おすすめ記事|こちらもおすすめ|관련\s*기사|관련\s*뉴스|관련\s*글|추천\s*기사|함께\s*볼만한\s*뉴스`,
  // German, Spanish, French, Portuguese, Italian, Dutch, Polish, Russian, Turkish, Indonesian, Vietnamese, Arabic
  String.raw`mehr\s+zum\s+thema|das\s+könnte\s+sie\s+auch\s+interessieren|lesen\s+sie\s+auch|weitere\s+artikel|ähnliche\s+artikel`,
  String.raw`lee\s+también|noticias\s+relacionadas|artículos\s+relacionados|(?:también\s+)?te\s+puede\s+interesar`,
  String.raw`[àa]\s+lire\s+aussi|lire\s+aussi|sur\s+le\s+même\s+sujet|articles\s+similaires|dans\s+la\s+même\s+rubrique`,
  String.raw`leia\s+(?:também|mais)|notícias\s+relacionadas|veja\s+também|matérias\s+relacionadas`,
  String.raw`leggi\s+anche|articoli\s+correlati|potrebbe\s+interessarti|lees\s+ook|gerelateerde\s+(?:artikelen|berichten)|meer\s+over\s+dit\s+(?:onderwerp|thema)|czytaj\s+(?:też|także)|zobacz\s+(?:też|także)`,
  // Swedish, Norwegian, Danish, Czech, Slovak, Hebrew, Thai
  String.raw`läs\s+(?:också|även|mer)|relaterade\s+(?:artiklar|nyheter)|les\s+(?:også|mer)|relaterte\s+(?:artikler|saker)|læs\s+(?:også|mere)|relaterede\s+artikler`,
  String.raw`mohlo\s+by\s+(?:vás|tě)\s+zajímat|přečtěte\s+si\s+(?:také|též|více)|čtěte\s+(?:také|též|více)|související\s+(?:články|zprávy)|mohlo\s+by\s+vás\s+zaujímať|prečítajte\s+si\s+(?:aj|tiež)|súvisiace\s+články`,
  String.raw`קראו\s+(?:עוד|גם)|קרא\s+(?:עוד|גם)|כתבות\s+(?:נוספות|קשורות)|עוד\s+בנושא|ידיעות\s+נוספות`,
  String.raw`ข่าวที่เกี่ยวข้อง|ข่าวเกี่ยวข้อง|บทความที่เกี่ยวข้อง|เรื่องที่เกี่ยวข้อง|อ่านเพิ่มเติม|อ่านต่อ|ข่าวแนะนำ|บทความแนะนำ`,
  String.raw`читайте\s+также|похожие\s+статьи|по\s+теме|ilgili\s+haberler|baca\s+juga|berita\s+terkait|tin\s+liên\s+quan|bài\s+liên\s+quan|xem\s+thêm|đọc\s+thêm|اقرأ\s+أيضا|مقالات\s+ذات\s+صلة`,
];
const RELATED_HEADING = new RegExp(String.raw`^(?:${ALTERNATIVES.join('|')})\s*[:：»›>…|]*$`, 'iu');

const LEADING_MARKS = /^[\p{Extended_Pictographic}\p{So}\p{Sm}\u25a0-\u25ff\u2190-\u21ff»›>•·*\-–—|\ufe0f\u200d\s]+/u;

/** True when a short heading text names a related/popular/read-next widget. */
export function isRelatedHeading(text: string): boolean {
  // Leading pictographs and arrows are decoration: "📌 LEIA TAMBÉM:", "▶ 관련기사", "» Read more".
  // Turkish dotted capital I does not case-fold to "i" under /iu: "İlgili Haberler".
  const t = text
    .replace(/\s+/g, ' ')
    .replace(/\u0130/g, 'I')
    .replace(LEADING_MARKS, '')
    .trim();
  return t.length > 0 && t.length <= 80 && RELATED_HEADING.test(t);
}

/**
 * Headings of site-wide lists (most read / most popular / trending / top stories): the same links on every page,
 * never related to the story. A blog's own "Popular posts" widget is not one of these (see isRelatedHeading).
 */
const SITE_WIDE_LIST =
  /^(?:most\s+(?:read|viewed|shared|popular|commented|e-?mailed|watched)(?:\s+(?:stories|articles|news|now|today|this\s+week))?|top\s+stories|trending(?:\s+(?:now|stories|news|articles|today))?|popular\s+(?:now|today|this\s+week|right\s+now)|editor'?s\s+picks?|meistgelesen|les\s+plus\s+lus|lo\s+más\s+leído|más\s+leídas?|najczęściej\s+czytane|en\s+çok\s+okunanlar|meest\s+gelezen|最多閱讀|热门文章|熱門新聞|人気記事|많이\s*본\s*뉴스)\s*[:：]?$/iu;

/** True when a short heading text names a site-wide most-read / trending list. */
export function isSiteWideListHeading(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').replace(LEADING_MARKS, '').trim();
  return t.length > 0 && t.length <= 60 && SITE_WIDE_LIST.test(t);
}

/** Class / id / data-* names of related-post widgets on the common platforms (matched as whole tokens). */
const WIDGET_NAMES = new Set([
  'PopularPosts', // Blogger
  'jp-relatedposts',
  'wp-block-jetpack-related-posts', // WordPress Jetpack
  'yarpp-related',
  'yarpp',
  'yarpp-related-widget', // YARPP
  'crp_related',
  'rp4wp-related-posts',
  'related-posts',
  'relatedposts',
  'related_posts',
  'read-next',
  'read-more-wrap',
  'post-read-next', // Ghost
  'related-articles',
  'related-stories',
  'related-content',
  'related-links',
  'more-on-this-story',
  'relateditems',
  'mod-relateditems', // Joomla
  'rich-link', // Guardian-style in-body card for one story
]);

/** True for an element that is a known platform's related-posts widget. */
export function isRelatedWidgetElement(el: Element): boolean {
  for (const attr of ['class', 'id', 'data-testid', 'data-component']) {
    const value = el.getAttribute(attr);
    if (value && value.split(/\s+/).some((token) => WIDGET_NAMES.has(token))) return true;
  }
  return false;
}
