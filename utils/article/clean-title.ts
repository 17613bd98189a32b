import { letterKey } from '../text/normalize';
import { hasDenseScript } from '../text/script';
import { estimateWords } from '../text/words';
import { THRESHOLDS } from '../rules/thresholds';
import { PLATFORM_SITE_NAMES } from '../rules/platforms';
import { ARCHIVE_YEAR_LABELS } from '../rules/site-names';
import { JA_COLUMNIST_ROLES } from '../rules/phrases/bylines';
import { escapeRegExp } from '../rules/phrase-pattern';

/**
 * Separators Chinese and Japanese titles write without spaces: "标题_社会_晨光网", "見出し｜サイト名", and hyphens
 * between two ideographs: "标题--文化--人民网", "标题-新华网".
 */
const DENSE_SEPARATOR =
  /\s*[_｜|]\s*|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])-{1,2}(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/u;
const SEPARATOR = /(\s+(?:[|\-–—:·•»«›‹/\\]|::|--)\s+)/;

/** A page counter closing a title: "Story (1/2)", "Story（2／3）", "Story [1/4]". */
const PAGE_COUNTER = /\s*[(（[［]\s*\d{1,2}\s*[/／]\s*\d{1,2}\s*[)）\]］]$/u;
/** Stock tickers closing a title: "7 Top Stocks to Buy for 2015 (AAPL, FB, GOOG, QCOM)", "… (NASDAQ: AAPL)". */
const TICKERS =
  /\s*\((?:(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX)\s*:\s*[A-Z.]{1,6}|[A-Z]{1,5}(?:\.[A-Z])?(?:,\s*[A-Z]{1,5}(?:\.[A-Z])?)+)\)$/u;
/** A Japanese columnist's role and name closing a title: "米朝首脳直通電話 習氏に挑むトランプ戦術の成否 編集委員 中沢克二". */
const JA_WRITER = new RegExp(
  `\\s+(?:${[...JA_COLUMNIST_ROLES].sort((a, b) => b.length - a.length).join('|')})\\s*[\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hiragana}]{2,8}$`,
  'u',
);
/** An archive's note of the year closing a title: "(Published 2016)" (ARCHIVE_YEAR_LABELS). */
const ARCHIVE_YEAR = new RegExp(
  `\\s*\\((?:${[...ARCHIVE_YEAR_LABELS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})\\s+(?:19|20)\\d{2}\\)$`,
  'u',
);
/** A domain ending: "NPR.org", "BroadwayWorld.com" are written "NPR", "BroadwayWorld" in titles. */
const DOMAIN_END = /\.(?:com|org|net|co\.uk|co|info|news)$/iu;

function same(a: string, b: string): boolean {
  const n = letterKey;
  return n(a) === n(b) && n(a).length > 0;
}

/**
 * A page title without the site's name: "Story - Site", "Story | Site", "Site | Story" -> "Story".
 * `headings` are the page's h1 texts: when the title contains one of them, that is the story's title.
 */
export function cleanTitle(raw: string, siteName: string | null, headings: readonly string[] = []): string {
  return withoutMarks(withoutSite(raw, siteName, headings));
}

/**
 * A headline without what closes it but is no part of it: "Intel NUCで最新SSDを比較してみた (1/2)": the page
 * counter of a story in several pages; an archive's note of the year ("… Bombings (Published 2016)"); the tickers of
 * the stocks it names; a Japanese columnist's role and name ("… 編集委員 中沢克二").
 */
export function withoutMarks(title: string): string {
  return (
    title.replace(PAGE_COUNTER, '').replace(ARCHIVE_YEAR, '').replace(TICKERS, '').replace(JA_WRITER, '').trim() ||
    title
  );
}

function withoutSite(raw: string, siteName: string | null, headings: readonly string[]): string {
  const whole = raw.replace(/\s+/g, ' ').trim();
  // The site's generic title ("Yahoo News - Latest News & Headlines") on an article page: its headline is the h1.
  const headline = headings.find(
    (h) =>
      estimateWords(h) >= THRESHOLDS.headlineMinWords &&
      !letterKey(whole).includes(letterKey(h)) &&
      !same(h, siteName ?? ''),
  );
  if (siteName && headline && letterKey(whole).includes(letterKey(siteName)) && isGenericTitle(whole, siteName))
    return headline;
  const title = withoutSitePrefix(whole, siteName);
  if (hasDenseScript(title) && !SEPARATOR.test(title)) {
    // "棱镜|数据业大整顿：…_财经_腾讯网" under the h1 "棱镜|数据业大整顿：…": the headline is the h1 the title holds.
    const shown = headings.find((h) => letterKey(h).length >= 6 && title.includes(h) && !same(h, title));
    if (shown) return shown.trim();
    // "标题_社会_晨光网": the story is the longest part, written first.
    const parts = title.split(DENSE_SEPARATOR).filter(Boolean);
    if (parts.length > 1 && parts.slice(1).every((p) => p.length < parts[0]!.length)) return parts[0]!.trim();
  }
  // Alternating [part, separator, part, separator, part ...].
  const pieces = title.split(SEPARATOR);
  if (pieces.length < 3) return title;
  const parts = pieces.filter((_, i) => i % 2 === 0);
  const heading = headings.find(
    (h) => h.length > 10 && title.includes(h) && !same(h, siteName ?? '') && !same(h, title),
  );
  if (heading) return heading;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const site = siteName ?? '';
  // The site's name as titles write it: whole, without its domain ending ("NPR" for "NPR.org"), or one of its
  // parts; or the blog host's name after a blog's post ("… : 네이버 블로그", "… – Medium").
  const siteNames = [
    ...(site ? [site, site.replace(DOMAIN_END, ''), ...site.split(SEPARATOR).filter((_, i) => i % 2 === 0)] : []),
    ...PLATFORM_SITE_NAMES,
  ].filter((n) => n.trim().length >= 2);
  // "Times of India" for "The Times of India".
  const withoutArticle = (n: string): string => n.replace(/^the\s+/iu, '');
  const siteLike = (p: string): boolean =>
    siteNames.some((n) => same(p, n) || same(p, withoutArticle(n)) || p.toLowerCase().startsWith(n.toLowerCase()));
  if (siteLike(last)) {
    // "Story : The Two-Way : NPR": a short section's name between the story and the site, after the same separator.
    const seps = pieces.filter((_, i) => i % 2 === 1).map((x) => x.trim());
    const section = parts[parts.length - 2]!;
    if (
      parts.length === 3 &&
      seps[0] === seps[1] &&
      estimateWords(section) <= THRESHOLDS.titleSectionMaxWords &&
      estimateWords(first) > estimateWords(section) + 1
    )
      return first.trim();
    // "Story | India News - Times of India": a short section after "|", before the site.
    if (
      parts.length >= 3 &&
      seps[seps.length - 2] === '|' &&
      estimateWords(section) <= THRESHOLDS.titleSectionMaxWords &&
      estimateWords(pieces.slice(0, -4).join('')) >= estimateWords(section) + 2
    )
      return pieces.slice(0, -4).join('').trim();
    return pieces.slice(0, -2).join('').trim();
  }
  if (siteLike(first)) return pieces.slice(2).join('').trim();
  // An unknown short last part after "|" (or a long title's short tail) is most likely the site's name.
  const sep = pieces[pieces.length - 2]!.trim();
  const words = (s: string): number => s.split(/\s+/).length;
  if (
    (sep === '|' || sep === '–' || sep === '—' || sep === '-') &&
    words(last) <= 3 &&
    words(pieces.slice(0, -2).join('')) >= 4
  ) {
    return pieces.slice(0, -2).join('').trim();
  }
  return title;
}

/** "The Space Review: Title", "Site - Title" with the site's name written first. */
function withoutSitePrefix(title: string, siteName: string | null): string {
  if (!siteName) return title;
  if (!title.toLowerCase().startsWith(siteName.toLowerCase())) return title;
  const rest = /^\s*[:|–—-]\s*(\S.*)$/u.exec(title.slice(siteName.length));
  return rest && rest[1]!.length > 10 ? rest[1]!.trim() : title;
}

/** A title that is the site's name and a slogan, with no story in it: the name, and short taglines beside it. */
function isGenericTitle(title: string, siteName: string): boolean {
  const parts = title.split(SEPARATOR).filter((_, i) => i % 2 === 0);
  return (
    parts.length > 1 &&
    parts.some((p) => same(p, siteName)) &&
    parts.every((p) => same(p, siteName) || estimateWords(p) <= THRESHOLDS.sloganMaxWords)
  );
}
