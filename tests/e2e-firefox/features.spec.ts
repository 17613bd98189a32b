import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, serveFixtures, type FixtureServer } from '../e2e/fixture-server';
import {
  launchFirefox,
  openPopup,
  openTab,
  readPopup,
  tabIds,
  waitForPopupState,
  type ExtensionScope,
  type FirefoxSession,
} from './firefox';

// The popup's actions in Firefox, where the browser APIs differ most from Chromium: scripting into the
// article tab (jump to source), storage (length), the clipboard, tabs.create (related links).
const expected = JSON.parse(readFileSync(join(FIXTURES_DIR, 'blogger-maskpark', 'expected.json'), 'utf8')) as {
  title: string;
  whyItMatters: { rows: string[][] };
  related: { title: string; url: string }[];
};
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
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

/** A MaskPark tab at a URL of its own (the summary cache is keyed by URL). */
function maskpark(tag: string) {
  return openTab(session, `${server.url('blogger-maskpark')}?t=${tag}`);
}

const KEY_POINT_BUTTONS = 'section[aria-labelledby="key-points-heading"] li button';

/** What the article tab highlights (CSS Custom Highlight 'news-lens'), and whether it is in view. */
function highlighted(page: Page) {
  return page.evaluate(() => {
    const entry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('news-lens');
    const ranges = entry ? [...entry] : [];
    const rect = ranges[0]?.getBoundingClientRect();
    return {
      text: ranges
        .map((r) => r.toString())
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
      inView: !!rect && rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight,
      scrollY,
    };
  });
}

describe('jump to source', () => {
  it('clicking the last key point highlights its sentence in the article tab and scrolls it into view', async () => {
    const { page, tabId } = await maskpark('jump');
    const markupBefore = await page.evaluate(() => document.body.innerHTML);
    const { popup } = await openPopup(session, tabId, ['ready']);
    const buttons = await popup.$$(KEY_POINT_BUTTONS);
    expect(buttons.length).toBe(5);
    const last = buttons.at(-1)!;
    const sentence = squash((await last.evaluate((b) => b.textContent)) ?? '');
    await last.click();
    await page.waitForFunction(
      () => ((CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('news-lens')?.size ?? 0) > 0,
      { timeout: 5000 },
    );
    const seen = await highlighted(page);
    expect(seen.text.length).toBeGreaterThan(10);
    expect(sentence).toContain(seen.text.slice(0, Math.min(40, seen.text.length)));
    expect(seen.inView).toBe(true);
    expect(seen.scrollY).toBeGreaterThan(0); // the last point is below the first screen
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(markupBefore);
    await popup.close();
  });
});

describe('length', () => {
  it('short / medium / long give 3 / 5 / 7 points and the choice is remembered on reopen', async () => {
    const { tabId } = await maskpark('length');
    const { popup } = await openPopup(session, tabId, ['ready']);
    const count = () => popup.$$eval(KEY_POINT_BUTTONS, (bs) => bs.length);
    for (const [value, points] of [
      ['long', 7],
      ['short', 3],
      ['medium', 5],
      ['long', 7],
    ] as const) {
      await (await popup.$(`input[type="radio"][name="length"][value="${value}"]`))!.click();
      await waitForPopupState(popup, ['ready']);
      await expect.poll(count, { timeout: 10_000 }).toBe(points);
    }
    await popup.close();
    const again = (await openPopup(session, tabId, ['ready'])).popup;
    expect(await again.$eval('input[name="length"]:checked', (i) => (i as HTMLInputElement).value)).toBe('long');
    expect(await again.$$eval(KEY_POINT_BUTTONS, (bs) => bs.length)).toBe(7);
    await (await again.$('input[name="length"][value="medium"]'))!.click();
    await expect.poll(() => again.$$eval(KEY_POINT_BUTTONS, (bs) => bs.length), { timeout: 10_000 }).toBe(5);
    await again.close();
  });
});

describe('Copy as Markdown', () => {
  it('puts title, link, key points, the table and related links on the clipboard and confirms', async () => {
    const { tabId } = await maskpark('copy');
    const { popup } = await openPopup(session, tabId, ['ready']);
    const points = (await readPopup(popup)).keyPoints.map((p) => p.text);
    await (await popup.$('::-p-text(Copy as Markdown)'))!.click();
    await expect
      .poll(() => popup.$$eval('[role="status"]', (els) => els.map((e) => e.textContent ?? '')), { timeout: 5000 })
      .toContainEqual(expect.stringMatching(/Copied/));
    const md = await popup.evaluate(() => navigator.clipboard.readText());
    expect(md).toContain(expected.title);
    expect(md).toContain(`${server.url('blogger-maskpark')}?t=copy`);
    for (const point of points) expect(squash(md)).toContain(point);
    const lines = md.split('\n').map((l) => l.trim());
    expect(lines).toContainEqual(expect.stringMatching(/^\|\s*Issue\s*\|\s*Significance\s*\|$/));
    for (const [issue, significance] of expected.whyItMatters.rows as [string, string][]) {
      expect(lines).toContain(`| ${issue} | ${significance} |`);
    }
    for (const { title, url } of expected.related) expect(md).toContain(`[${title}](${url})`);
    await popup.close();
  });
});

describe('related links', () => {
  it('a click opens the link in a background tab right after the article, and the popup stays', async () => {
    const { tabId } = await maskpark('related');
    const { popup } = await openPopup(session, tabId, ['ready']);
    const target = expected.related[1]!;
    const before = new Set(await tabIds(session));
    const links = await popup.$$('section[aria-labelledby="related-heading"] a');
    const link = links[1]!;
    expect(squash((await link.evaluate((a) => a.textContent)) ?? '')).toBe(squash(target.title));
    await link.click();
    await expect
      .poll(async () => (await tabIds(session)).filter((id) => !before.has(id)).length, { timeout: 5000 })
      .toBe(1);
    const [added] = (await tabIds(session)).filter((id) => !before.has(id));
    const [article, created] = await session.control.evaluate(
      async (a: number, b: number) => {
        const tabs = (globalThis as unknown as ExtensionScope).browser.tabs;
        return [await tabs.get(a), await tabs.get(b)] as const;
      },
      tabId,
      added!,
    );
    expect(created.index).toBe(article.index + 1);
    expect(created.openerTabId).toBe(tabId);
    expect(created.active).toBe(false);
    // The tab went to the link (the closed test network turns it into an error page naming it).
    await expect
      .poll(
        async () => {
          for (const page of await session.browser.pages()) {
            const url = page.url();
            if (url === target.url) return url;
            if (url.startsWith('about:neterror')) return new URL(url).searchParams.get('u');
          }
          return null;
        },
        { timeout: 10_000 },
      )
      .toBe(target.url);
    // The popup did not navigate away.
    expect(await popup.evaluate(() => location.pathname)).toBe('/popup.html');
    expect(await popup.$$eval('section[aria-labelledby="related-heading"] a', (as) => as.length)).toBe(
      expected.related.length,
    );
  });
});
