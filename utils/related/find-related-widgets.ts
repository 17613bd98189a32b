import { cleanText, elementText, shortText, tagOf } from '../text/element-text';
import { isRelatedHeading, mayBeModuleHeading, moduleHeadingKind } from '../rules/headings';
import { RELATED_WIDGET_TOKENS } from '../rules/platforms';
import { THRESHOLDS } from '../rules/thresholds';
import { containerOf, isHeadingLike, isOffLimits, isTabLink, listAfter, ownBox } from './widget-boxes';

/**
 * `inline`: a labelled teaser line inside the story ("Read more: <a>"), weaker than a boxed widget. `kind`: a
 * topical module ('topic') or a site-wide list ('popular'). `title`: the heading as the page shows it, '' when none.
 */
export type RelatedWidget = { element: Element; title: string; inline: boolean; kind: 'topic' | 'popular' };

/** Navigation, the site's banner and its menus, comments (and forms, see isOffLimits): never a module. */
const OFF_LIMITS = 'nav, [role="navigation"], [role="banner"], [role="menu"], .comments, #comments, .comment';

function headingOf(widget: Element): string | null {
  for (const el of Array.from(
    widget.querySelectorAll('h1, h2, h3, h4, h5, h6, [class*="title"], [class*="heading"], [class*="headline"]'),
  ).slice(0, 6)) {
    if (el.querySelector('a[href]') && !moduleHeadingKind(elementText(el))) continue;
    const text = elementText(el);
    if (text && text.length <= THRESHOLDS.widgetHeadingMaxChars) return text;
  }
  return null;
}

const WIDGET_TOKENS = new Set(RELATED_WIDGET_TOKENS.map((t) => t.token));

/** True for an element that is a known related-posts module (class, id, data-testid or data-component token). */
export function isRelatedWidgetElement(el: Element): boolean {
  for (const attr of ['class', 'id', 'data-testid', 'data-component']) {
    const value = el.getAttribute(attr);
    if (value && value.split(/\s+/).some((token) => WIDGET_TOKENS.has(token))) return true;
  }
  return false;
}

/**
 * One pass over the page (no selectors): known platform widgets, and short elements whose text names a
 * related widget, found through their text nodes.
 */
type Heading = { el: Element; text: string; kind: 'topic' | 'popular'; label?: boolean };

/**
 * A widget heading made of tab switches ("RELATED ARTICLES" / "MORE FROM AUTHOR" as two `href="#"` links in one
 * <h4>): the heading element that holds the tabs, for a related label found inside one of them.
 */
function tabbedHeading(el: Element): Element | null {
  const a = el.closest('a');
  if (!a || !isTabLink(a)) return null;
  const heading = a.parentElement;
  if (!heading || !(/^H[1-6]$/.test(tagOf(heading)) || /title|heading/i.test(heading.getAttribute('class') ?? '')))
    return null;
  const links = Array.from(heading.querySelectorAll('a'));
  return links.length <= 4 && links.every(isTabLink) && shortText(heading, THRESHOLDS.widgetHeadingMaxChars) !== null
    ? heading
    : null;
}

/** The first child node with text, skipping blank text. */
function firstTextChild(el: Element): Node | null {
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType !== 3 || (c.nodeValue ?? '').trim()) return c;
  return null;
}

function scan(doc: Document): { widgets: Element[]; headings: Heading[] } {
  const widgets: Element[] = [];
  const out: Heading[] = [];
  const seen = new Set<Element>();
  const walk = (node: Node): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1) {
        const tag = tagOf(c);
        if (
          tag === 'SCRIPT' ||
          tag === 'STYLE' ||
          tag === 'NOSCRIPT' ||
          tag === 'SVG' ||
          tag === 'TEMPLATE' ||
          tag === 'BUTTON'
        )
          continue;
        if (isRelatedWidgetElement(c as Element)) widgets.push(c as Element);
        walk(c);
      } else if (c.nodeType === 3) {
        // A heading's text may sit in several adjacent text nodes ("Adem" + "ás" where a parser split it at an
        // entity, or after a script edited it): it is read once, whole, from its first node.
        if (c.previousSibling?.nodeType === 3) continue;
        let value = c.nodeValue ?? '';
        for (
          let n = c.nextSibling;
          n?.nodeType === 3 && value.length <= THRESHOLDS.widgetScanMaxChars;
          n = n.nextSibling
        )
          value += n.nodeValue ?? '';
        if (value.length > THRESHOLDS.widgetScanMaxChars || !mayBeModuleHeading(value)) continue;
        // The outermost short ancestor (up to 3 levels) whose whole text is a module heading. A heading without
        // links ends where links begin: a short box ("More from World" and two headlines) is the module, not its
        // heading, however its words read.
        let best: Heading | null = null;
        let el = c.parentElement;
        for (let depth = 0; el && depth < THRESHOLDS.widgetHeadingLevels; depth++, el = el.parentElement) {
          const text = shortText(el, THRESHOLDS.widgetHeadingMaxChars);
          if (text === null) break;
          if (best && !best.el.querySelector('a[href]') && el.querySelector('a[href]')) break;
          const kind = moduleHeadingKind(text);
          if (kind) best = { el, text, kind };
        }
        // A plain-text label leading its element: "Leggi anche: <a>", "Read more:<ul>...</ul>" (topical only).
        if (!best && c.parentElement && c === firstTextChild(c.parentElement) && isRelatedHeading(value)) {
          best = { el: c.parentElement, text: cleanText(value), kind: 'topic', label: true };
        }
        if (best && !best.label) {
          const tabs = tabbedHeading(best.el);
          if (tabs) best = { el: tabs, text: best.text, kind: best.kind };
        }
        if (best && !seen.has(best.el)) {
          seen.add(best.el);
          out.push(best);
        }
      }
    }
  };
  if (doc.body) walk(doc.body);
  return { widgets, headings: out };
}

/**
 * Related / popular / read-next widgets of the original page, in document order, each with its heading text:
 * known platform widgets (Blogger PopularPosts, Jetpack, YARPP, Ghost ...) and any block headed "Related",
 * "Read more", "More on this story", "相关阅读", "関連記事" and the like.
 */
export function findRelatedWidgets(doc: Document): RelatedWidget[] {
  const found: RelatedWidget[] = [];
  const add = (element: Element, title: string | null, kind: 'topic' | 'popular', inline = false): void => {
    if (isOffLimits(element, OFF_LIMITS)) return;
    if (found.some((w) => w.element === element || w.element.contains(element))) return;
    for (let i = found.length - 1; i >= 0; i--) if (element.contains(found[i]!.element)) found.splice(i, 1);
    found.push({ element, title: cleanText(title ?? ''), inline, kind });
  };
  const { widgets, headings } = scan(doc);
  for (const el of widgets) {
    const heading = headingOf(el);
    add(el, heading, (heading && moduleHeadingKind(heading)) || 'topic');
  }
  for (const { el, text, label, kind } of headings) {
    if (isOffLimits(el, OFF_LIMITS) || el.closest('a')) continue;
    const list = label || el.querySelector('a[href]') ? null : listAfter(el);
    if (list) {
      add(list, text, kind);
      continue;
    }
    if (!label && !isHeadingLike(el)) continue;
    const container = label ? (el.querySelector('a[href]') ? el : null) : containerOf(el, 1);
    if (!container) continue;
    // "Read more: <a>...</a>" inside a paragraph of the story is an inline teaser; boxed on its own
    // (Le Monde's "Lire aussi |" catcher) it is a widget.
    if (/^(?:P|LI|SPAN|A)$/.test(tagOf(container))) {
      const box = ownBox(container);
      if (box) add(box, text, kind);
      else add(container, text, kind, true);
    } else add(container, text, kind);
  }
  return sortByDocumentOrder(found);
}

/** Child-index path from the root, for comparing document positions without layout. */
function path(el: Element): number[] {
  const out: number[] = [];
  for (let node: Element | null = el; node?.parentElement; node = node.parentElement) {
    // Its index among its parent's element children (counted, without building the list of children).
    let index = 0;
    for (let s = node.previousElementSibling; s; s = s.previousElementSibling) index++;
    out.push(index);
  }
  return out.reverse();
}

export function sortByDocumentOrder<T extends { element: Element }>(widgets: T[]): T[] {
  const paths = new Map(widgets.map((w) => [w, path(w.element)]));
  return widgets.sort((a, b) => {
    const pa = paths.get(a)!;
    const pb = paths.get(b)!;
    for (let i = 0; i < Math.min(pa.length, pb.length); i++) if (pa[i] !== pb[i]) return pa[i]! - pb[i]!;
    return pa.length - pb.length;
  });
}
