import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { WxtBrowser } from 'wxt/browser';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The Firefox test build (`npm run build:e2e`): host access to http://127.0.0.1/* and `popup.html?tabId=N`. */
export const FIREFOX_E2E_DIR = process.env.NEWS_LENS_FIREFOX_E2E_DIR ?? join(REPO_ROOT, '.output', 'firefox-mv3-e2e');
/** The Firefox build that ships (`npm run build`). */
export const FIREFOX_SHIPPED_DIR = join(REPO_ROOT, '.output', 'firefox-mv3');
export const RESULTS_DIR = join(REPO_ROOT, 'test-results', 'e2e-firefox');

/**
 * The global scope of an extension page, for functions evaluated in one (`session.control`):
 * `(globalThis as unknown as ExtensionScope).browser` is the WebExtension API, typed as WXT types it.
 */
export type ExtensionScope = { browser: WxtBrowser };

/**
 * The moz-extension:// host is a random UUID per profile; `extensions.webextensions.uuids` (a JSON
 * string: add-on id -> UUID) fixes it before the add-on is installed.
 */
export const EXTENSION_UUID = '3f0c9a52-7d41-4e8b-a6b2-5e1d0c7f9b34';

/**
 * Firefox phones home a lot; the test network is closed. On top of puppeteer's and Firefox's own
 * automation defaults (which already turn off updates, Normandy, Safe Browsing, remote settings,
 * health report), these stop the rest: telemetry, captive portal and connectivity probes, DNS over
 * HTTPS, push, add-on blocklist and system add-on updates, speculative connections, geolocation,
 * region lookup, OCSP. Checked with `strace -f -e trace=connect`: only 127.0.0.1 is contacted.
 */
export const OFFLINE_PREFS: Record<string, string | number | boolean> = {
  'app.update.auto': false,
  'app.update.checkInstallTime': false,
  'app.update.disabledForTesting': true,
  'app.normandy.enabled': false,
  'app.normandy.api_url': '',
  'app.shield.optoutstudies.enabled': false,
  'browser.discovery.enabled': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.feeds.snippets': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.newtabpage.enabled': false,
  'browser.ping-centre.telemetry': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.search.geoip.url': '',
  'browser.search.update': false,
  'browser.startup.homepage': 'about:blank',
  'browser.startup.page': 0,
  'browser.topsites.contile.enabled': false,
  'browser.urlbar.quicksuggest.enabled': false,
  'browser.urlbar.suggest.searches': false,
  'captivedetect.canonicalURL': '',
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'dom.push.connection.enabled': false,
  'dom.push.serverURL': '',
  'extensions.blocklist.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.systemAddon.update.url': '',
  'extensions.update.enabled': false,
  'geo.provider.network.url': '',
  'identity.fxaccounts.enabled': false,
  'media.gmp-gmpopenh264.enabled': false,
  'media.gmp-manager.updateEnabled': false,
  'media.gmp-manager.url': '',
  'messaging-system.rsexperimentloader.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.http.speculative-parallel-limit': 0,
  'network.predictor.enabled': false,
  'network.prefetch-next': false,
  'network.trr.mode': 5,
  'security.OCSP.enabled': 0,
  'security.remote_settings.crlite_filters.enabled': false,
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.unified': false,
};

/** Test-only look: English UI, light colour scheme (like docs/screenshots/popup-light.png). */
const LOOK_PREFS: Record<string, string | number | boolean> = {
  'intl.locale.requested': 'en-US',
  'intl.accept_languages': 'en-US, en',
  'layout.css.prefers-color-scheme.content-override': 1, // 0 dark, 1 light
  // Background tabs do not animate: instant scrolls for jump to source (as the Chromium suite does).
  'ui.prefersReducedMotion': 1,
  // Overlay scrollbars (as in Chromium headless): a full-page screenshot is the whole 400 px wide.
  'ui.useOverlayScrollbars': 1,
};

export type PopupState = 'loading' | 'ready' | 'restricted' | 'not-article' | 'error';
export const SETTLED: readonly PopupState[] = ['ready', 'restricted', 'not-article', 'error'];
export const VIEWPORT = { width: 400, height: 600 };

export type FirefoxSession = {
  browser: Browser;
  /** The add-on id Firefox installed (the gecko id of the build's manifest). */
  addonId: string;
  /** `moz-extension://<uuid>` */
  origin: string;
  /** An extension page kept open to ask `browser.tabs` / `browser.permissions` things. */
  control: Page;
  close: () => Promise<void>;
};

/** The gecko add-on id from a build's manifest.json. */
export function geckoId(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const id: unknown = manifest.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string' || id === '')
    throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

type NavigableFrame = {
  browsingContext?: { navigate: (url: string, wait: 'none' | 'interactive' | 'complete') => Promise<void> };
};

/**
 * Loads `url` in `page` and waits for its load event. Goes through WebDriver BiDi's
 * browsingContext.navigate directly: Firefox only allows moz-extension:// and about: targets with
 * --remote-allow-system-access, and puppeteer's page.goto never sees such a navigation finish
 * (it times out although the page loaded).
 */
export async function navigate(page: Page, url: string): Promise<void> {
  const context = (page.mainFrame() as unknown as NavigableFrame).browsingContext;
  if (typeof context?.navigate !== 'function')
    throw new Error('puppeteer-core changed: no BiDi browsingContext on the frame');
  await context.navigate(url, 'complete');
}

/**
 * Launches Firefox ESR headless in a throwaway profile, offline, and installs the unpacked extension
 * as a temporary add-on (WebDriver BiDi webExtension.install). Throws (never skips) when Firefox or
 * the build is missing: a browser test must fail loudly then.
 */
export async function launchFirefox(extensionDir = FIREFOX_E2E_DIR): Promise<FirefoxSession> {
  const dir = resolve(extensionDir);
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(
      `Firefox not found at ${FIREFOX_PATH}: install it (apt-get install firefox-esr) or set FIREFOX_PATH`,
    );
  }
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No extension build in ${dir}: run \`npm run build && npm run build:e2e\` first`);
  }
  const id = geckoId(dir);
  const scratch = mkdtempSync(join(tmpdir(), 'news-lens-e2e-firefox-'));
  for (const sub of ['home', 'tmp']) mkdirSync(join(scratch, sub), { recursive: true });
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  Object.assign(env, {
    HOME: join(scratch, 'home'),
    TMPDIR: join(scratch, 'tmp'),
    LANG: 'en_US.UTF-8',
    LANGUAGE: 'en_US',
    // Firefox's test-harness switch: refuses connections to non-local addresses, and is the only way a
    // release build honours `services.settings.server` (remote settings otherwise polls
    // firefox.settings.services.mozilla.com whatever the prefs say).
    MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1',
  });

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    env,
    defaultViewport: VIEWPORT,
    // Lets BiDi open moz-extension:// and about: pages (the popup, the restricted-page tests).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...OFFLINE_PREFS,
      ...LOOK_PREFS,
      'extensions.webextensions.uuids': JSON.stringify({ [id]: EXTENSION_UUID }),
    },
  });
  const close = async () => {
    await browser.close().catch(() => undefined);
    rmSync(scratch, { recursive: true, force: true });
  };
  try {
    const addonId = await browser.installExtension(dir);
    const origin = `moz-extension://${EXTENSION_UUID}`;
    const control = await browser.newPage();
    await navigate(control, `${origin}/popup.html`);
    return { browser, addonId, origin, control, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Ids of every open tab, asked of the extension (tabs.query from the control page). */
export async function tabIds(session: FirefoxSession): Promise<number[]> {
  return session.control.evaluate(async () => {
    const tabs = await (globalThis as unknown as ExtensionScope).browser.tabs.query({});
    return tabs.map((t) => t.id).filter((id): id is number => typeof id === 'number');
  });
}

/** Opens `url` in a new tab and returns the page with its tab id (the one tab that was not there before). */
export async function openTab(session: FirefoxSession, url: string): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await tabIds(session));
  const page = await session.browser.newPage();
  await navigate(page, url);
  const added = (await tabIds(session)).filter((id) => !before.has(id));
  if (added.length !== 1 || added[0] === undefined)
    throw new Error(`could not identify the tab of ${url} (new tabs: ${added.join(', ')})`);
  return { page, tabId: added[0] };
}

/** Current `data-state` of the popup's root element. */
export function popupState(popup: Page): Promise<string | undefined> {
  return popup.evaluate(() => document.documentElement.dataset.state);
}

/** Waits until the popup reaches one of `states` and returns the state it is in. */
export async function waitForPopupState(
  popup: Page,
  states: readonly string[] = SETTLED,
  timeout = 20_000,
): Promise<string> {
  try {
    await popup.waitForFunction(
      (wanted: string[]) => wanted.includes(document.documentElement.dataset.state ?? ''),
      { timeout, polling: 50 },
      [...states],
    );
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

/** Opens the e2e popup (`popup.html?tabId=N`) in a tab of its own and waits for it to settle. */
export async function openPopup(session: FirefoxSession, tabId: number, states: readonly string[] = SETTLED) {
  const popup = await session.browser.newPage();
  await navigate(popup, `${session.origin}/popup.html?tabId=${tabId}`);
  const state = await waitForPopupState(popup, states);
  return { popup, state };
}

export type PopupSummary = {
  state: string | undefined;
  title: string;
  keyPoints: { text: string; section: string | null }[];
  table: { caption: string | null; columns: string[]; colScopes: number; rows: string[][] } | null;
  related: { title: string; url: string }[];
  /** Names of the regions (`section[aria-labelledby]`) found. */
  regions: string[];
};

/**
 * What the popup shows, read from its DOM the way a screen reader finds it: regions by the heading
 * that labels them ("Key points", "Why this matters", "Related"), whitespace squashed.
 */
export function readPopup(popup: Page): Promise<PopupSummary> {
  return popup.evaluate(() => {
    const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
    const sections = Array.from(document.querySelectorAll('section[aria-labelledby]'));
    const named = sections.map((s) => ({
      name: squash(document.getElementById(s.getAttribute('aria-labelledby') ?? '')?.textContent),
      el: s,
    }));
    const region = (name: string) => named.find((r) => r.name === name)?.el ?? null;
    const points = region('Key points');
    const why = region('Why this matters');
    const table = why?.querySelector('table') ?? null;
    const related = region('Related');
    return {
      state: document.documentElement.dataset.state,
      title: squash(document.querySelector('h1')?.textContent),
      keyPoints: Array.from(points?.querySelectorAll('li') ?? [], (li) => ({
        text: squash(li.querySelector('button')?.textContent),
        section: li.querySelector('.point-section') ? squash(li.querySelector('.point-section')?.textContent) : null,
      })),
      table: table && {
        caption: table.querySelector('caption') ? squash(table.querySelector('caption')?.textContent) : null,
        columns: Array.from(table.querySelectorAll('thead th'), (th) => squash(th.textContent)),
        colScopes: table.querySelectorAll('th[scope="col"]').length,
        rows: Array.from(table.querySelectorAll('tbody tr'), (tr) =>
          Array.from(tr.querySelectorAll('th, td'), (c) => squash(c.textContent)),
        ),
      },
      related: Array.from(related?.querySelectorAll('a') ?? [], (a) => ({ title: squash(a.textContent), url: a.href })),
      regions: named.map((r) => r.name),
    };
  });
}

/** Path for an artifact (screenshot) under test-results/e2e-firefox/. */
export function artifact(name: string): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  return join(RESULTS_DIR, name);
}
