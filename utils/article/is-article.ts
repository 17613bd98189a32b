import { LISTING_BODY_CLASSES, SINGLE_BODY_CLASSES, classTokenPattern } from '../rules/class-names';
import type { Block } from '../types';
import { isListing } from './find-article-root';
import { THRESHOLDS } from '../rules/thresholds';

const LISTING_BODY = classTokenPattern(LISTING_BODY_CLASSES);
const SINGLE_BODY = classTokenPattern(SINGLE_BODY_CLASSES);

const PROSE_KINDS = new Set(['paragraph', 'quote', 'list-item']);

/** Longest run of consecutive prose blocks (no heading in between), and all prose characters. */
function proseShape(blocks: readonly Block[]): { run: number; chars: number } {
  let run = 0;
  let best = 0;
  let chars = 0;
  for (const b of blocks) {
    if (PROSE_KINDS.has(b.kind) && b.text.length >= THRESHOLDS.proseBlockMinChars) {
      run++;
      chars += b.text.length;
      best = Math.max(best, run);
    } else if (b.kind === 'heading') run = 0;
  }
  return { run: best, chars };
}

/** Count of teaser items: short <article> elements, and headline-length links. */
function teasers(doc: Document): { items: number; links: number } {
  let items = 0;
  for (const el of Array.from(doc.getElementsByTagName('article'))) if ((el.textContent ?? '').length < 600) items++;
  let links = 0;
  for (const a of Array.from(doc.getElementsByTagName('a'))) {
    const t = a.textContent ?? '';
    if (t.length >= 25 && t.length < 200) links++;
  }
  return { items, links };
}

/**
 * Whether the page is one article (true even for a short one) rather than a home page, a listing or a form:
 * contiguous prose in the extracted body, the page's own declaration (JSON-LD / Open Graph article types),
 * and how much of the page is teasers.
 */
export function isArticlePage(doc: Document, blocks: readonly Block[], declared: boolean): boolean {
  const { run, chars } = proseShape(blocks);

  if (chars < THRESHOLDS.articleMinProseChars && !(declared && chars >= THRESHOLDS.declaredArticleMinProseChars))
    return false;
  const forms = Array.from(doc.getElementsByTagName('form')).filter(
    (f) => f.querySelectorAll('input:not([type=hidden]), textarea, select').length >= 3,
  ).length;
  if (forms > 0 && chars < THRESHOLDS.formPageMaxProseChars) return false;
  // Listings: an archive/home body class (WordPress, Blogger), or several similar <article> teasers on an undeclared page.
  const bodyClass = doc.body?.getAttribute('class') ?? '';
  if (LISTING_BODY.test(bodyClass) && !SINGLE_BODY.test(bodyClass) && !declared) return false;
  if (!declared && isListing(doc)) return false;
  // Contiguous prose: a story, however short.
  const contiguous =
    run >= 3 ||
    (run >= 2 && chars >= THRESHOLDS.twoParagraphStoryMinChars) ||
    (run >= 1 && chars >= THRESHOLDS.formPageMaxProseChars);
  if (contiguous) return true;
  if (declared) return chars >= THRESHOLDS.declaredArticleMinChars;
  const t = teasers(doc);
  return t.items < 4 && t.links < THRESHOLDS.listingMinHeadlineLinks && chars >= THRESHOLDS.undeclaredArticleMinChars;
}
