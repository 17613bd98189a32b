import { summarizePage } from './summarize-page';
import type { SummarizeOptions, SummarizeResult } from './types';

/** Content-script side: summarize the live document, never throw, return plain JSON. */
export function summarizeCurrentPage(doc: Document, scope: { __newsLensRequest?: unknown }): SummarizeResult {
  const options = (scope.__newsLensRequest ?? {}) as SummarizeOptions;
  try {
    const summary = summarizePage(doc, doc.location.href, options);
    return { ok: true, summary };
  } catch (error) {
    return { ok: false, reason: 'extraction-failed', message: error instanceof Error ? error.message : String(error) };
  }
}
