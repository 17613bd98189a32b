/**
 * A related-link sample for a blind judgement on pages without truth (Mozilla Readability's test pages):
 *   npx tsx scripts/sample-related.ts [--data DIR] [--half dev|blind|all] [--max N] [--out FILE] [--list]
 * For every real news-like page of DIR (default ../shared/data/readability-pages; `<name>/source.html.gz`),
 * runs the popup's pipeline (extractArticle for the title, then findRelatedLinks) and writes one JSON line per page:
 * the page's name and URL, the visible headings that label blocks of links on the page (so a judge can see its
 * modules), and the related list as the popup shows it at first (up to ten items: title, URL, group, the label
 * shown above it). Nothing is judged here: a judge marks each item by the rules of the data README
 * (section aeb-dev/related.json).
 * Pages: the small synthetic test cases (names starting with a digit, or pages under 10 KB of HTML) are skipped,
 * and so are pages that do not look like a news article (no article type declared, no byline and no date).
 * Halves: each page belongs to `dev` or `blind` by a hash of its name (SHA-1, first byte even = dev), fixed before
 * any look at results. Look at `dev` while working; keep `blind` for the judged sample. --list prints the pages
 * chosen and their half without running the pipeline on them.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractArticle } from '../utils/article/extract-article';
import { readPageFacts } from '../utils/article/read-metadata';
import { relatedBlocks } from '../utils/popup/related-groups';
import { findRelatedLinks } from '../utils/related/find-related-links';
import { isHeadingLike, containerOf } from '../utils/related/widget-boxes';
import { THRESHOLDS } from '../utils/rules/thresholds';
import { cleanText } from '../utils/text/element-text';
import { documentFromHtml, readSavedPage } from './lib/load-document';
import messages from '../public/_locales/en/messages.json' with { type: 'json' };

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const dataDir = resolve(arg('data') ?? join(import.meta.dirname, '..', '..', 'shared', 'data', 'readability-pages'));
const half = arg('half') ?? 'all';
if (!['dev', 'blind', 'all'].includes(half)) {
  console.error('--half takes dev, blind or all');
  process.exit(1);
}
const max = Number(arg('max') ?? '1000');
const out = arg('out');
const listOnly = process.argv.includes('--list');

const halfOf = (name: string): 'dev' | 'blind' =>
  createHash('sha1').update(name).digest()[0]! % 2 === 0 ? 'dev' : 'blind';

/** The page's URL: its canonical link or og:url when absolute, else Readability's test host. */
function urlOf(doc: Document): string {
  const href =
    doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  try {
    if (href && /^https?:/i.test(href)) return new URL(href).href;
  } catch {
    // relative or broken: fall through
  }
  return 'http://fakehost/test/page.html';
}

const HIDDEN = '[hidden], [aria-hidden="true"], [style*="display:none" i], [style*="display: none" i]';
const TITLE_LIKE =
  'h1, h2, h3, h4, h5, h6, [class*="title"], [class*="heading"], [class*="header"], [class*="label"], strong, b';

/** Visible short headings (no link of their own) whose box holds three links or more: the labels of link blocks. */
function moduleHeadings(doc: Document): string[] {
  const out: string[] = [];
  for (const el of Array.from(doc.body?.querySelectorAll(TITLE_LIKE) ?? [])) {
    if (el.closest(HIDDEN) || el.closest('a') || el.querySelector('a[href]') || !isHeadingLike(el)) continue;
    const text = cleanText(el.textContent ?? '');
    if (text.length < 2 || text.length > 80) continue;
    if (!containerOf(el, 3)) continue;
    if (!out.includes(text)) out.push(text);
    if (out.length >= 40) break;
  }
  return out;
}

const groupNames: Record<string, string> = {
  topic: messages.relatedTopic.message,
  inline: messages.relatedInArticle.message,
  popular: messages.relatedPopular.message,
};

type Chosen = { name: string; half: 'dev' | 'blind'; html: string };
const chosen: Chosen[] = [];
for (const name of readdirSync(dataDir).sort()) {
  const file = join(dataDir, name, 'source.html.gz');
  if (/^\d/.test(name) || !existsSync(file)) continue;
  const html = readSavedPage(file);
  if (html.length < 10_000) continue;
  const h = halfOf(name);
  if (half !== 'all' && h !== half) continue;
  const doc = documentFromHtml(html);
  const url = urlOf(doc);
  let newsLike = readPageFacts(doc, url).declaredArticle;
  if (!newsLike) {
    try {
      const a = extractArticle(doc, url);
      newsLike = !!(a.byline || a.publishedTime);
    } catch {
      newsLike = false;
    }
  }
  if (newsLike) chosen.push({ name, half: h, html });
}

const pages = chosen.slice(0, max);
if (listOnly) {
  for (const p of pages) console.log(`${p.half.padEnd(5)} ${p.name}`);
  console.log(`${pages.length} pages`);
  process.exit(0);
}

const lines: string[] = [];
for (const p of pages) {
  const doc = documentFromHtml(p.html);
  const url = urlOf(doc);
  const headings = moduleHeadings(doc);
  let related: { title: string; url: string; group: string; label: string }[] = [];
  let total = 0;
  let error: string | undefined;
  try {
    const fresh = documentFromHtml(p.html);
    const { title } = extractArticle(fresh, url);
    const links = findRelatedLinks(documentFromHtml(p.html), url, { title });
    total = links.length;
    related = relatedBlocks(links.slice(0, THRESHOLDS.maxRelatedLinks)).flatMap((b) =>
      b.links.map((l) => ({ title: l.title, url: l.url, group: b.group, label: b.label ?? groupNames[b.group]! })),
    );
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  lines.push(
    JSON.stringify({ page: p.name, half: p.half, url, moduleHeadings: headings, related, totalRelated: total, error }),
  );
  if (!out) {
    console.log(`=== ${p.name} (${p.half}) ${url}`);
    console.log(`  headings: ${headings.join(' | ')}`);
    for (const r of related) console.log(`  [${r.label}] "${r.title}" ${r.url}`);
    if (error) console.log(`  ERROR ${error}`);
  }
}
if (out) {
  writeFileSync(out, `${lines.join('\n')}\n`);
  console.log(`${lines.length} pages written to ${out}`);
}
