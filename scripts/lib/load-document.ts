import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import type { Article } from '../../utils/types';

/**
 * The markup with one <html> start tag before its head. A browser merges a second one into the first (IE's
 * conditional comments write one per version: `<!--[if IE 7 ]><!--><html class="ie7"><!--<![endif]-->`); linkedom
 * nests it, and the page's body ends up empty.
 */
function withOneHtmlTag(html: string): string {
  const head = html.search(/<(?:head|body)[\s>]/i);
  const prefix = head >= 0 ? html.slice(0, head) : html;
  let seen = false;
  const kept = prefix.replace(/<html\b[^>]*>/gi, (tag) => (seen ? '' : ((seen = true), tag)));
  return kept === prefix ? html : kept + html.slice(prefix.length);
}

/** Elements a document's head holds; any other element in it starts the body (as a browser parses it). */
const HEAD_ELEMENTS = new Set(['BASE', 'LINK', 'META', 'NOSCRIPT', 'SCRIPT', 'STYLE', 'TEMPLATE', 'TITLE']);

/**
 * The head and the body as a browser builds them, where linkedom does not: a head never closed (no `</head>`, no
 * `<body>`: the page's whole content stays in the head) ends at the first element a head cannot hold, which starts the
 * body; elements between `</head>` and `<body>` (a script) go into the head, others to the start of the body.
 * (linkedom's `document.body` is the element right after the head, and it inserts an empty one when that is not a
 * body: the page then reads as empty.)
 */
function withBrowserHeadAndBody(document: Document): void {
  const root = document.documentElement;
  const head = Array.from(root.children).find((c) => c.tagName === 'HEAD');
  if (!head) return;
  let body = Array.from(root.children).find((c) => c.tagName === 'BODY');
  if (!body) {
    const start = Array.from(head.children).find((c) => !HEAD_ELEMENTS.has(c.tagName));
    if (!start) return;
    body = document.createElement('body');
    const moved: ChildNode[] = [];
    for (let n: ChildNode | null = start; n; n = n.nextSibling) moved.push(n);
    for (const n of moved) body.appendChild(n);
    head.after(body);
    return;
  }
  const between: Element[] = [];
  for (let n = head.nextElementSibling; n && n !== body; n = n.nextElementSibling) between.push(n);
  const firstOfBody = body.firstChild;
  for (const el of between) {
    if (HEAD_ELEMENTS.has(el.tagName)) head.appendChild(el);
    else body.insertBefore(el, firstOfBody);
  }
}

/**
 * Node-side document loading for the CLI, the benchmarks and the golden tests.
 * linkedom is the DOM (about 7x faster than jsdom for Readability); the page URL is given explicitly.
 */
export function documentFromHtml(html: string): Document {
  const { document } = parseHTML(withOneHtmlTag(html));
  // linkedom makes a fragment's first element the root (or leaves none when it starts with text; an EDGAR
  // filing's <DOCUMENT> becomes the root): a browser puts such content in <html><body>, and so does this. A root
  // with its own namespace (an SVG document) is a document of another kind and stays as it is.
  const root = document.documentElement;
  if (!root || (root.tagName.toLowerCase() !== 'html' && !root.hasAttribute('xmlns')))
    return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;
  if (root.tagName.toLowerCase() === 'html') withBrowserHeadAndBody(document as unknown as Document);
  return document as unknown as Document;
}

/** A saved page's HTML: `.html`, or gzipped `.html.gz` (the research corpora in ../shared/data). */
export function readSavedPage(path: string): string {
  const raw = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/**
 * A plain-text article as a document: paragraphs are separated by blank lines.
 * The title is optional (benchmarks must not feed a summarizer the answer).
 */
export function documentFromText(text: string, options: { title?: string; lang?: string } = {}): Document {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const title = options.title ? `<title>${escapeHtml(options.title)}</title>` : '';
  const heading = options.title ? `<h1>${escapeHtml(options.title)}</h1>` : '';
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  const lang = options.lang ? ` lang="${escapeHtml(options.lang)}"` : '';
  return documentFromHtml(
    `<!doctype html><html${lang}><head><meta charset="utf-8">${title}</head><body><article>${heading}${body}</article></body></html>`,
  );
}

/** A plain-text article as the pipeline's Article: no title or metadata, one paragraph block per text. */
export function articleFromParagraphs(texts: readonly string[], lang = 'en'): Article {
  return {
    title: '',
    siteName: null,
    byline: null,
    publishedTime: null,
    lang,
    isArticle: true,
    blocks: texts.map((text) => ({ kind: 'paragraph', text, section: null })),
  };
}
