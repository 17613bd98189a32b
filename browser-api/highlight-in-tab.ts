import { browser } from 'wxt/browser';
import { highlightInPage } from '@/utils/in-tab/highlight-in-page';

/**
 * Jump to source: scrolls the article tab to the sentence and highlights it.
 * The popup stays open: executeScript neither focuses the tab nor the page (in Chrome a popup
 * closes when it loses focus, and nothing here takes it), so the reader can jump point by point.
 * Checked in Chromium 156: the real popup (chrome.action.openPopup) was still open after a key
 * point click had scrolled the article tab and set the highlight.
 */
export async function highlightInTab(tabId: number, sentence: string): Promise<boolean> {
  try {
    const [first] = await browser.scripting.executeScript({
      target: { tabId },
      func: highlightInPage,
      args: [sentence],
    });
    return first?.result === true;
  } catch {
    return false;
  }
}
