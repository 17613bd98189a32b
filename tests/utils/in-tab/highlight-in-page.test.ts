// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { highlightInPage } from '@/utils/in-tab/highlight-in-page';

afterEach(() => {
  (globalThis as { __newsLensClearHighlight?: () => void }).__newsLensClearHighlight?.();
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('highlightInPage (fallback path: happy-dom has no CSS Custom Highlight API)', () => {
  it('finds a sentence split across inline elements and line breaks, scrolls to it, leaves the markup alone', () => {
    document.body.innerHTML =
      '<article><p>Intro.</p><p>Telegram is <a href="#">blocked</a>\n   in China and only accessible via VPN.</p></article>';
    const before = document.querySelector('article')!.outerHTML;
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    expect(highlightInPage('Telegram is blocked in China and only accessible via VPN.')).toBe(true);
    expect(scroll).toHaveBeenCalledWith(expect.objectContaining({ block: 'center' }));
    expect(document.querySelector('article')!.outerHTML).toBe(before);
  });

  it('matches table cells across element boundaries', () => {
    document.body.innerHTML = '<table><tr><td>Legal grey</td><td>zones</td></tr></table>';
    Element.prototype.scrollIntoView = vi.fn();
    expect(highlightInPage('Legal grey zones')).toBe(true);
  });

  it('ignores script and style text and returns false when the sentence is absent', () => {
    document.body.innerHTML = '<p>Something else.</p><script>var s = "Hidden sentence here."</script>';
    Element.prototype.scrollIntoView = vi.fn();
    expect(highlightInPage('Hidden sentence here.')).toBe(false);
    expect(highlightInPage('Not on the page at all.')).toBe(false);
  });

  it('removes its temporary overlay when cleared', () => {
    document.body.innerHTML = '<p>Pornography is illegal in China.</p>';
    Element.prototype.scrollIntoView = vi.fn();
    const childrenBefore = document.documentElement.children.length;
    expect(highlightInPage('Pornography is illegal in China.')).toBe(true);
    expect(document.documentElement.children.length).toBe(childrenBefore + 1);
    (globalThis as { __newsLensClearHighlight?: () => void }).__newsLensClearHighlight?.();
    expect(document.documentElement.children.length).toBe(childrenBefore);
  });
});
