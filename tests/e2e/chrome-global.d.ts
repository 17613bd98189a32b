// Browser tests evaluate functions inside the extension's service worker, where the `chrome`
// namespace exists. Typed like WXT's `browser` (the same API surface in Chromium).
import type { WxtBrowser } from 'wxt/browser';

declare global {
  const chrome: WxtBrowser;
}
