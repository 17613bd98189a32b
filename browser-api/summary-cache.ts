import { browser } from 'wxt/browser';
import type { PageSummary, SummaryLength } from '@/utils/types';

/**
 * Summaries cached in storage.session (memory only, cleared when the browser closes), keyed by
 * the tab's URL and the length. The article text is not stored: the popup never shows it, and
 * storage.session has a small quota (10 MB in Chrome).
 */
export type CachedSummary = { summary: PageSummary; savedAt: number };

const PREFIX = 'summary:';
const MAX_ENTRIES = 40;

export const cacheKey = (url: string, length: SummaryLength): string => `${PREFIX}${length}:${url}`;

export async function readCachedSummary(url: string, length: SummaryLength): Promise<PageSummary | null> {
  try {
    const key = cacheKey(url, length);
    const entry = (await browser.storage.session.get(key))[key] as CachedSummary | undefined;
    return entry?.summary ?? null;
  } catch {
    return null;
  }
}

async function pruneOldest(): Promise<void> {
  const all = (await browser.storage.session.get(null)) as Record<string, CachedSummary>;
  const entries = Object.entries(all).filter(([key]) => key.startsWith(PREFIX));
  if (entries.length < MAX_ENTRIES) return;
  entries.sort(([, a], [, b]) => a.savedAt - b.savedAt);
  await browser.storage.session.remove(entries.slice(0, entries.length - MAX_ENTRIES + 1).map(([key]) => key));
}

export async function writeCachedSummary(url: string, length: SummaryLength, summary: PageSummary): Promise<void> {
  const entry: CachedSummary = { summary: { ...summary, text: '' }, savedAt: Date.now() };
  try {
    await pruneOldest();
    await browser.storage.session.set({ [cacheKey(url, length)]: entry });
  } catch {
    // Quota or an unavailable area: the cache is an optimisation, never an error for the reader.
  }
}
