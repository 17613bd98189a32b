// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';
import { writeCachedSummary } from '@/browser-api/summary-cache';
import { I18nContext } from '@/components/i18n';
import { capturePage } from '@/utils/in-tab/capture-page';
import { loadMessages, messageLookup } from '../../components/i18n-test-helper';
import { sampleSummary } from '../../components/sample-summary';

// In its own file: Preact schedules effects through a module-level queue that other tests' act() calls leave
// in any state, and the testing library's render wraps everything in act(), which flushes effects at once.
vi.mock('@/utils/summarize-captured-page', () => ({ summarizeCapturedPage: vi.fn() }));

const URL_A = 'https://news.example.com/2025/07/outrage.html';

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.windows.create({ focused: true });
  await fakeBrowser.tabs.create({ url: URL_A, active: true });
  // The background refresh asks the page for its copy: the page never answers.
  (fakeBrowser.scripting as unknown as { executeScript: unknown }).executeScript = vi.fn(
    (injection: { func?: unknown }) =>
      injection.func === capturePage ? new Promise(() => {}) : Promise.resolve([{ result: undefined }]),
  );
});
afterEach(() => vi.useRealTimers());

it('a cached summary is on screen before the next frame: the first load does not wait for a paint', async () => {
  await writeCachedSummary(URL_A, 'medium', sampleSummary({ title: 'Cached title' }));
  // No frame and no 35 ms timer (Preact's fallback for effects) ever comes: only promises and zero-delay timers.
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'setTimeout', 'setInterval'] });
  const root = document.body.appendChild(document.createElement('div'));
  render(
    <I18nContext.Provider value={{ t: messageLookup(loadMessages('en')), locale: 'en' }}>
      <App />
    </I18nContext.Provider>,
    root,
  );
  await vi.advanceTimersByTimeAsync(1);
  expect(document.documentElement.dataset.state).toBe('ready');
  expect(root.querySelector('h1')?.textContent).toBe('Cached title');
  render(null, root);
});
