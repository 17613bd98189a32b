// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';
import { readCachedSummary, writeCachedSummary } from '@/browser-api/summary-cache';
import { MESSAGES } from '@/utils/guards/failure-messages';
import { capturePage, type CapturedPage } from '@/utils/in-tab/capture-page';
import type { SummarizeResult, WhyItMatters } from '@/utils/types';
import { loadMessages, messageLookup, renderWithI18n } from '../../components/i18n-test-helper';
import { sampleSummary } from '../../components/sample-summary';

type Injection = { target: { tabId: number }; func?: unknown; args?: unknown[]; files?: string[] };
const URL_A = 'https://news.example.com/2025/07/outrage.html';

// The popup runs the pipeline on the tab's copy: here the copy carries the answer the pipeline gives.
// With `rest`, the answer comes in two parts, as the real pipeline gives an article's summary: `answer` first (the
// key points), `rest` from the function it hands to `later`.
type FakeCapture = CapturedPage & { answer: SummarizeResult; rest?: SummarizeResult };
const pipeline = vi.hoisted(() => ({
  summarizeCapturedPage: vi.fn(
    (
      page: { answer: unknown; rest?: unknown },
      _options: unknown,
      extra?: { later?: (rest: () => unknown) => void },
    ) => {
      if (page.rest && extra?.later) extra.later(() => page.rest);
      return page.answer;
    },
  ),
}));
vi.mock('@/utils/summarize-captured-page', () => pipeline);

let tabId = 0;
const captured = (answer: SummarizeResult, rest?: SummarizeResult): FakeCapture => ({
  kind: 'page',
  url: URL_A,
  baseUrl: URL_A,
  contentType: 'text/html',
  readyState: 'complete',
  markup: 'html',
  html: '<html><body></body></html>',
  doctype: true,
  hasFrames: false,
  frame: null,
  answer,
  ...(rest ? { rest } : {}),
});
/** The page's side: answers the capture with a copy the (mocked) pipeline turns into `answer`. */
function page(answer: () => Promise<SummarizeResult>, rest?: SummarizeResult) {
  const spy = vi.fn(async (injection: Injection) =>
    injection.func === capturePage ? [{ result: captured(await answer(), rest) }] : [{ result: undefined }],
  );
  (fakeBrowser.scripting as unknown as { executeScript: unknown }).executeScript = spy;
  return spy;
}
/** The requests the pipeline received, in order (the spy argument names the page they came from). */
const requests = (_spy: ReturnType<typeof page>) =>
  pipeline.summarizeCapturedPage.mock.calls.map(([, options]) => options);
const state = () => document.documentElement.dataset.state;

beforeEach(async () => {
  fakeBrowser.reset();
  const t = messageLookup(loadMessages('en'));
  (fakeBrowser.i18n as unknown as { getMessage: unknown }).getMessage = (key: string, subs?: string[]) => t(key, subs);
  await fakeBrowser.windows.create({ focused: true });
  tabId = (await fakeBrowser.tabs.create({ url: URL_A, active: true })).id!;
  delete document.documentElement.dataset.state;
  pipeline.summarizeCapturedPage.mockClear();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('popup App', () => {
  it('summarizes the active tab, shows it and caches it for the session', async () => {
    const spy = page(async () => ({ ok: true, summary: sampleSummary() }));
    renderWithI18n(<App />);
    expect(screen.getByRole('status').textContent).toBe('Summarizing…');
    await waitFor(() => expect(state()).toBe('ready'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(sampleSummary().title);
    expect(spy.mock.calls[0]![0].target.tabId).toBe(tabId);
    expect(requests(spy)).toEqual([{ points: 5, force: false }]);
    await waitFor(async () => expect((await readCachedSummary(URL_A, 'medium'))?.title).toBe(sampleSummary().title));
  });

  it('reopening shows the cached summary at once, then replaces it if the page changed', async () => {
    await writeCachedSummary(URL_A, 'medium', sampleSummary({ title: 'Cached title' }));
    let release!: () => void;
    page(
      () =>
        new Promise(
          (resolve) => (release = () => resolve({ ok: true, summary: sampleSummary({ title: 'Fresh title' }) })),
        ),
    );
    renderWithI18n(<App />);
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Cached title'));
    expect(state()).toBe('ready');
    // The refresh asks the page once the cached summary has painted.
    await waitFor(() => expect(release).toBeTypeOf('function'));
    await act(async () => release());
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Fresh title'));
  });

  it('a restricted URL is explained without injecting anything', async () => {
    await fakeBrowser.tabs.create({ url: 'chrome://settings/', active: true });
    const spy = page(async () => ({ ok: true, summary: sampleSummary() }));
    renderWithI18n(<App />);
    await waitFor(() => expect(state()).toBe('restricted'));
    expect(screen.getByRole('heading', { name: "Can't summarize this page" })).toBeTruthy();
    expect(spy).not.toHaveBeenCalled();
  });

  it('a refused injection is shown as a restricted page', async () => {
    page(async () => {
      throw new Error(
        'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      );
    });
    renderWithI18n(<App />);
    await waitFor(() => expect(state()).toBe('restricted'));
    expect(screen.getByText("The browser doesn't let extensions read this page.")).toBeTruthy();
  });

  const throws = (message: string) => async (): Promise<SummarizeResult> => {
    throw new Error(message);
  };
  it.each<[string, () => Promise<SummarizeResult>, string, RegExp]>([
    [
      'the page is a raw file',
      async () => ({ ok: false, reason: 'not-an-article', detail: 'raw-file', message: MESSAGES.rawFile }),
      'not-article',
      /This tab shows a file/,
    ],
    [
      'the page is an SVG or XML document (even with another message)',
      async () => ({ ok: false, reason: 'not-an-article', detail: 'not-html', message: MESSAGES.rawFile }),
      'not-article',
      /an SVG image or an XML document/,
    ],
    [
      'the page is a PDF in the viewer',
      async () => ({ ok: false, reason: 'restricted-page', detail: 'pdf', message: MESSAGES.pdf }),
      'restricted',
      /This is a PDF shown by the browser's PDF viewer/,
    ],
    [
      'the browser refuses the injection',
      throws('Cannot access contents of the page. Extension manifest must request permission.'),
      'restricted',
      /The browser doesn't let extensions read this page\./,
    ],
    [
      'the injection fails for another cause',
      throws('No tab with id: 5.'),
      'error',
      /News Lens couldn't read this page\. Reload the page and try again\./,
    ],
    [
      'the text is in a cross-origin frame',
      async () => ({ ok: false, reason: 'empty-page', detail: 'in-frame', message: MESSAGES.inFrame }),
      'error',
      /inside a frame from another site/,
    ],
  ])('when %s, the popup shows %s with its own explanation', async (_name, answer, expected, text) => {
    page(answer);
    renderWithI18n(<App />);
    await waitFor(() => expect(state()).toBe(expected));
    expect(screen.getByText(text)).toBeTruthy();
  });

  it('Firefox answering [undefined] (a silent refusal) is shown as a restricted page', async () => {
    (fakeBrowser.scripting as unknown as { executeScript: unknown }).executeScript = vi.fn(async (i: Injection) =>
      i.func === capturePage ? [undefined] : [{ result: undefined }],
    );
    renderWithI18n(<App />);
    await waitFor(() => expect(state()).toBe('restricted'));
    expect(screen.getByText("The browser doesn't let extensions read this page.")).toBeTruthy();
  });

  it('not an article: Summarize anyway shows the summary it already has', async () => {
    const spy = page(async () => ({ ok: true, summary: sampleSummary({ isArticle: false, title: 'Home page' }) }));
    renderWithI18n(<App />);
    await waitFor(() => expect(state()).toBe('not-article'));
    fireEvent.click(screen.getByRole('button', { name: 'Summarize anyway' }));
    await waitFor(() => expect(state()).toBe('ready'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Home page');
    expect(requests(spy)).toHaveLength(1);
  });

  it('a failure shows its reason and Try again runs again', async () => {
    let answer: SummarizeResult = { ok: false, reason: 'empty-page', detail: 'no-text', message: 'no text' };
    const spy = page(async () => answer);
    renderWithI18n(<App />);
    await waitFor(() => expect(state()).toBe('error'));
    expect(screen.getByText(/no readable text/)).toBeTruthy();
    answer = { ok: true, summary: sampleSummary() };
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(state()).toBe('ready'));
    expect(requests(spy)).toHaveLength(2);
  });

  it('times out after 10 s with Try again', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    page(() => new Promise(() => {}));
    renderWithI18n(<App />);
    await waitFor(() => expect(state()).toBe('loading'));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(10_001);
    });
    await waitFor(() => expect(state()).toBe('error'));
    expect(screen.getByRole('heading', { name: 'This is taking too long' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('changing the length remembers it and asks for that many points', async () => {
    const spy = page(async () => ({ ok: true, summary: sampleSummary() }));
    renderWithI18n(<App />);
    await waitFor(() => expect(state()).toBe('ready'));
    fireEvent.click(screen.getByRole('radio', { name: 'Short' }));
    await waitFor(() =>
      expect(requests(spy)).toEqual([
        { points: 5, force: false },
        { points: 3, force: false },
      ]),
    );
    expect(await fakeBrowser.storage.local.get('length')).toEqual({ length: 'short' });
    await waitFor(() => expect(state()).toBe('ready'));
  });

  it('uses the remembered length on open', async () => {
    await fakeBrowser.storage.local.set({ length: 'long' });
    const spy = page(async () => ({ ok: true, summary: sampleSummary() }));
    renderWithI18n(<App />);
    await waitFor(() => expect(state()).toBe('ready'));
    expect(requests(spy)).toEqual([{ points: 7, force: false }]);
    expect((screen.getByRole('radio', { name: 'Long' }) as HTMLInputElement).checked).toBe(true);
  });

  describe('a summary in two parts (key points first, related links and the picked table after a frame)', () => {
    it('a popup that paints no frame (hidden) still completes the summary', async () => {
      page(async () => ({ ok: true, summary: sampleSummary({ related: [], whyItMatters: null }) }), {
        ok: true,
        summary: sampleSummary(),
      });
      vi.useFakeTimers({ toFake: ['requestAnimationFrame'] });
      renderWithI18n(<App />);
      await waitFor(() => expect(state()).toBe('ready'));
      expect(screen.getByRole('table')).toBeTruthy();
    });

    const complete = sampleSummary();
    const first = sampleSummary({ related: [], whyItMatters: null });

    it('paints the key points without empty Related or Why headings, then the rest, and caches the whole', async () => {
      page(async () => ({ ok: true, summary: first }), { ok: true, summary: complete });
      renderWithI18n(<App />);
      await waitFor(() => expect(state()).toBe('partial'));
      expect(screen.getByText(first.keyPoints[0]!.text)).toBeTruthy();
      expect(screen.queryByRole('heading', { name: 'Related' })).toBeNull();
      expect(screen.queryByText('No related links found.')).toBeNull();
      expect(screen.queryByRole('table')).toBeNull();
      expect(await readCachedSummary(URL_A, 'medium')).toBeNull();
      await waitFor(() => expect(state()).toBe('ready'));
      expect(screen.getByRole('heading', { name: 'Related' })).toBeTruthy();
      expect(screen.getByRole('link', { name: 'Atlanta United Signs Alzate' })).toBeTruthy();
      expect(screen.getByRole('table')).toBeTruthy();
      await waitFor(async () => expect((await readCachedSummary(URL_A, 'medium'))?.related).toEqual(complete.related));
    });

    it('Copy as Markdown before the rest is painted copies the complete summary', async () => {
      page(async () => ({ ok: true, summary: first }), { ok: true, summary: complete });
      const writeText = vi.fn(async () => {});
      Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
      // No frame comes (and the no-frame fallback is far off): the rest stays unpainted.
      vi.useFakeTimers({ toFake: ['requestAnimationFrame'] });
      renderWithI18n(<App />);
      await waitFor(() => expect(state()).toBe('partial'));
      fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
      await waitFor(() => expect(writeText).toHaveBeenCalled());
      const markdown = (writeText.mock.calls[0] as unknown as [string])[0];
      expect(markdown).toContain('| Issue | Significance |');
      expect(markdown).toContain('Atlanta United Signs Alzate');
    });
  });

  it('copies the summary as Markdown and confirms', async () => {
    page(async () => ({ ok: true, summary: sampleSummary() }));
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderWithI18n(<App />);
    await waitFor(() => expect(state()).toBe('ready'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    await waitFor(() => expect(screen.getByText('Copied')).toBeTruthy());
    const markdown = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(markdown).toContain(`# ${sampleSummary().title}`);
    expect(markdown).toContain('| Issue | Significance |');
  });

  it.each([
    ['zh_CN', '复制为 Markdown', '为何重要', ['为何重要', '关键数字']],
    ['ja', 'Markdown でコピー', 'なぜ重要か', ['なぜ重要か', '数字で見る']],
  ])(
    'in a %s UI, a picked table is copied with the row labels the popup shows, never English ones',
    async (locale, copyLabel, heading, labels) => {
      const t = messageLookup(loadMessages(locale));
      (fakeBrowser.i18n as unknown as { getMessage: unknown }).getMessage = (key: string, subs?: string[]) =>
        t(key, subs);
      const whyItMatters: WhyItMatters = {
        origin: 'picked',
        title: '',
        columns: [],
        rows: [
          ['why', 'Users shared photos without consent.'],
          ['numbers', 'More than 40 groups had 100,000 members.'],
        ],
        sources: [
          { block: 1, start: 0, end: 36 },
          { block: 3, start: 0, end: 40 },
        ],
      };
      page(async () => ({ ok: true, summary: sampleSummary({ whyItMatters }) }));
      const writeText = vi.fn(async () => {});
      Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
      renderWithI18n(<App />, locale);
      await waitFor(() => expect(state()).toBe('ready'));
      const shown = screen.getAllByRole('rowheader').map((th) => th.textContent);
      expect(shown).toEqual(labels);
      fireEvent.click(screen.getByRole('button', { name: copyLabel }));
      await waitFor(() => expect(writeText).toHaveBeenCalled());
      const markdown = (writeText.mock.calls[0] as unknown as [string])[0];
      expect(markdown).toContain(
        `## ${heading}\n\n|  |  |\n| --- | --- |\n` +
          `| ${shown[0]} | Users shared photos without consent. |\n` +
          `| ${shown[1]} | More than 40 groups had 100,000 members. |\n`,
      );
      expect(markdown).not.toMatch(/Why it matters|By the numbers|Why this matters|\| (why|numbers) \|/);
    },
  );

  it('a plain click on a related link opens it next to the article tab', async () => {
    page(async () => ({ ok: true, summary: sampleSummary() }));
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    renderWithI18n(<App />);
    await waitFor(() => expect(state()).toBe('ready'));
    fireEvent.click(screen.getByRole('link', { name: 'Atlanta United Signs Alzate' }));
    await waitFor(() => expect(create).toHaveBeenCalled());
    expect(create).toHaveBeenCalledWith({
      url: 'https://sports.example.org/alzate',
      index: 1,
      openerTabId: tabId,
      active: false,
    });
  });

  it('Escape closes the popup', async () => {
    page(async () => ({ ok: true, summary: sampleSummary() }));
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    renderWithI18n(<App />);
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(close).toHaveBeenCalledOnce();
  });

  it('says so when a jumped-to sentence is not in the page', async () => {
    const spy = page(async () => ({ ok: true, summary: sampleSummary() }));
    renderWithI18n(<App />);
    await waitFor(() => expect(state()).toBe('ready'));
    spy.mockImplementation(async () => [{ result: false }] as never);
    fireEvent.click(screen.getByRole('button', { name: 'A shocking scandal has ignited public fury.' }));
    await waitFor(() => expect(screen.getByText("Couldn't find this sentence in the page.")).toBeTruthy());
    const last = spy.mock.calls.at(-1)![0];
    expect(last.args).toEqual(['A shocking scandal has ignited public fury.']);
  });
});
