import { describe, expect, it } from 'vitest';
import { PICKED_CAPTION_KEY, SIGNIFICANCE_KEYS } from '@/components/labels';
import { ENGLISH_LABELS } from '@/utils/popup/format-markdown';
import { loadMessages, messageLookup } from './i18n-test-helper';

const en = loadMessages('en');
const zh = loadMessages('zh_CN');
const ja = loadMessages('ja');

describe('_locales', () => {
  it('Chinese has exactly the English keys, each non-empty', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(zh)) expect(entry.message.trim(), key).not.toBe('');
  });

  it('Japanese has exactly the English keys, each non-empty', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(ja)) expect(entry.message.trim(), key).not.toBe('');
  });

  it('placeholders match between languages', () => {
    for (const [key, entry] of Object.entries(en)) {
      expect(Object.keys(zh[key]?.placeholders ?? {}), key).toEqual(Object.keys(entry.placeholders ?? {}));
      expect(Object.keys(ja[key]?.placeholders ?? {}), key).toEqual(Object.keys(entry.placeholders ?? {}));
    }
  });

  it.each([
    ['en', 'keyPoints', 'Key points'],
    ['en', 'whyItMatters', 'Why this matters'],
    ['en', 'related', 'Related'],
    ['zh_CN', 'keyPoints', '要点'],
    ['zh_CN', 'whyItMatters', '为何重要'],
    ['zh_CN', 'related', '相关链接'],
    ['en', 'loading', 'Summarizing…'],
    ['en', 'restrictedTitle', "Can't summarize this page"],
  ])('%s %s = %s (the browser tests rely on it)', (locale, key, text) => {
    expect(messageLookup(loadMessages(locale))(key)).toBe(text);
  });

  const PICKED_KEYS = [PICKED_CAPTION_KEY, 'originPicked', ...Object.values(SIGNIFICANCE_KEYS)];

  it('every key the table and Copy as Markdown use exists (in English, so in all three)', () => {
    for (const key of [...PICKED_KEYS, 'originTable', 'originList', 'whyItMatters', 'jumpHint'])
      expect(en[key], key).toBeDefined();
  });

  it.each([
    ['significanceWhy', 'Why it matters'],
    ['significanceNumbers', 'By the numbers'],
    ['significanceContext', 'Context'],
    ['significanceReaction', 'Reaction'],
    ['significanceNext', "What's next"],
    ['significanceDetail', 'Also notable'],
    ['originPicked', 'Picked from the article'],
    ['originTable', 'From the article'],
  ])('en %s = %s', (key, text) => {
    expect(messageLookup(en)(key)).toBe(text);
  });

  it("the CLI's Markdown names picked rows as the English popup does", () => {
    const t = messageLookup(en);
    for (const [label, key] of Object.entries(SIGNIFICANCE_KEYS))
      expect(ENGLISH_LABELS.significance[label as keyof typeof SIGNIFICANCE_KEYS], label).toBe(t(key));
    expect(ENGLISH_LABELS.whyItMatters).toBe(t('whyItMatters'));
  });

  it.each(['zh_CN', 'ja'])(
    '%s names a picked table (caption, origin line and every row label) in its own script, never in English',
    (locale) => {
      const t = messageLookup(loadMessages(locale));
      for (const key of PICKED_KEYS) expect(t(key), key).not.toMatch(/[A-Z]/i);
    },
  );

  it.each(['en', 'zh_CN', 'ja'])(
    "%s: the six row labels are distinct, and picked is told apart from the page's own",
    (locale) => {
      const t = messageLookup(loadMessages(locale));
      expect(new Set(Object.values(SIGNIFICANCE_KEYS).map((key) => t(key))).size).toBe(6);
      expect(t('originPicked')).not.toBe(t('originTable'));
    },
  );

  it('the derived table is gone: none of its keys is left', () => {
    for (const messages of [en, zh, ja])
      for (const key of ['originDerived', 'derivedCaption', 'derivedColumnSection', 'derivedColumnKeyPoint'])
        expect(messages[key], key).toBeUndefined();
  });

  it.each([...PICKED_KEYS, 'originTable', 'notArticleNotHtmlBody', 'errorInFrame'])(
    '%s has a description for translators in every language',
    (key) => {
      for (const messages of [en, zh, ja])
        expect((messages[key] as { description?: string } | undefined)?.description?.trim()).toBeTruthy();
    },
  );

  it('reading time substitutes the count', () => {
    expect(messageLookup(en)('minRead', ['4'])).toBe('4 min read');
    expect(messageLookup(zh)('minRead', ['4'])).toBe('阅读约 4 分钟');
    expect(messageLookup(ja)('minRead', ['4'])).toBe('約4分で読めます');
  });
});
