import type { Article, Block, DataTable, WhyItMatters } from '../types';
import { cleanHeading, isWhyHeading } from './why-heading';
import { baseScores, prepareSentences } from './rank-sentences';

/** Columns for a "Label: explanation" list. */
export const LIST_COLUMNS = ['Point', 'Why it matters'];
/** Columns and title of a table derived from the article's sections. */
export const DERIVED_COLUMNS = ['Section', 'Key point'];
export const DERIVED_TITLE = 'Why this matters';

const LABELLED = /^(.{1,80}?)\s*[:：]\s+(.+)$/su;

/**
 * A table without a header row uses its first row as the header when there are at least two rows
 * (the popup always shows header cells); a single-row table keeps generic column names.
 */
function withHeader(table: DataTable): { columns: string[]; rows: string[][] } {
  if (table.columns.length) return { columns: table.columns, rows: table.rows };
  const [first, ...rest] = table.rows;
  if (first && rest.length) return { columns: first, rows: rest };
  return { columns: LIST_COLUMNS, rows: table.rows };
}

function fromTable(blocks: Block[]): WhyItMatters | null {
  for (const b of blocks) {
    if (b.kind !== 'table' || !isWhyHeading(b.section)) continue;
    const { columns, rows } = withHeader(b.table);
    if (rows.length) return { title: cleanHeading(b.section!), columns, rows, origin: 'table' };
  }
  return null;
}

function fromList(blocks: Block[]): WhyItMatters | null {
  const bySection = new Map<string, string[][]>();
  for (const b of blocks) {
    if (b.kind !== 'list-item' || !isWhyHeading(b.section)) continue;
    const m = LABELLED.exec(b.text);
    const rows = bySection.get(b.section!) ?? [];
    if (m) rows.push([m[1]!.trim(), m[2]!.trim()]);
    bySection.set(b.section!, rows);
  }
  for (const [section, rows] of bySection) {
    if (rows.length >= 2) return { title: cleanHeading(section), columns: LIST_COLUMNS, rows, origin: 'list' };
  }
  return null;
}

/** One row per headed section with prose: the heading and the section's best sentence by the ranker. */
function derived(article: Article): WhyItMatters | null {
  const prepared = prepareSentences(article);
  const scores = baseScores(prepared);
  const best = new Map<string, number>();
  prepared.candidates.forEach((c, i) => {
    if (c.section === null || c.section === article.title) return;
    const current = best.get(c.section);
    if (current === undefined || scores[i]! > scores[current]!) best.set(c.section, i);
  });
  if (best.size < 2) return null;
  const rows = [...best.values()].sort((a, b) => a - b).map((i) => [cleanHeading(prepared.candidates[i]!.section!), prepared.candidates[i]!.text]);
  return { title: DERIVED_TITLE, columns: DERIVED_COLUMNS, rows, origin: 'derived' };
}

/**
 * The article's "why this matters" table: its own table under a heading such as "Why this matters",
 * else a "Label: explanation" list under such a heading, else one derived from its sections;
 * null for an article with fewer than two headed sections of prose. Only article blocks are read,
 * so comments and widgets (which extraction leaves out) never feed it.
 */
export function findWhyItMatters(article: Article): WhyItMatters | null {
  return fromTable(article.blocks) ?? fromList(article.blocks) ?? derived(article);
}
