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
/** Each document's `<base href>` ('' for none), read once. */
const baseHrefs = new WeakMap<Document, string>();

export function linkBase(doc: Document | null | undefined, pageUrl: string): string {
  if (!doc) return pageUrl;
  // Read once per document: every module's links are resolved against it.
  let href = baseHrefs.get(doc);
  if (href === undefined)
    baseHrefs.set(doc, (href = doc.querySelector?.('base[href]')?.getAttribute('href')?.trim() ?? ''));
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
/**
 * An address written without its scheme ("www.washingtonpost.com/…", "mobile.nytimes.com/2016/…"): a browser reads it
 * as a path on the page's own site, a broken link the writer did not mean. It is read as the site it names.
 */
const SCHEMELESS_HOST =
  /^(?:www\d?\.[\w-]+(?:\.[\w-]+)+|(?:[\w-]+\.)+(?:com|org|net|gov|edu|info|io|co\.uk|co\.jp|com\.au|de|fr|jp|uk|ca|in|cn|ru|it|es|nl|news|tv))(?:\/|$)/i;

/** A host written inside a path, then more path: "/entry/mobile.nytimes.com/2016/11/23/…". */
const EMBEDDED_HOST =
  /^\/(?:[^/]+\/)*?((?:www\d?\.)?(?:[\w-]+\.)+(?:com|org|net|gov|edu|co\.uk|co\.jp|com\.au))\/(.+)$/i;

export function cleanUrl(href: string | null | undefined, base: string): string | null {
  let raw = href?.trim();
  if (!raw) return null;
  if (SCHEMELESS_HOST.test(raw)) raw = `http://${raw}`;
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // The same address already resolved against the page ("https://www.huffingtonpost.com/entry/mobile.nytimes.com/…",
  // as a saved copy of a page writes it): the site it names, not a path on this one.
  const embedded = EMBEDDED_HOST.exec(url.pathname);
  if (embedded && embedded[1]!.toLowerCase() !== url.hostname.toLowerCase()) {
    try {
      url = new URL(`http://${embedded[1]}/${embedded[2]}${url.search}`);
    } catch {
      return null;
    }
  }
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
