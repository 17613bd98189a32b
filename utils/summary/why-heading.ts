import { isWhyHeadingText } from '../rules/headings';
import { stripEmoji } from '../text/strip-emoji';

/** A heading without emoji and trailing punctuation, for display and matching. */
export function cleanHeading(text: string): string {
  return stripEmoji(text)
    .replace(/^[\s\-–—•:：#]+|[\s\-–—•:：]+$/gu, '')
    .trim();
}

export function isWhyHeading(text: string | null): boolean {
  if (!text) return false;
  const clean = cleanHeading(text).replace(/^[¿¡]+|[?？!！.。]+$/gu, '');
  return isWhyHeadingText(clean);
}
