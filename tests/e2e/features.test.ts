import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPopup, openTab, waitForPopupState } from './popup';
import { truthOf, useExtension } from './use-extension';

// Issue 5: jump to source, Copy as Markdown, remembered length, cached reopen, keyboard use.
const truth = truthOf('blogger-maskpark');
const e2e = useExtension();
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A MaskPark tab at a URL of its own (the cache is keyed by URL, so tests do not share entries). */
async function maskpark(tag: string) {
  return openTab(e2e.session, `${e2e.server.url('blogger-maskpark')}?t=${tag}`);
}

function keyPointButtons(popup: Page) {
  return popup.getByRole('region', { name: 'Key points' }).getByRole('listitem').getByRole('button');
}

/** What the article tab highlights: CSS Custom Highlight 'news-lens' ranges, else the selection. */
function highlighted(page: Page) {
  return page.evaluate(() => {
    const ranges: Range[] = [];
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    const entry = registry?.get('news-lens');
    if (entry) ranges.push(...entry);
    const how = ranges.length ? 'highlight' : 'selection';
    const selection = getSelection();
    if (!ranges.length && selection && selection.rangeCount) ranges.push(selection.getRangeAt(0));
    const text = ranges.map((r) => r.toString()).join(' ').replace(/\s+/g, ' ').trim();
    const rect = ranges[0]?.getBoundingClientRect();
    const inView = !!rect && rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight;
    return { how, text, inView, scrollY };
  });
}

describe('jump to source', () => {
  it('clicking a key point highlights that sentence in the article tab and scrolls it into view', async () => {
    const { page, tabId } = await maskpark('jump');
    const markupBefore = await page.evaluate(() => document.body.innerHTML);
    const { popup } = await openPopup(e2e.session, tabId, ['ready']);
    const buttons = keyPointButtons(popup);
    expect(await buttons.count()).toBeGreaterThanOrEqual(3);
    const last = buttons.last();
    const sentence = squash((await last.textContent()) ?? '');
    await last.click();
    await page.waitForFunction(() => {
      const h = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('news-lens');
      return (h && h.size > 0) || (getSelection()?.toString().trim().length ?? 0) > 0;
    });
    const seen = await highlighted(page);
    expect(seen.how).toBe('highlight'); // Chromium has the CSS Custom Highlight API
    expect(seen.text.length).toBeGreaterThan(10);
    expect(sentence).toContain(seen.text.slice(0, Math.min(40, seen.text.length)));
    expect(seen.inView).toBe(true);
    expect(seen.scrollY).toBeGreaterThan(0); // the last point is below the first screen
    // The page's own markup is untouched.
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(markupBefore);
  });
});

describe('Copy as Markdown', () => {
  it('puts title, link, key points, the table and related links on the clipboard and confirms', async () => {
    const { context, extensionId } = e2e.session;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `chrome-extension://${extensionId}` });
    const { tabId } = await maskpark('copy');
    const { popup } = await openPopup(e2e.session, tabId, ['ready']);
    await popup.bringToFront();
    const points = (await keyPointButtons(popup).allTextContents()).map(squash);
    await popup.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect.poll(() => popup.getByRole('status').allTextContents(), { timeout: 5000 }).toContainEqual(
      expect.stringMatching(/Copied/),
    );
    const md = await popup.evaluate(() => navigator.clipboard.readText());
    expect(md).toContain(truth.metadata.title.replace(/^\S+\s/, ''));
    expect(md).toContain(`${e2e.server.url('blogger-maskpark')}?t=copy`);
    for (const point of points) expect(squash(md)).toContain(point);
    const lines = md.split('\n').map((l) => l.trim());
    expect(lines).toContainEqual(expect.stringMatching(/^\|\s*Issue\s*\|\s*Significance\s*\|$/));
    expect(lines).toContainEqual(expect.stringMatching(/^\|\s*:?-{3,}:?\s*\|\s*:?-{3,}:?\s*\|$/));
    for (const [issue, significance] of truth.whyItMatters.rows as [string, string][]) {
      expect(lines).toContain(`| ${issue} | ${significance} |`);
    }
    for (const { title, url } of truth.related as { title: string; url: string }[]) expect(md).toContain(`[${title}](${url})`);
  });
});

describe('length', () => {
  it('short / medium / long give 3 / 5 / 7 points and the choice is remembered on reopen', async () => {
    const { tabId } = await maskpark('length');
    const { popup } = await openPopup(e2e.session, tabId, ['ready']);
    const group = popup.getByRole('radiogroup', { name: 'Length' });
    expect(await group.getByRole('radio').count()).toBe(3);
    for (const [name, count] of [['Long', 7], ['Short', 3], ['Medium', 5], ['Long', 7]] as const) {
      await group.getByRole('radio', { name }).check();
      await waitForPopupState(popup, ['ready']);
      await expect.poll(() => keyPointButtons(popup).count(), { timeout: 10_000 }).toBe(count);
    }
    await popup.close();
    const again = (await openPopup(e2e.session, tabId, ['ready'])).popup;
    expect(await again.getByRole('radiogroup', { name: 'Length' }).getByRole('radio', { name: 'Long' }).isChecked()).toBe(true);
    expect(await keyPointButtons(again).count()).toBe(7);
    // Leave the default for the other tests.
    await again.getByRole('radiogroup', { name: 'Length' }).getByRole('radio', { name: 'Medium' }).check();
    await expect.poll(() => keyPointButtons(again).count(), { timeout: 10_000 }).toBe(5);
    await again.close();
  });
});

describe('cached reopen', () => {
  it('reopening on the same page renders without injecting the content script again; a new URL is summarized afresh', async () => {
    const { page, tabId } = await maskpark('cache');
    const cdp = await e2e.session.context.newCDPSession(page);
    let injections = 0;
    cdp.on('Debugger.scriptParsed', (event) => {
      if (event.url.endsWith('/content-scripts/extract.js')) injections += 1;
    });
    await cdp.send('Debugger.enable');

    const first = (await openPopup(e2e.session, tabId, ['ready'])).popup;
    const firstPoints = await keyPointButtons(first).allTextContents();
    expect(injections).toBe(1);
    await first.close();

    const second = (await openPopup(e2e.session, tabId, ['ready'])).popup;
    expect(await keyPointButtons(second).allTextContents()).toEqual(firstPoints);
    await second.waitForTimeout(300); // a late re-validation injection would show up by now
    expect(injections).toBe(1);
    await second.close();

    await page.evaluate(() => history.pushState(null, '', '?t=cache-moved'));
    const third = (await openPopup(e2e.session, tabId, ['ready'])).popup;
    expect(injections).toBe(2);
    await third.close();
    await cdp.detach();
  });
});

describe('keyboard', () => {
  it('Tab reaches the key points with a visible focus ring, Enter jumps to the sentence, Escape closes', async () => {
    const { page, tabId } = await maskpark('keyboard');
    const { popup } = await openPopup(e2e.session, tabId, ['ready']);
    let onKeyPoint = false;
    for (let i = 0; i < 40 && !onKeyPoint; i++) {
      await popup.keyboard.press('Tab');
      onKeyPoint = await popup.evaluate(() => {
        const el = document.activeElement;
        return !!el && el.tagName === 'BUTTON' && !!el.closest('li') && !!el.closest('section')?.querySelector('ol');
      });
    }
    expect(onKeyPoint).toBe(true);
    const ring = await popup.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0, shadow: style.boxShadow !== 'none' };
    });
    expect(ring.outline || ring.shadow).toBe(true);
    await popup.keyboard.press('Enter');
    await page.waitForFunction(() => {
      const h = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('news-lens');
      return (h && h.size > 0) || (getSelection()?.toString().trim().length ?? 0) > 0;
    });
    expect((await highlighted(page)).text.length).toBeGreaterThan(10);

    const { popup: other } = await openPopup(e2e.session, tabId, ['ready']);
    const closed = other.waitForEvent('close', { timeout: 5000 });
    await other.keyboard.press('Escape');
    await closed;
    expect(other.isClosed()).toBe(true);
  });
});
