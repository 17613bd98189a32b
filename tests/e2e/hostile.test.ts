import type { Dialog, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CAPTURE_LIMITS } from '@/browser-api/summarize-tab';
import { capturePage, type CapturedPage } from '@/utils/in-tab/capture-page';
import { openPopup, openTab } from './popup';
import { truthOf, useExtension } from './use-extension';

// A page whose metadata, table cells and link texts carry markup/script payloads and whose
// related links use javascript:, data:, vbscript: URLs. The popup shows text as text and runs nothing.
const truth = truthOf('hostile-page');
const e2e = useExtension();
// Served at its canonical path so relative links resolve as on the real site.
const PATH = new URL(truth.url).pathname;

describe('hostile page', () => {
  let popup: Page;
  let page: Page;
  const dialogs: string[] = [];
  const onDialog = (where: string) => (dialog: Dialog) => {
    dialogs.push(`${where}: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  };

  beforeAll(async () => {
    e2e.session.context.on('page', (p) => p.on('dialog', onDialog(p.url())));
    const article = await openTab(e2e.session, e2e.server.url('hostile-page', PATH));
    page = article.page;
    page.on('dialog', onDialog('article'));
    const { tabId } = article;
    popup = (await openPopup(e2e.session, tabId, ['ready'])).popup;
    popup.on('dialog', onDialog('popup'));
    // Let anything scheduled by injected markup (timers, image errors) fire.
    await popup.waitForTimeout(500);
  });

  it('opens no dialog, in the popup or the page', async () => {
    await popup.getByRole('heading', { level: 1 }).hover();
    for (const link of await popup.getByRole('link').all()) await link.hover();
    await popup.waitForTimeout(200);
    expect(dialogs).toEqual([]);
  });

  it('defines no page global in the popup', async () => {
    const globals = await popup.evaluate(() => ({
      pwned: 'pwned' in window || '__pwned' in window,
      pageScriptRan: '__pageScriptRan' in window,
    }));
    expect(globals).toEqual({ pwned: false, pageScriptRan: false });
  });

  it('renders no markup from the page: no img, script, iframe or inline handler in the popup', async () => {
    const found = await popup.evaluate(() => {
      const bad: string[] = [];
      for (const el of Array.from(document.querySelectorAll('*'))) {
        const tag = el.tagName.toLowerCase();
        if (
          [
            'img',
            'iframe',
            'object',
            'embed',
            'frame',
            'svg',
            'math',
            'template',
            'noscript',
            'style',
            'base',
            'meta',
            'link',
          ].includes(tag) &&
          !el.closest('head')
        )
          bad.push(tag);
        if (tag === 'script' && !(el as HTMLScriptElement).src.startsWith(location.origin)) bad.push('inline script');
        for (const attr of Array.from(el.attributes)) if (/^on/i.test(attr.name)) bad.push(`${tag}[${attr.name}]`);
      }
      return bad;
    });
    expect(found).toEqual([]);
  });

  it('shows the payloads as literal text', async () => {
    expect((await popup.getByRole('heading', { level: 1 }).textContent())?.trim()).toBe(truth.metadata.title);
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toContain(truth.metadata.siteName);
    expect(text).toContain('Budget hearing recap <img src=x onerror=alert(1)>');
    expect(text).toContain('From 2019: The last budget fight <script>window.__pwned=1</script>');
  });

  it('lists only http(s) links, relative ones resolved against the page, unsafe schemes dropped', async () => {
    const links = await popup
      .getByRole('region', { name: 'Related' })
      .getByRole('link')
      .evaluateAll((as) =>
        as.map((a) => ({
          title: (a.textContent ?? '').replace(/\s+/g, ' ').trim(),
          url: a.getAttribute('href') ?? '',
        })),
      );
    const all = await popup.evaluate(() =>
      Array.from(
        document.body.querySelectorAll('[href], [src], [action]'),
        (el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '',
      ),
    );
    expect(all.filter((u) => !/^https?:\/\//.test(u))).toEqual([]);
    const origin = e2e.server.origin;
    // Hand-resolved against http://127.0.0.1:PORT/news/2025/11/20/budget-vote/ (an http page, so
    // the protocol-relative link becomes http:), utm_* removed.
    expect(links.map((l) => l.url)).toEqual(
      expect.arrayContaining([
        `${origin}/news/2025/11/19/overtime-audit/`,
        `${origin}/news/2025/11/17/library-hours-petition/`,
        'https://www.hostiletimes.test/news/2025/11/15/budget-hearing-recap/',
        'http://www.hostiletimes.test/opinion/2025/11/16/council-needs-a-curfew/',
        'http://archive.hostiletimes.test/2019/budget-fight.html',
      ]),
    );
    for (const dropped of [
      'Council leaders trade blame',
      'Library supporters rally',
      'What the budget means',
      'Photos: the all-night session',
      'Opinion: The budget nobody loves',
      'Budget document archive',
      'Send us a tip',
      'click here for the full document',
      'Sign in',
    ]) {
      expect(links.map((l) => l.title).join('\n')).not.toContain(dropped);
    }
  });

  it('the dialog recorder works (control: an alert from the popup is seen)', async () => {
    await popup.evaluate(() => setTimeout(() => alert('control'), 0));
    await expect.poll(() => dialogs, { timeout: 5000 }).toContain('popup: alert control');
  });

  it("the tab's copy (capture-page.ts, run in Chromium) leaves scripts and style sheets behind, JSON-LD and attribute values intact", async () => {
    const copy = (await page.evaluate(
      `(${capturePage.toString()})(${JSON.stringify(CAPTURE_LIMITS)})`,
    )) as CapturedPage;
    expect(copy.kind).toBe('page');
    const full = await page.evaluate(() => document.documentElement.outerHTML);
    expect(full).toMatch(/<script>window\.__pageScriptRan/);
    const scripts = [...copy.html.matchAll(/<script(\s[^>]*)?>/gi)].filter(
      ([, attrs]) => !/ld\+json/i.test(attrs ?? ''),
    );
    expect(scripts).toEqual([]);
    expect(copy.html).not.toMatch(/<style[\s>]/i);
    expect(copy.html.length).toBeLessThan(full.length);
    // "<script>" written inside attribute values (the page's metadata payloads) is escaped text, kept.
    expect(copy.html).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
  });
});
