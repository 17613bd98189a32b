import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFixtures, type FixtureServer } from '../e2e/fixture-server';
import { launchFirefox, openPopup, openTab, readPopup, waitForPopupState, type FirefoxSession } from './firefox';

// The popup's non-article states in real Firefox (the e2e build, pointed at a tab with ?tabId=N).
let session: FirefoxSession;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures();
  session = await launchFirefox();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

const bodyText = (popup: Awaited<ReturnType<typeof openPopup>>['popup']) =>
  popup.evaluate(() => document.body.innerText);

describe('a page that is not an article (home page)', () => {
  it('offers "Summarize anyway", which then shows a summary', async () => {
    const { tabId } = await openTab(session, server.url('home-page'));
    const { popup, state } = await openPopup(session, tabId);
    expect(state).toBe('not-article');
    expect(await popup.$$eval('h1, h2', (hs) => hs.map((h) => h.textContent?.trim()))).toContain(
      "This doesn't look like an article",
    );
    const anyway = await popup.$$('::-p-text(Summarize anyway)');
    expect(anyway).toHaveLength(1);
    await anyway[0]!.click();
    expect(await waitForPopupState(popup)).toBe('ready');
    const shown = await readPopup(popup);
    expect(shown.title.length).toBeGreaterThan(0);
    expect(shown.keyPoints.length).toBeGreaterThan(0);
  });
});

describe('a restricted page', () => {
  // The e2e build cannot see these tabs' URLs (no activeTab grant, no host permission), so the popup
  // learns that the page is off limits from the refused injection, as it does in Chromium. Our own
  // extension page is the other path: its URL is known and ruled out before any injection.
  it.each([
    ['about:blank', "The browser doesn't let extensions read this page."],
    // Firefox answers these injections with [undefined] instead of an error (summarize-tab.ts).
    ['about:config', "The browser doesn't let extensions read this page."],
    ['about:addons', "The browser doesn't let extensions read this page."],
    ['about:support', "The browser doesn't let extensions read this page."],
    [
      '(its own popup.html)',
      "This page belongs to an extension. Browsers don't let extensions read each other's pages.",
    ],
  ])('%s gets the plain explanation', async (target, explanation) => {
    const url = target.startsWith('(') ? `${session.origin}/popup.html` : target;
    const { tabId } = await openTab(session, url);
    const { popup, state } = await openPopup(session, tabId);
    expect(state).toBe('restricted');
    expect(await popup.$$eval('h1, h2', (hs) => hs.map((h) => h.textContent?.trim()))).toContain(
      "Can't summarize this page",
    );
    const text = await bodyText(popup);
    expect(text).toContain(explanation);
    expect(text).not.toMatch(/\bat \S+:\d+:\d+|Error:|undefined|\[object/); // no stack trace or raw error
    await popup.close();
  });
});
