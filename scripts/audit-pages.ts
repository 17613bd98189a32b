/**
 * `npm run audit:pages -- --dir DIR [--dir DIR2] [--points N] [--half fix|held-out] [--page ID] [--json] [--quiet]`
 *
 * What a reader would see wrong on real pages, by class, per page: key points that are not in the benchmark's
 * true article body (Article Extraction Benchmark pages: DIR is `aeb-dev/html`, the truth `../ground-truth.json`),
 * points that do not start and end like sentences, captions (the section shown above a point) that are not
 * headings inside the article, and metadata that disagrees with Readability's `expected-metadata.json`
 * (Readability test pages: DIR holds `<name>/source.html.gz`); a `null` there counts only when the page does not
 * hold our value either. Runs the extension's guarded pipeline (`summarizeDocumentAt`) on each saved page.
 *
 * Pages are split by a stable hash of their id into a "fix" half and a "held-out" half: fix looking at the fix
 * half only, report both. Prints counts per class, per source and per half, then the flagged lines; `--json`
 * prints one object with the counts and every flag.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { summarizeDocumentAt } from '../utils/summarize-current-page';
import { cleanText } from '../utils/text/element-text';
import { auditPage, FLAG_CLASSES, halfOf, type ExpectedMetadata, type Flag, type PageTruth } from './lib/audit-page';
import { documentFromHtml, readSavedPage } from './lib/load-document';

function args(name: string): string[] {
  const out: string[] = [];
  process.argv.forEach((a, i) => {
    if (a === `--${name}` && process.argv[i + 1]) out.push(process.argv[i + 1]!);
  });
  return out;
}

type Source = 'aeb' | 'readability';
type Page = { id: string; source: Source; path: string; url: string | null; truth: PageTruth };
type PageResult = {
  id: string;
  source: Source;
  half: 'fix' | 'held-out';
  error?: string;
  flags: Flag[];
  points: number;
  captions: number;
  meta: Record<string, number>;
};

function pagesOf(dir: string): Page[] {
  const pages: Page[] = [];
  const truthFile = join(dirname(dir), 'ground-truth.json');
  const aebTruth = existsSync(truthFile)
    ? (JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, { url: string; articleBody: string }>)
    : null;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      const source = ['source.html.gz', 'source.html'].map((f) => join(path, f)).find(existsSync);
      const meta = join(path, 'expected-metadata.json');
      if (!source) continue;
      const expected = existsSync(meta) ? (JSON.parse(readFileSync(meta, 'utf8')) as ExpectedMetadata) : undefined;
      pages.push({ id: name, source: 'readability', path: source, url: null, truth: { expected } });
    } else if (/\.html(?:\.gz)?$/.test(name)) {
      const id = basename(name).replace(/\.html(?:\.gz)?$/, '');
      const truth = aebTruth?.[id];
      pages.push({
        id,
        source: 'aeb',
        path,
        url: truth?.url ?? null,
        truth: truth ? { articleBody: truth.articleBody } : {},
      });
    }
  }
  return pages;
}

/** The page's URL: its canonical link when absolute, else Readability's test host. */
function urlOf(doc: Document): string {
  const href =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  try {
    if (href) return new URL(href).href;
  } catch {
    // relative or broken: fall through
  }
  return 'http://fakehost/test/page.html';
}

/** Texts of the page's headings: h1-h6 and paragraphs that are one bold run. */
function headingTexts(doc: Document): string[] {
  const out: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('h1,h2,h3,h4,h5,h6,p > b,p > strong,div > b,div > strong'))) {
    const text = cleanText(el.textContent ?? '');
    // The caption may leave out the heading's edit link or anchor mark ("Firefox[edit]", "Current status #").
    if (text) out.push(text, text.replace(/(?:\s*\[[^[\]]*\])+$|\s+[#¶§]$/u, ''));
  }
  return out;
}

function auditOne(page: Page, points: number): PageResult {
  const half = halfOf(page.id);
  const base = { id: page.id, source: page.source, half, flags: [], points: 0, captions: 0, meta: {} };
  try {
    const html = readSavedPage(page.path);
    const doc = documentFromHtml(html);
    const url = page.url ?? urlOf(doc);
    const truth: PageTruth = { ...page.truth };
    if (page.source === 'readability') {
      truth.html = html;
      truth.headings = headingTexts(doc);
      truth.description =
        doc.querySelector('meta[property="og:description"]')?.getAttribute('content') ??
        doc.querySelector('meta[name="description"]')?.getAttribute('content') ??
        null;
    }
    const result = summarizeDocumentAt(doc, url, { points });
    if (!result.ok) return { ...base, error: `${result.reason}: ${result.message}` };
    const { flags, checked } = auditPage(result.summary, truth);
    return { ...base, flags, points: checked.points, captions: checked.captions, meta: checked.meta };
  } catch (error) {
    return { ...base, error: error instanceof Error ? error.message : String(error) };
  }
}

type Tally = {
  pages: number;
  points: number;
  captions: number;
  meta: Record<string, number>;
  flags: Record<string, number>;
};

function tally(results: PageResult[]): Tally {
  const t: Tally = { pages: results.length, points: 0, captions: 0, meta: {}, flags: {} };
  for (const cls of FLAG_CLASSES) t.flags[cls] = 0;
  for (const r of results) {
    t.points += r.points;
    t.captions += r.captions;
    for (const [k, v] of Object.entries(r.meta)) t.meta[k] = (t.meta[k] ?? 0) + v;
    for (const f of r.flags) t.flags[f.cls] = (t.flags[f.cls] ?? 0) + 1;
  }
  return t;
}

function denominator(t: Tally, cls: string): number {
  if (cls === 'caption-not-heading') return t.captions;
  if (cls.startsWith('point-')) return t.points;
  return t.meta[cls] ?? 0;
}

function main(): void {
  const dirs = args('dir');
  if (!dirs.length) {
    console.error(
      'Usage: npm run audit:pages -- --dir DIR [--dir DIR2] [--points N] [--half fix|held-out] [--page ID] [--json]',
    );
    console.error(
      '  DIR: ../shared/data/aeb-dev/html (truth: ../ground-truth.json) or ../shared/data/readability-pages',
    );
    process.exit(2);
  }
  const points = Number(args('points')[0] ?? 7);
  const onlyHalf = args('half')[0];
  const onlyPage = args('page')[0];
  const pages = dirs
    .flatMap((d) => {
      const dir = resolve(d);
      if (!existsSync(dir)) throw new Error(`No folder ${dir}`);
      return pagesOf(dir);
    })
    .filter((p) => (!onlyHalf || halfOf(p.id) === onlyHalf) && (!onlyPage || p.id.startsWith(onlyPage)));
  const results = pages.map((p) => auditOne(p, points));
  const groups: Record<string, PageResult[]> = { all: results };
  for (const r of results) {
    (groups[`${r.source}`] ??= []).push(r);
    (groups[`${r.source}/${r.half}`] ??= []).push(r);
  }
  const tallies = Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, tally(v)]));
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ points, tallies, pages: results }, null, 1));
    return;
  }
  if (!process.argv.includes('--quiet')) {
    for (const r of results) {
      if (r.error) console.log(`${r.source} ${r.id} [${r.half}]: ERROR ${r.error}`);
      if (!r.flags.length) continue;
      console.log(`${r.source} ${r.id} [${r.half}]`);
      for (const f of r.flags) console.log(`  ${f.cls}: ${f.line.slice(0, 200)}${f.detail ? `  (${f.detail})` : ''}`);
    }
    console.log('');
  }
  const names = Object.keys(tallies);
  console.log(`key points per page: ${points}`);
  console.log(['class'.padEnd(22), ...names.map((n) => n.padStart(22))].join(''));
  for (const cls of FLAG_CLASSES) {
    const cells = names.map((n) => {
      const t = tallies[n]!;
      const d = denominator(t, cls);
      return d ? `${t.flags[cls]}/${d}`.padStart(22) : '-'.padStart(22);
    });
    console.log([cls.padEnd(22), ...cells].join(''));
  }
  console.log(
    [
      'pages (errors)'.padEnd(22),
      ...names.map((n) => `${tallies[n]!.pages} (${groups[n]!.filter((r) => r.error).length})`.padStart(22)),
    ].join(''),
  );
}

main();
