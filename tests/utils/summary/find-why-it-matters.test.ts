import { describe, expect, it } from 'vitest';
import { findWhyItMatters, MAX_DERIVED_ROWS } from '@/utils/summary/find-why-it-matters';
import { isWhyHeading } from '@/utils/summary/why-heading';
import type { Article, Block } from '@/utils/types';

function article(blocks: Block[]): Article {
  return { title: 'Story', siteName: null, byline: null, publishedTime: null, lang: 'en', isArticle: true, blocks };
}
const p = (text: string, section: string | null = null): Block => ({ kind: 'paragraph', text, section });
const h = (text: string, section: string | null = null): Block => ({ kind: 'heading', level: 2, text, section });
const li = (text: string, section: string | null): Block => ({ kind: 'list-item', text, ordered: false, section });
const table = (columns: string[], rows: string[][], section: string | null): Block => ({
  kind: 'table',
  table: { caption: null, columns, rows },
  text: [columns, ...rows]
    .filter((r) => r.length)
    .map((r) => r.join(' | '))
    .join('\n'),
  section,
});

describe('isWhyHeading', () => {
  it.each([
    '✅ Why This Matters',
    'Why it matters',
    'WHY IT MATTERS:',
    'What it means',
    'Key takeaways',
    '为什么重要',
    'なぜ重要か',
    'Warum das wichtig ist',
    'Por qué importa',
    '¿Por qué importa?',
  ])('matches %s', (heading) => expect(isWhyHeading(heading)).toBe(true));

  it.each(['Comments', 'Why the mayor resigned', 'It matters to me', null])('does not match %s', (heading) =>
    expect(isWhyHeading(heading)).toBe(false),
  );
});

describe('findWhyItMatters', () => {
  it('reads the table under a "why this matters" heading, emoji stripped from the title', () => {
    const why = findWhyItMatters(
      article([
        p('Intro paragraph that explains the story in enough words to count.'),
        h('✅ Why This Matters'),
        table(
          ['Issue', 'Significance'],
          [
            ['Legal grey zones', 'Current laws struggle.'],
            ['Tech', 'VPNs hinder enforcement.'],
          ],
          '✅ Why This Matters',
        ),
      ]),
    );
    expect(why).toEqual({
      title: 'Why This Matters',
      columns: ['Issue', 'Significance'],
      rows: [
        ['Legal grey zones', 'Current laws struggle.'],
        ['Tech', 'VPNs hinder enforcement.'],
      ],
      origin: 'table',
    });
  });

  it('keeps columns [] for a table without a header row (its first row is data)', () => {
    const why = findWhyItMatters(
      article([
        table(
          [],
          [
            ['Budget', 'Taxes rise.'],
            ['Roads', 'Repairs start.'],
          ],
          'Key takeaways',
        ),
      ]),
    );
    expect(why).toEqual({
      title: 'Key takeaways',
      columns: [],
      rows: [
        ['Budget', 'Taxes rise.'],
        ['Roads', 'Repairs start.'],
      ],
      origin: 'table',
    });
  });

  it('ignores a table that is not under such a heading', () => {
    const why = findWhyItMatters(article([h('Results'), table(['A', 'B'], [['1', '2']], 'Results')]));
    expect(why).toBeNull();
  });

  it('turns "Label: explanation" items into a two-column table without invented column names', () => {
    const why = findWhyItMatters(
      article([
        h('Why it matters'),
        li('Privacy: the images were shared without consent.', 'Why it matters'),
        li('Law: penalties are limited to a fine: 5,000 yuan.', 'Why it matters'),
      ]),
    );
    expect(why).toEqual({
      title: 'Why it matters',
      columns: [],
      rows: [
        ['Privacy', 'the images were shared without consent.'],
        ['Law', 'penalties are limited to a fine: 5,000 yuan.'],
      ],
      origin: 'list',
    });
  });

  it('reads headings in other languages', () => {
    const zh = findWhyItMatters(article([table(['问题', '意义'], [['隐私', '侵犯隐私。']], '为什么重要')]));
    expect(zh?.title).toBe('为什么重要');
    expect(zh?.origin).toBe('table');
    const de = findWhyItMatters(
      article([
        li('Preise: Tickets werden teurer.', 'Warum das wichtig ist'),
        li('Bau: Sperrungen ab Mai.', 'Warum das wichtig ist'),
      ]),
    );
    expect(de?.rows).toEqual([
      ['Preise', 'Tickets werden teurer.'],
      ['Bau', 'Sperrungen ab Mai.'],
    ]);
  });

  it('derives one row per section (heading, its best sentence) when the article has no such table', () => {
    const why = findWhyItMatters(
      article([
        p('The council approved the budget on Tuesday after a long debate in the chamber.'),
        h('Schools'),
        p('Schools will receive twelve million dollars more to hire teachers and repair buildings.', 'Schools'),
        h('Roads'),
        p('Road repairs will cover forty miles of streets, starting in the spring on the busiest routes.', 'Roads'),
      ]),
    );
    expect(why).toEqual({
      title: '',
      columns: [],
      rows: [
        ['Schools', 'Schools will receive twelve million dollars more to hire teachers and repair buildings.'],
        ['Roads', 'Road repairs will cover forty miles of streets, starting in the spring on the busiest routes.'],
      ],
      origin: 'derived',
    });
  });

  it.each([
    [
      'English',
      'en',
      ['Schools', 'Roads'],
      [
        'Schools get more money to hire teachers and repair old buildings this year.',
        'Road repairs will cover forty miles of streets, starting in the spring on main routes.',
      ],
    ],
    [
      'Chinese',
      'zh-CN',
      ['学校', '道路'],
      [
        '市议会决定今年为全市的学校增加一千二百万元的预算，用于聘请教师。',
        '道路维修工程将在春季开始，覆盖城市东部最繁忙的四十英里街道。',
      ],
    ],
    [
      'Japanese',
      'ja',
      ['学校', '道路'],
      [
        '市議会は今年、市内の学校の予算を千二百万ドル増やし、教員を雇うことを決めた。',
        '道路の補修工事は春に始まり、市の東部で最も混雑する四十マイルの道路が対象となる。',
      ],
    ],
  ])(
    'a derived table from a %s article holds page text only: no title, no column names',
    (_name, lang, headings, sentences) => {
      const blocks: Block[] = [p(`${sentences[0]} ${sentences[1]}`.replace(/\s+/g, ' '))];
      headings.forEach((heading, i) => blocks.push(h(heading), p(sentences[i]!, heading)));
      const why = findWhyItMatters({ ...article(blocks), lang });
      expect(why?.origin).toBe('derived');
      expect(why?.title).toBe('');
      expect(why?.columns).toEqual([]);
      // Every cell is text of the article: nothing the pipeline wrote itself.
      const pageText = blocks.map((b) => b.text).join('\n');
      for (const cell of why!.rows.flat()) expect(pageText).toContain(cell);
      expect(why!.rows.map((r) => r[0])).toEqual(headings);
    },
  );

  it("a derived row takes the section's topic sentence: its first that stands alone", () => {
    const why = findWhyItMatters(
      article([
        p('The council approved the budget on Tuesday after a long debate in the chamber.'),
        h('Schools'),
        p('Why now?', 'Schools'),
        p('But the money will not arrive before the autumn term, officials warned on Tuesday.', 'Schools'),
        p(
          'Schools will receive twelve million dollars more to hire teachers and repair buildings. Teachers welcomed the news.',
          'Schools',
        ),
        h('Roads'),
        p('Road repairs will cover forty miles of streets, starting in the spring on the busiest routes.', 'Roads'),
        p(
          'Residents have complained about potholes on the main avenues of the east side for years and years.',
          'Roads',
        ),
      ]),
    );
    expect(why?.rows).toEqual([
      ['Schools', 'Schools will receive twelve million dollars more to hire teachers and repair buildings.'],
      ['Roads', 'Road repairs will cover forty miles of streets, starting in the spring on the busiest routes.'],
    ]);
  });

  it(`derives at most ${MAX_DERIVED_ROWS} rows, in article order, from a guide with many sections`, () => {
    const blocks: Block[] = [p('The guide explains how to plan a garden from the first seed to the harvest.')];
    for (let i = 1; i <= 12; i++) {
      blocks.push(
        h(`Step ${i}`),
        p(`Step ${i} of the plan covers the work that must be done in week number ${i} of the season.`, `Step ${i}`),
      );
    }
    const why = findWhyItMatters(article(blocks));
    expect(why?.origin).toBe('derived');
    expect(why!.rows).toHaveLength(MAX_DERIVED_ROWS);
    const steps = why!.rows.map((r) => Number(r[0]!.replace('Step ', '')));
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
  });

  it('a derived row passes over a sentence already shown as a key point, while its section has others', () => {
    const a = article([
      p('The council approved the budget on Tuesday after a long debate in the chamber.'),
      h('Schools'),
      p('Schools will receive twelve million dollars more to hire teachers and repair buildings.', 'Schools'),
      p('Teachers welcomed the money but said class sizes would stay too large in several districts.', 'Schools'),
      h('Roads'),
      p('Road repairs will cover forty miles of streets, starting in the spring on the busiest routes.', 'Roads'),
    ]);
    const schools = 'Schools will receive twelve million dollars more to hire teachers and repair buildings.';
    const roads = 'Road repairs will cover forty miles of streets, starting in the spring on the busiest routes.';
    expect(findWhyItMatters(a, { avoid: [schools, roads] })?.rows).toEqual([
      ['Schools', 'Teachers welcomed the money but said class sizes would stay too large in several districts.'],
      ['Roads', roads], // the section's only sentence: kept rather than dropping the section
    ]);
  });

  it('is null without at least two headed sections of prose', () => {
    expect(findWhyItMatters(article([p('Only one paragraph of prose here without any headings at all.')]))).toBeNull();
    expect(
      findWhyItMatters(
        article([h('Only'), p('A single headed section with one sentence of prose in it.', 'Only'), h('Empty')]),
      ),
    ).toBeNull();
  });
});
