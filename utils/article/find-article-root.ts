import { tagOf } from '../text/element-text';
import { THRESHOLDS } from '../rules/thresholds';

/** Well-known article-body containers, most specific first: class tokens, ids, then tags. */
const BODY_CLASSES = [
  'post-body',
  'entry-content',
  'article-body',
  'article__body',
  'story-body',
  'post-content',
  'article-content',
  'gh-content',
  'available-content',
  'news-content',
  'article_content',
  'article-text',
  'articleBody',
  'body-text',
];
const BODY_IDS = ['article-body', 'content-body', 'artibody', 'articleBody'];

/** Each body class's rank: 1 + its place in BODY_CLASSES. */
const BODY_CLASS_RANK = new Map(BODY_CLASSES.map((name, i) => [name, 1 + i]));

/** Rank of an element as a body container (lower is better), or -1. */
function bodyRank(el: Element): number {
  if (el.getAttribute('itemprop') === 'articleBody') return 0;
  const classes = el.getAttribute('class');
  if (classes) {
    // The best-ranked of its class tokens (each looked up once, not each body class searched for).
    let best = Infinity;
    for (const token of classes.split(/\s+/)) best = Math.min(best, BODY_CLASS_RANK.get(token) ?? Infinity);
    if (best !== Infinity) return best;
  }
  const id = el.getAttribute('id') ?? '';
  if (id && BODY_IDS.includes(id)) return 1 + BODY_CLASSES.length;
  const tag = tagOf(el);
  if (tag === 'ARTICLE') return 2 + BODY_CLASSES.length;
  if (tag === 'MAIN') return 3 + BODY_CLASSES.length;
  return -1;
}

/**
 * The element of the ORIGINAL document that holds the article body (read-only; for in-article links):
 * a well-known body container when there is exactly one, else the element that is the parent of the most
 * paragraph text. `listing`: whether the page is a listing (isListing), when the caller knows already.
 */
export function findArticleRoot(doc: Document, listing = isListing(doc)): Element | null {
  if (listing) return null;
  // One pass over the elements, then the most specific kind with exactly one match wins.
  const byRank = new Map<number, Element[]>();
  // (A walk, not getElementsByTagName('*'): linkedom returns nothing for '*'.)
  const visit = (el: Element): void => {
    const rank = bodyRank(el);
    if (rank >= 0) byRank.set(rank, [...(byRank.get(rank) ?? []), el]);
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) visit(c);
  };
  if (doc.body) visit(doc.body);
  for (const rank of [...byRank.keys()].sort((a, b) => a - b)) {
    let found = byRank.get(rank)!.filter((el) => !el.closest('.comments, #comments, aside, nav, footer'));
    // A page wrapper of the same kind around the story (Squarespace's <article class="sections">): the innermost wins.
    if (found.length > 1) found = found.filter((el) => !found.some((other) => other !== el && el.contains(other)));
    if (found.length === 1 && isProse(found[0]!)) return found[0]!;
  }
  const score = new Map<Element, number>();
  for (const p of Array.from(doc.getElementsByTagName('p'))) {
    const parent = p.parentElement;
    if (!parent || tagOf(parent) === 'BLOCKQUOTE') continue;
    const len = (p.textContent ?? '').length;
    if (len < THRESHOLDS.rootParagraphMinChars) continue;
    score.set(parent, (score.get(parent) ?? 0) + len);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  return best && isProse(best) ? best : null;
}

/** Enough running text, mostly outside links: an article body rather than a listing of teasers. */
function isProse(el: Element): boolean {
  let text = 0;
  let linked = 0;
  for (const p of Array.from(el.getElementsByTagName('p'))) {
    const len = (p.textContent ?? '').length;
    text += len;
    for (const a of Array.from(p.getElementsByTagName('a'))) linked += (a.textContent ?? '').length;
  }
  if (text < THRESHOLDS.rootMinProseChars || linked > text * THRESHOLDS.rootMaxLinkedShare) return false;
  // A listing: several teaser items, or most of the text in links (headlines).
  if (el.getElementsByTagName('article').length >= 3) return false;
  const all = (el.textContent ?? '').length;
  let allLinked = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) allLinked += (a.textContent ?? '').length;
  return allLinked < all * THRESHOLDS.listingLinkedShare;
}

/** Several top-level <article> items of similar size and none dominant: a listing (archive, home page). */
export function isListing(doc: Document): boolean {
  const items = Array.from(doc.getElementsByTagName('article')).filter((a) => !a.parentElement?.closest('article'));
  if (items.length < 3) return false;
  const sizes = items.map((a) => (a.textContent ?? '').length).sort((x, y) => y - x);
  if (sizes[0]! >= 2.5 * sizes[1]!) return false;
  // The items hold most of the page's text (a rail of teasers beside a story does not).
  const total = sizes.reduce((n, x) => n + x, 0);
  return total >= 0.5 * (doc.body?.textContent ?? '').length;
}
