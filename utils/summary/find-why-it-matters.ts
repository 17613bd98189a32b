import { alternationSource, buildPattern } from '../rules/phrase-pattern';
import { PARAGRAPH_LABELS, TAKEAWAY_HEADINGS } from '../rules/phrases/significance';
import { LABELLED_LIST_JOINER, type Article, type Block, type PageWhyTable, type WhyItMatters } from '../types';
import { pickSignificance } from './pick-significance';
import { cleanHeading, isWhyHeading } from './why-heading';

/** "Label: explanation", split at the first colon. */
const LABELLED = /^([^:：]{1,80}?)\s*[:：]\s*(\S.*)$/su;

function fromTable(blocks: Block[]): PageWhyTable | null {
  for (const b of blocks) {
    if (b.kind !== 'table' || !isWhyHeading(b.section)) continue;
    // A table without a header row keeps columns [] (as DataTable does): its first row is data, and no
    // labels are invented; the popup shows the heading as the table's title.
    const { columns, rows } = b.table;
    if (rows.length) return { title: cleanHeading(b.section!), columns, rows, origin: 'table' };
  }
  return null;
}

function fromList(blocks: Block[]): PageWhyTable | null {
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

/** "Why it matters: …", "🔎 The big picture: …", "为什么重要：…": a paragraph the newsroom labelled itself. */
const LABELLED_PARAGRAPH = new RegExp(
  `^[\\p{Extended_Pictographic}\\ufe0f\\s]*(${alternationSource([PARAGRAPH_LABELS])})\\s*[:：]\\s*(.*)$`,
  'isu',
);
const TAKEAWAY_HEADING = buildPattern([TAKEAWAY_HEADINGS], { at: 'whole' });

/**
 * Paragraphs the page labels itself, Axios / Semafor / Politico style: [label as written, its text]. A label
 * standing alone ("By the numbers:") introduces the list after it, whose items make its text.
 */
function fromLabelledParagraphs(blocks: Block[]): PageWhyTable | null {
  const rows: string[][] = [];
  blocks.forEach((b, i) => {
    if (b.kind !== 'paragraph') return;
    const m = LABELLED_PARAGRAPH.exec(b.text);
    if (!m) return;
    let text = m[2]!.trim();
    if (!text) {
      const items: string[] = [];
      for (let j = i + 1; j < blocks.length && blocks[j]!.kind === 'list-item'; j++) items.push(blocks[j]!.text);
      text = items.join(LABELLED_LIST_JOINER);
    }
    if (text) rows.push([m[1]!.trim(), text]);
  });
  return rows.length >= 2 ? { title: '', columns: [], rows, origin: 'labelled' } : null;
}

/** A box of takeaways the page gives itself ("Key takeaways", "What we know", "要点"): one row per item. */
function fromTakeaways(blocks: Block[]): PageWhyTable | null {
  for (const heading of blocks) {
    if (heading.kind !== 'heading') continue;
    const title = cleanHeading(heading.text);
    if (!TAKEAWAY_HEADING.test(title.replace(/[?？!！.。:：]+$/u, ''))) continue;
    const items = blocks.filter((b) => b.kind === 'list-item' && b.section === heading.text).map((b) => [b.text]);
    if (items.length >= 2) return { title, columns: [], rows: items, origin: 'takeaways' };
  }
  return null;
}

/**
 * The article's "why this matters" table. The page's own material wins, in this order: a table under a
 * heading such as "Why this matters", a "Label: explanation" list under such a heading, paragraphs it
 * labels itself ("Why it matters:", "What's next:"), a takeaways box. Otherwise News Lens picks one from the
 * article's sentences (pick-significance.ts), never repeating the key points shown above it (`avoid`);
 * null for a short article. Only article blocks are read, so comments and widgets never feed it.
 */
export function findWhyItMatters(
  article: Article,
  { avoid = [] }: { avoid?: readonly string[] } = {},
): WhyItMatters | null {
  return findPageWhyTable(article.blocks) ?? pickSignificance(article, new Set(avoid));
}

/** The page's own "why this matters" material (a table, a list, labelled paragraphs, a takeaways box), or null. */
export function findPageWhyTable(blocks: Block[]): PageWhyTable | null {
  return fromTable(blocks) ?? fromList(blocks) ?? fromLabelledParagraphs(blocks) ?? fromTakeaways(blocks);
}
