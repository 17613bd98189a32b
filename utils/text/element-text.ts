/** Elements whose text never belongs to the article's prose. */
export const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'VIDEO',
  'AUDIO',
]);

/** Inline (phrasing) elements: their text joins the surrounding text without a break. */
export const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'BIG',
  'CITE',
  'CODE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'IMG',
  'INS',
  'KBD',
  'LABEL',
  'MARK',
  'Q',
  'RUBY',
  'RT',
  'RP',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRIKE',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
  'WBR',
  'PICTURE',
  'SOURCE',
  'INPUT',
  'OUTPUT',
  'METER',
  'PROGRESS',
]);

export function cleanText(text: string): string {
  return text.replace(/[\s\u200b\u00ad]+/g, ' ').trim();
}

export function tagOf(node: Node): string {
  return node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
}

/** Text of a node with block boundaries and <br> kept as spaces (never glued together, never innerText). */
export function elementText(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === 3) {
      parts.push(n.nodeValue ?? '');
      return;
    }
    if (n.nodeType !== 1) return;
    const tag = tagOf(n);
    if (SKIP_TAGS.has(tag)) return;
    if (tag === 'BR') {
      parts.push(' ');
      return;
    }
    const inline = INLINE_TAGS.has(tag);
    if (!inline) parts.push(' ');
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    if (!inline) parts.push(' ');
  };
  walk(node);
  return cleanText(parts.join(''));
}

/** The element's text when it is at most `max` characters long, else null (stops reading early). */
export function shortText(el: Element, max: number): string | null {
  let length = 0;
  const parts: string[] = [];
  const walk = (n: Node): boolean => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const v = c.nodeValue ?? '';
        length += v.trim().length;
        if (length > max) return false;
        parts.push(v);
      } else if (c.nodeType === 1) {
        const tag = tagOf(c);
        if (SKIP_TAGS.has(tag)) continue;
        const inline = INLINE_TAGS.has(tag);
        if (!inline) parts.push(' ');
        if (!walk(c)) return false;
        if (!inline) parts.push(' ');
      }
    }
    return true;
  };
  return walk(el) ? cleanText(parts.join('')) : null;
}
