import { describe, expect, it } from 'vitest';
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

  it.each(['zh_CN', 'ja'])(
    '%s names a derived table (caption and columns) in its own script, never in English',
    (locale) => {
      const t = messageLookup(loadMessages(locale));
      for (const key of ['derivedCaption', 'derivedColumnSection', 'derivedColumnKeyPoint'])
        expect(t(key), key).not.toMatch(/[A-Z]/i);
    },
  );

  it.each(['derivedCaption', 'derivedColumnSection', 'derivedColumnKeyPoint', 'notArticleNotHtmlBody', 'errorInFrame'])(
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
