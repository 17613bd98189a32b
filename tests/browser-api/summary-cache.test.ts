import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cacheKey, readCachedSummary, writeCachedSummary } from '@/browser-api/summary-cache';
import { fakeSummary } from './fake-summary';

beforeEach(() => fakeBrowser.reset());

describe('summary cache (storage.session)', () => {
  it('returns what was written for the same URL and length, without the article text', async () => {
    await writeCachedSummary('https://news.example.com/a.html', 'short', fakeSummary({ title: 'Short one' }));
    const hit = await readCachedSummary('https://news.example.com/a.html', 'short');
    expect(hit?.title).toBe('Short one');
    expect(hit?.text).toBe('');
    const stored = await fakeBrowser.storage.session.get(cacheKey('https://news.example.com/a.html', 'short'));
    expect(Object.keys(stored)).toHaveLength(1);
  });

  it('misses for another length or another URL', async () => {
    await writeCachedSummary('https://news.example.com/a.html', 'short', fakeSummary());
    expect(await readCachedSummary('https://news.example.com/a.html', 'long')).toBeNull();
    expect(await readCachedSummary('https://news.example.com/a.html#comments', 'short')).toBeNull();
    expect(await readCachedSummary('https://news.example.com/b.html', 'short')).toBeNull();
  });

  it('keeps at most 40 summaries, dropping the oldest', async () => {
    for (let i = 0; i < 45; i++)
      await writeCachedSummary(`https://news.example.com/${i}.html`, 'medium', fakeSummary());
    const all = await fakeBrowser.storage.session.get(null);
    expect(Object.keys(all)).toHaveLength(40);
    expect(await readCachedSummary('https://news.example.com/44.html', 'medium')).not.toBeNull();
    expect(await readCachedSummary('https://news.example.com/0.html', 'medium')).toBeNull();
  });
});
