import { captureTab, loadPipeline, summarizeTab } from './summarize-tab';
import { mark } from '@/utils/timing';
import { readCachedSummary } from './summary-cache';
import { loadLength } from './length-preference';
import { getTargetTab, type TargetTab } from './target-tab';
import { restrictedReason } from '@/utils/popup/restricted-url';
import {
  POINTS_BY_LENGTH,
  type PageSummary,
  type SummarizeFailure,
  type SummarizeResult,
  type SummaryLength,
} from '@/utils/types';
import type { CapturedPage } from '@/utils/in-tab/capture-page';

export type FirstClick = {
  target: TargetTab | null;
  length: SummaryLength;
  /** This session's cached summary of the tab at that length, read at once. */
  cached: PageSummary | null;
  /** The tab's copy, already on its way (null for a page the popup will not try). */
  capture: Promise<CapturedPage | SummarizeFailure> | null;
  /**
   * With nothing cached, the summary itself: computed as soon as the copy and the pipeline are in, without
   * waiting for the view to load. (With a cached summary the view paints it first, then refreshes.)
   */
  result: Promise<SummarizeResult> | null;
};

let started: Promise<FirstClick> | null = null;

/**
 * Called by the popup's entry before anything else loads: finds the tab, asks it for its copy and reads the
 * cache; on a cache miss it starts loading the pipeline, so the page's work, the pipeline's compile and the
 * view's load overlap. usePopup takes the result with takeFirstClick().
 */
export function startFirstClick(): void {
  mark('start');
  const length = loadLength();
  started = (async () => {
    const target = await getTargetTab().catch(() => null);
    mark('tab');
    const restricted = target ? restrictedReason(target.url) : null;
    // file:// may work when the reader allowed file access: it is tried (see usePopup).
    if (!target || (restricted && restricted !== 'file'))
      return { target, length: await length, cached: null, capture: null, result: null };
    const capture = captureTab(target.id);
    const len = await length;
    const cached = target.url ? await readCachedSummary(target.url, len) : null;
    mark(cached ? 'cache-hit' : 'cache-miss');
    // Loading the pipeline compiles and runs its module on this thread: with a cached summary to paint first it
    // waits for the refresh (usePopup); without one it starts now, while the page makes its copy.
    if (!cached) void loadPipeline().catch(() => undefined); // a failed load is reported by summarizeTab
    const result = cached
      ? null
      : summarizeTab(target.id, { points: POINTS_BY_LENGTH[len], force: false }, undefined, capture);
    return { target, length: len, cached, capture, result };
  })();
}

/** The work startFirstClick began (once), or null when it was not called. */
export function takeFirstClick(): Promise<FirstClick> | null {
  const first = started;
  started = null;
  return first;
}
