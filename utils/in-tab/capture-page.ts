/**
 * What the article tab hands to the popup on a click: its document as markup, plus the facts a copy
 * loses (the URL at call time, the content type, the loading state, the base URL). The popup parses it with
 * DOMParser and runs the whole pipeline there (utils/summarize-captured-page.ts), so the tab does almost
 * nothing: no bundle to compile in the page, one native serialisation.
 *
 * Injected with scripting.executeScript({ func: capturePage }): the function is sent as its source text,
 * so it must be self-contained (no imports, no helpers outside its body) and never throw.
 */
export type CapturedFrame = {
  url: string;
  contentType: string;
  /** How `html` was written: an HTML root's outerHTML, or an XML serialisation (SVG, RSS, other XML). */
  markup: 'html' | 'xml';
  html: string;
};

export type CapturedPage = {
  kind: 'page';
  /** location.href at call time (a single-page app may have changed it since load). */
  url: string;
  /** document.baseURI: relative URLs in the copy resolve against it. */
  baseUrl: string;
  contentType: string;
  readyState: string;
  markup: 'html' | 'xml';
  /** Markup of the root element (outerHTML for HTML, XMLSerializer for other documents). */
  html: string;
  /** Whether the document had a doctype (the copy is parsed in the same mode). */
  doctype: boolean;
  /** Whether the page has frames at all (a cross-origin frame cannot be read, which the message says). */
  hasFrames: boolean;
  /** The same-origin frame with the most text, read when the top page has no article of its own. */
  frame: CapturedFrame | null;
};

/** Pages refused before copying: too many elements or too much markup to copy and parse in time. */
export type CapturedRefusal = { kind: 'too-large'; elements: number; chars: number };

export type CaptureLimits = { maxElements: number; maxChars: number; maxFrames: number };

export function capturePage(limits: CaptureLimits): CapturedPage | CapturedRefusal {
  const doc = document;
  const elements = doc.getElementsByTagName('*').length;
  if (elements > limits.maxElements) return { kind: 'too-large', elements, chars: 0 };
  // HTML as its root's outerHTML (native, fast); SVG, RSS and other XML documents through XMLSerializer.
  const isHtml = (d: Document): boolean => {
    const r = d.documentElement;
    return !!r && r.localName === 'html' && (r.namespaceURI ?? '').endsWith('/xhtml');
  };
  const serialize = (d: Document): string => {
    if (!d.documentElement) return '';
    return isHtml(d) ? d.documentElement.outerHTML : new XMLSerializer().serializeToString(d);
  };
  const full = serialize(doc);
  if (full.length > limits.maxChars) return { kind: 'too-large', elements, chars: full.length };
  // Scripts (JSON-LD excepted) and style sheets are two thirds of a news page's markup and nothing the
  // pipeline reads; so are comments and the drawing inside inline SVG icons (the <svg> element itself stays).
  // All are dropped before the copy crosses to the popup, in one pass: a script is consumed whole before a
  // "<!--" or "<svg" inside it could be taken for markup. In serialised HTML a script or style element ends at
  // the first "</script" or "</style"; a "<script" inside an attribute value is written "&lt;script" by current
  // browsers (Chrome 138+, Firefox 140+). Where the browser does not escape it, nothing is dropped.
  const probe = doc.createElement('i');
  probe.setAttribute('title', '<');
  const escapes = probe.outerHTML.includes('&lt;');
  // (scripts/profile-popup.ts copies this expression: this function is sent as source and can export nothing.)
  const NOT_READ =
    /<script(\s[^>]*)?>[\s\S]*?<\/script\s*>|<style(?:\s[^>]*)?>[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->|<svg(\s[^>]*)?>[\s\S]*?<\/svg\s*>/gi;
  const strip = (d: Document, markup: string): string =>
    escapes && isHtml(d)
      ? markup.replace(NOT_READ, (el, scriptAttrs?: string, svgAttrs?: string) => {
          const second = el[2]?.toLowerCase();
          if (second === 'v') return `<svg${svgAttrs ?? ''}></svg>`;
          if (second === 'c' && scriptAttrs && /ld\+json/i.test(scriptAttrs)) return el;
          return '';
        })
      : markup;
  const html = strip(doc, full);
  const frames = Array.from(doc.querySelectorAll('iframe, frame')).slice(0, limits.maxFrames);
  let frame: CapturedFrame | null = null;
  let best = 0;
  for (const el of frames) {
    let inner: Document | null;
    try {
      inner = (el as HTMLIFrameElement).contentDocument;
    } catch {
      inner = null; // cross-origin
    }
    const length = inner?.body?.textContent?.trim().length ?? 0;
    if (!inner || length <= best) continue;
    const markup = strip(inner, serialize(inner));
    if (markup.length + html.length > limits.maxChars) continue;
    best = length;
    const markupKind = isHtml(inner) ? 'html' : 'xml';
    frame = {
      url: inner.location?.href ?? inner.URL,
      contentType: inner.contentType,
      markup: markupKind,
      html: markup,
    };
  }
  return {
    kind: 'page',
    url: location.href,
    baseUrl: doc.baseURI,
    contentType: doc.contentType,
    readyState: doc.readyState,
    markup: isHtml(doc) ? 'html' : 'xml',
    html,
    doctype: doc.doctype !== null,
    hasFrames: frames.length > 0,
    frame,
  };
}
