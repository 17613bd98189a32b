/**
 * Cheap pre-checks on a live document. Nothing here modifies the document (and nothing uses
 * `document.body`, whose getter adds elements to odd documents in some DOM implementations).
 */

const NOT_TEXT = 'script, style, noscript, template';

/** The <body> (or <frameset>) child of the root element, or null. */
export function findBody(doc: Document): Element | null {
  const root = doc.documentElement;
  if (!root) return null;
  for (const child of Array.from(root.children)) {
    const name = child.localName.toLowerCase();
    if (name === 'body' || name === 'frameset') return child;
  }
  return null;
}

/** True for an HTML page; false for SVG, MathML, RSS and other XML documents. */
export function isHtmlDocument(doc: Document): boolean {
  const root = doc.documentElement;
  if (!root || root.localName.toLowerCase() !== 'html') return false;
  return root.namespaceURI === null || root.namespaceURI === 'http://www.w3.org/1999/xhtml';
}

/** Number of elements in the document (one selector count: the same path in browsers and linkedom). */
export function countElements(doc: Document): number {
  return doc.querySelectorAll('*').length;
}

/** True when some element sits more than `limit` levels below `root` (stops at the first such element). */
export function isDeeperThan(root: Element, limit: number): boolean {
  let depth = 0;
  let el: Element | null = root;
  while (el) {
    if (depth > limit) return true;
    const child: Element | null = el.firstElementChild;
    if (child) {
      el = child;
      depth++;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) {
      el = el.parentElement;
      depth--;
    }
    el = el && el !== root ? el.nextElementSibling : null;
  }
  return false;
}

/** Characters of text under an element, leaving out scripts, styles and templates. */
export function visibleTextLength(el: Element): number {
  let length = el.textContent?.length ?? 0;
  for (const hidden of Array.from(el.querySelectorAll(NOT_TEXT))) length -= hidden.textContent?.length ?? 0;
  return Math.max(0, length);
}

const SKIP_TEXT = new Set(['script', 'style', 'noscript', 'template']);

/** True when the element holds at least one non-space character outside scripts and styles (stops at the first). */
export function hasVisibleText(root: Element): boolean {
  let node: Node | null = root.firstChild;
  while (node && node !== root) {
    if (node.nodeType === 3 && /\S/.test(node.nodeValue ?? '')) return true;
    const skip = node.nodeType !== 1 || SKIP_TEXT.has((node as Element).localName.toLowerCase());
    if (!skip && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return false;
}
