import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startFirstClick, takeFirstClick } from '@/browser-api/first-click';
import { writeCachedSummary } from '@/browser-api/summary-cache';
import { capturePage } from '@/utils/in-tab/capture-page';
import { fakeSummary } from './fake-summary';

// The pipeline is the popup's (tested on its own): here it answers with the summary the copy names.
const pipeline = vi.hoisted(() => ({
  summarizeCapturedPage: vi.fn((page: { html: string }, options: { points?: number }) => ({
    ok: true,
    summary: { title: page.html, points: options.points },
  })),
}));
vi.mock('@/utils/summarize-captured-page', () => pipeline);

const URL_A = 'https://news.example.com/2025/07/story.html';
type Injection = { target: { tabId: number }; func?: unknown; args?: unknown[] };

function page(html: string) {
  const spy = vi.fn(async (injection: Injection) =>
    injection.func === capturePage
      ? [{ result: { kind: 'page', url: URL_A, html, contentType: 'text/html', markup: 'html' } }]
      : [{ result: undefined }],
  );
  (fakeBrowser.scripting as unknown as { executeScript: unknown }).executeScript = spy;
  return spy;
}

beforeEach(async () => {
  fakeBrowser.reset();
  pipeline.summarizeCapturedPage.mockClear();
  await fakeBrowser.windows.create({ focused: true });
  await fakeBrowser.tabs.create({ url: URL_A, active: true });
});

describe('startFirstClick (the popup entry, before the view loads)', () => {
  it('with nothing cached, copies the tab and computes the summary at the remembered length', async () => {
    await fakeBrowser.storage.local.set({ length: 'short' });
    const spy = page('copy of the story');
    startFirstClick();
    const first = await takeFirstClick()!;
    expect(first.target?.url).toBe(URL_A);
    expect(first.length).toBe('short');
    expect(first.cached).toBeNull();
    expect(await first.result).toEqual({ ok: true, summary: { title: 'copy of the story', points: 3 } });
    expect(spy.mock.calls.filter(([i]) => i.func === capturePage)).toHaveLength(1);
  });

  it('with a cached summary, hands it over and leaves the pipeline for after the first paint', async () => {
    await writeCachedSummary(URL_A, 'medium', fakeSummary({ title: 'Cached' }));
    page('copy');
    startFirstClick();
    const first = await takeFirstClick()!;
    expect(first.cached?.title).toBe('Cached');
    expect(first.result).toBeNull();
    expect(first.capture).not.toBeNull();
    expect(pipeline.summarizeCapturedPage).not.toHaveBeenCalled();
  });

  it('never touches a restricted page', async () => {
    await fakeBrowser.tabs.create({ url: 'chrome://settings/', active: true });
    const spy = page('never');
    startFirstClick();
    const first = await takeFirstClick()!;
    expect(first).toMatchObject({ capture: null, result: null });
    expect(spy).not.toHaveBeenCalled();
  });

  it('is taken once', async () => {
    page('x');
    startFirstClick();
    expect(takeFirstClick()).not.toBeNull();
    expect(takeFirstClick()).toBeNull();
  });
});
