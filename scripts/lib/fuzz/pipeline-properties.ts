import fc from 'fast-check';
import {
  countElements,
  findBody,
  isDeeperThan,
  isHtmlDocument,
  visibleTextLength,
} from '../../../utils/guards/measure-page';
import { PAGE_LIMITS } from '../../../utils/guards/page-limits';
import { readSummarizeRequest } from '../../../utils/guards/read-request';
import { summarizeCurrentPage } from '../../../utils/summarize-current-page';
import { DEFAULT_POINTS, summarizePage } from '../../../utils/summarize-page';
import { documentFromHtml } from '../load-document';
import { resultProblems, summaryProblems } from './check-summary';
import { htmlPage, pageUrl, request } from './html-arbitraries';

/** What the properties saw: outcomes by kind, and the pipeline crashes that the guard turned into data. */
export type FuzzStats = { outcomes: Map<string, number>; crashes: Array<{ message: string; html: string }> };
export const newStats = (): FuzzStats => ({ outcomes: new Map(), crashes: [] });

function livePage(html: string, href: string): Document {
  const doc = documentFromHtml(html);
  // A browser's parser always gives an HTML page a <head>; linkedom adds it the first time `doc.head` is
  // read, which would look like the pipeline changing the page. Read it once first, as a browser page has it.
  if (doc.documentElement?.localName === 'html') void doc.head;
  Object.defineProperty(doc, 'location', { value: { href }, configurable: true });
  return doc;
}

const serialize = (doc: Document): string => String(doc);

function maxPoints(req: unknown): number {
  return readSummarizeRequest(req).points ?? DEFAULT_POINTS;
}

/**
 * summarizeCurrentPage on one page: never throws; a well-formed PageSummary or a known reason with a plain
 * message; the live DOM is unchanged; a second run gives the same answer. With `strict`, an
 * 'extraction-failed' answer (a crash inside the pipeline, caught by the guard) is a failure too.
 * Throws an Error naming every problem.
 */
export function checkCurrentPage(
  html: string,
  req: unknown,
  url: string,
  stats: FuzzStats = newStats(),
  strict = false,
): void {
  const doc = livePage(html, url);
  const before = serialize(doc);
  const first = summarizeCurrentPage(doc, { __newsLensRequest: req });
  const problems = resultProblems(first, maxPoints(req));
  if (problems.length > 0) throw new Error(problems.join('; '));
  if (serialize(doc) !== before) throw new Error('summarizing changed the live DOM');
  const second = summarizeCurrentPage(doc, { __newsLensRequest: req });
  if (JSON.stringify(second) !== JSON.stringify(first)) throw new Error('a second run gave a different answer');
  const kind = first.ok
    ? first.summary.truncated
      ? 'ok (truncated)'
      : first.summary.isArticle
        ? 'ok'
        : 'ok (not an article)'
    : first.reason;
  stats.outcomes.set(kind, (stats.outcomes.get(kind) ?? 0) + 1);
  if (!first.ok && first.reason === 'extraction-failed') {
    stats.crashes.push({ message: first.message, html });
    if (strict) throw new Error(`pipeline crash: ${first.message}`);
  }
}

/** checkCurrentPage on random pages (see html-arbitraries.ts). */
export function currentPageProperty(stats: FuzzStats = newStats(), strict = false) {
  return fc.property(htmlPage, request, pageUrl, (html, req, url) => checkCurrentPage(html, req, url, stats, strict));
}

/**
 * summarizePage (the pipeline itself) on every random page the guard hands over whole (an HTML document with
 * a body, within the element, text and depth limits): never throws and returns a PageSummary with fields of the right types; with level 'full', also
 * right in meaning (what the guard otherwise repairs on the way out: ISO dates, http(s) links).
 */
export function pipelineProperty(level: 'types' | 'full' = 'types') {
  return fc.property(htmlPage, request, pageUrl, (html, req, url) => {
    const doc = documentFromHtml(html);
    const body = isHtmlDocument(doc) ? findBody(doc) : null;
    fc.pre(body !== null && body.localName.toLowerCase() === 'body');
    // Only what the guard hands over whole: larger or deeper pages reach the pipeline as a trimmed copy.
    fc.pre(
      countElements(doc) <= PAGE_LIMITS.maxElements &&
        visibleTextLength(body) <= PAGE_LIMITS.maxTextChars &&
        !isDeeperThan(body, PAGE_LIMITS.maxDepth),
    );
    const options = readSummarizeRequest(req);
    const summary = summarizePage(doc, url, options);
    const problems = summaryProblems(summary, options.points ?? DEFAULT_POINTS, level);
    if (problems.length > 0) throw new Error(problems.join('; '));
  });
}
