import { PLATFORM_SITE_NAMES } from '../rules/platforms';
import {
  ARCHIVE_TITLE_PARTS,
  COPYRIGHT_LINE,
  SITE_NAME_MAX_WORDS,
  SLOGAN_ARTICLES,
  TITLE_PART_SEPARATOR,
} from '../rules/site-names';
import { THRESHOLDS } from '../rules/thresholds';
import { alternationSource, buildPattern } from '../rules/phrase-pattern';
import { FEED_LIST_LABELS, FEED_SECTION_NAMES } from '../rules/phrases/feed-titles';
import { letterKey } from '../text/normalize';
import { estimateWords } from '../text/words';
import type { ArticleMetadata } from '../types';
import { cleanTitle, withoutMarks } from './clean-title';
import { cleanText, elementText } from '../text/element-text';
import { normalizeLang } from '../text/normalize-lang';
import { readJsonLd } from './read-json-ld';
import { readByline } from './read-byline';
import { readDated } from './read-published-time';
import { longestSharedRun } from '../text/shared-run';

/**
 * Meta tag contents by lower-cased name or property (the first one wins). A tag that holds its text in `value`
 * instead of `content` (pages saved by some tools, e.g. the Postlight parser's fixtures: `<meta name="og:site_name"
 * value="NPR.org">`) is read the same.
 */
export function metaTags(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const meta of Array.from(doc.getElementsByTagName('meta'))) {
    const content = cleanText(meta.getAttribute('content') ?? meta.getAttribute('value') ?? '');
    if (!content) continue;
    for (const key of [
      meta.getAttribute('property'),
      meta.getAttribute('name'),
      meta.getAttribute('itemprop'),
      meta.getAttribute('http-equiv'),
    ]) {
      // A property may hold several names: <meta property="og:title twitter:title">.
      for (const name of key?.toLowerCase().split(/\s+/) ?? []) if (name && !out.has(name)) out.set(name, content);
    }
  }
  return out;
}

/** A bracketed gloss closing a site's name: "Name[slogan]", "Name【slogan】". */
const BRACKETED_GLOSS = /(?<=\S)\s*(?:\[[^\]]{2,}\]|【[^】]{2,}】)$/u;

/** A site name that is the publishing platform's, not the site's own ("Blogger", "Medium"). */
const PLATFORM_NAMES = new Set(PLATFORM_SITE_NAMES.map((n) => n.toLowerCase()));

/** "Salon.com RSS Feed", "Haki Benita Full Atom Feed", "LWN.net headlines", "Code (RSS)": the words after the name. */
const FEED_WORDS =
  /\s*(?:[-»|:·]\s*)?[([]?(?:(?:full|all|main|latest)\s+)?(?:(?:atom|rss(?:\s?2\.0)?)(?:\s+feed)?|feed|comments feed|headlines)[)\]]?\s*$/i;

/** "ITmedia PC USER 最新記事一覧", "Example News - Latest stories": what the feed lists, after the site's name. */
const FEED_LIST_LABEL = new RegExp(
  `(?:\\s*[-–—:|·]\\s*|\\s+|(?<=[^\\s\\p{Script=Latin}]))${alternationSource([FEED_LIST_LABELS])}\\s*$`,
  'iu',
);
/** A feed named for what it holds ("総合", "Top stories"), not for the site. */
const FEED_SECTION_NAME = buildPattern([FEED_SECTION_NAMES], { at: 'whole' });

/** The path of the site's main feed: its first segment is the feed ("/feed/", "/feeds/posts/default", "/blog.atom"). */
const MAIN_FEED_PATH = /^\/(?:feeds?|rss|atom)(?:[/.]|$)|^\/[\w-]+\.(?:atom|rss|xml)$/i;

function pathOf(href: string, base: string): string {
  try {
    return new URL(href, base).pathname;
  } catch {
    return '';
  }
}

/**
 * A site name as a name: a URL is none ("http://www.tmz.com"), and of "Aktuálně.cz - Víte, co se právě děje" the
 * part that spells the host is the name, the rest its slogan.
 */
function siteNameOnly(raw: string, url: string): string {
  if (/^(?:https?:\/\/|www\.)\S+$/i.test(raw)) return '';
  // "ScanNetSecurity[国内最大級のサイバーセキュリティ専門ポータルサイト]": a gloss in brackets after the name.
  const name = raw.replace(BRACKETED_GLOSS, '').trim() || raw;
  const parts = name.split(/\s+(?:[|\-–—:·•»]|::)\s+/);
  if (parts.length < 2) return name;
  // "네이버 블로그 | 고든의 블로그": the blog host's name beside the blog's own; the blog's is the site.
  const own = parts.filter((p) => !PLATFORM_NAMES.has(p.trim().toLowerCase()));
  return partNamingHost(parts, url) ?? (own.length === 1 && own[0]!.trim() ? own[0]!.trim() : name);
}

/** The part of "Site - Story" that spells the site's host name ("Dale County Gazette" on dalecountygazette.com). */
function titlePartNamingHost(title: string, url: string): string | null {
  const parts = title.split(/\s+(?:[|\-–—:·•»]|::)\s+/);
  if (parts.length < 2) return null;
  return partNamingHost([parts[0]!, parts[parts.length - 1]!], url);
}

/** The first of the parts that spells the site's host name. */
function partNamingHost(parts: readonly string[], url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
  const labels = host.split('.').filter((l) => l.length > 3 && !/^(?:com|net|org|news|blog|blogspot)$/.test(l));
  const squash = (s: string): string =>
    s
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '');
  // "dalegazette" spells "Dale County Gazette" when its letters appear in order and cover most of it.
  const spells = (label: string, key: string): boolean => {
    const [short, long] = label.length <= key.length ? [label, key] : [key, label];
    if (short.length < 4 || short.length < long.length * 0.6) return false;
    let i = 0;
    for (const ch of long) if (ch === short[i]) i++;
    return i === short.length && short[0] === long[0];
  };
  for (const part of parts) {
    const key = squash(part);
    if (labels.some((l) => spells(squash(l), key))) return part.trim();
  }
  return null;
}

function siteNameOf(
  doc: Document,
  meta: Map<string, string>,
  ld: ReturnType<typeof readJsonLd>,
  url: string,
): string | null {
  const feed = Array.from(doc.getElementsByTagName('link')).find(
    (l) =>
      l.getAttribute('rel') === 'alternate' && /rss|atom/.test(l.getAttribute('type') ?? '') && l.hasAttribute('title'),
  );
  // A feed's title names the site when it spells the host ("Salon.com RSS Feed" on salon.com) or is the site's
  // main feed ("Global Pulse Daily - Atom" at /feeds/posts/default); a section's feed ("Code (RSS)" at /code/feed/,
  // "Monde") does not.
  const rawFeedTitle = cleanText(feed?.getAttribute('title') ?? '');
  const feedTitle = rawFeedTitle.replace(FEED_WORDS, '');
  const mainFeed = feedTitle !== rawFeedTitle && MAIN_FEED_PATH.test(pathOf(feed?.getAttribute('href') ?? '', url));
  // "ITmedia PC USER 最新記事一覧" names the site before the list's label; "総合RSS" names only a section.
  const feedSite = feedTitle.replace(FEED_LIST_LABEL, '').trim() || feedTitle;
  const feedName =
    feedSite && !FEED_SECTION_NAME.test(feedSite) && (mainFeed || partNamingHost([feedSite], url))
      ? feedSite
      : undefined;
  const candidates = [
    meta.get('og:site_name'),
    ld.publisher,
    ld.websiteName,
    meta.get('application-name'),
    meta.get('apple-mobile-web-app-title'),
    meta.get('twitter:site')?.replace(/^@/, '') && undefined,
    feedName,
  ];
  // A site name that merely repeats the page title (some sites put the headline in og:site_name) is no name.
  const title = cleanText(meta.get('og:title') ?? doc.title ?? '').toLowerCase();
  const names = candidates
    .map((c) => (c ? siteNameOnly(cleanText(c), url) : ''))
    .filter((n) => n && n.length <= 80 && !(title && title.startsWith(n.toLowerCase()) && n.length > 20));
  if (names.length === 0) {
    const fromTitle = titlePartNamingHost(cleanText(doc.title ?? ''), url);
    if (fromTitle) names.push(fromTitle);
  }
  // The site's own name over the platform's ("Global Pulse Daily", not "Blogger"); the platform when alone (Medium).
  return names.find((n) => !PLATFORM_NAMES.has(n.toLowerCase())) ?? names[0] ?? null;
}

/** ", the free encyclopedia" after a name: a comma, then an article opening the slogan. */
const SLOGAN = new RegExp(
  `,\\s+(?:${SLOGAN_ARTICLES.map((a) => (/['’]$/.test(a) ? a : `${a}\\s`)).join('|')}).*$`,
  'iu',
);

/** A name without its slogan or gloss: "Wikipedia, the free encyclopedia", "ABC News (Australian Broadcasting Corporation)". */
function bareName(name: string): string {
  const bare = name
    .replace(SLOGAN, '')
    .replace(/\s*\([^()]*\)$/u, '')
    .trim();
  return bare.length >= 2 ? bare : name;
}

/**
 * The site's name from the page title's last part, when the parts before it hold the story's headline: "Olivia
 * Munn: Queen of the Uncool - BusinessWeek", "Story - Your Life - MSN Lifestyle", "标题|标签_业界_新浪科技_新浪网".
 */
export function siteNameFromTitle(pageTitle: string, headline: string): string | null {
  const parts = cleanText(pageTitle)
    .split(TITLE_PART_SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return null;
  const last = parts[parts.length - 1]!;
  const story = letterKey(headline);
  const before = letterKey(parts.slice(0, -1).join(' '));
  if (story.length < 4 || !before.includes(story) || letterKey(last) === story) return null;
  if (last.split(/\s+/).length > SITE_NAME_MAX_WORDS || /^[\p{N}\p{P}\s]+$/u.test(last)) return null;
  return bareName(last);
}

/** The holder in the page's copyright line when it spells the site's host ("Copyright by donga.com" on donga.com). */
function copyrightName(doc: Document, url: string): string | null {
  const lines: string[] = [];
  const walk = (el: Element): void => {
    const tag = el.tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') return;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3 && /©|\(c\)|copyright/i.test(c.textContent ?? ''))
        lines.push(cleanText(el.textContent ?? ''));
      else if (c.nodeType === 1) walk(c as Element);
    }
  };
  if (doc.body) walk(doc.body);
  for (const line of lines.reverse()) {
    if (line.length > 200) continue;
    const name = COPYRIGHT_LINE.exec(line)?.[1]?.trim();
    if (name && partNamingHost([name], url)) return name;
  }
  return null;
}

/**
 * The title of a page with none in its markup (a bare text file, a fragment): its first heading, else its first
 * line of text, cut after a few words at a word's end ("Kristen Wiig has had the kind of summer one might…"),
 * which names the page better than its address.
 */
function titleFromText(doc: Document): string {
  const heading = doc.querySelector('h1, h2, h3');
  const headingText = heading ? elementText(heading) : '';
  if (headingText) return headingText.slice(0, THRESHOLDS.textTitleMaxChars);
  // The first paragraph: the block holding the first text, or in bare text, the text up to a blank line.
  if (!doc.body) return '';
  let first: Node | null = null;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n && !first; n = walker.nextNode()) {
    const tag = n.parentElement ? n.parentElement.tagName.toUpperCase() : '';
    if (cleanText(n.nodeValue ?? '') && !/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(tag)) first = n;
  }
  const holder = first?.parentElement;
  const block = holder && !/^(?:BODY|HTML)$/i.test(holder.tagName) ? holder.closest('p, li, div, td, pre') : null;
  const line = block
    ? elementText(block)
    : cleanText((first?.nodeValue ?? '').split(/\n\s*\n/u).find((l) => cleanText(l)) ?? '');
  if (line.length <= THRESHOLDS.textTitleMaxChars) return line;
  const sentence = /^.{20,}?[.!?。！？](?=\s|$)/u.exec(line)?.[0];
  if (sentence && sentence.length <= THRESHOLDS.textTitleMaxChars) return sentence;
  const cut = line.slice(0, THRESHOLDS.textTitleMaxChars);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,;:–—-]+$/u, '')}…`;
}

/** "The Film Gang » Blog Archive » Stand Up Guys": the site's name and the post's title around the marker. */
function archiveTitle(pageTitle: string): { site: string; story: string } | null {
  const parts = cleanText(pageTitle)
    .split(TITLE_PART_SEPARATOR)
    .map((p) => p.trim());
  const at = parts.findIndex((p) => ARCHIVE_TITLE_PARTS.includes(p.toLowerCase()));
  if (at < 1 || at === parts.length - 1) return null;
  const site = parts.slice(0, at).join(' ').trim();
  const story = parts
    .slice(at + 1)
    .join(' - ')
    .trim();
  return site && story ? { site, story } : null;
}

/**
 * A JSON-LD headline a template left unfilled: one word the page's other title does not hold ("escenic", the
 * publishing system's name, on The Telegraph beside og:title "Plumber jailed after boiler killed…": blind pool Q).
 */
function isPlaceholder(headline: string, other: string | null | undefined): boolean {
  const h = letterKey(headline);
  const o = letterKey(other ?? '');
  return (
    estimateWords(cleanText(headline)) === 1 && estimateWords(cleanText(other ?? '')) >= 3 && !!h && !o.includes(h)
  );
}

/** A headline that ends in an ellipsis where the other title goes on: "Apple's Vision Pro is the…". */
function isCutShort(headline: string, other: string): boolean {
  const stem = headline.replace(/\s*(?:…|\.{3})\s*$/u, '');
  return stem !== headline && other.length > stem.length && other.startsWith(stem.trimEnd());
}

/** Title, site name, byline, published time and language from the page's metadata and markup. */
export function readMetadata(doc: Document, url: string): ArticleMetadata {
  return readPageFacts(doc, url).metadata;
}

/**
 * The metadata plus whether the page declares itself an article (JSON-LD article type, og:type article), whether
 * its date dates the page itself (its date tags, the line under its headline) rather than an element further
 * down that may be a teaser's, and the meta tags they were read from (metaTags).
 */
export function readPageFacts(
  doc: Document,
  url: string,
): { metadata: ArticleMetadata; declaredArticle: boolean; datedByPage: boolean; meta: Map<string, string> } {
  const meta = metaTags(doc);
  const ld = readJsonLd(doc);
  const declaredArticle =
    ld.isArticle || meta.get('og:type')?.toLowerCase() === 'article' || meta.has('article:published_time');
  return { ...metadataFrom(doc, url, meta, ld), declaredArticle, meta };
}

/** A section's label of one to three words and a colon, all a title holds before its headline: "Chronik: ". */
const SECTION_LABEL_BEFORE = /^\s*[\p{L}\p{N}&'’.-]+(?:\s[\p{L}\p{N}&'’.-]+){0,2}\s?[:|]\s*$/u;

/**
 * The page's one visible headline when it differs from `title`: the only h1 of THRESHOLDS.headlineMinWords words or
 * more that is not the site's name, sharing a run of THRESHOLDS.headlineSharedMinChars letters with the title (the
 * same story: a greeting, a column's name or the site's logo in an h1 shares none). Null when `title` already holds it.
 */
function shownHeadline(doc: Document, url: string, title: string, siteName: string | null): string | null {
  if (!title) return null;
  const site = letterKey(siteName ?? '');
  const long = Array.from(doc.getElementsByTagName('h1'))
    // A logo set as the h1 ('<h1><a href="/">Archive of Our Own</a></h1>', '<h1><span>BLOG: </span><a rel="home"
    // …>Die Engelbart-Galaxis</a></h1>').
    .filter((h) => !isLogoHeading(h, url))
    .map((h) => cleanText(elementText(h)))
    .filter((t) => estimateWords(t) >= THRESHOLDS.headlineMinWords && letterKey(t) !== site);
  if (new Set(long.map(letterKey)).size !== 1) return null;
  const shown = long[0]!;
  const a = letterKey(shown);
  const b = letterKey(title);
  // A title that is a section's label before the headline the page shows ("Chronik: Lotte Tobisch ist tot" over the
  // h1 "Lotte Tobisch ist tot", blind pool Q): the headline as shown.
  if (a !== b && b.endsWith(a) && SECTION_LABEL_BEFORE.test(title.slice(0, title.length - shown.length))) return shown;
  if (b.includes(a) || a === b) return null;
  return longestSharedRun(a, b) >= THRESHOLDS.headlineSharedMinChars ? shown : null;
}

/**
 * A site's logo set as an h1: its text all in one link to a site's front page ('<h1><a href="http://www.internet-law.de">
 * Internet-Law</a></h1>', whatever the page's own address), or a link marked rel="home".
 */
function isLogoHeading(h: Element, url: string): boolean {
  if (h.querySelector('a[rel~="home"]')) return true;
  const links = h.querySelectorAll('a[href]');
  if (links.length !== 1) return false;
  const link = links[0]!;
  if (cleanText(elementText(link)) !== cleanText(elementText(h))) return false;
  try {
    return /^\/?(?:index\.\w+)?$/u.test(new URL(link.getAttribute('href') ?? '', url).pathname);
  } catch {
    return false;
  }
}

/** The text of the page's logo h1, when it is a short name that the page's title holds. */
function logoName(doc: Document, url: string, title: string): string | null {
  const logo = Array.from(doc.getElementsByTagName('h1')).find((h) => isLogoHeading(h, url));
  const name = logo ? cleanText(elementText(logo)) : '';
  return name && name.split(/\s+/).length <= 4 && letterKey(title).includes(letterKey(name)) ? name : null;
}

function metadataFrom(
  doc: Document,
  url: string,
  meta: Map<string, string>,
  ld: ReturnType<typeof readJsonLd>,
): { metadata: ArticleMetadata; datedByPage: boolean } {
  let siteName = siteNameOf(doc, meta, ld, url);
  const headings = Array.from(doc.getElementsByTagName('h1'))
    .filter((h) => !isLogoHeading(h, url))
    .slice(0, 5)
    .map((h) => elementText(h));
  // The editor's headline first (JSON-LD, Dublin Core), then the social cards' and the page's own title, as
  // Readability reads them; a JSON-LD headline cut short for search engines ("… of the…") gives way to og:title.
  const social = meta.get('og:title') || meta.get('twitter:title');
  const ldHeadline =
    ld.headline && !(social && isCutShort(ld.headline, social)) && !isPlaceholder(ld.headline, social || doc.title)
      ? cleanText(ld.headline)
      : '';
  const raw =
    ldHeadline ||
    meta.get('dc:title') ||
    meta.get('dcterm:title') ||
    meta.get('dcterms:title') ||
    social ||
    meta.get('parsely-title') ||
    cleanText(doc.title ?? '') ||
    headings[0] ||
    titleFromText(doc);
  const html = doc.documentElement;
  const lang =
    normalizeLang(html?.getAttribute('lang')) ??
    normalizeLang(html?.getAttribute('xml:lang')) ??
    normalizeLang(meta.get('content-language')) ??
    normalizeLang(meta.get('og:locale')) ??
    normalizeLang(meta.get('language'));
  let title = raw ? cleanTitle(raw, siteName, headings) : '';
  const archive = archiveTitle(doc.title ?? '');
  if (archive) {
    siteName ??= archive.site;
    if (letterKey(raw) === letterKey(doc.title ?? '')) title = archive.story;
  }
  if (!siteName) {
    // No meta tag names the site: the title's last part ("Story - BusinessWeek"), the logo h1 the title holds
    // ("Internet-Law » Story" under '<h1><a href="/">Internet-Law</a></h1>'), else the copyright holder.
    siteName =
      siteNameFromTitle(cleanText(doc.title ?? ''), title) ?? logoName(doc, url, raw) ?? copyrightName(doc, url);
    if (siteName && raw) title = cleanTitle(raw, siteName, headings);
  }
  // The headline the reader sees over the story wins over the one written for search engines and social cards
  // ("China snubs Imran Khan, says resolve J&K bilaterally" over "Kashmir issue: China snubs Imran Khan, says
  // resolve Jammu and Kashmir bilaterally"), when the page has one such heading and it tells the same story.
  const shown = shownHeadline(doc, url, title, siteName);
  if (shown) title = withoutMarks(shown);
  const dated = readDated(doc, meta, ld.datePublished, { lang, title, url });
  let byline = readByline(doc, meta, ld.author);
  // "SPIEGEL ONLINE, Hamburg, Germany": the site itself with its seat is no author.
  if (byline && siteName && byline.includes(',') && letterKey(byline.split(',')[0]!) === letterKey(siteName))
    byline = null;
  // "Doug Stanglin, USA TODAY" on usatoday.com: the outlet after the reporter's name is the site.
  const outlet = byline ? /,\s*([^,]{2,40})$/u.exec(byline)?.[1] : undefined;
  if (!siteName && outlet && partNamingHost([outlet], url)) siteName = outlet.trim();
  return {
    metadata: { title, siteName, byline, publishedTime: dated.iso, lang },
    // A page calling itself a website (a home or section page) carries its CMS's stamp in the date tags.
    datedByPage:
      dated.source === 'headline' || (dated.source === 'meta' && meta.get('og:type')?.toLowerCase() !== 'website'),
  };
}
