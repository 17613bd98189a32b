import { READABILITY_UNLIKELY_WORDS } from '../rules/class-names';

/** Readability's "unlikely candidate" words; a heading carrying one ("header-anchor-post") is thrown away. */
const UNLIKELY = new RegExp(READABILITY_UNLIKELY_WORDS.join('|'), 'i');

/**
 * In the (cloned) document, strips the class and id of section headings that sit among the story's
 * paragraphs when those names would make Readability drop them (Substack's "header-anchor-post").
 */
export function protectHeadings(doc: Document): void {
  for (const h of Array.from(doc.querySelectorAll('h2, h3, h4, h5, h6'))) {
    const names = `${h.getAttribute('class') ?? ''} ${h.getAttribute('id') ?? ''}`;
    if (!UNLIKELY.test(names)) continue;
    const parent = h.parentElement;
    if (!parent || parent.getElementsByTagName('p').length < 2) continue;
    h.removeAttribute('class');
    h.removeAttribute('id');
  }
}
