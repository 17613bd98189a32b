import { classWordSelector, KICKER_CLASS_WORDS } from '../rules/class-names';
import { cleanText, elementText } from '../text/element-text';

const KICKER = classWordSelector(KICKER_CLASS_WORDS);

/**
 * The card around an empty overlay link (a card-wide `<a>` with no text, the headline beside it): the
 * outermost ancestor (up to 3 levels) whose links all point at the same target.
 */
function cardsOf(a: Element): Element[] {
  const target = (a.getAttribute('href') ?? '').split('#')[0];
  const cards: Element[] = [];
  let el = a.parentElement;
  for (let depth = 0; el && depth < 3; depth++, el = el.parentElement) {
    if (Array.from(el.getElementsByTagName('a')).some((x) => (x.getAttribute('href') ?? '').split('#')[0] !== target))
      break;
    cards.push(el);
    // A list item or an <article> is one card: its parent holds the widget's own heading.
    if (/^(?:LI|ARTICLE)$/.test(el.tagName.toUpperCase())) break;
  }
  return cards;
}

function cardOf(a: Element): Element | null {
  const cards = cardsOf(a);
  return cards[cards.length - 1] ?? null;
}

/** Headline of an overlay link's card (nearest first), without its kicker ("Opinion", "Water quality"). */
function cardTitle(a: Element): string {
  const HEADLINE = 'h1, h2, h3, h4, h5, h6, [class*="headline"], [class*="title"]';
  const headline = cardsOf(a)
    .map((card) => card.querySelector(HEADLINE))
    .find((h) => h);
  if (!headline) return '';
  // A copy without the kicker only when there is one (copying a headline costs more than reading it).
  if (!headline.querySelector(KICKER)) return elementText(headline);
  const copy = headline.cloneNode(true) as Element;
  for (const el of Array.from(copy.querySelectorAll(KICKER))) el.remove();
  return elementText(copy);
}

/** An aria-label without a kicker the card shows apart: "Opinion: Title" -> "Title". */
function ariaTitle(a: Element): string {
  const label = cleanText(a.getAttribute('aria-label') ?? '');
  const m = /^([^:]{2,30}):\s+(\S.*)$/u.exec(label);
  if (!m) return label;
  const kickers = Array.from(cardOf(a)?.querySelectorAll(KICKER) ?? []).map((k) => elementText(k).toLowerCase());
  return kickers.includes(m[1]!.trim().toLowerCase()) ? m[2]! : label;
}

/** The title of a link with no text of its own: its card's headline, else its aria-label without the kicker. */
export function overlayLinkTitle(a: Element): string {
  return cardTitle(a) || ariaTitle(a);
}
