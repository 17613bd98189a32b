import { alternationSource, buildPattern } from '../rules/phrase-pattern';
import {
  AUTHOR_BOX_LINKS,
  AUTHOR_CLASS_WORDS,
  AUTHOR_META_NAMES,
  AUTHOR_PATH_WORDS,
  BY_WORDS,
  BYLINE_LABELS,
  COMPANY_FORMS,
  DATE_LEAD_WORDS,
  DATE_LINE_LABELS,
  PUBLISHER_META_NAMES,
  REPORTER_ROLES,
  REPORTER_TITLE_QUALIFIERS,
  REPORTER_TITLES,
  STATUS_WORDS,
  FOLLOW_LABELS,
} from '../rules/phrases/bylines';
import { PHOTO_BOX_WORDS, classWordPattern } from '../rules/class-names';
import { PLATFORM_SITE_NAMES } from '../rules/platforms';
import { THRESHOLDS } from '../rules/thresholds';
import { letterKey } from '../text/normalize';
import { cleanText, elementText, tagOf } from '../text/element-text';
import { findTextDate, MONTH, WEEKDAY } from '../text/parse-date';
import { inOtherStory } from './read-published-time';

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
/** "By", "Posted by", "Par", "Por", "Von" before the name. */
const BY_WORD = new RegExp(`^${alternationSource([BY_WORDS])}(?:[:\\s]+|$)`, 'iu');
/** "posted", "on", "le" left at the end once a date after the name is cut. */
const DATE_LEAD = new RegExp(`\\s+${alternationSource([DATE_LEAD_WORDS])}$`, 'iu');
/** A reporter's title, maybe qualified: "Staff Writer", "Senior Political Correspondent", "Envoyés spéciaux". */
const REPORTER_TITLE = `(?:${alternationSource([REPORTER_TITLE_QUALIFIERS])}\\s+)*${alternationSource([REPORTER_TITLES])}`;
/** A job title alone, no name: "Political Commentator", "Staff Writer", "Senior Editor" (an author box's title line). */
const TITLE_ONLY = new RegExp(`^${REPORTER_TITLE}s?$`, 'iu');
/** A reporter's title and what follows it after the names: "… Envoyés spéciaux à Toulouse", "… staff writer". */
const TITLE_AFTER_NAMES = new RegExp(`[\\s,]+${REPORTER_TITLE}(?![\\p{L}-]).*$`, 'iu');
/** An e-mail address, bare or in angle brackets or parentheses: "Peter W. Resnick <presnick@qualcomm.com>". */
const EMAIL = /\s*[<(]?(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[>)]?/giu;
/** A social handle after the name, spaced or glued: "Griffin McElroy @griffinmcelroy", "Grant Brisbee@mccoveychron". */
const HANDLE = /(?<=\S)\s+@\w+|(?<=\p{Ll})@\w+$/gu;
/** "Stephen Collinson, CNN Updated": a date line's status word after the name. */
const TRAILING_STATUS = new RegExp(`\\s+${alternationSource([STATUS_WORDS])}$`, 'iu');
/** The byline box's follow button after the name: "Juan Gaona Seguir" (FOLLOW_LABELS). */
const TRAILING_FOLLOW = new RegExp(`(?:\\s+|(?<=\\p{Ll})(?=\\p{Lu}))\\+?${alternationSource([FOLLOW_LABELS])}$`, 'iu');
/** A clock time: "9:39AM BST" is when, not who; a name ends before one. */
const CLOCK_TIME = /(?:^|\s)\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?![\p{L}\p{N}]).*$/iu;
/** A company's name with its legal form: the publisher ("AWR Wprost Sp. z o.o."). */
const COMPANY = new RegExp(`\\s(?:${COMPANY_FORMS.join('|')})(?:\\s*,[^,]{1,40}){0,2}$`, 'iu');
/** A place after a bar: "Ángeles Escrivá | Madrid". */
const AFTER_BAR = /\s\|\s.*$/u;

/** "by Juli Clover" after a date line: the name after the last "by" word. */
const BY_AFTER = new RegExp(`(?:^|\\s)${alternationSource([BY_WORDS])}\\s+(\\S.*)$`, 'iu');
/** Text before a date that holds no name: nothing, or a weekday and marks ("Wednesday", "Mon., "). */
const WEEKDAY_ONLY = new RegExp(`^[\\s,|·•-]*(?:${WEEKDAY.source})?[\\s,|·•-]*$`, 'iu');

/** A month name and a year closing a line: "janvier 2020", "July 2019". */
const MONTH_YEAR = new RegExp(`(?<![\\p{L}])(?:${MONTH})\\.?\\s+(?:19|20)\\d{2}$`, 'iu');

/** Strips "By", "Posted by", "Written by", trailing dates and "| Updated ..." from a byline. */
export function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  // A date is not a name: cut one glued on or written after it; a byline that is only a date is none.
  let text = cleanText(raw).replace(GLUED_DAY, '').replace(EMAIL, '').replace(HANDLE, '');
  // A month and a year without a day ("En kiosques : janvier 2020"): an issue's date, cut like a date.
  text = text.replace(MONTH_YEAR, '').trim();
  const date = findTextDate(text);
  if (date) {
    // "Wednesday January 18, 2017 11:44 am PST by Juli Clover": a date line that names the author after the date.
    const byAfter = BY_AFTER.exec(text.slice(date.index));
    if (byAfter && WEEKDAY_ONLY.test(text.slice(0, date.index))) return cleanByline(byAfter[1]);
    text = text.slice(0, date.index).trimEnd().replace(DATE_LEAD, '');
  }
  text = text
    .replace(CLOCK_TIME, '')
    .replace(BY_WORD, '')
    .replace(LABEL, '')
    .replace(
      /\s*(?:[|,·•]|\s[-–—]\s|\bon\b|\bat\b)\s*(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|updated|published).*$/i,
      '',
    )
    .replace(AFTER_BAR, '')
    .trim();
  if (/^(?:https?:|www\.)/i.test(text)) return null;
  text = text
    .replace(/^[\s,|·•–—-]+/u, '')
    .replace(/[\s,|·•-]+$/u, '')
    .replace(TRAILING_WEEKDAY, '')
    .replace(TRAILING_STATUS, '')
    .replace(TRAILING_FOLLOW, '')
    .trim();
  text = text.replace(ROLE_AFTER_COMMA, '').replace(ROLE_SUFFIX, '').trim();
  if (TITLE_ONLY.test(text)) return null;
  const untitled = text.replace(TITLE_AFTER_NAMES, '').trim();
  if (untitled && untitled !== text && /\p{L}{2}/u.test(untitled)) text = untitled.replace(/[\s,]+$/u, '');
  text = text.replace(/^@/, '');
  if (COMPANY.test(text)) return null;
  // A host name is the site, not a person: "lefigaro.fr", "FoxNews.com".
  if (/^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,6}$/iu.test(text)) return null;
  if (DATE_LINE_LABEL.test(text)) return null;
  // A count ("1", a share counter in a byline box) is no name.
  if (!/\p{L}/u.test(text)) return null;
  if (!text || text.length > 100 || /^(?:admin|administrator|unknown|anonymous|staff|posted|by)$/i.test(text))
    return null;
  return text;
}

/** An author box's links are no names: "View profile", "See All Articles", "Subscribe to RSS" (AUTHOR_BOX_LINKS). */
const AUTHOR_BOX_LINK = buildPattern([AUTHOR_BOX_LINKS], { at: 'word' });

const hasItemprop = (el: Element, name: string): boolean =>
  (el.getAttribute('itemprop') ?? '').toLowerCase().split(/\s+/).includes(name);

const AUTHOR_CLASS = new RegExp(`author|${classWordPattern(AUTHOR_CLASS_WORDS, { whole: true }).source}`, 'i');
/** A link to an author's page: "/gazeta/authors/polina_zyabreva.shtml", "/autor/emilio_de_benito/a/". */
const AUTHOR_PATH = new RegExp(
  `^(?:[a-z]+:)?(?://[^/]+)?(?:/[^/?#]+)*?/(?:${AUTHOR_PATH_WORDS.join('|')})/[^/?#]+`,
  'i',
);
/** An hCard organisation ("org fn"): the publisher, not the author. */
const ORG_CARD = /(?:^|\s)org(?:\s|$)/;
const PHOTO_BOX = classWordPattern(PHOTO_BOX_WORDS);
/** Index of the byline-class kind in readByline's list. */
const BYLINE_KIND = 4;
/** A person's name written out: two to four capitalised words, with particles ("Ángeles Escrivá", "Jan van Dijk"). */
const PERSON_NAME =
  /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:van|von|de|del|der|da|di|du|la|le|bin|al)\s+)?\p{Lu}[\p{L}'’.-]*){1,3}$/u;
/** "Dustin Curtis on Svbtle": a writer's blog on a platform named in rules/platforms. */
const PLATFORM_BLOG = new RegExp(
  `^(.+?)\\s+on\\s+(?:${PLATFORM_SITE_NAMES.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`,
  'iu',
);
/** A person's name is a few words and no figures. */
const NAME_LIKE = /^[^\d@|]{2,60}$/u;

/** The publisher's names (Dublin Core and meta publisher): a byline equal to one is no author. */
function publisherKeys(meta: Map<string, string>): Set<string> {
  const keys = new Set<string>();
  for (const name of PUBLISHER_META_NAMES.map((n) => meta.get(n))) {
    const key = letterKey(name?.replace(/^@/, '') ?? '');
    if (key) keys.add(key);
  }
  return keys;
}

/**
 * The author: JSON-LD author, Dublin Core creator, meta author (AUTHOR_META_NAMES), then the page's markup:
 * itemprop="author", rel=author, hCard, byline and author classes, links to an author's page. A name that is the
 * publisher's ("Ediciones El País", "lefigaro.fr") is none; co-authors marked up side by side are joined
 * ("Bertille Bayart, Marie Visot").
 */
export function readByline(doc: Document, meta: Map<string, string>, ldAuthor: string | null): string | null {
  const publishers = publisherKeys(meta);
  const clean = (raw: string | null | undefined): string | null => {
    const name = cleanByline(raw);
    return name && !publishers.has(letterKey(name)) ? name : null;
  };
  for (const c of [ldAuthor, ...AUTHOR_META_NAMES.map((n) => meta.get(n))]) {
    // article:author is often a profile URL: cleanByline drops those; or the site's handle ("@NatGeoUK").
    if (c?.trim().startsWith('@')) continue;
    const name = clean(c);
    if (name) return name;
  }
  // One walk over the document (attribute-substring selectors are slow), then the most specific kind wins.
  const kinds: ((el: Element) => boolean)[] = [
    // itemprop may hold several names: itemprop="author creator".
    (el) => hasItemprop(el, 'name') && !!el.parentElement?.closest('[itemprop~="author"]'),
    (el) => hasItemprop(el, 'author'),
    (el) => tagOf(el) === 'A' && el.getAttribute('rel') === 'author',
    (el) =>
      /(?:^|\s)fn(?:\s|$)/.test(el.getAttribute('class') ?? '') &&
      !ORG_CARD.test(el.getAttribute('class') ?? '') &&
      !!el.closest('.vcard, .byline, [class*="author"]'),
    // BYLINE_KIND
    (el) => /byline/i.test(el.getAttribute('class') ?? ''),
    (el) => AUTHOR_CLASS.test(el.getAttribute('class') ?? ''),
    // The name line of an author box: "<div class="author-box"><div class="name">Ann Coulter</div><div
    // class="authortitle">Political Commentator</div><ul class="author"><li><a>See All Articles</a>…".
    (el) =>
      /(?:^|[\s_-])name(?:$|[\s_-])/i.test(el.getAttribute('class') ?? '') &&
      !!el.parentElement?.closest('[class*="author"]') &&
      PERSON_NAME.test(elementText(el).trim()),
    // A link to an author's page, outside menus and lists (a site's menu or sidebar lists its columnists).
    (el) =>
      tagOf(el) === 'A' &&
      AUTHOR_PATH.test(el.getAttribute('href') ?? '') &&
      NAME_LIKE.test(elementText(el)) &&
      !el.closest('nav, footer, [role="navigation"], [role="menu"]') &&
      (el.closest('ul, ol')?.children.length ?? 0) <= 2,
  ];
  const found: Element[] = [];
  const visit = (el: Element, inByline: boolean): void => {
    const tag = tagOf(el);
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'SVG' || tag === 'FIGURE') return;
    if (/comment/i.test(el.getAttribute('class') ?? '') || el.getAttribute('id') === 'comments') return;
    const kind = kinds.findIndex((k) => k(el));
    if (kind >= 0) found.push(el);
    // A name inside a photo's box is its credit ("AP" under the picture), not the story's author; a box inside
    // the byline is none (Engadget's <span class="caption">By <a rel="author">…</a> <img> posted …</span>).
    if (
      !inByline &&
      PHOTO_BOX.test(el.getAttribute('class') ?? '') &&
      el.querySelector('img, picture') &&
      (el.textContent ?? '').length < THRESHOLDS.photoBoxMaxChars
    )
      return;
    const byline = inByline || kind === BYLINE_KIND;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) visit(c, byline);
  };
  if (doc.body) visit(doc.body, false);
  const nameOf = (el: Element): string | null => {
    const name = clean(el.getAttribute('content') || elementText(el));
    return name && !AUTHOR_BOX_LINK.test(name) ? name : null;
  };
  // A byline in a related story, a teaser or a comment is another piece's. In a sidebar, the author's own markup
  // (itemprop, rel="author", hCard: Slate's author box) still names the story's author; a mere byline or author
  // class there is a teaser's (a list of readers' posts: "Bittersweet | Apr 22, 2013").
  const own = found.filter((el) => !inOtherStory(el, { sidebar: kinds.findIndex((k) => k(el)) >= BYLINE_KIND }));
  for (const test of kinds) {
    for (const el of own) {
      if (!test(el)) continue;
      const name = nameOf(el);
      if (name) return withCoAuthors(el, name, own.filter(test), nameOf);
    }
  }
  return nameInTwitterCard(meta) ?? nameBeforePlatform(meta) ?? byLine(doc);
}

/** twitter:creator when it holds a name rather than a handle ("Andrew Tarantola", not "@tarantola"). */
function nameInTwitterCard(meta: Map<string, string>): string | null {
  const creator = meta.get('twitter:creator') ?? '';
  return PERSON_NAME.test(creator) ? creator : null;
}

/** A blog on a publishing platform names its writer: "Dustin Curtis on Svbtle", "Jane Doe on Medium". */
function nameBeforePlatform(meta: Map<string, string>): string | null {
  const site = meta.get('og:site_name') ?? '';
  const m = PLATFORM_BLOG.exec(site);
  return m && PERSON_NAME.test(m[1]!) ? m[1]! : null;
}

/**
 * A short line that is "By" and a name, outside menus and other stories, when no markup names the author:
 * ESPN's "By Jemele Hill<br>ESPN.com", "<a href="#">by Rose Orlik</a>".
 */
function byLine(doc: Document): string | null {
  if (!doc.body) return null;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = cleanText(n.nodeValue ?? '');
    if (text.length < 5 || text.length > 60 || !BY_WORD.test(text)) continue;
    const name = text.replace(BY_WORD, '');
    const parent = n.parentElement;
    if (!parent || !PERSON_NAME.test(name) || inOtherStory(parent)) continue;
    // A link to another page is a teaser ("PAR JACQUES ATTALI" over another story); "#" or an author's page is not.
    const href = parent.closest('a')?.getAttribute('href');
    if (href && href !== '#' && !AUTHOR_PATH.test(href)) continue;
    if (parent.closest('nav, footer, figure, figcaption, [role="navigation"], script, style, noscript')) continue;
    return cleanByline(text);
  }
  return null;
}

/**
 * The name with its co-authors: the other elements of the same kind under the same parent or grandparent
 * (`<a rel="author">A</a> / <a rel="author">B</a>`; `<span itemprop="author"><a itemprop="name">A</a></span>,
 * <span itemprop="author">…`), joined with commas.
 */
function withCoAuthors(
  el: Element,
  name: string,
  same: readonly Element[],
  nameOf: (el: Element) => string | null,
): string {
  for (let up = el.parentElement, level = 0; up && level < 2; up = up.parentElement, level++) {
    // The names share one short byline line; a longer box is a list of other stories' or columnists' authors.
    if (cleanText(up.textContent ?? '').length > THRESHOLDS.bylineLineMaxChars) break;
    const others = same.filter((o) => o !== el && up.contains(o) && !o.contains(el) && !el.contains(o));
    if (!others.length) continue;
    const names = [name];
    for (const o of others) {
      const n = nameOf(o);
      if (n && !names.some((x) => letterKey(x) === letterKey(n))) names.push(n);
    }
    return names.slice(0, 4).join(', ');
  }
  return name;
}
