import type { DataTable } from '../types';
import { elementText, shortText, tagOf } from '../text/element-text';
import { THRESHOLDS } from '../rules/thresholds';

const MAX_SPAN = 50;

/** The table's own rows (not those of nested tables), in order. */
function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of Array.from(table.children)) {
    const tag = tagOf(child);
    if (tag === 'TR') rows.push(child);
    else if (tag === 'THEAD' || tag === 'TBODY' || tag === 'TFOOT') {
      for (const tr of Array.from(child.children)) if (tagOf(tr) === 'TR') rows.push(tr);
    }
  }
  return rows;
}

function cells(tr: Element): Element[] {
  return Array.from(tr.children).filter((c) => {
    const tag = tagOf(c);
    return tag === 'TD' || tag === 'TH';
  });
}

function span(cell: Element, name: string): number {
  const n = Number.parseInt(cell.getAttribute(name) ?? '1', 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, MAX_SPAN) : 1;
}

/** Cell elements laid out on a grid: colspan and rowspan repeat the cell in every slot it covers. */
export function tableGrid(table: Element): Element[][] {
  const grid: Element[][] = [];
  ownRows(table).forEach((tr, r) => {
    const row = (grid[r] ??= []);
    let col = 0;
    for (const cell of cells(tr)) {
      while (row[col]) col++;
      const colspan = span(cell, 'colspan');
      const rowspan = span(cell, 'rowspan');
      for (let dr = 0; dr < rowspan; dr++) {
        const target = (grid[r + dr] ??= []);
        for (let dc = 0; dc < colspan; dc++) target[col + dc] = cell;
      }
      col += colspan;
    }
  });
  return grid.slice(0, ownRows(table).length);
}

/** Why a table is for layout rather than data, or null when it holds data. */
export function layoutReason(table: Element): string | null {
  const role = table.getAttribute('role');
  if (role === 'presentation' || role === 'none') return 'role';
  if (table.getElementsByTagName('table').length) return 'nested';
  const grid = tableGrid(table);
  const width = Math.max(0, ...grid.map((r) => r.length));
  if (grid.length < 2 || width < 2) return 'single row or column';
  if (table.querySelector('h1,h2,h3,h4,h5,h6,article,section,form,nav,iframe')) return 'page structure';
  for (const row of grid) {
    for (const cell of new Set(row)) {
      if (cell.getElementsByTagName('p').length > 2 || shortText(cell, THRESHOLDS.dataCellMaxChars) === null)
        return 'holds prose';
    }
  }
  return null;
}

function isBoldCell(cell: Element): boolean {
  const text = elementText(cell);
  if (!text) return true;
  const bold = Array.from(cell.querySelectorAll('b,strong'))
    .map((b) => elementText(b))
    .join('');
  return bold.replace(/\s/g, '').length >= text.replace(/\s/g, '').length * 0.9;
}

function headerRowCount(table: Element, grid: Element[][]): number {
  const head = Array.from(table.children).find((c) => tagOf(c) === 'THEAD');
  if (head) {
    const n = Array.from(head.children).filter((c) => tagOf(c) === 'TR').length;
    if (n > 0) return Math.min(n, 3);
  }
  const first = grid[0];
  if (!first || first.length === 0) return 0;
  if (first.every((c) => tagOf(c) === 'TH')) {
    // Stacked header rows: each made only of <th> (a row with a <td> is data, even with a <th> label first).
    let n = 1;
    while (n < 3 && grid[n + 1] && grid[n]!.every((c) => tagOf(c) === 'TH')) n++;
    return n;
  }
  const distinct = [...new Set(first)];
  if (
    distinct.some((c) => elementText(c)) &&
    distinct.every(isBoldCell) &&
    grid.slice(1).some((r) => !r.every(isBoldCell))
  )
    return 1;
  return 0;
}

/** One label per column from stacked header rows: "2024" over "On time" gives "2024 On time". */
function headerLabels(rows: string[][], width: number): string[] {
  return Array.from({ length: width }, (_, i) => {
    const parts: string[] = [];
    for (const row of rows) {
      const text = row[i] ?? '';
      if (text && parts[parts.length - 1] !== text) parts.push(text);
    }
    return parts.join(' ');
  });
}

/** Reads a data table as cell text (header row in `columns`), or null for a layout table. */
export function readTable(table: Element): DataTable | null {
  if (layoutReason(table)) return null;
  const grid = tableGrid(table);
  const width = Math.max(...grid.map((r) => r.length));
  const texts = new Map<Element, string>();
  const textOf = (cell: Element | undefined): string => {
    if (!cell) return '';
    let t = texts.get(cell);
    if (t === undefined) texts.set(cell, (t = elementText(cell)));
    return t;
  };
  const all = grid.map((r) => Array.from({ length: width }, (_, i) => textOf(r[i])));
  const headers = headerRowCount(table, grid);
  const rows = all.slice(headers).filter((r) => r.some(Boolean));
  const captionEl = Array.from(table.children).find((c) => tagOf(c) === 'CAPTION');
  let caption = captionEl ? elementText(captionEl) || null : null;
  // <figure><table>...</table><figcaption>...</figcaption></figure>, as WordPress writes it.
  const figure = table.parentElement && tagOf(table.parentElement) === 'FIGURE' ? table.parentElement : null;
  if (!caption && figure && figure.querySelectorAll('table').length === 1) {
    const figcaption = Array.from(figure.children).find((c) => tagOf(c) === 'FIGCAPTION');
    caption = figcaption ? elementText(figcaption) || null : null;
  }
  const columns = headers ? headerLabels(all.slice(0, headers), width) : [];
  if (rows.length === 0) return null;
  return { caption, columns, rows };
}

/** The table as text: caption, then one line per row with cells joined by " | ". */
export function tableText(table: DataTable): string {
  return [table.caption ? [table.caption] : [], table.columns, ...table.rows]
    .filter((r) => r.length)
    .map((r) => r.join(' | '))
    .join('\n');
}
