import { elementText, tagOf } from './element-text';

const BODY_SELECTORS = [
  '[itemprop="articleBody"]',
  '.post-body',
  '.entry-content',
  '.article-body',
  '.article__body',
  '.story-body',
  '.post-content',
  '.article-content',
  '.gh-content',
  '.available-content',
  '.body.markup',
  'article .content',
  '#article-body',
  '#content-body',
  '.news-content',
  '.article_content',
  '#artibody',
  '.article-text',
  'article',
  'main',
];

/**
 * The element of the ORIGINAL document that holds the article body (read-only; for in-article links):
 * a well-known body container when there is exactly one, else the element that is the parent of the most
 * paragraph text.
 */
export function findArticleRoot(doc: Document): Element | null {
  if (isListing(doc)) return null;
  // One pass for all selectors, then the most specific selector with exactly one match wins.
  const all = Array.from(doc.querySelectorAll(BODY_SELECTORS.join(', '))).filter((el) => !el.closest('.comments, #comments, aside, nav, footer'));
  for (const sel of BODY_SELECTORS) {
    const found = all.filter((el) => el.matches(sel));
    if (found.length === 1 && isProse(found[0]!)) return found[0]!;
  }
  const score = new Map<Element, number>();
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const parent = p.parentElement;
    if (!parent || tagOf(parent) === 'BLOCKQUOTE') continue;
    const len = (p.textContent ?? '').length;
    if (len < 40) continue;
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
  for (const p of Array.from(el.querySelectorAll('p'))) {
    const len = (p.textContent ?? '').length;
    text += len;
    for (const a of Array.from(p.querySelectorAll('a'))) linked += (a.textContent ?? '').length;
  }
  if (text < 300 || linked > text * 0.5) return false;
  // A listing: several teaser items, or most of the text in links (headlines).
  if (el.querySelectorAll('article').length >= 3) return false;
  const all = (el.textContent ?? '').length;
  let allLinked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) allLinked += (a.textContent ?? '').length;
  return allLinked < all * 0.4;
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
