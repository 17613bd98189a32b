import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startFirstClick, takeFirstClick } from '@/browser-api/first-click';
import { writeCachedSummary } from '@/browser-api/summary-cache';
import { capturePage } from '@/utils/in-tab/capture-page';
import { fakeSummary } from './fake-summary';

// Counts evaluations of the pipeline module: the mock's factory runs when the module is first imported.
const pipeline = vi.hoisted(() => ({ loads: 0 }));
vi.mock('@/utils/summarize-captured-page', () => {
  pipeline.loads++;
  return { summarizeCapturedPage: vi.fn(() => ({ ok: true, summary: { title: 'fresh' } })) };
});

const URL_A = 'https://news.example.com/2025/07/story.html';

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.windows.create({ focused: true });
  await fakeBrowser.tabs.create({ url: URL_A, active: true });
  (fakeBrowser.scripting as unknown as { executeScript: unknown }).executeScript = vi.fn(
    async (injection: { func?: unknown }) =>
      injection.func === capturePage
        ? [{ result: { kind: 'page', url: URL_A, html: 'copy', contentType: 'text/html', markup: 'html' } }]
        : [{ result: undefined }],
  );
});

// In its own file: the pipeline module, once imported, stays imported for the rest of a test file.
describe('startFirstClick with a cached summary', () => {
  it('does not import the pipeline module before the cached summary is handed over (its compile would delay the paint)', async () => {
    await writeCachedSummary(URL_A, 'medium', fakeSummary({ title: 'Cached' }));
    startFirstClick();
    const first = await takeFirstClick()!;
    expect(first.cached?.title).toBe('Cached');
    await first.capture;
    await new Promise((done) => setTimeout(done, 0));
    expect(pipeline.loads).toBe(0);
  });

  it('the count above can move: a click with nothing cached imports the pipeline', async () => {
    startFirstClick();
    const first = await takeFirstClick()!;
    expect(first.cached).toBeNull();
    await first.result;
    expect(pipeline.loads).toBe(1);
  });
});
