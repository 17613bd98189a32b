import type { PhraseTable } from '../phrase-pattern';

/**
 * Headings of modules that list other articles, by language (phrase syntax: ../phrase-pattern.ts). A heading
 * matches when its whole (short) text is one of these phrases, after leading decoration ("📌", "▶", "»")
 * and before trailing punctuation (":", "»", "…").
 */

/** Related / read-next / recommended modules: the story's own further reading. */
export const RELATED_HEADINGS: PhraseTable = {
  en: [
    'related [posts?|articles?|stories|story|news|content|coverage|reading|links|topics|items]',
    // The site names itself after the words: "Related News On Huffington Post".
    'related (posts?|articles?|stories|news|coverage) (on|from|at) …4',
    'more related (posts?|articles?|stories)',
    'you (may|might|will|could) also (like|enjoy|be interested in)',
    '…2 recommends',
    'recommended [for you|reading|reads|stories|articles|posts|from …]',
    'read (more|next|this next|also) [stories|articles|posts]',
    'also read',
    'further reading',
    'keep reading',
    'what to read next',
    'up next',
    // NBC News' "Next Story" box: the story after this one.
    'next (story|stories)',
    'see also',
    '(go|dig) deeper',
    'more [great|top|recent] […2] (stories|articles|reads)',
    'more […1] (news|headlines)',
    'read these next',
    'more on this [story|topic]',
    'more (stories|articles|posts|news) [(from|like this|on|about) […]]',
    'more (from|in) …',
    // The next stories of the story's own section, shaped like "More in Science": topical, never the last group.
    'next up in …',
    // Reuters: "Next In Business News", "Next In Technology" (a bare "next in …" would also take "Next in line").
    'next in […2] news',
    'next in (business|technology|tech|world|politics|sports|entertainment|science|health|markets|lifestyle|opinion)',
    'popular posts? [from this blog]',
    '(other|similar) (posts?|articles?|stories)',
    'in case you missed it',
  ],
  zh: [
    '相关(阅读|新闻|文章|推荐|报道|链接|内容)',
    '相關(閱讀|新聞|文章|報導|內容)',
    '(延伸|推荐)阅读',
    '(延伸|推薦)閱讀',
    '猜你喜欢',
    // The site's picks for the reader: "你可能会喜欢" (you may like), "为你推荐" (recommended for you), "精华推荐".
    '你可能[会]喜欢',
    '(为你|為你|精华|精華|精彩)(推荐|推薦)',
  ],
  ja: ['関連(記事|ニュース|リンク)', '関連する記事', 'あわせて読みたい', 'おすすめ記事', 'こちらもおすすめ'],
  ko: ['관련 (기사|뉴스|글)', '추천 기사', '함께 볼만한 뉴스'],
  de: [
    'mehr zum thema',
    'das könnte (sie|dich) auch interessieren',
    'lesen sie auch',
    '(weitere|ähnliche) artikel',
    'weitere (nachrichten|meldungen|beiträge) [zum thema]',
    'verwandte (artikel|beiträge|themen)',
    'auch interessant',
    'zum thema',
    // A section's rail: "Mehr «Leben»" (watson, blind pool Q), "Mehr aus Wien".
    'mehr «…1»',
    'mehr (aus|von|zu|zum|zur) …2',
  ],
  es: [
    'lee también',
    '(noticias|artículos|notas) (relacionadas|relacionados)',
    '(relacionadas|relacionados)',
    '[también] te puede interesar',
    'te recomendamos',
    // El Mundo's box of further stories beside the text: "Además" (besides).
    'además',
    'más noticias',
    '(noticias|artículos) (recomendadas|recomendados)',
    '[también] te puede gustar',
  ],
  fr: [
    '[à|a] lire aussi',
    '[à|a] lire également',
    'voir aussi',
    'sur le même sujet',
    '[nos] articles (similaires|liés)',
    'dans la même rubrique',
    'sur le même thème',
    'articles (recommandés|associés)',
    'vous aimerez (aussi|peut-être aussi)',
    'ces articles peuvent vous intéresser',
    '[la rédaction] vous conseille',
  ],
  pt: [
    'leia (também|mais)',
    '(notícias|matérias) relacionadas',
    'veja também',
    'mais notícias',
    'você [também] pode gostar',
  ],
  it: [
    'leggi anche',
    '[articoli] correlati',
    'potrebbe interessarti [anche]',
    'ti potrebbe interessare',
    'potrebbero interessarti [anche]',
    'articoli (simili|consigliati)',
  ],
  nl: ['lees ook', 'gerelateerd', 'gerelateerde (artikelen|berichten)', 'meer over dit (onderwerp|thema)'],
  pl: ['(czytaj|zobacz|przeczytaj) (też|także|również)', 'powiązane [artykuły|teksty]'],
  sv: ['läs (också|även|mer)', 'relaterade (artiklar|nyheter)'],
  no: ['les (også|mer)', 'relaterte (artikler|saker)'],
  da: ['læs (også|mere)', 'relaterede artikler'],
  cs: ['mohlo by (vás|tě) zajímat', '(přečtěte si|čtěte) (také|též|více)', 'související [články|zprávy]'],
  sk: ['mohlo by vás zaujímať', 'prečítajte si (aj|tiež)', 'súvisiace [články|správy]'],
  he: ['(קראו|קרא) (עוד|גם)', 'כתבות (נוספות|קשורות)', 'עוד בנושא', 'ידיעות נוספות'],
  th: ['ข่าวที่เกี่ยวข้อง', 'ข่าวเกี่ยวข้อง', 'บทความที่เกี่ยวข้อง', 'เรื่องที่เกี่ยวข้อง', 'อ่านเพิ่มเติม', 'อ่านต่อ', 'ข่าวแนะนำ', 'บทความแนะนำ'],
  ru: ['читайте также', 'похожие статьи', '[материалы|новости|статьи] по теме', '(еще|ещё) по теме', 'рекомендуем'],
  tr: ['ilgili (haberler|içerikler)', 'bunlar da ilginizi çekebilir'],
  id: ['baca juga', 'berita terkait'],
  vi: ['(tin|bài) liên quan', 'xem thêm', 'đọc thêm'],
  ar: ['اقرأ أيضا', 'اقرأ أيضاً', '(مقالات|أخبار|مواضيع) ذات صلة', 'أخبار متعلقة', 'قد يعجبك (أيضا|أيضاً)'],
};

/**
 * Related headings that offer the site's picks for the reader rather than the story's own further reading
 * ("Recommended for you", "You may also like", "おすすめ記事"): still topical modules, listed after the story's own
 * ("Related", "More on this story", "関連記事"). A subset of RELATED_HEADINGS.
 */
export const RECOMMENDATION_HEADINGS: PhraseTable = {
  en: [
    'recommended [for you|reading|reads|stories|articles|posts|from …]',
    'you (may|might|will|could) also (like|enjoy|be interested in)',
    '…2 recommends',
  ],
  zh: ['猜你喜欢', '推荐阅读', '推薦閱讀', '你可能[会]喜欢', '(为你|為你|精华|精華|精彩)(推荐|推薦)'],
  ja: ['おすすめ記事', 'こちらもおすすめ'],
  ko: ['추천 기사'],
  de: ['das könnte (sie|dich) auch interessieren', 'auch interessant'],
};

/**
 * Site-wide lists (most read, trending, top stories): the same links on every page of the site, never
 * related to the story. A blog's own "Popular posts" module is a related module (above), not one of these.
 */
export const SITE_WIDE_LIST_HEADINGS: PhraseTable = {
  en: [
    'most (read|viewed|shared|popular|commented|e-?mailed|watched|sent) [stories|articles|news|now|today|this week] [on …2]',
    'top stories',
    // A site's own rail named after it: "ESPN Top Headlines", "Hot on HuffPost".
    '[…1] top headlines',
    'hot on …2',
    'must reads?',
    'trending [now|stories|news|articles|today]',
    'popular (now|today|this week|right now)',
    "editor'?s picks?",
  ],
  de: ['meistgelesen'],
  fr: ['les plus lus'],
  es: ['lo más (leído|visto) [en …3]', 'más (leídas?|vistas?)'],
  pl: ['najczęściej czytane'],
  tr: ['en çok okunanlar'],
  nl: ['meest gelezen'],
  zh: ['最多[人](閱讀|阅读)', '热门文章', '熱門新聞'],
  ja: [
    '人気記事',
    // "本日の人気記事ランキング", "今週の人気記事ランキング", "週間アクセスランキング".
    '[本日の|今日の|今週の|今月の|週間|月間|デイリー]人気記事ランキング',
    '[本日の|今日の|今週の|今月の|週間|月間|デイリー]アクセスランキング',
  ],
  ko: ['많이 본 뉴스'],
};

/**
 * Headings of a box of ads or paid placements, however it is laid out (cards of "stories" included): its links are
 * never related reading. "Sponsored stories", "Around the web", "Anzeige", "お得情報".
 */
export const AD_MODULE_HEADINGS: PhraseTable = {
  en: [
    'sponsored [content|stories|links|posts|articles]',
    'promoted [content|stories|links]',
    '(advertisement|advertising|ads)',
    'paid (content|posts?|partner content)',
    '(partner|partners) content',
    'from our (partners|sponsors)',
    'around the web',
    '(deals|offers) [for you|of the day]',
    // Vendors' downloads behind a form, listed like stories ("Top white papers", ZDNet Japan's "ホワイトペーパーランキング").
    '[top|featured|latest|popular] (white papers?|whitepapers?) [ranking]',
  ],
  de: ['anzeigen?', 'gesponsert', 'werbung', 'angebote'],
  fr: ['publicité', '(contenu|contenus) (sponsorisés?|partenaires?)', 'sponsorisé'],
  es: ['publicidad', 'contenido patrocinado', 'patrocinado', 'ofertas'],
  pt: ['publicidade', 'conteúdo patrocinado', 'patrocinado', 'ofertas'],
  ja: ['お得情報', '広告', 'スポンサー [リンク|記事]', 'PR', '[注目の|人気の]ホワイトペーパー[ランキング]'],
  zh: ['(广告|廣告)', '(推广|推廣)', '(赞助|贊助) [内容|內容]'],
};

/** Headings of page furniture that Readability may leave at the end of an article: comments, tags, sharing. */
export const FURNITURE_HEADINGS: PhraseTable = {
  en: ['latest [news]', 'comments?', 'leave a (reply|comment)', 'share this […1]', 'tags?', 'labels?'],
};

/**
 * Headings of a box about the writer, set after the story ("Autor:innen" and a bio: blind pool Q): the page's
 * furniture, like its comments.
 */
export const AUTHOR_BOX_HEADINGS: PhraseTable = {
  en: ['about the (author|authors|writer)', 'the authors?', 'authors?'],
  de: [
    '(autor|autorin|autoren|autorinnen)',
    'autor:innen',
    'autor*innen',
    'autor_innen',
    'autorinnen und autoren',
    'über (den autor|die autorin|die autoren|die autor:innen)',
    'zum autor',
    'zur autorin',
  ],
  fr: ["à propos de l'auteur", "(l'auteur|l'autrice|les auteurs)"],
  es: ['sobre el autor', 'sobre la autora', '(autor|autora|autores)'],
  pt: ['sobre o autor', 'sobre a autora', '(autor|autora|autores)'],
};

/**
 * Site-wide lists of the newest stories and other site-level story rails: the related links' last group
 * (after the story's own modules and its in-text links), never article furniture. Kept apart from the
 * most-read table above, which article extraction also reads.
 */
export const LATEST_LIST_HEADINGS: PhraseTable = {
  en: [
    '[the|our] latest […1] (news|stories|articles|posts|headlines|features|exclusives|reviews|videos)',
    'the latest',
    'latest',
    "today's headlines",
    'top (posts|articles) [& pages]',
    'recent (posts|articles|stories)',
    // "Recent Energy Content": the section's latest, named by its topic.
    'recent […2] (content|posts|articles|stories)',
    'recent from …',
    // A section's or the site's own rail named after it: "Latest in Gear", "Popular on Engadget".
    'latest (in|from|on) …2',
    'popular',
    'popular (stories|articles)',
    'popular (on|at|from) …2',
    "don'?t miss",
    'more top stories',
  ],
  de: [
    'neueste (artikel|beiträge|nachrichten)',
    'aktuelle (artikel|beiträge|nachrichten)',
    'beliebte artikel',
    '(meistgeklickt|meistkommentiert|am meisten gelesen)',
    'beliebteste (artikel|nachrichten)',
  ],
  fr: [
    'derniers articles',
    'dernières (actualités|nouvelles|infos)',
    'à la une',
    'les plus (partagés|commentés|populaires)',
  ],
  es: [
    'últimas noticias',
    'lo último',
    'noticias recientes',
    'lo más (compartido|comentado|popular)',
    'otras noticias',
  ],
  pt: [
    'últimas notícias',
    'mais lidas',
    'artigos recentes',
    'mais (vistas|compartilhadas|populares)',
    'outras notícias',
  ],
  it: ['ultime notizie', 'articoli recenti', '[i] più (letti|visti|condivisi)', 'altre notizie'],
  nl: ['laatste nieuws', 'recente artikelen'],
  ru: ['последние новости', 'популярное', 'самое (читаемое|популярное)', 'другие новости'],
  ar: ['الأكثر (قراءة|مشاهدة)'],
  id: ['tulisan terkini', 'berita terkini', 'terpopuler'],
  zh: ['最新(文章|新闻|消息)', '热门(新闻|推荐)', '最新文章'],
  ja: [
    '新着記事',
    '最新記事',
    // "Latest" before the site's word for its stories or columns: "最新TOPICS", "最新ニュース", "最新CLOSEUPコラム".
    '最新(topics|トピックス|ニュース|情報|エントリー|コラム)',
    '最新 …1 (コラム|ニュース|トピックス)',
    '人気(の記事|ランキング)',
  ],
  ko: ['최신 (기사|뉴스)', '인기 기사', '많이 본 기사'],
};
