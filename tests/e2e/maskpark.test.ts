import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { allTabIds, navigatedUrl, openArticleWithPopup } from './popup';
import { artifact, truthOf, useExtension, whyItMattersOf } from './use-extension';

// The reference article in the real built extension.
const truth = truthOf('blogger-maskpark');
const truthTable = whyItMattersOf(truth);
const e2e = useExtension();
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('MaskPark (Blogger) article in the popup', () => {
  let popup: Page;
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    ({ popup, page, tabId } = await openArticleWithPopup(e2e.session, e2e.server.url('blogger-maskpark'), ['ready']));
  });

  it('reaches the ready state with the article title as the heading', async () => {
    expect(await popup.evaluate(() => document.documentElement.dataset.state)).toBe('ready');
    await expect(popup.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      truth.metadata.title.replace(/^\S+\s/, ''),
    );
  });

  it('shows the 4-row Issue | Significance table', async () => {
    const region = popup.getByRole('region', { name: 'Why this matters' });
    const table = region.getByRole('table');
    expect(await table.count()).toBe(1);
    const headers = await table.locator('thead th, tr:first-child th').allTextContents();
    expect(headers.map(squash)).toEqual(truthTable.columns);
    expect(await table.locator('th[scope="col"]').count()).toBe(2);
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) =>
          Array.from(tr.querySelectorAll('th, td'), (c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()),
        ),
      );
    expect(rows).toEqual(truthTable.rows);
    expect(await table.locator('caption').count()).toBe(1);
  });

  it('lists at least 3 key points, each a sentence of the article', async () => {
    const items = popup.getByRole('region', { name: 'Key points' }).getByRole('listitem');
    // Each point's text is inside a button (jump to source).
    const points = await items.getByRole('button').allTextContents();
    expect(points.length).toBe(await items.count());
    expect(points.length).toBeGreaterThanOrEqual(3);
    const articleText = squash(await page.evaluate(() => document.body.innerText));
    for (const point of points.map(squash)) {
      expect(articleText).toContain(point);
      for (const banned of truth.mustNotContain as string[]) expect(point).not.toContain(banned);
    }
  });

  it('links the 3 "Popular posts from this blog" by title', async () => {
    const links = popup.getByRole('region', { name: 'Related' }).getByRole('link');
    const found = await links.evaluateAll((as) =>
      as.map((a) => ({ title: (a.textContent ?? '').replace(/\s+/g, ' ').trim(), url: (a as HTMLAnchorElement).href })),
    );
    const expected = (truth.related as { title: string; url: string }[]).map(({ title, url }) => ({ title, url }));
    expect(found.length).toBeGreaterThanOrEqual(3);
    for (const link of expected) expect(found).toContainEqual(link);
    // Accessible name = title.
    await expect(links.first().getAttribute('href')).resolves.toBe(expected[0]!.url);
    expect(await popup.getByRole('link', { name: expected[0]!.title, exact: true }).count()).toBe(1);
  });

  it('saves a screenshot of the popup', async () => {
    const file = artifact('maskpark-popup.png');
    await popup.screenshot({ path: file, fullPage: true });
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(400); // width: the popup's 400 px viewport
  });

  it('opens a related link in a new tab next to the article, and the popup stays usable', async () => {
    const { context, serviceWorker } = e2e.session;
    const target = truth.related[1] as { title: string; url: string };
    const before = new Set(await allTabIds(e2e.session));
    const opened = context.waitForEvent('page', { timeout: 10_000 });
    await popup.getByRole('link', { name: target.title, exact: true }).click();
    const newPage = await opened;
    await expect.poll(() => navigatedUrl(newPage), { timeout: 10_000 }).toBe(target.url);
    const added = (await allTabIds(e2e.session)).filter((id) => !before.has(id));
    expect(added).toHaveLength(1);
    const [article, created] = await serviceWorker.evaluate(
      async ([a, b]) => [await chrome.tabs.get(a), await chrome.tabs.get(b)],
      [tabId, added[0]!] as const,
    );
    expect(created.index).toBe(article.index + 1);
    expect(created.openerTabId).toBe(tabId);
    // The popup did not navigate away and still works.
    expect(popup.isClosed()).toBe(false);
    expect(popup.url()).toContain('popup.html');
    expect(await popup.getByRole('region', { name: 'Related' }).getByRole('link').count()).toBeGreaterThanOrEqual(3);
    await newPage.close();
  });

  it.each([
    ['middle click', { button: 'middle' as const }],
    ['Ctrl+click', { modifiers: ['Control' as const] }],
  ])('opens a related link with %s in exactly one new tab', async (_name, clickOptions) => {
    const target = truth.related[2] as { title: string; url: string };
    const before = new Set(await allTabIds(e2e.session));
    const opened = e2e.session.context.waitForEvent('page', { timeout: 10_000 });
    await popup.getByRole('link', { name: target.title, exact: true }).click(clickOptions);
    const newPage = await opened;
    await expect.poll(() => navigatedUrl(newPage), { timeout: 10_000 }).toBe(target.url);
    await popup.waitForTimeout(300); // a second (duplicate) tab would show up by now
    const added = (await allTabIds(e2e.session)).filter((id) => !before.has(id));
    expect(added).toHaveLength(1);
    expect(popup.url()).toContain('popup.html');
    await newPage.close();
  });
});
