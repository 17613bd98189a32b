/**
 * `npm run screenshots`: pictures of the real popup (the built e2e extension in headless Chromium)
 * for the README: the MaskPark fixture in docs/screenshots/popup-light.png, popup-dark.png, popup-zh.png, and
 * a Japanese article with the Japanese UI in popup-ja.png; a "why this matters" table picked from an ordinary news
 * article (popup-why-picked*.png: light, dark, Chinese UI) and an Axios-style page's own labelled paragraphs
 * (popup-why-labelled.png).
 * Needs `npm run build:e2e` first and Chromium at /usr/bin/chromium (or CHROMIUM_PATH).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serveFixtures } from '../tests/e2e/fixture-server';
import { launchExtension, REPO_ROOT } from '../tests/e2e/launch';
import { openTab } from '../tests/e2e/popup';

const OUT_DIR = join(REPO_ROOT, 'docs', 'screenshots');
const SHOTS = [
  { file: 'popup-light.png', lang: 'en-US', colorScheme: 'light', page: 'blogger-maskpark' },
  { file: 'popup-dark.png', lang: 'en-US', colorScheme: 'dark', page: 'blogger-maskpark' },
  { file: 'popup-zh.png', lang: 'zh-CN', colorScheme: 'light', page: 'blogger-maskpark' },
  { file: 'popup-ja.png', lang: 'ja', colorScheme: 'light', page: 'japanese-news' },
  // "Why this matters" picked from an ordinary news article, and the page's own labelled paragraphs (Axios style).
  { file: 'popup-why-picked.png', lang: 'en-US', colorScheme: 'light', page: 'news-similar-articles' },
  { file: 'popup-why-picked-dark.png', lang: 'en-US', colorScheme: 'dark', page: 'news-similar-articles' },
  { file: 'popup-why-picked-zh.png', lang: 'zh-CN', colorScheme: 'light', page: 'news-similar-articles' },
  { file: 'popup-why-labelled.png', lang: 'en-US', colorScheme: 'light', page: 'axios-labelled-en' },
] as const;

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const server = await serveFixtures();
  try {
    for (const shot of SHOTS) {
      const session = await launchExtension({ lang: shot.lang });
      try {
        const { tabId } = await openTab(session, server.url(shot.page));
        const popup = await session.context.newPage();
        await popup.emulateMedia({ colorScheme: shot.colorScheme });
        await popup.goto(session.popupUrl(tabId));
        await popup.waitForFunction(() => document.documentElement.dataset.state === 'ready', null, {
          timeout: 20_000,
        });
        await popup.evaluate(() => document.fonts.ready);
        const path = join(OUT_DIR, shot.file);
        await popup.screenshot({ path, fullPage: true });
        console.log(`wrote ${path.slice(REPO_ROOT.length + 1)}`);
      } finally {
        await session.close();
      }
    }
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
