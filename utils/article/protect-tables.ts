import type { Block, DataTable } from '../types';
import { TABLE_MARK } from './collect-blocks';
import { elementText, tagOf } from '../text/element-text';
import { readTable, tableText } from './read-table';

export type CapturedTable = { id: string; table: DataTable; before: string | null };

/** Text of the nearest non-empty heading or paragraph before an element, in document order. */
function textBefore(el: Element): string | null {
  let node: Element | null = el;
  for (let steps = 0; node && steps < 200; steps++) {
    const prev: Element | null = node.previousElementSibling;
    if (!prev) {
      node = node.parentElement;
      continue;
    }
    node = prev;
    const candidates = /^(?:P|H[1-6]|LI)$/.test(tagOf(prev))
      ? [prev]
      : Array.from(prev.querySelectorAll('p,h1,h2,h3,h4,h5,h6,li')).reverse();
    for (const c of candidates) {
      const text = elementText(c);
      if (text) return text;
    }
  }
  return null;
}

/**
 * Reads every data table of the (cloned) document before Readability runs, marks it so the article's copy can be
 * mapped back to the full table, and flags it as a data table so Readability's cleaning keeps it.
 */
export function protectTables(doc: Document): Map<string, CapturedTable> {
  const captured = new Map<string, CapturedTable>();
  let n = 0;
  for (const el of Array.from(doc.querySelectorAll('table'))) {
    const table = readTable(el);
    if (!table) continue;
    const id = String(n++);
    el.setAttribute(TABLE_MARK, id);
    // Readability keeps tables it counts as data tables; a summary attribute is one of its signals.
    if (!el.hasAttribute('summary')) el.setAttribute('summary', table.caption ?? 'data');
    captured.set(id, { id, table, before: textBefore(el) });
  }
  return captured;
}

/**
 * Puts back data tables that Readability dropped from the article although they sat in it: a table is restored
 * after the block whose text preceded it in the page, when that block made it into the article.
 */
export function restoreTables(
  blocks: Block[],
  captured: ReadonlyMap<string, CapturedTable>,
  kept: ReadonlySet<string>,
): Block[] {
  const out = [...blocks];
  for (const entry of captured.values()) {
    if (kept.has(entry.id) || !entry.before) continue;
    const at = out.findIndex((b) => b.kind !== 'table' && b.text === entry.before);
    if (at < 0) continue;
    const anchor = out[at]!;
    const section = anchor.kind === 'heading' ? anchor.text : anchor.section;
    out.splice(at + 1, 0, { kind: 'table', table: entry.table, text: tableText(entry.table), section });
  }
  return out;
}
