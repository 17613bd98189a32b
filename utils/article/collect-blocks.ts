import type { Block, DataTable } from '../types';
import { INLINE_TAGS, SKIP_TAGS, cleanText, elementText, tagOf } from '../text/element-text';
import { estimateWords } from '../text/words';
import { readTable, tableText } from './read-table';
import { THRESHOLDS } from '../rules/thresholds';
import { isTakeawayHeading } from '../rules/headings';

const HEADING = /^H([1-6])$/;
/** Attribute that carries a table read before Readability touched it (see protect-tables.ts). */
export const TABLE_MARK = 'data-news-lens-table';

type Mode = 'paragraph' | 'quote';

export type CollectOptions = {
  /** Tables read from the document before Readability trimmed them, by TABLE_MARK value. */
  tables?: ReadonlyMap<string, DataTable>;
};

/** Flattens an article body into headings, paragraphs, list items, quotes and tables in reading order. */
export function collectBlocks(root: Element, options: CollectOptions = {}): Block[] {
  const blocks: Block[] = [];
  let section: string | null = null;

  const pushText = (text: string, mode: Mode): void => {
    const clean = cleanText(text);
    if (!clean) return;
    blocks.push(
      mode === 'quote' ? { kind: 'quote', text: clean, section } : { kind: 'paragraph', text: clean, section },
    );
  };

  const table = (el: Element, mode: Mode): void => {
    const mark = el.getAttribute(TABLE_MARK);
    const data = (mark && options.tables?.get(mark)) || readTable(el);
    if (data) {
      blocks.push({ kind: 'table', table: data, text: tableText(data), section });
      return;
    }
    // A layout table holding a photo and its caption ("Reservoir on Wednesday. (Gazette photo)"):
    // a figure in all but name, and like <figcaption> its text is not article prose.
    if (isPhotoBox(el)) return;
    // A layout table: its cells are ordinary containers.
    for (const cell of el.querySelectorAll('td,th')) if (cell.closest('table') === el) container(cell, mode);
  };

  const listItem = (li: Element, ordered: boolean): void => {
    // A slide or a listicle's entry with its own heading ('<li class="slide"><h2>Fall Branches in Vase</h2><p>Bring
    // fall's…'): the heading heads its text, it is not glued to it (blind pool T).
    if (Array.from(li.children).some((c) => HEADING.test(tagOf(c)))) return container(li, 'paragraph');
    const inline: string[] = [];
    const nested: Element[] = [];
    for (let c = li.firstChild; c; c = c.nextSibling) {
      const tag = tagOf(c);
      if (tag === 'UL' || tag === 'OL' || tag === 'TABLE') nested.push(c as Element);
      else inline.push(c.nodeType === 3 ? (c.nodeValue ?? '') : c.nodeType === 1 ? ` ${elementText(c)} ` : '');
    }
    const text = cleanText(inline.join(''));
    if (text) blocks.push({ kind: 'list-item', text, ordered, section });
    for (const n of nested) visit(n, 'paragraph');
  };

  const visit = (el: Element, mode: Mode): void => {
    const tag = tagOf(el);
    if (SKIP_TAGS.has(tag) || tag === 'FIGCAPTION') return;
    const heading = HEADING.exec(tag);
    if (heading) {
      const text = elementText(el);
      if (!text || isBoxLabel(el, root)) return;
      blocks.push({ kind: 'heading', level: Number(heading[1]), text, section });
      section = text;
      return;
    }
    if (tag === 'TABLE') return table(el, mode);
    if (tag === 'UL' || tag === 'OL') {
      for (const li of Array.from(el.children)) {
        if (tagOf(li) === 'LI') listItem(li, tag === 'OL');
        else visit(li, mode);
      }
      return;
    }
    if (tag === 'LI') return listItem(el, el.parentElement ? tagOf(el.parentElement) === 'OL' : false);
    if (tag === 'BLOCKQUOTE') return container(el, 'quote');
    if (tag === 'P' && !hasBlockChild(el) && mode === 'paragraph') {
      // <p><strong>Short title</strong></p>: a heading in all but name.
      const only = el.children.length === 1 ? el.children[0]! : null;
      const text = elementText(el);
      if (
        only &&
        (tagOf(only) === 'B' || tagOf(only) === 'STRONG') &&
        elementText(only) === text &&
        isBoldHeading(text)
      ) {
        if (isBoxLabel(el, root)) return;
        blocks.push({ kind: 'heading', level: 6, text, section });
        section = text;
        return;
      }
      // A paragraph of lines with a bold line alone before a <br> ("…<strong>小屏幕里看大长春</strong><br>…"): read
      // line by line, so the bold line is a subheading, not the start of the next sentence.
      if (hasBoldLine(el)) return container(el, mode);
      // "<b>At-least once task execution</b> The ATF system ...": a run-in label is not part of the sentence.
      const label = runInLabel(el, text);
      if (label) {
        pushText(label, mode);
        return pushText(text.slice(label.length), mode);
      }
      return pushText(text, mode);
    }
    if (tag === 'PRE' || tag === 'FIGCAPTION' || tag === 'DT' || tag === 'DD' || tag === 'ADDRESS') {
      if (!hasBlockChild(el)) return pushText(elementText(el), mode);
    }
    container(el, mode);
  };

  /** Inline runs become paragraphs (a lone bold line, a heading); block children are visited in order. */
  const container = (el: Element, mode: Mode): void => {
    let run: string[] = [];
    let bold: string | null = null;
    const flush = (): void => {
      const text = cleanText(run.join(''));
      if (bold !== null && text === bold && isBoldHeading(text) && mode === 'paragraph') {
        blocks.push({ kind: 'heading', level: 6, text, section });
        section = text;
      } else if (text) pushText(text, mode);
      run = [];
      bold = null;
    };
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const value = c.nodeValue ?? '';
        if (value.trim()) bold = null;
        run.push(value);
      } else if (c.nodeType === 1) {
        const tag = tagOf(c);
        if (SKIP_TAGS.has(tag) || tag === 'FIGCAPTION') continue;
        if (tag === 'BR') {
          // Two <br> in a row end a paragraph, as Readability's own rule; so does a bold line alone before one
          // ("<strong>小屏幕里看大长春</strong><br>…": a subheading, not the start of the next sentence).
          const boldLine = bold !== null && cleanText(run.join('')) === bold && isBoldHeading(bold);
          if (boldLine || (c.nextSibling && tagOf(c.nextSibling) === 'BR')) flush();
          else run.push(' ');
        } else if (INLINE_TAGS.has(tag) && !hasBlockChild(c as Element)) {
          const text = elementText(c);
          // A run that is one <b>/<strong> and nothing else may be a pseudo-heading.
          bold =
            (tag === 'B' || tag === 'STRONG') && !cleanText(run.join('')) ? cleanText(text) : text.trim() ? null : bold;
          run.push(text);
        } else {
          flush();
          visit(c as Element, mode);
        }
      }
    }
    flush();
  };

  visit(root, 'paragraph');
  return blocks;
}

/**
 * Whether a paragraph holds a bold line alone before a <br> and prose after it: a <b>/<strong> whose next element
 * is a <br>, with only white space between them and between it and the <br> or start before it.
 */
function hasBoldLine(p: Element): boolean {
  for (const b of Array.from(p.querySelectorAll('b, strong'))) {
    if (b.parentElement !== p || !isBoldHeading(cleanText(elementText(b)))) continue;
    const blank = (n: Node | null): boolean =>
      !!n && (n.nodeType === 3 || (n.nodeType === 1 && tagOf(n) === 'SPAN')) && !cleanText(n.textContent ?? '');
    let next = b.nextSibling;
    while (blank(next)) next = next!.nextSibling;
    if (!next || next.nodeType !== 1 || tagOf(next) !== 'BR') continue;
    // What the bold line heads is prose, not a list of bold links ("<strong>DON'T MISS</strong><br><strong><a>…").
    let after: Node | null = next;
    while (after && (blank(after) || (after.nodeType === 1 && tagOf(after) === 'BR'))) after = after.nextSibling;
    const prose =
      !!after &&
      (after.nodeType === 3 ||
        (after.nodeType === 1 && !/^(?:B|STRONG|A)$/.test(tagOf(after)) && !(after as Element).querySelector('a')));
    if (!prose) continue;
    let prev = b.previousSibling;
    while (blank(prev)) prev = prev!.previousSibling;
    if (!prev || (prev.nodeType === 1 && tagOf(prev) === 'BR')) return true;
  }
  return false;
}

/** Short, no sentence-ending full stop, not a label with a colon: a title rather than a sentence. */
function isBoldHeading(text: string): boolean {
  return (
    text.length >= 3 &&
    text.length <= THRESHOLDS.boldHeadingMaxChars &&
    !/[.:;,。：；，、]$/u.test(text) &&
    text.split(/\s+/).length <= THRESHOLDS.boldHeadingMaxWords
  );
}

/**
 * The bold label a paragraph opens with, when the sentence after it starts on its own (a capital) and the label
 * has no punctuation of its own to end it: "<strong>Task execution</strong> The system ...". A label ending in a
 * colon or stop, or followed by a lower-case word ("<b>Apple</b> said"), is part of the sentence.
 */
function runInLabel(p: Element, text: string): string | null {
  // Leading white space in the markup ("<p>\n  <b>Label</b> ...") is no text before the label.
  let first = p.firstChild;
  while (first && first.nodeType === 3 && !(first.nodeValue ?? '').trim()) first = first.nextSibling;
  if (!first || first.nodeType !== 1 || !/^(?:B|STRONG)$/.test(tagOf(first))) return null;
  const label = cleanText(elementText(first));
  if (!label || !text.startsWith(label) || !isBoldHeading(label)) return null;
  const rest = text.slice(label.length);
  if (!/^\s*\p{Lu}\p{Ll}/u.test(rest) || estimateWords(rest) < THRESHOLDS.runInLabelMinRestWords) return null;
  // A name in bold before its verb ("<b>Jane Doe</b> Said ...") is rare; a label of one or two capitalised
  // words followed by a capitalised word is more often a name: keep those whole.
  if (label.split(/\s+/).length < 3) return null;
  return label;
}

const hasText = (node: Node): boolean => !!(node.textContent ?? '').trim();

/** The next node with text after `node` inside `root` (its own following siblings, then its ancestors'). */
function nextWithText(node: Node, root: Element): Node | null {
  for (let at: Node | null = node; at && at !== root; at = at.parentNode) {
    for (let next = at.nextSibling; next; next = next.nextSibling) if (hasText(next)) return next;
  }
  return null;
}

/**
 * A heading that labels a box rather than a section: inside its container (the heading alone in its wrappers)
 * only lists follow it ("STORY HIGHLIGHTS" over three bullets, "Text Size" over "- + reset"), and the story
 * goes on after the box without a heading of its own. Taken as a heading it would caption every paragraph
 * after the box; it is neither caption nor prose.
 */
function isBoxLabel(heading: Element, root: Element): boolean {
  // The page's own takeaways box ("Key takeaways", "What we know") keeps its heading: the why table reads it.
  if (isTakeawayHeading(elementText(heading))) return false;
  let box: Element = heading;
  while (box.parentElement && box.parentElement !== root) {
    const withText = Array.from(box.parentElement.childNodes).filter(hasText);
    if (withText.length !== 1) break;
    box = box.parentElement;
  }
  const parent = box.parentElement;
  if (!parent || parent === root) return false;
  // A box has one label; a container with other headings is the body itself (its last section a list).
  const own = HEADING.test(tagOf(heading)) ? 1 : 0;
  if (parent.querySelectorAll('h1,h2,h3,h4,h5,h6').length > own) return false;
  const after: Node[] = [];
  for (let n = box.nextSibling; n; n = n.nextSibling) if (hasText(n)) after.push(n);
  if (!after.length || !after.every((n) => /^(?:UL|OL|DL)$/.test(tagOf(n)))) return false;
  const next = nextWithText(parent, root);
  return !!next && !opensWithHeading(next);
}

/** The node is a heading, or the first of its children with text is one (a section opened by its own heading). */
function opensWithHeading(node: Node): boolean {
  let at: Node | undefined = node;
  while (at && at.nodeType === 1) {
    if (HEADING.test(tagOf(at))) return true;
    at = Array.from(at.childNodes).find(hasText);
  }
  return false;
}

const BLOCK_TAGS =
  /^(?:P|DIV|H[1-6]|UL|OL|LI|TABLE|BLOCKQUOTE|SECTION|ARTICLE|FIGURE|FIGCAPTION|PRE|DL|DT|DD|HEADER|FOOTER|ASIDE|MAIN|NAV|ADDRESS|HR|CENTER|DETAILS|FORM|FIELDSET)$/;

function hasBlockChild(el: Element): boolean {
  for (const c of Array.from(el.children)) if (BLOCK_TAGS.test(tagOf(c)) || hasBlockChild(c)) return true;
  return false;
}

/** A layout table with an image and no more than a caption's worth of text (no paragraphs). */
function isPhotoBox(table: Element): boolean {
  if (!table.querySelector('img, picture, svg') || table.querySelector('p, ul, ol, table, h1, h2, h3, h4, h5, h6'))
    return false;
  return estimateWords(elementText(table)) <= THRESHOLDS.photoBoxMaxWords;
}
