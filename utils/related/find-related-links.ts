import { THRESHOLDS } from '../rules/thresholds';
import type { RelatedGroup, RelatedLink } from '../types';
import { comparableUrl, withoutDomainEnding } from './clean-url';
import { findArticleRoot, isListing } from '../article/find-article-root';
import { readPageFacts } from '../article/read-metadata';
import { collectLinks, isNotAStoryTitle, type LinkCandidate } from './collect-links';
import { findCardLists } from './find-card-lists';
import { findRelatedWidgets, sortByDocumentOrder } from './find-related-widgets';
import { findSiteWideLists } from './find-site-wide-lists';
import { letterKey } from '../text/normalize';
import { isStoryLikeTitle } from './story-title';
import { isAdModuleHeading, isRecommendationHeading } from '../rules/headings';
import { isInPaidBox } from './is-excluded-link';
import { INLINE_TAGS, SKIP_TAGS, cleanText, elementText, tagOf } from '../text/element-text';

/** The popup shows this many related links at first; the rest on request. */
export const MAX_RELATED = THRESHOLDS.maxRelatedLinks;
/** Each group lists at most this many links, so the whole list holds at most three times as many. */
export const MAX_PER_GROUP = THRESHOLDS.maxRelatedPerGroup;

/**
 * Related reading from the ORIGINAL document (before Readability throws widgets away), in three groups: the
 * page's topical modules ("Related", "More on this story", found by their heading or their structure), then the
 * stories linked in the article's text, then site-wide lists (most read, trending, latest). Never navigation,
 * tags, archives, share buttons, comments, sign-in, ads, paging or the page itself; absolute http(s) URLs
 * without tracking parameters, each once, each headline once; at most MAX_PER_GROUP per group.
 */

export type RelatedOptions = {
  /** The article's title: a link titled the same (a widget listing this very story) is the page itself. */
  title?: string;
};

/** Addresses the page gives itself: its canonical link and og:url, beside the address it was read at. */
function ownUrls(doc: Document, url: string): string[] {
  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return [url, canonical, og].filter((u): u is string => !!u);
}

/** A title compared without case, punctuation or spacing. */
const titleKey = letterKey;

/** A paragraph in the page's markup: a <p>, or a <div> holding only text and inline elements (CNN, <br><br> bodies). */
function isParagraphLike(el: Element): boolean {
  const tag = tagOf(el);
  if (tag === 'P') return true;
  if (tag !== 'DIV') return false;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const t = tagOf(c);
    if (t !== 'BR' && !INLINE_TAGS.has(t)) return false;
  }
  return true;
}

/**
 * The story's container when the article finder declines the page (a story page with many headline links looks
 * like a listing to it; paragraphs written as <div>s or as text between <br>s): the element whose paragraphs hold
 * the most text. Each run of text counts for its paragraph's parent, or for the block it sits in directly.
 */
function proseRoot(doc: Document): Element | null {
  const score = new Map<Element, number>();
  const count = (block: Element, len: number): void => {
    const target = isParagraphLike(block) && block.parentElement ? block.parentElement : block;
    if (tagOf(target) === 'BLOCKQUOTE' || target.closest('nav, header, footer, aside')) return;
    score.set(target, (score.get(target) ?? 0) + len);
  };
  const visit = (node: Node, block: Element): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const len = (c.nodeValue ?? '').trim().length;
        if (len >= THRESHOLDS.rootTextRunMinChars) count(block, len);
      } else if (c.nodeType === 1) {
        const tag = tagOf(c);
        if (SKIP_TAGS.has(tag)) continue;
        visit(c, INLINE_TAGS.has(tag) ? block : (c as Element));
      }
    }
  };
  if (doc.body) visit(doc.body, doc.body);
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) if (s > bestScore && tagOf(el) !== 'BODY') [best, bestScore] = [el, s];
  return best;
}

/** The query parameters of a comparable URL, as `key=value` pieces. */
function queryParams(key: string): string[] {
  const q = key.split('?')[1];
  return q ? q.split('&').filter(Boolean) : [];
}

/** A script that names its page in the query ("story.php?id=12", "index.php?title=X"): each query is a page. */
const SCRIPT_PATH = /\.(?:php\d?|aspx?|jsp|cgi|pl|cfm)$|\/$/i;

/** True when every piece of `a` is in `b`. */
const isSubset = (a: readonly string[], b: readonly string[]): boolean => a.every((x) => b.includes(x));

type Module = { element: Element; title: string; kind: 'topic' | 'popular'; inline: boolean };

/** The heading a list sits under when it has no label of its own: a heading before its first link, inside or just before it. */
function headingOf(el: Element): string {
  const link = el.querySelector('a');
  const inside = el.querySelector('h1, h2, h3, h4, h5, h6');
  // (4: DOCUMENT_POSITION_FOLLOWING, the link comes after the heading.)
  if (inside && link && inside.compareDocumentPosition(link) & 4 && !inside.contains(link))
    return cleanText(elementText(inside));
  const prev = el.previousElementSibling;
  return prev && /^H[1-6]$/.test(tagOf(prev)) ? cleanText(elementText(prev)) : '';
}

/**
 * A day written as one number, year first or last ("20111118", Business Week's "09202011"): many stories of that
 * day share it, so it is no story's id.
 */
const DAY_NUMBER = /^(?:(?:19|20)\d{2}[0-3]\d[0-3]\d|[0-3]\d[0-3]\d(?:19|20)\d{2})$/;

/** The long numbers of an address's path and query (a story's id: "story?id=5461430", "/id/5461430/slug"). */
function storyIds(url: string): string[] {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return [];
  }
  const min = THRESHOLDS.ownStoryIdMinDigits;
  return (`${u.pathname}${u.search}`.match(new RegExp(`(?<!\\d)\\d{${min},}(?!\\d)`, 'g')) ?? []).filter(
    (n) => !DAY_NUMBER.test(n),
  );
}

/** The last path segment when it is a descriptive slug (three words or more): another address of the page shares it. */
/** A page's file ending: ".php", ".html", ".aspx". */
const PAGE_FILE_ENDING = /\.(?:s?html?|php\d?|aspx?|jsp)$/iu;

function ownSlug(url: string): string | null {
  try {
    // Without its file ending: "…-on-the-almafi-coast.php" is the page "…-on-the-almafi-coast" (blind pool S).
    const last = (new URL(url).pathname.split('/').filter(Boolean).pop() ?? '').replace(PAGE_FILE_ENDING, '');
    return last.split(/[-_]/).filter(Boolean).length >= 3 ? last.toLowerCase() : null;
  } catch {
    return null;
  }
}

/**
 * The story links of a module: not the hub its own heading names ("More in Amsterdam" linking "Amsterdam", "More
 * from The Verge" linking "The Verge"), a label of the module rather than a story in it.
 */
function moduleLinks(m: Module, url: string): LinkCandidate[] {
  const heading = titleKey(m.title || headingOf(m.element));
  return collectLinks(m.element, url, { widget: true }).filter((c) => {
    const key = titleKey(c.title);
    return !(key && heading.length > key.length && heading.endsWith(key) && !isStoryLikeTitle(c.title));
  });
}

/** The separators a site puts before its name at the end of a title: "Story | Site", "Story - Site", "Story｜サイト". */
const TITLE_SUFFIX = /\s*(?:\s[|\-–—:·]\s|[｜|])\s*([^|｜]{2,60})$/u;

/**
 * The site's name as the page's own <title> ends with it ("… | BUZZAP！（バザップ！）"), or '' when it has no such
 * tail. A related title (often a link's title attribute, the other page's <title>) ending with the same tail loses it.
 */
function siteTail(doc: Document): string {
  const m = TITLE_SUFFIX.exec((doc.title ?? '').trim());
  return m ? m[1]!.trim() : '';
}

function withoutSiteTail(title: string, tail: string): string {
  if (!tail || !title.endsWith(tail)) return title;
  const m = TITLE_SUFFIX.exec(title);
  const rest = m && m[1]!.trim() === tail ? title.slice(0, m.index).trim() : title;
  return rest.length >= 8 ? rest : title;
}

export function findRelatedLinks(doc: Document, url: string, { title = '' }: RelatedOptions = {}): RelatedLink[] {
  // A listing (home page, archive) that does not call itself an article has no related reading of its own.
  const listing = isListing(doc);
  if (listing && !readPageFacts(doc, url).declaredArticle) return [];
  const slug = ownSlug(url);
  const seen = new Map<string, { link: RelatedLink; inline: boolean }>();
  for (const own of ownUrls(doc, url)) {
    const key = comparableUrl(own, url);
    if (key && !seen.has(key))
      seen.set(key, { link: { title: '', url: own, source: 'self', group: 'topic' }, inline: false });
  }
  // The story's own id: another address holding it is this story's comments, print or gallery view.
  const ownIds = new Set(ownUrls(doc, url).flatMap(storyIds));
  const titles = new Set<string>();
  const storyPaths = new Set<string>();
  const storyEditions = new Set<string>();
  const queries = new Map<string, string[][]>();
  for (const { link } of seen.values()) {
    const key = comparableUrl(link.url, url);
    if (key) queries.set(key.split('?')[0]!, [...(queries.get(key.split('?')[0]!) ?? []), queryParams(key)]);
  }
  const ownTitle = titleKey(title);
  if (ownTitle) titles.add(ownTitle);
  const tail = siteTail(doc);
  const groups: Record<RelatedGroup, RelatedLink[]> = { topic: [], inline: [], popular: [] };
  const add = (candidates: LinkCandidate[], source: string, group: RelatedGroup, inline: boolean): void => {
    for (const candidate of candidates) {
      const c = { ...candidate, title: withoutSiteTail(candidate.title, tail) };
      // An advertorial, a captioned picture or a widget, whatever module lists it.
      if (isNotAStoryTitle(c.title)) continue;
      const tkey = titleKey(c.title);
      const known = seen.get(c.key);
      if (known) {
        // A boxed widget names a post better than an inline "Read more:" line that linked it first.
        if (known.inline && !inline && known.link.group === group)
          Object.assign(known.link, { title: c.title, source });
        continue;
      }
      // One story under two queries ("?rev=1574112046989"): a descriptive path names it alone.
      const path = c.key.split('?')[0]!;
      const descriptive = ownSlug(c.url) !== null;
      if (descriptive && storyPaths.has(path)) continue;
      // The same story under the site's other domain ("bbc.co.uk/news/…" and "bbc.com/news/…").
      const edition = descriptive ? withoutDomainEnding(path) : '';
      if (edition && storyEditions.has(edition)) continue;
      // One page under more and fewer parameters ("yahoo-sale.html?_r=0" beside "yahoo-sale.html").
      const params = queryParams(c.key);
      if (
        !SCRIPT_PATH.test(path) &&
        (queries.get(path) ?? []).some((known) => isSubset(known, params) || isSubset(params, known))
      )
        continue;
      // The page's gallery, video or comments view under the same slug is the page itself.
      if (slug && ownSlug(c.url) === slug) continue;
      if (ownIds.size && storyIds(c.url).some((id) => ownIds.has(id))) continue;
      // A headline appears once (the same story under two addresses, or the page itself under another one).
      if (tkey && titles.has(tkey)) continue;
      if (groups[group].length >= MAX_PER_GROUP) continue;
      const link: RelatedLink = { title: c.title, url: c.url, source, group };
      seen.set(c.key, { link, inline });
      if (tkey) titles.add(tkey);
      if (descriptive) storyPaths.add(path);
      if (edition) storyEditions.add(edition);
      queries.set(path, [...(queries.get(path) ?? []), params]);
      groups[group].push(link);
    }
  };
  const labelled = findRelatedWidgets(doc);
  const modules: Module[] = sortByDocumentOrder([
    ...labelled,
    ...findCardLists(
      doc,
      url,
      labelled.map((w) => w.element),
    ).map((c) => ({ ...c, inline: false })),
  ]);
  // A box of ads or paid placements under its own heading ("Sponsored stories", "お得情報") is no reading, and its
  // links are not the article's either.
  // So is a box whose class marks paid placements ("sas_pr_wrapper": advertorials styled as stories).
  const ads = modules
    .filter((m) => isAdModuleHeading(m.title || headingOf(m.element)) || isInPaidBox(m.element))
    .map((m) => m.element);
  for (let i = modules.length - 1; i >= 0; i--) if (ads.includes(modules[i]!.element)) modules.splice(i, 1);
  // Topical modules in page order, labelled teaser lines inside the story ("Read more: <a>") among them; the site's
  // picks for the reader ("Recommended for you", "おすすめ記事") after the story's own ("Related", "関連記事").
  const topical = modules.filter((m) => m.kind === 'topic');
  const picks = (m: Module): number => (m.title && isRecommendationHeading(m.title) ? 1 : 0);
  for (const m of [...topical].sort((a, b) => picks(a) - picks(b)))
    add(moduleLinks(m, url), m.title, 'topic', m.inline);
  const inWidget = (a: Element): boolean =>
    modules.some((w) => !w.inline && w.element.contains(a)) || ads.some((el) => el.contains(a));
  const root = findArticleRoot(doc, listing) ?? proseRoot(doc);
  if (root) {
    // A most-read / trending column that shares the article's container is not in-article reading.
    const siteWide = findSiteWideLists(root);
    const inSiteWide = (a: Element): boolean => siteWide.some((el) => el.contains(a));
    add(
      collectLinks(root, url, { widget: false }).filter((c) => !inWidget(c.anchor) && !inSiteWide(c.anchor)),
      'article',
      'inline',
      true,
    );
  }
  for (const m of modules.filter((m) => m.kind === 'popular' && !m.inline))
    add(moduleLinks(m, url), m.title, 'popular', false);
  // The first view (MAX_RELATED items) keeps room for the page's popular list: links in the text fill at most
  // relatedInlineFirstView places of it when a popular list follows; the rest of them come after.
  const room = Math.max(0, MAX_RELATED - groups.topic.length);
  const inlineFirst = groups.popular.length
    ? Math.min(groups.inline.length, THRESHOLDS.relatedInlineFirstView, room)
    : room;
  return [
    ...groups.topic,
    ...groups.inline.slice(0, inlineFirst),
    ...groups.popular,
    ...groups.inline.slice(inlineFirst),
  ];
}
