import type { FailureDetail, FailureReason, SummarizeFailure } from '../types';

/**
 * Plain-language explanations, carried as a failure's `message` for logs, the CLI and tooltips. The popup
 * never reads them: it shows its own localised text, chosen from the failure's `reason` and `detail`.
 */
export const MESSAGES = {
  noText: 'This page has no text to summarize.',
  stillLoading: 'This page is still loading and has no text yet. Try again in a moment.',
  inFrame:
    'The text of this page is inside a frame from another site. News Lens reads the top page only: open the frame in its own tab to summarize it.',
  notHtml: 'This is not a web page (an SVG or XML document), so it has no article to summarize.',
  rawFile: 'This tab shows a file (plain text, JSON, code or data), not a web page with an article.',
  pdf: 'News Lens cannot read PDF files shown in the browser’s PDF viewer.',
  accessDenied: 'The browser does not let extensions run scripts in this page.',
  tooLarge: 'This page is too large to summarize on this device in reasonable time.',
  failed: 'News Lens could not read this page',
} as const;

/** The failures that carry a detail, and the reason each detail belongs to. */
type Detailed = Extract<SummarizeFailure, { detail: string }>;
type ReasonOf<D extends FailureDetail> = Detailed extends infer F
  ? F extends Detailed
    ? D extends F['detail']
      ? F['reason']
      : never
    : never
  : never;

/** Each detail's reason and default message: the one place that ties them together. */
export const DETAILS: { [D in FailureDetail]: { reason: ReasonOf<D>; message: string } } = {
  pdf: { reason: 'restricted-page', message: MESSAGES.pdf },
  'access-denied': { reason: 'restricted-page', message: MESSAGES.accessDenied },
  'raw-file': { reason: 'not-an-article', message: MESSAGES.rawFile },
  'not-html': { reason: 'not-an-article', message: MESSAGES.notHtml },
  'no-text': { reason: 'empty-page', message: MESSAGES.noText },
  'still-loading': { reason: 'empty-page', message: MESSAGES.stillLoading },
  'in-frame': { reason: 'empty-page', message: MESSAGES.inFrame },
};

/** A failure whose reason has no finer detail (too large, timed out, broken). */
export function failure(reason: Exclude<FailureReason, Detailed['reason']>, message: string): SummarizeFailure {
  return { ok: false, reason, message };
}

/** A failure known by its detail (which implies the reason); `message` defaults to the detail's explanation. */
export function failureOf(detail: FailureDetail, message: string = DETAILS[detail].message): SummarizeFailure {
  return { ok: false, reason: DETAILS[detail].reason, detail, message } as SummarizeFailure;
}

/** An error as one plain line: its message only (never a stack trace), at most 200 characters. */
export function plainErrorMessage(error: unknown): string {
  let text: string;
  try {
    text = error instanceof Error ? error.message : String(error);
  } catch {
    text = '';
  }
  const line = (text.split('\n')[0] ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
  return line ? `${MESSAGES.failed}: ${line}` : `${MESSAGES.failed}.`;
}
