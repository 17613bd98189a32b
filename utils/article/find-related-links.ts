import type { RelatedLink } from '../types';
import { comparableUrl } from './clean-url';
import { cleanText, elementText } from './element-text';
import { findArticleRoot } from './find-article-root';
import { collectLinks, type LinkCandidate } from './collect-links';
import { findRelatedWidgets } from './find-related-widgets';

/**
 * Related reading from the ORIGINAL document (before Readability throws widgets away): links of related /
 * popular / read-next widgets first, then links inside the article body to other articles. Never navigation,
 * tags, archives, share buttons, comments, sign-in, ads, paging or the page itself; absolute http(s) URLs
 * without tracking parameters, each once.
 */
export function findRelatedLinks(doc: Document, url: string): RelatedLink[] {
  const self = comparableUrl(url, url);
  const seen = new Set<string>(self ? [self] : []);
  const out: RelatedLink[] = [];
  const add = (candidates: LinkCandidate[], source: string): void => {
    for (const c of candidates) {
      if (seen.has(c.key)) continue;
      seen.add(c.key);
      out.push({ title: c.title, url: c.url, source });
    }
  };
  const widgets = findRelatedWidgets(doc);
  for (const widget of widgets) add(collectLinks(widget.element, url, { widget: true }), widget.title);
  const root = findArticleRoot(doc);
  if (root) {
    const inWidget = (a: Element): boolean => widgets.some((w) => w.element.contains(a));
    add(
      collectLinks(root, url, { widget: false }).filter((c) => !inWidget(c.anchor)),
      'article',
    );
  }
  void cleanText;
  void elementText;
  return out;
}
