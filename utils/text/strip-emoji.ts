/** Removes emoji (pictographs, flags, keycaps, variation selectors, joiners) and tidies the spaces left behind. */
export function stripEmoji(text: string): string {
  return text
    .replace(/[\p{Extended_Pictographic}\p{Regional_Indicator}\u{1F3FB}-\u{1F3FF}\u20E3\uFE0E\uFE0F\u200D]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
