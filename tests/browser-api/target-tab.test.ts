import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getTargetTab } from '@/browser-api/target-tab';

beforeEach(() => fakeBrowser.reset());

describe('getTargetTab', () => {
  it('is the active tab of the current window, with its URL and index', async () => {
    await fakeBrowser.windows.create({ focused: true });
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example.com/a.html', active: true });
    expect(await getTargetTab('')).toEqual({ id: tab.id, url: 'https://news.example.com/a.html', index: tab.index });
  });

  it('ignores ?tabId outside the e2e build', async () => {
    await fakeBrowser.windows.create({ focused: true });
    const active = await fakeBrowser.tabs.create({ url: 'https://news.example.com/a.html', active: true });
    await fakeBrowser.tabs.create({ url: 'https://other.example.com/' });
    expect(import.meta.env.MODE).not.toBe('e2e');
    expect((await getTargetTab('?tabId=2'))?.id).toBe(active.id);
  });
});
