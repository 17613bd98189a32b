import { shortText } from '../text/element-text';
import { isSiteWideListHeading } from '../rules/headings';
import { THRESHOLDS } from '../rules/thresholds';
import { containerOf, isHeadingLike } from './widget-boxes';

/** Where a site-wide list's title may sit: a real heading, or a styled label ("widget-title", "rail__header"). */
const LIST_TITLE =
  'h1, h2, h3, h4, h5, h6, [class*="title"], [class*="heading"], [class*="header"], [class*="label"], strong, b';

/**
 * Site-wide lists inside an element (a "Most read" / "Trending" column next to the story inside <main>): the
 * smallest block around each such title that holds its links. The title may be a real heading or a styled
 * label without links of its own (`<div class="rail-title"><span>Most read</span></div>`).
 */
export function findSiteWideLists(root: Element): Element[] {
  const out: Element[] = [];
  for (const title of Array.from(root.querySelectorAll(LIST_TITLE))) {
    if (title.querySelector('a[href]') || title.closest('a') || !isHeadingLike(title)) continue;
    const text = shortText(title, THRESHOLDS.siteWideHeadingMaxChars);
    if (text === null || !isSiteWideListHeading(text)) continue;
    const box = containerOf(title, 1);
    if (box && box !== root && root.contains(box) && !out.some((el) => el === box || el.contains(box))) out.push(box);
  }
  return out;
}
