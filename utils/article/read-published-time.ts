import { DATE_CLASS_WORDS, NOT_ARTICLE_DATE_WORDS, classWordPattern } from '../rules/class-names';
import { PUBLISHED_META_NAMES } from '../rules/dates';
import { THRESHOLDS } from '../rules/thresholds';
import { cleanText, elementText, tagOf } from '../text/element-text';
import { findTextDate, parseTextDate } from '../text/parse-date';

const DATE_CLASS = classWordPattern(DATE_CLASS_WORDS, { whole: true });
/** A dateline kept with the byline: "By Maggie Haberman | 10/9/10 7:15 AM EDT". */
const BYLINE_CLASS = /byline/i;
const NOT_ARTICLE_DATE = classWordPattern(NOT_ARTICLE_DATE_WORDS, { whole: true });
/** The same without "sidebar": a story's own sidebar holds its author's box (Slate's "article_sidebar"). */
const NOT_ARTICLE_DATE_BESIDE = classWordPattern(
  NOT_ARTICLE_DATE_WORDS.filter((w) => w !== 'sidebar'),
  { whole: true },
);

/** Whether the date and time fields of an ISO-shaped string name a real moment ("2025-13-45" does not). */
function isRealDate(text: string): boolean {
  const [, y, mo, d, h = '0', mi = '0', se = '0'] =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(text) ?? [];
  const [year, month, day] = [Number(y), Number(mo), Number(d)];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1990 &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    Number(h) < 24 &&
    Number(mi) < 60 &&
    Number(se) < 61
  );
}

/** A date as ISO 8601: kept as written when it already is ISO (offset included), otherwise parsed. */
export function toIsoDate(raw: string | null | undefined): string | null {
  const text = raw?.trim();
  if (!text) return null;
  if (/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) {
    if (!isRealDate(text)) return null;
    // Strict ISO 8601: "T" between date and time, a colon in the offset ("-0700" -> "-07:00").
    return text.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  }
  const ms = Date.parse(text);
  return Number.isFinite(ms) && ms > Date.UTC(1990, 0, 1) ? new Date(ms).toISOString() : null;
}

/**
 * The article's publication time: JSON-LD, the publication-date meta tags (PUBLISHED_META_NAMES), marked-up
 * elements (<time datetime>, itemprop="datePublished", pubdate), then the date the page shows by its headline or
 * in an element named for a date. `lang` is the page's language, for slashed dates ("10/9/10").
 */
export function readPublishedTime(
  doc: Document,
  meta: Map<string, string>,
  ldDate: string | null,
  options: { lang?: string | null; title?: string } = {},
): string | null {
  return readDated(doc, meta, ldDate, options).iso;
}

/**
 * Where a page's date was read: its date tags ('meta') and the line under its headline date the page itself;
 * date markup ('markup': time.entry-date) and date-classed elements ('text') may date a teaser on a listing.
 */
export type DateSource = 'meta' | 'markup' | 'headline' | 'text' | 'url';

/** The publication time and where it was read (see readPublishedTime). */
export function readDated(
  doc: Document,
  meta: Map<string, string>,
  ldDate: string | null,
  { lang = null, title = '', url = '' }: { lang?: string | null; title?: string; url?: string } = {},
): { iso: string | null; source: DateSource | null } {
  for (const c of [ldDate, ...PUBLISHED_META_NAMES.map((name) => meta.get(name))]) {
    const iso = toIsoDate(c);
    if (iso) return { iso, source: 'meta' };
  }
  // A bare <time datetime> counts only on a page with few of them (a listing has one per teaser).
  const generic = doc.querySelectorAll('time[datetime]').length <= 2 ? ', article time[datetime], time[datetime]' : '';
  const marked = doc.querySelector(
    `[itemprop~="datePublished"], time.published, time.entry-date, abbr.published, .published[title], time[pubdate], [pubdate]${generic}`,
  );
  if (marked) {
    // A marker wrapping the <time>: <span itemprop="datePublished"><time datetime="...">Nov 18</time></span>.
    const inner = marked.querySelector('time[datetime]')?.getAttribute('datetime');
    for (const value of [
      marked.getAttribute('datetime'),
      marked.getAttribute('content'),
      marked.getAttribute('title'),
      marked.getAttribute('pubdate'),
      inner,
      marked.textContent,
    ]) {
      const iso = toIsoDate(value);
      if (iso) return { iso, source: 'markup' };
    }
    const written = parseTextDate(marked.textContent ?? '', lang);
    if (written) return { iso: written, source: 'markup' };
  }
  const near = dateNearHeadline(doc, lang, title);
  if (near) return { iso: near, source: 'headline' };
  const shown = dateInText(doc, lang);
  if (shown) return { iso: shown, source: 'text' };
  const inUrl = dateInUrl(url);
  return { iso: inUrl, source: inUrl ? 'url' : null };
}

/** A whole date written in the story's address: "/omn/20190907/20190907A081B000.html", "/2019/09/07/slug", "/2019-09-07-slug". */
const URL_DATE = /\/((?:19|20)\d{2})([/-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=[/_.A-Za-z-]|$)/u;

/** The date in a story's address, the last resort when the page writes none: its day, as ISO 8601. */
export function dateInUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = URL_DATE.exec(path);
  return m ? `${m[1]}-${m[3]}-${m[4]}` : null;
}

/** Whether the element sits in a comment, a related-stories list, a teaser or a sidebar: its dates are not ours. */
export function inOtherStory(
  el: Element,
  { sidebar = true, headline = null }: { sidebar?: boolean; headline?: Element | null } = {},
): boolean {
  const words = sidebar ? NOT_ARTICLE_DATE : NOT_ARTICLE_DATE_BESIDE;
  // A box that holds the story's headline too is the story's own, whatever its name ("page-left-right-sidebar":
  // a layout with sidebars beside the story).
  for (
    let e: Element | null = el;
    e && tagOf(e) !== 'BODY' && !(headline && e.contains(headline));
    e = e.parentElement
  ) {
    if (words.test(`${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`)) return true;
  }
  return false;
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION']);

/** The node after `node` in document order, its children first unless `skipChildren`. */
function nextNode(node: Node, skipChildren = false): Node | null {
  if (!skipChildren && node.firstChild) return node.firstChild;
  for (let n: Node | null = node; n; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
  return null;
}

const squash = (text: string): string => cleanText(text).toLowerCase();

/** An element's class and id, camel case split into words ("cmsDate" -> "cms Date"). */
const boxNames = (el: Element): string =>
  `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');

/**
 * The story's headline element: the h1 (else h2) that holds the title or is held by it; an h1 that is the site's
 * logo or a section name ("Market Insider") is not.
 */
function findHeadline(doc: Document, title: string): Element | null {
  const t = squash(title);
  for (const tag of ['h1', 'h2']) {
    for (const h of Array.from(doc.getElementsByTagName(tag))) {
      const text = squash(h.textContent ?? '');
      if (text.length >= 10 && t && (text.includes(t) || t.includes(text))) return h;
    }
  }
  // A headline set in a <header> of its own, without a heading tag: "<header>Steam's Linux Marketshare …</header>".
  for (const h of Array.from(doc.getElementsByTagName('header'))) {
    if (t.length >= 10 && squash(h.textContent ?? '') === t) return h;
  }
  // No heading holds the title (a search-engine title differs from the headline): the page's only h1 of a few
  // words, when it has just one.
  const long = Array.from(doc.getElementsByTagName('h1')).filter(
    (h) => squash(h.textContent ?? '').split(' ').length >= THRESHOLDS.headlineMinWords,
  );
  return long.length === 1 ? long[0]! : null;
}

/**
 * Whether a short line with a date in it is a dateline: it ends within a few words of its date ("… 14:10",
 * "… Updated 2 hours ago", "Tuesday 15 October 2019 by Bradley M. Kuhn"); a dek is a sentence that goes on ("On
 * 11 March 2020, the WHO declared a pandemic.").
 */
function isDateline(line: string, dateEnd: number): boolean {
  const after = line.slice(dateEnd).match(/\p{L}+/gu)?.length ?? 0;
  const sentence = /[.!?。！？]["'”’)]?$/u.test(line) && !/\b[ap]\.m\.$/iu.test(line);
  return after <= THRESHOLDS.datelineMaxWordsAfter || (!sentence && after <= THRESHOLDS.datelineMaxWordsAfterName);
}

/**
 * The date on a short line just after the headline (the dateline or byline under it: "Полина Зябрева
 * 15.08.2015, 14:10", "الأحد، 04 آب/اغسطس 2013"), within the first THRESHOLDS.dateNearHeadlineChars of text.
 * A long text there is the story or a caption: not read.
 */
function dateNearHeadline(doc: Document, lang: string | null, title: string): string | null {
  const headline = findHeadline(doc, title);
  if (!headline) return null;
  // A date box set just above the headline, as its kicker ("<div class='post-date'>February 8th, 2013</div><h2>"),
  // or above the box the headline opens (<div id="cmsDate">…</div><div id="cmsTitle"><div><h1>).
  let top: Element = headline;
  for (let up = 0; !top.previousElementSibling && top.parentElement && up < THRESHOLDS.headlineBoxLevels; up++)
    top = top.parentElement;
  const above = top.previousElementSibling;
  if (above && DATE_CLASS.test(boxNames(above)) && !inOtherStory(above, { headline })) {
    const line = elementText(above);
    const date = line.length <= THRESHOLDS.dateTextMaxChars ? findTextDate(line, lang) : null;
    if (date && isDateline(line, date.end)) return date.iso;
  }
  let seen = 0;
  for (let n = nextNode(headline, true); n && seen < THRESHOLDS.dateNearHeadlineChars;) {
    const el = n.nodeType === 1 ? (n as Element) : null;
    if (el && SKIPPED.has(tagOf(el))) {
      n = nextNode(n, true);
      continue;
    }
    if (n.nodeType === 3) {
      const text = cleanText(n.textContent ?? '');
      const parent = n.parentElement;
      if (text && parent) {
        seen += text.length;
        const line = cleanText(parent.textContent ?? '');
        if (line.length <= THRESHOLDS.dateTextMaxChars && !inOtherStory(parent, { headline })) {
          const date = findTextDate(line, lang);
          if (date && isDateline(line, date.end)) return date.iso;
        }
      }
    }
    n = nextNode(n);
  }
  return null;
}

/**
 * A date written out on the page: a <time> without datetime ("20 Nov 2019 08:02 GMT"), or a short element whose
 * class or id names it a date ("1 mars 2019 à 15:20", id="pub_date") or a byline. The first few such elements
 * only, and none in a comment or a related story: further down they date teasers and comments.
 */
function dateInText(doc: Document, lang: string | null): string | null {
  const times = Array.from(doc.querySelectorAll('time'));
  const shown = times.length <= 2 ? times : [];
  const classed = Array.from(doc.querySelectorAll('[class], [id]'))
    .filter((el) => {
      const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
      // An empty one (a hidden input's value) shows no date and takes no place among the first few.
      return (
        (DATE_CLASS.test(names) || BYLINE_CLASS.test(names)) && !!cleanText(el.textContent ?? '') && !inOtherStory(el)
      );
    })
    .slice(0, THRESHOLDS.dateElementsScanned);
  for (const el of [...shown, ...classed]) {
    // The text a reader sees: a script inside the date's box is none of it.
    const text = elementText(el);
    if (text.length > THRESHOLDS.dateTextMaxChars) continue;
    const iso = parseTextDate(text, lang);
    if (iso) return iso;
    // A relative or short date shown ("1 hr 4 mins ago", "Jun 11") with the full one in a tooltip or
    // machine-readable attribute: <abbr title="2011-08-25T01:40:40Z">, <a title="5:53 PM - 11 Jun 2015">.
    for (const holder of [el, ...Array.from(el.querySelectorAll('abbr[title], time[datetime], [title]'))].slice(0, 4)) {
      for (const value of [holder.getAttribute('datetime'), holder.getAttribute('title')]) {
        if (!value || value.length > THRESHOLDS.dateTextMaxChars) continue;
        const dated = toIsoDate(value) ?? parseTextDate(value, lang);
        if (dated) return dated;
      }
    }
  }
  return null;
}
