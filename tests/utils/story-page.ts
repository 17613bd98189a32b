/**
 * Small hand-written story pages for the extraction and related-link tests: a few paragraphs of prose around
 * the markup under test, run through the same functions the pipeline uses.
 */
import { documentFromHtml } from '@/scripts/lib/load-document';
import { blocksToText } from '@/utils/article/blocks-to-text';
import { extractArticle } from '@/utils/article/extract-article';
import { findRelatedLinks } from '@/utils/related/find-related-links';
import type { RelatedLink } from '@/utils/types';

/** The address of the story itself. */
export const PAGE = 'https://news.example.com/2025/07/story-about-the-river.html';

/** Other stories on the same site. */
export const A = 'https://news.example.com/2025/06/first-other-story.html';
export const B = 'https://news.example.com/2025/05/second-other-story.html';
export const C = 'https://news.example.com/2025/04/third-other-story.html';

/** Hits of a site-wide list ("Most read"), never related to this story. */
export const X = 'https://news.example.com/2025/03/site-wide-hit-one.html';
export const Y = 'https://news.example.com/2025/02/site-wide-hit-two.html';

/** `n` paragraphs of article prose; `word` tells one run of paragraphs from another in the text. */
export const prose = (n: number, word = 'river'): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i} of the article tells the reader what happened at the ${word} on Tuesday and why the council cares about it.</p>`,
  ).join('');

export function storyPage(body: string, head = ''): Document {
  return documentFromHtml(`<!doctype html><html><head><title>Story</title>${head}</head><body>${body}</body></html>`);
}

/** Five paragraphs of article prose for a bare page (no <head>, no title): the related-link tests' story. */
export const BODY = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Paragraph ${i} of the article tells the reader what happened at the river on Tuesday and why the council cares.</p>`,
).join('');

/** The related links of a bare page (body only, no title) at `url`, whole. */
export function related(body: string, url = PAGE): RelatedLink[] {
  return findRelatedLinks(documentFromHtml(`<!doctype html><html><body>${body}</body></html>`), url);
}

/** The related links of a page at PAGE, as title and URL. */
export const relatedOf = (body: string): Pick<RelatedLink, 'title' | 'url'>[] =>
  findRelatedLinks(storyPage(body), PAGE).map(({ title, url }) => ({ title, url }));

/** The related links of a page at PAGE, with the widget heading (or "article") each came from. */
export const relatedWithSourceOf = (body: string): Pick<RelatedLink, 'title' | 'url' | 'source'>[] =>
  findRelatedLinks(storyPage(body), PAGE).map(({ title, url, source }) => ({ title, url, source }));

/** The article text extracted from a page at PAGE. */
export const textOf = (body: string, head = ''): string =>
  blocksToText(extractArticle(storyPage(body, head), PAGE).blocks);

/** Teaser cards: an image link and a headline link to the same story. */
export const cards = (urls: string[], titles: string[]): string =>
  urls
    .map(
      (u, i) =>
        `<div class="card"><a href="${u}"><img src="x.gif" alt=""></a><h3><a href="${u}">${titles[i]}</a></h3></div>`,
    )
    .join('');
