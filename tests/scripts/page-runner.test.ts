import { describe, expect, it } from 'vitest';
import { isAllowedRequest, runEveryPage } from '@/scripts/lib/page-runner';

describe('screenshots:pages: requests a saved page may make', () => {
  const origin = 'http://127.0.0.1:41234/some-page/source.html';
  it.each([
    ['http://127.0.0.1:41234/some-page/style.css', true],
    ['data:image/png;base64,AAAA', true],
    ['blob:http://127.0.0.1:41234/1234', true],
    ['chrome-extension://abcdef/popup.html?tabId=3', true],
    ['https://www.google-analytics.com/analytics.js', false],
    ['https://cdn.publisher.com/img/photo.jpg', false],
    ['http://127.0.0.1:9999/other-server.js', false],
    ['not a url', false],
  ])('%s -> %s', (url, allowed) => {
    expect(isAllowedRequest(url, origin)).toBe(allowed);
  });
});

describe('screenshots:pages: a page that fails does not stop the run', () => {
  it('reports the failure and goes on to the next page', async () => {
    const seen: string[] = [];
    const outcomes = await runEveryPage(['a', 'broken', 'c'], async (slug) => {
      seen.push(slug);
      if (slug === 'broken') throw new Error('page.goto: net::ERR_ABORTED\nCall log: ...');
      return `${slug}: ok`;
    });
    expect(seen).toEqual(['a', 'broken', 'c']);
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    expect(outcomes[1]).toEqual({ slug: 'broken', ok: false, error: 'page.goto: net::ERR_ABORTED' });
  });
});
