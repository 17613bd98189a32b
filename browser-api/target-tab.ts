import { browser } from 'wxt/browser';

/** The tab the popup works on: what the other adapters need from it. */
export type TargetTab = { id: number; url: string | undefined; index: number };

/**
 * The active tab of the current window. In the e2e test build only, `popup.html?tabId=N`
 * names the tab instead (automation cannot click the toolbar button); the branch is
 * compiled out of the shipped build because MODE is a build-time constant.
 */
export async function getTargetTab(search?: string): Promise<TargetTab | null> {
  if (import.meta.env.MODE === 'e2e') {
    const param = new URLSearchParams(search ?? location.search).get('tabId');
    if (param) {
      const tab = await browser.tabs.get(Number(param)).catch(() => undefined);
      return tab?.id === undefined ? null : { id: tab.id, url: tab.url, index: tab.index };
    }
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url, index: tab.index };
}
