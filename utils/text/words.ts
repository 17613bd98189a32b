import { segmenter } from './segmenter';
import { countCjk, hasCjk, isCjkChar, replaceCjk } from './script';

/**
 * Word counts. One estimate for every threshold and feature (fast, no segmenter), and one exact count
 * for what the reader sees (the word count and reading time).
 */

/**
 * A quick word count for length thresholds and ranking features: runs of letters and digits, with
 * Chinese and Japanese characters counted two to a word, since those scripts write no spaces.
 */
export function estimateWords(text: string): number {
  if (!hasCjk(text)) return countRuns(text);
  const cjk = countCjk(text);
  return countRuns(replaceCjk(text, ' ')) + cjk / 2;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Whether each character of the Basic Multilingual Plane is a letter or digit: 0 not read yet, 1 yes, 2 no. */
const BMP_WORD_CHAR = new Uint8Array(0x10000);

/**
 * The number of runs of letters and digits, as `text.match(/[\p{L}\p{N}]+/gu).length` counts them, in one scan
 * without building the list of words (ASCII by its codes, other characters once each by the regex).
 */
function countRuns(text: string): number {
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let word: boolean;
    if (c < 0x80) word = (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
    else if (c >= 0xd800 && c <= 0xdbff) {
      // A character outside the BMP (a surrogate pair), or a lone surrogate (no letter).
      const cp = text.codePointAt(i)!;
      word = LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
      if (cp > 0xffff) i++;
    } else {
      let known = BMP_WORD_CHAR[c]!;
      if (!known) BMP_WORD_CHAR[c] = known = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
      word = known === 1;
    }
    if (word && !inRun) runs++;
    inRun = word;
  }
  return runs;
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
