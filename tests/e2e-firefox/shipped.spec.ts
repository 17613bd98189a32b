import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFixtures, type FixtureServer } from '../e2e/fixture-server';
import {
  FIREFOX_SHIPPED_DIR,
  launchFirefox,
  openTab,
  popupState,
  navigate,
  waitForPopupState,
  type ExtensionScope,
  type FirefoxSession,
} from './firefox';

// The SHIPPED Firefox build (.output/firefox-mv3) as Firefox itself loads it: tests/e2e/manifest.test.ts reads
// the file; this asks Firefox what it installed and granted.
let session: FirefoxSession;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures();
  session = await launchFirefox(FIREFOX_SHIPPED_DIR);
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('the shipped Firefox build in Firefox', () => {
  it('installs under the gecko id of its manifest', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_SHIPPED_DIR, 'manifest.json'), 'utf8'));
    expect(session.addonId).toBe(manifest.browser_specific_settings.gecko.id);
  });

  it('is granted no host permissions, only activeTab, scripting and storage', async () => {
    const { granted, loaded } = await session.control.evaluate(async () => {
      const b = (globalThis as unknown as ExtensionScope).browser;
      return { granted: await b.permissions.getAll(), loaded: b.runtime.getManifest() };
    });
    expect(loaded.manifest_version).toBe(3);
    expect(loaded.host_permissions ?? []).toEqual([]);
    expect(loaded.optional_host_permissions ?? []).toEqual([]);
    expect(granted.origins).toEqual([]);
    expect([...(granted.permissions ?? [])].sort()).toEqual(['activeTab', 'scripting', 'storage']);
  });

  it('cannot read a page it was not invoked on (no ?tabId=N back door)', async () => {
    const { tabId } = await openTab(session, server.url('blogger-maskpark'));
    const read = await session.control.evaluate(async (id: number) => {
      try {
        await (globalThis as unknown as ExtensionScope).browser.scripting.executeScript({
          target: { tabId: id },
          func: () => document.title,
        });
        return 'read';
      } catch (error) {
        return String((error as Error).message);
      }
    }, tabId);
    expect(read).toMatch(/missing host permission/i);
    // The shipped popup ignores ?tabId=N: it works on the active tab, here its own page.
    const popup = await session.browser.newPage();
    await navigate(popup, `${session.origin}/popup.html?tabId=${tabId}`);
    expect(await waitForPopupState(popup)).toBe('restricted');
    expect(await popupState(popup)).not.toBe('ready');
    expect(await popup.evaluate(() => document.body.innerText)).toContain('This page belongs to an extension');
  });
});
