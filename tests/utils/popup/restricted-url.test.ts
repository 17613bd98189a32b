import { describe, expect, it } from 'vitest';
import { restrictedReason } from '@/utils/popup/restricted-url';

describe('restrictedReason', () => {
  it.each([
    // scriptable web pages
    ['https://globalpulsedaily.blogspot.com/2025/07/outrage.html', null],
    ['http://127.0.0.1:8080/blogger-maskpark/', null],
    ['https://example.com/pdf-guide/', null],
    ['https://chrome.google.com/search', null],
    ['https://microsoftedge.microsoft.com/', null],
    [undefined, null],
    [null, null],
    // blank and new tab
    ['', 'new-tab'],
    ['about:blank', 'new-tab'],
    ['chrome://newtab/', 'new-tab'],
    ['edge://newtab/', 'new-tab'],
    ['about:newtab', 'new-tab'],
    // browser pages
    ['chrome://settings/', 'browser-page'],
    ['chrome://extensions/', 'browser-page'],
    ['edge://settings', 'browser-page'],
    ['about:preferences', 'browser-page'],
    ['view-source:https://example.com/', 'browser-page'],
    // extensions
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html', 'extension-page'],
    ['moz-extension://0f1e2d3c-aaaa-bbbb-cccc-123456789abc/page.html', 'extension-page'],
    // stores
    ['https://chromewebstore.google.com/detail/foo/abc', 'web-store'],
    ['https://chrome.google.com/webstore/detail/foo/abc', 'web-store'],
    ['https://addons.mozilla.org/en-US/firefox/addon/foo/', 'web-store'],
    ['https://microsoftedge.microsoft.com/addons/detail/foo/abc', 'web-store'],
    // PDF viewer
    ['https://example.com/report.pdf', 'pdf'],
    ['https://example.com/REPORT.PDF', 'pdf'],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', 'pdf'],
    ['file:///home/me/paper.pdf', 'pdf'],
    // local files and other schemes
    ['file:///home/me/article.html', 'file'],
    ['data:text/html,<p>hi</p>', 'unsupported'],
    ['javascript:alert(1)', 'unsupported'],
    ['blob:https://example.com/1234', 'unsupported'],
    ['ftp://files.example.com/a.txt', 'unsupported'],
    ['not a url', 'unsupported'],
  ])('%s -> %s', (url, expected) => {
    expect(restrictedReason(url)).toBe(expected);
  });
});
