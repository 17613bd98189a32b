import type { Page } from 'playwright-core';
import type { ExtensionSession } from './launch';

export type PopupState = 'loading' | 'ready' | 'restricted' | 'not-article' | 'error';
const SETTLED: PopupState[] = ['ready', 'restricted', 'not-article', 'error'];

/** Id of the tab showing `url` (exact match), asked of the extension's service worker. */
export async function tabIdOf(session: ExtensionSession, url: string): Promise<number> {
  const ids = await session.serviceWorker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.filter((t: { url?: string }) => t.url === u).map((t: { id?: number }) => t.id);
  }, url);
  if (ids.length !== 1 || typeof ids[0] !== 'number')
    throw new Error(`expected one tab at ${url}, found ${ids.length}`);
  return ids[0];
}

/** Ids of every open tab (to find a tab whose URL the extension may not read, e.g. chrome://). */
export async function allTabIds(session: ExtensionSession): Promise<number[]> {
  return session.serviceWorker.evaluate(async () =>
    (await chrome.tabs.query({}))
      .map((t: { id?: number }) => t.id)
      .filter((id: number | undefined): id is number => typeof id === 'number'),
  );
}

/** Opens a page in a new tab and returns it with its tab id. */
export async function openTab(session: ExtensionSession, url: string): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await allTabIds(session));
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const added = (await allTabIds(session)).filter((id) => !before.has(id));
  if (added.length !== 1 || added[0] === undefined) throw new Error(`could not identify the tab of ${url}`);
  return { page, tabId: added[0] };
}

/** Current `data-state` of the popup's root element. */
export function popupState(popup: Page): Promise<string | undefined> {
  return popup.evaluate(() => document.documentElement.dataset.state);
}

/** Waits until the popup leaves 'loading' (or reaches one of `states`) and returns the state. */
export async function waitForPopupState(
  popup: Page,
  states: readonly string[] = SETTLED,
  timeout = 20_000,
): Promise<string> {
  try {
    await popup.waitForFunction((wanted) => wanted.includes(document.documentElement.dataset.state ?? ''), states, {
      timeout,
      polling: 25,
    });
  } catch (error) {
    const seen = await popup
      .evaluate(() => ({ state: document.documentElement.dataset.state, text: document.body.innerText.slice(0, 300) }))
      .catch(() => ({ state: '(popup closed)', text: '' }));
    throw new Error(
      `popup never reached data-state ${states.join('|')} in ${timeout} ms: state=${seen.state ?? '(none)'}, text=${JSON.stringify(seen.text)}`,
      { cause: error },
    );
  }
  return (await popupState(popup)) ?? '';
}

/** Opens `popup.html?tabId=N` as a page (the e2e build's stand-in for the toolbar popup). */
export async function openPopup(
  session: ExtensionSession,
  tabId: number,
  states: readonly string[] = SETTLED,
): Promise<{ popup: Page; state: string }> {
  const popup = await session.context.newPage();
  await popup.goto(session.popupUrl(tabId));
  const state = await waitForPopupState(popup, states);
  return { popup, state };
}

/** Opens a fixture page, then the popup on it; resolves once the popup has settled. */
export async function openArticleWithPopup(
  session: ExtensionSession,
  url: string,
  states: readonly PopupState[] = SETTLED,
) {
  const { page, tabId } = await openTab(session, url);
  const { popup, state } = await openPopup(session, tabId, states);
  return { page, tabId, popup, state };
}

/**
 * The URL a tab was sent to, even when loading it failed (the fixtures' canonical https hosts are
 * offline, and tabs the extension creates are not reached by context.route): the last entry of its
 * navigation history, read over the DevTools protocol.
 */
export async function navigatedUrl(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { currentIndex, entries } = await cdp.send('Page.getNavigationHistory');
    return entries[currentIndex]?.url ?? '';
  } finally {
    await cdp.detach();
  }
}
