import { findRelatedLinks } from './related/find-related-links';
import { htmlDocumentFromText } from './guards/blank-html-document';
import { failure, failureOf, MESSAGES, plainErrorMessage } from './guards/failure-messages';
import { findFrameDocument } from './guards/find-frame-document';
import {
  countElements,
  findBody,
  hasVisibleText,
  isDeeperThan,
  isHtmlDocument,
  visibleTextLength,
} from './guards/measure-page';
import { PAGE_LIMITS, type PageLimits } from './guards/page-limits';
import { readSummarizeRequest } from './guards/read-request';
import { trimLargePage } from './guards/trim-large-page';
import { summarizePage, summarizePageInParts } from './summarize-page';
import { isHttpUrl } from './text/is-http-url';
import type { PageSummary, SummarizeOptions, SummarizeResult } from './types';

export type SummarizeScope = { __newsLensRequest?: unknown };
/**
 * What the guards read from the page besides its DOM. A live document answers for itself; a copy parsed in
 * the popup (summarize-captured-page.ts) carries the tab's answers, which the copy would get wrong.
 */
export type PageFacts = {
  url: string;
  contentType: string;
  readyState: string;
  /**
   * The same-origin frame document with the most text, and whether the page has frames at all; with the
   * frame's own facts when its copy cannot tell them.
   */
  frames: () => { frameDoc: Document | null; hasFrames: boolean; frameFacts?: PageFacts };
};

type Run = {
  options: SummarizeOptions;
  limits: PageLimits;
  clock: () => number;
  start: number;
  depth: number;
  url?: string;
  /** Facts of the top document (depth 0) when they come from elsewhere. */
  facts?: PageFacts;
  /** Given, an article's summary may come in two parts (see DeferRest); without it, always complete. */
  later?: DeferRest;
};

/**
 * Takes the second half of a summary computed in two parts: the result returned is the summary without its
 * related links and picked table (the key points painted first), `rest()` the complete result, equal to the
 * one-part result. Only an article of a page of ordinary size at the top level is split; everything else
 * (failures, non-articles, large pages, frames) comes complete and `later` is not called.
 */
export type DeferRest = (rest: () => SummarizeResult) => void;

function liveFacts(doc: Document, url: string): PageFacts {
  return {
    url,
    contentType: (doc as Partial<Document>).contentType ?? 'text/html',
    readyState: (doc as Partial<Document>).readyState ?? 'complete',
    frames: () => findFrameDocument(doc),
  };
}

/** The page's URL at call time (a single-page app may have changed it since load). */
function pageUrl(doc: Document): string {
  const href = (doc as Partial<Document>).location?.href;
  if (typeof href === 'string' && href) return href;
  return (doc as Partial<Document>).URL || 'about:blank';
}

const overBudget = (run: Run): boolean => run.clock() - run.start > run.limits.timeBudgetMs;

/** Same-origin frame content, when the top page has none (see find-frame-document.ts). */
function fromFrames(facts: PageFacts, run: Run): SummarizeResult | null {
  if (run.depth > 0) return null;
  const { frameDoc, frameFacts } = facts.frames();
  if (!frameDoc) return null;
  const result = summarizeDocument(frameDoc, { ...run, depth: 1, facts: frameFacts });
  return result.ok ? result : null;
}

function emptyPage(facts: PageFacts): SummarizeResult {
  if (facts.frames().hasFrames) return failureOf('in-frame');
  return failureOf(facts.readyState === 'loading' ? 'still-loading' : 'no-text');
}

/** SVG, MathML, RSS and other XML documents: not an article; "Summarize anyway" reads their text. */
function summarizeNonHtml(doc: Document, url: string, run: Run): SummarizeResult {
  const root = doc.documentElement;
  const text = (root?.textContent ?? '').slice(0, run.limits.maxTextChars);
  if (!/\S/.test(text)) return failureOf('no-text');
  if (!run.options.force) return failureOf('not-html');
  return finish(summarizePage(htmlDocumentFromText(doc, '', text), url, run.options));
}

/**
 * A file the browser shows as text (a .txt, .json, .csv or .js URL): the browser wraps it in an HTML
 * page with one <pre>, which would otherwise pass for an article. Media types wrap no text at all.
 */
const RAW_FILE =
  /^(?:text\/(?!html$)[\w.+-]+|application\/(?:json|javascript|ecmascript|x-javascript|[\w.+-]+\+json))$/i;

export function isRawFile(doc: Document): boolean {
  return isRawFileType((doc as Partial<Document>).contentType);
}

const isRawFileType = (type: unknown): boolean => typeof type === 'string' && RAW_FILE.test(type.trim());

/** Pages beyond the element, text or depth limits: summarize a trimmed copy of their main content. */
function summarizeLarge(doc: Document, url: string, elements: number, run: Run): SummarizeResult {
  const trimmed = trimLargePage(doc, url, run.limits);
  if (!trimmed || overBudget(run)) return failure('too-large', MESSAGES.tooLarge);
  const summary = summarizePage(trimmed.doc, url, run.options);
  try {
    // Related widgets usually sit outside the main content: look for them in the live page, unless it is
    // so large that the search alone would take seconds (then only the main content's links are kept).
    if (elements <= run.limits.maxElementsForLiveRelated && !overBudget(run))
      summary.related = findRelatedLinks(doc, url, { title: summary.title });
  } catch {
    // keep the related links found in the trimmed copy
  }
  if (trimmed.truncated) summary.truncated = true;
  return finish(summary);
}

/** Defence in depth on what leaves the page: only http(s) related links; no text, no summary. */
function finish(summary: PageSummary): SummarizeResult {
  if (!/\S/.test(summary.text) && summary.keyPoints.length === 0) return failureOf('no-text');
  summary.related = summary.related.filter((link) => isHttpUrl(link.url));
  return { ok: true, summary };
}

function summarizeDocument(doc: Document, run: Run): SummarizeResult {
  const facts = run.facts ?? liveFacts(doc, (run.depth === 0 && run.url) || pageUrl(doc));
  const url = facts.url;
  if (facts.contentType === 'application/pdf') return failureOf('pdf');
  if (!doc.documentElement) return failureOf('no-text');
  if (!isHtmlDocument(doc)) return summarizeNonHtml(doc, url, run);
  if (isRawFileType(facts.contentType) && !run.options.force) return failureOf('raw-file');
  // A frameset page, a page without a body yet (still loading) or without text: maybe a frame has it.
  const body = findBody(doc);
  if (!body || body.localName.toLowerCase() === 'frameset' || !hasVisibleText(body))
    return fromFrames(facts, run) ?? emptyPage(facts);
  const elements = countElements(doc);
  if (elements > run.limits.hardMaxElements) return failure('too-large', MESSAGES.tooLarge);
  const textChars = visibleTextLength(body);
  if (textChars > run.limits.hardMaxTextChars) return failure('too-large', MESSAGES.tooLarge);
  const large = elements > run.limits.maxElements || textChars > run.limits.maxTextChars;
  if (large || isDeeperThan(body, run.limits.maxDepth)) return summarizeLarge(doc, url, elements, run);
  const parts = summarizePageInParts(doc, url, run.options);
  if (run.later && run.depth === 0) {
    const first = finish(parts.first);
    if (first.ok && first.summary.isArticle) {
      run.later(() => finish(parts.complete()));
      return first;
    }
  }
  const result = finish(parts.complete());
  if (result.ok && !result.summary.isArticle) return fromFrames(facts, run) ?? result;
  if (!result.ok) return fromFrames(facts, run) ?? result;
  return result;
}

/**
 * The guarded pipeline on a live document, returning plain JSON (the fuzzer, the benchmarks' huge pages and the
 * tests call it; the extension runs the same guards on the tab's copy, see summarize-captured-page.ts).
 * Never throws: every failure is a reason, a detail where the reason has several causes (the popup decides
 * on these two) and a plain message for logs (never a stack trace).
 *
 * - Reads the request `{ points, force }` from `scope.__newsLensRequest` (validated: junk gives the defaults).
 * - Uses `doc.location.href` at call time, so a single-page app that changed its URL is summarized as it is now.
 * - A page still loading is summarized as far as it has loaded.
 * - Never modifies the document (Readability runs on a clone; large pages are copied, trimmed, into an
 *   inert document), so summarizing twice gives the same result unless the page changed.
 * - Frames: a same-origin frame is read when the top page has no article; a cross-origin frame cannot be,
 *   and the message says so.
 * - Needs no eval: works under a strict Content-Security-Policy.
 */
export function summarizeCurrentPage(
  doc: Document,
  scope: SummarizeScope = {},
  limits: PageLimits = PAGE_LIMITS,
  clock: () => number = () => performance.now(),
): SummarizeResult {
  try {
    const options = readSummarizeRequest(scope?.__newsLensRequest);
    return summarizeDocument(doc, { options, limits, clock, start: clock(), depth: 0 });
  } catch (error) {
    return failure('extraction-failed', plainErrorMessage(error));
  }
}

/**
 * The same guarded pipeline for a document whose URL is known from elsewhere (the CLI and the benchmarks
 * parse saved pages, which have no location): limits, trimming and failure reasons as in the extension.
 */
export function summarizeDocumentAt(
  doc: Document,
  url: string,
  options: SummarizeOptions = {},
  limits: PageLimits = PAGE_LIMITS,
  clock: () => number = () => performance.now(),
  facts?: PageFacts,
  later?: DeferRest,
): SummarizeResult {
  try {
    return summarizeDocument(doc, { options, limits, clock, start: clock(), depth: 0, url, facts, later });
  } catch (error) {
    return failure('extraction-failed', plainErrorMessage(error));
  }
}
