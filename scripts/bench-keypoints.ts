/**
 * Key-point benchmark: `npm run bench:keypoints -- [--data PATH] [--points 3] [--folds 5] [--seeds 0,1,2,3] [--nested] [--fit] [--limit N]`.
 * Runs the real pipeline (documentFromText -> summarizePage) on each CNN/DailyMail story's text
 * (never its title), scores the key points and Lead-3 with ROUGE-1.5.5 semantics against the human
 * highlights, and times the ranker alone and the whole pipeline.
 * --folds K: K-fold cross-validation of the fitted models (fit on K-1 folds, score the held-out fold).
 * --seeds LIST: repeat the cross-validation over several fold partitions (0 = story i in fold i mod K,
 *   N > 0 = a seeded shuffle) and print their mean: on 128 stories one partition is noisy.
 * --nested: also choose the lead-set hyperparameters (window, L2) inside each training part by an
 *   inner 4-fold cross-validation, so nothing about the held-out fold is chosen by looking at it.
 * --window N, --l2 X: the lead-set hyperparameters when not nested (defaults 5 and 0.0003).
 * --bags N: average N lead-set fits, each on a random 80% of the training stories (default 10; 1 = one fit).
 * --fit: fit both models on all stories and write utils/summary/ranker-weights.ts and lead-set-weights.ts.
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
import { fitRanker, fitStory, type FitStory } from './lib/fit-ranker';
import { fitLeadSet, setRows, type SetRow } from './lib/fit-lead-set';
import { scoreSet, type LeadSetModel } from '../utils/summary/lead-set';

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
const seeds = (arg('seeds') ?? arg('seed') ?? '0').split(',').map(Number);
const nested = process.argv.includes('--nested');
const leadWindow = Number(arg('window') ?? points + 2);
const leadL2 = Number(arg('l2') ?? 0.0003);
const bags = Number(arg('bags') ?? 10);

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
  return {
    title: '',
    siteName: null,
    byline: null,
    publishedTime: null,
    lang: 'en',
    isArticle: true,
    blocks: [{ kind: 'paragraph', text: s.text, section: null }],
  };
}

function prepare(s: Story): Prepared {
  const article = extractArticle(documentFromText(s.text, { lang: 'en' }), urlOf(s));
  const hasText = article.blocks.some((b) => b.kind === 'paragraph' || b.kind === 'list-item');
  return hasText ? { ...s, article, fallback: false } : { ...s, article: plainArticle(s), fallback: true };
}

type Totals = { r1: number[]; r2: number[]; rl: number[] };
const emptyTotals = (): Totals => ({ r1: [0, 0, 0], r2: [0, 0, 0], rl: [0, 0, 0] });
function add(t: Totals, r: RougeScores): void {
  for (const [key, prf] of [
    ['r1', r.r1],
    ['r2', r.r2],
    ['rl', r.rLsum],
  ] as const) {
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

const lead3 = (s: Story): string[] =>
  splitSentences(s.text, 'en')
    .slice(0, 3)
    .map((x) => x.text);

const prepared = stories.map(prepare);
const fallbacks = prepared.filter((p) => p.fallback).length;
console.log(
  `${stories.length} stories from ${dataPath}, ${points} points; Readability fallback (text as one paragraph) on ${fallbacks}`,
);

const fitStories: FitStory[] =
  folds > 1 || process.argv.includes('--fit')
    ? prepared.map((p) => fitStory(prepareSentences(p.article), p.reference))
    : [];

/** Candidate-set rows per window, computed once per story. */
const rowCache = new Map<number, SetRow[][]>();
function rowsFor(window: number): SetRow[][] {
  let rows = rowCache.get(window);
  if (!rows) rowCache.set(window, (rows = fitStories.map((f) => setRows(f, window, points))));
  return rows;
}
type Models = { model: RankerModel; leadSet: LeadSetModel; chosen: string };

/** Mean of R1, R2 and RLsum F1 of a lead-set model's best set on stories `ids` (rows only, fast). */
function setScore(leadSet: LeadSetModel, rows: SetRow[][], ids: number[]): number {
  let total = 0;
  for (const i of ids) {
    let best: SetRow | null = null;
    let top = -Infinity;
    for (const r of rows[i]!) {
      const z = scoreSet(leadSet, r.raw);
      if (z > top) [top, best] = [z, r];
    }
    if (best) total += (best.scores[0]! + best.scores[1]! + best.scores[2]!) / 3;
  }
  return total / Math.max(1, ids.length);
}

const GRID = { windows: [points + 1, points + 2, points + 3], l2: [0.0001, 0.0003, 0.001] };

/** Fits the ranker and the lead set on the stories `ids`; with --nested, picks window and L2 by inner CV. */
function fitModels(ids: number[]): Models {
  const model = fitRanker(
    ids.map((i) => fitStories[i]!),
    points,
  );
  let window = leadWindow;
  let l2 = leadL2;
  if (nested) {
    let best = -Infinity;
    for (const w of GRID.windows) {
      const rows = rowsFor(w);
      for (const x of GRID.l2) {
        let total = 0;
        for (let k = 0; k < 4; k++) {
          const train = ids.filter((_, r) => r % 4 !== k);
          const test = ids.filter((_, r) => r % 4 === k);
          total +=
            setScore(
              fitLeadSet(
                train.map((i) => rows[i]!),
                { window: w, size: points, l2: x, bags },
              ),
              rows,
              test,
            ) * test.length;
        }
        if (total > best + 1e-12) [best, window, l2] = [total, w, x];
      }
    }
  }
  const leadSet = fitLeadSet(
    ids.map((i) => rowsFor(window)[i]!),
    { window, size: points, l2, bags },
  );
  return { model, leadSet, chosen: `window ${window}, L2 ${l2}, ${bags} bags` };
}

if (process.argv.includes('--fit')) {
  const { model, leadSet, chosen } = fitModels(prepared.map((_, i) => i));
  const rankerFile = resolve('utils/summary/ranker-weights.ts');
  writeFileSync(
    rankerFile,
    `import type { RankerModel } from './ranker-model';\n\n/** Generated by \`npm run bench:keypoints -- --fit\` (direct ROUGE search on CNN/DailyMail dev stories). */\nexport const FITTED_MODEL: RankerModel = ${JSON.stringify(model, null, 2)};\n`,
  );
  const leadSetFile = resolve('utils/summary/lead-set-weights.ts');
  writeFileSync(
    leadSetFile,
    `import type { LeadSetModel } from './lead-set';\n\n/**\n * Generated by \`npm run bench:keypoints -- --fit\` on ${prepared.length} CNN/DailyMail dev stories (${chosen}).\n * Weights follow SET_FEATURE_NAMES in lead-set.ts.\n */\nexport const LEAD_SET_MODEL: LeadSetModel = ${JSON.stringify(leadSet)};\n`,
  );
  console.log(`wrote ${rankerFile} and ${leadSetFile} (${chosen})`);
}

/** Fold of story i: i mod K (seed 0), or its rank in a seeded shuffle (a small LCG, reproducible) mod K. */
function foldAssignment(n: number, k: number, shuffleSeed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  if (shuffleSeed) {
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

const fmt = (xs: number[]): string => xs.map((x) => x.toFixed(2)).join(' / ');
const means = (t: Totals, n: number): number[] => [t.r1[0]!, t.r2[0]!, t.rl[0]!].map((x) => (100 * x) / n);

if (folds > 1) {
  const perSeed: number[][] = [];
  const cvAll = emptyTotals();
  /** Per story, the held-out gain over Lead-3 (R1, R2, RLsum F1), summed over the partitions. */
  const gains = prepared.map(() => [0, 0, 0]);
  const leadScores = prepared.map((s) => rouge(lead3(s), s.reference));
  for (const seed of seeds) {
    const foldOf = foldAssignment(prepared.length, folds, seed);
    const cv = emptyTotals();
    const foldLines: string[] = [];
    for (let k = 0; k < folds; k++) {
      const trainIds = prepared.map((_, i) => i).filter((i) => foldOf[i] !== k);
      const { model, leadSet, chosen } = fitModels(trainIds);
      const test = prepared.filter((_, i) => foldOf[i] === k);
      const foldTotals = emptyTotals();
      prepared.forEach((s, i) => {
        if (foldOf[i] !== k) return;
        const scores = rouge(
          pickKeyPoints(s.article, { count: points, model, leadSet }).map((p) => p.text),
          s.reference,
        );
        add(cv, scores);
        add(cvAll, scores);
        add(foldTotals, scores);
        const lead = leadScores[i]!;
        gains[i]![0]! += scores.r1.f - lead.r1.f;
        gains[i]![1]! += scores.r2.f - lead.r2.f;
        gains[i]![2]! += scores.rLsum.f - lead.rLsum.f;
      });
      const leadFold = emptyTotals();
      for (const s of test) add(leadFold, rouge(lead3(s), s.reference));
      foldLines.push(
        `  fold ${k + 1}: ${test.length} held-out stories ${fmt(means(foldTotals, test.length))} (Lead-3 there ${fmt(means(leadFold, test.length))})${nested ? `; chose ${chosen}` : ''}`,
      );
    }
    perSeed.push(means(cv, prepared.length));
    console.log(
      `\n${folds}-fold cross-validation, ${seed === 0 ? `story i in fold i mod ${folds}` : `folds from a shuffle with seed ${seed}`}${nested ? ', lead-set window and L2 chosen inside each training part (nested)' : `, lead set window ${leadWindow}, L2 ${leadL2}, ${bags} bags`}`,
    );
    console.log(foldLines.join('\n'));
    console.log(header);
    console.log(row(`News Lens (CV)`, cv, prepared.length));
  }
  if (seeds.length > 1) {
    console.log(`\nMean over the ${seeds.length} partitions (seeds ${seeds.join(', ')}), R1 / R2 / RLsum F1:`);
    for (const [i, sd] of seeds.entries()) console.log(`  seed ${sd}: ${fmt(perSeed[i]!)}`);
    console.log(header);
    console.log(row('News Lens (CV mean)', cvAll, prepared.length * seeds.length));
  }
  // Paired by story: each story's held-out gain over Lead-3 (averaged over the partitions), its mean and standard error.
  const n = prepared.length;
  const stat = (j: number): string => {
    const d = gains.map((g) => (100 * g[j]!) / seeds.length);
    const m = d.reduce((a, b) => a + b, 0) / n;
    const se = Math.sqrt(d.reduce((a, b) => a + (b - m) ** 2, 0) / (n - 1) / n);
    return `${m >= 0 ? '+' : ''}${m.toFixed(2)} ± ${se.toFixed(2)}`;
  };
  console.log(
    `Held-out gain over Lead-3 per story (mean ± standard error, n = ${n}): R1 ${stat(0)}, R2 ${stat(1)}, RLsum ${stat(2)}`,
  );
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
  add(
    ours,
    rouge(
      keyPoints.map((k) => k.text),
      s.reference,
    ),
  );
  add(lead, rouge(lead3(s), s.reference));
}
console.log(
  `\nShipped model on all ${prepared.length} stories (it was fitted on the 128 CNN/DailyMail dev stories: on those this is an in-sample score; --folds 5 gives held-out scores)`,
);
console.log(header);
console.log(row('News Lens', ours, prepared.length));
console.log(row('Lead-3', lead, prepared.length));
console.log(
  `\nms per story: ranker median ${quantile(rankerMs, 0.5).toFixed(2)}, p95 ${quantile(rankerMs, 0.95).toFixed(2)}; ` +
    `whole pipeline median ${quantile(pipelineMs, 0.5).toFixed(2)}, p95 ${quantile(pipelineMs, 0.95).toFixed(2)}`,
);
