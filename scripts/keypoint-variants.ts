/**
 * `npx tsx scripts/keypoint-variants.ts --cache FILE [--terms a,b] [--fit-rules] [--seeds 14,15] [--hidden 16]
 * [--window 10] [--epochs 8] [--train N]`: fits one variant of the key-point model on the cached training rows
 * (written by `npm run fit:keypoints`) and prints its score on the lower-cased validation stories, with the
 * pipeline's lead-set rules replayed one by one (none, each alone, all), beside the first three candidates,
 * with the paired per-story gain and its standard error. Nothing is written.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { sentenceScore, SET_TERM_NAMES, type KeyPointModel, type SetTermName } from '../utils/summary/ranker-model';
import { KEYPOINT_MODEL } from '../utils/summary/ranker-weights';
import { FEATURE_NAMES } from '../utils/summary/sentence-features';
import {
  ALL_RULES,
  averageModels,
  evaluateRows,
  fitModel,
  NO_RULES,
  type FitOptions,
  type RuleOptions,
  type StoryRows,
} from './lib/keypoint-fit';
import { seededRandom, shuffleInPlace } from './lib/seeded-random';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const cache = JSON.parse(readFileSync(arg('cache')!, 'utf8')) as { train: StoryRows[]; val: StoryRows[] };
const shuffled = shuffleInPlace([...cache.train], seededRandom(14));
const train = shuffled.slice(0, Number(arg('train') ?? shuffled.length));
const val = cache.val;
const NOT_FITTED = new Set([
  'bias',
  'headingOverlap',
  'blockLead',
  'blockPosition',
  ...(arg('drop')?.split(',') ?? []),
]);
const terms = (arg('terms')?.split(',') ?? [
  'words',
  'wordsSquared',
  'maxSimilarity',
  'meanSimilarity',
]) as SetTermName[];
for (const t of terms) if (!SET_TERM_NAMES.includes(t)) throw new Error(`unknown set term ${t}`);
const seeds = (arg('seeds') ?? '14').split(',').map(Number);
const options: FitOptions = {
  features: FEATURE_NAMES.filter((n) => !NOT_FITTED.has(n)),
  window: Number(arg('window') ?? 10),
  size: 3,
  hidden: Number(arg('hidden') ?? 16),
  l2: Number(arg('l2') ?? 1e-4),
  epochs: Number(arg('epochs') ?? 8),
  batch: 256,
  learningRate: Number(arg('lr') ?? 0.01),
  seed: 14,
  priors: { headingOverlap: 0.3 },
  setTerms: terms,
  rules: process.argv.includes('--fit-rules') ? ALL_RULES : NO_RULES,
};
const t0 = performance.now();
// --shipped: score the shipped weights (utils/summary/ranker-weights.ts) instead of fitting.
const models = arg('model')
  ? [JSON.parse(readFileSync(arg('model')!, 'utf8')) as KeyPointModel]
  : process.argv.includes('--shipped')
    ? [KEYPOINT_MODEL]
    : seeds.map((seed) => fitModel(train, { ...options, seed }));
const model: KeyPointModel = models.length > 1 ? averageModels(models) : models[0]!;
console.log(
  `train ${train.length}, terms ${terms.join(',')}, fit rules ${process.argv.includes('--fit-rules')}, seeds ${seeds.join(',')}, hidden ${options.hidden}, window ${options.window}: ${((performance.now() - t0) / 1000).toFixed(0)} s`,
);
console.log(`  set weights ${JSON.stringify(model.set)}`);
const score = (v: number[]): number => sentenceScore(model, v);
const gain = (ours: number[][], lead: number[][], q: number): string => {
  const d = ours.map((x, i) => 100 * (x[q]! - lead[i]![q]!));
  const m = d.reduce((a, b) => a + b, 0) / d.length;
  const sd = Math.sqrt(d.reduce((a, b) => a + (b - m) ** 2, 0) / (d.length - 1));
  return `${m >= 0 ? '+' : ''}${m.toFixed(2)} ± ${(sd / Math.sqrt(d.length)).toFixed(2)}`;
};
const variants: [string, RuleOptions][] = [
  ['no rules', NO_RULES],
  ['eligible only', { eligible: true }],
  ['swap only', { swap: true }],
  ['repeat only', { repeat: true }],
  ['all rules (pipeline)', ALL_RULES],
  ...(arg('margins') ?? '')
    .split(',')
    .filter(Boolean)
    .map((m): [string, RuleOptions] => [`all, swap margin ${m}`, { ...ALL_RULES, swapMargin: Number(m) }]),
];
const leadPer = val.map((s) => [s.r1[0]!, s.r2[0]!]);
for (const [name, rules] of variants) {
  const r = evaluateRows(val, model, score, rules);
  console.log(
    `  val ${name.padEnd(21)} R1 ${r.model[0]!.toFixed(2)} R2 ${r.model[1]!.toFixed(2)}  (first 3: ${r.lead[0]!.toFixed(2)} / ${r.lead[1]!.toFixed(2)}; gain R1 ${gain(r.perStory, leadPer, 0)}, R2 ${gain(r.perStory, leadPer, 1)})`,
  );
}
if (arg('out')) {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(arg('out')!, JSON.stringify(model));
}
