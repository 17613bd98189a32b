import { THRESHOLDS } from './rules/thresholds';
import { extractArticle } from './article/extract-article';
import { findRelatedLinks } from './related/find-related-links';
import { pickKeyPoints } from './summary/pick-key-points';
import { findPageWhyTable } from './summary/find-why-it-matters';
import { pickSignificance } from './summary/pick-significance';
import { letterKey } from './text/normalize';
import { blocksToText } from './article/blocks-to-text';
import { readingMinutes } from './text/reading-time';
import { countWords } from './text/words';
import type { KeyPoint, PageSummary, SummarizeOptions } from './types';
import { mark } from './timing';

export const DEFAULT_POINTS = 5;

/**
 * The pipeline in two steps, for a popup that paints the key points before the rest: `first` has the title, the
 * facts, the text, the key points and the page's own "why this matters" table, if any; `complete()` adds the
 * related links and, without the page's own table, the one picked from the text (computed once, on the first
 * call). `complete()` is exactly what summarizePage returns: the steps are the same, only their order differs
 * (related links never read the key points, nor the key points the related links).
 */
export type SummaryParts = { first: PageSummary; complete: () => PageSummary };

export function summarizePageInParts(doc: Document, url: string, options: SummarizeOptions = {}): SummaryParts {
  const article = extractArticle(doc, url);
  mark('extracted');
  const text = blocksToText(article.blocks);
  const wordCount = countWords(text, article.lang);
  // The page's own "why this matters" rows are shown in the table: a key point does not say them again (it is
  // replaced by the next one, only when one does).
  const own = findPageWhyTable(article.blocks);
  // A row as the page wrote it ("Why it matters: …": its label and text) and its text alone.
  const rows = (own?.rows ?? []).map((row) => ({
    all: letterKey(row.join(' ')),
    text: letterKey(row[row.length - 1] ?? ''),
  }));
  const saysRow = (point: KeyPoint): boolean => {
    const key = letterKey(point.text);
    return rows.some(
      (row) =>
        row.all.includes(key) ||
        (row.text.length > 0 && key.includes(row.text) && row.text.length >= key.length * THRESHOLDS.ownRowMinShare),
    );
  };
  const count = options.points ?? DEFAULT_POINTS;
  let keyPoints = pickKeyPoints(article, { count });
  const repeated = keyPoints.filter(saysRow).length;
  if (repeated > 0)
    keyPoints = pickKeyPoints(article, { count: count + repeated })
      .filter((point) => !saysRow(point))
      .slice(0, count);
  mark('key-points');
  const first: PageSummary = {
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
    whyItMatters: own,
    related: [],
  };
  let done: PageSummary | null = null;
  const complete = (): PageSummary => {
    if (done) return done;
    // From the live page, not the article: related widgets sit outside it (extraction reads a clone).
    const related = findRelatedLinks(doc, url, { title: article.title });
    mark('related');
    // A picked table does not repeat the key points shown above it.
    const whyItMatters = own ?? pickSignificance(article, new Set(keyPoints.map((k) => k.text)));
    mark('table');
    done = { ...first, whyItMatters, related };
    return done;
  };
  return { first, complete };
}

/**
 * The whole pipeline: a document and its URL in, a plain-JSON PageSummary out.
 * Shared by the popup, the CLI, the benchmarks and the tests.
 * The document is never modified: extraction works on a clone.
 */
export function summarizePage(doc: Document, url: string, options: SummarizeOptions = {}): PageSummary {
  return summarizePageInParts(doc, url, options).complete();
}
