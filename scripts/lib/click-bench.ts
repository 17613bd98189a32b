/**
 * Click-to-summary in the real browser (Chromium, the e2e build): what the reader feels, beside the floors
 * measured in the same run. Used by `npm run bench` (section 3).
 *
 * Every opening is timed inside the extension page from its navigation start (performance.now()) to the
 * first animation frame after its root gets data-state="ready" (the popup sets it once the key points,
 * the table and the related links are rendered), and to the first frame after the first view: a first click
 * paints an article's key points (data-state="partial") one frame before its related links and picked table
 * (computed after that frame); elsewhere the first view is the ready one. The floors are extension pages of the
 * e2e build only:
 *  - static: a page with no script (bench-floor-static.html);
 *  - trivial injection: a page that finds its tab and runs `() => document.title` in it with
 *    scripting.executeScript, on a fresh tab of the same article (bench-floor-inject.html).
 * A "first click" opens the popup on a freshly loaded tab of the article (a new `?run=N` URL, session cache
 * cleared): nothing about the page was computed before. The "repeat click" opens the popup again on the
 * same tab. "After browser start" launches a new browser for each run and opens the popup once.
 * Requests to hosts other than the local server are aborted (the saved pages reference the live web), and
 * the pages' own scripts are off (a CSP header): offline, some would navigate away or spin.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CDPSession, Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from '../../tests/e2e/launch';
import { openTab } from '../../tests/e2e/popup';

export type BenchPage = { name: string; html: string };

/**
 * Notes the first animation frame after data-state="partial" or "ready" (the first view) and after "ready" (a
 * string: tsx would add helpers to a function).
 */
export const READY_PROBE = `(() => {
  let seen = false;
  let first = false;
  const note = () => {
    const root = document.documentElement;
    if (seen || !root) return;
    const state = root.dataset.state;
    if (!first && (state === 'partial' || state === 'ready')) {
      first = true;
      requestAnimationFrame(() => { window.__firstAt = performance.now(); });
    }
    if (state !== 'ready') return;
    seen = true;
    requestAnimationFrame(() => { window.__readyAt = performance.now(); });
  };
  new MutationObserver(note).observe(document, { attributes: true, attributeFilter: ['data-state'], subtree: true, childList: true });
  note();
})();`;

export type Stats = { runs: number[]; median: number; p95: number; max: number };

/** Median (mean of the middle two), p95 (nearest rank) and max of a list of timings. */
export function runStats(runs: number[]): Stats {
  const s = [...runs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median = s.length === 0 ? NaN : s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  const p95 = s[Math.min(s.length - 1, Math.max(0, Math.ceil(0.95 * s.length) - 1))] ?? NaN;
  return { runs, median, p95, max: s[s.length - 1] ?? NaN };
}

async function servePages(pages: BenchPage[]): Promise<{ server: Server; url: (name: string, run: string) => string }> {
  const byPath = new Map(pages.map((p) => [`/${p.name}`, p.html]));
  const server = createServer((req, res) => {
    const html = byPath.get(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (html === undefined) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    // The saved pages' own scripts are switched off: offline, some would navigate away (an error page the
    // extension may not read). Content scripts are not subject to the page's CSP.
    res
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'content-security-policy': "script-src 'none'",
      })
      .end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { server, url: (name, run) => `http://127.0.0.1:${port}/${name}?run=${run}` };
}

async function offline(session: ExtensionSession): Promise<void> {
  await session.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
}

/** Opens `url` (an extension page) in a new page and returns ms from its navigation start to ready. */
async function timeOpening(session: ExtensionSession, url: string, onOpen?: (page: Page) => Promise<void>) {
  const page = await session.context.newPage();
  await page.addInitScript(READY_PROBE);
  await onOpen?.(page);
  await page.goto(url);
  try {
    await page.waitForFunction(() => '__readyAt' in window, null, { timeout: 20_000, polling: 20 });
  } catch (error) {
    const state = await page
      .evaluate(() => document.documentElement.dataset.state + ' ' + document.body.innerText.slice(0, 300))
      .catch(() => '(closed)');
    throw new Error(`${url} never got ready (data-state ${state})`, { cause: error });
  }
  const { ms, firstMs, marks } = await page.evaluate(() => ({
    ms: (window as unknown as { __readyAt: number }).__readyAt,
    firstMs: (window as unknown as { __firstAt: number }).__firstAt,
    marks: performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('news-lens:'))
      .map((m) => [m.name.slice('news-lens:'.length), m.startTime] as const),
  }));
  return { page, ms: Math.round(ms * 10) / 10, firstMs: Math.round(firstMs * 10) / 10, marks: new Map(marks) };
}

const clearCache = (session: ExtensionSession) => session.serviceWorker.evaluate(() => chrome.storage.session.clear());

export type PageTimes = {
  name: string;
  /** The popup's own marks on first clicks (browser-api/summarize-tab.ts mark()): ms from navigation start. */
  phases: Map<string, number[]>;
  /** The same marks on repeat clicks (a cached summary). */
  repeatPhases: Map<string, number[]>;
  /** First clicks: the first view (key points on screen; the whole summary where it comes in one part). */
  first: Stats;
  /** First clicks: the whole summary on screen (key points, table, related links). */
  firstComplete: Stats;
  repeat: Stats;
  floorStatic: Stats;
  floorInject: Stats;
};

/** One page: `runs` first clicks (each on a fresh tab), repeat clicks and both floors, interleaved. */
async function measurePage(
  session: ExtensionSession,
  url: (run: string) => string,
  name: string,
  runs: number,
): Promise<PageTimes> {
  const first: number[] = [];
  const firstComplete: number[] = [];
  const repeat: number[] = [];
  const floorStatic: number[] = [];
  const floorInject: number[] = [];
  const phases = new Map<string, number[]>();
  const repeatPhases = new Map<string, number[]>();
  const base = `chrome-extension://${session.extensionId}`;
  for (let i = 0; i < runs; i++) {
    // Floor: a trivial injection into a fresh tab of the same page (its own tab: an injection creates the
    // extension's isolated world in the page, which must not warm up the measured click).
    const floorTab = await openTab(session, url(`floor-${i}`));
    const inject = await timeOpening(session, `${base}/bench-floor-inject.html?tabId=${floorTab.tabId}`);
    floorInject.push(inject.ms);
    await inject.page.close();
    await floorTab.page.close();
    const still = await timeOpening(session, `${base}/bench-floor-static.html`);
    floorStatic.push(still.ms);
    await still.page.close();

    const tab = await openTab(session, url(`click-${i}`));
    await clearCache(session);
    const click = await timeOpening(session, session.popupUrl(tab.tabId));
    first.push(click.firstMs);
    firstComplete.push(click.ms);
    for (const [phase, at] of [...click.marks, ['first view', click.firstMs] as const, ['ready', click.ms] as const])
      phases.set(phase, [...(phases.get(phase) ?? []), at]);
    await click.page.close();
    const again = await timeOpening(session, session.popupUrl(tab.tabId));
    repeat.push(again.ms);
    for (const [phase, at] of [...again.marks, ['ready', again.ms] as const])
      repeatPhases.set(phase, [...(repeatPhases.get(phase) ?? []), at]);
    await again.page.close();
    await tab.page.close();
  }
  return {
    name,
    phases,
    repeatPhases,
    first: runStats(first),
    firstComplete: runStats(firstComplete),
    repeat: runStats(repeat),
    floorStatic: runStats(floorStatic),
    floorInject: runStats(floorInject),
  };
}

/** Peak JS heap of the page and of the popup during one first click, sampled every 10 ms over CDP. */
export type Memory = { name: string; pageBeforeMB: number; pagePeakMB: number; popupPeakMB: number };

async function peakHeap(cdp: CDPSession, stop: () => boolean): Promise<number> {
  let peak = 0;
  while (!stop()) {
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    peak = Math.max(peak, usedSize);
    await new Promise((r) => setTimeout(r, 10));
  }
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return Math.max(peak, usedSize);
}

async function measureMemory(session: ExtensionSession, url: string, name: string): Promise<Memory> {
  const tab = await openTab(session, url);
  await clearCache(session);
  const pageCdp = await session.context.newCDPSession(tab.page);
  await pageCdp.send('HeapProfiler.collectGarbage');
  const before = ((await pageCdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
  let done = false;
  let popupPeak: Promise<number> = Promise.resolve(0);
  const pagePeak = peakHeap(pageCdp, () => done);
  const click = await timeOpening(session, session.popupUrl(tab.tabId), async (popup) => {
    const popupCdp = await session.context.newCDPSession(popup);
    popupPeak = peakHeap(popupCdp, () => done);
  });
  done = true;
  const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
  const result = { name, pageBeforeMB: mb(before), pagePeakMB: mb(await pagePeak), popupPeakMB: mb(await popupPeak) };
  await click.page.close();
  await tab.page.close();
  return result;
}

export type ClickBench = { pages: PageTimes[]; afterStart: Stats; afterStartFloor: Stats; memory: Memory[] };

export async function runClickBench(pages: BenchPage[], { runs = 15, starts = 5 } = {}): Promise<ClickBench> {
  const { server, url } = await servePages(pages);
  const results: PageTimes[] = [];
  const memory: Memory[] = [];
  const afterStart: number[] = [];
  const afterStartFloor: number[] = [];
  try {
    const session = await launchExtension();
    try {
      await offline(session);
      // Warm the browser (first renderer, first extension page), not counted.
      await measurePage(session, (run) => url(pages[0]!.name, `warm-${run}`), pages[0]!.name, 1);
      for (const page of pages) results.push(await measurePage(session, (run) => url(page.name, run), page.name, runs));
      for (const page of pages) memory.push(await measureMemory(session, url(page.name, 'memory'), page.name));
    } finally {
      await session.close();
    }
    // The first popup after the browser starts: a new browser each time, its first extension page.
    for (let i = 0; i < starts; i++) {
      const fresh = await launchExtension();
      try {
        await offline(fresh);
        const tab = await openTab(fresh, url(pages[0]!.name, `start-${i}`));
        const click = await timeOpening(fresh, fresh.popupUrl(tab.tabId));
        afterStart.push(click.ms);
      } finally {
        await fresh.close();
      }
      const other = await launchExtension();
      try {
        await offline(other);
        const tab = await openTab(other, url(pages[0]!.name, `start-floor-${i}`));
        const floor = await timeOpening(
          other,
          `chrome-extension://${other.extensionId}/bench-floor-inject.html?tabId=${tab.tabId}`,
        );
        afterStartFloor.push(floor.ms);
      } finally {
        await other.close();
      }
    }
  } finally {
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  }
  return { pages: results, afterStart: runStats(afterStart), afterStartFloor: runStats(afterStartFloor), memory };
}
