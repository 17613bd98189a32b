import { cleanText, elementText } from './element-text';

/** Strips "By", "Posted by", "Written by", trailing dates and "| Updated ..." from a byline. */
export function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let text = cleanText(raw)
    .replace(/^(?:posted|written|published|words|story|reporting|text|analysis|commentary|opinion|interview|photos?|video)?\s*by(?:[:\s]+|$)/i, '')
    .replace(/^(?:author|autor|auteur|autore|作者|текст|автор|texto|text|von|por|par|di|door|oleh)\s*[:：]\s*/iu, '')
    .replace(/\s*(?:[|,·•]|\s[-–—]\s|\bon\b|\bat\b)\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|updated|published)).*$/i, '')
    .trim();
  if (/^(?:https?:|www\.)/i.test(text)) return null;
  text = text.replace(/^@/, '');
  if (!text || text.length > 100 || /^(?:admin|administrator|unknown|anonymous|staff|posted|by)$/i.test(text)) return null;
  return text;
}

/** The author: JSON-LD author, meta author, rel=author, then .byline / [itemprop=author] elements. */
export function readByline(doc: Document, meta: Map<string, string>, ldAuthor: string | null): string | null {
  const fromMeta = [ldAuthor, meta.get('author'), meta.get('article:author'), meta.get('parsely-author'), meta.get('sailthru.author'), meta.get('dc.creator')];
  for (const c of fromMeta) {
    // article:author is often a profile URL: cleanByline drops those.
    const name = cleanByline(c);
    if (name) return name;
  }
  // One pass over the document, then the most specific kind of match wins.
  const kinds: [string, (el: Element) => boolean][] = [
    ['[itemprop="author"] [itemprop="name"]', (el) => el.getAttribute('itemprop') === 'name'],
    ['[itemprop="author"]', (el) => el.getAttribute('itemprop') === 'author'],
    ['a[rel="author"]', (el) => el.getAttribute('rel') === 'author'],
    ['.fn', (el) => /(?:^|\s)fn(?:\s|$)/.test(el.getAttribute('class') ?? '')],
    ['byline', (el) => !/author/i.test(el.getAttribute('class') ?? '') || /byline/i.test(el.getAttribute('class') ?? '')],
    ['[class*=author]', () => true],
  ];
  const found = Array.from(
    doc.querySelectorAll('[itemprop="author"], [itemprop="author"] [itemprop="name"], a[rel="author"], .byline, .post-author, .author-name, .article-author, .entry-author, [class*="byline"], .vcard .fn, [class*="author"]'),
  );
  for (const [, test] of kinds) {
    for (const el of found) {
      if (!test(el) || el.closest('.comment, .comments, #comments, [class*="comment"]')) continue;
      const name = cleanByline(el.getAttribute('content') || elementText(el));
      if (name && !/\b(?:profile|view|more)\b/i.test(name)) return name;
    }
  }
  return null;
}
