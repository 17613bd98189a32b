/**
 * The checks of `npm run audit:pages` (scripts/audit-pages.ts), on one page's summary. Pure functions, so
 * the tests can show each check catches what it is meant to catch.
 */
import type { PageSummary } from '../../utils/types';
import { baseLanguage, endsSentencesWithoutStops } from '../../utils/text/script';

export type FlagClass =
  | 'point-not-in-body'
  | 'point-not-sentence'
  | 'caption-not-heading'
  | 'meta-title'
  | 'meta-siteName'
  | 'meta-byline'
  | 'meta-publishedTime'
  | 'meta-lang';

export const FLAG_CLASSES: readonly FlagClass[] = [
  'point-not-in-body',
  'point-not-sentence',
  'caption-not-heading',
  'meta-title',
  'meta-siteName',
  'meta-byline',
  'meta-publishedTime',
  'meta-lang',
];

export type Flag = { cls: FlagClass; line: string; detail?: string };

/** What a page is checked against: the benchmark's true body (AEB) or Readability's expected metadata. */
export type PageTruth = {
  /** The human-marked article body (AEB pages). */
  articleBody?: string;
  /** Readability's expected-metadata.json (Readability pages). */
  expected?: ExpectedMetadata;
  /** The page's HTML, to check a `null` in expected-metadata.json before counting it as truth. */
  html?: string;
  /** Texts of the page's heading elements (h1-h6 and lone bold paragraphs), for pages without a true body. */
  headings?: readonly string[];
  /** The page's own description (og:description / meta description): a dek, never a caption. */
  description?: string | null;
};

export type ExpectedMetadata = {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
};

/** How many of each thing were checked on the page (the denominators of the rates). */
export type Checked = { points: number; captions: number; meta: Partial<Record<FlagClass, number>> };

/**
 * Text for matching a point against a body: Unicode-normalised, curly quotes and primes made straight,
 * dashes made one, zero-width characters and all whitespace dropped (line breaks differ between the two),
 * case folded.
 */
export function matchKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/…/g, '...')
    .replace(/\s+/g, '')
    .toLowerCase();
}

/** Opening quotes and brackets a sentence may start with, closing ones it may end with. */
const OPENERS = /^[\p{Ps}\p{Pi}"'¿¡—–-]+\s*/u;
const CLOSERS = /["'”’»)\]」』）】》〉]+$/u;

/**
 * Whether a key point starts and ends like a sentence, in its language: it starts with a capital, a digit, a
 * letter of a script without case (Chinese, Japanese, Arabic ...) or a lower-case word that has capitals in it
 * ("iPhone"); it ends with a full stop, question or exclamation mark, or an ellipsis (Chinese and Japanese
 * stops too), before any closing quotes. Thai, Lao, Khmer and Burmese end sentences without stops.
 */
export function sentenceShapeProblem(text: string, lang: string | null): string | null {
  const body = text.trim();
  if (!body) return 'empty';
  const head = body.replace(OPENERS, '');
  const first = head.charAt(0);
  if (!/[\p{Lu}\p{Lt}\p{N}\p{Sc}]/u.test(first) && !/\p{Lo}/u.test(first)) {
    const word = /^[\p{L}\p{N}]+/u.exec(head)?.[0] ?? '';
    if (!/\p{Lu}/u.test(word)) return 'start';
  }
  if (endsSentencesWithoutStops(lang)) return null;
  const tail = body.replace(CLOSERS, '');
  if (!/(?:[.!?…。！？‼⁉]|\.{3})$/u.test(tail)) return 'end';
  return null;
}

/** Headings that are page furniture whatever page they sit on: "[edit]" links, " #" anchors, timestamps. */
function captionShapeProblem(caption: string): string | null {
  if (/\[[^\]]*\]\s*$|^\s*\[/u.test(caption)) return 'bracketed furniture';
  if (/\s[#¶§]\s*$/u.test(caption)) return 'anchor mark';
  if (/\b\d{1,2}:\d{2}\b/u.test(caption) && /\b(?:19|20)\d{2}\b|\b\d{1,2}\/\d{1,2}\//u.test(caption))
    return 'timestamp';
  return null;
}

/** Every word (three or more) of a caption is a word of the title: the headline again, shortened. */
function isHeadlineLike(caption: string, title: string): boolean {
  const words = (t: string): string[] => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const titleWords = new Set(words(title));
  const own = words(caption);
  return own.length >= 3 && own.every((w) => titleWords.has(w));
}

/** A heading of the true body: a short line of it (or, in a CJK body, a line without a closing stop). */
function bodyLines(articleBody: string): Set<string> {
  return new Set(
    articleBody
      .split(/\n+/)
      .map((l) => matchKey(l))
      .filter(Boolean),
  );
}

function nameKey(text: string | null | undefined): string {
  return (text ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^by\s+/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Two names agree when one holds the other ("Jeffrey Gettleman" in "By Jeffrey Gettleman and ..."). */
function namesAgree(ours: string, expected: string): boolean {
  const a = nameKey(ours);
  const b = nameKey(expected);
  return !!a && !!b && (a === b || a.includes(b) || b.includes(a));
}

/** Title separators: " - ", " | ", " · ", ": " and a bracketed part at the end or before a separator ("（CNET Japan） - Yahoo!ニュース"). */
const TITLE_PARTS = /\s+[-|–—·•»:]\s+|:\s+|\s*[_｜]\s*|\s*[（(][^）)]*[）)](?=\s*$|\s+[-|–—·•»:]\s)/u;

/** Every run of whole consecutive parts of a title, as name keys. */
function partRuns(title: string): Set<string> {
  const parts = title.split(TITLE_PARTS).map(nameKey).filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i < parts.length; i++) {
    let joined = '';
    for (let j = i; j < parts.length; j++) out.add((joined += parts[j]));
  }
  return out;
}

/**
 * Titles agree when equal, or when one is the other without its site's name: Readability keeps "Mozilla -
 * Wikipedia" where the popup shows "Mozilla"; the issue asks for the suffix to go. One or more whole parts may be
 * missing at either end, never a part's middle; when each title keeps a part the other drops (Readability cuts a
 * kicker and keeps the site, "Outside the web: Story" against "Story · V8"), the shared parts must be most of both.
 */
export function titlesAgree(ours: string, expected: string): boolean {
  const a = matchKey(ours);
  const b = matchKey(expected);
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [ours, expected] : [expected, ours];
  const longRuns = partRuns(long);
  if (longRuns.has(nameKey(short))) return true;
  // Each keeps a part the other left out ("Kicker: Story" and "Story · Site"): the same title when the parts they
  // share are most of both.
  const [ka, kb] = [nameKey(ours), nameKey(expected)];
  for (const run of partRuns(short)) {
    if (longRuns.has(run) && run.length >= 0.6 * ka.length && run.length >= 0.6 * kb.length) return true;
  }
  return false;
}

/** Same calendar day, or the same instant. */
function datesAgree(ours: string, expected: string): boolean {
  if (ours.slice(0, 10) === expected.slice(0, 10)) return true;
  const a = Date.parse(ours);
  const b = Date.parse(expected);
  return Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) < 36 * 3600 * 1000;
}

/** Whether the page spells a date anywhere: ISO, or day and month names with the year. */
function pageHasDate(html: string, iso: string): boolean {
  const [y, m, d] = iso.slice(0, 10).split('-');
  if (!y || !m || !d) return false;
  if (html.includes(iso.slice(0, 10))) return true;
  const month = new Date(Date.UTC(2000, Number(m) - 1, 1)).toLocaleString('en', { month: 'short', timeZone: 'UTC' });
  const day = String(Number(d));
  const re = new RegExp(
    `(?:\\b${month}[a-z]*\\.?\\s+0?${day}\\b[^<]{0,12}${y}|\\b0?${day}\\.?\\s+${month}[a-z]*\\.?,?\\s+${y})`,
    'i',
  );
  // Figures as CJK and European pages write them: "2016年10月14日", "15.08.2015", "2015.08.15".
  const cjk = new RegExp(`${y}\\s*年\\s*0?${Number(m)}\\s*月\\s*0?${day}\\s*日`);
  return (
    re.test(html) ||
    cjk.test(html) ||
    [`${y}/${m}/${d}`, `${m}/${d}/${y}`, `${d}.${m}.${y}`, `${y}.${m}.${d}`].some((f) => html.includes(f))
  );
}

/** Whether the page holds a text (its letters, in order) somewhere in its markup. */
function pageHolds(html: string, text: string): boolean {
  const key = nameKey(text);
  return key.length > 0 && nameKey(html.replace(/<[^>]+>/g, ' ')).includes(key);
}

/** The checks of one page; `truth` says which apply. */
export function auditPage(summary: PageSummary, truth: PageTruth): { flags: Flag[]; checked: Checked } {
  const flags: Flag[] = [];
  const checked: Checked = { points: 0, captions: 0, meta: {} };
  const body = truth.articleBody !== undefined ? matchKey(truth.articleBody) : null;
  const lines = truth.articleBody !== undefined ? bodyLines(truth.articleBody) : null;
  const headingKeys = new Set((truth.headings ?? []).map(matchKey));
  const titleKey = matchKey(summary.title);
  const deKey = truth.description ? matchKey(truth.description) : '';
  for (const point of summary.keyPoints) {
    checked.points++;
    if (body !== null && !body.includes(matchKey(point.text)))
      flags.push({ cls: 'point-not-in-body', line: point.text });
    const shape = sentenceShapeProblem(point.text, summary.lang);
    if (shape) flags.push({ cls: 'point-not-sentence', line: point.text, detail: shape });
    if (point.section === null) continue;
    checked.captions++;
    const key = matchKey(point.section);
    let problem = captionShapeProblem(point.section);
    if (!problem && (key === titleKey || isHeadlineLike(point.section, summary.title))) problem = 'the title';
    if (!problem && deKey && (key === deKey || deKey.startsWith(key))) problem = 'the dek';
    if (!problem && lines !== null && !lines.has(key)) problem = 'not a line of the true body';
    if (!problem && lines === null && truth.headings && !headingKeys.has(key)) problem = 'not a heading of the page';
    if (problem)
      flags.push({
        cls: 'caption-not-heading',
        line: point.section,
        detail: `${problem}; point: ${point.text.slice(0, 80)}`,
      });
  }
  const expected = truth.expected;
  if (expected) {
    const html = truth.html ?? '';
    const check = (
      cls: FlagClass,
      ours: string | null,
      exp: string | null | undefined,
      agree: (a: string, b: string) => boolean,
      inPage: (v: string) => boolean,
    ): void => {
      const want = exp ?? null;
      if (want === null && ours === null) return;
      // A null there means Readability found none: count ours only when the page does not hold it.
      if (want === null) {
        checked.meta[cls] = (checked.meta[cls] ?? 0) + 1;
        if (!inPage(ours!)) flags.push({ cls, line: `${ours}`, detail: 'expected null and the page does not hold it' });
        return;
      }
      checked.meta[cls] = (checked.meta[cls] ?? 0) + 1;
      if (ours === null) flags.push({ cls, line: '(none)', detail: `expected ${want}` });
      else if (!agree(ours, want)) flags.push({ cls, line: ours, detail: `expected ${want}` });
    };
    // An empty expected title is no title: the page has none.
    check('meta-title', summary.title, expected.title || null, titlesAgree, (v) => pageHolds(html, v));
    // "Libération.fr" and "Libération", "TMZ.COM" and Readability's "http://www.tmz.com" name the same site.
    check('meta-siteName', summary.siteName, expected.siteName, namesAgree, (v) => pageHolds(html, v));
    check('meta-byline', summary.byline, expected.byline, namesAgree, (v) => pageHolds(html, v));
    check('meta-publishedTime', summary.publishedTime, expected.publishedTime, datesAgree, (v) => pageHasDate(html, v));
    check(
      'meta-lang',
      summary.lang,
      expected.lang,
      (a, b) => baseLanguage(a) === baseLanguage(b),
      (v) => new RegExp(`lang=["']?${baseLanguage(v)}`, 'i').test(html),
    );
  }
  return { flags, checked };
}

/** FNV-1a of the page id: the stable split into a fix half (0) and a held-out half (1). */
export function halfOf(id: string): 'fix' | 'held-out' {
  let h = 0x811c9dc5;
  for (const ch of id) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 2 === 0 ? 'fix' : 'held-out';
}
