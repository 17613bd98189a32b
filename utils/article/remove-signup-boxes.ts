import { shortText, tagOf } from '../text/element-text';
import { THRESHOLDS } from '../rules/thresholds';

/**
 * Removes newsletter / sign-up boxes from a document clone before Readability: the short block around an
 * e-mail field ("The Morning Wire" / "Start your day with the five stories you need to know" / [email] [Sign up]).
 * Readability drops the form but keeps the pitch around it, which then reads as article text.
 */
export function removeSignupBoxes(doc: Document): void {
  const boxes = new Set<Element>();
  for (const input of Array.from(doc.querySelectorAll('input[type="email"]'))) {
    let box: Element | null = null;
    let el = input.parentElement;
    // The outermost ancestor (a few levels up) that is still only a short pitch around the field.
    for (let depth = 0; el && depth < 4; depth++, el = el.parentElement) {
      if (
        /^(?:BODY|HTML|MAIN|ARTICLE)$/.test(tagOf(el)) ||
        el.querySelector('p ~ p ~ p') ||
        el.querySelectorAll('a[href]').length > 2
      )
        break;
      if (shortText(el, THRESHOLDS.signupBoxMaxChars) === null) break;
      box = el;
    }
    if (box) boxes.add(box);
  }
  for (const box of boxes) box.remove();
}
