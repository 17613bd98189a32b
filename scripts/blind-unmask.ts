/**
 * Unmasks a blind judgement of key points made with a same-run baseline (scripts/blind-sample.ts --baseline):
 *   npx tsx scripts/blind-unmask.ts --key KEY.json --pages PAGES.jsonl [--points POINTS.jsonl]
 * PAGES holds the judge's lines per page and list ({"id","list":"A"|"B","pageGood",...}); POINTS (optional) one
 * line per judged point ({"id","list","good","junk",...}). Prints, for News Lens and for the baseline (plain
 * Readability, Lead-N), the pages and points judged good, and the pages good with only one of them.
 */
import { readFileSync } from 'node:fs';
import { compareSystems, type BlindList, type JudgedLine, type SystemCounts } from './lib/blind-baseline';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const keyFile = arg('key');
const pagesFile = arg('pages');
if (!keyFile || !pagesFile) {
  console.error('Usage: npx tsx scripts/blind-unmask.ts --key KEY.json --pages PAGES.jsonl [--points POINTS.jsonl]');
  process.exit(2);
}

const readLines = (file: string): JudgedLine[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as JudgedLine);

const key = JSON.parse(readFileSync(keyFile, 'utf8')) as Record<string, BlindList>;
const pointsFile = arg('points');
const c = compareSystems(key, readLines(pagesFile), pointsFile ? readLines(pointsFile) : []);
const show = (name: string, s: SystemCounts): string =>
  `${name.padEnd(10)} pages good ${s.pagesGood} / ${s.pages}` +
  (s.points ? `, points good ${s.pointsGood} / ${s.points}, junk ${s.junk}` : '');
if (c.notInKey.length) console.log(`Not in the key (left out): ${c.notInKey.join(', ')}`);
console.log(show('News Lens', c.newsLens));
console.log(show('baseline', c.baseline));
console.log(`good only with News Lens (${c.onlyNewsLens.length}): ${c.onlyNewsLens.join(', ') || '-'}`);
console.log(`good only with the baseline (${c.onlyBaseline.length}): ${c.onlyBaseline.join(', ') || '-'}`);
