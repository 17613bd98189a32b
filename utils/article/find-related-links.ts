import type { RelatedLink } from '../types';

/** Related-posts widgets found in the original DOM (before Readability removes them). */
export function findRelatedLinks(doc: Document, url: string): RelatedLink[] {
  const out: RelatedLink[] = [];
  const seen = new Set<string>([url]);
  for (const widget of Array.from(doc.querySelectorAll('.PopularPosts, #jp-relatedposts, .related-posts'))) {
    const source = widget.querySelector('h2,h3,h4')?.textContent?.trim() || 'Related';
    for (const a of Array.from(widget.querySelectorAll('a[href]'))) {
      let href: URL;
      try {
        href = new URL(a.getAttribute('href') ?? '', url);
      } catch {
        continue;
      }
      const title = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (!/^https?:$/.test(href.protocol) || !title || seen.has(href.href)) continue;
      seen.add(href.href);
      out.push({ title, url: href.href, source });
    }
  }
  return out;
}
