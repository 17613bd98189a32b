import { captureTab, loadPipeline, mark } from './summarize-tab';
import { loadLength } from './length-preference';
import { getTargetTab, type TargetTab } from './target-tab';
import { restrictedReason } from '@/utils/popup/restricted-url';
import type { SummarizeFailure, SummaryLength } from '@/utils/types';
import type { CapturedPage } from '@/utils/in-tab/capture-page';

export type FirstClick = {
  target: TargetTab | null;
  length: SummaryLength;
  /** The tab's copy, already on its way (null for a page the popup will not try). */
  capture: Promise<CapturedPage | SummarizeFailure> | null;
};

let started: Promise<FirstClick> | null = null;

/**
 * Called by the popup before it renders anything: finds the tab, asks it for its copy and starts loading
 * the pipeline, all at once, so the page's work, the pipeline's compile and the popup's first render
 * overlap. usePopup takes the result with takeFirstClick().
 */
export function startFirstClick(): void {
  mark('start');
  void loadPipeline().catch(() => undefined); // a failed load is reported by summarizeTab
  const length = loadLength();
  started = (async () => {
    const target = await getTargetTab().catch(() => null);
    mark('tab');
    const restricted = target ? restrictedReason(target.url) : null;
    // file:// may work when the reader allowed file access: it is tried (see usePopup).
    const capture = target && (!restricted || restricted === 'file') ? captureTab(target.id) : null;
    return { target, length: await length, capture };
  })();
}

/** The work startFirstClick began (once), or null when it was not called. */
export function takeFirstClick(): Promise<FirstClick> | null {
  const first = started;
  started = null;
  return first;
}
