import { browser } from 'wxt/browser';
import type { SummarizeOptions, SummarizeResult } from '@/utils/types';

export const SUMMARIZE_TIMEOUT_MS = 10_000;

/** What a silently refused injection reports (matched by isAccessDenied). */
export const REFUSED_SILENTLY = 'The browser did not run the script in this page (access denied)';

/** Thrown-away result of an injection that the browser refused (restricted page, missing access). */
export type InjectionRefused = { ok: false; reason: 'injection-failed'; message: string };

function setRequest(request: SummarizeOptions) {
  (globalThis as { __newsLensRequest?: SummarizeOptions }).__newsLensRequest = request;
}

function isSummarizeResult(value: unknown): value is SummarizeResult {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/**
 * Injects the extraction content script into the tab and returns its SummarizeResult.
 * Never throws: a refused injection is `injection-failed` (with the browser's message, which the
 * caller uses to tell a restricted page from a broken one) and a slow page is `timeout`.
 */
export async function summarizeTab(
  tabId: number,
  request: SummarizeOptions,
  timeoutMs = SUMMARIZE_TIMEOUT_MS,
): Promise<SummarizeResult> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<SummarizeResult>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, reason: 'timeout', message: `No answer from the page after ${timeoutMs / 1000} s` }),
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
      if (results.length > 0 && results[0] == null)
        return { ok: false, reason: 'injection-failed', message: REFUSED_SILENTLY };
      const result: unknown = results[0]?.result;
      if (isSummarizeResult(result)) return result;
      return { ok: false, reason: 'extraction-failed', message: 'The page returned no summary' };
    } catch (error) {
      return { ok: false, reason: 'injection-failed', message: error instanceof Error ? error.message : String(error) };
    }
  })();
  try {
    return await Promise.race([run, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Whether an injection error means "the browser does not let extensions script this page". */
export function isAccessDenied(message: string): boolean {
  return /cannot access|cannot be scripted|permission|missing host|extensions gallery|not allowed|denied/i.test(
    message,
  );
}
