/**
 * `npx tsx scripts/keypoint-compare.ts --cache FILE --model A.json [--against B.json]`: the paired per-story
 * difference between two key-point models (B defaults to the shipped weights) on the cached lower-cased
 * validation rows, with the pipeline's lead-set rules replayed: mean R1 / R2 difference and its standard error,
 * and how many stories change their points. Nothing is written.
 */
import { readFileSync } from 'node:fs';
import { sentenceScore, type KeyPointModel } from '../utils/summary/ranker-model';
import { KEYPOINT_MODEL } from '../utils/summary/ranker-weights';
import { ALL_RULES, evaluateRows, type StoryRows } from './lib/keypoint-fit';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const { val } = JSON.parse(readFileSync(arg('cache')!, 'utf8')) as { val: StoryRows[] };
const load = (path: string | undefined): KeyPointModel =>
  path ? (JSON.parse(readFileSync(path, 'utf8')) as KeyPointModel) : KEYPOINT_MODEL;
const a = load(arg('model'));
const b = load(arg('against'));
const ra = evaluateRows(val, a, (v) => sentenceScore(a, v), ALL_RULES);
const rb = evaluateRows(val, b, (v) => sentenceScore(b, v), ALL_RULES);
for (const q of [0, 1]) {
  const d = ra.perStory.map((x, i) => 100 * (x[q]! - rb.perStory[i]![q]!));
  const m = d.reduce((s, x) => s + x, 0) / d.length;
  const sd = Math.sqrt(d.reduce((s, x) => s + (x - m) ** 2, 0) / (d.length - 1));
  const changed = d.filter((x) => Math.abs(x) > 1e-9).length;
  console.log(
    `R${q + 1}: ${ra.model[q]!.toFixed(2)} against ${rb.model[q]!.toFixed(2)}: ${m >= 0 ? '+' : ''}${m.toFixed(3)} ± ${(sd / Math.sqrt(d.length)).toFixed(3)} (${changed} of ${d.length} stories score differently)`,
  );
}
