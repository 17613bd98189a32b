import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPopup, openTab, waitForPopupState } from './popup';
import { useExtension } from './use-extension';

// Nothing leaves the device. Every request the extension's pages and service worker make
// while summarizing golden pages is recorded; anything but chrome-extension:// fails the test.
const e2e = useExtension();
const SLUGS = ['blogger-maskpark', 'wordpress-jetpack', 'chinese-news', 'home-page', 'hostile-page'];

type Seen = { from: 'extension' | 'page'; url: string; at: number };

function origin(request: Request): Seen['from'] {
  const worker = request.serviceWorker();
  if (worker) return worker.url().startsWith('chrome-extension://') ? 'extension' : 'page';
  let frameUrl: string;
  try {
    frameUrl = request.frame().url();
  } catch {
    return 'extension'; // no frame and no page worker: count it against the extension
  }
  return frameUrl.startsWith('chrome-extension://') || request.url().startsWith('chrome-extension://')
    ? 'extension'
    : 'page';
}

describe('no network requests from the extension', () => {
  it('summarizing several pages (and jumping, copying, changing length) makes no request outside chrome-extension://', async () => {
    const seen: Seen[] = [];
    const windows: { slug: string; start: number; end: number }[] = [];
    const record = (request: Request) => seen.push({ from: origin(request), url: request.url(), at: Date.now() });
    e2e.session.context.on('request', record);
    try {
      for (const slug of SLUGS) {
        const { tabId } = await openTab(e2e.session, e2e.server.url(slug));
        const start = Date.now();
        const { popup, state } = await openPopup(e2e.session, tabId);
        if (state === 'not-article') {
          await popup.getByRole('button', { name: 'Summarize anyway' }).click();
          await waitForPopupState(popup, ['ready']);
        }
        expect(await popup.evaluate(() => document.documentElement.dataset.state)).toBe('ready');
        // Use it too: jump to a key point, copy as Markdown, switch length.
        await popup.getByRole('region', { name: 'Key points' }).getByRole('button').first().click();
        await popup.getByRole('button', { name: 'Copy as Markdown' }).click();
        await popup.getByRole('radio', { name: 'Short' }).check();
        await waitForPopupState(popup, ['ready']);
        await popup.getByRole('radio', { name: 'Medium' }).check();
        await waitForPopupState(popup, ['ready']);
        await popup.waitForTimeout(200);
        windows.push({ slug, start, end: Date.now() });
        await popup.close();
      }
    } finally {
      e2e.session.context.off('request', record);
    }
    const fromExtension = seen.filter((s) => s.from === 'extension');
    expect(fromExtension.length).toBeGreaterThan(0); // the popup's own files: the recorder works
    expect(fromExtension.filter((s) => !s.url.startsWith('chrome-extension://'))).toEqual([]);
    // The article tabs fetch nothing while the content script runs in them.
    const duringSummaries = seen.filter(
      (s) =>
        s.from === 'page' && windows.some((w) => s.at >= w.start && s.at <= w.end) && !s.url.includes('popup.html'),
    );
    expect(duringSummaries.filter((s) => !s.url.startsWith('chrome-extension://'))).toEqual([]);
    expect(e2e.offline).toEqual([]);
  });

  it('the recorder does see requests from the popup and the service worker (control)', async () => {
    const seen: Seen[] = [];
    const record = (request: Request) => seen.push({ from: origin(request), url: request.url(), at: Date.now() });
    e2e.session.context.on('request', record);
    const { tabId } = await openTab(e2e.session, e2e.server.url('blogger-maskpark'));
    const { popup } = await openPopup(e2e.session, tabId);
    const control = `${e2e.server.origin}/control`;
    await popup.evaluate((u) => fetch(`${u}/popup`).catch(() => null), control);
    await e2e.session.serviceWorker.evaluate((u) => fetch(`${u}/worker`).catch(() => null), control);
    await popup.waitForTimeout(200);
    e2e.session.context.off('request', record);
    expect(seen.filter((s) => s.from === 'extension' && s.url.startsWith(control)).map((s) => s.url)).toEqual([
      `${control}/popup`,
      `${control}/worker`,
    ]);
  });
});
