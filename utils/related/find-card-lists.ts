import { NOT_MODULE_WORDS } from '../rules/class-names';
import { moduleHeadingKind } from '../rules/headings';
import { THRESHOLDS } from '../rules/thresholds';
import { cleanText, elementText, shortText, tagOf } from '../text/element-text';
import { cleanUrl, comparableUrl, linkBase } from './clean-url';
import { looksLikeArticleUrl } from './collect-links';
import { isExcludedUrl, isInChrome, nameTokens } from './is-excluded-link';
import { isStoryLikeTitle } from './story-title';
import { isOffLimits } from './widget-boxes';

/**
 * Modules found by their structure rather than their words: three or more sibling cards, each opening one story
 * of the same site under a headline (a "More from World" rail, an unlabelled list of stories below the article,
 * headline units inside the body). Never inside navigation, menus and their dropdowns, headers, footers, forms or
 * comments.
 */
export type CardList = { element: Element; title: string; kind: 'topic' | 'popular' };

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'SVG', 'TEMPLATE', 'BUTTON', 'SELECT', 'HEAD']);
/** Blocks never searched for modules: navigation, the page header and footer, forms. */
const CHROME_BLOCKS = new Set(['NAV', 'HEADER', 'FOOTER', 'FORM']);
const OFF_LIMITS = 'nav, [role="navigation"], .comments, #comments, .comment, header, footer';

/** True inside an archive list, a calendar, a site map, breadcrumbs or a dropdown menu. */
function isNavigationList(el: Element): boolean {
  for (let node: Element | null = el; node && !/^(?:BODY|HTML)$/.test(tagOf(node)); node = node.parentElement) {
    const tokens = nameTokens(node).map((t) => t.toLowerCase());
    if (tokens.some((t) => NOT_MODULE_WORDS.some((w) => t.includes(w)))) return true;
  }
  return false;
}

/** The site of a host: without www. / m., so "edition.cnn.com" and "cnn.com" are one site. */
function siteOf(host: string): string {
  const parts = host
    .toLowerCase()
    .replace(/^(?:www|m|amp)\./, '')
    .split('.');
  // Keep a country's second level ("co.uk", "com.br") with the name before it.
  const keep = parts.length >= 3 && /^(?:co|com|net|org|gov|ac|edu|ne|or)$/.test(parts[parts.length - 2]!) ? 3 : 2;
  return parts.slice(-keep).join('.');
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** Where a card's headline sits: a heading, or an element its CMS names a title or headline. */
const HEADLINE_ELEMENT = 'h2, h3, h4, h5, h6, [class*="title"], [class*="headline"]';

/** The story a card opens (its comparable URL), or null when the item is not a card. */
function cardTarget(item: Element, pageUrl: string, site: string, story: StoryUrl): string | null {
  // The text first: it stops reading early, so a big block costs little.
  const text = shortText(item, THRESHOLDS.headedCardMaxChars);
  if (text === null) return null;
  const anchors = tagOf(item) === 'A' ? [item] : Array.from(item.getElementsByTagName('a'));
  if (anchors.length === 0) return null;
  // A card whose headline is a heading element may carry a teaser; without one it must be mostly its headline.
  if (text.length > THRESHOLDS.cardMaxChars && item.querySelector(HEADLINE_ELEMENT) === null) return null;
  const targets = new Set<string>();
  let headline = '';
  let first: string | null = null;
  let inHeading = false;
  for (const a of anchors) {
    const key = story(a.getAttribute('href') ?? '');
    if (!key) continue;
    targets.add(key);
    first ??= key;
    const words = elementText(a);
    if (words.length > headline.length) {
      headline = words;
      inHeading = a.closest(HEADLINE_ELEMENT) !== null || a.querySelector(HEADLINE_ELEMENT) !== null;
    }
  }
  if (!first || targets.size > THRESHOLDS.cardMaxTargets || !isStoryLikeTitle(headline)) return null;
  if (!inHeading && headline.length < THRESHOLDS.cardMinLinkedShare * text.length) return null;
  return first;
}

/** The comparable URL of an href when it opens a story of the page's own site, else null (memoised per href). */
type StoryUrl = (href: string) => string | null;

function storyUrlOf(pageUrl: string, site: string, base: string): StoryUrl {
  const memo = new Map<string, string | null>();
  return (href) => {
    let key = memo.get(href);
    if (key !== undefined) return key;
    const url = cleanUrl(href, base);
    key =
      url && siteOf(hostOf(url)) === site && !isExcludedUrl(url) && looksLikeArticleUrl(url)
        ? comparableUrl(url, pageUrl)
        : null;
    memo.set(href, key);
    return key;
  };
}

/** A short heading-like element: a real heading, or a styled label without links. */
function headingText(el: Element): string | null {
  // A link beside the list ("» Top 50", "See all") leads elsewhere: it is no heading of the list (a linked heading,
  // "<a href><h2>More from World</h2></a>", still is).
  if (el.querySelector('a[href] a[href]')) return null;
  if (el.matches('a[href]') && !el.querySelector('h1, h2, h3, h4, h5, h6')) return null;
  const tag = tagOf(el);
  const named = /title|heading|header|label/i.test(el.getAttribute('class') ?? '');
  if (!/^H[1-6]$/.test(tag) && !named && !(el.children.length <= 1 && !el.querySelector('a[href], p, li, img')))
    return null;
  const text = shortText(el, THRESHOLDS.cardListMaxHeadingChars)?.trim();
  if (!text || !/\p{L}/u.test(text)) return null;
  // A heading's own button ("<h4><a>Become a Contributor</a>Read Me</h4>", an RSS link) is no part of its label.
  if (el.querySelector('a[href]')) {
    const copy = el.cloneNode(true) as Element;
    for (const a of Array.from(copy.querySelectorAll('a[href]'))) a.remove();
    const own = cleanText(elementText(copy));
    if (/\p{L}/u.test(own)) return own;
  }
  return text;
}

/** The heading just before a list, or first in one of its boxes (up to three levels up). */
function listHeading(list: Element): string {
  let el: Element | null = list;
  for (let depth = 0; el && depth < 3; depth++, el = el.parentElement) {
    let prev = el.previousElementSibling;
    for (let i = 0; prev && i < 2; i++, prev = prev.previousElementSibling) {
      if (SKIP.has(tagOf(prev))) continue;
      const text = headingText(prev);
      if (text) return text;
      if (prev.querySelector('a[href]')) break;
    }
    if (el.parentElement && el.parentElement.querySelectorAll('a[href]').length > 60) break;
  }
  return '';
}

export function findCardLists(doc: Document, pageUrl: string, skip: Element[]): CardList[] {
  const site = siteOf(hostOf(pageUrl));
  const found: Element[] = [];
  const story = storyUrlOf(pageUrl, site, linkBase(doc, pageUrl));
  // How many links each element holds (itself included), from one walk up from every link.
  const links = new Map<Element, number>();
  for (const a of Array.from(doc.getElementsByTagName('a'))) {
    if (!a.hasAttribute('href')) continue;
    for (let el: Element | null = a; el; el = el.parentElement) links.set(el, (links.get(el) ?? 0) + 1);
  }
  const visit = (el: Element): void => {
    const tag = tagOf(el);
    if (SKIP.has(tag) || CHROME_BLOCKS.has(tag)) return;
    const children = Array.from(el.children);
    if (children.length >= THRESHOLDS.cardListMinCards) {
      const withLinks = children.filter((c) => (links.get(c) ?? 0) > 0);
      const targets = new Set<string>();
      let cards = 0;
      if (withLinks.length < THRESHOLDS.cardListMinCards) {
        for (const c of children) visit(c);
        return;
      }
      for (const c of withLinks) {
        const target = (links.get(c) ?? 0) <= THRESHOLDS.cardMaxLinks ? cardTarget(c, pageUrl, site, story) : null;
        if (target) {
          cards++;
          targets.add(target);
        }
      }
      if (
        targets.size >= THRESHOLDS.cardListMinCards &&
        cards >= THRESHOLDS.cardListMinShare * withLinks.length &&
        !isOffLimits(el, OFF_LIMITS) &&
        !isInChrome(el) &&
        !isNavigationList(el) &&
        !skip.some((w) => w.contains(el) || el.contains(w))
      ) {
        found.push(el);
        return;
      }
    }
    for (const c of children) visit(c);
  };
  if (doc.body) visit(doc.body);
  return found.map((element) => {
    const title = listHeading(element);
    return { element, title, kind: (title && moduleHeadingKind(title)) || 'popular' };
  });
}
