import { alternationSource, buildPattern, escapeRegExp } from '../rules/phrase-pattern';
import {
  APP_PITCH,
  CALL_TO_ACTION_STARTS,
  COMMENT_COUNT_LABELS,
  EMPTY_ALT_TEXTS,
  IMAGE_ALT_PREFIXES,
  LEGAL_LINE_PHRASES,
  NEW_WINDOW_LABELS,
  ORDER_VERBS,
  PHOTO_CREDIT_LABELS,
  PICTURE_AGENCIES,
  READ_MORE_LABELS,
  TOPIC_LINK_STARTS,
} from '../rules/phrases/link-labels';
import { RELATED_HEADINGS } from '../rules/phrases/widget-headings';
import { overlayLinkTitle } from './card-title';
import { cleanUrl, comparableUrl, linkBase } from './clean-url';
import { isScreenReaderOnly } from '../article/remove-caption-text';
import { cleanText, elementText } from '../text/element-text';
import { GENERIC_LINK_TEXT, isExcludedUrl, isInChrome } from './is-excluded-link';
import { THRESHOLDS } from '../rules/thresholds';
import { hasDenseScript } from '../text/script';
import { completeTitle, isStoryLikeTitle, readableTitle, titleAttribute, withoutTitleLabel } from './story-title';
import { letterKey } from '../text/normalize';
import { SLUG_AND_WORDS } from '../rules/url-patterns';
import { moduleHeadingKind } from '../rules/headings';
import { LINK_SUMMARY_WORDS } from '../rules/class-names';

export type LinkCandidate = { title: string; url: string; key: string; anchor: Element };

/** A title worth showing: not button text, long enough to name an article (any length for an article URL). */
function titleQuality(text: string, articleUrl: boolean): number {
  if (!text || GENERIC_LINK_TEXT.test(text) || text.length > THRESHOLDS.linkTitleMaxChars) return 0;
  const words = text.split(/\s+/).length;
  const long = hasDenseScript(text)
    ? text.length >= THRESHOLDS.linkTitleMinCjkChars
    : words >= 2 || text.length >= THRESHOLDS.linkTitleMinChars;
  if (!long && !(articleUrl && text.length >= 3)) return 0;
  return Math.min(text.length, 160);
}

const ARTICLE_QUERY =
  /[?&](?:view=(?:article|item|story)(?:&|$)|(?:p|id|aid|article_?id|story_?id|news_?id|idxno|artid)=\d)/i;

/** A URL shaped like one article: a dated path, a multi-word slug, a numeric id or a page file. */
export function looksLikeArticleUrl(url: string): boolean {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return false;
  }
  const segments = path.split('/').filter(Boolean);
  const last = segments[segments.length - 1] ?? '';
  // Non-SEF CMS URLs name the article in the query: Joomla's ?option=com_content&view=article&id=12, ?p=123, ?idxno=.
  if (ARTICLE_QUERY.test(url)) return true;
  // A dated path names one story even when its page file is "index.html" (CNN's /2019/11/17/politics/slug/index.html).
  if (/\/(?:19|20)\d{2}\/\d{1,2}\//.test(path)) return true;
  if (/^(?:index|default|home)\.\w+$/i.test(last)) return false;
  if (/\d{5,}/.test(path)) return true;
  if (/\.(?:s?html?|php|aspx?)$/i.test(last)) return true;
  if (segments.some((s) => s.split(/[-_]/).filter(Boolean).length >= 3)) return true;
  return (
    segments.length >= 2 &&
    last.startsWith('@') === false &&
    /^p$|^post$|^story$|^article$|^news$/i.test(segments[0] ?? '')
  );
}

const CALL_TO_ACTION = buildPattern([CALL_TO_ACTION_STARTS], { at: 'start' });
const TOPIC_LINK = buildPattern([TOPIC_LINK_STARTS], { at: 'start' });

/** "More on Conflicto mapuche", "Mehr zu Passwort": a link to a topic page, named in a few words. */
export function isTopicLinkTitle(title: string): boolean {
  const m = TOPIC_LINK.exec(title.trim());
  if (!m) return false;
  const rest =
    title
      .trim()
      .slice(m[0].length)
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return rest.length >= 1 && rest.length <= THRESHOLDS.topicLinkMaxWords;
}

/**
 * A caption with its photo credit after it ("Declan Rice after the win. | Foto: Reuters"): the link opens a
 * picture. A label opening the title ("Photos: Harvest festival") names a gallery, which stays.
 */
const PHOTO_CREDIT = new RegExp(
  `\\S\\s+(?:[|/–—-]\\s*)?(?:${alternationSource([PHOTO_CREDIT_LABELS])})\\s*:\\s*[^|:]{2,40}$`,
  'iu',
);

/**
 * A title that marks its story as paid for: "［PR］", "【PR】", "[PR]", "(PR)" at either end ("…長寿命［PR］"), or a
 * caption with a wire service's credit after a bar ("Tim Kaine is pictured. | AP"), or a countdown widget's digits
 * ("Hours until the VP debate 0 0 : 0 0 : 0 0"), or a shop's product with its price set apart at the end ("Wedgie fit
 * jeans, Levi's, $89.50", "Leather mittens – £30"): an advertorial, a picture, a widget, a product, never a story to
 * list. (A headline's own figure is no price set apart: "Bitcoin falls below $10,000".)
 */
const NOT_A_STORY_TITLE = new RegExp(
  `^\\s*[［【[(（]\\s*PR\\s*[］】\\])）]|[［【[(（]\\s*PR\\s*[］】\\])）]\\s*$|\\s\\|\\s*(?:${PICTURE_AGENCIES.map(escapeRegExp).join('|')})(?: Photo)?\\s*$|(?:\\d\\s+){2,}:\\s*\\d|[,|–—]\\s*(?:US|CA|AU|NZ)?[$€£¥]\\s?\\d[\\d,]*(?:\\.\\d{2})?\\s*$`,
  'u',
);

/** A card's count of comments, set apart: "55评论 ⋅", "12 comments", "Kommentare (3)" (COMMENT_COUNT_LABELS). */
const COMMENT_COUNT = new RegExp(
  `^\\s*(?:\\d[\\d,.]*\\s*${alternationSource([COMMENT_COUNT_LABELS])}|${alternationSource([COMMENT_COUNT_LABELS])}\\s*[(（]?\\s*\\d[\\d,.]*\\s*[)）]?)\\s*[·⋅•|]?\\s*$`,
  'iu',
);

/** A shop's order link: a short name and the verb ("TR bestellen", "Buy now"), ORDER_VERBS. */
const ORDER_LINK = new RegExp(`^(?:\\S+\\s+){0,2}${alternationSource([ORDER_VERBS])}\\s*[!.]?$`, 'iu');
/**
 * A link's arrow closing its text ("投资热点尽在新浪财经APP>", "点击进入…>>"; not a tag's end in a title that shows
 * markup as text), or a copyright notice: a call to follow a link or the site's legal line, never a headline.
 */
const ARROW = /^[^<]*[>›»]\s*$/u;
const LEGAL_LINE = buildPattern([LEGAL_LINE_PHRASES], { at: 'word' });
/** A template the page never filled ("@@status_text@@@@teacher_name@@：@@title@@", "{{ item.title }}"). */
const UNFILLED_TEMPLATE = /@@\w+@@|\{\{[^}]*\}\}|\$\{\w+\}/u;
/** A quote widget's line: a company, its price and its change ("京东方Ａ 4.00 +2.30%", "Apple 189.25 -0.4%"). */
const STOCK_QUOTE = /\s\d+(?:[.,]\d+)?\s+[+\-−]\d+(?:[.,]\d+)?\s?%\s*$/u;

/**
 * A job ad's gender mark ("Personalreferent (m/w/d)", "Chef de projet (H/F)", "Developer (m/f/d)"): a vacancy, not a
 * story (blind pool Q: a news site's job board in its "more" list).
 */
const JOB_AD = /\((?:[mwfdhx]\s?\/\s?){1,3}[mwfdhx]\)|\((?:[mwfdx]\s?\|\s?){2}[mwfdx]\)/iu;

export const isNotAStoryTitle = (title: string): boolean =>
  NOT_A_STORY_TITLE.test(title) ||
  JOB_AD.test(title) ||
  COMMENT_COUNT.test(title) ||
  ORDER_LINK.test(title) ||
  ARROW.test(title) ||
  LEGAL_LINE.test(title) ||
  STOCK_QUOTE.test(title) ||
  UNFILLED_TEMPLATE.test(title) ||
  APP_PITCH.test(title);

/** A file's name as a link's text ("12-IMG_3886.jpg", "report-2019.pdf"): a photo or a document, not a story. */
const FILE_NAME_TITLE =
  /^[\w\-. ()]+\.(?:jpe?g|png|gif|webp|svg|tiff?|heic|pdf|docx?|xlsx?|pptx?|csv|mp[34]|mov|zip)$/iu;

/** A link whose text is its own address ("pic.twitter.com/BUPgYtgHaY", "www.cdc.gov/flu"): no title. */
const ADDRESS_TITLE = /^(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)+\/\S*$|^(?:https?:\/\/|www\.)\S+$/iu;

/** A link to a note of the page itself: footnotes and citation back-links ("Jump up to: a", "^", "[3]"). */
const NOTE_FRAGMENT = /#(?:cite[_-]|fn[_:-]?\d|footnote|endnote|ref[_-]?\d|note[_-]?\d)/i;

const AND_WORDS = new RegExp(`&|(?<![\\p{L}\\p{N}])(?:${SLUG_AND_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'giu');

/**
 * A section front named by its link: one path segment spelling the link's few words ("Science & Health" ->
 * /science-and-health), a hub page rather than a story. A headline a blog writes as its one-segment slug
 * ("/stack-overflow-survey-results-show-wordpress-is-trending-up") is longer than any section's name.
 */
function isSectionLink(title: string, url: string): boolean {
  let segments: string[];
  try {
    segments = new URL(url).pathname.split('/').filter(Boolean);
  } catch {
    return false;
  }
  if (segments.length !== 1) return false;
  if ((title.match(/[\p{L}\p{N}]+/gu) ?? []).length > THRESHOLDS.sectionNameMaxWords) return false;
  const words = (text: string): string => letterKey(text.replace(AND_WORDS, ' '));
  const name = words(title);
  const slug = segments[0]!.replace(/[-_+]+/g, ' ');
  if (name === '' || !slug.trim()) return false;
  // Or a short slug that opens with the link's words: "Latino News" -> /latino-news-in-english.
  const short = (slug.match(/[\p{L}\p{N}]+/gu) ?? []).length <= THRESHOLDS.sectionNameMaxWords;
  return name === words(slug) || (short && !/\d/.test(slug) && words(slug).startsWith(name));
}

/**
 * Dates and counters inside a link or its headline ("NOV. 7, 2010", "12 comments") and a clip's length ("05:02"):
 * never part of a title.
 */
/** A card's furniture inside its link: its date, counters, duration and the writer's name ("<span class="writer">"). */
const CARD_FURNITURE =
  'time, [class*="date"], [class*="time"], [class*="count"], [class*="duration"], [class*="writer"], [class*="author"], [class*="byline"]';

const SUMMARY_WORDS = new Set<string>(LINK_SUMMARY_WORDS);

/** A teaser's summary inside a card link: a class token ending in "blurb", "dek", "excerpt" and the like. */
function isSummary(el: Element): boolean {
  return (el.getAttribute('class') ?? '')
    .split(/\s+/)
    .some((token) => SUMMARY_WORDS.has(token.toLowerCase().split(/[-_]+/).pop() ?? ''));
}

/**
 * Text an element shows as a title: without labels for screen readers only ("Video" before a BBC headline,
 * "opens in a new window" after it), without a teaser's summary beside the headline and, with `dates`, without
 * its dates and counters.
 */
function shownText(el: Element, { dates = true } = {}): string {
  const hidden = (node: Element): boolean => isScreenReaderOnly(node) || (dates && node.matches(CARD_FURNITURE));
  const without = (drop: (node: Element) => boolean): string => {
    if (!Array.from(el.querySelectorAll('*')).some(drop)) return elementText(el);
    const copy = el.cloneNode(true) as Element;
    for (const node of Array.from(copy.querySelectorAll('*')).filter(drop)) node.remove();
    return elementText(copy);
  };
  // A summary is dropped only beside a headline: a card whose only text sits in its "excerpt" keeps it.
  return without((node) => hidden(node) || isSummary(node)) || without(hidden);
}

/** Text of a link without screen-reader labels, dates and counters; a headline element inside the link wins. */
function anchorText(a: Element): string {
  // A card may hold its section above its headline, both as headings ("<h2>ZTE FC</h2><h3>A Balmazújváros
  // legyőzte a ZTE FC-t</h3>"): the first that reads as a headline wins, else the first.
  // (Class names in camel case too: CSS modules write "articles_pArticles_ItemTitle__135FF".)
  const texts = Array.from(
    a.querySelectorAll(
      'h1, h2, h3, h4, h5, h6, [class*="title"], [class*="headline"], [class*="heading"], [class*="Title"], [class*="Headline"], [class*="Heading"]',
    ),
  )
    .slice(0, 4)
    .map((h) => shownText(h))
    .filter(Boolean);
  const text = texts.find((t) => isStoryLikeTitle(t)) ?? texts[0];
  return text || shownText(a);
}

/**
 * A headline written twice in one link: responsive variants side by side ("Title Title Tit…") or a clamped
 * copy glued to the full one ("… Apple and Samsungpowerful smartphone … Apple and Samsung"): once.
 */
export function collapseRepeatedTitle(text: string): string {
  const min = THRESHOLDS.repeatedTitleMinChars;
  let t = text.trim();
  for (let changed = true; changed && t.length >= 2 * min;) {
    changed = false;
    // The text opens with the same words twice: keep the first copy.
    for (let end = min; end <= t.length / 2; end++) {
      if (/\s/.test(t[end] ?? '') === false) continue;
      const head = t.slice(0, end).trim();
      if (t.slice(end).trim().startsWith(head)) {
        t = head;
        changed = true;
        break;
      }
    }
    if (changed) continue;
    // A tail that repeats the end of what comes before it.
    for (let start = Math.ceil(t.length / 2); start <= t.length - min; start++) {
      const tail = t.slice(start).trim();
      if (tail.length >= min && t.slice(0, start).trimEnd().endsWith(tail)) {
        t = t.slice(0, start).trim();
        changed = true;
        break;
      }
    }
  }
  return t;
}

const attributeTitle = titleAttribute;

/** A leading date in a listed title: "2025-09-24 - Title", "24.09.2025 | Title". */
const DATE_PREFIX = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\s*[-–—|:·•]\s*/;

/** A label before the title: "Read more: Title", "Related » Title", "Lire aussi : Titre". */
const LABEL_PREFIX = new RegExp(`^${alternationSource([READ_MORE_LABELS, RELATED_HEADINGS])}\\s*[:：»]\\s*`, 'iu');
/** "Continue readingTitle": a read-more label glued to the title (screen-reader text). */
/** A link text opening with a read-more label, in any case ("Lire la suite de la critique …"). */
const READ_MORE_START = buildPattern([READ_MORE_LABELS], { at: 'start' });
const READ_MORE_PREFIX = new RegExp(`^${alternationSource([READ_MORE_LABELS])}(?=\\p{Lu}|\\s|:)\\s*:?\\s*`, 'u');

/** A clamped headline with its source after it: "Here's what the maximum amount of… Tech Insider". */
const SOURCE_AFTER_CLAMP = /^(.{11,}?\S)(?:…|\.{3})\s+\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3}$/u;

const ALT_PREFIX = new RegExp(
  `^(?:(?:${alternationSource([IMAGE_ALT_PREFIXES])})(?![\\p{L}\\p{N}])\\s*[:：]?|(?:${alternationSource([PHOTO_CREDIT_LABELS])})\\s*[:：])\\s*`,
  'iu',
);
const EMPTY_ALT = buildPattern([EMPTY_ALT_TEXTS], { at: 'whole' });

/**
 * The story an image's alt text names: without the words describing the picture ("Thumbnail image of …",
 * "Photo: …", "Foto de …") before a headline, '' for a placeholder ("null", "image").
 */
export function imageAltTitle(img: Element | null): string {
  const alt = cleanText(img?.getAttribute('alt') ?? '');
  if (!alt || EMPTY_ALT.test(alt)) return '';
  const rest = alt.replace(ALT_PREFIX, '');
  if (EMPTY_ALT.test(rest)) return '';
  // The words after the prefix name a story when they open like a headline ("Thumbnail image of Microsoft …");
  // in lower case they describe the picture ("A photo of an Uber bus in Cairo"), which stays whole.
  return /^[\p{Lu}\p{N}"“‘'«¿¡]/u.test(rest) ? rest : alt;
}

/** An icon's or screen reader's "Opens a new window" after the link's words ("said Opens a new window"). */
const NEW_WINDOW_SUFFIX = new RegExp(`\\s*[(\\[]?(?:${alternationSource([NEW_WINDOW_LABELS])})[)\\]]?\\s*$`, 'iu');

/**
 * True when a link shows no words of its own and no card headline: its title would be borrowed from its title
 * attribute or its image's alt text (a photo credit, "Courtesy Thomas Wallace Design", or a caption).
 */
function hasBorrowedTitle(a: Element): boolean {
  const text = anchorText(a).replace(NEW_WINDOW_SUFFIX, '');
  return (!text || ADDRESS_TITLE.test(text)) && !overlayLinkTitle(a);
}

function linkTitle(a: Element): string {
  let text = anchorText(a).replace(NEW_WINDOW_SUFFIX, '');
  if (ADDRESS_TITLE.test(text)) text = '';
  // A card's button ("View", "Read more") beside the card's headline: the headline names the story.
  if (text && GENERIC_LINK_TEXT.test(text)) text = overlayLinkTitle(a) || text;
  if (!text) text = attributeTitle(a) || overlayLinkTitle(a) || imageAltTitle(a.querySelector('img[alt]'));
  return collapseRepeatedTitle(
    withoutTitleLabel(text)
      .replace(DATE_PREFIX, '')
      .replace(LABEL_PREFIX, '')
      .replace(READ_MORE_PREFIX, '')
      .replace(SOURCE_AFTER_CLAMP, '$1…')
      .trim(),
  );
}

/**
 * The links of a container that can be related reading, one per target URL, in order of first appearance.
 * Several links to one target (image, title, "Read more") keep the best title: a real title over button text.
 */
export function collectLinks(container: Element, pageUrl: string, options: { widget: boolean }): LinkCandidate[] {
  const byKey = new Map<string, LinkCandidate & { quality: number; titleAnchor: Element; fuller: string[] }>();
  const base = linkBase(container.ownerDocument, pageUrl);
  for (const a of Array.from(container.getElementsByTagName('a'))) {
    const href = a.getAttribute('href') ?? '';
    if (!href) continue;
    if (href.startsWith('#') || NOTE_FRAGMENT.test(href)) continue;
    const url = cleanUrl(href, base);
    if (!url || isExcludedUrl(url)) continue;
    if (isInChrome(a, container, options.widget)) continue;
    const key = comparableUrl(url, pageUrl);
    if (!key) continue;
    const articleUrl = looksLikeArticleUrl(url);
    // Inside the article body, only links to other articles count (not home pages, sections, profiles).
    if (!options.widget && !articleUrl) continue;
    let title = linkTitle(a);
    // An image's alt text or a title attribute ranks below any words a link to the same story shows: the card's
    // headline link names the story, the picture's alt may be its credit or its caption.
    let quality = titleQuality(title, articleUrl) / (hasBorrowedTitle(a) ? 1000 : 1);
    if (quality === 0) {
      // "Read more" buttons often carry the title in their title attribute.
      const attr = attributeTitle(a);
      if (titleQuality(attr, articleUrl) > 0) {
        title = attr;
        // Below any real link text for the same target.
        quality = titleQuality(attr, articleUrl) / 1000;
      }
    }
    // Every link to the story may know its whole title: its title attribute, its image's alt text.
    const fuller = [attributeTitle(a), imageAltTitle(a.querySelector('img[alt]'))].filter(Boolean);
    const known = byKey.get(key);
    if (known) {
      known.fuller.push(...fuller);
      if (quality > known.quality) Object.assign(known, { title, quality, titleAnchor: a });
      continue;
    }
    byKey.set(key, { title, url, key, anchor: a, quality, titleAnchor: a, fuller });
  }
  const found = [...byKey.values()].flatMap(({ title: shown, url, key, anchor, quality, titleAnchor, fuller }) => {
    if (quality <= 0 && options.widget) return [];
    // A title the site cut short ("… Royal Pains' & …") is made whole from a title attribute or an image of
    // a link to the same story.
    const title = completeTitle(shown, fuller, url, titleAnchor.ownerDocument);
    // A title a reader understands: the headline, the title attribute, the URL's slug or the sentence around
    // the link; a module's own short headline stays when nothing better is known, bare in-text words never do.
    // Button text ("Share", "Read more") with nothing better is a button, and a module's own heading ("Next Up
    // In Science") linking its section is a label: neither is a story.
    if (GENERIC_LINK_TEXT.test(title) && !attributeTitle(titleAnchor)) return [];
    if (moduleHeadingKind(title) || isSectionLink(title, url) || CALL_TO_ACTION.test(title)) return [];
    if (isTopicLinkTitle(title) || FILE_NAME_TITLE.test(title) || PHOTO_CREDIT.test(title)) return [];
    // "Lire la suite de la critique sur Libération.fr": a read-more line names the story by its address first.
    const readMore = READ_MORE_START.test(title) ? readableTitle(titleAnchor, '', url, { inText: false }) : '';
    const readable = readMore || readableTitle(titleAnchor, quality > 0 ? title : '', url, { inText: !options.widget });
    // A title attribute may name the topic page its short text links ("Más sobre Conflicto mapuche").
    if (isTopicLinkTitle(readable)) return [];
    if (readable) return [{ title: readable, url, key, anchor }];
    // A module's short title is kept only for a link shaped like a story ("iOS Blog" -> /iphone/ is a section).
    // A date or a number ("2015-08-03 09:05" linking the day's archive) is no title at all.
    return options.widget && looksLikeArticleUrl(url) && /\p{L}/u.test(title) ? [{ title, url, key, anchor }] : [];
  });
  // A card's kicker linking the folder its story sits in ("AI in Marketing" -> /marketing/ai-in-marketing/, beside
  // /marketing/ai-in-marketing/guest-article/…) is the story's section, unless it reads as a headline itself.
  return found.filter((c) => isStoryLikeTitle(c.title) || !found.some((o) => o !== c && isInFolder(o.url, c.url)));
}

/** True when `url` sits below the folder `folder` on the same host ("/a/b/story" below "/a/b/"). */
function isInFolder(url: string, folder: string): boolean {
  try {
    const u = new URL(url);
    const f = new URL(folder);
    const base = f.pathname.replace(/\/+$/, '');
    return u.host === f.host && base !== '' && u.pathname.startsWith(`${base}/`) && u.pathname.length > base.length + 1;
  } catch {
    return false;
  }
}
