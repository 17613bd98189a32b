const CJK_CHARS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/**
 * A quick word count for length thresholds (no Intl.Segmenter): runs of letters and digits, with
 * Chinese and Japanese characters counted two to a word, since those scripts write no spaces.
 */
export function estimateWords(text: string): number {
  const cjk = text.match(CJK_CHARS)?.length ?? 0;
  const words = text.replace(CJK_CHARS, ' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return words + cjk / 2;
}
