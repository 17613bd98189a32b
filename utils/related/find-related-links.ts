import { THRESHOLDS } from '../rules/thresholds';
import type { RelatedLink } from '../types';
import { comparableUrl } from './clean-url';
import { findArticleRoot } from '../article/find-article-root';
import { collectLinks, type LinkCandidate } from './collect-links';
import { findRelatedWidgets } from './find-related-widgets';
import { findSiteWideLists } from './find-site-wide-lists';
import { letterKey } from '../text/normalize';

/** At most this many related links: widgets come first, so the cap trims the story's inline links. */
export const MAX_RELATED = THRESHOLDS.maxRelatedLinks;

/**
 * Related reading from the ORIGINAL document (before Readability throws widgets away): links of related /
 * popular / read-next widgets first, then links inside the article body to other articles. Never navigation,
 * tags, archives, share buttons, comments, sign-in, ads, paging or the page itself; absolute http(s) URLs
 * without tracking parameters, each once; at most MAX_RELATED.
 */

export type RelatedOptions = {
  /** The article's title: a link titled the same (a widget listing this very story) is the page itself. */
  title?: string;
};

/** Addresses the page gives itself: its canonical link and og:url, beside the address it was read at. */
function ownUrls(doc: Document, url: string): string[] {
  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return [url, canonical, og].filter((u): u is string => !!u);
}

/** A title compared without case, punctuation or spacing. */
const titleKey = letterKey;

export function findRelatedLinks(doc: Document, url: string, { title = '' }: RelatedOptions = {}): RelatedLink[] {
  const seen = new Map<string, { link: RelatedLink; inline: boolean }>();
  for (const own of ownUrls(doc, url)) {
    const key = comparableUrl(own, url);
    if (key && !seen.has(key)) seen.set(key, { link: { title: '', url: own, source: 'self' }, inline: false });
  }
  const ownTitle = titleKey(title);
  const out: RelatedLink[] = [];
  const add = (candidates: LinkCandidate[], source: string, inline: boolean): void => {
    for (const c of candidates) {
      if (ownTitle && titleKey(c.title) === ownTitle) continue;
      const known = seen.get(c.key);
      if (known) {
        // A boxed widget names a post better than an inline "Read more:" line that linked it first.
        if (known.inline && !inline) Object.assign(known.link, { title: c.title, source });
        continue;
      }
      const link = { title: c.title, url: c.url, source };
      seen.set(c.key, { link, inline });
      out.push(link);
    }
  };
  const widgets = findRelatedWidgets(doc);
  for (const widget of widgets) add(collectLinks(widget.element, url, { widget: true }), widget.title, widget.inline);
  const root = findArticleRoot(doc);
  if (root) {
    const inWidget = (a: Element): boolean => widgets.some((w) => w.element.contains(a));
    // A most-read / trending column that shares the article's container is not in-article reading.
    const siteWide = findSiteWideLists(root);
    const inSiteWide = (a: Element): boolean => siteWide.some((el) => el.contains(a));
    add(
      collectLinks(root, url, { widget: false }).filter((c) => !inWidget(c.anchor) && !inSiteWide(c.anchor)),
      'article',
      true,
    );
  }
  return out.slice(0, MAX_RELATED);
}
