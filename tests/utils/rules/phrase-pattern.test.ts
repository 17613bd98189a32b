import { describe, expect, it } from 'vitest';
import {
  buildPattern,
  buildPrefilter,
  phraseAnchors,
  phraseExamples,
  phraseSource,
  type PhraseTable,
} from '@/utils/rules/phrase-pattern';

describe('phrase syntax', () => {
  it.each([
    [
      'related [posts?|stories]',
      ['related', 'Related posts', 'related  post', 'related stories'],
      ['related news', 'unrelated'],
    ],
    ['(other|similar) (posts?|articles?)', ['Similar articles', 'other post'], ['similar', 'other stories']],
    ['more (from|in) …', ['More from The Times', 'more in Sport'], ['more from', 'more']],
    [
      'more [great|top] […2] stories',
      ['more stories', 'More great local news stories'],
      ['more of the best local stories'],
    ],
    ["editor'?s picks?", ["Editor's picks", 'editors pick'], ['editor picks']],
    ['# comments?', ['12 comments', '1 comment'], ['comments']],
    ['关联 [很] 重要', ['关联重要', '关联很重要', '关联 很 重要'], ['关联不重要']],
  ])('%s', (phrase, yes, no) => {
    const re = new RegExp(`^(?:${phraseSource(phrase)})$`, 'iu');
    for (const text of yes) expect(re.test(text), text).toBe(true);
    for (const text of no) expect(re.test(text), text).toBe(false);
  });

  it.each(['[optional only]', '(unclosed', 'empty (a|)', '?x', 'stray ) paren', '…'])('rejects "%s"', (phrase) => {
    expect(() => phraseAnchors(phrase)).toThrow();
  });

  it('anchors a phrase on its longest required literal', () => {
    expect(phraseAnchors('you (may|might) also (like|enjoy)')).toEqual(['also']);
    expect(phraseAnchors('(other|similar) (posts?|articles?)')).toEqual(['other', 'similar']);
    expect(phraseAnchors('most e-?mailed')).toEqual(['mailed']);
  });

  it('examples cover each alternative and optional part', () => {
    expect(phraseExamples('read (more|next) [stories]')).toEqual([
      'read more',
      'read more stories',
      'read next',
      'read next stories',
    ]);
  });

  const TABLE: PhraseTable = { en: ['but', 'sin embargo'], zh: ['但是'] };
  it('builds start-of-text patterns with word boundaries, prefixes in unspaced scripts', () => {
    const re = buildPattern([TABLE], { at: 'start' });
    expect(['But then', 'sin  embargo, no', '但是我们'].every((t) => re.test(t))).toBe(true);
    expect(['Butter', 'a but'].some((t) => re.test(t))).toBe(false);
  });

  it('builds whole-word patterns', () => {
    const re = buildPattern([TABLE], { at: 'word' });
    expect(re.test('and but so')).toBe(true);
    expect(re.test('rebuttal')).toBe(false);
  });

  it('builds a pre-filter that every example passes', () => {
    const pre = buildPrefilter([TABLE]);
    expect(pre.test('…Sin Embargo…')).toBe(true);
    expect(pre.test('nothing here')).toBe(false);
  });
});

describe('parts written without a space are glued', () => {
  it.each([
    [
      'le graphique ci-(dessus|dessous)',
      ['le graphique ci-dessus', 'Le graphique ci-dessous'],
      ['le graphique ci- dessus'],
    ],
    ['un(known|clear) (whether|why)', ['unknown whether', 'Unclear why'], ['un known whether']],
    ["i'(m|ve|ll)", ["I'm", 'I’ve', "i'll"], ["I' m", 'I']],
    ['in this (post|article),? (we|i)', ['In this post, we', 'in this article we'], ['in this post , we']],
    ['prev[ious]', ['prev', 'Previous'], ['prev ious']],
    ['hacer(lo| eso)', ['hacerlo', 'hacer eso'], ['hacer lo', 'hacereso']],
    ['schlagw(ö|o)rter?', ['Schlagwörter', 'schlagworte'], ['schlagw ö rter']],
    ['相关(阅读|新闻)', ['相关阅读', '相关 新闻'], ['相关']],
  ])('%s', (phrase, yes, no) => {
    const re = new RegExp(`^(?:${phraseSource(phrase)})$`, 'iu');
    for (const text of yes) expect(re.test(text), text).toBe(true);
    for (const text of no) expect(re.test(text), text).toBe(false);
    for (const text of phraseExamples(phrase)) expect(re.test(text), `example "${text}"`).toBe(true);
  });
});

describe('buildPrefilter', () => {
  it('lets a typographic apostrophe through where the phrase has a straight one', () => {
    const table: PhraseTable = { en: ["editor's picks", "don't miss"] };
    const prefilter = buildPrefilter([table]);
    for (const text of ['Editor’s Picks', "Editor's picks", 'DON’T MISS'])
      expect(prefilter.test(text), text).toBe(true);
    expect(buildPattern([table], { at: 'whole' }).test('Editor’s Picks')).toBe(true);
  });
});

describe('the plain-word shortcut of phraseSource', () => {
  // Every phrase of the tables that is plain words (no syntax characters): the shortcut must write what the parser
  // writes for the same words inside a choice, `(…)` -> `(?:…)`.
  const tables = import.meta.glob<Record<string, unknown>>('/utils/rules/phrases/*.ts', { eager: true });
  const strings = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : Array.isArray(value)
        ? value.flatMap(strings)
        : value && typeof value === 'object'
          ? Object.values(value).flatMap(strings)
          : [];
  const plain = [...new Set(Object.values(tables).flatMap((m) => strings(m)))].filter((p) => /^[^()[\]|…#]+$/u.test(p));

  it('covers the tables', () => expect(plain.length).toBeGreaterThan(500));
  it('writes the same source as the phrase parser', () => {
    for (const phrase of plain) expect(`(?:${phraseSource(phrase)})`, phrase).toBe(phraseSource(`(${phrase})`));
  });
  it('gives the same source when asked again (memoized)', () => {
    expect(phraseSource("editor's picks")).toBe(phraseSource("editor's picks"));
    expect(phraseSource("editor's picks")).toBe("editor['’]s\\s+picks");
  });
});
