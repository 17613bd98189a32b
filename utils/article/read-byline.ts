import { alternationSource, buildPattern } from '../rules/phrase-pattern';
import { BYLINE_LABELS, DATE_LINE_LABELS, REPORTER_ROLES } from '../rules/phrases/bylines';
import { cleanText, elementText, tagOf } from '../text/element-text';
import { findTextDate, WEEKDAY } from '../text/parse-date';

/** A weekday after the name: "Jeff Foust Monday". */
const TRAILING_WEEKDAY = new RegExp(`\\s+${WEEKDAY.source}$`, 'iu');
/** A date glued to the name: "Lucas Nolan22 Dec 2016651" (a day right after a lower-case letter). */
const GLUED_DAY = /(?<=\p{Ll})\d{1,2}\s*\p{L}{3,}\.?\s*\d{4}.*$/u;

/** A reporter's role after the name: "김서연 기자", "山田太郎記者", "王明 记者", "Jane Doe, Transport Correspondent". */
const ROLE_SUFFIX = new RegExp(`\\s*${alternationSource([REPORTER_ROLES])}$`, 'iu');
/** "Author: Jane Doe", "作者：王明". */
const LABEL = new RegExp(`^${alternationSource([BYLINE_LABELS])}\\s*[:：]\\s*`, 'iu');
/** A date line: its label, then nothing but figures ("Last Updated:" once its date is cut, "更新时间：2020-01-02"). */
const DATE_LINE_LABEL = buildPattern([DATE_LINE_LABELS], { at: 'whole', suffix: '\\s*[:：]?[\\s\\p{N}./:：年月日-]*' });
const ROLE_AFTER_COMMA = /\s*,\s*[^,]{0,40}?\b(?:reporter|correspondent)$/i;

/** Strips "By", "Posted by", "Written by", trailing dates and "| Updated ..." from a byline. */
export function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  // A date is not a name: cut one glued on or written after it; a byline that is only a date is none.
  let text = cleanText(raw).replace(GLUED_DAY, '');
  const date = findTextDate(text);
  if (date) text = text.slice(0, date.index);
  text = text
    .replace(
      /^(?:posted|written|published|words|story|reporting|text|analysis|commentary|opinion|interview|photos?|video)?\s*by(?:[:\s]+|$)/i,
      '',
    )
    .replace(LABEL, '')
    .replace(
      /\s*(?:[|,·•]|\s[-–—]\s|\bon\b|\bat\b)\s*(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|updated|published).*$/i,
      '',
    )
    .trim();
  if (/^(?:https?:|www\.)/i.test(text)) return null;
  text = text
    .replace(/[\s,|·•-]+$/u, '')
    .replace(TRAILING_WEEKDAY, '')
    .trim();
  text = text.replace(ROLE_AFTER_COMMA, '').replace(ROLE_SUFFIX, '').trim();
  text = text.replace(/^@/, '');
  if (DATE_LINE_LABEL.test(text)) return null;
  if (!text || text.length > 100 || /^(?:admin|administrator|unknown|anonymous|staff|posted|by)$/i.test(text))
    return null;
  return text;
}

const hasItemprop = (el: Element, name: string): boolean =>
  (el.getAttribute('itemprop') ?? '').toLowerCase().split(/\s+/).includes(name);

/** The author: JSON-LD author, Dublin Core creator, meta author, rel=author, then .byline / [itemprop=author] elements. */
export function readByline(doc: Document, meta: Map<string, string>, ldAuthor: string | null): string | null {
  // Dublin Core's creator before the generic author tag, as Readability reads them.
  const fromMeta = [
    ldAuthor,
    meta.get('dc:creator'),
    meta.get('dcterm:creator'),
    meta.get('dcterms:creator'),
    meta.get('author'),
    meta.get('article:author'),
    meta.get('parsely-author'),
    meta.get('sailthru.author'),
    meta.get('dc.creator'),
  ];
  for (const c of fromMeta) {
    // article:author is often a profile URL: cleanByline drops those.
    const name = cleanByline(c);
    if (name) return name;
  }
  // One walk over the document (attribute-substring selectors are slow), then the most specific kind wins.
  const kinds: ((el: Element) => boolean)[] = [
    // itemprop may hold several names: itemprop="author creator".
    (el) => hasItemprop(el, 'name') && !!el.parentElement?.closest('[itemprop~="author"]'),
    (el) => hasItemprop(el, 'author'),
    (el) => tagOf(el) === 'A' && el.getAttribute('rel') === 'author',
    (el) =>
      /(?:^|\s)fn(?:\s|$)/.test(el.getAttribute('class') ?? '') && !!el.closest('.vcard, .byline, [class*="author"]'),
    (el) => /byline/i.test(el.getAttribute('class') ?? ''),
    (el) => /author/i.test(el.getAttribute('class') ?? ''),
  ];
  const found: Element[] = [];
  const visit = (el: Element): void => {
    const tag = tagOf(el);
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'SVG') return;
    if (/comment/i.test(el.getAttribute('class') ?? '') || el.getAttribute('id') === 'comments') return;
    if (kinds.some((k) => k(el))) found.push(el);
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) visit(c);
  };
  if (doc.body) visit(doc.body);
  for (const test of kinds) {
    for (const el of found) {
      if (!test(el)) continue;
      const name = cleanByline(el.getAttribute('content') || elementText(el));
      if (name && !/\b(?:profile|view|more)\b/i.test(name)) return name;
    }
  }
  return null;
}
