/**
 * Long fuzz runs of the pipeline properties (the same ones tests/fuzz runs 300 times in CI).
 *   npm run fuzz -- --runs 10000 [--seed N] [--full]
 * Runs N cases of summarizeCurrentPage (what the extension answers) and N cases of summarizePage (the
 * pipeline alone; --full also checks meaning: ISO dates, key points quoted from the text, http(s) links).
 * Prints runs, duration, outcomes and every failure with its seed, path and shrunk counterexample.
 */
import fc from 'fast-check';
import { currentPageProperty, newStats, pipelineProperty } from './lib/fuzz/pipeline-properties';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const runs = Number(arg('runs') ?? 1000);
const seed = Number(arg('seed') ?? Date.now() % 2 ** 31);
const level = process.argv.includes('--full') ? 'full' : 'types';
let failures = 0;

function report<T>(name: string, result: fc.RunDetails<T>, ms: number): void {
  console.log(
    `${name}: ${result.numRuns} runs (${result.numSkips} skipped as out of scope) in ${(ms / 1000).toFixed(1)} s: ${result.failed ? 'FAILED' : 'passed'}`,
  );
  if (!result.failed) return;
  failures++;
  const error = result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
  console.log(`  error: ${error.split('\n')[0]}`);
  console.log(`  replay: seed ${result.seed}, path "${result.counterexamplePath}"`);
  console.log(`  counterexample: ${JSON.stringify(result.counterexample).slice(0, 4000)}`);
}

console.log(`fuzz: seed ${seed}, ${runs} runs per property`);
const stats = newStats();
let start = performance.now();
const current = fc.check(currentPageProperty(stats, false), { numRuns: runs, seed });
report('summarizeCurrentPage', current, performance.now() - start);
console.log(`  outcomes: ${[...stats.outcomes].map(([k, v]) => `${k} ${v}`).join(', ')}`);
if (stats.crashes.length > 0) {
  // Crashes inside the pipeline that the guard answered as 'extraction-failed': list each kind once, smallest input first.
  const byMessage = new Map<string, string>();
  for (const c of stats.crashes) {
    const prev = byMessage.get(c.message);
    if (prev === undefined || c.html.length < prev.length) byMessage.set(c.message, c.html);
  }
  console.log(`  pipeline crashes caught by the guard: ${stats.crashes.length}`);
  for (const [message, html] of byMessage)
    console.log(`    ${message}\n      smallest input: ${JSON.stringify(html).slice(0, 2000)}`);
  const strict = fc.check(currentPageProperty(newStats(), true), { numRuns: runs, seed });
  if (strict.failed) report('  shrunk crash', strict, 0);
}
start = performance.now();
report(
  `summarizePage (${level})`,
  fc.check(pipelineProperty(level), { numRuns: runs, seed }),
  performance.now() - start,
);
console.log(failures === 0 ? 'fuzz: no failures' : `fuzz: ${failures} failing properties`);
process.exitCode = failures === 0 ? 0 : 1;
