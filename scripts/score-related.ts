/**
 * Related-link quality on the golden pages: `npm run bench:related [-- --verbose] [--dir <folder of blind pages>]`.
 * For every <dir>/<slug>/truth.json (default dir: tests/fixtures), runs findRelatedLinks on source.html with the truth's URL and
 * prints per-page and overall precision and recall (links matched by URL) and order errors
 * (pairs of found links whose relative order differs from the truth's).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findRelatedLinks } from '../utils/related/find-related-links';
import { documentFromHtml } from './lib/load-document';

type Truth = { url: string; related?: { title: string; url: string }[] };

const dirArg = process.argv.indexOf('--dir');
const fixtures =
  dirArg > 0 && process.argv[dirArg + 1]
    ? resolve(process.argv[dirArg + 1]!)
    : join(import.meta.dirname, '..', 'tests', 'fixtures');
const verbose = process.argv.includes('--verbose');
let tp = 0;
let found = 0;
let expected = 0;
let orderErrors = 0;
let pages = 0;
const pad = (s: string, n: number): string => s.padEnd(n);
const f = (x: number): string => x.toFixed(3);

for (const slug of readdirSync(fixtures).sort()) {
  const truthPath = join(fixtures, slug, 'truth.json');
  const sourcePath = join(fixtures, slug, 'source.html');
  if (!existsSync(truthPath) || !existsSync(sourcePath)) continue;
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Truth;
  if (!Array.isArray(truth.related)) continue;
  pages++;
  const got = findRelatedLinks(documentFromHtml(readFileSync(sourcePath, 'utf8')), truth.url);
  const want = truth.related.map((r) => r.url);
  const gotUrls = got.map((r) => r.url);
  const hits = gotUrls.filter((u) => want.includes(u));
  // Order errors: pairs of matched links in the wrong relative order.
  let errors = 0;
  for (let i = 0; i < hits.length; i++) {
    for (let j = i + 1; j < hits.length; j++) if (want.indexOf(hits[i]!) > want.indexOf(hits[j]!)) errors++;
  }
  tp += hits.length;
  found += got.length;
  expected += want.length;
  orderErrors += errors;
  const p = got.length ? hits.length / got.length : want.length ? 0 : 1;
  const r = want.length ? hits.length / want.length : 1;
  console.log(
    `${pad(slug, 28)} precision=${f(p)} recall=${f(r)} found=${got.length} expected=${want.length} orderErrors=${errors}`,
  );
  if (verbose || p < 1 || r < 1) {
    for (const g of got) if (!want.includes(g.url)) console.log(`    + ${g.url}  "${g.title}" [${g.source}]`);
    for (const w of truth.related) if (!gotUrls.includes(w.url)) console.log(`    - ${w.url}  "${w.title}"`);
  }
}
const precision = found ? tp / found : 1;
const recall = expected ? tp / expected : 1;
console.log(
  `\n${pages} pages: precision=${f(precision)} recall=${f(recall)} (${tp} of ${found} found links correct, ${tp} of ${expected} expected links found) orderErrors=${orderErrors}`,
);
