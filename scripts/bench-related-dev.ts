/**
 * Related-link quality on the 61 real news pages of aeb-dev, judged by hand in related.json:
 *   npx tsx scripts/bench-related-dev.ts [--data DIR] [--page ID-PREFIX] [--split tune|held] [--verbose]
 * For every page, runs findRelatedLinks(doc, url, { title }) with the title extractArticle reads (as summarizePage
 * does) and scores the list by the rules of the data's README (scripts/lib/related-dev-score.ts): per-page and
 * pooled precision, recall@10 and module coverage, plus the share of listed items titled like a story.
 * --verbose lists each page's items (✓ widget/inline, · optional and dropped, ✗ wrong or repeated) and the
 * widget/inline links it missed.
 * Splits: every page belongs to the tuning half or the held-out half by a hash of its id (SHA-1, first byte even =
 * tune), fixed before any tuning. Without --split all pages are scored and the pooled figures are printed for
 * both halves too; `--split tune` or `--split held` scores one half only. Tune on `tune`, report `held`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractArticle } from '../utils/article/extract-article';
import { findRelatedLinks } from '../utils/related/find-related-links';
import { documentFromHtml, readSavedPage } from './lib/load-document';
import {
  isStoryTitle,
  poolScores,
  scorePage,
  type ListedItem,
  type PageScore,
  type RelatedTruth,
} from './lib/related-dev-score';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const dataDir = resolve(arg('data') ?? join(import.meta.dirname, '..', '..', 'shared', 'data', 'aeb-dev'));
if (!existsSync(join(dataDir, 'related.json')) || !existsSync(join(dataDir, 'html'))) {
  console.error(`No related-link data at ${dataDir} (expected related.json and html/<id>.html.gz).`);
  console.error("The pages are a subset of the public originals of Zyte's Article Extraction Benchmark:");
  console.error('https://github.com/scrapinghub/article-extraction-benchmark (html/*.html.gz); related.json is');
  console.error('judged by hand for this project. Pass the folder with --data DIR.');
  process.exit(1);
}

const verbose = process.argv.includes('--verbose');
const only = arg('page');
const split = arg('split');
if (split !== undefined && split !== 'tune' && split !== 'held') {
  console.error('--split takes tune or held');
  process.exit(1);
}
/** The half a page belongs to, from its id alone (so the split never depends on results). */
const splitOf = (id: string): 'tune' | 'held' =>
  createHash('sha1').update(id).digest()[0]! % 2 === 0 ? 'tune' : 'held';
const truth = JSON.parse(readFileSync(join(dataDir, 'related.json'), 'utf8')) as Record<string, RelatedTruth>;
const ids = Object.keys(truth)
  .filter((id) => !only || id.startsWith(only))
  .filter((id) => !split || splitOf(id) === split)
  .sort();

type Row = { id: string; truth: RelatedTruth; listed: ListedItem[]; score: PageScore; error?: string };
const rows: Row[] = [];
for (const id of ids) {
  const t = truth[id]!;
  const file = join(dataDir, 'html', `${id}.html.gz`);
  let listed: ListedItem[] = [];
  let error: string | undefined;
  if (!existsSync(file)) error = `missing ${file}`;
  else {
    try {
      const doc = documentFromHtml(readSavedPage(file));
      const { title } = extractArticle(doc, t.url);
      listed = findRelatedLinks(doc, t.url, { title }).map(({ title, url }) => ({ title, url }));
    } catch (e) {
      // Scored as an empty list (the popup would show none); the table says why.
      error = e instanceof Error ? e.message : String(e);
    }
  }
  rows.push({ id, truth: t, listed, score: scorePage(listed, t), error });
}

const f = (x: number | null): string => (x === null ? '  -  ' : x.toFixed(3));
const pct = (x: number | null): string => (x === null ? '-' : `${(100 * x).toFixed(1)}%`);
const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

if (verbose) {
  for (const r of rows) {
    console.log(`=== ${r.id.slice(0, 12)} ${r.truth.site}  ${r.truth.url}`);
    if (r.error) console.log(`  ERROR ${r.error}`);
    for (const { item, verdict } of r.score.verdicts) {
      const head = `"${clip(item.title, 90)}" ${item.url}`;
      if (verdict.kind === 'widget') console.log(`  ✓ widget [${verdict.truth.module}] ${head}`);
      else if (verdict.kind === 'inline') console.log(`  ✓ inline ${head}`);
      else if (verdict.kind === 'optional') console.log(`  · optional (${verdict.truth.why}) ${head}`);
      else if (verdict.kind === 'repeat') console.log(`  ✗ repeat ${head}`);
      else console.log(`  ✗ ${head}`);
    }
    for (const m of r.score.missed) {
      const where = m.kind === 'widget' ? `widget [${m.module}]` : 'inline';
      console.log(`    missed ${where} "${clip(m.title, 90)}" ${m.url}`);
    }
  }
  console.log('');
}

const header = [
  'id'.padEnd(12),
  'site'.padEnd(24),
  'listed'.padStart(6),
  'drop'.padStart(4),
  'items'.padStart(5),
  'ok'.padStart(3),
  'prec'.padStart(5),
  'found@10/rel'.padStart(12),
  'R@10'.padStart(5),
  'module',
  'split',
].join(' ');
console.log(header);
for (const r of rows) {
  const s = r.score;
  const module = s.moduleCovered === null ? 'n.a.' : s.moduleCovered ? 'yes' : 'no';
  console.log(
    [
      r.id.slice(0, 12),
      clip(r.truth.site, 24).padEnd(24),
      String(s.listed).padStart(6),
      String(s.dropped).padStart(4),
      String(s.items).padStart(5),
      String(s.correct).padStart(3),
      f(s.precision).padStart(5),
      `${s.found10}/${s.relevant}`.padStart(12),
      f(s.recall10).padStart(5),
      module.padEnd(6),
      splitOf(r.id).padEnd(5),
      r.error ? `ERROR ${clip(r.error, 80)}` : '',
    ]
      .join(' ')
      .trimEnd(),
  );
}

// The worst pages first: lowest precision, then lowest recall@10, then an uncovered module.
const worst = rows
  .filter((r) => (r.score.precision ?? 1) < 1 || (r.score.recall10 ?? 1) < 1 || r.score.moduleCovered === false)
  .sort(
    (a, b) =>
      (a.score.precision ?? 1) - (b.score.precision ?? 1) ||
      (a.score.recall10 ?? 1) - (b.score.recall10 ?? 1) ||
      Number(a.score.moduleCovered !== false) - Number(b.score.moduleCovered !== false),
  )
  .slice(0, 10);
console.log('\nworst pages (precision, recall@10, module):');
for (const r of worst) {
  const wrong = r.score.verdicts.filter((v) => v.verdict.kind === 'wrong' || v.verdict.kind === 'repeat').length;
  console.log(
    `  ${r.id.slice(0, 12)} ${clip(r.truth.site, 24).padEnd(24)} ${splitOf(r.id).padEnd(5)} prec ${f(r.score.precision)} ` +
      `R@10 ${f(r.score.recall10)} module ${r.score.moduleCovered === null ? 'n.a.' : r.score.moduleCovered ? 'yes' : 'no'}` +
      `  ${wrong} wrong, ${r.score.missed.length} missed`,
  );
}

const pooled = poolScores(rows.map((r) => r.score));
const allItems = rows.flatMap((r) => r.listed);
const storyTitled = allItems.filter((i) => isStoryTitle(i.title)).length;
if (!split) {
  console.log('');
  for (const half of ['tune', 'held'] as const) {
    const part = rows.filter((r) => splitOf(r.id) === half);
    const p = poolScores(part.map((r) => r.score));
    const items = part.flatMap((r) => r.listed);
    const story = items.filter((i) => isStoryTitle(i.title)).length;
    console.log(
      `${half.padEnd(4)} (${String(p.pages).padStart(2)} pages)  precision ${f(p.precision)}  recall@10 ${f(p.recall10)}  ` +
        `coverage ${f(p.moduleCoverage)} (${p.coveredPages}/${p.widgetPages})  story-titled ${pct(items.length ? story / items.length : null)}`,
    );
  }
}
const correctItems = rows.flatMap((r) =>
  r.score.verdicts.filter((v) => v.verdict.kind === 'widget' || v.verdict.kind === 'inline').map((v) => v.item),
);
const correctStoryTitled = correctItems.filter((i) => isStoryTitle(i.title)).length;
const errors = rows.filter((r) => r.error).length;

console.log(`\n${pooled.pages} pages from ${dataDir}${errors ? ` (${errors} failed, scored as empty lists)` : ''}`);
console.log(
  `precision (pooled)   ${f(pooled.precision)}  ${pooled.correct} correct of ${pooled.items} items ` +
    `(${pooled.listed} listed, ${pooled.dropped} optional dropped)`,
);
console.log(`recall@10 (pooled)   ${f(pooled.recall10)}  ${pooled.found10} of ${pooled.relevant10}`);
console.log(
  `module coverage      ${f(pooled.moduleCoverage)}  ${pooled.coveredPages} of ${pooled.widgetPages} pages with a widget module`,
);
console.log(
  `titled like a story  ${pct(allItems.length ? storyTitled / allItems.length : null)} of listed items ` +
    `(${storyTitled} of ${allItems.length}); ${correctStoryTitled} of ${correctItems.length} correct items`,
);
