import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { openArticleWithPopup, openPopup, openTab } from './popup';
import { artifact, useExtension } from './use-extension';

// Axe-core on the real popup, light and dark; no horizontal scroll at the popup's width.
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
    console.log(
      `axe-core ${colorScheme}: ${violations.length} violation(s)${violations.map((v) => `\n  ${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.join('\n    ')}`).join('')}`,
    );
    await popup.screenshot({ path: artifact(`axe-${colorScheme}.png`), fullPage: true });
    expect(violations).toEqual([]);
  });

  it('MaskPark summary at 200% zoom (200 CSS px, the table scrolls sideways): zero violations', async () => {
    const { popup } = await openArticleWithPopup(e2e.session, e2e.server.url('blogger-maskpark'), ['ready']);
    await popup.setViewportSize({ width: 200, height: 600 });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('the not-an-article and restricted states: zero violations', async () => {
    const notArticle = (await openArticleWithPopup(e2e.session, e2e.server.url('home-page'), ['not-article'])).popup;
    expect(await axeViolations(notArticle)).toEqual([]);
    const { tabId } = await openTab(e2e.session, 'chrome://version/');
    const restricted = (await openPopup(e2e.session, tabId, ['restricted'])).popup;
    expect(await axeViolations(restricted)).toEqual([]);
  });

  it.each(['blogger-maskpark', 'hostile-page', 'arabic-news'])(
    '%s: nothing sticks out at 400 px or at 200 percent zoom (200 CSS px), light and dark',
    async (slug) => {
      const { popup } = await openArticleWithPopup(e2e.session, e2e.server.url(slug));
      for (const colorScheme of ['light', 'dark'] as const) {
        await popup.emulateMedia({ colorScheme });
        for (const width of [400, 200]) {
          await popup.setViewportSize({ width, height: 600 });
          const overflow = await popup.evaluate(() => {
            const limit = document.documentElement.clientWidth + 1;
            const out = Array.from(document.body.querySelectorAll('*'))
              .filter((el) => {
                const r = el.getBoundingClientRect();
                if (!(r.width > 0 && (r.right > limit || r.left < -1))) return false;
                // A data table may scroll sideways inside its own scroll box (WCAG 1.4.10 exception).
                for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                  if (/auto|scroll/.test(getComputedStyle(p).overflowX)) return false;
                }
                return true;
              })
              .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
            return { scroll: document.documentElement.scrollWidth - document.documentElement.clientWidth, out };
          });
          expect(overflow, `${colorScheme} ${width}px`).toEqual({ scroll: 0, out: [] });
        }
      }
      await popup.close();
    },
  );

  it('lays out a right-to-left article right to left', async () => {
    const { popup } = await openArticleWithPopup(e2e.session, e2e.server.url('arabic-news'), ['ready']);
    const directions = await popup.evaluate(() => ({
      title: getComputedStyle(document.querySelector('h1')!).direction,
      points: Array.from(document.querySelectorAll('section ol li button'), (b) => getComputedStyle(b).direction),
    }));
    expect(directions.title).toBe('rtl');
    expect(directions.points.length).toBeGreaterThan(0);
    expect(new Set(directions.points)).toEqual(new Set(['rtl']));
  });
});
