import { browser } from 'wxt/browser';
import type { TargetTab } from './target-tab';

/**
 * Opens a link in a new tab right after the article's tab, in the background so the popup
 * stays open and the reader can open several. Only http(s) URLs are ever opened.
 */
export async function openRelatedLink(url: string, from: Pick<TargetTab, 'id' | 'index'>): Promise<boolean> {
  if (!/^https?:\/\//i.test(url)) return false;
  try {
    await browser.tabs.create({ url, index: from.index + 1, openerTabId: from.id, active: false });
    return true;
  } catch {
    return false;
  }
}
