/**
 * Key-point benchmark: `npm run bench:keypoints -- [--data PATH] [--points 3] [--folds 5] [--fit] [--limit N]`.
 * Runs the real pipeline (documentFromText -> summarizePage) on each CNN/DailyMail story's text
 * (never its title), scores the key points and Lead-3 with ROUGE-1.5.5 semantics against the human
 * highlights, and times the ranker alone and the whole pipeline.
 * --folds K: K-fold cross-validation of the fitted ranker (fit on K-1 folds, score the held-out fold).
 * --seed N: with --folds, assign stories to folds by a seeded shuffle instead of story index mod K
 *   (repeat with a few seeds: on 128 stories a difference that holds on one partition may not on another).
 * --fit: fit on all stories and write utils/summary/ranker-weights.ts.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractArticle } from '../utils/article/extract-article';
import { summarizePage } from '../utils/summarize-page';
import { pickKeyPoints } from '../utils/summary/pick-key-points';
import { prepareSentences } from '../utils/summary/rank-sentences';
import type { RankerModel } from '../utils/summary/ranker-model';
import { splitSentences } from '../utils/text/split-sentences';
import type { Article } from '../utils/types';
import { documentFromText } from './lib/load-document';
import { rouge, type RougeScores } from './lib/rouge';
import { fitRanker, fitStory, scoreModel } from './lib/fit-ranker';

type Story = { id: string; text: string; reference: string[] };
type Prepared = Story & { article: Article; fallback: boolean };

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const dataPath = resolve(arg('data') ?? '../shared/data/cnndm-dev.jsonl');
const points = Number(arg('points') ?? 3);
const folds = Number(arg('folds') ?? 0);
const limit = Number(arg('limit') ?? Infinity);
const seed = arg('seed') === undefined ? null : Number(arg('seed'));

if (!existsSync(dataPath)) {
  console.error(`No data at ${dataPath}.
The stories are CNN/DailyMail test-split articles with their highlights: the public originals are the
abisee/cnn-dailymail repository on GitHub (url lists and the make_datafiles scripts). Build a JSON Lines
file of {"id", "text", "reference": [highlights]} and pass it with --data PATH.`);
  process.exit(1);
}

const stories: Story[] = readFileSync(dataPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .slice(0, limit)
  .map((l) => JSON.parse(l) as Story);

const urlOf = (s: Story): string => `https://example.com/cnndm/${s.id}`;

/** Readability may reject a short story: fall back to the text as one paragraph. */
function plainArticle(s: Story): Article {
  return { title: '', siteName: null, byline: null, publishedTime: null, lang: 'en', isArticle: true, blocks: [{ kind: 'paragraph', text: s.text, section: null }] };
}

function prepare(s: Story): Prepared {
  const article = extractArticle(documentFromText(s.text, { lang: 'en' }), urlOf(s));
  const hasText = article.blocks.some((b) => b.kind === 'paragraph' || b.kind === 'list-item');
  return hasText ? { ...s, article, fallback: false } : { ...s, article: plainArticle(s), fallback: true };
}

type Totals = { r1: number[]; r2: number[]; rl: number[] };
const emptyTotals = (): Totals => ({ r1: [0, 0, 0], r2: [0, 0, 0], rl: [0, 0, 0] });
function add(t: Totals, r: RougeScores): void {
  for (const [key, prf] of [['r1', r.r1], ['r2', r.r2], ['rl', r.rLsum]] as const) {
    t[key][0]! += prf.f;
    t[key][1]! += prf.r;
    t[key][2]! += prf.p;
  }
}
function row(name: string, t: Totals, n: number): string {
  const f = (x: number): string => ((100 * x) / n).toFixed(2).padStart(6);
  return `${name.padEnd(22)} ${f(t.r1[0]!)} ${f(t.r2[0]!)} ${f(t.rl[0]!)}   ${f(t.r1[1]!)} ${f(t.r2[1]!)} ${f(t.rl[1]!)}   ${f(t.r1[2]!)} ${f(t.r2[2]!)} ${f(t.rl[2]!)}`;
}
const header = `${''.padEnd(22)} ${'R1 F'.padStart(6)} ${'R2 F'.padStart(6)} ${'RLsum'.padStart(6)}   ${'R1 R'.padStart(6)} ${'R2 R'.padStart(6)} ${'RL R'.padStart(6)}   ${'R1 P'.padStart(6)} ${'R2 P'.padStart(6)} ${'RL P'.padStart(6)}`;

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
}

const lead3 = (s: Story): string[] => splitSentences(s.text, 'en').slice(0, 3).map((x) => x.text);

const prepared = stories.map(prepare);
const fallbacks = prepared.filter((p) => p.fallback).length;
console.log(`${stories.length} stories from ${dataPath}, ${points} points; Readability fallback (text as one paragraph) on ${fallbacks}`);

const fitStories = folds > 1 || process.argv.includes('--fit') ? prepared.map((p) => fitStory(prepareSentences(p.article), p.reference)) : [];

if (process.argv.includes('--fit')) {
  const model = fitRanker(fitStories, points);
  const file = resolve('utils/summary/ranker-weights.ts');
  writeFileSync(
    file,
    `import type { RankerModel } from './ranker-model';\n\n/** Generated by \`npm run bench:keypoints -- --fit\` (direct ROUGE search on CNN/DailyMail dev stories). */\nexport const FITTED_MODEL: RankerModel = ${JSON.stringify(model, null, 2)};\n`,
  );
  console.log(`wrote ${file}`);
}

/** Fold of story i: i mod K, or its rank in a seeded shuffle (a small LCG, reproducible) mod K. */
function foldAssignment(n: number, k: number, shuffleSeed: number | null): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  if (shuffleSeed !== null) {
    let x = shuffleSeed;
    for (let i = n - 1; i > 0; i--) {
      x = (x * 1103515245 + 12345) % 2147483648;
      const j = x % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
  }
  const fold = new Array<number>(n).fill(0);
  order.forEach((story, rank) => (fold[story] = rank % k));
  return fold;
}

if (folds > 1) {
  const foldOf = foldAssignment(prepared.length, folds, seed);
  const cv = emptyTotals();
  const foldLines: string[] = [];
  for (let k = 0; k < folds; k++) {
    const model = fitRanker(fitStories.filter((_, i) => foldOf[i] !== k), points);
    const test = prepared.filter((_, i) => foldOf[i] === k);
    for (const s of test) add(cv, rouge(pickKeyPoints(s.article, { count: points, model }).map((p) => p.text), s.reference));
    const fmt = (xs: number[]): string => xs.map((x) => x.toFixed(2)).join(' / ');
    const train = scoreModel(fitStories.filter((_, i) => foldOf[i] !== k), model, points);
    const held = scoreModel(fitStories.filter((_, i) => foldOf[i] === k), model, points);
    const leadFold = emptyTotals();
    for (const s of test) add(leadFold, rouge(lead3(s), s.reference));
    const leadScores = [leadFold.r1[0]!, leadFold.r2[0]!, leadFold.rl[0]!].map((x) => (100 * x) / test.length);
    foldLines.push(`  fold ${k + 1}: R1/R2/RLsum on its ${prepared.length - test.length} training stories ${fmt(train)}; on its ${test.length} held-out stories ${fmt(held)} (Lead-3 there ${fmt(leadScores)})`);
  }
  console.log(`\n${folds}-fold cross-validation (fit on ${folds - 1}/${folds}, scored on the held-out ${folds > 1 ? 'fold' : ''}; ${seed === null ? `story i is in fold i mod ${folds}` : `folds from a shuffle with seed ${seed}`})`);
  console.log(foldLines.join('\n'));
  console.log(header);
  console.log(row(`News Lens (CV)`, cv, prepared.length));
}

const ours = emptyTotals();
const lead = emptyTotals();
const rankerMs: number[] = [];
const pipelineMs: number[] = [];
for (const s of prepared) {
  const t0 = performance.now();
  const summary = summarizePage(documentFromText(s.text, { lang: 'en' }), urlOf(s), { points });
  const t1 = performance.now();
  // A fresh Article object: prepareSentences is memoised per Article, and the ranker's time includes it.
  pickKeyPoints({ ...s.article }, { count: points });
  rankerMs.push(performance.now() - t1);
  pipelineMs.push(t1 - t0);
  const keyPoints = s.fallback ? pickKeyPoints(s.article, { count: points }) : summary.keyPoints;
  add(ours, rouge(keyPoints.map((k) => k.text), s.reference));
  add(lead, rouge(lead3(s), s.reference));
}
console.log(`\nShipped model on all ${prepared.length} stories (it was fitted on the 128 CNN/DailyMail dev stories: on those this is an in-sample score; --folds 5 gives held-out scores)`);
console.log(header);
console.log(row('News Lens', ours, prepared.length));
console.log(row('Lead-3', lead, prepared.length));
console.log(
  `\nms per story: ranker median ${quantile(rankerMs, 0.5).toFixed(2)}, p95 ${quantile(rankerMs, 0.95).toFixed(2)}; ` +
    `whole pipeline median ${quantile(pipelineMs, 0.5).toFixed(2)}, p95 ${quantile(pipelineMs, 0.95).toFixed(2)}`,
);
