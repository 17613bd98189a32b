import { letterKey } from '../text/normalize';
const SEPARATOR = /(\s+(?:[|\-–—:·•»«/\\]|::)\s+)/;

function same(a: string, b: string): boolean {
  const n = letterKey;
  return n(a) === n(b) && n(a).length > 0;
}

/**
 * A page title without the site's name: "Story - Site", "Story | Site", "Site | Story" -> "Story".
 * `headings` are the page's h1 texts: when the title contains one of them, that is the story's title.
 */
export function cleanTitle(raw: string, siteName: string | null, headings: readonly string[] = []): string {
  const title = raw.replace(/\s+/g, ' ').trim();
  // Alternating [part, separator, part, separator, part ...].
  const pieces = title.split(SEPARATOR);
  if (pieces.length < 3) return title;
  const parts = pieces.filter((_, i) => i % 2 === 0);
  const heading = headings.find(
    (h) => h.length > 10 && title.includes(h) && !same(h, siteName ?? '') && !same(h, title),
  );
  if (heading) return heading;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const site = siteName ?? '';
  const siteLike = (p: string): boolean => !!site && (same(p, site) || p.toLowerCase().startsWith(site.toLowerCase()));
  if (siteLike(last)) return pieces.slice(0, -2).join('').trim();
  if (siteLike(first)) return pieces.slice(2).join('').trim();
  // An unknown short last part after "|" (or a long title's short tail) is most likely the site's name.
  const sep = pieces[pieces.length - 2]!.trim();
  const words = (s: string): number => s.split(/\s+/).length;
  if (
    (sep === '|' || sep === '–' || sep === '—' || sep === '-') &&
    words(last) <= 3 &&
    words(pieces.slice(0, -2).join('')) >= 4
  ) {
    return pieces.slice(0, -2).join('').trim();
  }
  return title;
}
