/**
 * npm run bench:click-ab -- DIR_A DIR_B [--runs N]
 * Two e2e builds side by side in one headless Chromium (each its own extension), first clicks interleaved: for each
 * run and page, a fresh tab and the popup of A, then a fresh tab and the popup of B (the order alternates), with the
 * injection floor of A measured beside them. The machine's noise hits both builds alike, which separate `npm run
 * bench` runs cannot promise. Build each with `npm run build:e2e` and copy `.output/chrome-mv3-e2e` aside.
 * Prints, per build, the first view (key points on screen) and the whole summary (median, p95, / the floor's
 * median) and the popup's marks (median ms from navigation start). Pages: MaskPark and the five aeb-dev pages of
 * `npm run bench` (data: ../shared/data/aeb-dev, never copied into the repo).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { READY_PROBE, runStats } from './lib/click-bench';
import { readSavedPage } from './lib/load-document';

const ROOT = resolve(import.meta.dirname, '..');
const positional = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--runs');
const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(process.argv[runsAt + 1]) : 8;
if (positional.length !== 2) throw new Error('usage: npm run bench:click-ab -- DIR_A DIR_B [--runs N]');
const dirs = positional.map((d) => resolve(d));
for (const d of dirs)
  if (!existsSync(join(d, 'bench-floor-inject.html'))) throw new Error(`${d} is no e2e build (npm run build:e2e)`);

function pages(): string[] {
  const list = [readFileSync(join(ROOT, 'tests', 'fixtures', 'blogger-maskpark', 'source.html'), 'utf8')];
  const dir = join(ROOT, '..', 'shared', 'data', 'aeb-dev', 'html');
  if (!existsSync(dir)) return list;
  const saved = readdirSync(dir)
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => ({ id: f, html: readSavedPage(join(dir, f)) }))
    .sort((a, b) => a.html.length - b.html.length || a.id.localeCompare(b.id));
  for (const q of [0.1, 0.3, 0.5, 0.7, 0.9]) list.push(saved[Math.floor(q * (saved.length - 1))]!.html);
  return list;
}

type Opening = { first: number; ready: number; marks: Record<string, number> };

async function open(context: BrowserContext, url: string): Promise<Opening> {
  const page = await context.newPage();
  await page.addInitScript(READY_PROBE);
  await page.goto(url);
  await page.waitForFunction(() => '__readyAt' in window, null, { timeout: 20_000, polling: 20 });
  const result = await page.evaluate(() => {
    const w = window as unknown as { __firstAt: number; __readyAt: number };
    const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('news-lens:'));
    return {
      first: w.__firstAt,
      ready: w.__readyAt,
      marks: Object.fromEntries(marks.map((m) => [m.name.slice('news-lens:'.length), m.startTime])),
    };
  });
  await page.close();
  return result;
}

const html = pages();
const server = createServer((req, res) => {
  const body = html[Number(new URL(req.url ?? '/', 'http://127.0.0.1').pathname.slice(1))];
  if (body === undefined) return void res.writeHead(404).end();
  res
    .writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': "script-src 'none'",
    })
    .end(body);
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const port = (server.address() as AddressInfo).port;
const scratch = mkdtempSync(join(tmpdir(), 'news-lens-ab-'));
const context = await chromium.launchPersistentContext(join(scratch, 'profile'), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 400, height: 600 },
  args: [
    `--disable-extensions-except=${dirs.join(',')}`,
    `--load-extension=${dirs.join(',')}`,
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  while (context.serviceWorkers().length < 2) await context.waitForEvent('serviceworker', { timeout: 15_000 });
  // Which extension is which build: the entry script named in each popup.html.
  const entryOf = (text: string) => /chunks\/popup-[\w-]+\.js/.exec(text)?.[0];
  const workers = context.serviceWorkers();
  const ids = workers.map((w) => new URL(w.url()).host);
  const probe = await context.newPage();
  await probe.goto(`chrome-extension://${ids[0]}/popup.html`);
  const firstIsA = entryOf(await probe.content()) === entryOf(readFileSync(join(dirs[0]!, 'popup.html'), 'utf8'));
  await probe.close();
  const order = firstIsA ? [0, 1] : [1, 0];
  const builds = order.map((k) => ({ id: ids[k]!, worker: workers[k]! as Worker }));
  if (
    entryOf(readFileSync(join(dirs[0]!, 'popup.html'), 'utf8')) ===
    entryOf(readFileSync(join(dirs[1]!, 'popup.html'), 'utf8'))
  )
    console.log('note: both builds have the same popup entry chunk name; which is which may be wrong');
  const tabIds = () => builds[0]!.worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id!));
  const freshTab = async (url: string) => {
    const before = new Set(await tabIds());
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return { page, tabId: (await tabIds()).find((t) => !before.has(t))! };
  };
  const results: Opening[][] = [[], []];
  const floor: Opening[] = [];
  for (let run = -1; run < RUNS; run++)
    for (let i = 0; i < html.length; i++) {
      const f = await freshTab(`http://127.0.0.1:${port}/${i}?floor=${run}`);
      const fl = await open(context, `chrome-extension://${builds[0]!.id}/bench-floor-inject.html?tabId=${f.tabId}`);
      await f.page.close();
      if (run >= 0) floor.push(fl);
      for (const k of (run + i) % 2 ? [1, 0] : [0, 1]) {
        const tab = await freshTab(`http://127.0.0.1:${port}/${i}?run=${run}&build=${k}`);
        await builds[k]!.worker.evaluate(() => chrome.storage.session.clear());
        const click = await open(context, `chrome-extension://${builds[k]!.id}/popup.html?tabId=${tab.tabId}`);
        if (run >= 0) results[k]!.push(click); // run -1 warms the browser up, not counted
        await tab.page.close();
      }
    }
  const floorStats = runStats(floor.map((o) => o.ready));
  const ms = (v: number) => v.toFixed(1);
  console.log(
    `${html.length} pages x ${RUNS} runs; injection floor median ${ms(floorStats.median)} / p95 ${ms(floorStats.p95)} ms`,
  );
  const phases = (list: Record<string, number>[]) =>
    [...new Set(list.flatMap((m) => Object.keys(m)))]
      .map((name) => [name, runStats(list.flatMap((m) => (m[name] === undefined ? [] : [m[name]!]))).median] as const)
      .sort((a, b) => a[1] - b[1])
      .map(([name, at]) => `${name} ${at.toFixed(0)}`)
      .join(' -> ');
  console.log(`floor marks: ${phases(floor.map((o) => o.marks))}`);
  for (const k of [0, 1]) {
    const first = runStats(results[k]!.map((o) => o.first));
    const whole = runStats(results[k]!.map((o) => o.ready));
    const x = (v: number) => (v / floorStats.median).toFixed(2);
    console.log(`${'AB'[k]} ${dirs[k]}`);
    console.log(
      `  first view  median ${ms(first.median)} (${x(first.median)}x)  p95 ${ms(first.p95)} (${x(first.p95)}x)`,
    );
    console.log(
      `  whole       median ${ms(whole.median)} (${x(whole.median)}x)  p95 ${ms(whole.p95)} (${x(whole.p95)}x)`,
    );
    console.log(`  marks: ${phases(results[k]!.map((o) => o.marks))}`);
  }
} finally {
  await context.close();
  server.closeAllConnections();
  server.close();
  rmSync(scratch, { recursive: true, force: true });
}
