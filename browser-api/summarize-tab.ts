import { browser } from 'wxt/browser';
import { failure, failureOf } from '@/utils/guards/failure-messages';
import type { SummarizeFailure, SummarizeOptions, SummarizeResult } from '@/utils/types';

export const SUMMARIZE_TIMEOUT_MS = 10_000;

/** The message of a silently refused injection (Firefox on its own pages), for logs. */
export const REFUSED_SILENTLY = 'The browser did not run the script in this page (access denied)';

/**
 * The browser's error messages that mean "extensions may not script this page" (Chrome, Edge and Firefox
 * word them differently, and only in English). Read here only, where the browser's message arrives.
 */
const ACCESS_DENIED = /cannot access|cannot be scripted|permission|missing host|extensions gallery|not allowed|denied/i;

/**
 * A refused or failed injection as typed data: a page the browser does not let extensions script is
 * `restricted-page` / `access-denied`; anything else (a closed tab, a removed frame) is `injection-failed`.
 * The browser's own message is kept as the plain `message`; nothing downstream reads it.
 */
export function classifyInjectionError(error: unknown): SummarizeFailure {
  const message = error instanceof Error ? error.message : String(error);
  return ACCESS_DENIED.test(message) ? failureOf('access-denied', message) : failure('injection-failed', message);
}

function setRequest(request: SummarizeOptions) {
  (globalThis as { __newsLensRequest?: SummarizeOptions }).__newsLensRequest = request;
}

function isSummarizeResult(value: unknown): value is SummarizeResult {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/**
 * Injects the extraction content script into the tab and returns its SummarizeResult.
 * Never throws: a page the browser refuses to script is `restricted-page` with detail `access-denied`,
 * another failed injection `injection-failed` (see classifyInjectionError) and a slow page `timeout`.
 */
export async function summarizeTab(
  tabId: number,
  request: SummarizeOptions,
  timeoutMs = SUMMARIZE_TIMEOUT_MS,
): Promise<SummarizeResult> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<SummarizeResult>((resolve) => {
    timer = setTimeout(
      () => resolve(failure('timeout', `No answer from the page after ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
  });
  const run = (async (): Promise<SummarizeResult> => {
    try {
      await browser.scripting.executeScript({ target: { tabId }, func: setRequest, args: [request] });
      const results = await browser.scripting.executeScript({
        target: { tabId },
        files: ['/content-scripts/extract.js'],
      });
      // Firefox answers [undefined] without running the script on its own pages (about:config,
      // about:addons) instead of refusing: that is a refusal too.
      if (results.length > 0 && results[0] == null) return failureOf('access-denied', REFUSED_SILENTLY);
      const result: unknown = results[0]?.result;
      if (isSummarizeResult(result)) return result;
      return failure('extraction-failed', 'The page returned no summary');
    } catch (error) {
      return classifyInjectionError(error);
    }
  })();
  try {
    return await Promise.race([run, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
