import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { highlightInTab } from '@/browser-api/highlight-in-tab';
import { classifyInjectionError, REFUSED_SILENTLY, summarizeTab } from '@/browser-api/summarize-tab';
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

  it.each([
    ['Cannot access a chrome:// URL', 'restricted-page', 'access-denied'],
    [
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      'restricted-page',
      'access-denied',
    ],
    ['No tab with id: 5.', 'injection-failed', undefined],
  ])('turns the refusal %j into typed data: %s / %s, keeping the message', async (message, reason, detail) => {
    stubExecuteScript(async () => {
      throw new Error(message);
    });
    expect(await summarizeTab(5, {})).toEqual({ ok: false, reason, ...(detail ? { detail } : {}), message });
  });

  it('gives up after the timeout', async () => {
    stubExecuteScript(() => new Promise(() => {}));
    const result = await summarizeTab(5, {}, 30);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe('timeout');
  });

  it('treats [undefined] (Firefox on about:config, about:addons) as a restricted page: access denied', async () => {
    stubExecuteScript(async (injection) => (injection.files ? [undefined] : [{ result: undefined }]));
    const result = await summarizeTab(5, {});
    expect(result).toEqual({
      ok: false,
      reason: 'restricted-page',
      detail: 'access-denied',
      message: REFUSED_SILENTLY,
    });
  });

  it('reports a missing result as extraction-failed', async () => {
    stubExecuteScript(async () => []);
    const result = await summarizeTab(5, {});
    expect(!result.ok && result.reason).toBe('extraction-failed');
  });

  it("passes the page's own typed failure through unchanged", async () => {
    const failure = { ok: false, reason: 'not-an-article', detail: 'raw-file', message: 'a file' } as const;
    stubExecuteScript(async (injection) => (injection.files ? [{ result: failure }] : [{ result: undefined }]));
    expect(await summarizeTab(5, {})).toEqual(failure);
  });
});

describe("classifyInjectionError (the one place that reads the browser's message)", () => {
  it.each([
    // Chrome and Edge
    ['Cannot access a chrome:// URL', 'access-denied'],
    [
      'Cannot access contents of url "file:///home/a.html". Extension manifest must request permission.',
      'access-denied',
    ],
    ['The extensions gallery cannot be scripted.', 'access-denied'],
    [
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      'access-denied',
    ],
    // Firefox
    ['Missing host permission for the tab', 'access-denied'],
    ['Missing host permission for the tab, or frames', 'access-denied'],
    // Not a refusal: the tab or frame went away
    ['No tab with id: 5.', null],
    ['Frame with ID 0 was removed.', null],
  ])('%j -> %s', (message, detail) => {
    const failure = classifyInjectionError(new Error(message));
    expect(failure).toEqual(
      detail
        ? { ok: false, reason: 'restricted-page', detail, message }
        : { ok: false, reason: 'injection-failed', message },
    );
  });

  it('accepts a thrown non-Error', () => {
    expect(classifyInjectionError('Cannot access a chrome:// URL')).toMatchObject({ detail: 'access-denied' });
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
