import { describe, expect, it } from 'vitest';
import { ENGLISH_LABELS, escapeCell, formatMarkdown, type MarkdownLabels } from '@/utils/popup/format-markdown';
import type { PageSummary, SignificanceLabel, WhyItMatters } from '@/utils/types';

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
    { title: 'Space [story]', url: 'https://news.example.com/space (1).html', source: 'Popular posts', group: 'topic' },
    { title: 'Bad', url: 'javascript:alert(1)', source: 'Related', group: 'topic' },
  ],
};

const ZH: MarkdownLabels = {
  keyPoints: '要点',
  whyItMatters: '为何重要',
  related: '相关链接',
  relatedGroups: { topic: '相关报道', inline: '文中链接', popular: '本站更多' },
  significance: {
    why: '为何重要',
    numbers: '关键数字',
    context: '背景',
    reaction: '各方反应',
    next: '下一步',
    detail: '另外值得关注',
  },
};
const JA: MarkdownLabels = {
  keyPoints: '要点',
  whyItMatters: 'なぜ重要か',
  related: '関連リンク',
  relatedGroups: { topic: 'この記事の関連', inline: '記事中のリンク', popular: 'このサイトのほかの記事' },
  significance: {
    why: 'なぜ重要か',
    numbers: '数字で見る',
    context: '背景',
    reaction: '反応',
    next: '今後の見通し',
    detail: 'その他の注目点',
  },
};
const picked: WhyItMatters = {
  origin: 'picked',
  title: '',
  columns: [],
  rows: [
    ['numbers', 'Schools get 12% more money.'],
    ['next', 'Repairs | start in spring.'],
  ],
  sources: [
    { block: 2, start: 0, end: 27 },
    { block: 5, start: 10, end: 36 },
  ],
};
const labelled: WhyItMatters = {
  origin: 'labelled',
  title: '',
  columns: [],
  rows: [
    ['Why it matters', 'Overnight trains cut\n the carbon cost of long trips.'],
    ['Was jetzt kommt', 'Der Rat entscheidet im Januar.'],
  ],
};
const takeaways: WhyItMatters = {
  origin: 'takeaways',
  title: 'Key takeaways',
  columns: [],
  rows: [['Fares rise 4% in January.'], ['Students pay less.']],
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
        '### Popular posts',
        '',
        '- [Space \\[story\\]](https://news.example.com/space%20%281%29.html)',
        '',
      ].join('\n'),
    );
  });

  it("keeps the related groups: the page's labels, else the group names, in the given language", () => {
    const md = formatMarkdown(
      {
        ...base,
        related: [
          { title: 'A topical story', url: 'https://a.example/1', source: 'More on this story', group: 'topic' },
          { title: 'A story linked in the text', url: 'https://a.example/2', source: 'article', group: 'inline' },
          { title: 'A most read story', url: 'https://a.example/3', source: '', group: 'popular' },
        ],
      },
      ZH,
    );
    expect(md).toContain(
      [
        '### More on this story',
        '',
        '- [A topical story](https://a.example/1)',
        '',
        '### 文中链接',
        '',
        '- [A story linked in the text](https://a.example/2)',
        '',
        '### 本站更多',
        '',
        '- [A most read story](https://a.example/3)',
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
    ['English (the default, for the CLI)', undefined, ['By the numbers', "What's next"]],
    ['Chinese', ZH, ['关键数字', '下一步']],
    ['Japanese', JA, ['数字で見る', '今後の見通し']],
  ])('a picked table: each sentence under its label, named by the labels: %s', (_name, labels, [numbers, next]) => {
    const md = formatMarkdown({ ...base, whyItMatters: picked }, labels);
    // GFM needs a header row: empty cells, as the popup shows no column names either.
    expect(md).toContain(
      `## ${labels?.whyItMatters ?? 'Why this matters'}\n\n|  |  |\n| --- | --- |\n` +
        `| ${numbers} | Schools get 12% more money. |\n| ${next} | Repairs \\| start in spring. |\n`,
    );
    expect(md).not.toMatch(/\| (numbers|next) \|/); // never the raw keys
    if (labels) expect(md).not.toMatch(/By the numbers|What's next|Why this matters/);
  });

  it('every label key of a picked table has its own name', () => {
    for (const labels of [ENGLISH_LABELS, ZH, JA]) {
      const rows = (Object.keys(labels.significance) as SignificanceLabel[]).map((key): [SignificanceLabel, string] => [
        key,
        `Sentence ${key}.`,
      ]);
      const sources = rows.map((_, i) => ({ block: i, start: 0, end: 10 }));
      const md = formatMarkdown(
        {
          ...base,
          whyItMatters: { origin: 'picked', title: '', columns: [], rows, sources },
        },
        labels,
      );
      for (const [key, name] of Object.entries(labels.significance))
        expect(md).toContain(`| ${name} | Sentence ${key}. |`);
      expect(new Set(Object.values(labels.significance)).size).toBe(6);
    }
  });

  it('a picked row with a label this version does not know is named as the catch-all, never the raw key', () => {
    const newer = { ...picked, rows: [['impact', 'Prices rise.']], sources: [{ block: 0, start: 0, end: 12 }] };
    const md = formatMarkdown({ ...base, whyItMatters: newer as unknown as WhyItMatters }, ZH);
    expect(md).toContain('| 另外值得关注 | Prices rise. |');
    expect(md).not.toContain('impact');
  });

  it('labelled paragraphs: the label as written, then the paragraph (page text, not translated)', () => {
    const md = formatMarkdown({ ...base, whyItMatters: labelled }, JA);
    expect(md).toContain(
      '## なぜ重要か\n\n|  |  |\n| --- | --- |\n' +
        '| Why it matters | Overnight trains cut the carbon cost of long trips. |\n' +
        '| Was jetzt kommt | Der Rat entscheidet im Januar. |\n',
    );
  });

  it('a takeaways box: one item a row', () => {
    const md = formatMarkdown({ ...base, whyItMatters: takeaways });
    expect(md).toContain(
      '## Why this matters\n\n|  |\n| --- |\n| Fares rise 4% in January. |\n| Students pay less. |\n',
    );
  });

  it('a table of an origin this version does not know (cached by an older one): its rows, no English names', () => {
    const older = {
      origin: 'derived',
      title: 'Why this matters',
      columns: ['Section', 'Key point'],
      rows: [['How It Started', 'Users shared photos.']],
    } as unknown as WhyItMatters;
    const md = formatMarkdown({ ...base, whyItMatters: older }, ZH);
    expect(md).toContain('## 为何重要\n\n|  |  |\n| --- | --- |\n| How It Started | Users shared photos. |\n');
    expect(md).not.toMatch(/Section|Key point/);
  });

  it("keeps the page's own header row whatever the labels (page text is never translated)", () => {
    const md = formatMarkdown(base, ZH);
    expect(md).toContain('| Issue | Significance |');
    expect(md).not.toMatch(/关键数字|背景/);
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
