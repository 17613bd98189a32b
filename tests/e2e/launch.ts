import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
/** The test build (`npm run build:e2e`): host access to http://127.0.0.1/* and `popup.html?tabId=N` (override: NEWS_LENS_E2E_DIR). */
export const E2E_BUILD_DIR = process.env.NEWS_LENS_E2E_DIR ?? join(REPO_ROOT, '.output', 'chrome-mv3-e2e');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export type LaunchOptions = {
  /** Unpacked extension folder (default: .output/chrome-mv3-e2e). */
  extensionDir?: string;
  /** Browser UI language, e.g. 'zh-CN' (default 'en-US'). */
  lang?: string;
  /** Default viewport of new pages (default 400 x 600, the popup's size). */
  viewport?: { width: number; height: number };
};

export type ExtensionSession = {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** `chrome-extension://<id>/popup.html?tabId=N` */
  popupUrl: (tabId: number) => string;
  close: () => Promise<void>;
};

/**
 * Launches the system Chromium headless with the built extension loaded, in a throwaway profile.
 * Throws (never skips) when Chromium or the build is missing: a browser test must fail loudly then.
 */
export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionDir = resolve(options.extensionDir ?? E2E_BUILD_DIR);
  const lang = options.lang ?? 'en-US';
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install it (apt-get install chromium) or set CHROMIUM_PATH`,
    );
  }
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No extension build in ${extensionDir}: run \`npm run build:e2e\` first`);
  }
  const scratch = mkdtempSync(join(tmpdir(), 'news-lens-e2e-'));
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  Object.assign(env, {
    XDG_CONFIG_HOME: join(scratch, 'config'),
    XDG_CACHE_HOME: join(scratch, 'cache'),
    TMPDIR: join(scratch, 'tmp'),
    LANGUAGE: lang.replace('-', '_'),
    LANG: `${lang.replace('-', '_')}.UTF-8`,
  });
  for (const dir of ['config', 'cache', 'tmp']) mkdirSync(join(scratch, dir), { recursive: true });

  const context = await chromium.launchPersistentContext(join(scratch, 'profile'), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    env,
    locale: lang,
    viewport: options.viewport ?? { width: 400, height: 600 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--lang=${lang}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const serviceWorker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(serviceWorker.url()).host;
    return {
      context,
      extensionId,
      serviceWorker,
      popupUrl: (tabId) => `chrome-extension://${extensionId}/popup.html?tabId=${tabId}`,
      close: async () => {
        await context.close();
        rmSync(scratch, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
}
