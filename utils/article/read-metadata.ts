import type { ArticleMetadata } from '../types';
import { cleanTitle } from './clean-title';
import { cleanText, elementText } from './element-text';
import { normalizeLang } from './normalize-lang';
import { readJsonLd } from './read-json-ld';
import { readByline } from './read-byline';
import { readPublishedTime } from './read-published-time';

/** Meta tag contents by lower-cased name or property (the first one wins). */
export function metaTags(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta[content]'))) {
    const content = cleanText(meta.getAttribute('content') ?? '');
    if (!content) continue;
    for (const key of [meta.getAttribute('property'), meta.getAttribute('name'), meta.getAttribute('itemprop'), meta.getAttribute('http-equiv')]) {
      if (key && !out.has(key.toLowerCase())) out.set(key.toLowerCase(), content);
    }
  }
  return out;
}

const PLATFORMS = /^(?:blogger|blogspot|wordpress|wordpress\.com|medium|substack|ghost|tumblr|wix|squarespace|weebly)$/i;

function siteNameOf(doc: Document, meta: Map<string, string>, ld: ReturnType<typeof readJsonLd>): string | null {
  const feed = doc.querySelector('link[rel="alternate"][type*="rss"][title], link[rel="alternate"][type*="atom"][title]');
  const feedName = feed?.getAttribute('title')?.replace(/\s*(?:[-»|:]\s*)?(?:atom|rss(?: ?2\.0)?|feed|comments feed)\s*$/i, '');
  const candidates = [
    meta.get('og:site_name'),
    ld.publisher,
    ld.websiteName,
    meta.get('application-name'),
    meta.get('apple-mobile-web-app-title'),
    meta.get('twitter:site')?.replace(/^@/, '') && undefined,
    feedName,
  ];
  const names = candidates.map((c) => (c ? cleanText(c) : '')).filter((n) => n && n.length <= 80);
  // The site's own name over the platform's ("Global Pulse Daily", not "Blogger"); the platform when alone (Medium).
  return names.find((n) => !PLATFORMS.test(n)) ?? names[0] ?? null;
}

/** Title, site name, byline, published time and language from the page's metadata and markup. */
export function readMetadata(doc: Document, url: string): ArticleMetadata {
  const meta = metaTags(doc);
  const ld = readJsonLd(doc);
  const siteName = siteNameOf(doc, meta, ld);
  const headings = Array.from(doc.querySelectorAll('h1'))
    .slice(0, 5)
    .map((h) => elementText(h));
  const raw = meta.get('og:title') || ld.headline || meta.get('twitter:title') || cleanText(doc.title ?? '') || headings[0] || '';
  const html = doc.documentElement;
  const lang =
    normalizeLang(html?.getAttribute('lang')) ??
    normalizeLang(html?.getAttribute('xml:lang')) ??
    normalizeLang(meta.get('content-language')) ??
    normalizeLang(meta.get('og:locale')) ??
    normalizeLang(meta.get('language'));
  void url;
  return {
    title: raw ? cleanTitle(raw, siteName, headings) : '',
    siteName,
    byline: readByline(doc, meta, ld.author),
    publishedTime: readPublishedTime(doc, meta, ld.datePublished),
    lang,
  };
}
