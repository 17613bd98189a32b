import { TRACKING_PARAMS, queryKeyPattern } from '../rules/url-patterns';

/** Query parameters that only track the click: removed from every related link. */
const TRACKING = queryKeyPattern(TRACKING_PARAMS);

function queryKey(piece: string): string {
  const key = piece.split('=')[0] ?? '';
  try {
    return decodeURIComponent(key.replace(/\+/g, ' '));
  } catch {
    return key;
  }
}

/**
 * The address a page's relative links resolve against: its `<base href>` (resolved against the page's URL) when it
 * has an http(s) one, else the page's URL. "articles/2016-12-07/x" on a page under /politics/articles/2016-12-07/ with
 * `<base href="https://www.bloomberg.com/politics/">` is /politics/articles/2016-12-07/x, not a doubled path.
 */
export function linkBase(doc: Document | null | undefined, pageUrl: string): string {
  const href = doc?.querySelector?.('base[href]')?.getAttribute('href')?.trim();
  if (!href) return pageUrl;
  try {
    const base = new URL(href, pageUrl);
    return base.protocol === 'http:' || base.protocol === 'https:' ? base.href : pageUrl;
  } catch {
    return pageUrl;
  }
}

/**
 * An absolute http(s) URL without tracking parameters and without its fragment, or null for anything else
 * (javascript:, data:, vbscript:, mailto:, malformed).
 */
export function cleanUrl(href: string | null | undefined, base: string): string | null {
  const raw = href?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  // Pieces of the query kept as written (re-serialising would encode "id=12:slug" as "id=12%3Aslug").
  const keep = url.search
    .replace(/^\?/, '')
    .split('&')
    .filter((piece) => piece && !TRACKING.test(queryKey(piece)));
  url.search = keep.length ? `?${keep.join('&')}` : '';
  return url.href;
}

/** A URL reduced for comparison: no scheme, no www., no trailing slash, no fragment, no tracking. */
export function comparableUrl(href: string, base: string): string | null {
  const clean = cleanUrl(href, base);
  if (!clean) return null;
  const url = new URL(clean);
  const host = url.hostname.toLowerCase().replace(/^www\.|^m\.|^amp\./, '');
  const path = url.pathname.replace(/\/(?:amp\/?)?$/, '').replace(/\/index\.html?$/, '') || '/';
  return `${host}${path}${url.search}`;
}

/** A comparableUrl key without its domain's ending ("" when it has none): "bbc.co.uk/news/x" and "bbc.com/news/x" are "bbc/news/x". */
export function withoutDomainEnding(hostAndPath: string): string {
  const slash = hostAndPath.indexOf('/');
  const host = slash < 0 ? hostAndPath : hostAndPath.slice(0, slash);
  const name = host.replace(/(?:\.(?:co|com|org|net|gov|ac|edu))?\.[a-z]{2,6}$/u, '');
  return name === host ? '' : name + hostAndPath.slice(host.length);
}
