import { describe, expect, it } from 'vitest';
import { openArticleWithPopup, openPopup, openTab, waitForPopupState } from './popup';
import { useExtension } from './use-extension';

// The popup's non-article states in the real extension.
const e2e = useExtension();

describe('a page that is not an article (home page)', () => {
  it('offers "Summarize anyway", which then shows a summary', async () => {
    const { popup } = await openArticleWithPopup(e2e.session, e2e.server.url('home-page'));
    expect(await popup.evaluate(() => document.documentElement.dataset.state)).toBe('not-article');
    const anyway = popup.getByRole('button', { name: 'Summarize anyway' });
    expect(await anyway.count()).toBe(1);
    await anyway.click();
    expect(await waitForPopupState(popup)).toBe('ready');
    expect(await popup.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await popup.getByRole('region', { name: 'Key points' }).getByRole('listitem').count()).toBeGreaterThan(0);
  });
});

describe('a raw file tab (JSON shown as text by the browser)', () => {
  it('is not an article: the popup says so and offers "Summarize anyway"', async () => {
    const { popup } = await openArticleWithPopup(e2e.session, `${e2e.server.origin}/blogger-maskpark/truth.json`);
    expect(await popup.evaluate(() => document.documentElement.dataset.state)).toBe('not-article');
    expect(await popup.getByRole('button', { name: 'Summarize anyway' }).count()).toBe(1);
    expect(await popup.evaluate(() => document.body.innerText)).toContain('This tab shows a file');
  });
});

describe('a restricted page', () => {
  it.each([
    'chrome://version/',
    'chrome://extensions/',
    'about:blank',
    'data:text/html,<p>A page made of a data URL.</p>',
  ])('%s gets the plain explanation', async (url) => {
    const { tabId } = await openTab(e2e.session, url);
    const { popup, state } = await openPopup(e2e.session, tabId);
    expect(state).toBe('restricted');
    expect(await popup.getByRole('heading', { name: "Can't summarize this page" }).count()).toBe(1);
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text.length).toBeGreaterThan("Can't summarize this page".length + 20); // an explanation, not just the title
    expect(text).not.toMatch(/\bat \S+:\d+:\d+|Error:|undefined|\[object/); // no stack trace or raw error
  });
});

describe('a page that does not answer', () => {
  it('times out after about 10 s with a message and "Try again", which then works', async () => {
    const { page, tabId } = await openTab(e2e.session, `${e2e.server.url('blogger-maskpark')}?t=timeout`);
    // Block the article tab's main thread for 13 s: the injected script cannot run meanwhile.
    const busy = page.evaluate(() => {
      const end = Date.now() + 13_000;
      while (Date.now() < end);
    });
    await page.waitForTimeout(100);
    const started = Date.now();
    const popup = await e2e.session.context.newPage();
    await popup.goto(e2e.session.popupUrl(tabId));
    expect(await waitForPopupState(popup, ['error', 'ready', 'restricted', 'not-article'], 20_000)).toBe('error');
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThan(8_000);
    expect(waited).toBeLessThan(12_500);
    const retry = popup.getByRole('button', { name: 'Try again' });
    expect(await retry.count()).toBe(1);
    expect((await popup.evaluate(() => document.body.innerText)).length).toBeGreaterThan(20);
    await busy;
    await retry.click();
    expect(await waitForPopupState(popup, ['ready', 'error'])).toBe('ready');
  });
});
