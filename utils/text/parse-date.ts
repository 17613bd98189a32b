import { MONTH_NAMES, WEEKDAY_NAMES } from '../rules/dates';

/** Month number (1-12) by lower-case name or abbreviation, every language together (the names agree on numbers). */
const MONTHS = new Map<string, number>();
for (const months of Object.values(MONTH_NAMES))
  months.forEach((names, i) => names.split('|').forEach((n) => MONTHS.set(n, i + 1)));
const MONTH = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');

/** Any weekday name, for bylines that end with one. */
export const WEEKDAY = new RegExp(`(?:${Object.values(WEEKDAY_NAMES).join('|')})\\.?`, 'iu');

const TIME = String.raw`(?:,?\s*(?:(?:at|um|à|a las|às|alle|om|kl\.?|[-–—|·])\s*)?(\d{1,2})[:h](\d{2})(?:\s*(am|pm|a\.m\.|p\.m\.))?(?:\s*(gmt|utc|z))?)?`;
/** "20 Nov 2019", "1 mars 2019", "3. März 2025", "20 de noviembre de 2019", "1er janvier 2020". */
const DAY_MONTH_YEAR = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(\d{1,2})(?:\.|er|st|nd|rd|th|º)?\s*(?:de\s+)?(${MONTH})\.?,?\s*(?:de\s+)?((?:19|20)\d{2})(?!\d)${TIME}`,
  'iu',
);
/** "Nov 20, 2019", "November 20th 2019 at 8:02 am". */
const MONTH_DAY_YEAR = new RegExp(
  String.raw`(?<![\p{L}])(${MONTH})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})(?!\d)${TIME}`,
  'iu',
);
/** "2019年11月20日 08:02", "2019. 11. 20." (Korean). */
const YEAR_MONTH_DAY =
  /((?:19|20)\d{2})\s*[年.]\s*(\d{1,2})\s*[月.]\s*(\d{1,2})(?!\d)(?:\s*[日.])?(?:\s*(\d{1,2})[:時](\d{2}))?/u;

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
 * The first date written out in a short text, in English, German, French, Spanish, Portuguese, Italian, Dutch,
 * Chinese, Japanese or Korean, as ISO 8601: the day alone ("2019-11-20"), or with the time when one follows
 * ("2019-11-20T08:02", "Z" when it says GMT or UTC). Null when the text holds no whole date.
 */
export function parseTextDate(text: string): string | null {
  return findTextDate(text)?.iso ?? null;
}

/** The first written-out date of a text and where it starts (in the text with its white space runs made one). */
export function findTextDate(text: string): { iso: string; index: number } | null {
  const t = text.replace(/\s+/g, ' ');
  const found: { iso: string | null; index: number }[] = [];
  let m = DAY_MONTH_YEAR.exec(t);
  if (m)
    found.push({
      iso: iso(Number(m[3]), MONTHS.get(m[2]!.toLowerCase())!, Number(m[1]), m[4], m[5], m[6], m[7]),
      index: m.index,
    });
  m = MONTH_DAY_YEAR.exec(t);
  if (m)
    found.push({
      iso: iso(Number(m[3]), MONTHS.get(m[1]!.toLowerCase())!, Number(m[2]), m[4], m[5], m[6], m[7]),
      index: m.index,
    });
  m = YEAR_MONTH_DAY.exec(t);
  if (m) found.push({ iso: iso(Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5]), index: m.index });
  const first = found.filter((f) => f.iso).sort((a, b) => a.index - b.index)[0];
  return first ? { iso: first.iso!, index: first.index } : null;
}
