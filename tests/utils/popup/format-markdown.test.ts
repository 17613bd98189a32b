import { describe, expect, it } from 'vitest';
import { escapeCell, formatMarkdown, type MarkdownLabels } from '@/utils/popup/format-markdown';
import type { PageSummary, WhyItMatters } from '@/utils/types';

const base: PageSummary = {
  url: 'https://news.example.com/a.html',
  title: 'Outrage After Images Shared',
  siteName: 'Global Pulse Daily',
  byline: null,
  publishedTime: null,
  lang: 'en',
  isArticle: true,
  wordCount: 100,
  readingMinutes: 1,
  text: '',
  keyPoints: [
    { text: 'First point.', section: null },
    { text: 'Second\n point.', section: 'S' },
  ],
  whyItMatters: {
    title: 'Why This Matters',
    columns: ['Issue', 'Significance'],
    rows: [
      ['Non-consensual sharing', 'Violates privacy.'],
      ['Pipes | inside', 'a\\b'],
    ],
    origin: 'table',
  },
  related: [
    { title: 'Space [story]', url: 'https://news.example.com/space (1).html', source: 'Popular posts' },
    { title: 'Bad', url: 'javascript:alert(1)', source: 'Related' },
  ],
};

const ZH: MarkdownLabels = {
  keyPoints: '要点',
  whyItMatters: '为何重要',
  related: '相关链接',
  derivedColumns: ['部分', '要点'],
};
const JA: MarkdownLabels = {
  keyPoints: '要点',
  whyItMatters: 'なぜ重要か',
  related: '関連リンク',
  derivedColumns: ['セクション', '要点'],
};
const derived: WhyItMatters = {
  title: '',
  columns: [],
  rows: [
    ['Schools', 'Schools get more money.'],
    ['Roads', 'Repairs start in spring.'],
  ],
  origin: 'derived',
};

describe('formatMarkdown', () => {
  it('writes title, link, key points, the table and related links', () => {
    expect(formatMarkdown(base)).toBe(
      [
        '# Outrage After Images Shared',
        '',
        '<https://news.example.com/a.html>',
        '',
        '## Key points',
        '',
        '1. First point.',
        '2. Second point.',
        '',
        '## Why this matters',
        '',
        '| Issue | Significance |',
        '| --- | --- |',
        '| Non-consensual sharing | Violates privacy. |',
        '| Pipes \\| inside | a\\\\b |',
        '',
        '## Related',
        '',
        '- [Space \\[story\\]](https://news.example.com/space%20%281%29.html)',
        '',
      ].join('\n'),
    );
  });

  it('uses the given section labels', () => {
    const md = formatMarkdown(base, ZH);
    expect(md).toContain('## 要点\n');
    expect(md).toContain('## 为何重要\n');
    expect(md).toContain('## 相关链接\n');
  });

  it.each([
    ['English (the default, for the CLI)', undefined, '| Section | Key point |'],
    ['Chinese', ZH, '| 部分 | 要点 |'],
    ['Japanese', JA, '| セクション | 要点 |'],
  ])("names a derived table's columns with the labels: %s", (_name, labels, header) => {
    const md = formatMarkdown({ ...base, whyItMatters: derived }, labels);
    expect(md).toContain(
      `${header}\n| --- | --- |\n| Schools | Schools get more money. |\n| Roads | Repairs start in spring. |`,
    );
    if (labels) expect(md).not.toMatch(/Section|Key point|Why this matters/);
  });

  it("keeps the page's own header row whatever the labels (page text is never translated)", () => {
    const md = formatMarkdown(base, ZH);
    expect(md).toContain('| Issue | Significance |');
    expect(md).not.toContain('部分');
  });

  it('leaves out empty parts and pads ragged tables', () => {
    const md = formatMarkdown({
      ...base,
      keyPoints: [],
      related: [],
      whyItMatters: { title: 'Why it matters', columns: [], rows: [['a', 'b'], ['c']], origin: 'list' },
    });
    expect(md).not.toContain('## Key points');
    expect(md).not.toContain('## Related');
    expect(md).toContain('|  |  |\n| --- | --- |\n| a | b |\n| c |  |');
  });

  it.each([
    ['a | b', 'a \\| b'],
    ['line\nbreak', 'line break'],
    ['back\\slash', 'back\\\\slash'],
    ['  spaced  ', 'spaced'],
  ])('escapeCell(%j) = %j', (input, expected) => {
    expect(escapeCell(input)).toBe(expected);
  });
});
