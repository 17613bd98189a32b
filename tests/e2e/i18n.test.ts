import { describe, expect, it } from 'vitest';
import { openArticleWithPopup } from './popup';
import { artifact, useExtension } from './use-extension';

// The interface follows the browser's UI language (here Simplified Chinese).
const e2e = useExtension({ lang: 'zh-CN' });

describe('Chinese browser UI', () => {
  it('heads the popup sections in Chinese on an English article', async () => {
    const { popup } = await openArticleWithPopup(e2e.session, e2e.server.url('blogger-maskpark'), ['ready']);
    // The extension's own pages see the browser's UI language (the service worker may report the
    // language it started with, so ask the popup).
    expect(await popup.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^zh[-_]CN$/);
    const headings = (await popup.getByRole('heading', { level: 2 }).allTextContents()).map((h) => h.trim());
    expect(headings).toEqual(expect.arrayContaining(['要点', '为何重要', '相关链接']));
    expect(await popup.getByRole('region', { name: '要点' }).getByRole('listitem').count()).toBeGreaterThanOrEqual(3);
    expect(await popup.getByRole('region', { name: '为何重要' }).getByRole('table').count()).toBe(1);
    expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^zh/);
    const ui = await popup.evaluate(() =>
      Array.from(
        document.querySelectorAll('h2, button:not(li button), label, [role="radio"]'),
        (el) => el.textContent ?? '',
      ).join(' | '),
    );
    for (const english of ['Key points', 'Why this matters', 'Related', 'Copy as Markdown', 'Length']) {
      expect(ui).not.toContain(english);
    }
    await popup.screenshot({ path: artifact('maskpark-popup-zh.png'), fullPage: true });
  });
});
