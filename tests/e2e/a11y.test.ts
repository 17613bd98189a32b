import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { openArticleWithPopup, openPopup, openTab } from './popup';
import { artifact, useExtension } from './use-extension';

// Issue 5: axe-core on the real popup, light and dark; no horizontal scroll at the popup's width.
const e2e = useExtension();

describe('axe-core on the popup', () => {
  it.each(['light', 'dark'] as const)('MaskPark summary, %s mode: zero violations', async (colorScheme) => {
    const { tabId } = await openTab(e2e.session, e2e.server.url('blogger-maskpark'));
    const popup = await e2e.session.context.newPage();
    await popup.emulateMedia({ colorScheme });
    await popup.goto(e2e.session.popupUrl(tabId));
    await popup.waitForFunction(() => document.documentElement.dataset.state === 'ready', null, { timeout: 20_000 });
    expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
    const violations = await axeViolations(popup);
    console.log(`axe-core ${colorScheme}: ${violations.length} violation(s)${violations.map((v) => `\n  ${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.join('\n    ')}`).join('')}`);
    await popup.screenshot({ path: artifact(`axe-${colorScheme}.png`), fullPage: true });
    expect(violations).toEqual([]);
  });

  it('the not-an-article and restricted states: zero violations', async () => {
    const notArticle = (await openArticleWithPopup(e2e.session, e2e.server.url('home-page'), ['not-article'])).popup;
    expect(await axeViolations(notArticle)).toEqual([]);
    const { tabId } = await openTab(e2e.session, 'chrome://version/');
    const restricted = (await openPopup(e2e.session, tabId, ['restricted'])).popup;
    expect(await axeViolations(restricted)).toEqual([]);
  });

  it('has no horizontal scroll at the popup width (400 px), light and dark', async () => {
    const { popup } = await openArticleWithPopup(e2e.session, e2e.server.url('blogger-maskpark'), ['ready']);
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      const { scrollWidth, clientWidth } = await popup.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    }
  });
});
