import { LISTING_BODY_CLASSES, SINGLE_BODY_CLASSES, classTokenPattern } from '../rules/class-names';
import type { Block } from '../types';
import { isListing } from './find-article-root';
import { THRESHOLDS } from '../rules/thresholds';
import { countCjk } from '../text/script';
import { estimateWords } from '../text/words';

const LISTING_BODY = classTokenPattern(LISTING_BODY_CLASSES);
const SINGLE_BODY = classTokenPattern(SINGLE_BODY_CLASSES);

const PROSE_KINDS = new Set(['paragraph', 'quote', 'list-item']);

/**
 * A block's length in Latin-script characters: a Chinese or Japanese character carries about as much as three
 * of those (half a word against a word of five letters and a space), so a Chinese story is not measured as a
 * third of itself.
 */
function proseLength(text: string): number {
  return text.length + countCjk(text) * (THRESHOLDS.cjkCharWeight - 1);
}

/** What closes a sentence, before closing quotes or brackets. */
const CLOSED = /[.!?。！？…:;][\s"'”’»)\]」』）]*$/u;

/**
 * A title line: a short paragraph without a closing stop ("A Life of Public Service", "Photo of the Day"). On a
 * home page each promo tile is such a title over a one-line blurb; like a heading, it ends a run of prose.
 */
const isTitleLine = (b: Block): boolean =>
  b.kind === 'paragraph' && !CLOSED.test(b.text) && estimateWords(b.text) < THRESHOLDS.labelMaxWords;

/**
 * Longest run of consecutive prose blocks (no heading or title line in between), the longest run between
 * headings only (a photo's caption line between two paragraphs does not end it), and all prose characters.
 */
function proseShape(blocks: readonly Block[]): { run: number; sectionRun: number; chars: number } {
  let run = 0;
  let best = 0;
  let sectionRun = 0;
  let bestSectionRun = 0;
  let chars = 0;
  for (const b of blocks) {
    const length = PROSE_KINDS.has(b.kind) ? proseLength(b.text) : 0;
    if (length >= THRESHOLDS.proseBlockMinChars) {
      run++;
      sectionRun++;
      chars += length;
      best = Math.max(best, run);
      bestSectionRun = Math.max(bestSectionRun, sectionRun);
    } else if (b.kind === 'heading') run = sectionRun = 0;
    else if (isTitleLine(b)) run = 0;
  }
  return { run: best, sectionRun: bestSectionRun, chars };
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

/** The page's own Open Graph type is "website". */
function declaresWebsite(doc: Document): boolean {
  const type = doc.querySelector('meta[property="og:type"], meta[name="og:type"]')?.getAttribute('content');
  return type?.trim().toLowerCase() === 'website';
}

/**
 * Whether the page is one article (true even for a short one) rather than a home page, a listing or a form:
 * contiguous prose in the extracted body, the page's own declaration (JSON-LD / Open Graph article types),
 * and how much of the page is teasers.
 */
export function isArticlePage(doc: Document, blocks: readonly Block[], declaredArticle: boolean): boolean {
  const { run, sectionRun, chars } = proseShape(blocks);
  // A page whose Open Graph type says "website" (a home or section page) declares no article, whatever
  // article:published_time its CMS stamps on every page.
  const declared = declaredArticle && !declaresWebsite(doc);

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
  // A page that calls itself a website (a home or product page) needs two paragraphs under one heading: one
  // blurb per heading ("Themes" + a paragraph, "Add-ons" + a paragraph, "Learn more") is a feature grid.
  const website = declaresWebsite(doc);
  const contiguous =
    run >= 3 ||
    (run >= 2 && chars >= THRESHOLDS.twoParagraphStoryMinChars) ||
    (run >= 1 && chars >= THRESHOLDS.formPageMaxProseChars && (!website || sectionRun >= 2));
  if (contiguous) return true;
  if (website && sectionRun < 2) return false;
  if (declared) return chars >= THRESHOLDS.declaredArticleMinChars;
  const t = teasers(doc);
  return t.items < 4 && t.links < THRESHOLDS.listingMinHeadlineLinks && chars >= THRESHOLDS.undeclaredArticleMinChars;
}
