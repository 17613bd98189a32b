import { isHttpUrl } from '../text/is-http-url';
import type { PageSummary } from '../types';

/** Section labels, so the popup can copy in the reader's language. */
export type MarkdownLabels = {
  keyPoints: string;
  whyItMatters: string;
  related: string;
};

const ENGLISH: MarkdownLabels = { keyPoints: 'Key points', whyItMatters: 'Why this matters', related: 'Related' };

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
export function formatMarkdown(summary: PageSummary, labels: MarkdownLabels = ENGLISH): string {
  const out: string[] = [`# ${oneLine(summary.title) || summary.url}`, ''];
  if (isHttpUrl(summary.url)) out.push(`<${escapeUrl(summary.url)}>`, '');
  if (summary.keyPoints.length > 0) {
    out.push(`## ${labels.keyPoints}`, '');
    summary.keyPoints.forEach((point, i) => out.push(`${i + 1}. ${oneLine(point.text)}`));
    out.push('');
  }
  const why = summary.whyItMatters;
  if (why && why.rows.length > 0) {
    out.push(`## ${labels.whyItMatters}`, '', ...table(why.columns, why.rows), '');
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
