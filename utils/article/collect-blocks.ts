import type { Block, DataTable } from '../types';

const HEADING = /^H([1-6])$/;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'FIGCAPTION', 'BUTTON', 'FORM']);

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Text of an element with block boundaries kept as spaces (never glued together). */
export function elementText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    else if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase();
      if (SKIP.has(tag)) return;
      if (tag === 'BR') parts.push(' ');
      for (const child of Array.from(node.childNodes)) walk(child);
      if (!/^(A|B|I|EM|STRONG|SPAN|SMALL|SUB|SUP|MARK|CODE|ABBR|TIME|U|S|Q|CITE)$/.test(tag)) parts.push(' ');
    }
  };
  walk(el);
  return clean(parts.join(''));
}

export function readTable(table: Element): DataTable {
  const rows = Array.from(table.querySelectorAll('tr')).map((tr) =>
    Array.from(tr.children)
      .filter((c) => /^T[HD]$/.test(c.tagName.toUpperCase()))
      .map((c) => elementText(c)),
  );
  const first = table.querySelector('tr');
  const headerish = first && Array.from(first.children).every((c) => c.tagName.toUpperCase() === 'TH' || c.querySelector('b,strong'));
  const [head, ...body] = rows;
  return headerish && head ? { caption: null, columns: head, rows: body } : { caption: null, columns: [], rows };
}

/** Flattens an article body into headings, paragraphs, list items, quotes and tables in reading order. */
export function collectBlocks(root: Element): Block[] {
  const blocks: Block[] = [];
  let section: string | null = null;
  const push = (block: Block): void => {
    if (block.text) blocks.push(block);
  };
  const visit = (el: Element): void => {
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    const heading = HEADING.exec(tag);
    if (heading) {
      const text = elementText(el);
      push({ kind: 'heading', level: Number(heading[1]), text, section });
      if (text) section = text;
      return;
    }
    if (tag === 'TABLE') {
      const table = readTable(el);
      const text = [table.columns, ...table.rows].filter((r) => r.length).map((r) => r.join(' | ')).join('\n');
      push({ kind: 'table', table, text, section });
      return;
    }
    if (tag === 'P') return push({ kind: 'paragraph', text: elementText(el), section });
    if (tag === 'BLOCKQUOTE') return push({ kind: 'quote', text: elementText(el), section });
    if (tag === 'LI') {
      const ordered = el.parentElement?.tagName.toUpperCase() === 'OL';
      return push({ kind: 'list-item', text: elementText(el), ordered, section });
    }
    const hasBlockChild = Array.from(el.children).some((c) => /^(P|DIV|H[1-6]|UL|OL|LI|TABLE|BLOCKQUOTE|SECTION|ARTICLE|FIGURE)$/.test(c.tagName.toUpperCase()));
    if (!hasBlockChild && tag !== 'UL' && tag !== 'OL') return push({ kind: 'paragraph', text: elementText(el), section });
    for (const child of Array.from(el.children)) visit(child);
  };
  visit(root);
  return blocks;
}
