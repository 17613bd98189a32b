import { browser } from 'wxt/browser';
import type { SummaryLength } from '@/utils/types';

const KEY = 'length';
const LENGTHS: readonly SummaryLength[] = ['short', 'medium', 'long'];
export const DEFAULT_LENGTH: SummaryLength = 'medium';

/** The reader's chosen length, remembered in storage.local. */
export async function loadLength(): Promise<SummaryLength> {
  try {
    const value: unknown = (await browser.storage.local.get(KEY))[KEY];
    return LENGTHS.includes(value as SummaryLength) ? (value as SummaryLength) : DEFAULT_LENGTH;
  } catch {
    return DEFAULT_LENGTH;
  }
}

export async function saveLength(length: SummaryLength): Promise<void> {
  await browser.storage.local.set({ [KEY]: length }).catch(() => undefined);
}
