import { MONTH_FIRST_LANGUAGES, MONTH_NAMES, WEEKDAY_NAMES } from '../rules/dates';

/** Month number (1-12) by lower-case name or abbreviation, every language together (the names agree on numbers). */
const MONTHS = new Map<string, number>();
for (const months of Object.values(MONTH_NAMES))
  months.forEach((names, i) => names.split('|').forEach((n) => MONTHS.set(n, i + 1)));
/** Every month name and abbreviation of MONTH_NAMES as one regex alternation, the longest first. */
export const MONTH = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');

/** Any weekday name, for bylines that end with one. */
export const WEEKDAY = new RegExp(`(?:${Object.values(WEEKDAY_NAMES).join('|')})\\.?`, 'iu');

const TIME = String.raw`(?:,?\s*(?:(?:at|um|a las|às|alle|om|kl\.?|[-–—|·à])\s*)?(\d{1,2})[:h](\d{2})(?:\s*(am|pm|a\.m\.|p\.m\.))?(?:\s*(gmt|utc|z))?)?`;
/** A second name of the same month after a slash: "04 آب/اغسطس 2013". */
const OTHER_MONTH = String.raw`(?:\s*/\s*(?:${MONTH}))?`;
/** "20 Nov 2019", "1 mars 2019", "3. März 2025", "20 de noviembre de 2019", "1er janvier 2020", "15 августа 2015". */
const DAY_MONTH_YEAR = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(\d{1,2})(?:\.|er|st|nd|rd|th|º)?\s*(?:de\s+)?(${MONTH})\.?${OTHER_MONTH},?\s*(?:de\s+)?((?:19|20)\d{2})(?!\d)${TIME}`,
  'iu',
);
/** "2015. augusztus 15." (Hungarian), "2019 November 20". */
const YEAR_MONTHNAME_DAY = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:19|20)\d{2})\.?\s+(${MONTH})\.?\s+(\d{1,2})(?!\d)\.?${TIME}`,
  'iu',
);
/**
 * All in figures, day or month first: "15.08.2015" (a dotted date is day first), "10/9/10", "9/10/2010" (a slashed
 * one follows the page's language; a part over 12 settles it). A two-digit year only when slashed.
 */
const NUMERIC_DATE =
  /(?<![\p{N}./])(\d{1,2})(?:\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})|\/(\d{1,2})\/((?:19|20)?\d{2}))(?![\p{N}./])/u;
/** The time after a numeric date: "15.08.2015, 14:10", "10/9/10 7:15 AM EDT". */
const TIME_AFTER = new RegExp(`^${TIME}`, 'iu');
/** "Nov 20, 2019", "November 20th 2019 at 8:02 am". */
const MONTH_DAY_YEAR = new RegExp(
  String.raw`(?<![\p{L}])(${MONTH})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})(?!\d)${TIME}`,
  'iu',
);
/**
 * "2019年11月20日 08:02", "2019. 11. 20." and "2013년 10월 24일" (Korean), "2015.08.15 10:28", "2013-10-24 03:00:00",
 * "2014/01/16".
 */
const YEAR_MONTH_DAY =
  /(?<![\p{N}./-])((?:19|20)\d{2})\s*[年년./-]\s*(\d{1,2})\s*[月월./-]\s*(\d{1,2})(?![\p{N}/-])(?:\s*[日일.])?(?:(?:\s*|T)(\d{1,2})[:時시](\d{2}))?/u;

const pad = (n: number): string => String(n).padStart(2, '0');

function iso(y: number, mo: number, d: number, h?: string, mi?: string, ampm?: string, zone?: string): string | null {
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  const day = `${y}-${pad(mo)}-${pad(d)}`;
  if (h === undefined || mi === undefined) return day;
  let hour = Number(h);
  const pm = /^p/i.test(ampm ?? '');
  if (ampm && hour === 12) hour = pm ? 12 : 0;
  else if (pm) hour += 12;
  if (hour > 23 || Number(mi) > 59) return day;
  return `${day}T${pad(hour)}:${mi}${zone ? 'Z' : ''}`;
}

/**
 * The first date written out in a short text, with month names in the languages of MONTH_NAMES, in Chinese,
 * Japanese or Korean, or in figures ("15.08.2015", "2013-10-24", "10/9/10"), as ISO 8601: the day alone ("2019-11-20"), or with the time when one follows
 * ("2019-11-20T08:02", "Z" when it says GMT or UTC). Null when the text holds no whole date.
 */
export function parseTextDate(text: string, lang?: string | null): string | null {
  return findTextDate(text, lang)?.iso ?? null;
}

/** Whether the page's language writes a slashed date month first (MONTH_FIRST_LANGUAGES); unknown: yes. */
function writesMonthFirst(lang: string | null | undefined): boolean {
  return !lang || MONTH_FIRST_LANGUAGES.includes(lang.toLowerCase().replace('_', '-'));
}

/** Arabic-Indic and Persian digits as ASCII ones (one character for one: indexes stay). */
const asciiDigits = (text: string): string =>
  text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90));

/**
 * A numeric date's parts in order ("15.08.2015" day first; "10/9/10" as the page's language writes it), and the
 * length of the date with the time after it.
 */
function numericDate(m: RegExpExecArray, lang: string | null | undefined): { iso: string | null; length: number } {
  const dotted = m[2] !== undefined;
  const first = Number(m[1]);
  const second = Number(dotted ? m[2] : m[4]);
  const y = dotted ? m[3]! : m[5]!;
  // A two-digit year as POSIX reads it: 00-68 this century, 69-99 the last.
  const year = y.length === 2 ? Number(y) + (Number(y) < 69 ? 2000 : 1900) : Number(y);
  const monthFirst = !dotted && (second > 12 || (first <= 12 && writesMonthFirst(lang)));
  const [day, month] = monthFirst ? [second, first] : [first, second];
  const time = TIME_AFTER.exec(m.input.slice(m.index + m[0].length)) ?? [''];
  return { iso: iso(year, month, day, time[1], time[2], time[3], time[4]), length: m[0].length + time[0]!.length };
}

/**
 * The first written-out date of a text, where it starts and where it ends (in the text with its white space runs
 * made one, time included). `lang` is the page's language, for slashed dates ("10/9/10": October 9 in English,
 * 10 September in French).
 */
export function findTextDate(text: string, lang?: string | null): { iso: string; index: number; end: number } | null {
  const t = asciiDigits(text.replace(/\s+/g, ' '));
  const found: { iso: string | null; index: number; end: number }[] = [];
  const at = (m: RegExpExecArray, date: string | null, length = m[0].length): void => {
    found.push({ iso: date, index: m.index, end: m.index + length });
  };
  let m = DAY_MONTH_YEAR.exec(t);
  if (m) at(m, iso(Number(m[3]), MONTHS.get(m[2]!.toLowerCase())!, Number(m[1]), m[4], m[5], m[6], m[7]));
  m = MONTH_DAY_YEAR.exec(t);
  if (m) at(m, iso(Number(m[3]), MONTHS.get(m[1]!.toLowerCase())!, Number(m[2]), m[4], m[5], m[6], m[7]));
  m = YEAR_MONTH_DAY.exec(t);
  if (m) at(m, iso(Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5]));
  m = YEAR_MONTHNAME_DAY.exec(t);
  if (m) at(m, iso(Number(m[1]), MONTHS.get(m[2]!.toLowerCase())!, Number(m[3]), m[4], m[5], m[6], m[7]));
  m = NUMERIC_DATE.exec(t);
  if (m) {
    const numeric = numericDate(m, lang);
    at(m, numeric.iso, numeric.length);
  }
  const first = found.filter((f) => f.iso).sort((a, b) => a.index - b.index)[0];
  return first ? { iso: first.iso!, index: first.index, end: first.end } : null;
}
