import {
  CAPTION_CLASS,
  CONTENT_CLASS_WORDS,
  LINK_ICON_CLASSES,
  SCREEN_READER_CLASSES,
  classWordPattern,
} from '../rules/class-names';
import { THRESHOLDS } from '../rules/thresholds';
import { shortText, tagOf } from '../text/element-text';

const SCREEN_READER = new RegExp(`(?:^|\\s)(?:${SCREEN_READER_CLASSES.join('|')})(?:\\s|$)`, 'i');
const LINK_ICON = new RegExp(`(?:^|\\s)(?:${LINK_ICON_CLASSES.join('|')})(?:\\s|$)`, 'i');
const CONTENT = classWordPattern(CONTENT_CLASS_WORDS);

/**
 * Removes, from a document clone before Readability, text that is not the story's prose but would read as
 * part of it once Readability has stripped the class names: screen-reader labels glued to a link ("said" +
 * "Opens a new window" = "saidOpens a new window") and photo caption and credit boxes (which Readability turns
 * into bare paragraphs). Only short boxes go: a long element with such a class is a layout wrapper.
 */
export function removeCaptionText(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  const remove: Element[] = [];
  for (const el of Array.from(body.querySelectorAll('[class]'))) {
    const names = el.getAttribute('class') ?? '';
    const icon = LINK_ICON.test(names) && tagOf(el) !== 'A' && !!el.parentElement?.closest('a');
    if (SCREEN_READER.test(names) || icon) {
      if (shortText(el, THRESHOLDS.screenReaderTextMaxChars) !== null) remove.push(el);
    } else if (
      CAPTION_CLASS.test(names) &&
      !CONTENT.test(names) &&
      !el.querySelector('p ~ p, h1, h2, h3, h4, h5, h6, table, ul, ol') &&
      shortText(el, THRESHOLDS.photoCaptionMaxChars) !== null
    )
      remove.push(el);
  }
  for (const el of remove) el.remove();
}
