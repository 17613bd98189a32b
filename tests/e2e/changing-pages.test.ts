import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from './fixture-server';
import { openPopup, openTab } from './popup';
import { truthOf, useExtension } from './use-extension';

// Pages that are not a plain static article: a strict content security policy, a
// single-page app that changed its URL and content after load, and an article inside an iframe.
const e2e = useExtension();
const maskpark = truthOf('blogger-maskpark');
const jetpack = truthOf('wordpress-jetpack');
const source = (slug: string) => readFileSync(join(FIXTURES_DIR, slug, 'source.html'), 'utf8');

async function popupTitle(tabId: number) {
  const { popup, state } = await openPopup(e2e.session, tabId);
  const title = state === 'ready' ? await popup.getByRole('heading', { level: 1 }).textContent() : null;
  return { popup, state, title: title?.trim() ?? null };
}

describe('pages that change or guard themselves', () => {
  it('summarizes a page served with a strict content security policy', async () => {
    const url = `${e2e.server.origin}/strict-csp/story`;
    await e2e.session.context.route(url, (route) =>
      route.fulfill({
        status: 200,
        headers: {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': "default-src 'none'; script-src 'none'; style-src 'none'",
        },
        body: source('blogger-maskpark'),
      }),
    );
    const { tabId } = await openTab(e2e.session, url);
    const { state, title, popup } = await popupTitle(tabId);
    expect(state).toBe('ready');
    expect(title).toBe(maskpark.metadata.title);
    expect(await popup.getByRole('region', { name: 'Why this matters' }).getByRole('row').count()).toBe(5);
  });

  it('summarizes what a single-page app shows now, at its new URL', async () => {
    const { page, tabId } = await openTab(e2e.session, e2e.server.url('blogger-maskpark'));
    // The app swaps in another story and pushes its URL, as client-side routers do.
    await page.evaluate(async (next) => {
      const html = await (await fetch(next)).text();
      const doc = new DOMParser().parseFromString(html, 'text/html');
      document.title = doc.title;
      document.head.replaceWith(document.adoptNode(doc.head));
      document.body.replaceWith(document.adoptNode(doc.body));
      history.pushState({}, '', '/spa/another-story');
    }, e2e.server.url('wordpress-jetpack'));
    const { state, title } = await popupTitle(tabId);
    expect(state).toBe('ready');
    expect(title).toBe(jetpack.metadata.title);
    expect(title).not.toBe(maskpark.metadata.title);
  });

  it('reads an article inside a same-origin iframe when the top page has none', async () => {
    const url = `${e2e.server.origin}/framed/`;
    await e2e.session.context.route(url, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="en"><head><title>Reader frame</title></head><body><iframe title="story" src="${e2e.server.url('blogger-maskpark')}" style="width:100%;height:90vh;border:0"></iframe></body></html>`,
      }),
    );
    const { page, tabId } = await openTab(e2e.session, url);
    await page.frameLocator('iframe').locator('h3, h1').first().waitFor();
    const { state, title } = await popupTitle(tabId);
    expect(state).toBe('ready');
    expect(title).toBe(maskpark.metadata.title);
  });
});
