import { describe, expect, it } from 'vitest';
import { URL_LISTS, assertDistinct, queryKeyPattern, TRACKING_PARAMS } from '@/utils/rules/url-patterns';
import { isExcludedUrl, isPollUrl } from '@/utils/related/is-excluded-link';

describe('URL pattern lists', () => {
  it.each(Object.entries(URL_LISTS))('%s names each entry once', (name, list) => {
    expect(() => assertDistinct(name, list)).not.toThrow();
  });

  it('a repeated entry is an error', () => {
    expect(() => assertDistinct('X', ['cmpid', 'ocid', 'CMPID'])).toThrow(/cmpid/i);
  });

  it.each([
    ['utm_source', true],
    ['itm_campaign', true],
    ['wt.mc_id', true],
    ['fbclid', true],
    ['id', false],
    ['page', false],
  ])('tracking parameter %s: %s', (key, tracking) => {
    expect(queryKeyPattern(TRACKING_PARAMS).test(key)).toBe(tracking);
  });

  it.each([
    ['https://www.facebook.com/sharer/sharer.php?u=x', true],
    ['https://www.pinterest.co.uk/pin/create/button/?url=x', true],
    ['https://example.com/tag/climate/', true],
    ['https://example.com/login.php', true],
    ['https://example.com/2025/11/', true],
    ['https://example.com/report.pdf', true],
    ['https://github.com/owner/project', true],
    ['https://github.com/owner/project/blob/main/README.md', false],
    ['https://example.com/products/mug', true],
    ['https://example.com/2025/11/24/storm-hits-coast', false],
    ['https://example.com/news/page-one-of-history', false],
  ])('%s excluded: %s', (url, excluded) => {
    expect(isExcludedUrl(url)).toBe(excluded);
  });

  it('tells poll links', () => {
    expect(isPollUrl('/polls/12/vote?answer=loved')).toBe(true);
    expect(isPollUrl('https://example.com/news/voters-head-to-polls-today')).toBe(false);
  });
});
