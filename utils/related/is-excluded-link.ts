import {
  CHROME_ROLES,
  CHROME_TAGS,
  CHROME_TAIL_WORDS,
  CHROME_WORDS,
  MODULE_CHROME_WORDS,
  PAID_PLACEMENT_CLASS_WORDS,
  exactNamePattern,
} from '../rules/class-names';
import { buildPattern } from '../rules/phrase-pattern';
import {
  ARROW_LABEL,
  BUTTON_LABELS,
  NEW_WINDOW_LABELS,
  READ_MORE_LABELS,
  SOCIAL_NETWORK_NAMES,
} from '../rules/phrases/link-labels';
import {
  ACCOUNT_PATHS,
  ACCOUNT_URLS,
  AD_URLS,
  CODE_HOSTS,
  CODE_RECORD_PATHS,
  DOCUMENT_URLS,
  FILE_EXTENSIONS,
  LISTING_PARAMS,
  LISTING_PATHS,
  DISCUSSION_PATHS,
  PRINT_PATHS,
  LICENCE_URLS,
  POLL_PARAMS,
  POLL_PATHS,
  SHARE_PARAMS,
  SHARE_URLS,
  SHOP_HOSTS,
  SITE_INFO_PATHS,
  CALENDAR_AND_JOB_PATHS,
  SHOP_PARAMS,
  SHOP_PATHS,
  SHOP_URLS,
  MARKET_DATA_PATHS,
  MARKET_DATA_URLS,
  PROPERTY_LISTING_PATHS,
  STREET_TYPES,
  SOCIAL_HOSTS,
  VIDEO_HOSTS,
  VIDEO_PATHS,
  NON_STORY_SUBDOMAINS,
  WIKI_EDIT_ACTIONS,
  WIKI_EDIT_PARAMS,
  WIKI_NAMESPACES,
  WIKI_REVISION_PARAMS,
  extensionPattern,
  hostPattern,
  pathSegmentPattern,
  namespacePattern,
  subdomainPattern,
  sitePagePattern,
  queryParamPattern,
  repositoryHomePattern,
  codeRecordPattern,
  urlPartPattern,
} from '../rules/url-patterns';
import { THRESHOLDS } from '../rules/thresholds';

/** Links that are never related reading, by what they are; each tested on the full URL or on path + query. */
const ON_URL: RegExp[] = [
  hostPattern(SOCIAL_HOSTS),
  urlPartPattern(SHARE_URLS),
  queryParamPattern(SHARE_PARAMS),
  pathSegmentPattern(ACCOUNT_PATHS, { files: true }),
  urlPartPattern(ACCOUNT_URLS),
  urlPartPattern(LICENCE_URLS),
  urlPartPattern(AD_URLS),
  urlPartPattern(DOCUMENT_URLS),
  codeRecordPattern(CODE_HOSTS, CODE_RECORD_PATHS),
  repositoryHomePattern(CODE_HOSTS),
  hostPattern(VIDEO_HOSTS),
  subdomainPattern(NON_STORY_SUBDOMAINS),
  hostPattern(SHOP_HOSTS),
  urlPartPattern(SHOP_URLS),
  urlPartPattern(MARKET_DATA_URLS),
];
const POLL = [pathSegmentPattern(POLL_PATHS), queryParamPattern(POLL_PARAMS)];
const LISTING = pathSegmentPattern(LISTING_PATHS);
const ON_PATH: RegExp[] = [
  sitePagePattern(SITE_INFO_PATHS),
  pathSegmentPattern(CALENDAR_AND_JOB_PATHS),
  pathSegmentPattern(DISCUSSION_PATHS, { files: true }),
  pathSegmentPattern(PRINT_PATHS, { files: true }),
  // A section's front under one folder: "/business-watch/index.html", "/sport/default.aspx".
  /^\/[^/?]+\/(?:index|default|home)(?:\.\w+)?\/?(?:\?|$)/i,
  pathSegmentPattern(VIDEO_PATHS),
  queryParamPattern(LISTING_PARAMS),
  extensionPattern(FILE_EXTENSIONS),
  // A date archive ("/2025/", "/2025/11/") and an AMP copy of a page ("/amp/").
  /\/\d{4}(?:\/\d{1,2})?\/?$/,
  // A day's page under its date, named in one word: "/newsroom/2015-08-03/kalendarium.html", "/2015-08-03/".
  /\/(?:19|20)\d{2}-\d{2}-\d{2}\/(?:\p{L}+(?:\.\w+)?)?$/iu,
  /\/amp\/?$/i,
  ...POLL,
  pathSegmentPattern(SHOP_PATHS),
  // A commerce folder named for its products: "/most-searched-products/beauty/…", "/best-products/…".
  /\/[a-z]+(?:-[a-z]+)*-products\//u,
  pathSegmentPattern(MARKET_DATA_PATHS, { files: true }),
  queryParamPattern(SHOP_PARAMS),
  queryParamPattern(WIKI_EDIT_PARAMS, `(?:${WIKI_EDIT_ACTIONS.join('|')})(?:&|$)`),
  queryParamPattern(WIKI_REVISION_PARAMS),
  namespacePattern(WIKI_NAMESPACES),
  pathSegmentPattern(PROPERTY_LISTING_PATHS),
  // A member's page by its number ("blog.sina.com.cn/u/1284139322", "/user/48213/"): a profile, not a story.
  /\/(?:u|user|users|member|members)\/\d+\/?$/i,
  // SPIP's author pages ("/_Thomann-Bernard_.html") and section pages ("/-Livres-etudes-.html"); its articles are
  // named without the marks ("/Turpitude-et-architecture.html").
  /\/_[^/_][^/]*_\.html?$/i,
  /\/-[^/-][^/]*-\.html?$/i,
];

/** An estate agent's page named by a street address at the top of its site: "/19-Cahuilla-Hills-Drive". */
const STREET_ADDRESS = new RegExp(
  `^/\\d{1,6}(?:[-_]\\p{Lu}[\\p{L}'’]*){1,5}[-_](?:${STREET_TYPES.flatMap((t) => [t, t.charAt(0).toUpperCase() + t.slice(1)]).join('|')})\\.?/?$`,
  'u',
);

/**
 * A story filed below a listing's folder ("/topics/world/education/why-private-equity-tycoon-funding-scholarship-
 * china", "/category/news/some-long-headline"): a folder between the listing word and a last segment that spells a
 * headline (four words or more). A tag, author or feed page names itself in one segment or a few words.
 */
function isStoryBelowListing(path: string): boolean {
  const m = LISTING.exec(path);
  if (!m) return false;
  const below = path
    .slice(m.index + m[0].length)
    .split('?')[0]!
    .split('/')
    .filter(Boolean);
  const last = below[below.length - 1] ?? '';
  // A topic page named with its kind at the end: "/topic/…/national-treasury-employees-union-ORCIG000115-topic.html".
  const lastWord =
    last
      .replace(/\.\w+$/, '')
      .split(/[-_]+/)
      .pop() ?? '';
  if (LISTING.test(`/${lastWord}`)) return false;
  return (
    below.length >= 2 &&
    !LISTING.test(`/${below.join('/')}`) &&
    // Words of three letters or more: a person's page ("jakob-von-moltke-ph-d") spells a name, not a headline.
    last.split(/[-_]+/).filter((w) => /^\p{L}{3,}$/u.test(w)).length >= THRESHOLDS.storyTitleMinWords
  );
}

const HOME_PATH = /^\/(?:[a-z]{2}(?:[-_][a-z]{2})?|(?:index|default|home)(?:\.\w+)?)\/?$/i;

/** True for a poll / survey / feedback vote link (absolute or relative). */
export function isPollUrl(href: string): boolean {
  const path = href.replace(/^https?:\/\/[^/]+/i, '');
  return POLL.some((re) => re.test(path));
}

/** Link text of buttons and chrome rather than a title ("Read more", "See all (4)", "Facebook", "»"). */
const BUTTON_TEXT = buildPattern([READ_MORE_LABELS, BUTTON_LABELS, SOCIAL_NETWORK_NAMES, NEW_WINDOW_LABELS], {
  at: 'whole',
  suffix: '(?:\\s*\\(\\d+\\)|\\s+\\d+)?',
});
export const GENERIC_LINK_TEXT = new RegExp(`${BUTTON_TEXT.source}|${ARROW_LABEL.source}`, 'iu');

/** True for a URL that is never a related article (share, account, listing, archive, feed, ad, file). */
export function isExcludedUrl(url: string): boolean {
  let path = '/';
  try {
    const u = new URL(url);
    path = u.pathname + u.search;
  } catch {
    return true;
  }
  try {
    // Percent-escapes decoded, so "/wiki/Cat%C3%A9gorie:…" reads as its namespace.
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: tested as written.
  }
  if (path === '/' || path === '') return true;
  // Page text pasted into an address (a broken link): a path segment of many words apart by spaces or with a
  // sentence's punctuation ("/articles/无法忍受乡村音乐？ 对某某明星迷之厌恶？ …").
  if (
    path
      .split('?')[0]!
      .split('/')
      .some(
        (seg) => /[。，！？]/u.test(seg) || seg.split(/\s+/).filter(Boolean).length >= THRESHOLDS.brokenLinkMinWords,
      )
  )
    return true;
  // A home page under another name: "/index.html", "/home", a language's front ("/en/", "/pt-br").
  if (HOME_PATH.test(path)) return true;
  // Profile pages: medium.com/@name, substack.com/@name.
  if (/^\/@[^/]+\/?$/.test(path)) return true;
  if (LISTING.test(path) && !isStoryBelowListing(path)) return true;
  if (STREET_ADDRESS.test(path.split('?')[0]!)) return true;
  return ON_URL.some((re) => re.test(url)) || ON_PATH.some((re) => re.test(path));
}

const CHROME_TAG_SET = new Set<string>(CHROME_TAGS);
const CHROME_ROLE = exactNamePattern(CHROME_ROLES);
const CHROME_WORD_SET = new Set<string>(CHROME_WORDS);
const CHROME_TAIL_WORD_SET = new Set<string>(CHROME_TAIL_WORDS);
const WIDGET_CHROME_WORD_SET = new Set<string>(MODULE_CHROME_WORDS);

/** The words of a class token, split at dashes, underscores and a camelCase hump ("articleByline"). */
const tokenParts = (token: string): string[] =>
  token
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1-$2')
    .toLowerCase()
    .split(/[-_]+/)
    .filter(Boolean);

function isWidgetChromeToken(token: string): boolean {
  const parts = tokenParts(token);
  const last = parts[parts.length - 1] ?? '';
  return (
    WIDGET_CHROME_WORD_SET.has(parts[0] ?? '') || WIDGET_CHROME_WORD_SET.has(last) || CHROME_TAIL_WORD_SET.has(last)
  );
}

/** Class, id, data-component and data-testid tokens of an element. */
export function nameTokens(el: Element): string[] {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('data-component') ?? ''} ${el.getAttribute('data-testid') ?? ''}`;
  return names.split(/\s+/).filter(Boolean);
}

const PAID_WORD_SET = new Set<string>(PAID_PLACEMENT_CLASS_WORDS);

/**
 * A class token marking a paid placement: "sas_pr_wrapper", "native_pr_article"; never "pr-4" (a utility class)
 * nor a bare "pr" (a generated class name, Medium's "pq pr ps").
 */
function isPaidToken(token: string): boolean {
  const parts = tokenParts(token);
  return parts.length >= 2 && !parts.some((p) => /\d/.test(p)) && parts.some((p) => PAID_WORD_SET.has(p));
}

/** True for an element inside a box of paid placements (press releases, advertorials), itself included. */
export function isInPaidBox(el: Element): boolean {
  for (let node: Element | null = el; node && node.tagName.toUpperCase() !== 'BODY'; node = node.parentElement)
    if (nameTokens(node).some(isPaidToken)) return true;
  return false;
}

function isChromeToken(token: string): boolean {
  const parts = tokenParts(token);
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  return CHROME_WORD_SET.has(first) || CHROME_WORD_SET.has(last) || CHROME_TAIL_WORD_SET.has(last);
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
    if (CHROME_TAG_SET.has(tag)) return true;
    if (CHROME_ROLE.test(el.getAttribute('role') ?? '')) return true;
    if (nameTokens(el).some(inWidget ? isWidgetChromeToken : isChromeToken)) return true;
    if (nameTokens(el).some(isPaidToken)) return true;
  }
  return false;
}
