import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openRelatedLink } from '@/browser-api/open-related-link';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('openRelatedLink', () => {
  it('opens the link right after the article tab, with the article tab as opener, keeping the popup open', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await openRelatedLink('https://news.example.com/next.html', { id: 7, index: 3 })).toBe(true);
    expect(create).toHaveBeenCalledWith({
      url: 'https://news.example.com/next.html',
      index: 4,
      openerTabId: 7,
      active: false,
    });
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', '/relative'])('refuses %s', async (url) => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await openRelatedLink(url, { id: 7, index: 3 })).toBe(false);
    expect(create).not.toHaveBeenCalled();
  });
});
