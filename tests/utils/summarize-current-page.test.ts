import { readFileSync } from 'node:fs';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { hugeArticleHtml, manyElementsHtml } from '@/scripts/lib/huge-pages';
import { documentFromHtml } from '@/scripts/lib/load-document';
import { DETAILS, failureOf, MESSAGES } from '@/utils/guards/failure-messages';
import { PAGE_LIMITS } from '@/utils/guards/page-limits';
import { summarizeCurrentPage, summarizeDocumentAt } from '@/utils/summarize-current-page';
import type { SummarizeResult } from '@/utils/types';

const URL_A = 'https://news.example.com/2025/harbour-budget';

/** A linkedom document standing in for the live page: location and readyState as a browser has them. */
function livePage(html: string, href = URL_A, readyState: DocumentReadyState = 'complete'): Document {
  const doc = documentFromHtml(html);
  Object.defineProperty(doc, 'location', { value: { href }, configurable: true });
  Object.defineProperty(doc, 'readyState', { value: readyState, configurable: true });
  return doc;
}

const PARAGRAPHS = [
  'The city council approved the harbour budget on Tuesday after a debate that lasted more than six hours.',
  'Residents who packed the hall said the new ferry terminal would change how the waterfront is used every day.',
  'Engineers told the council that the old sea wall must be repaired before the next winter storms arrive.',
  'The mayor promised a public consultation on the design of the terminal early next year, before any work begins.',
  'Local shop owners welcomed the decision but asked for financial help while the construction work goes on.',
  'Critics argued that the cost estimates were far too optimistic and left out years of expensive maintenance.',
];
const article = (extra = ''): string =>
  `<!doctype html><html lang="en"><head><title>Harbour budget approved</title></head><body>
  <nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <article><h1>Harbour budget approved</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}${extra}</article>
  <footer>© News Example</footer></body></html>`;

function expectOk(result: SummarizeResult) {
  if (!result.ok) throw new Error(`expected a summary, got ${result.reason}: ${result.message}`);
  return result.summary;
}

describe('summarizeCurrentPage', () => {
  it('summarizes an article with the URL of the page and the requested number of points', () => {
    const summary = expectOk(
      summarizeCurrentPage(livePage(article()), { __newsLensRequest: { points: 3, force: false } }),
    );
    expect(summary.url).toBe(URL_A);
    expect(summary.title).toBe('Harbour budget approved');
    expect(summary.keyPoints.length).toBeGreaterThan(0);
    expect(summary.keyPoints.length).toBeLessThanOrEqual(3);
    expect(summary.text).toContain('sea wall');
    expect(summary.truncated).toBeUndefined();
  });

  it.each([undefined, null, 'five', { points: -2 }, { points: 2.5 }, { points: Number.NaN }, { force: 'yes' }])(
    'falls back to the defaults for a malformed request %j',
    (request) => {
      const summary = expectOk(summarizeCurrentPage(livePage(article()), { __newsLensRequest: request }));
      expect(summary.keyPoints.length).toBeGreaterThan(0);
      expect(summary.keyPoints.length).toBeLessThanOrEqual(5);
    },
  );

  it('follows a single-page app to its current URL', () => {
    const location = { href: URL_A };
    const doc = documentFromHtml(article());
    Object.defineProperty(doc, 'location', { value: location });
    expect(expectOk(summarizeCurrentPage(doc, {})).url).toBe(URL_A);
    location.href = 'https://news.example.com/2025/another-story';
    expect(expectOk(summarizeCurrentPage(doc, {})).url).toBe('https://news.example.com/2025/another-story');
  });

  it('leaves the live DOM untouched and gives the same result twice', () => {
    const fixture = readFileSync('tests/fixtures/blogger-maskpark/source.html', 'utf8');
    const doc = livePage(
      fixture,
      'https://globalpulsedaily.blogspot.com/2025/07/widespread-outrage-in-china-after.html',
    );
    const before = doc.documentElement.outerHTML;
    const first = summarizeCurrentPage(doc, { __newsLensRequest: { points: 5 } });
    expect(doc.documentElement.outerHTML).toBe(before);
    const second = summarizeCurrentPage(doc, { __newsLensRequest: { points: 5 } });
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(first.ok).toBe(true);
    expect(second).toEqual(first);
  });

  it('leaves a large page untouched too (the trimmed path copies)', () => {
    const doc = livePage(article('<p>More words here to make the page count as large.</p>'));
    const before = doc.documentElement.outerHTML;
    const limits = { ...PAGE_LIMITS, maxElements: 5 };
    const first = summarizeCurrentPage(doc, {}, limits);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(summarizeCurrentPage(doc, {}, limits)).toEqual(first);
    expect(expectOk(first).text).toContain('sea wall');
  });

  it('summarizes what a page still loading already has', () => {
    const partial = `<!doctype html><html lang="en"><head><title>Harbour budget approved</title></head><body><article><h1>Harbour budget approved</h1>${PARAGRAPHS.slice(
      0,
      4,
    )
      .map((p) => `<p>${p}</p>`)
      .join('')}`;
    const summary = expectOk(summarizeCurrentPage(livePage(partial, URL_A, 'loading'), {}));
    expect(summary.text).toContain('ferry terminal');
  });

  it('says a page still loading without a body is still loading', () => {
    const result = summarizeCurrentPage(livePage('<html><head><title>Soon</title>', URL_A, 'loading'), {});
    expect(result).toEqual({
      ok: false,
      reason: 'empty-page',
      detail: 'still-loading',
      message: MESSAGES.stillLoading,
    });
  });

  it.each([
    ['an empty string', ''],
    ['an empty body', '<!doctype html><html><head><title></title></head><body></body></html>'],
    [
      'only scripts and styles',
      '<html><body><script>var a = "words words words";</script><style>p{color:red}</style>   </body></html>',
    ],
  ])('answers empty-page (no-text) for %s', (_name, html) => {
    expect(summarizeCurrentPage(livePage(html), {})).toEqual({
      ok: false,
      reason: 'empty-page',
      detail: 'no-text',
      message: MESSAGES.noText,
    });
  });

  it('explains that a frameset page keeps its text in frames', () => {
    const html =
      '<html><head><title>Frames</title></head><frameset cols="30%,70%"><frame src="https://other.example/nav.html"><frame src="https://other.example/story.html"></frameset></html>';
    expect(summarizeCurrentPage(livePage(html), {})).toEqual({
      ok: false,
      reason: 'empty-page',
      detail: 'in-frame',
      message: MESSAGES.inFrame,
    });
  });

  it('reads a same-origin iframe when the top page has no article, with the frame URL', () => {
    const top = livePage(
      '<html><head><title>Shell</title></head><body><iframe src="/story.html"></iframe></body></html>',
    );
    const inner = livePage(article(), 'https://news.example.com/story.html');
    Object.defineProperty(top.querySelector('iframe')!, 'contentDocument', { value: inner });
    const summary = expectOk(summarizeCurrentPage(top, {}));
    expect(summary.url).toBe('https://news.example.com/story.html');
    expect(summary.text).toContain('harbour budget');
  });

  it('says so when the only frame is cross-origin (contentDocument throws)', () => {
    const top = livePage(
      '<html><head><title>Shell</title></head><body><iframe src="https://elsewhere.example/"></iframe></body></html>',
    );
    Object.defineProperty(top.querySelector('iframe')!, 'contentDocument', {
      get() {
        throw new Error('SecurityError: Blocked a frame with origin');
      },
    });
    expect(summarizeCurrentPage(top, {})).toEqual({
      ok: false,
      reason: 'empty-page',
      detail: 'in-frame',
      message: MESSAGES.inFrame,
    });
  });

  it('treats an SVG document as not an article, and reads its text when forced', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg"><title>Harbour chart</title><text>The harbour budget grew by a third this year, the council said on Tuesday evening.</text></svg>';
    expect(summarizeCurrentPage(livePage(svg), {})).toEqual({
      ok: false,
      reason: 'not-an-article',
      detail: 'not-html',
      message: MESSAGES.notHtml,
    });
    const forced = expectOk(summarizeCurrentPage(livePage(svg), { __newsLensRequest: { force: true } }));
    expect(forced.text).toContain('harbour budget grew by a third');
  });

  it('treats an XML feed as not an article', () => {
    const xml = new DOMParser().parseFromString(
      '<rss><channel><title>Feed</title><item><title>Harbour news</title></item></channel></rss>',
      'text/xml',
    ) as unknown as Document;
    Object.defineProperty(xml, 'location', { value: { href: 'https://news.example.com/feed.xml' } });
    const result = summarizeCurrentPage(xml, {});
    expect(result).toEqual({ ok: false, reason: 'not-an-article', detail: 'not-html', message: MESSAGES.notHtml });
  });

  it.each(['application/json', 'text/plain', 'text/csv', 'application/javascript', 'application/ld+json'])(
    'treats a raw %s file tab as not an article, and "Summarize anyway" still reads it',
    (type) => {
      const doc = livePage(`<html><body><pre>${PARAGRAPHS.join(' ')}</pre></body></html>`);
      Object.defineProperty(doc, 'contentType', { value: type });
      expect(summarizeCurrentPage(doc, {})).toEqual({
        ok: false,
        reason: 'not-an-article',
        detail: 'raw-file',
        message: MESSAGES.rawFile,
      });
      const forced = summarizeCurrentPage(doc, { __newsLensRequest: { points: 3, force: true } });
      expect(forced.ok).toBe(true);
    },
  );

  it.each(['text/html', 'application/xhtml+xml'])('a %s page is a web page, not a raw file', (type) => {
    const doc = livePage(article());
    Object.defineProperty(doc, 'contentType', { value: type });
    expect(summarizeCurrentPage(doc, {}).ok).toBe(true);
  });

  it('answers restricted-page in the PDF viewer', () => {
    const doc = livePage('<html><body><embed type="application/pdf"></body></html>');
    Object.defineProperty(doc, 'contentType', { value: 'application/pdf' });
    expect(summarizeCurrentPage(doc, {})).toEqual({
      ok: false,
      reason: 'restricted-page',
      detail: 'pdf',
      message: MESSAGES.pdf,
    });
  });

  it('turns an unexpected error into extraction-failed with one plain line, never a stack', () => {
    const doc = livePage(article());
    Object.defineProperty(doc, 'querySelectorAll', {
      value: () => {
        throw new TypeError('selector engine exploded\n    at walk (dom.js:1:1)');
      },
    });
    const result = summarizeCurrentPage(doc, {});
    expect(result).toEqual({
      ok: false,
      reason: 'extraction-failed',
      message: 'News Lens could not read this page: selector engine exploded',
    });
  });

  it('survives a request whose getter throws', () => {
    const scope = {
      get __newsLensRequest(): unknown {
        throw new Error('hostile getter');
      },
    };
    const result = summarizeCurrentPage(livePage(article()), scope);
    expect(result).toEqual({
      ok: false,
      reason: 'extraction-failed',
      message: 'News Lens could not read this page: hostile getter',
    });
  });

  it('answers too-large beyond the hard element cap, before any real work', () => {
    const result = summarizeCurrentPage(
      livePage(article()),
      {},
      { ...PAGE_LIMITS, maxElements: 5, hardMaxElements: 10 },
    );
    expect(result).toEqual({ ok: false, reason: 'too-large', message: MESSAGES.tooLarge });
  });

  it('answers too-large when measuring and trimming already used up the time budget', () => {
    let now = 0;
    const clock = () => (now += 2_500); // every look at the clock costs 2.5 s
    const result = summarizeCurrentPage(livePage(article()), {}, { ...PAGE_LIMITS, maxElements: 5 }, clock);
    expect(result).toEqual({ ok: false, reason: 'too-large', message: MESSAGES.tooLarge });
  });

  it('a failure without finer causes carries no detail (too-large, extraction-failed)', () => {
    const tooLarge = summarizeCurrentPage(livePage(article()), {}, { ...PAGE_LIMITS, hardMaxElements: 10 });
    expect(tooLarge).not.toHaveProperty('detail');
    const broken = summarizeCurrentPage(livePage(article()), {
      get __newsLensRequest(): unknown {
        throw new Error('x');
      },
    });
    expect(broken).not.toHaveProperty('detail');
  });

  it('summarizes the start of a 5 MB article and says it was cut', () => {
    const doc = livePage(hugeArticleHtml(5_000_000));
    const start = performance.now();
    const summary = expectOk(summarizeCurrentPage(doc, {}));
    const ms = performance.now() - start;
    expect(summary.truncated).toBe(true);
    expect(summary.text.replace(/\s+/g, '').length).toBeLessThanOrEqual(PAGE_LIMITS.maxTextChars); // separators between blocks are not page text
    expect(summary.text).toContain('Part 0:');
    expect(summary.keyPoints.length).toBeGreaterThan(0);
    // The 2 s budget is checked by `npm run bench`; here only a bound that a loaded CI machine keeps.
    expect(ms).toBeLessThan(8_000);
  }, 30_000);

  it('finds the article among 200,000 elements', () => {
    const doc = livePage(manyElementsHtml(200_000));
    const start = performance.now();
    const summary = expectOk(summarizeCurrentPage(doc, {}));
    const ms = performance.now() - start;
    expect(summary.title).toBe('Harbour budget approved');
    expect(summary.text).toContain('sea wall');
    expect(summary.text).not.toContain('Item 1 ');
    expect(summary.keyPoints.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(8_000);
  }, 60_000);
});

describe('summarizeDocumentAt (the CLI and benchmarks: a parsed page whose URL is known from elsewhere)', () => {
  it('uses the given URL and the same guards as the extension', () => {
    const summary = expectOk(summarizeDocumentAt(documentFromHtml(article()), URL_A, { points: 3 }));
    expect(summary.url).toBe(URL_A);
    expect(summary.keyPoints.length).toBeLessThanOrEqual(3);
  });

  it('flattens a page nested 5,000 levels deep instead of handing it to Readability as is', () => {
    const deep = `<!doctype html><html><body>${'<div>'.repeat(5000)}${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}${'</div>'.repeat(5000)}</body></html>`;
    const start = performance.now();
    const result = summarizeDocumentAt(documentFromHtml(deep), URL_A);
    expect(performance.now() - start).toBeLessThan(8_000);
    expect(expectOk(result).text).toContain(PARAGRAPHS[0]!.slice(0, 40));
  }, 30_000);

  it('answers empty-page for a document with no text', () => {
    expect(summarizeDocumentAt(documentFromHtml('<!doctype html><html><body></body></html>'), URL_A)).toMatchObject({
      ok: false,
      reason: 'empty-page',
      detail: 'no-text',
    });
  });
});

describe('failureOf (a failure known by its detail)', () => {
  it.each([
    ['pdf', 'restricted-page', MESSAGES.pdf],
    ['access-denied', 'restricted-page', MESSAGES.accessDenied],
    ['raw-file', 'not-an-article', MESSAGES.rawFile],
    ['not-html', 'not-an-article', MESSAGES.notHtml],
    ['no-text', 'empty-page', MESSAGES.noText],
    ['still-loading', 'empty-page', MESSAGES.stillLoading],
    ['in-frame', 'empty-page', MESSAGES.inFrame],
  ] as const)('%s is a %s failure with its plain message', (detail, reason, message) => {
    expect(failureOf(detail)).toEqual({ ok: false, reason, detail, message });
  });

  it("covers every detail, and keeps a given message (e.g. the browser's) as is", () => {
    expect(Object.keys(DETAILS).sort()).toEqual(
      ['access-denied', 'in-frame', 'no-text', 'not-html', 'pdf', 'raw-file', 'still-loading'].sort(),
    );
    expect(failureOf('access-denied', 'Cannot access a chrome:// URL')).toEqual({
      ok: false,
      reason: 'restricted-page',
      detail: 'access-denied',
      message: 'Cannot access a chrome:// URL',
    });
  });
});
