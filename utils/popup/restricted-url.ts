/**
 * Which tab URLs an extension cannot script (or should not try to), and why.
 * Pure: the popup maps the reason to a plain-language explanation.
 */
export type RestrictedReason =
  | 'new-tab' // a blank or new-tab page: nothing to summarize yet
  | 'browser-page' // chrome://, edge://, about:, view-source: ...
  | 'extension-page' // another extension's (or our own) page
  | 'web-store' // the extension stores forbid scripting
  | 'pdf' // the built-in PDF viewer
  | 'file' // file:// needs "Allow access to file URLs"
  | 'unsupported'; // data:, javascript:, blob: and any other non-web scheme

const PDF_VIEWER_ID = 'mhjfbmdgcfjbbpaeojofohoefgiehjai';
const NEW_TAB_URLS = new Set([
  'about:blank',
  'about:newtab',
  'about:home',
  'about:privatebrowsing',
  'chrome://newtab/',
  'chrome://new-tab-page/',
  'chrome://new-tab-page-third-party/',
  'edge://newtab/',
  'chrome-search://local-ntp/local-ntp.html',
]);
const BROWSER_SCHEMES = [
  'chrome:',
  'edge:',
  'about:',
  'brave:',
  'opera:',
  'vivaldi:',
  'chrome-search:',
  'chrome-untrusted:',
  'devtools:',
  'view-source:',
  'resource:',
];
const EXTENSION_SCHEMES = ['chrome-extension:', 'moz-extension:', 'extension:', 'safari-web-extension:'];

function isWebStore(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  const path = url.pathname.toLowerCase();
  return (
    host === 'chromewebstore.google.com' ||
    (host === 'chrome.google.com' && path.startsWith('/webstore')) ||
    host === 'addons.mozilla.org' ||
    (host === 'microsoftedge.microsoft.com' && path.startsWith('/addons'))
  );
}

/** Null when the page can be scripted (or when the URL is unknown: then the injection will tell). */
export function restrictedReason(rawUrl: string | undefined | null): RestrictedReason | null {
  if (rawUrl === undefined || rawUrl === null) return null;
  const trimmed = rawUrl.trim();
  if (trimmed === '') return 'new-tab';
  if (NEW_TAB_URLS.has(trimmed.toLowerCase())) return 'new-tab';
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return 'unsupported';
  }
  const scheme = url.protocol.toLowerCase();
  if (scheme === 'chrome-extension:' && url.hostname === PDF_VIEWER_ID) return 'pdf';
  if (EXTENSION_SCHEMES.includes(scheme)) return 'extension-page';
  if (BROWSER_SCHEMES.includes(scheme)) return 'browser-page';
  if (scheme === 'file:') return url.pathname.toLowerCase().endsWith('.pdf') ? 'pdf' : 'file';
  if (scheme !== 'http:' && scheme !== 'https:') return 'unsupported';
  if (isWebStore(url)) return 'web-store';
  if (url.pathname.toLowerCase().endsWith('.pdf')) return 'pdf';
  return null;
}
