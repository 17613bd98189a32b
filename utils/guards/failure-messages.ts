import type { FailureReason, SummarizeResult } from '../types';

/** Plain-language explanations (the popup shows its own localised text per reason; these are the detail). */
export const MESSAGES = {
  noText: 'This page has no text to summarize.',
  stillLoading: 'This page is still loading and has no text yet. Try again in a moment.',
  inFrame:
    'The text of this page is inside a frame from another site. News Lens reads the top page only: open the frame in its own tab to summarize it.',
  notHtml: 'This is not a web page (an SVG or XML document), so it has no article to summarize.',
  rawFile: 'This tab shows a file (plain text, JSON, code or data), not a web page with an article.',
  pdf: 'News Lens cannot read PDF files shown in the browser’s PDF viewer.',
  tooLarge: 'This page is too large to summarize on this device in reasonable time.',
  failed: 'News Lens could not read this page',
} as const;

export function failure(reason: FailureReason, message: string): SummarizeResult {
  return { ok: false, reason, message };
}

/** An error as one plain line: its message only (never a stack trace), at most 200 characters. */
export function plainErrorMessage(error: unknown): string {
  let text = '';
  try {
    text = error instanceof Error ? error.message : String(error);
  } catch {
    text = '';
  }
  const line = (text.split('\n')[0] ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
  return line ? `${MESSAGES.failed}: ${line}` : `${MESSAGES.failed}.`;
}
