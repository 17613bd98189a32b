import { isHttpUrl } from '../text/is-http-url';
import type { PageSummary, RelatedGroup, SignificanceLabel, WhyItMatters } from '../types';
import { relatedBlocks } from './related-groups';

/** The labels the Markdown adds, so the popup can copy in the reader's language. */
export type MarkdownLabels = {
  keyPoints: string;
  whyItMatters: string;
  related: string;
  /** A group's name when the page gave it no label of its own. */
  relatedGroups: Record<RelatedGroup, string>;
  /** The name of each label a picked table's rows carry (see PickedWhyTable), as the popup shows it. */
  significance: Record<SignificanceLabel, string>;
};

/** For the CLI; the popup passes the interface language's labels. */
export const ENGLISH_LABELS: MarkdownLabels = {
  keyPoints: 'Key points',
  whyItMatters: 'Why this matters',
  related: 'Related',
  relatedGroups: { topic: 'On this story', inline: 'Linked in the article', popular: 'More from the site' },
  significance: {
    why: 'Why it matters',
    numbers: 'By the numbers',
    context: 'Context',
    reaction: 'Reaction',
    next: "What's next",
    detail: 'Also notable',
  },
};

/**
 * A picked row's label named from `names`. A key this version does not know (a summary cached by a newer or
 * older one) is named as the catch-all `detail`, never shown as the raw key.
 */
export const significanceName = (names: Record<SignificanceLabel, string>, key: string): string =>
  Object.hasOwn(names, key) ? names[key as SignificanceLabel] : names.detail;

/**
 * How the popup and the Markdown lay out a "why this matters" table, whatever its origin:
 * - `table` / `list`: the page's rows under its own header row, if any; the first cell is the row's jump target.
 * - `labelled`: [label as written, paragraph]; the label heads the row, the paragraph is the jump target.
 * - `takeaways`: [item]; one cell, the jump target.
 * - `picked`: [label key, sentence]; the label (named in the interface language) heads the row, the sentence
 *   is the jump target.
 * - anything else (a summary cached by another version): its rows as a plain page table, without its
 *   title or column names (older versions put English ones there).
 */
export type WhyLayout =
  | { kind: 'page'; columns: string[]; title: string }
  | { kind: 'labelled' }
  | { kind: 'takeaways'; title: string }
  | { kind: 'picked' };

export function whyLayout(why: WhyItMatters): WhyLayout {
  const origin: string = why.origin;
  const title = typeof why.title === 'string' ? why.title : '';
  const columns = Array.isArray(why.columns) ? why.columns : [];
  switch (origin) {
    case 'table':
    case 'list':
      return { kind: 'page', columns, title };
    case 'labelled':
      return { kind: 'labelled' };
    case 'takeaways':
      return { kind: 'takeaways', title };
    case 'picked':
      return { kind: 'picked' };
    default:
      return { kind: 'page', columns: [], title: '' };
  }
}

/** The rows as strings, whatever a cached summary holds. */
export const whyRows = (why: WhyItMatters): string[][] =>
  Array.isArray(why.rows)
    ? why.rows.filter(Array.isArray).map((row: unknown[]) => row.map((cell) => (typeof cell === 'string' ? cell : '')))
    : [];

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A table cell: one line, pipes escaped so they do not split the cell. */
export const escapeCell = (text: string): string => oneLine(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|');

/** Link text: brackets escaped so they do not end the link early. */
const escapeLinkText = (text: string): string => oneLine(text).replace(/([\\[\]])/g, '\\$1');

/** Link destination: spaces and parentheses percent-encoded so the link stays one token. */
const escapeUrl = (url: string): string => url.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29');

/** A GFM table; `columns` [] gives a header row of empty cells (GFM requires one). */
function table(columns: string[], rows: string[][]): string[] {
  const width = Math.max(columns.length, ...rows.map((r) => r.length), 1);
  const pad = (cells: string[]) => Array.from({ length: width }, (_, i) => escapeCell(cells[i] ?? ''));
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(pad(columns)), line(Array.from({ length: width }, () => '---')), ...rows.map((r) => line(pad(r)))];
}

/**
 * The table's Markdown, laid out as the popup shows it: the page's header row for a page table, otherwise
 * a header row of empty cells (the popup shows none either); a picked row's label named by `labels`.
 */
function whyTable(why: WhyItMatters, labels: MarkdownLabels): string[] {
  const layout = whyLayout(why);
  const rows = whyRows(why);
  switch (layout.kind) {
    case 'page':
      return table(layout.columns, rows);
    case 'labelled':
      return table(
        ['', ''],
        rows.map((r) => [r[0] ?? '', r[1] ?? '']),
      );
    case 'takeaways':
      return table(
        [''],
        rows.map((r) => [r[0] ?? '']),
      );
    case 'picked':
      return table(
        ['', ''],
        rows.map((r) => [significanceName(labels.significance, r[0] ?? ''), r[1] ?? '']),
      );
  }
}

/** The summary as Markdown: title, link, key points, the table and related links. */
export function formatMarkdown(summary: PageSummary, labels: MarkdownLabels = ENGLISH_LABELS): string {
  const out: string[] = [`# ${oneLine(summary.title) || summary.url}`, ''];
  if (isHttpUrl(summary.url)) out.push(`<${escapeUrl(summary.url)}>`, '');
  if (summary.keyPoints.length > 0) {
    out.push(`## ${labels.keyPoints}`, '');
    summary.keyPoints.forEach((point, i) => out.push(`${i + 1}. ${oneLine(point.text)}`));
    out.push('');
  }
  const why = summary.whyItMatters;
  if (why && whyRows(why).length > 0) out.push(`## ${labels.whyItMatters}`, '', ...whyTable(why, labels), '');
  const related = summary.related.filter((link) => isHttpUrl(link.url));
  if (related.length > 0) {
    out.push(`## ${labels.related}`, '');
    for (const block of relatedBlocks(related)) {
      out.push(`### ${oneLine(block.label ?? labels.relatedGroups[block.group])}`, '');
      for (const link of block.links)
        out.push(`- [${escapeLinkText(link.title) || escapeLinkText(link.url)}](${escapeUrl(link.url)})`);
      out.push('');
    }
  }
  return out.join('\n').trimEnd() + '\n';
}
