import { isTakeawayHeading } from '../rules/headings';
import { THRESHOLDS } from '../rules/thresholds';
import { shortText } from '../text/element-text';

/** A box headed "Key takeaways", "What we know", "要点"…: the page's own summary, article content, not furniture. */
export function isTakeawaysBox(el: Element): boolean {
  const heading = el.querySelector('h2, h3, h4, h5, h6, strong, b');
  return !!heading && isTakeawayHeading(shortText(heading, THRESHOLDS.widgetHeadingMaxChars) ?? '');
}

/**
 * In the (cloned) document, turns an <aside> that holds the page's own takeaways box ("Key takeaways",
 * "What we know", "要点") into a <div>, so Readability, which drops every <aside>, keeps it in the article.
 */
export function protectTakeawayBoxes(doc: Document): void {
  for (const aside of Array.from(doc.querySelectorAll('aside'))) {
    if (!isTakeawaysBox(aside)) continue;
    const box = doc.createElement('div');
    for (const attr of Array.from(aside.attributes)) box.setAttribute(attr.name, attr.value);
    while (aside.firstChild) box.appendChild(aside.firstChild);
    aside.parentNode?.replaceChild(box, aside);
  }
}
