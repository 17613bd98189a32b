/**
 * A blind sample for judging key points by hand (docs/key-points-rubric.md):
 *   npx tsx scripts/blind-sample.ts --dir ../shared/data/readability-pages --out /tmp/sample.jsonl
 *     [--half fix|held-out] [--exclude earlier.jsonl [--excluded-first N]] [--limit 30] [--points 5] [--skip-numbered]
 *     [--baseline KEY.json [--seed S]]
 * Writes one JSON line per page: its id, a stand-in URL, what the popup shows (title, site, byline, date,
 * language, whether it is an article, key points with their captions) and the page's visible text (first
 * 9,000 characters), so a judge sees the page and the summary side by side without running anything. Pages in
 * `--exclude` (an earlier sample; with `--excluded-first N`, only its first N pages, the ones judged) are left out; `--skip-numbered` leaves out Readability's numbered metadata
 * fixtures ("003-metadata-preferred"). Pages are taken in name order. The output holds page text: write it
 * outside the repository.
 *
 * `--baseline KEY.json` adds a same-run baseline judged blind beside News Lens: plain Readability's article, its
 * paragraphs split into sentences, the first `--points` of them (Lead-N, the summary a reader gets without News Lens).
 * Each page then shows two lists, `A` and `B`, in a seeded random order; which one is News Lens is written to KEY.json
 * (`{ id: 'A' | 'B' }`) for scripts/blind-unmask.ts, never into the sample.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { summarizeDocumentAt } from '../utils/summarize-current-page';
import { cleanText } from '../utils/text/element-text';
import { halfOf } from './lib/audit-page';
import { readabilityLead } from './lib/blind-baseline';
import { seededRandom } from './lib/seeded-random';
import { documentFromHtml, readSavedPage } from './lib/load-document';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const dir = resolve(arg('dir') ?? '../shared/data/readability-pages');
const out = arg('out');
if (!out) {
  console.error(
    'Usage: npx tsx scripts/blind-sample.ts --dir DIR --out FILE.jsonl [--half H] [--exclude F] [--limit N]',
  );
  process.exit(2);
}
const half = arg('half');
const limit = Number(arg('limit') ?? 30);
const points = Number(arg('points') ?? 5);
const excludeFile = arg('exclude');
const excluded = new Set(
  excludeFile && existsSync(excludeFile)
    ? readFileSync(excludeFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { id: string }).id)
        .slice(0, Number(arg('excluded-first') ?? Infinity))
    : [],
);

/** The page's visible text: the body without scripts, styles and templates, white space collapsed. */
function visibleText(doc: Document): string {
  const body = doc.body?.cloneNode(true) as HTMLElement | undefined;
  if (!body) return '';
  for (const el of Array.from(body.querySelectorAll('script,style,noscript,template'))) el.remove();
  return cleanText(body.textContent ?? '').slice(0, 9000);
}

const ids = readdirSync(dir)
  .filter((name) => ['source.html.gz', 'source.html'].some((f) => existsSync(join(dir, name, f))))
  .filter((name) => (!half || halfOf(name) === half) && !excluded.has(name))
  .filter((name) => !process.argv.includes('--skip-numbered') || !/^\d/.test(name))
  .sort()
  .slice(0, limit);

const baselineKey = arg('baseline');
const random = seededRandom(Number(arg('seed') ?? 1));
const key: Record<string, 'A' | 'B'> = {};
const lines: string[] = [];
for (const id of ids) {
  const source = ['source.html.gz', 'source.html'].map((f) => join(dir, id, f)).find(existsSync)!;
  const url = `https://${id}.example/`;
  const doc = documentFromHtml(readSavedPage(source));
  const pageText = visibleText(doc);
  const run = summarizeDocumentAt(doc, url, { points });
  const result = run.ok
    ? {
        title: run.summary.title,
        siteName: run.summary.siteName,
        byline: run.summary.byline,
        publishedTime: run.summary.publishedTime,
        isArticle: run.summary.isArticle,
        lang: run.summary.lang,
        // What the popup shows: a page it does not take for an article shows "not an article" and no points (the
        // reader may still ask for them), so a judge never judges points no reader sees by default.
        keyPoints: run.summary.isArticle
          ? run.summary.keyPoints.map((k) => ({ text: k.text, caption: k.section }))
          : [],
      }
    : { failure: run.reason };
  if (baselineKey) {
    const ours = 'keyPoints' in result ? result.keyPoints : [];
    const lead = readabilityLead(readSavedPage(source), points).map((text) => ({ text, caption: null }));
    const oursFirst = random() < 0.5;
    key[id] = oursFirst ? 'A' : 'B';
    const lists = oursFirst ? { A: ours, B: lead } : { A: lead, B: ours };
    const shown = 'keyPoints' in result ? { ...result, keyPoints: undefined } : result;
    lines.push(JSON.stringify({ id, url, result: shown, lists, pageText }));
  } else lines.push(JSON.stringify({ id, url, result, pageText }));
}
if (baselineKey) writeFileSync(resolve(baselineKey), `${JSON.stringify(key, null, 1)}\n`);
writeFileSync(out, lines.length ? `${lines.join('\n')}\n` : '');
console.log(`${lines.length} pages written to ${out}`);
