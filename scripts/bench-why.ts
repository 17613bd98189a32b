/**
 * "Why this matters" benchmark:
 *   npm run bench:why -- [--aeb DIR] [--stories FILE] [--readability DIR] [--limit N] [--points 5] [--verbose]
 *                        [--sample N --seed S --out FILE [--exclude FILE...]]
 * Runs the whole pipeline (summarizePage, 5 points as the popup's default) on two corpora and measures its
 * `whyItMatters` table:
 *   - aeb-dev: the 61 real news pages of the Article Extraction Benchmark subset (html/<id>.html.gz, URLs
 *     from ground-truth.json);
 *   - cnndm val-cased: 1,000 cased CNN/DailyMail validation stories as plain text (one paragraph each,
 *     like bench:keypoints, never their title or highlights), at https://example.com/story/<id>.
 * Per corpus: coverage of long articles (>= 8 candidate sentences, collectCandidates on the same
 * extraction) by a table of >= 2 rows, any table at all by origin, whether every sentence cell of a
 * picked/derived table is a whole verbatim sentence of the article, rows repeating a key point, picked
 * labels, rows per table, and milliseconds (summarizePage; findWhyItMatters alone).
 * --readability DIR adds a third corpus: Mozilla Readability's test pages (<name>/source.html.gz, ../shared/
 *   data/readability-pages), real sites in several languages, at https://example.com/page/<name>; its synthetic
 *   cases (Lorem ipsum) are skipped.
 * --sample N --seed S --out FILE writes N long articles (mixed from the corpora, seeded) as JSON Lines
 * for a blind human judging round; FILE must be outside the repository (the stories are not ours).
 * --exclude FILE... leaves out of the sample every article id of earlier samples (JSON Lines with an `id`),
 *   so a new round is judged on articles no one has seen.
 * --limit N: the first N pages of each corpus. --verbose: every failing row, and the long articles without a
 * table (the first 30).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, isAbsolute } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gunzipSync } from 'node:zlib';
import { extractArticle } from '../utils/article/extract-article';
import { blocksToText } from '../utils/article/blocks-to-text';
import { summarizePage } from '../utils/summarize-page';
import { collectCandidates } from '../utils/summary/collect-candidates';
import { findWhyItMatters } from '../utils/summary/find-why-it-matters';
import { pickKeyPoints } from '../utils/summary/pick-key-points';
import type { Article, KeyPoint } from '../utils/types';
import { documentFromHtml, documentFromText, readSavedPage } from './lib/load-document';
import {
  articleText,
  checkVerbatim,
  distribution,
  excludedIds,
  hasSentenceCells,
  minMedianMax,
  percentile,
  repeatOf,
  sampleMixed,
  seededRandom,
  sentenceOf,
  share,
  sourceMatches,
  verdict,
  type VerbatimReason,
  type WhyTableLike,
} from './lib/why-metrics';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const ROOT = resolve(import.meta.dirname, '..');
const DATA = join(ROOT, '..', 'shared', 'data');
const aebDir = resolve(arg('aeb') ?? join(DATA, 'aeb-dev'));
const storiesFile = resolve(arg('stories') ?? join(DATA, 'cnndm-train', 'val-cased.jsonl.gz'));
const limit = Number(arg('limit') ?? Infinity);
const points = Number(arg('points') ?? 5);
const verbose = process.argv.includes('--verbose');
const sampleSize = Number(arg('sample') ?? 0);
const seed = Number(arg('seed') ?? 1);
const outFile = resolve(arg('out') ?? join(tmpdir(), 'news-lens-why-sample.jsonl'));
const readabilityDir = arg('readability') ? resolve(arg('readability')!) : null;
/** The values after a flag, up to the next flag: `--exclude a.jsonl b.jsonl`. */
function args(name: string): string[] {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return [];
  const rest = process.argv.slice(i + 1);
  const end = rest.findIndex((a) => a.startsWith('--'));
  return end < 0 ? rest : rest.slice(0, end);
}
const excludeFiles = args('exclude').map((f) => resolve(f));

/** Long article: at least this many candidate sentences. */
const LONG = 8;
/** Target: share of long articles with a table of at least two rows. */
const TARGET_LONG_COVERED = 0.95;
/** --verbose lists every failing row, but at most this many uncovered long articles per corpus. */
const MAX_LISTED = 30;

const missing: string[] = [];
if (!existsSync(join(aebDir, 'ground-truth.json')) || !existsSync(join(aebDir, 'html')))
  missing.push(`No pages at ${aebDir} (expected ground-truth.json and html/<id>.html.gz).
  The public originals: https://github.com/scrapinghub/article-extraction-benchmark (ground-truth.json and
  html/*.html.gz, 181 pages; this benchmark used 61 of them); pass the folder with --aeb DIR.`);
if (!existsSync(storiesFile))
  missing.push(`No stories at ${storiesFile} (gzipped JSON Lines of { split, article, highlights, id }).
  The public originals: the cased CNN/DailyMail validation split of hillaryke/rag-optimization-cnn-dailymail
  on GitHub (stories and ids from abisee/cnn-dailymail); pass the file with --stories FILE.`);
if (readabilityDir && !existsSync(readabilityDir))
  missing.push(`No pages at ${readabilityDir} (expected <name>/source.html.gz).
  The public originals: test/test-pages of mozilla/readability on GitHub.`);
for (const f of excludeFiles) if (!existsSync(f)) missing.push(`No earlier sample at ${f} (for --exclude).`);
if (missing.length) {
  for (const m of missing) console.error(m);
  process.exit(1);
}
if (sampleSize > 0) {
  const rel = relative(ROOT, outFile);
  if (!rel.startsWith('..') && !isAbsolute(rel)) {
    console.error(
      `--out ${outFile} is inside the repository: the sample holds publishers' text; write it elsewhere (e.g. /tmp).`,
    );
    process.exit(1);
  }
}

type Page = { corpus: string; id: string; url: string; load: () => Document };

function aebPages(): Page[] {
  const truth = JSON.parse(readFileSync(join(aebDir, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
  return readdirSync(join(aebDir, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => f.slice(0, -'.html.gz'.length))
    .filter((id) => id in truth)
    .sort()
    .slice(0, limit)
    .map((id) => ({
      corpus: 'aeb-dev',
      id,
      url: truth[id]!.url,
      load: () => documentFromHtml(readSavedPage(join(aebDir, 'html', `${id}.html.gz`))),
    }));
}

function storyPages(): Page[] {
  const raw = readFileSync(storiesFile);
  const lines = (storiesFile.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8').split('\n');
  return lines
    .filter((l) => l.trim())
    .slice(0, limit)
    .map((l, i) => {
      const s = JSON.parse(l) as { id?: string; article: string };
      const id = s.id ?? String(i);
      // Plain text, no title (it would feed the pipeline the answer), English as bench:keypoints.
      return {
        corpus: 'cnndm-val',
        id,
        url: `https://example.com/story/${id}`,
        load: () => documentFromText(s.article, { lang: 'en' }),
      };
    });
}

/** Mozilla Readability's test pages, without its synthetic cases (Lorem ipsum filler). */
function readabilityPages(dir: string): Page[] {
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'source.html.gz')))
    .sort()
    .filter((name) => !/lorem ipsum/i.test(readSavedPage(join(dir, name, 'source.html.gz'))))
    .slice(0, limit)
    .map((name) => ({
      corpus: 'readability',
      id: name,
      url: `https://example.com/page/${name}`,
      load: () => documentFromHtml(readSavedPage(join(dir, name, 'source.html.gz'))),
    }));
}

type RowResult = {
  origin: string;
  row: readonly string[];
  verbatim: { ok: boolean; boundaries: boolean; reason: VerbatimReason } | null;
  source: boolean | null;
  repeat: 'exact' | 'letters' | null;
};

type PageResult = {
  page: Page;
  title: string;
  candidates: string[];
  keyPoints: KeyPoint[];
  table: WhyTableLike | null;
  rows: RowResult[];
  /** The re-extracted article gives the pipeline's text and table (extraction is deterministic). */
  sameText: boolean;
  sameTable: boolean;
  hasProse: boolean;
  ms: number;
  /** findWhyItMatters after pickKeyPoints prepared the sentences (its own cost inside the pipeline). */
  whyMs: number;
  /** findWhyItMatters on a fresh Article object (sentence preparation included). */
  whyColdMs: number;
};

function run(page: Page): PageResult {
  const doc = page.load();
  const t0 = performance.now();
  const summary = summarizePage(doc, page.url, { points });
  const ms = performance.now() - t0;
  // The pipeline's own extraction is not exposed: extract again from the same (unchanged) document.
  const article: Article = extractArticle(doc, page.url);
  const candidates = collectCandidates(article).map((c) => c.text);
  const avoid = summary.keyPoints.map((k) => k.text);
  pickKeyPoints(article, { count: points }); // prepares the sentences, as in the pipeline
  const t1 = performance.now();
  const why = findWhyItMatters(article, { avoid }) as WhyTableLike | null;
  const whyMs = performance.now() - t1;
  const fresh: Article = { ...article };
  const t2 = performance.now();
  findWhyItMatters(fresh, { avoid });
  const whyColdMs = performance.now() - t2;

  const table = summary.whyItMatters as WhyTableLike | null;
  const text = articleText(article.blocks, article.lang, summary.text);
  const rows: RowResult[] = (table?.rows ?? []).map((row, i) => {
    const cell = sentenceOf(row);
    const sentenceCells = table !== null && hasSentenceCells(table);
    return {
      origin: table!.origin,
      row,
      verbatim: sentenceCells ? checkVerbatim(cell, text) : null,
      source: sentenceCells ? sourceMatches(cell, table!.sources?.[i], article.blocks) : null,
      repeat: repeatOf(cell, avoid),
    };
  });
  return {
    page,
    title: summary.title,
    candidates,
    keyPoints: summary.keyPoints,
    table,
    rows,
    sameText: blocksToText(article.blocks) === summary.text,
    sameTable: JSON.stringify(why) === JSON.stringify(table),
    hasProse: article.blocks.some((b) => b.kind === 'paragraph' || b.kind === 'list-item'),
    ms,
    whyMs,
    whyColdMs,
  };
}

const fmtMs = (xs: number[]): string =>
  xs.length ? `median ${percentile(xs, 0.5).toFixed(2)} p95 ${percentile(xs, 0.95).toFixed(2)}` : '-';
const clip = (s: string, n = 220): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\s+/g, ' ');
const originCounts = (results: PageResult[]): string =>
  distribution(results.flatMap((r) => (r.table ? [r.table.origin] : ['none'])))
    .map(([o, n]) => `${o} ${n}`)
    .join(', ');

function line(name: string, value: string, target = '', pass = ''): void {
  console.log(`  ${name.padEnd(50)} ${value.padEnd(20)} ${target.padEnd(9)} ${pass}`.trimEnd());
}

function report(corpus: string, results: PageResult[]): void {
  const long = results.filter((r) => r.candidates.length >= LONG);
  const covered = long.filter((r) => (r.table?.rows.length ?? 0) >= 2);
  const withTable = results.filter((r) => r.table);
  const rows = results.flatMap((r) => r.rows.map((row) => ({ ...row, r })));
  const sentenceRows = rows.filter((x) => x.verbatim);
  const verbatimOk = sentenceRows.filter((x) => x.verbatim!.ok);
  const boundaryOk = sentenceRows.filter((x) => x.verbatim!.boundaries);
  const sourced = rows.filter((x) => x.source !== null);
  const repeats = rows.filter((x) => x.repeat);
  const noProse = results.filter((r) => !r.hasProse).length;

  console.log(
    `\n${corpus}: ${results.length} pages, ${long.length} long (>= ${LONG} candidate sentences)` +
      (noProse ? `, ${noProse} with no paragraph text extracted` : ''),
  );
  line('', 'value', 'target', '');
  const coveredShare = long.length ? covered.length / long.length : NaN;
  line(
    'long articles with a table of >= 2 rows',
    share(covered.length, long.length),
    `>= ${100 * TARGET_LONG_COVERED}%`,
    verdict(coveredShare, '>=', TARGET_LONG_COVERED),
  );
  line('  of them by origin', originCounts(covered) || '-');
  line('  long articles without one (origin or none)', originCounts(long.filter((r) => !covered.includes(r))) || '-');
  line('all articles with any table', share(withTable.length, results.length));
  line('  by origin', originCounts(results));
  const verbatimShare = sentenceRows.length ? verbatimOk.length / sentenceRows.length : NaN;
  line(
    'sentence cells that are whole verbatim sentences',
    share(verbatimOk.length, sentenceRows.length),
    '= 100%',
    verdict(verbatimShare, '>=', 1),
  );
  const quotations = verbatimOk.filter((x) => x.verbatim!.reason === 'one-quotation').length;
  if (quotations) line('  of them one quotation of several sentences', `${quotations}`);
  line('  cross-check: in text at sentence boundaries', share(boundaryOk.length, sentenceRows.length));
  if (sourced.length)
    line('  picked sources pointing at their sentence', share(sourced.filter((x) => x.source).length, sourced.length));
  const failures = distribution(sentenceRows.filter((x) => !x.verbatim!.ok).map((x) => x.verbatim!.reason));
  if (failures.length) line('  failures by reason', failures.map(([k, n]) => `${k} ${n}`).join(', '));
  line(
    'rows repeating a key point',
    `${repeats.length} of ${rows.length}`,
    '= 0',
    rows.length ? verdict(repeats.length, '<=', 0) : '-',
  );
  if (repeats.length)
    line(
      '  by origin',
      distribution(repeats.map((x) => `${x.origin}/${x.repeat}`))
        .map(([k, n]) => `${k} ${n}`)
        .join(', '),
    );
  const picked = results.filter((r) => r.table?.origin === 'picked');
  if (picked.length) {
    const labels = distribution(picked.flatMap((r) => r.table!.rows.map((row) => row[0] ?? '')));
    const total = labels.reduce((a, [, n]) => a + n, 0);
    line('labels (picked rows)', labels.map(([k, n]) => `${k} ${n} (${((100 * n) / total).toFixed(0)}%)`).join(', '));
  } else line('labels (picked rows)', 'no picked tables');
  for (const [origin] of distribution(withTable.map((r) => r.table!.origin))) {
    const { min, median, max } = minMedianMax(
      withTable.filter((r) => r.table!.origin === origin).map((r) => r.table!.rows.length),
    );
    line(`rows per table: ${origin}`, `min ${min} median ${median} max ${max}`);
  }
  line('ms per page: summarizePage', fmtMs(results.map((r) => r.ms)));
  line('  findWhyItMatters (sentences prepared)', fmtMs(results.map((r) => r.whyMs)));
  line('  findWhyItMatters (fresh article)', fmtMs(results.map((r) => r.whyColdMs)));
  const differ = results.filter((r) => !r.sameText || !r.sameTable);
  line(
    're-extraction matches the pipeline (text, table)',
    share(results.length - differ.length, results.length),
    '= 100%',
    verdict(results.length ? 1 - differ.length / results.length : NaN, '>=', 1),
  );

  if (!verbose) return;
  const bad = sentenceRows.filter((x) => !x.verbatim!.ok || !x.verbatim!.boundaries || x.source === false);
  if (bad.length) console.log(`\n  ${corpus}: sentence cells failing a check`);
  for (const x of bad)
    console.log(
      `    [${x.verbatim!.reason}${x.verbatim!.boundaries ? '' : ', not at boundaries'}${x.source === false ? ', wrong source' : ''}] ${x.r.page.id.slice(0, 12)} ${x.r.page.url}\n      ${x.origin} ${JSON.stringify(x.row.slice(0, -1))}: ${clip(sentenceOf(x.row))}`,
    );
  if (repeats.length) console.log(`\n  ${corpus}: rows repeating a key point`);
  for (const x of repeats)
    console.log(`    [${x.repeat}] ${x.r.page.id.slice(0, 12)} ${x.origin}: ${clip(sentenceOf(x.row))}`);
  const uncovered = long.filter((r) => !covered.includes(r));
  if (uncovered.length) console.log(`\n  ${corpus}: long articles without a table of >= 2 rows`);
  for (const r of uncovered.slice(0, MAX_LISTED))
    console.log(
      `    ${r.page.id.slice(0, 12)} ${r.candidates.length} candidates, ${r.table ? `${r.table.origin} with ${r.table.rows.length} row(s)` : 'no table'}  ${r.page.url}`,
    );
  if (uncovered.length > MAX_LISTED) console.log(`    ... and ${uncovered.length - MAX_LISTED} more`);
  for (const r of differ)
    console.log(
      `    re-extraction differs (${r.sameText ? '' : 'text '}${r.sameTable ? '' : 'table'}): ${r.page.id.slice(0, 12)}`,
    );
}

const corpora: [string, Page[]][] = [
  ['aeb-dev', aebPages()],
  ['cnndm-val', storyPages()],
  ...(readabilityDir ? [['readability', readabilityPages(readabilityDir)] as [string, Page[]]] : []),
];
console.log(
  `why-this-matters benchmark, ${points} key points; long = >= ${LONG} candidate sentences; ` +
    `aeb ${aebDir}; stories ${storiesFile}`,
);
// One page first, untimed: the first run pays one-off costs (module initialisation, regex compilation).
const first = corpora.find(([, p]) => p.length)?.[1][0];
if (first) run(first);
const all: PageResult[] = [];
for (const [name, pages] of corpora) {
  const results = pages.map(run);
  all.push(...results);
  report(name, results);
}

if (sampleSize > 0) {
  const seen = excludedIds(excludeFiles.map((f) => readFileSync(f, 'utf8')));
  const groups = corpora.map(([name]) =>
    all.filter((r) => r.page.corpus === name && r.candidates.length >= LONG && !seen.has(r.page.id)),
  );
  const picked = sampleMixed(groups, sampleSize, seededRandom(seed));
  const lines = picked.map((r) =>
    JSON.stringify({
      corpus: r.page.corpus,
      id: r.page.id,
      url: r.page.url,
      title: r.title,
      sentences: r.candidates,
      table: r.table,
      keyPoints: r.keyPoints,
    }),
  );
  writeFileSync(outFile, lines.length ? `${lines.join('\n')}\n` : '');
  console.log(
    `\nwrote ${picked.length} long articles (${distribution(picked.map((r) => r.page.corpus))
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}; seed ${seed}${seen.size ? `; ${seen.size} ids of earlier samples left out` : ''}) to ${outFile}`,
  );
}
