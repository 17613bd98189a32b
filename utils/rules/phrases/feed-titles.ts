import type { PhraseTable } from '../phrase-pattern';

/**
 * Words a site's feed adds after its name to say what the feed lists: "ITmedia PC USER 最新記事一覧" (latest
 * articles), "Example News - Latest stories", "Le Monde - Derniers articles". The name is what comes before them.
 */
export const FEED_LIST_LABELS: PhraseTable = {
  en: ['(latest|newest|recent|all|top) [news] (articles|stories|posts|news|headlines|updates)', 'news feed', 'latest'],
  de: ['(neueste|aktuelle|alle) (artikel|beiträge|nachrichten|meldungen)', 'newsfeed'],
  fr: ['(derniers|tous les) articles', '(dernières|toutes les) (actualités|nouvelles|infos)'],
  es: ['(últimas|todas las) noticias', '(últimos|todos los) artículos'],
  pt: ['(últimas|todas as) notícias', '(últimos|todos os) artigos'],
  it: ['ultime notizie', '(ultimi|tutti gli) articoli'],
  ja: ['最新記事一覧', '記事一覧', '最新記事', '新着記事', '最新ニュース', '新着情報', 'ニュース一覧'],
  zh: ['最新(文章|新闻|新聞|消息|资讯|資訊)', '(文章|新闻|新聞)列表'],
  ko: ['최신 (기사|뉴스)', '전체 기사'],
};

/**
 * A feed titled only for what it holds, not for the site: a section or "all stories" ("総合" = general, "Top
 * stories", "Alle Nachrichten"). Such a title names no site.
 */
export const FEED_SECTION_NAMES: PhraseTable = {
  en: ['(all|general|main|home|front page|top stories|news|headlines|latest news|everything)'],
  de: ['(alle|allgemein|startseite|nachrichten|schlagzeilen|alle nachrichten)'],
  fr: ['(accueil|à la une|actualités|général|une)'],
  es: ['(portada|general|noticias|inicio|titulares)'],
  pt: ['(capa|geral|notícias|início|manchetes)'],
  it: ['(generale|notizie|prima pagina)'],
  ja: ['(総合|すべて|全て|トップ|ニュース|主要|新着)'],
  zh: ['(综合|綜合|全部|首页|首頁|要闻|要聞|新闻|新聞)'],
  ko: ['(종합|전체|주요 뉴스|뉴스)'],
};
