import { cleanUrl, comparableUrl } from './clean-url';
import { cleanText, elementText } from './element-text';
import { GENERIC_LINK_TEXT, isExcludedUrl, isInChrome } from './is-excluded-link';

export type LinkCandidate = { title: string; url: string; key: string; anchor: Element };

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** A title worth showing: not button text, long enough to name an article. */
function titleQuality(text: string, inWidget: boolean): number {
  if (!text || GENERIC_LINK_TEXT.test(text)) return 0;
  const words = text.split(/\s+/).length;
  const long = CJK.test(text) ? text.length >= (inWidget ? 4 : 6) : words >= (inWidget ? 2 : 3) || text.length >= 20;
  if (!long) return 0;
  if (text.length > 300) return 0;
  return Math.min(text.length, 160);
}

function linkTitle(a: Element): string {
  let text = elementText(a);
  if (!text) text = cleanText(a.getAttribute('title') ?? a.getAttribute('aria-label') ?? a.querySelector('img[alt]')?.getAttribute('alt') ?? '');
  return text.replace(/^(?:read\s+more|related|see\s+also|also\s+read)\s*[:：»]\s*/i, '').trim();
}

/**
 * The links of a container that can be related reading, one per target URL, in order of first appearance.
 * Several links to one target (image, title, "Read more") keep the best title: a real title over button text.
 */
export function collectLinks(container: Element, pageUrl: string, options: { widget: boolean }): LinkCandidate[] {
  const byKey = new Map<string, LinkCandidate & { quality: number }>();
  for (const a of Array.from(container.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href') ?? '';
    if (href.startsWith('#')) continue;
    const url = cleanUrl(href, pageUrl);
    if (!url || isExcludedUrl(url)) continue;
    if (isInChrome(a, container)) continue;
    const key = comparableUrl(url, pageUrl);
    if (!key) continue;
    let title = linkTitle(a);
    let quality = titleQuality(title, options.widget);
    if (quality === 0 && options.widget) {
      // "Read more" buttons often carry the title in their title attribute.
      const attr = cleanText(a.getAttribute('title') ?? '');
      if (titleQuality(attr, true) > 0) {
        title = attr;
        quality = titleQuality(attr, true) - 1;
      }
    }
    const known = byKey.get(key);
    if (known) {
      if (quality > known.quality) Object.assign(known, { title, quality });
      continue;
    }
    byKey.set(key, { title, url, key, anchor: a, quality });
  }
  return [...byKey.values()].filter((c) => c.quality > 0).map(({ title, url, key, anchor }) => ({ title, url, key, anchor }));
}
