// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { capturePage, type CaptureLimits } from '@/utils/in-tab/capture-page';

const LIMITS: CaptureLimits = { maxElements: 10_000, maxChars: 1_000_000, maxFrames: 20 };

beforeEach(() => {
  document.documentElement.innerHTML =
    '<head><title>Copy me</title><script type="application/ld+json">{"@type":"NewsArticle"}</script></head>' +
    '<body><article><h1>Copy me</h1><p>First paragraph of the story.</p></article></body>';
});

describe('capturePage (runs in the article tab)', () => {
  it("hands over the root element's markup with the facts a copy loses", () => {
    const page = capturePage(LIMITS);
    expect(page.kind).toBe('page');
    if (page.kind !== 'page') return;
    expect(page.html).toBe(document.documentElement.outerHTML);
    expect(page.html).toContain('application/ld+json');
    expect(page.url).toBe(location.href);
    expect(page.baseUrl).toBe(document.baseURI);
    expect(page.contentType).toBe(document.contentType);
    expect(page.readyState).toBe(document.readyState);
    expect(page.markup).toBe('html');
    expect(page.hasFrames).toBe(false);
    expect(page.frame).toBeNull();
  });

  it('refuses, without copying, a page with more elements than the limit', () => {
    expect(capturePage({ ...LIMITS, maxElements: 5 })).toMatchObject({ kind: 'too-large', chars: 0 });
  });

  it('refuses a page whose markup is longer than the limit', () => {
    const refused = capturePage({ ...LIMITS, maxChars: 50 });
    expect(refused.kind).toBe('too-large');
    expect(refused.kind === 'too-large' && refused.chars).toBe(document.documentElement.outerHTML.length);
  });

  it('notes frames it cannot read (a frame without a document counts as present, not copied)', () => {
    document.body.insertAdjacentHTML('beforeend', '<iframe src="about:blank"></iframe>');
    const page = capturePage(LIMITS);
    expect(page.kind === 'page' && page.hasFrames).toBe(true);
  });

  it('is self-contained: its source names nothing outside its own body (it is sent to the tab as text)', () => {
    const source = capturePage.toString();
    // Module-level helpers or imports would appear as free identifiers such as __vite_ or an import binding.
    expect(source).not.toMatch(/\b__vite|\bimport\(|require\(/);
    const rebuilt = new Function(`return (${source})`)() as typeof capturePage;
    expect(rebuilt(LIMITS).kind).toBe('page');
  });
});

describe('capturePage leaves scripts and style sheets behind', () => {
  it('drops them (JSON-LD kept) when the browser escapes "<" in attribute values, and only then', () => {
    document.documentElement.innerHTML =
      '<head><style>p { color: red }</style><script type="application/ld+json">{"@type":"NewsArticle"}</script>' +
      '<script>window.x = "</p>";</script><meta name="d" content="a <script>b</script> c"></head>' +
      '<body><p>Story text.</p><script src="/app.js"></script></body>';
    const escapes = (() => {
      const i = document.createElement('i');
      i.setAttribute('title', '<');
      return i.outerHTML.includes('&lt;');
    })();
    const page = capturePage(LIMITS);
    if (page.kind !== 'page') throw new Error('refused');
    expect(page.html).toContain('application/ld+json');
    expect(page.html).toContain('<p>Story text.</p>');
    if (escapes) {
      expect(page.html).not.toMatch(/<style|window\.x|app\.js/);
      expect(page.html).toContain('a &lt;script&gt;b&lt;/script&gt; c'); // an attribute value is untouched
    } else {
      expect(page.html).toBe(document.documentElement.outerHTML);
    }
  });
});

describe('capturePage leaves comments and SVG drawings behind', () => {
  it('keeps an <svg> element with its attributes but not its drawing, drops comments, keeps a JSON-LD block whole', () => {
    document.documentElement.innerHTML =
      '<head><script type="application/ld+json">{"headline":"a <!-- b --> <svg>c</svg>"}</script></head>' +
      '<body><!-- ad slot --><p>Story <!-- x -->text.</p>' +
      '<a href="/share"><svg class="icon" viewBox="0 0 9 9"><path d="M0 0h9v9z"></path><g><circle r="1"></circle></g></svg>Share</a></body>';
    // As a current browser, which writes "<" in an attribute value as "&lt;" (happy-dom does not).
    const create = document.createElement.bind(document);
    vi.spyOn(document, 'createElement').mockImplementation((tag: string) => {
      const el = create(tag);
      if (tag === 'i') Object.defineProperty(el, 'outerHTML', { get: () => '<i title="&lt;"></i>' });
      return el;
    });
    const page = capturePage(LIMITS);
    vi.restoreAllMocks();
    if (page.kind !== 'page') throw new Error('refused');
    expect(page.html).toContain('{"headline":"a <!-- b --> <svg>c</svg>"}');
    expect(page.html).not.toMatch(/ad slot|<!-- x -->|<path|<circle/);
    expect(page.html).toContain('<p>Story text.</p>');
    expect(page.html).toContain('<svg class="icon" viewBox="0 0 9 9"></svg>Share</a>');
  });
});
