import { failure, plainErrorMessage } from './guards/failure-messages';
import { PAGE_LIMITS, type PageLimits } from './guards/page-limits';
import { readSummarizeRequest } from './guards/read-request';
import type { CapturedFrame, CapturedPage } from './in-tab/capture-page';
import { summarizeDocumentAt, type DeferRest, type PageFacts } from './summarize-current-page';
import type { SummarizeOptions, SummarizeResult } from './types';
import { mark } from './timing';

/** DOMParser's job, injectable: the popup uses the browser's, tests and scripts linkedom's. */
export type ParseMarkup = (markup: string, type: DOMParserSupportedType) => Document;

const browserParser: ParseMarkup = (markup, type) => new DOMParser().parseFromString(markup, type);

/** The XML types DOMParser takes as they are; any other XML document is read as application/xml. */
const XML_TYPES: ReadonlySet<string> = new Set([
  'text/xml',
  'application/xml',
  'application/xhtml+xml',
  'image/svg+xml',
]);

/**
 * The tab's markup as an inert document: parsed without running a script or loading a resource, in the
 * page's mode (a doctype is kept), with a <base> so that relative URLs resolve against the page, not the
 * popup (Readability and anything reading `baseURI` see the page's URL).
 */
export function documentFromCapture(
  page: Pick<CapturedFrame, 'markup' | 'html' | 'contentType'> & { doctype?: boolean; baseUrl?: string },
  parse: ParseMarkup = browserParser,
): Document {
  if (page.markup === 'xml') {
    const type = XML_TYPES.has(page.contentType) ? page.contentType : 'application/xml';
    return parse(page.html, type as DOMParserSupportedType);
  }
  const doc = parse(`${page.doctype === false ? '' : '<!DOCTYPE html>'}${page.html}`, 'text/html');
  if (page.baseUrl && /^https?:/i.test(page.baseUrl)) {
    const base = doc.querySelector('base') ?? doc.head?.insertBefore(doc.createElement('base'), doc.head.firstChild);
    base?.setAttribute('href', page.baseUrl);
  }
  return doc;
}

/**
 * The click path's second half, in the popup: the tab's copy (in-tab/capture-page.ts) parsed and run
 * through the same guarded pipeline as a live page (limits, trimming, frames, failure reasons), with the
 * tab's own URL, content type and loading state. Never throws (nor does the rest handed to `later`).
 * With `later`, an article's summary may come in two parts: the key points first, the related links and the
 * picked table from the function handed to `later` (see DeferRest), for the popup to call after a paint.
 */
export function summarizeCapturedPage(
  page: CapturedPage,
  options: SummarizeOptions = {},
  {
    limits = PAGE_LIMITS,
    parse = browserParser,
    later,
  }: { limits?: PageLimits; parse?: ParseMarkup; later?: DeferRest } = {},
): SummarizeResult {
  const safeLater: DeferRest | undefined =
    later &&
    ((rest) =>
      later(() => {
        try {
          return rest();
        } catch (error) {
          return failure('extraction-failed', plainErrorMessage(error));
        }
      }));
  try {
    const doc = documentFromCapture(page, parse);
    mark('parsed');
    let frame: Document | null | undefined;
    const { frame: captured } = page;
    const frameFacts: PageFacts | undefined = captured
      ? {
          url: captured.url,
          contentType: captured.contentType,
          readyState: 'complete',
          frames: () => ({ frameDoc: null, hasFrames: false }),
        }
      : undefined;
    const facts: PageFacts = {
      url: page.url,
      contentType: page.contentType,
      readyState: page.readyState,
      frames: () => {
        frame ??= captured ? documentFromCapture({ ...captured, baseUrl: captured.url }, parse) : null;
        return { frameDoc: frame, hasFrames: page.hasFrames, frameFacts };
      },
    };
    return summarizeDocumentAt(doc, page.url, readSummarizeRequest(options), limits, undefined, facts, safeLater);
  } catch (error) {
    return failure('extraction-failed', plainErrorMessage(error));
  }
}
