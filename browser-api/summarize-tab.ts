import { browser } from 'wxt/browser';
import { failure, failureOf, MESSAGES } from '@/utils/guards/failure-messages';
import { PAGE_LIMITS } from '@/utils/guards/page-limits';
import { capturePage, type CapturedPage, type CapturedRefusal, type CaptureLimits } from '@/utils/in-tab/capture-page';
import type { SummarizeFailure, SummarizeOptions, SummarizeResult } from '@/utils/types';
import { mark } from '@/utils/timing';

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

/**
 * What the tab may hand over: at most this many elements and characters of markup (PAGE_LIMITS' hard caps
 * decide the rest, in the popup). Beyond them copying and parsing alone would take seconds.
 */
export const CAPTURE_LIMITS: CaptureLimits = {
  maxElements: PAGE_LIMITS.hardMaxElements,
  maxChars: 40_000_000,
  maxFrames: 20,
};

function isCapture(value: unknown): value is CapturedPage | CapturedRefusal {
  if (typeof value !== 'object' || value === null) return false;
  const { kind } = value as { kind?: unknown };
  if (kind === 'too-large') return true;
  const page = value as Partial<CapturedPage>;
  return kind === 'page' && typeof page.html === 'string' && typeof page.url === 'string';
}

/** Runs `promise` against the clock: a `timeout` failure after `ms`. */
async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | SummarizeFailure> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<SummarizeFailure>((resolve) => {
    timer = setTimeout(() => resolve(failure('timeout', `No answer from the page after ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The tab's half of a click: one injected function (in-tab/capture-page.ts) copies the document and returns
 * it with the facts a copy loses. Nothing else runs in the page. Never throws: a page the browser refuses to
 * script is `restricted-page` / `access-denied` (see classifyInjectionError), a slow page `timeout`.
 */
export async function captureTab(
  tabId: number,
  timeoutMs = SUMMARIZE_TIMEOUT_MS,
): Promise<CapturedPage | SummarizeFailure> {
  const run = (async (): Promise<CapturedPage | SummarizeFailure> => {
    try {
      const results = await browser.scripting.executeScript({
        target: { tabId },
        func: capturePage,
        args: [CAPTURE_LIMITS],
      });
      // Firefox answers [undefined] without running the script on its own pages (about:config,
      // about:addons) instead of refusing: that is a refusal too.
      if (results.length > 0 && results[0] == null) return failureOf('access-denied', REFUSED_SILENTLY);
      const result: unknown = results[0]?.result;
      if (!isCapture(result)) return failure('extraction-failed', 'The page returned nothing to summarize');
      if (result.kind === 'too-large') return failure('too-large', MESSAGES.tooLarge);
      return result;
    } catch (error) {
      return classifyInjectionError(error);
    }
  })();
  return withTimeout(run, timeoutMs);
}

/** The pipeline, loaded on the first click only (its compile overlaps with the tab's copy). */
let pipelineModule: Promise<typeof import('@/utils/summarize-captured-page')> | null = null;
export const loadPipeline = () =>
  (pipelineModule ??= import('@/utils/summarize-captured-page').then((loaded) => {
    mark('pipeline-ready');
    return loaded;
  }));

/** The second part of summaries computed in two (see restOf). */
const rests = new WeakMap<SummarizeResult, () => SummarizeResult>();

/**
 * The rest of a summary summarizeTab returned in two parts: a function computing the complete result (related
 * links and the picked table added; equal to what one part would have given), or null when `result` is
 * complete. The popup paints the first part, then calls it.
 */
export const restOf = (result: SummarizeResult): (() => SummarizeResult) | null => rests.get(result) ?? null;

/**
 * A click: the tab's copy (captureTab), summarized here in the popup with the same guarded pipeline as the
 * CLI. Never throws; every failure is a typed SummarizeResult. An article's summary may come in two parts
 * (restOf).
 */
export async function summarizeTab(
  tabId: number,
  request: SummarizeOptions,
  timeoutMs = SUMMARIZE_TIMEOUT_MS,
  capture: Promise<CapturedPage | SummarizeFailure> = captureTab(tabId, timeoutMs),
): Promise<SummarizeResult> {
  const pipeline = loadPipeline();
  const page = await capture;
  mark('captured');
  if ('ok' in page) return page;
  try {
    const { summarizeCapturedPage } = await pipeline;
    mark('pipeline-loaded');
    let rest: (() => SummarizeResult) | null = null;
    const result = summarizeCapturedPage(page, request, { later: (r) => (rest = r) });
    mark('summarized');
    if (rest)
      rests.set(result, () => {
        const complete = rest!();
        mark('completed');
        return complete;
      });
    return result;
  } catch (error) {
    return failure('extraction-failed', error instanceof Error ? error.message : String(error));
  }
}
