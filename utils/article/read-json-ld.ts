import { parseLenientJson } from '../text/lenient-json';
import { letterKey } from '../text/normalize';

type Json = unknown;
type Node = Record<string, Json>;

const ARTICLE_TYPES =
  /^(?:\w*Article|BlogPosting|LiveBlogPosting|Report|SocialMediaPosting|DiscussionForumPosting|\w*WebPage|Posting)$/;
/** A page type rather than an article: WebPage, MedicalWebPage, ItemPage ... (their facts count, the type does not). */
const PAGE_TYPE = /WebPage$|^ItemPage$/;

export type JsonLdFacts = {
  headline: string | null;
  author: string | null;
  datePublished: string | null;
  publisher: string | null;
  websiteName: string | null;
  /** An article-like item (NewsArticle, BlogPosting ...) was found. */
  isArticle: boolean;
};

function isNode(v: Json): v is Node {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function types(node: Node): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function nameOf(v: Json): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : null;
  }
  if (isNode(v) && typeof v.name === 'string') return v.name.trim() || null;
  return null;
}

/**
 * The author's name, unless the author is the publisher itself: an Organization author of the same name as the
 * story's publisher ("National Geographic" writing its own story, when the page names its writer only in the
 * byline) is no byline. A wire service or another organisation credited as author ("Associated Press") stays.
 */
function authorOf(v: Json, publisher: string | null): string | null {
  if (Array.isArray(v)) {
    const names = v.map((x) => authorOf(x, publisher)).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : null;
  }
  const name = nameOf(v);
  const organisation = isNode(v) && types(v).some((t) => /organi[sz]ation|corporation/i.test(t));
  return organisation && name && publisher && letterKey(name) === letterKey(publisher) ? null : name;
}

function flatten(v: Json, out: Node[]): void {
  if (Array.isArray(v)) for (const x of v) flatten(x, out);
  else if (isNode(v)) {
    out.push(v);
    if (v['@graph']) flatten(v['@graph'], out);
  }
}

/** Lower-cased words of a text. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The share of `text`'s words that the page's own title holds (0 when either has none). */
function titleShare(text: string, pageTitle: string): number {
  const title = new Set(wordsOf(pageTitle));
  const own = wordsOf(text);
  return own.length && title.size ? own.filter((w) => title.has(w)).length / own.length : 0;
}

/**
 * The article's title of an item: its `headline`, or its `name` when both are given, differ and the name is the
 * closer to the page's own title and the headline is mostly unlike it (Wikipedia's "headline" is a description,
 * "Wikimedia list article").
 */
function titleOf(node: Node, pageTitle: string): string | null {
  const headline = typeof node.headline === 'string' ? node.headline.trim() : '';
  const name = typeof node.name === 'string' ? node.name.trim() : '';
  // Only a headline mostly unlike the page title gives way: "Aktuálně.cz" (the site) is no better than a headline
  // the title holds nearly word for word.
  const headlineShare = titleShare(headline, pageTitle);
  if (headline && name && name !== headline && headlineShare < 0.5 && titleShare(name, pageTitle) > headlineShare)
    return name;
  return headline || null;
}

/** Article facts from the page's JSON-LD blocks (malformed blocks are skipped). */
export function readJsonLd(doc: Document): JsonLdFacts {
  const nodes: Node[] = [];
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if ((script.getAttribute('type') ?? '').toLowerCase() !== 'application/ld+json') continue;
    // Broken JSON-LD is common: CDATA wrappers, trailing commas, raw line breaks are repaired, the rest skipped.
    flatten(parseLenientJson(script.textContent ?? ''), nodes);
  }
  const facts: JsonLdFacts = {
    headline: null,
    author: null,
    datePublished: null,
    publisher: null,
    websiteName: null,
    isArticle: false,
  };
  for (const node of nodes) {
    const t = types(node);
    if (t.includes('WebSite')) facts.websiteName ??= nameOf(node.name);
    const article = t.some((x) => ARTICLE_TYPES.test(x));
    if (!article) continue;
    const realArticle = t.some((x) => ARTICLE_TYPES.test(x) && !PAGE_TYPE.test(x));
    if (realArticle) facts.isArticle = true;
    if (!realArticle && facts.isArticle) continue;
    if (realArticle || !facts.headline) {
      facts.headline = titleOf(node, doc.title ?? '') ?? facts.headline;
      facts.author = authorOf(node.author, nameOf(node.publisher)) ?? facts.author;
      facts.datePublished = (typeof node.datePublished === 'string' && node.datePublished) || facts.datePublished;
      facts.publisher = nameOf(node.publisher) ?? facts.publisher;
    }
  }
  // No article gave a date: any item's own publication date (a CreativeWork of another type).
  for (const node of nodes) {
    if (facts.datePublished) break;
    if (typeof node.datePublished === 'string' && node.datePublished) facts.datePublished = node.datePublished;
  }
  return facts;
}
