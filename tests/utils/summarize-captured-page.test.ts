import { DOMParser as LinkedomParser } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { documentFromHtml } from '@/scripts/lib/load-document';
import { capturePage, type CapturedPage } from '@/utils/in-tab/capture-page';
import { documentFromCapture, summarizeCapturedPage, type ParseMarkup } from '@/utils/summarize-captured-page';
import { summarizeDocumentAt } from '@/utils/summarize-current-page';
import { listFixtures } from '../golden/fixtures';

const parse: ParseMarkup = (markup, type) =>
  new LinkedomParser().parseFromString(markup, type as 'text/html') as unknown as Document;

/**
 * What the tab hands over for `html` at `url`: the real capture function run on a linkedom document standing in
 * for the tab's (the facts linkedom does not know, such as the loading state, are the test's).
 */
function copyOf(html: string, url: string, overrides: Partial<CapturedPage> = {}): CapturedPage {
  vi.stubGlobal('document', documentFromHtml(html));
  vi.stubGlobal('location', { href: url });
  try {
    const captured = capturePage({ maxElements: 2_000_000, maxChars: 40_000_000, maxFrames: 20 });
    if (captured.kind !== 'page') throw new Error('refused');
    return { ...captured, baseUrl: url, contentType: 'text/html', readyState: 'complete', ...overrides };
  } finally {
    vi.unstubAllGlobals();
  }
}

describe('summarizeCapturedPage: the popup runs the pipeline on the tab copy', () => {
  const fixtures = listFixtures();

  it.each(fixtures.map((f) => [f.slug, f] as const))(
    '%s: the copy gives the same summary as the page itself',
    (_slug, fixture) => {
      const { url } = fixture.truth;
      const live = summarizeDocumentAt(documentFromHtml(fixture.html), url, { points: 5 });
      const copied = summarizeCapturedPage(copyOf(fixture.html, url), { points: 5 }, { parse });
      expect(copied).toEqual(live);
      expect(copied.ok).toBe(true);
    },
  );

  it('keeps the tab facts a copy loses: a PDF, a raw file, a page still loading', () => {
    const html = '<html><head></head><body></body></html>';
    const url = 'https://example.com/x';
    expect(summarizeCapturedPage(copyOf(html, url, { contentType: 'application/pdf' }), {}, { parse })).toMatchObject({
      ok: false,
      detail: 'pdf',
    });
    const text = '<html><head></head><body><pre>{"a": 1, "b": "some text here"}</pre></body></html>';
    expect(summarizeCapturedPage(copyOf(text, url, { contentType: 'application/json' }), {}, { parse })).toMatchObject({
      ok: false,
      detail: 'raw-file',
    });
    expect(summarizeCapturedPage(copyOf(html, url, { readyState: 'loading' }), {}, { parse })).toMatchObject({
      ok: false,
      detail: 'still-loading',
    });
    expect(summarizeCapturedPage(copyOf(html, url, { hasFrames: true }), {}, { parse })).toMatchObject({
      ok: false,
      detail: 'in-frame',
    });
  });

  it("reads the copied same-origin frame when the top page has no text, with the frame's own URL", () => {
    const fixture = listFixtures().find((f) => f.slug === 'blogger-maskpark')!;
    const top = '<html><head><title>Shell</title></head><body><iframe src="/inner"></iframe></body></html>';
    const frameUrl = 'https://frames.example.com/inner';
    const page = copyOf(top, 'https://frames.example.com/', {
      hasFrames: true,
      frame: { url: frameUrl, contentType: 'text/html', markup: 'html', html: copyOf(fixture.html, frameUrl).html },
    });
    const result = summarizeCapturedPage(page, {}, { parse });
    expect(result.ok && result.summary.url).toBe(frameUrl);
    expect(result.ok && result.summary.keyPoints.length).toBeGreaterThan(2);
  });

  it('passes the request through its guard: an absurd point count falls back to the default', () => {
    const fixture = listFixtures().find((f) => f.slug === 'blogger-maskpark')!;
    const copy = copyOf(fixture.html, fixture.truth.url);
    const three = summarizeCapturedPage(copy, { points: 3 }, { parse });
    const junk = summarizeCapturedPage(copy, { points: -4 } as never, { parse });
    expect(three.ok && three.summary.keyPoints).toHaveLength(3);
    expect(junk.ok && junk.summary.keyPoints.length).toBe(5);
  });

  it('never throws: a parser that fails is an extraction-failed answer', () => {
    const broken: ParseMarkup = () => {
      throw new Error('parser down');
    };
    expect(summarizeCapturedPage(copyOf('<html></html>', 'https://a.example/'), {}, { parse: broken })).toMatchObject({
      ok: false,
      reason: 'extraction-failed',
    });
  });
});

describe('documentFromCapture', () => {
  it('adds a <base> with the page URL, or repoints the page own base, so relative URLs resolve to the page', () => {
    const plain = documentFromCapture(
      {
        markup: 'html',
        contentType: 'text/html',
        html: '<html><head></head><body></body></html>',
        baseUrl: 'https://a.example/x/',
      },
      parse,
    );
    expect(plain.querySelector('base')?.getAttribute('href')).toBe('https://a.example/x/');
    const own = documentFromCapture(
      {
        markup: 'html',
        contentType: 'text/html',
        html: '<html><head><base href="/news/"></head><body></body></html>',
        baseUrl: 'https://a.example/news/',
      },
      parse,
    );
    expect(own.querySelectorAll('base')).toHaveLength(1);
    expect(own.querySelector('base')?.getAttribute('href')).toBe('https://a.example/news/');
  });

  it('never sets a base that is not http(s)', () => {
    const doc = documentFromCapture(
      {
        markup: 'html',
        contentType: 'text/html',
        html: '<html><head></head><body></body></html>',
        baseUrl: 'javascript:alert(1)',
      },
      parse,
    );
    expect(doc.querySelector('base')).toBeNull();
  });
});

describe('summarizeCapturedPage in two parts (the popup paints the key points first)', () => {
  const fixtures = listFixtures();

  it.each(fixtures.map((f) => [f.slug, f] as const))(
    '%s: the first part and its rest give the one-part summary',
    (_slug, fixture) => {
      const { url } = fixture.truth;
      const copy = copyOf(fixture.html, url);
      const whole = summarizeCapturedPage(copy, { points: 5 }, { parse });
      let rest: (() => unknown) | null = null;
      const first = summarizeCapturedPage(copy, { points: 5 }, { parse, later: (r) => (rest = r) });
      if (!whole.ok || !whole.summary.isArticle) {
        // Failures and non-articles come whole.
        expect(rest).toBeNull();
        return expect(first).toEqual(whole);
      }
      expect(rest).not.toBeNull();
      expect(first.ok && first.summary.related).toEqual([]);
      expect(first.ok && first.summary.keyPoints).toEqual(whole.summary.keyPoints);
      // Only the page's own table comes with the key points; a picked one comes with the rest.
      expect(first.ok && first.summary.whyItMatters).toEqual(
        whole.summary.whyItMatters?.origin === 'picked' ? null : whole.summary.whyItMatters,
      );
      const complete = rest!();
      expect(complete).toEqual(whole);
      expect(JSON.stringify(complete)).toBe(JSON.stringify(whole));
    },
  );
});
