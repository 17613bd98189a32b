import { CONTENT_CLASS_WORDS, OVERLAY_CLASS_WORDS, OVERLAY_ROLES, classWordPattern } from '../rules/class-names';
import { THRESHOLDS } from '../rules/thresholds';
import { elementText, tagOf } from '../text/element-text';

const OVERLAY = classWordPattern(OVERLAY_CLASS_WORDS, { whole: true });
const CONTENT = classWordPattern(CONTENT_CLASS_WORDS);
const ROLES = new Set<string>(OVERLAY_ROLES);

/** Boxes, not words: a link or a span with a "popup" class is text that opens a note ("the complete life"). */
const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'DIALOG', 'FORM', 'UL', 'OL', 'TABLE', 'FIGURE']);

/** Whether an element is a box a script opens over the page: a dialog, a modal, a pop-up, a fly-out pane. */
function isOverlay(el: Element): boolean {
  if (!BOX_TAGS.has(tagOf(el))) return false;
  if (tagOf(el) === 'DIALOG' || ROLES.has(el.getAttribute('role') ?? '') || el.getAttribute('aria-modal') === 'true')
    return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  // A box labelled by a modal's title ('<div role="region" aria-labelledby="modal-title">': a video's transcript
  // pane, its title and description).
  return (OVERLAY.test(names) && !CONTENT.test(names)) || OVERLAY.test(el.getAttribute('aria-labelledby') ?? '');
}

/**
 * Removes, from a document clone before Readability, the dialogs, modals, pop-ups and fly-out panes a site keeps
 * in its markup for later ("Are you sure you want to delete this message?", an upload form's "Thanks!" and "Uh
 * oh!"). CSS hides them, so Readability sees them as text; when the story has little text of its own they become
 * its key points and captions. A box that holds the headline or a large share of the page is the page itself
 * (an article opened in a lightbox) and stays.
 */
export function removeOverlays(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  // The page's text length, read once and only when a box is found (most pages have none).
  let total = 0;
  const pageLength = (): number => (total ||= Math.max(1, elementText(body).length));
  const remove: Element[] = [];
  const walk = (el: Element): void => {
    for (const child of Array.from(el.children)) {
      if (isOverlay(child) && !child.querySelector('h1')) {
        if (elementText(child).length <= pageLength() * THRESHOLDS.overlayMaxShareOfPage) {
          remove.push(child);
          continue;
        }
      }
      walk(child);
    }
  };
  walk(body);
  for (const el of remove) el.remove();
}
