import { copyElement, copyLimited, type CopyBudget } from './copy-limited';
import { createBlankHtmlDocument } from './blank-html-document';
import { findBody } from './measure-page';
import type { PageLimits } from './page-limits';

/** Head elements the metadata readers use. */
const KEEP_HEAD = new Set(['title', 'meta', 'link', 'script']);
const ARTICLE_ROOT = 'article, [itemprop~="articleBody"], [itemprop~="articlebody"]';
const MAX_PARAGRAPHS_SCANNED = 100_000;
const MAX_HEAD_ELEMENTS = 300;
const MAX_HEAD_TEXT = 200_000;

/**
 * The element holding the main text: the parent with the most paragraph text, widened to its enclosing
 * <article> when there is one; the body when the page has no paragraphs.
 */
export function pickContentRoot(body: Element): Element {
  const scores = new Map<Element, number>();
  const paragraphs = body.getElementsByTagName('p');
  const n = Math.min(paragraphs.length, MAX_PARAGRAPHS_SCANNED);
  for (let i = 0; i < n; i++) {
    const p = paragraphs[i];
    const parent = p?.parentElement;
    if (p && parent) scores.set(parent, (scores.get(parent) ?? 0) + (p.textContent?.length ?? 0));
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) [best, bestScore] = [el, score];
  }
  return best ? (best.closest(ARTICLE_ROOT) ?? best) : body;
}

function keepHeadElement(el: Element): boolean {
  const name = el.localName.toLowerCase();
  if (!KEEP_HEAD.has(name)) return false;
  if (name === 'link') return /\bcanonical\b/i.test(el.getAttribute('rel') ?? '');
  if (name === 'script') return /ld\+json/i.test(el.getAttribute('type') ?? '');
  return true;
}

/** A kept head element: its attributes and, for <title> and JSON-LD, its text (left out when huge). */
function copyHeadElement(el: Element, out: Document): Element | null {
  const copy = copyElement(el, out);
  const name = el.localName.toLowerCase();
  if (!copy || (name !== 'title' && name !== 'script')) return copy;
  const text = el.textContent ?? '';
  if (text.length > MAX_HEAD_TEXT) return null;
  copy.textContent = text;
  return copy;
}

export type TrimmedPage = { doc: Document; truncated: boolean };

/**
 * A smaller copy of a page too large to summarize whole: its metadata (title, meta, canonical link,
 * JSON-LD), its first <h1>, and its main content up to the element and text limits. The live document
 * is only read; the copy is a separate inert document whose base URL is the page's.
 */
export function trimLargePage(doc: Document, url: string, limits: PageLimits): TrimmedPage | null {
  const body = findBody(doc);
  const root = doc.documentElement;
  if (!body || !root) return null;
  const out = createBlankHtmlDocument(doc);
  const outHead = out.head;
  const outBody = out.body;
  if (!outHead || !outBody) return null;
  for (const name of ['lang', 'dir']) {
    const value = root.getAttribute(name);
    if (value !== null) out.documentElement.setAttribute(name, value);
  }
  if (/^https?:/i.test(url)) {
    const base = out.createElement('base');
    base.setAttribute('href', url);
    outHead.appendChild(base);
  }
  const head = Array.from(root.children).find((c) => c.localName.toLowerCase() === 'head');
  const headItems = head ? Array.from(head.children).filter(keepHeadElement).slice(0, MAX_HEAD_ELEMENTS) : [];
  for (const item of headItems) {
    const copy = copyHeadElement(item, out);
    if (copy) outHead.appendChild(copy);
  }
  const content = pickContentRoot(body);
  const budget: CopyBudget = {
    elements: limits.maxElements,
    chars: limits.maxTextChars,
    maxDepth: limits.maxDepth,
    truncated: false,
  };
  const h1 = body.getElementsByTagName('h1')[0];
  if (h1 && !content.contains(h1)) {
    const title = out.createElement('h1');
    title.textContent = (h1.textContent ?? '').slice(0, 500);
    outBody.appendChild(title);
  }
  const container = (content === body ? null : copyElement(content, out)) ?? out.createElement('div');
  outBody.appendChild(container);
  copyLimited(content, container, out, budget);
  return { doc: out, truncated: budget.truncated };
}
