import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from './fixture-server';
import { openArticleWithPopup } from './popup';
import { artifact, useExtension } from './use-extension';

// The interface follows the browser's UI language (here Japanese), on a Japanese article.
const e2e = useExtension({ lang: 'ja' });
const expected = JSON.parse(readFileSync(join(FIXTURES_DIR, 'japanese-news', 'expected.json'), 'utf8')) as {
  title: string;
  keyPoints: { text: string }[];
  related: { title: string }[];
};

describe('Japanese browser UI', () => {
  it('shows a Japanese article with Japanese headings, key points and reading time', async () => {
    const { popup } = await openArticleWithPopup(e2e.session, e2e.server.url('japanese-news'), ['ready']);
    expect(await popup.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^ja/);
    expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^ja/);
    const headings = (await popup.getByRole('heading', { level: 2 }).allTextContents()).map((h) => h.trim());
    expect(headings).toEqual(expect.arrayContaining(['要点', '関連リンク']));
    expect((await popup.getByRole('heading', { level: 1 }).innerText()).trim()).toBe(expected.title);
    const points = (await popup.getByRole('region', { name: '要点' }).getByRole('listitem').allInnerTexts()).map((t) =>
      t.replace(/^\d+\s*/, '').trim(),
    );
    expect(points).toEqual(expected.keyPoints.map((k) => k.text));
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toMatch(/約\d+分で読めます/);
    for (const english of ['Key points', 'Related', 'Copy as Markdown', 'min read'])
      expect(text).not.toContain(english);
    await popup.screenshot({ path: artifact('japanese-popup-ja.png'), fullPage: true });
  });
});
