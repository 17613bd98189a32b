import type { Block } from '../types';
import { elementText } from './element-text';

/**
 * Whether the page is one article (true even for short ones) rather than a home page, a listing or a form.
 * Signals: contiguous prose in the extracted body, JSON-LD/Open Graph article types, and how much of the
 * page's text is teaser links.
 */
export function isArticlePage(doc: Document, blocks: readonly Block[]): boolean {
  const prose = blocks.filter((b) => (b.kind === 'paragraph' || b.kind === 'quote' || b.kind === 'list-item') && b.text.length >= 80);
  const proseChars = prose.reduce((n, b) => n + b.text.length, 0);
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.toLowerCase() ?? '';
  const ld = Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).some((s) => /"@type"\s*:\s*\[?\s*"(?:\w*Article|BlogPosting|Report)"/.test(s.textContent ?? ''));
  const declared = ogType === 'article' || ld || !!doc.querySelector('meta[property="article:published_time"]');
  const listing = /^(?:website|blog|profile|product)$/.test(ogType);

  // Teaser-link share of the body: many medium-length links (headlines) and little text outside them.
  const body = doc.body;
  let teaser = 0;
  if (body) {
    for (const a of Array.from(body.querySelectorAll('a[href]'))) {
      const t = a.textContent ?? '';
      if (t.length >= 25) teaser++;
    }
  }
  const articles = doc.querySelectorAll('article').length;
  const forms = Array.from(doc.querySelectorAll('form')).filter((f) => f.querySelectorAll('input:not([type=hidden]),textarea,select').length >= 3).length;

  if (proseChars < 150 && !(declared && proseChars >= 80)) return false;
  if (forms > 0 && proseChars < 600) return false;
  if (articles >= 4 && !declared && proseChars < 2500) return false;
  if (listing && !declared && (teaser > 15 || articles >= 3) && proseChars < 3000) return false;
  if (!declared && teaser >= 25 && proseChars < teaser * 40 && prose.length < 6) return false;
  void elementText;
  return true;
}
