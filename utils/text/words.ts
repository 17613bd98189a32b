import { segmenter } from './segmenter';
import { countCjk, isCjkChar, replaceCjk } from './script';

/**
 * Word counts. One estimate for every threshold and feature (fast, no segmenter), and one exact count
 * for what the reader sees (the word count and reading time).
 */

/**
 * A quick word count for length thresholds and ranking features: runs of letters and digits, with
 * Chinese and Japanese characters counted two to a word, since those scripts write no spaces.
 */
export function estimateWords(text: string): number {
  const cjk = countCjk(text);
  const words = replaceCjk(text, ' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return words + cjk / 2;
}

/** Longest piece handed to the segmenter at once: on V8 its cost grows faster than linearly with length. */
const MAX_CHUNK = 2000;

/** The text in pieces cut at paragraph breaks, then at a space or sentence end; counts are unchanged. */
function* chunks(text: string): Generator<string> {
  for (const paragraph of text.split(/\n\s*\n/)) {
    let rest = paragraph;
    while (rest.length > MAX_CHUNK) {
      const window = rest.slice(0, MAX_CHUNK);
      const cut = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\n'), window.lastIndexOf('。') + 1);
      const at = cut > MAX_CHUNK / 2 ? cut : MAX_CHUNK;
      yield rest.slice(0, at);
      rest = rest.slice(at);
    }
    if (rest) yield rest;
  }
}

/**
 * The words a reader sees, by Intl.Segmenter in the page language; each Chinese or Japanese character
 * counts as one word (they are read character by character), plus any Latin word or number among them.
 */
export function countWords(text: string, lang: string | null): number {
  const words = segmenter(lang, 'word');
  let n = 0;
  for (const piece of chunks(text)) {
    for (const s of words.segment(piece)) {
      if (!s.isWordLike) continue;
      let cjk = 0;
      for (const ch of s.segment) if (isCjkChar(ch)) cjk++;
      n += cjk ? cjk + (/[\p{L}\p{N}]/u.test(replaceCjk(s.segment, '')) ? 1 : 0) : 1;
    }
  }
  return n;
}
