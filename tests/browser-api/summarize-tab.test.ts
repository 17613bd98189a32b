// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { highlightInTab } from '@/browser-api/highlight-in-tab';
import { CAPTURE_LIMITS, classifyInjectionError, REFUSED_SILENTLY, summarizeTab } from '@/browser-api/summarize-tab';
import { capturePage, type CaptureLimits } from '@/utils/in-tab/capture-page';
import { highlightInPage } from '@/utils/in-tab/highlight-in-page';

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

// Twelve different facts: near-identical sentences would be one key point (a repeat is never shown).
const CITIES = [
  'Vienna',
  'Paris',
  'Berlin',
  'Zurich',
  'Prague',
  'Munich',
  'Hamburg',
  'Brussels',
  'Amsterdam',
  'Milan',
  'Venice',
  'Warsaw',
];
const NIGHT_TRAIN_FACTS = [
  'carried 1,200 passengers in its first month',
  'sold out every sleeper cabin for the holidays',
  'will add a second weekly departure in March',
  'arrived late on four of its thirty trips',
  'now stops at two more stations near the border',
  'replaced its old couchette cars with new sleepers',
  'lost money in winter but expects a profit by summer',
  'was chosen by students over budget airlines',
  'needed a government subsidy to start running',
  'offers bicycle spaces that booked out within days',
  'was delayed by a strike of track workers',
  'plans cheaper family compartments next year',
];
const ARTICLE = `<!doctype html><html lang="en"><head><title>Night trains return to Europe</title></head><body>
<article><h1>Night trains return to Europe</h1>
${NIGHT_TRAIN_FACTS.map((fact, i) => `<p>The night train from ${CITIES[i]} ${fact}, operators said on Tuesday.</p>`).join('\n')}
</article></body></html>`;

describe('summarizeTab', () => {
  it('injects one self-contained function that copies the page, then summarizes the copy here', async () => {
    document.documentElement.innerHTML = ARTICLE.replace(/^<!doctype html><html lang="en">|<\/html>$/g, '');
    const spy = stubExecuteScript(async (injection) => [
      { result: (injection.func as typeof capturePage)(...(injection.args as [CaptureLimits])) },
    ]);
    const result = await summarizeTab(5, { points: 3 });
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0]![0]).toEqual({ target: { tabId: 5 }, func: capturePage, args: [CAPTURE_LIMITS] });
    expect(result.ok).toBe(true);
    expect(result.ok && result.summary.title).toBe('Night trains return to Europe');
    expect(result.ok && result.summary.keyPoints).toHaveLength(3);
    expect(result.ok && result.summary.url).toBe(location.href);
  });

  it('a page over the copy limits is too large, without summarizing anything', async () => {
    stubExecuteScript(async () => [{ result: { kind: 'too-large', elements: 3_000_000, chars: 0 } }]);
    expect(await summarizeTab(5, {})).toMatchObject({ ok: false, reason: 'too-large' });
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
    stubExecuteScript(async () => [undefined]);
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

  it('reports an answer that is not a copy of the page as extraction-failed', async () => {
    stubExecuteScript(async () => [{ result: { ok: true, summary: { title: 'forged' } } }]);
    expect(await summarizeTab(5, {})).toMatchObject({ ok: false, reason: 'extraction-failed' });
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
