import type { ExtensionSession } from './launch';
import { openTab } from './popup';

/**
 * Records performance.now() when the popup's root first gets data-state="ready". A string, not a
 * function: callers compiled by tsx (npm run bench) would otherwise ship esbuild's __name helper.
 * It runs before the document has an <html> element, so it watches the whole document.
 */
const READY_PROBE = `(() => {
  const note = () => {
    const root = document.documentElement;
    if (root && root.dataset.state === 'ready' && !('__readyAt' in window)) window.__readyAt = performance.now();
  };
  new MutationObserver(note).observe(document, { attributes: true, attributeFilter: ['data-state'], subtree: true, childList: true });
  note();
})();`;

export type PopupTiming = { runs: number[]; median: number; min: number; max: number };

function stats(runs: number[]): PopupTiming {
  const sorted = [...runs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { runs, median, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

/**
 * Time from opening the popup (navigation start of popup.html) to `data-state="ready"`, measured
 * inside the popup with performance.now(), over `runs` openings on the page at `url`.
 * `cached: false` clears storage.session before each opening so every run summarizes afresh.
 */
export async function measurePopupTiming(
  session: ExtensionSession,
  url: string,
  { runs = 7, cached = false }: { runs?: number; cached?: boolean } = {},
): Promise<PopupTiming> {
  const { page, tabId } = await openTab(session, url);
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    if (!cached) await session.serviceWorker.evaluate(() => chrome.storage.session.clear());
    const popup = await session.context.newPage();
    await popup.addInitScript(READY_PROBE);
    await popup.goto(session.popupUrl(tabId));
    await popup.waitForFunction(() => '__readyAt' in window, null, { timeout: 20_000, polling: 50 });
    const readyAt = await popup.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt);
    if (i > 0) times.push(Math.round(readyAt * 10) / 10); // the first opening warms up the browser
    await popup.close();
  }
  await page.close();
  return stats(times);
}
