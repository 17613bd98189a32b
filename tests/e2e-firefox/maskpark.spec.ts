import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, serveFixtures, type FixtureServer } from '../e2e/fixture-server';
import {
  artifact,
  launchFirefox,
  openPopup,
  openTab,
  readPopup,
  REPO_ROOT,
  type ExtensionScope,
  type FirefoxSession,
  type PopupSummary,
} from './firefox';

// The reference article in the built Firefox extension, in real Firefox ESR. Expected values come from
// the golden file (tests/fixtures/blogger-maskpark/expected.json), read at test time.
const expected = JSON.parse(readFileSync(join(FIXTURES_DIR, 'blogger-maskpark', 'expected.json'), 'utf8')) as {
  title: string;
  keyPoints: { text: string; section: string | null }[];
  whyItMatters: { columns: string[]; rows: string[][] };
  related: { title: string; url: string; source: string }[];
};
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
export const SCREENSHOT = join(REPO_ROOT, 'docs', 'screenshots', 'popup-firefox.png');

describe('MaskPark (Blogger) article in the Firefox popup', () => {
  let session: FirefoxSession;
  let server: FixtureServer;
  let popup: Page;
  let shown: PopupSummary;

  beforeAll(async () => {
    server = await serveFixtures();
    session = await launchFirefox();
    const { tabId } = await openTab(session, server.url('blogger-maskpark'));
    ({ popup } = await openPopup(session, tabId, ['ready']));
    shown = await readPopup(popup);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it("is the extension Firefox installed, with the e2e build's host access only", async () => {
    const granted = await session.control.evaluate(() =>
      (globalThis as unknown as ExtensionScope).browser.permissions.getAll(),
    );
    expect(granted.origins).toEqual(['http://127.0.0.1/*']);
    expect([...(granted.permissions ?? [])].sort()).toEqual(['activeTab', 'scripting', 'storage']);
  });

  it('shows the article title as the heading', () => {
    expect(shown.state).toBe('ready');
    expect(shown.title).toBe(squash(expected.title));
  });

  it('lists the 5 key points of the golden summary, with their section names', () => {
    expect(expected.keyPoints).toHaveLength(5);
    // A section is shown under its point unless it is missing or repeats the title.
    const wanted = expected.keyPoints.map((p) => ({
      text: squash(p.text),
      section: p.section && squash(p.section) !== squash(expected.title) ? squash(p.section) : null,
    }));
    expect(shown.keyPoints).toEqual(wanted);
    expect(shown.keyPoints.filter((p) => p.section !== null).length).toBeGreaterThanOrEqual(4);
  });

  it('shows the "Why this matters" table: Issue | Significance and 4 rows', () => {
    expect(shown.regions).toEqual(['Key points', 'Why this matters', 'Related']);
    expect(shown.table).not.toBeNull();
    expect(shown.table!.columns).toEqual(['Issue', 'Significance']);
    expect(shown.table!.columns).toEqual(expected.whyItMatters.columns);
    expect(shown.table!.colScopes).toBe(2);
    expect(shown.table!.rows).toHaveLength(4);
    expect(shown.table!.rows).toEqual(expected.whyItMatters.rows.map((r) => r.map(squash)));
    expect(shown.table!.caption).not.toBeNull();
  });

  it('links the 3 "Popular posts from this blog" by title', () => {
    const popular = expected.related.filter((r) => r.source === 'Popular posts from this blog');
    expect(popular).toHaveLength(3);
    expect(shown.related).toEqual(expected.related.map(({ title, url }) => ({ title: squash(title), url })));
    for (const link of popular) expect(shown.related).toContainEqual({ title: squash(link.title), url: link.url });
  });

  it('saves a screenshot of the popup (test-results/e2e-firefox; docs/screenshots/popup-firefox.png with UPDATE_SCREENSHOTS=1)', async () => {
    await popup.evaluate(() => document.fonts.ready.then(() => undefined));
    const file = artifact('maskpark-popup.png');
    await popup.screenshot({ path: file as `${string}.png`, fullPage: true });
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(400); // width: the popup's 400 px viewport
    expect(png.readUInt32BE(20)).toBeGreaterThan(600); // full page: taller than the viewport
    // The README's copy changes only on purpose: `UPDATE_SCREENSHOTS=1 npm run test:e2e:firefox`.
    if (process.env.UPDATE_SCREENSHOTS === '1') copyFileSync(file, SCREENSHOT);
  });
});
