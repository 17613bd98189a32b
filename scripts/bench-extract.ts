/**
 * Main-text quality on the Article Extraction Benchmark pages:
 *   npm run bench:extract -- [--data PATH] [--worst N] [--page ID] [--diff] [--repeat N] [--half fix|held-out]
 * (`--half`: only the pages of that half of the audit's stable split, scripts/lib/audit-page.ts halfOf)
 * Runs the extension's own path (extractArticle + blocksToText) and plain Readability (textContent)
 * on every page in the same run and prints the benchmark's metric plus milliseconds per page.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../utils/article/extract-article';
import { blocksToText } from '../utils/article/blocks-to-text';
import { documentFromHtml, readSavedPage } from './lib/load-document';
import { halfOf } from './lib/audit-page';
import { scoreCorpus, scorePage, shingles, tokenize, type PageScore } from './lib/shingle-metric';

type Truth = Record<string, { url: string; articleBody: string }>;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const dataDir = resolve(arg('data') ?? join(import.meta.dirname, '..', '..', 'shared', 'data', 'aeb-dev'));
if (!existsSync(join(dataDir, 'ground-truth.json')) || !existsSync(join(dataDir, 'html'))) {
  console.error(`No benchmark data at ${dataDir} (expected ground-truth.json and html/<id>.html.gz).`);
  console.error('The public originals: https://github.com/scrapinghub/article-extraction-benchmark');
  console.error('(ground-truth.json and html/*.html.gz); pass the folder with --data PATH.');
  process.exit(1);
}

const truth = JSON.parse(readFileSync(join(dataDir, 'ground-truth.json'), 'utf8')) as Truth;
const only = arg('page');
const half = arg('half');
const repeat = Math.max(1, Number(arg('repeat') ?? 3));
const diffAll = process.argv.includes('--diff');
const ids = readdirSync(join(dataDir, 'html'))
  .filter((f) => f.endsWith('.html.gz'))
  .map((f) => f.slice(0, -'.html.gz'.length))
  .filter((id) => id in truth && (!only || id.startsWith(only)) && (!half || halfOf(id) === half))
  .sort();

function readabilityText(doc: Document): string {
  return new Readability(doc.cloneNode(true) as Document).parse()?.textContent ?? '';
}

function ours(doc: Document, url: string): string {
  return blocksToText(extractArticle(doc, url).blocks);
}

/** Our blocks that are not in the truth (+) and truth lines we missed (-), for looking at one page. */
function printDiff(text: string, gold: string): void {
  const keys = (t: string): string[] => [...shingles(tokenize(t)).keys()];
  const covered = (part: string, whole: Set<string>): number => {
    const k = keys(part);
    return k.length ? k.filter((x) => whole.has(x)).length / k.length : 1;
  };
  const goldSet = new Set(keys(gold));
  const ourSet = new Set(keys(text));
  for (const block of text.split(/\n\n/)) if (covered(block, goldSet) < 0.5) console.log(`+ ${block.slice(0, 300)}`);
  for (const lineText of gold.split(/\n+/))
    if (covered(lineText, ourSet) < 0.5) console.log(`- ${lineText.slice(0, 300)}`);
}

const rows: { id: string; ours: PageScore; plain: PageScore; ms: number; plainMs: number; text: string }[] = [];
for (const id of ids) {
  const html = readSavedPage(join(dataDir, 'html', `${id}.html.gz`));
  const { url, articleBody } = truth[id]!;
  // Each on its own fresh parse of the page; which runs first alternates from page to page, because the first
  // run over a freshly parsed page pays some one-off costs.
  const runPlain = (): [string, number] => {
    const d = documentFromHtml(html);
    const t = performance.now();
    const out = readabilityText(d);
    return [out, performance.now() - t];
  };
  const runOurs = (): [string, number] => {
    const d = documentFromHtml(html);
    const t = performance.now();
    const out = ours(d, url);
    return [out, performance.now() - t];
  };
  // Each timing is the fastest of `repeat` runs (the machine may be shared), alternating which goes first.
  let text = '';
  let plainText = '';
  let ms = Infinity;
  let plainMs = Infinity;
  for (let i = 0; i < repeat; i++) {
    const plainFirst = (rows.length + i) % 2 === 0;
    const early = plainFirst ? runPlain() : null;
    const mine = runOurs();
    const plain = early ?? runPlain();
    [text, plainText] = [mine[0], plain[0]];
    ms = Math.min(ms, mine[1]);
    plainMs = Math.min(plainMs, plain[1]);
  }
  rows.push({ id, ours: scorePage(text, articleBody), plain: scorePage(plainText, articleBody), ms, plainMs, text });
}

const pct = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};
const f = (x: number): string => x.toFixed(3);
const line = (name: string, pages: PageScore[]): string => {
  const c = scoreCorpus(pages);
  return `${name.padEnd(22)} precision=${f(c.precision)} recall=${f(c.recall)} F1=${f(c.f1)} accuracy=${f(c.accuracy)}`;
};

const worst = Number(arg('worst') ?? 8);
const f1 = (p: PageScore): number =>
  p.precision + p.recall ? (2 * p.precision * p.recall) / (p.precision + p.recall) : 0;
const sorted = [...rows].sort((a, b) => f1(a.ours) - f1(b.ours));
if (worst > 0) {
  console.log(`worst ${worst} pages (ours):`);
  for (const r of sorted.slice(0, worst)) {
    console.log(
      `  ${r.id.slice(0, 12)} P=${f(r.ours.precision)} R=${f(r.ours.recall)} | readability P=${f(r.plain.precision)} R=${f(r.plain.recall)}  ${truth[r.id]!.url}`,
    );
  }
}
if (only || diffAll)
  for (const r of rows) {
    console.log(`=== ${r.id.slice(0, 12)} ${truth[r.id]!.url}`);
    printDiff(r.text, truth[r.id]!.articleBody);
  }
console.log(`\n${rows.length} pages from ${dataDir}`);
console.log(
  line(
    'news-lens (ours)',
    rows.map((r) => r.ours),
  ),
);
console.log(
  line(
    'readability textContent',
    rows.map((r) => r.plain),
  ),
);
const ms = (xs: number[]): string => `median=${pct(xs, 0.5).toFixed(1)} p95=${pct(xs, 0.95).toFixed(1)}`;
console.log(
  `ms per page (clone + extraction, fastest of ${repeat} runs): news-lens ${ms(rows.map((r) => r.ms))} | readability ${ms(rows.map((r) => r.plainMs))}`,
);
