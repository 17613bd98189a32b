import { extractArticle } from './article/extract-article';
import { findRelatedLinks } from './related/find-related-links';
import { pickKeyPoints } from './summary/pick-key-points';
import { findWhyItMatters } from './summary/find-why-it-matters';
import { blocksToText } from './article/blocks-to-text';
import { readingMinutes } from './text/reading-time';
import { countWords } from './text/words';
import type { PageSummary, SummarizeOptions } from './types';

export const DEFAULT_POINTS = 5;

/**
 * The whole pipeline: a document and its URL in, a plain-JSON PageSummary out.
 * Shared by the content script, the CLI, the benchmarks and the tests.
 * The document is never modified: extraction works on a clone.
 */
export function summarizePage(doc: Document, url: string, options: SummarizeOptions = {}): PageSummary {
  const article = extractArticle(doc, url);
  // From the live page, not the article: related widgets sit outside it (extraction reads a clone).
  const related = findRelatedLinks(doc, url, { title: article.title });
  const text = blocksToText(article.blocks);
  const wordCount = countWords(text, article.lang);
  const keyPoints = pickKeyPoints(article, { count: options.points ?? DEFAULT_POINTS });
  return {
    url,
    title: article.title,
    siteName: article.siteName,
    byline: article.byline,
    publishedTime: article.publishedTime,
    lang: article.lang,
    isArticle: article.isArticle,
    wordCount,
    readingMinutes: readingMinutes(text, article.lang, wordCount),
    text,
    keyPoints,
    // A picked table does not repeat the key points shown above it.
    whyItMatters: findWhyItMatters(article, { avoid: keyPoints.map((k) => k.text) }),
    related,
  };
}
