const cache = new Map<string, Intl.Segmenter>();

/**
 * A cached Intl.Segmenter for a page language and granularity. An invalid or unknown language tag
 * (pages declare anything) falls back to the default locale instead of throwing.
 */
export function segmenter(lang: string | null, granularity: 'word' | 'sentence'): Intl.Segmenter {
  const key = `${granularity}:${lang ?? ''}`;
  let s = cache.get(key);
  if (!s) {
    try {
      s = new Intl.Segmenter(lang ?? undefined, { granularity });
    } catch {
      s = new Intl.Segmenter(undefined, { granularity });
    }
    cache.set(key, s);
  }
  return s;
}
