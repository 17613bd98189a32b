/**
 * Key-point benchmark: `npm run bench:keypoints -- [--data DIR] [--dev PATH] [--points 3] [--train-sample N] [--dump FILE]`.
 * Scores the shipped key-point model (utils/summary/ranker-weights.ts, written by `npm run fit:keypoints`)
 * beside Lead-3 in the same run, with ROUGE-1.5.5 semantics (scripts/lib/rouge.ts), on:
 * - train: a seeded sample of N (default 2,000) lower-cased training stories (in-sample);
 * - val: the 4,367 lower-cased validation stories (the model class and window were chosen on them);
 * - val-cased: 1,000 validation stories in normal cased text, through the real pipeline
 *   (documentFromText -> summarizePage), and the same stories put in the training data's form
 *   (lower-cased, tokenized: trainingForm) and read like a training story;
 * - dev: the 128 CNN/DailyMail test-split stories (`cnndm-dev.jsonl`), through the real pipeline: a
 *   final report only, never fitted or tuned on.
 * Each line gives F1 of R1 / R2 / RLsum and the paired per-story gain over Lead-3 with its standard
 * error; then the learning curve (from scripts/fit-keypoints-report.json), the model's size and the
 * ranker's time per article. Lower-cased stories are read as scripts/lib/cnndm-train.ts builds them.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { extractArticle } from '../utils/article/extract-article';
import { summarizePage } from '../utils/summarize-page';
import { pickKeyPoints } from '../utils/summary/pick-key-points';
import { splitSentences } from '../utils/text/split-sentences';
import type { Article } from '../utils/types';
import { casedArticle, lowerCasedArticle, readStories, trainingForm } from './lib/cnndm-train';
import { seededRandom } from './lib/seeded-random';
import { documentFromText } from './lib/load-document';
import { rouge, type RougeScores } from './lib/rouge';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const dataDir = resolve(arg('data') ?? '../shared/data/cnndm-train');
const devPath = resolve(arg('dev') ?? '../shared/data/cnndm-dev.jsonl');
const points = Number(arg('points') ?? 3);
const trainSample = Number(arg('train-sample') ?? 2000);

for (const path of [join(dataDir, 'val-cased.jsonl.gz'), devPath]) {
  if (!existsSync(path)) {
    console.error(`No data at ${path}: see ../shared/data/README.md. The stories are CNN/DailyMail articles with their
highlights (public originals: the abisee/cnn-dailymail repository on GitHub). --data DIR and --dev PATH set the paths.`);
    process.exit(1);
  }
}

/** One story to score: the Article the pipeline builds, the Lead-3 sentences, the highlights. */
type Scored = { ours: RougeScores; lead: RougeScores };
type Report = { name: string; scored: Scored[] };

const urlOf = (id: string): string => `https://example.com/cnndm/${id}`;
const rankerMs: number[] = [];

/** Cased text through the real pipeline (Readability on a page built from the text), like the extension. */
function pipelinePoints(text: string, id: string): string[] {
  const summary = summarizePage(documentFromText(text, { lang: 'en' }), urlOf(id), { points });
  // The ranker alone on a fresh Article (prepareSentences is memoised per Article object).
  const article = extractArticle(documentFromText(text, { lang: 'en' }), urlOf(id));
  const hasText = article.blocks.some((b) => b.kind === 'paragraph' || b.kind === 'list-item');
  const used: Article = hasText ? article : casedArticle(text);
  const t0 = performance.now();
  const picked = pickKeyPoints({ ...used }, { count: points });
  rankerMs.push(performance.now() - t0);
  return (hasText ? summary.keyPoints : picked).map((k) => k.text);
}

const casedLead3 = (text: string): string[] =>
  splitSentences(text, 'en')
    .slice(0, 3)
    .map((x) => x.text);

function scoreLowerCased(article: string, highlights: string[]): Scored {
  const { article: a, lead3 } = lowerCasedArticle(article);
  return {
    ours: rouge(
      pickKeyPoints(a, { count: points }).map((k) => k.text),
      highlights,
    ),
    lead: rouge(lead3, highlights),
  };
}

const reports: Report[] = [];
const t0 = performance.now();

// train (a seeded sample) and val, lower-cased.
const train = readStories(join(dataDir, 'train.jsonl.gz'));
const rand = seededRandom(7);
const sample = train
  .map((s) => ({ s, k: rand() }))
  .sort((a, b) => a.k - b.k)
  .slice(0, trainSample)
  .map((x) => x.s);
reports.push({
  name: `train (${sample.length} of ${train.length})`,
  scored: sample.map((s) => scoreLowerCased(s.article, s.highlights)),
});
const val = readStories(join(dataDir, 'val.jsonl.gz'));
reports.push({
  name: `val (${val.length}, lower-cased)`,
  scored: val.map((s) => scoreLowerCased(s.article, s.highlights)),
});

// val-cased through the pipeline, and the same stories in the training data's form (lower-cased,
// tokenized) through the training path: the same model should score them alike.
const cased = readStories(join(dataDir, 'val-cased.jsonl.gz'));
const casedScored: Scored[] = [];
const lowerScored: Scored[] = [];
cased.forEach((s, i) => {
  casedScored.push({
    ours: rouge(pipelinePoints(s.article, s.id ?? String(i)), s.highlights),
    lead: rouge(casedLead3(s.article), s.highlights),
  });
  lowerScored.push(scoreLowerCased(trainingForm(s.article), s.highlights));
});
reports.push({ name: `val-cased (${cased.length})`, scored: casedScored });
reports.push({ name: `  the same, lower-cased`, scored: lowerScored });

// dev: the final report.
type DevStory = { id: string; text: string; reference: string[] };
const dev = readFileSync(devPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as DevStory);
reports.push({
  name: `dev (${dev.length}, final report)`,
  scored: dev.map((s) => ({
    ours: rouge(pipelinePoints(s.text, s.id), s.reference),
    lead: rouge(casedLead3(s.text), s.reference),
  })),
});

// --dump FILE: each report's per-story F1 (R1, R2) of the model's points, to compare two models paired.
if (arg('dump')) {
  const perStory = Object.fromEntries(
    reports.map((r) => [r.name.trim(), r.scored.map((s) => [s.ours.r1.f, s.ours.r2.f])]),
  );
  writeFileSync(resolve(arg('dump')!), JSON.stringify(perStory));
}

type Key = 'r1' | 'r2' | 'rLsum';
const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);
function gain(scored: Scored[], key: Key): string {
  const d = scored.map((s) => 100 * (s.ours[key].f - s.lead[key].f));
  const n = d.length;
  const m = d.reduce((a, b) => a + b, 0) / n;
  const se = Math.sqrt(d.reduce((a, b) => a + (b - m) ** 2, 0) / Math.max(1, n - 1) / n);
  return `${m >= 0 ? '+' : ''}${m.toFixed(2)} ± ${se.toFixed(2)}`.padStart(13);
}
const mean = (scored: Scored[], who: 'ours' | 'lead', key: Key): number =>
  scored.reduce((a, s) => a + s[who][key].f, 0) / Math.max(1, scored.length);

console.log(
  `Key points (${points}) vs Lead-3, ROUGE-1.5.5 semantics, F1 x100; gain = paired per-story mean ± standard error\n`,
);
console.log(
  `${''.padEnd(30)} ${'model R1'.padStart(8)} ${'R2'.padStart(6)} ${'RLsum'.padStart(6)}   ${'Lead-3 R1'.padStart(9)} ${'R2'.padStart(6)} ${'RLsum'.padStart(6)}   ${'gain R1'.padStart(13)} ${'gain R2'.padStart(13)} ${'gain RLsum'.padStart(13)}`,
);
for (const r of reports) {
  console.log(
    `${r.name.padEnd(30)} ${pct(mean(r.scored, 'ours', 'r1')).padStart(8)} ${pct(mean(r.scored, 'ours', 'r2'))} ${pct(mean(r.scored, 'ours', 'rLsum'))}   ${pct(mean(r.scored, 'lead', 'r1')).padStart(9)} ${pct(mean(r.scored, 'lead', 'r2'))} ${pct(mean(r.scored, 'lead', 'rLsum'))}   ${gain(r.scored, 'r1')} ${gain(r.scored, 'r2')} ${gain(r.scored, 'rLsum')}`,
  );
}

const reportPath = resolve('scripts/fit-keypoints-report.json');
if (existsSync(reportPath)) {
  type Curve = { stories: number; valR1: number; valR2: number; trainR1: number; trainR2: number };
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as {
    chosen: { window: number; hidden: number; setTerms?: string };
    valFirstThreeCandidates: { r1: number; r2: number };
    grid: { window: number; hidden: number; setTerms?: string; valR1: number; valR2: number }[];
    learningCurve: Curve[];
  };
  console.log(
    `\nModel choice on val (lower-cased, R1 / R2 of the 3-point set; first three candidates ${report.valFirstThreeCandidates.r1.toFixed(2)} / ${report.valFirstThreeCandidates.r2.toFixed(2)}), from scripts/fit-keypoints-report.json:`,
  );
  for (const g of report.grid) {
    const { chosen } = report;
    const mark =
      g.window === chosen.window && g.hidden === chosen.hidden && g.setTerms === chosen.setTerms ? '  <- shipped' : '';
    const terms = g.setTerms ? `, set terms ${g.setTerms}` : '';
    console.log(
      `  window ${String(g.window).padStart(2)}, ${g.hidden ? `MLP ${String(g.hidden).padStart(2)} hidden` : 'linear       '}${terms}: ${g.valR1.toFixed(2)} / ${g.valR2.toFixed(2)}${mark}`,
    );
  }
  console.log('Learning curve (chosen configuration refitted on the first N of a seeded shuffle of train):');
  for (const c of report.learningCurve) {
    console.log(
      `  ${String(c.stories).padStart(6)} stories: val R1 ${c.valR1.toFixed(2)} R2 ${c.valR2.toFixed(2)}   (on its own training stories ${c.trainR1.toFixed(2)} / ${c.trainR2.toFixed(2)})`,
    );
  }
}

const weights = readFileSync(resolve('utils/summary/ranker-weights.ts'));
const lexicon = readFileSync(resolve('utils/summary/ranker-lexicon.ts'));
console.log(
  `\nModel size: utils/summary/ranker-weights.ts ${weights.length} bytes, ${gzipSync(weights).length} bytes gzip; utils/summary/ranker-lexicon.ts ${lexicon.length} bytes, ${gzipSync(lexicon).length} bytes gzip; together ${gzipSync(Buffer.concat([weights, lexicon])).length} bytes gzip (budget 50 KB)`,
);
const q = (xs: number[], p: number): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? 0;
console.log(
  `Ranker time per article (candidates, features, sentence scores, set search; ${rankerMs.length} cased articles): median ${q(rankerMs, 0.5).toFixed(2)} ms, p95 ${q(rankerMs, 0.95).toFixed(2)} ms`,
);
console.log(`(bench ran ${((performance.now() - t0) / 1000).toFixed(0)} s)`);
