import { THRESHOLDS } from '../rules/thresholds';
import { moduleHeadingKind } from '../rules/headings';
import { elementText, tagOf } from '../text/element-text';

/** Finding the element that boxes a related or site-wide widget around its heading or teaser. */

/**
 * True when an element is a short heading-like label (no links of its own, little text). A header box around one
 * title paragraph ("<div class=mod-header><p class=mod-title>Sur le même sujet</p></div>") is one.
 */
export function isHeadingLike(el: Element): boolean {
  const tag = tagOf(el);
  if (/^H[1-6]$/.test(tag)) return true;
  if (el.children.length > 3 || el.querySelector('a[href], li') || el.querySelectorAll('p').length > 1) return false;
  return true;
}

/** The element boxing a teaser paragraph on its own, or null when the paragraph sits among the story's prose. */
export function ownBox(p: Element): Element | null {
  const box = p.parentElement;
  if (!box || /^(?:BODY|HTML|MAIN|ARTICLE)$/.test(tagOf(box)) || box.children.length > 2) return null;
  return (box.textContent ?? '').length <= (p.textContent ?? '').length + 40 ? box : null;
}

/** A tab switch rather than a link: href "#" (or empty) or javascript:. */
export function isTabLink(a: Element): boolean {
  return /^(?:#?|javascript:.*)$/is.test((a.getAttribute('href') ?? '').trim());
}

/**
 * A list of links right after a label that stands on its own ("📌 LEIA TAMBÉM:" block, then a <ul> block). A
 * row of tab switches under the heading ("Read | E-mailed | Discussed", all `href="#"`) is no list of stories:
 * the module is the box around the heading, found by containerOf.
 */
export function listAfter(heading: Element): Element | null {
  let next = heading.nextElementSibling;
  if (!next && heading.parentElement && heading.parentElement.children.length === 1)
    next = heading.parentElement.nextElementSibling;
  if (!next) return null;
  let list: Element | null = /^(?:UL|OL)$/.test(tagOf(next)) ? next : null;
  // A wrapper holding nothing but the list.
  if (!list && next.children.length === 1 && /^(?:UL|OL)$/.test(tagOf(next.children[0]!))) list = next;
  if (!list || !list.querySelector('a[href]')) return null;
  if (Array.from(list.querySelectorAll('a[href]')).every(isTabLink)) return null;
  return list;
}

/**
 * True when `box` holds another module's heading besides `heading`: a heading without links, outside `heading`,
 * of the same rank, or of any rank when its words name a module ("Lo más visto en Sociedad" under a column's
 * "Otras noticias"). A card's headline, linked or beside its card's one link, does not count.
 */
function holdsOtherHeading(box: Element, heading: Element): boolean {
  // A styled box around a real heading ("<div class=trending><h3>Trending</h3></div>") ranks as that heading.
  const rank = /^H[1-6]$/.test(tagOf(heading)) ? heading : heading.querySelector('h1, h2, h3, h4, h5, h6');
  return Array.from(box.querySelectorAll('h1, h2, h3, h4, h5, h6')).some(
    (h) =>
      h !== heading &&
      !h.contains(heading) &&
      !heading.contains(h) &&
      !h.querySelector('a[href]') &&
      !h.closest('a') &&
      !isCardHeadline(h, box) &&
      ((rank !== null && tagOf(h) === tagOf(rank)) || moduleHeadingKind(elementText(h)) !== null),
  );
}

/**
 * A card's headline beside the card's own link (an overlay `<a>` without text, a "Read more"): the smallest box
 * around it that holds a link, inside `box`, opens one story.
 */
function isCardHeadline(h: Element, box: Element): boolean {
  for (let el = h.parentElement; el && el !== box; el = el.parentElement) {
    const links = Array.from(el.querySelectorAll('a[href]'));
    if (links.length === 0) continue;
    return new Set(links.map((a) => (a.getAttribute('href') ?? '').split('#')[0])).size === 1;
  }
  return false;
}

/**
 * The smallest ancestor of a heading that holds at least `min` links besides the heading. A heading alone in its
 * own box (a module the page fills by script, saved empty) has no container: the box around it is a column of
 * other modules under headings of their own, whose links are not this module's.
 */
export function containerOf(heading: Element, min: number): Element | null {
  let el: Element | null = heading.parentElement;
  for (let depth = 0; el && depth < 4; depth++, el = el.parentElement) {
    const tag = tagOf(el);
    if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN' || (tag === 'ARTICLE' && depth > 0)) return null;
    if (holdsOtherHeading(el, heading)) return null;
    const links = Array.from(el.querySelectorAll('a[href]')).filter((a) => !heading.contains(a));
    if (links.length >= min) {
      // Too big: a container with much prose is the article or the page, not a widget.
      const prose = elementText(el).length;
      return prose < THRESHOLDS.widgetContainerMaxProse ? el : null;
    }
  }
  return null;
}

const pageForms = new WeakMap<Element, boolean>();

/**
 * A form that wraps the page rather than a box of fields: ASP.NET's one `<form>` around the whole page, holding the
 * story's headline or more text than any module.
 */
function isPageForm(form: Element): boolean {
  let known = pageForms.get(form);
  if (known === undefined) {
    known = !!form.querySelector('h1') || elementText(form).length > THRESHOLDS.widgetContainerMaxProse;
    pageForms.set(form, known);
  }
  return known;
}

/**
 * A <nav> that is a related-stories module, not a menu: its first heading names one ("<nav class="links related">
 * <h3>関連記事</h3><ul>…cards…</ul></nav>"). Some sites mark their related box up as navigation.
 */
function isRelatedNav(el: Element): boolean {
  if (tagOf(el) !== 'NAV' || el.getAttribute('role')) return false;
  const heading = el.querySelector('h1, h2, h3, h4, h5, h6');
  return !!heading && moduleHeadingKind(elementText(heading)) === 'topic';
}

/**
 * True for an element inside a block that never holds modules (`selector`: navigation, menus, comments) or inside a
 * form, unless that form wraps the whole page. A <nav> headed as a related-stories module is no menu.
 */
export function isOffLimits(el: Element, selector: string): boolean {
  for (let hit = el.closest(selector); hit; hit = hit.parentElement?.closest(selector) ?? null)
    if (!isRelatedNav(hit)) return true;
  for (let form = el.closest('form'); form; form = form.parentElement?.closest('form') ?? null)
    if (!isPageForm(form)) return true;
  return false;
}
