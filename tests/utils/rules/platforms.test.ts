import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LISTING_BODY_CLASSES, SINGLE_BODY_CLASSES } from '@/utils/rules/class-names';
import { ARTICLE_BODY_CLASSES, PLATFORMS, RELATED_WIDGET_TOKENS, type Platform } from '@/utils/rules/platforms';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const source = (slug: string): string => readFileSync(join(FIXTURES, slug, 'source.html'), 'utf8');
/** Whether a page carries the token as a whole class / id / data-* token. */
const carries = (html: string, token: string): boolean =>
  new RegExp(
    `(?:class|id|data-testid|data-component)\\s*=\\s*["'](?:[^"']*\\s)?${token.replace('*', '\\S*')}(?:\\s[^"']*)?["']`,
  ).test(html);
const ALL_TOKENS = [...RELATED_WIDGET_TOKENS, ...ARTICLE_BODY_CLASSES, ...LISTING_BODY_CLASSES, ...SINGLE_BODY_CLASSES];

describe('publishing platforms', () => {
  it.each(Object.entries(PLATFORMS) as [string, Platform][])('%s has golden pages', (_name, platform) => {
    expect(platform.goldens.length).toBeGreaterThan(0);
    for (const slug of platform.goldens) expect(existsSync(join(FIXTURES, slug, 'source.html')), slug).toBe(true);
  });

  const tied = ALL_TOKENS.filter((t) => t.platform);
  it.each(tied.map((t) => [t.token, t.platform!] as const))('"%s" is proven by a golden page of %s', (token, name) => {
    const goldens = PLATFORMS[name].goldens;
    expect(goldens.some((slug) => carries(source(slug), token))).toBe(true);
  });

  it.each(Object.entries(PLATFORMS).filter(([, p]) => 'siteNames' in p) as [string, Platform][])(
    '%s: its own site name is written in one of its golden pages',
    (_name, platform) => {
      const pages = platform.goldens.map(source).join('\n').toLowerCase();
      expect(platform.siteNames!.some((n) => pages.includes(n.toLowerCase()))).toBe(true);
    },
  );

  it('every platform is relied on by a token or a site name', () => {
    const used = new Set(ALL_TOKENS.map((t) => t.platform));
    for (const [name, platform] of Object.entries(PLATFORMS) as [string, Platform][]) {
      expect(used.has(name as never) || !!platform.siteNames?.length, name).toBe(true);
    }
  });

  it('lists each token once', () => {
    for (const list of [RELATED_WIDGET_TOKENS, ARTICLE_BODY_CLASSES, LISTING_BODY_CLASSES, SINGLE_BODY_CLASSES]) {
      expect(new Set(list.map((t) => t.token)).size).toBe(list.length);
    }
  });
});
