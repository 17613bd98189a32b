import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { highlightInTab } from '@/browser-api/highlight-in-tab';
import { isAccessDenied, REFUSED_SILENTLY, summarizeTab } from '@/browser-api/summarize-tab';
import { highlightInPage } from '@/utils/in-tab/highlight-in-page';
import { fakeSummary } from './fake-summary';

type Injection = {
  target: { tabId: number };
  func?: (...args: unknown[]) => unknown;
  args?: unknown[];
  files?: string[];
};

/** fakeBrowser has no scripting.executeScript: install a spy that plays the page's part. */
function stubExecuteScript(impl: (injection: Injection) => Promise<unknown>) {
  const spy = vi.fn(impl);
  (fakeBrowser.scripting as unknown as { executeScript: unknown }).executeScript = spy;
  return spy;
}

beforeEach(() => fakeBrowser.reset());

describe('summarizeTab', () => {
  it('passes the request, then injects the extraction script and returns its result', async () => {
    const summary = fakeSummary();
    const spy = stubExecuteScript(async (injection) =>
      injection.files ? [{ result: { ok: true, summary } }] : [{ result: undefined }],
    );
    expect(await summarizeTab(5, { points: 3, force: true })).toEqual({ ok: true, summary });
    expect(spy).toHaveBeenCalledTimes(2);
    const [first, second] = spy.mock.calls.map(([injection]) => injection);
    expect(first).toMatchObject({ target: { tabId: 5 }, args: [{ points: 3, force: true }] });
    const scope = {} as { __newsLensRequest?: unknown };
    first!.func!.call(scope, ...(first!.args ?? []));
    expect((globalThis as { __newsLensRequest?: unknown }).__newsLensRequest).toEqual({ points: 3, force: true });
    expect(second).toEqual({ target: { tabId: 5 }, files: ['/content-scripts/extract.js'] });
  });

  it('turns a refused injection into injection-failed data', async () => {
    stubExecuteScript(async () => {
      throw new Error('Cannot access a chrome:// URL');
    });
    const result = await summarizeTab(5, {});
    expect(result).toEqual({ ok: false, reason: 'injection-failed', message: 'Cannot access a chrome:// URL' });
  });

  it('gives up after the timeout', async () => {
    stubExecuteScript(() => new Promise(() => {}));
    const result = await summarizeTab(5, {}, 30);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe('timeout');
  });

  it('treats [undefined] (Firefox on about:config, about:addons) as a refused injection', async () => {
    stubExecuteScript(async (injection) => (injection.files ? [undefined] : [{ result: undefined }]));
    const result = await summarizeTab(5, {});
    expect(result).toEqual({ ok: false, reason: 'injection-failed', message: REFUSED_SILENTLY });
    expect(isAccessDenied(REFUSED_SILENTLY)).toBe(true);
  });

  it('reports a missing result as extraction-failed', async () => {
    stubExecuteScript(async () => []);
    const result = await summarizeTab(5, {});
    expect(!result.ok && result.reason).toBe('extraction-failed');
  });

  it.each([
    ['Cannot access a chrome:// URL', true],
    ['The extensions gallery cannot be scripted.', true],
    [
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      true,
    ],
    ['Missing host permission for the tab', true],
    ['No tab with id: 5.', false],
    ['Frame with ID 0 was removed.', false],
  ])('isAccessDenied(%j) = %s', (message, expected) => {
    expect(isAccessDenied(message)).toBe(expected);
  });
});

describe('highlightInTab', () => {
  it('runs the self-contained highlighter in the tab with the sentence', async () => {
    const spy = stubExecuteScript(async () => [{ result: true }]);
    expect(await highlightInTab(9, 'A sentence.')).toBe(true);
    expect(spy).toHaveBeenCalledWith({ target: { tabId: 9 }, func: highlightInPage, args: ['A sentence.'] });
  });

  it('is false when not found or when the tab is gone', async () => {
    stubExecuteScript(async () => [{ result: false }]);
    expect(await highlightInTab(9, 'x')).toBe(false);
    stubExecuteScript(async () => {
      throw new Error('No tab with id: 9');
    });
    expect(await highlightInTab(9, 'x')).toBe(false);
  });
});
