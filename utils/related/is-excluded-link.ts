/** Hosts and paths of share buttons, sign-in pages, feeds, ads and other links that are never related reading. */
const SHARE =
  /(?:facebook\.com\/(?:sharer|share|dialog)|twitter\.com\/(?:intent|share|home\?status)|x\.com\/intent|linkedin\.com\/(?:share|shareArticle|cws\/share)|pinterest\.[a-z.]+\/pin\/create|reddit\.com\/submit|tumblr\.com\/(?:share|widgets\/share)|wa\.me\/|api\.whatsapp\.com|whatsapp\.com\/send|t\.me\/share|telegram\.me\/share|getpocket\.com\/(?:save|edit)|mix\.com\/add|flipboard\.com\/bookmarklet|line\.me\/R\/msg|social-plugins\.line\.me|service\.weibo\.com\/share|connect\.qq\.com|sns\.qzone\.qq\.com|b\.hatena\.ne\.jp\/entry|news\.ycombinator\.com\/submitlink|vk\.com\/share|blogger\.com\/share-post|addthis\.com|sharethis\.com|email-this|\/share\?|[?&]share=)/i;
const ACCOUNT =
  /(?:\/(?:login|log-in|signin|sign-in|signup|sign-up|register|account|my-account|subscribe|subscription|newsletter|wp-login\.php|wp-admin|user|users|profile|profiles|members?|auth|oauth|logout|cart|checkout|donate)(?:\/|$|\?|\.))|blogger\.com\/(?:profile|comment|email-post|post-edit|delete-comment)|accounts\.google\.com|draft\.blogger\.com|\/\/www\.blogger\.com\/?$|(?:^|\.)(?:gravatar\.com|wordpress\.com\/(?:log-in|start))/i;
const LISTING =
  /(?:\/(?:tag|tags|topic|topics|label|labels|category|categories|section|sections|archive|archives|author|authors|search|page|feed|rss|atom|comments?)(?:\/|$|\?))|\/search\/label\/|[?&](?:page|paged|s|q|tag|cat|showComment|replytocom)=|\/\d{4}(?:\/\d{1,2})?\/?$|\.(?:xml|rss|atom|jpe?g|png|gif|webp|svg|mp3|mp4|zip|pdf|docx?|xlsx?|pptx?|csv|epub)(?:$|\?)|\/feeds\/|#comment|\/amp\/?$/i;
const ADS =
  /(?:doubleclick\.net|googleadservices|googlesyndication|adservice|\/ads?\/|\/adclick|outbrain\.com|taboola\.com|revcontent|zergnet|mgid\.com|\/sponsored\/|amzn\.to|go\.skimresources|redirect\.viglink)/i;

/** Shop pages: a product, a product collection, a cart action (Shopify /products/, WooCommerce /product/, ?add-to-cart=). */
const SHOP = /(?:\/(?:products?|collections|shop)(?:\/|$|\?))|\/cart\/add|[?&](?:add-to-cart|add_to_cart)=/i;

/** Poll, survey, reaction and feedback links ("🔥 Loved it" -> /polls/<id>/vote?answer=loved). */
const POLL =
  /(?:\/(?:polls?|vote|votes|survey|surveys|feedback|reactions?)(?:\/|$|\?))|[?&](?:vote|poll|answer|rating|reaction|feedback)=/i;
/** True for a poll / survey / feedback vote link (absolute or relative). */
export function isPollUrl(href: string): boolean {
  return POLL.test(href.replace(/^https?:\/\/[^/]+/i, ''));
}

/** A repository's home on a code host: a project, not an article. */
const CODE_REPO =
  /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|sr\.ht|git\.sr\.ht)\/[^/?#]+\/[^/?#]+\/?(?:[?#]|$)/i;

/** Social networks: a link there is a profile, a post or a feed, never related reading. */
const SOCIAL =
  /^https?:\/\/(?:[\w-]+\.)*(?:instagram\.com|facebook\.com|fb\.com|twitter\.com|x\.com|tiktok\.com|threads\.net|pinterest\.[a-z.]+|vk\.com|ok\.ru|t\.me|telegram\.me|weibo\.com|linkedin\.com\/(?:in|company)|snapchat\.com|bsky\.app|mastodon\.social|line\.me)(?:[/?#]|$)/i;

/** Link text of buttons and chrome rather than a title. */
export const GENERIC_LINK_TEXT =
  /^(?:(?:read\s+more|more|see\s+more|see\s+all|view\s+all|show\s+all|show\s+more|load\s+more)(?:\s*\(\d+\)|\s+\d+)?|continue\s+reading|full\s+story|click\s+here|here|link|image|photo|video|next|previous|prev|older\s+posts?|newer\s+posts?|home|reply|share|comments?|\d+\s+comments?|leave\s+a\s+comment|post\s+a\s+comment|subscribe|sign\s+in|log\s+in|continue|more\s+»|»|«|→|←|\.\.\.|…|share\s+(?:via|on|to|by)\s+[\p{L} ]{1,20}|share\s+this(?:\s+\w+)?|pgp\s+key|rss(?:\s+feed)?|e-?mail(?:\s+me|\s+us)?|contact(?:\s+us)?|facebook|twitter|x|instagram|linkedin|youtube|tiktok|pinterest|threads|telegram|whatsapp|line|weibo|wechat|阅读全文|阅读更多|更多|続きを読む|もっと見る|더\s*보기|weiterlesen|mehr|leer\s+más|lire\s+la\s+suite|leia\s+mais|leggi\s+tutto)$/iu;

/** True for a URL that is never a related article (share, account, listing, archive, feed, ad, file). */
export function isExcludedUrl(url: string): boolean {
  let path = '/';
  try {
    const u = new URL(url);
    path = u.pathname + u.search;
  } catch {
    return true;
  }
  if (path === '/' || path === '') return true;
  // Profile pages: medium.com/@name, substack.com/@name.
  if (/^\/@[^/]+\/?$/.test(path)) return true;
  return (
    SOCIAL.test(url) ||
    SHARE.test(url) ||
    ACCOUNT.test(url) ||
    LISTING.test(path) ||
    ADS.test(url) ||
    POLL.test(path) ||
    SHOP.test(path) ||
    CODE_REPO.test(url)
  );
}

const CHROME_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'FORM', 'BUTTON']);
const CHROME_ROLES = /^(?:navigation|banner|contentinfo|search|menu|menubar|toolbar)$/;
/** Words that mark chrome when they start or end a class/id token ("share-buttons", "post-share", "nav-links"). */
const CHROME_WORDS = new Set([
  'nav',
  'navbar',
  'navigation',
  'menu',
  'share',
  'sharing',
  'sharedaddy',
  'social',
  'comment',
  'comments',
  'respond',
  'breadcrumb',
  'breadcrumbs',
  'pagination',
  'pager',
  'byline',
  'author',
  'advert',
  'ads',
  'sponsor',
  'sponsored',
  'promo',
  'footer',
  'masthead',
  'cookie',
  'login',
]);
/** Words that mark chrome only at the end of a token ("post-tags" yes, Ghost's "tag-safety" no). */
const CHROME_TAIL_WORDS = new Set(['tag', 'tags', 'label', 'labels', 'tagcloud', 'categories', 'topics']);

/** Inside a related widget only share bars, comments, tag lists and paging are chrome (items are often "author-recirc"). */
const WIDGET_CHROME_WORDS = new Set(['share', 'sharing', 'social', 'comment', 'comments', 'pagination', 'pager']);

function isWidgetChromeToken(token: string): boolean {
  const parts = token.toLowerCase().split(/[-_]+/).filter(Boolean);
  const last = parts[parts.length - 1] ?? '';
  return WIDGET_CHROME_WORDS.has(parts[0] ?? '') || WIDGET_CHROME_WORDS.has(last) || CHROME_TAIL_WORDS.has(last);
}

/** Class, id, data-component and data-testid tokens of an element. */
export function nameTokens(el: Element): string[] {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('data-component') ?? ''} ${el.getAttribute('data-testid') ?? ''}`;
  return names.split(/\s+/).filter(Boolean);
}

function isChromeToken(token: string): boolean {
  const parts = token.toLowerCase().split(/[-_]+/).filter(Boolean);
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  return CHROME_WORDS.has(first) || CHROME_WORDS.has(last) || CHROME_TAIL_WORDS.has(last);
}

/**
 * True for an anchor inside page chrome (navigation, share bars, comments, tags, paging, bylines, ads),
 * looking at ancestors up to (not including) `stopAt`.
 */
export function isInChrome(a: Element, stopAt: Element | null = null, inWidget = false): boolean {
  const rel = (a.getAttribute('rel') ?? '').toLowerCase();
  if (/\b(?:tag|author|sponsored|next|prev|license|me|category)\b/.test(rel)) return true;
  for (let el: Element | null = a; el && el !== stopAt; el = el.parentElement) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML') break;
    if (CHROME_TAGS.has(tag)) return true;
    if (CHROME_ROLES.test(el.getAttribute('role') ?? '')) return true;
    if (nameTokens(el).some(inWidget ? isWidgetChromeToken : isChromeToken)) return true;
  }
  return false;
}
