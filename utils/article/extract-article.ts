import { Readability } from '@mozilla/readability';
import type { Article } from '../types';
import { collectBlocks } from './collect-blocks';

/** Readability on a clone of the document; the article body comes back as blocks, never raw textContent. */
export function extractArticle(doc: Document, url: string): Article {
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability(clone, { serializer: (el: Node) => el }).parse();
  const root = parsed?.content as unknown as Element | undefined;
  const blocks = root ? collectBlocks(root) : [];
  return {
    title: parsed?.title?.trim() || doc.title.trim() || url,
    siteName: parsed?.siteName?.trim() || null,
    byline: parsed?.byline?.trim() || null,
    publishedTime: parsed?.publishedTime ?? null,
    lang: parsed?.lang || doc.documentElement.getAttribute('lang') || null,
    blocks,
    isArticle: blocks.length > 0,
  };
}
