import { isHttpUrl } from '../text/is-http-url';
import type { PageSummary } from '../types';

/** The labels the Markdown adds, so the popup can copy in the reader's language. */
export type MarkdownLabels = {
  keyPoints: string;
  whyItMatters: string;
  related: string;
  /** Column names of a derived table (which carries none: see DerivedWhyTable). */
  derivedColumns: [section: string, keyPoint: string];
};

/** For the CLI; the popup passes the interface language's labels. */
export const ENGLISH_LABELS: MarkdownLabels = {
  keyPoints: 'Key points',
  whyItMatters: 'Why this matters',
  related: 'Related',
  derivedColumns: ['Section', 'Key point'],
};

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A table cell: one line, pipes escaped so they do not split the cell. */
export const escapeCell = (text: string): string => oneLine(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|');

/** Link text: brackets escaped so they do not end the link early. */
const escapeLinkText = (text: string): string => oneLine(text).replace(/([\\[\]])/g, '\\$1');

/** Link destination: spaces and parentheses percent-encoded so the link stays one token. */
const escapeUrl = (url: string): string => url.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29');

function table(columns: string[], rows: string[][]): string[] {
  const width = Math.max(columns.length, ...rows.map((r) => r.length), 1);
  const pad = (cells: string[]) => Array.from({ length: width }, (_, i) => escapeCell(cells[i] ?? ''));
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(pad(columns)), line(Array.from({ length: width }, () => '---')), ...rows.map((r) => line(pad(r)))];
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
  if (why && why.rows.length > 0) {
    // A derived table's columns are named by the labels; the page's own table keeps its header row.
    const columns = why.origin === 'derived' ? labels.derivedColumns : why.columns;
    out.push(`## ${labels.whyItMatters}`, '', ...table(columns, why.rows), '');
  }
  const related = summary.related.filter((link) => isHttpUrl(link.url));
  if (related.length > 0) {
    out.push(`## ${labels.related}`, '');
    for (const link of related)
      out.push(`- [${escapeLinkText(link.title) || escapeLinkText(link.url)}](${escapeUrl(link.url)})`);
    out.push('');
  }
  return out.join('\n').trimEnd() + '\n';
}
