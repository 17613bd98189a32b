import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '@/scripts/lib/load-document';
import { extractArticle } from '@/utils/article/extract-article';
import { layoutReason, readTable, tableText } from '@/utils/article/read-table';
import type { DataTable } from '@/utils/types';

function table(html: string): Element {
  const doc = documentFromHtml(`<!doctype html><html><body>${html}</body></html>`);
  return doc.querySelector('table')!;
}

describe('readTable', () => {
  it.each<[string, string, DataTable]>([
    [
      'th header row',
      '<table><tr><th>Issue</th><th>Significance</th></tr><tr><td>Budget</td><td>Taxes rise</td></tr></table>',
      { caption: null, columns: ['Issue', 'Significance'], rows: [['Budget', 'Taxes rise']] },
    ],
    [
      'thead with td cells',
      '<table><thead><tr><td>Year</td><td>Total</td></tr></thead><tbody><tr><td>2024</td><td>12</td></tr><tr><td>2025</td><td>15</td></tr></tbody></table>',
      {
        caption: null,
        columns: ['Year', 'Total'],
        rows: [
          ['2024', '12'],
          ['2025', '15'],
        ],
      },
    ],
    [
      'bold first row (Blogger)',
      '<table><tbody><tr><td><b>Issue</b></td><td><strong>Significance</strong></td></tr><tr><td>Legal grey zones</td><td>Laws struggle</td></tr><tr><td>Tech</td><td>VPNs</td></tr></tbody></table>',
      {
        caption: null,
        columns: ['Issue', 'Significance'],
        rows: [
          ['Legal grey zones', 'Laws struggle'],
          ['Tech', 'VPNs'],
        ],
      },
    ],
    [
      'no header',
      '<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>',
      {
        caption: null,
        columns: [],
        rows: [
          ['a', 'b'],
          ['c', 'd'],
        ],
      },
    ],
    [
      'all-bold table has no header row',
      '<table><tr><td><b>a</b></td><td><b>b</b></td></tr><tr><td><b>c</b></td><td><b>d</b></td></tr></table>',
      {
        caption: null,
        columns: [],
        rows: [
          ['a', 'b'],
          ['c', 'd'],
        ],
      },
    ],
    [
      'colspan repeats the cell',
      '<table><tr><th>Team</th><th colspan="2">Score</th></tr><tr><td>Reds</td><td>1</td><td>2</td></tr></table>',
      { caption: null, columns: ['Team', 'Score', 'Score'], rows: [['Reds', '1', '2']] },
    ],
    [
      'rowspan repeats the cell downwards',
      '<table><tr><th>Region</th><th>City</th></tr><tr><td rowspan="2">North</td><td>Leeds</td></tr><tr><td>York</td></tr></table>',
      {
        caption: null,
        columns: ['Region', 'City'],
        rows: [
          ['North', 'Leeds'],
          ['North', 'York'],
        ],
      },
    ],
    [
      'caption kept',
      '<table><caption>Funding sources</caption><tr><th>Source</th><th>Amount</th></tr><tr><td>State</td><td>$21.5m</td></tr></table>',
      { caption: 'Funding sources', columns: ['Source', 'Amount'], rows: [['State', '$21.5m']] },
    ],
    [
      'figcaption of a figure kept as the caption',
      '<figure><table><tr><th>Source</th><th>Amount</th></tr><tr><td>State</td><td>$21.5m</td></tr></table><figcaption>Source: DPW</figcaption></figure>',
      { caption: 'Source: DPW', columns: ['Source', 'Amount'], rows: [['State', '$21.5m']] },
    ],
    [
      'cells keep inner spaces, never glued',
      '<table><tr><th><p>Non-consensual</p><p>sharing</p></th><th>B</th></tr><tr><td>x<br>y</td><td>z</td></tr></table>',
      { caption: null, columns: ['Non-consensual sharing', 'B'], rows: [['x y', 'z']] },
    ],
  ])('%s', (_, html, expected) => {
    expect(readTable(table(html))).toEqual(expected);
  });

  it.each([
    ['a single column', '<table><tr><td>one</td></tr><tr><td>two</td></tr></table>'],
    ['a single row', '<table><tr><td>one</td><td>two</td></tr></table>'],
    [
      'nested tables',
      '<table><tr><td><table><tr><td>a</td><td>b</td></tr></table></td><td>x</td></tr><tr><td>y</td><td>z</td></tr></table>',
    ],
    [
      'role=presentation',
      '<table role="presentation"><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>',
    ],
    [
      'a table holding the article',
      `<table><tr><td><h1>Story</h1><p>${'Words. '.repeat(50)}</p><p>More.</p><p>More.</p></td><td>sidebar</td></tr><tr><td>footer</td><td>x</td></tr></table>`,
    ],
  ])('%s is a layout table', (_, html) => {
    expect(layoutReason(table(html))).not.toBeNull();
    expect(readTable(table(html))).toBeNull();
  });

  it('writes rows with cells joined by " | "', () => {
    expect(tableText({ caption: 'C', columns: ['A', 'B'], rows: [['1', '2']] })).toBe('C\nA | B\n1 | 2');
  });
});

describe('tables in the extracted article', () => {
  const prose = Array.from(
    { length: 6 },
    (_, i) =>
      `<p>Paragraph ${i} of the story explains in plain words what the council decided about the river barrier and why it costs so much money.</p>`,
  ).join('');

  it('keeps a small bold-header table that Readability would not count as data', () => {
    const doc = documentFromHtml(
      `<html><body><article><h1>Story</h1>${prose}<h2>Why this matters</h2><table><tr><td><b>Issue</b></td><td><b>Significance</b></td></tr><tr><td>Cost</td><td>Bills rise.</td></tr></table>${prose}</article></body></html>`,
    );
    const tables = extractArticle(doc, 'https://example.com/story').blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({
      section: 'Why this matters',
      table: { columns: ['Issue', 'Significance'], rows: [['Cost', 'Bills rise.']] },
      text: 'Issue | Significance\nCost | Bills rise.',
    });
  });

  it('keeps a link-heavy data table that plain Readability drops', () => {
    const table =
      '<div class="table-wrap"><table><tr><td><b>Team</b></td><td><b>Link</b></td></tr><tr><td><a href="/a">Reds</a></td><td><a href="/b">Report</a></td></tr><tr><td><a href="/c">Blues</a></td><td><a href="/d">Report</a></td></tr></table></div>';
    const html = `<html><body><article><h1>Story</h1>${prose}<h2>Results</h2>${table}${prose}</article></body></html>`;
    // The premise: Readability on its own loses this table.
    expect(new Readability(documentFromHtml(html)).parse()?.content ?? '').not.toContain('<table');
    const tables = extractArticle(documentFromHtml(html), 'https://example.com/story').blocks.filter(
      (b) => b.kind === 'table',
    );
    expect(tables).toMatchObject([
      {
        section: 'Results',
        table: {
          columns: ['Team', 'Link'],
          rows: [
            ['Reds', 'Report'],
            ['Blues', 'Report'],
          ],
        },
      },
    ]);
  });

  it('reads a layout table as text, not as a data table', () => {
    const doc = documentFromHtml(`<html><body><table><tr><td><div>${prose}</div></td></tr></table></body></html>`);
    const blocks = extractArticle(doc, 'https://example.com/story').blocks;
    expect(blocks.some((b) => b.kind === 'table')).toBe(false);
    expect(blocks.filter((b) => b.kind === 'paragraph').length).toBeGreaterThanOrEqual(6);
  });
});
