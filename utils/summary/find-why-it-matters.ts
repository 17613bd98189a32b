import type { Article, Block, DerivedWhyTable, WhyItMatters } from '../types';
import { cleanHeading, isWhyHeading } from './why-heading';
import { baseScores, prepareSentences, standsAlone } from './rank-sentences';
import { THRESHOLDS } from '../rules/thresholds';

/** "Label: explanation", split at the first colon. */
const LABELLED = /^([^:：]{1,80}?)\s*[:：]\s*(\S.*)$/su;

function fromTable(blocks: Block[]): WhyItMatters | null {
  for (const b of blocks) {
    if (b.kind !== 'table' || !isWhyHeading(b.section)) continue;
    // A table without a header row keeps columns [] (as DataTable does): its first row is data, and no
    // labels are invented; the popup shows the heading as the table's title.
    const { columns, rows } = b.table;
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
    // The page names no columns for a list: columns stay [] rather than invented English labels.
    if (rows.length >= 2) return { title: cleanHeading(section), columns: [], rows, origin: 'list' };
  }
  return null;
}

/** At most this many derived rows: beyond that the table stops being a summary. */
export const MAX_DERIVED_ROWS = THRESHOLDS.maxDerivedRows;

/**
 * One row per headed section with prose: the heading and the section's topic sentence (its first
 * sentence that stands alone), or, when none does, its best sentence by the ranker. Sentences in
 * `avoid` (the key points already shown above the table) are passed over while the section has others.
 */
function derived(article: Article, avoid: ReadonlySet<string>): DerivedWhyTable | null {
  const prepared = prepareSentences(article);
  const scores = baseScores(prepared);
  const bySection = new Map<string, number[]>();
  prepared.candidates.forEach((c, i) => {
    if (c.section === null || c.section === article.title) return;
    const indices = bySection.get(c.section);
    if (indices) indices.push(i);
    else bySection.set(c.section, [i]);
  });
  if (bySection.size < 2) return null;
  const bestOf = (indices: number[]): number =>
    indices.find((i) => standsAlone(prepared, i)) ?? indices.reduce((a, b) => (scores[b]! > scores[a]! ? b : a));
  const chosen = [...bySection.values()].map((indices) => {
    const fresh = indices.filter((i) => !avoid.has(prepared.candidates[i]!.text));
    return bestOf(fresh.length ? fresh : indices);
  });
  // A long guide with many sections: its strongest sections only, still in article order.
  const kept = chosen.sort((a, b) => scores[b]! - scores[a]!).slice(0, MAX_DERIVED_ROWS);
  const rows = kept
    .sort((a, b) => a - b)
    .map((i): [string, string] => [cleanHeading(prepared.candidates[i]!.section!), prepared.candidates[i]!.text]);
  // Page text only: no title and no column names, which would be English whatever the reader's language.
  // The popup labels a derived table itself, in the interface language.
  return { title: '', columns: [], rows, origin: 'derived' };
}

/**
 * The article's "why this matters" table: its own table under a heading such as "Why this matters",
 * else a "Label: explanation" list under such a heading, else one derived from its sections;
 * null for an article with fewer than two headed sections of prose. A derived table avoids repeating the
 * key points (`avoid`) where a section has other sentences. Only article blocks are read,
 * so comments and widgets (which extraction leaves out) never feed it.
 */
export function findWhyItMatters(
  article: Article,
  { avoid = [] }: { avoid?: readonly string[] } = {},
): WhyItMatters | null {
  return fromTable(article.blocks) ?? fromList(article.blocks) ?? derived(article, new Set(avoid));
}
