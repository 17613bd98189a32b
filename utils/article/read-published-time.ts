import { DATE_CLASS_WORDS, classWordPattern } from '../rules/class-names';
import { THRESHOLDS } from '../rules/thresholds';
import { parseTextDate } from '../text/parse-date';

const DATE_CLASS = classWordPattern(DATE_CLASS_WORDS, { whole: true });

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

/** The article's publication time: JSON-LD, article:published_time and friends, <time datetime>, Blogger's abbr.published. */
export function readPublishedTime(doc: Document, meta: Map<string, string>, ldDate: string | null): string | null {
  const candidates = [
    ldDate,
    meta.get('article:published_time'),
    meta.get('og:article:published_time'),
    meta.get('datepublished'),
    meta.get('date'),
    meta.get('dc.date.issued'),
    meta.get('dc.date'),
    meta.get('dcterms.created'),
    meta.get('pubdate'),
    meta.get('publish-date'),
    meta.get('sailthru.date'),
    meta.get('parsely-pub-date'),
  ];
  for (const c of candidates) {
    const iso = toIsoDate(c);
    if (iso) return iso;
  }
  // A bare <time datetime> counts only on a page with few of them (a listing has one per teaser).
  const generic = doc.querySelectorAll('time[datetime]').length <= 2 ? ', article time[datetime], time[datetime]' : '';
  const marked = doc.querySelector(
    `[itemprop~="datePublished"], time.published, time.entry-date, abbr.published, .published[title], time[pubdate]${generic}`,
  );
  if (marked) {
    // A marker wrapping the <time>: <span itemprop="datePublished"><time datetime="...">Nov 18</time></span>.
    const inner = marked.querySelector('time[datetime]')?.getAttribute('datetime');
    for (const value of [
      marked.getAttribute('datetime'),
      marked.getAttribute('content'),
      marked.getAttribute('title'),
      inner,
      marked.textContent,
    ]) {
      const iso = toIsoDate(value);
      if (iso) return iso;
    }
    const written = parseTextDate(marked.textContent ?? '');
    if (written) return written;
  }
  return dateInText(doc);
}

/**
 * A date written out on the page: a <time> without datetime ("20 Nov 2019 08:02 GMT"), or a short element whose
 * class names it a date ("1 mars 2019 à 15:20"). The first few such elements only: further down are teasers.
 */
function dateInText(doc: Document): string | null {
  const times = Array.from(doc.querySelectorAll('time'));
  const shown = times.length <= 2 ? times : [];
  const classed = Array.from(doc.querySelectorAll('[class]'))
    .filter((el) => DATE_CLASS.test(el.getAttribute('class') ?? ''))
    .slice(0, THRESHOLDS.dateElementsScanned);
  for (const el of [...shown, ...classed]) {
    const text = el.textContent ?? '';
    if (text.length > THRESHOLDS.dateTextMaxChars) continue;
    const iso = parseTextDate(text);
    if (iso) return iso;
  }
  return null;
}
