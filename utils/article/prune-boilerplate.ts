import {
  AD_CLASS_WORDS,
  CONTENT_CLASS_WORDS,
  DATELINE_CLASS_WORDS,
  FURNITURE_CLASS_WORDS,
  HIDDEN_CLASSES,
  SIDE_COLUMN_CLASS_WORDS,
  classWordPattern,
} from '../rules/class-names';
import { buildPattern } from '../rules/phrase-pattern';
import { READ_MORE_LABELS } from '../rules/phrases/link-labels';
import { elementText, shortText, tagOf } from '../text/element-text';
import { isPollUrl } from '../related/is-excluded-link';
import { isRelatedHeading } from '../rules/headings';
import { isTakeawaysBox } from './protect-takeaways';
import { THRESHOLDS } from '../rules/thresholds';
import { estimateWords } from '../text/words';

/** Class or id words that mark page furniture inside an article body (see FURNITURE_CLASS_WORDS). */
const FURNITURE = classWordPattern(FURNITURE_CLASS_WORDS);
const AD = classWordPattern(AD_CLASS_WORDS, { whole: true });
/** Class words that mark the article itself: never prune these. */
const CONTENT = classWordPattern(CONTENT_CLASS_WORDS);
const SIDE_COLUMN = classWordPattern(SIDE_COLUMN_CLASS_WORDS);
const HIDDEN = new RegExp(`(?:^|\\s)(?:${HIDDEN_CLASSES.join('|')})(?:\\s|$)`, 'i');

const PRUNE_TAGS = new Set([
  'FIGCAPTION',
  'NAV',
  'ASIDE',
  'FOOTER',
  'FORM',
  'BUTTON',
  'SELECT',
  'INPUT',
  'TEXTAREA',
  'LABEL',
]);

function looksLikeFurniture(el: Element): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('itemprop') ?? ''} ${el.getAttribute('data-component') ?? ''} ${el.getAttribute('data-testid') ?? ''}`;
  if (names.length < 2 || CONTENT.test(names)) return false;
  return (
    FURNITURE.test(names) ||
    AD.test(names) ||
    /caption|credit/i.test(names) ||
    HIDDEN.test(names) ||
    el.getAttribute('aria-hidden') === 'true' ||
    el.hasAttribute('hidden')
  );
}

const READ_MORE_LINK = buildPattern([READ_MORE_LABELS], { at: 'whole', suffix: '\\s*(?:[»›→…]|\\.\\.\\.)?' });

/** Share of an element's text that sits inside links. */
export function linkDensity(el: Element, text = elementText(el)): number {
  if (!text) return 0;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += elementText(a).length;
  return Math.min(1, linked / text.length);
}

/**
 * Removes page furniture from an extracted article root (a detached element; the live page is never touched).
 * Guarded by size: an element holding a large share of the article's text is never removed.
 */
/** A dateline's own element, by its class or id: "articleLocation", "dateline", "story-location". */
const DATELINE_CLASS = classWordPattern(DATELINE_CLASS_WORDS, { whole: true });

/**
 * A dateline in its own element at the very start of a paragraph ("<span class="articleLocation">WASHINGTON</span>
 * The U.S. Federal Reserve…"): the city in capitals with no dash after it, which the sentence would otherwise open
 * with. Removed when it is short and has no lower-case letter.
 */
function removeDatelineElements(root: Element): void {
  for (const p of Array.from(root.getElementsByTagName('p'))) {
    const first = p.firstElementChild;
    if (!first || !DATELINE_CLASS.test(`${first.getAttribute('class') ?? ''} ${first.getAttribute('id') ?? ''}`))
      continue;
    // Nothing but white space before it.
    let before = '';
    for (let n = p.firstChild; n && n !== first; n = n.nextSibling) before += n.textContent ?? '';
    const text = (first.textContent ?? '').trim();
    if (before.trim() || !text || text.length > THRESHOLDS.datelineElementMaxChars || /\p{Ll}/u.test(text)) continue;
    first.remove();
  }
}

export function pruneBoilerplate(root: Element): void {
  removeDatelineElements(root);
  const total = Math.max(1, elementText(root).length);
  const lead = leadParagraph(root);
  const remove: Element[] = [];
  const walk = (el: Element): void => {
    for (const child of Array.from(el.children)) {
      const tag = tagOf(child);
      if ((PRUNE_TAGS.has(tag) || looksLikeFurniture(child)) && !isTakeawaysBox(child)) {
        if (
          tag === 'FIGCAPTION' ||
          shortText(child, total * THRESHOLDS.furnitureMaxShareOfArticle) !== null ||
          isSideColumn(child, lead)
        ) {
          remove.push(child);
          continue;
        }
      }
      if ((tag === 'UL' || tag === 'OL') && isLinkList(child)) {
        remove.push(child);
        continue;
      }
      if (
        /^(?:H[2-6]|P|DIV)$/.test(tag) &&
        child.children.length <= 2 &&
        isRelatedHeading(shortText(child, THRESHOLDS.widgetHeadingMaxChars) ?? '')
      ) {
        // A "Related" / "More great stories" heading and the list of links after it.
        remove.push(child);
        const next = child.nextElementSibling;
        const list = next && /^(?:UL|OL)$/.test(tagOf(next));
        if (next && (list || /^(?:DIV|P)$/.test(tagOf(next))) && linkDensity(next) > (list ? 0.3 : 0.5))
          remove.push(next);
        continue;
      }
      if (/^(?:DIV|P|UL|OL|SECTION)$/.test(tag) && isPollBox(child)) {
        remove.push(child);
        continue;
      }
      if (tag === 'P' && isShoutedTeaser(child)) {
        remove.push(child);
        continue;
      }
      if (tag === 'TABLE') continue;
      walk(child);
    }
  };
  walk(root);
  remove.push(...dashedLinkRuns(root));
  const last = trailingLinkParagraph(root);
  if (last) remove.push(last);
  // "Continue reading" / "Read more »" links at the end of excerpts.
  for (const a of Array.from(root.getElementsByTagName('a'))) {
    const cls = a.getAttribute('class') ?? '';
    if (
      /(?:^|\s)(?:more-link|read-more|readmore|continue-reading)(?:\s|$)/i.test(cls) ||
      READ_MORE_LINK.test(shortText(a, 40) ?? '')
    )
      remove.push(a);
  }
  for (const el of remove) el.remove();
}

/**
 * The story's last paragraph when it is nothing but one link: a pointer to another page ("Tour Joann and Paul
 * Delaney's sleek home." linking the slideshow, "Read more: …"; blind pool S), not the story's last sentence.
 */
function trailingLinkParagraph(root: Element): Element | null {
  const paragraphs = Array.from(root.getElementsByTagName('p')).filter((p) => elementText(p).trim());
  const last = paragraphs[paragraphs.length - 1];
  if (!last || paragraphs.length < THRESHOLDS.furnitureMinParagraphsBefore + 1) return null;
  const text = shortText(last, THRESHOLDS.trailingLinkMaxChars);
  return text && last.getElementsByTagName('a').length === 1 && linkDensity(last, text) >= 0.9 ? last : null;
}

/** The story's lead: the first paragraph of some length (THRESHOLDS.leadParagraphMinWords). */
function leadParagraph(root: Element): Element | null {
  for (const p of Array.from(root.getElementsByTagName('p')))
    if (estimateWords(elementText(p)) >= THRESHOLDS.leadParagraphMinWords) return p;
  return null;
}

/**
 * A side column by its class ("panel-region-sidebar") that does not hold the story's lead paragraph: its
 * teasers and readers' comments ("Recent comments on our stories") are no story text, however much of the
 * extracted text they make up beside a short story. A "has-sidebar" wrapper holds the lead and stays.
 */
function isSideColumn(el: Element, lead: Element | null): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return !!lead && SIDE_COLUMN.test(names) && !CONTENT.test(names) && !el.contains(lead) && !lead.contains(el);
}

/** A paragraph opened by a typed list marker: "- ", "• ", "* ", "– ". */
const MARKED = /^[-–•*·]\s/u;

/**
 * Show notes and link round-ups typed as paragraphs: a run of paragraphs that each open with a list marker and
 * hold a link ("- Cut your time in purgatory by following pope on Twitter.", "- Internet dating firms … faked
 * profiles …"). Each is another story's headline, not this story's prose. Marked paragraphs without links (a
 * party's talking points quoted in the story) stay.
 */
function dashedLinkRuns(root: Element): Element[] {
  const out: Element[] = [];
  for (const p of Array.from(root.getElementsByTagName('p'))) {
    if (out.includes(p) || (p.previousElementSibling && isDashedLink(p.previousElementSibling))) continue;
    const run: Element[] = [];
    for (let at: Element | null = p; at && isDashedLink(at); at = at.nextElementSibling) run.push(at);
    if (run.length >= THRESHOLDS.linkRunMinItems) out.push(...run);
  }
  return out;
}

const isDashedLink = (el: Element): boolean =>
  tagOf(el) === 'P' && MARKED.test(elementText(el).trim()) && !!el.querySelector('a[href]');

/** A feedback poll: a question and two or more vote links ("🔥 Loved it", "👎 Not for me"), little else. */
function isPollBox(el: Element): boolean {
  const links = Array.from(el.getElementsByTagName('a'));
  if (links.length < 2 || links.length > 8 || !links.every((a) => isPollUrl(a.getAttribute('href') ?? '')))
    return false;
  return shortText(el, 300) !== null;
}

/** A paragraph that is one link in capitals: an in-body teaser ("TAYLOR SWIFT CLEARED TO PERFORM ..."). */
function isShoutedTeaser(p: Element): boolean {
  const text = shortText(p, 200) ?? '';
  if (text.length < 15 || linkDensity(p, text) < 0.9) return false;
  const letters = text.replace(/\P{L}/gu, '');
  return letters.length > 10 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** A list of nothing but short links (breadcrumbs, "more stories", tag lists). */
function isLinkList(list: Element): boolean {
  const items = Array.from(list.children).filter((c) => tagOf(c) === 'LI');
  if (items.length < 2) return false;
  return items.every((li) => {
    const text = shortText(li, 160);
    return text !== null && linkDensity(li, text) > THRESHOLDS.linkListMinLinkDensity;
  });
}
