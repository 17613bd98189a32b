/**
 * Word counts and reading time per language.
 * - Chinese and Japanese are read by characters: every Han, Hiragana or Katakana character counts as one
 *   "word", plus Latin words and numbers among them; Chinese is read at ~255 and Japanese at ~357
 *   characters per minute (the rates Firefox's reader view uses, from Trauzettel-Klosinski & Dietz 2012).
 * - Every other language (Korean included: it separates words with spaces) counts words with
 *   Intl.Segmenter and reads at ~230 words per minute.
 */
import { segmenter } from './segmenter';

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CHARS_PER_MINUTE: Record<string, number> = { zh: 255, ja: 357 };
const WORDS_PER_MINUTE = 230;

const wordSegmenter = (lang: string | null): Intl.Segmenter => segmenter(lang, 'word');

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

/** Words in a text; each CJK character counts as one word. */
export function countWords(text: string, lang: string | null): number {
  const segmenter = wordSegmenter(lang);
  let n = 0;
  for (const piece of chunks(text)) {
    for (const s of segmenter.segment(piece)) {
      if (!s.isWordLike) continue;
      let cjk = 0;
      for (const ch of s.segment) if (CJK_CHAR.test(ch)) cjk++;
      n += cjk
        ? cjk +
          (/[\p{L}\p{N}]/u.test(s.segment.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, ''))
            ? 1
            : 0)
        : 1;
    }
  }
  return n;
}

function baseLang(lang: string | null): string {
  return (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
}

/** For a page without a language: 'ja' when it has kana, 'zh' when it is mostly Han, else ''. */
function guessCjk(text: string): string {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'ja';
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  return han > text.length / 4 ? 'zh' : '';
}

/** Minutes to read a text, rounded, at least 1 for any text with words (0 for none). */
export function readingMinutes(text: string, lang: string | null, words = countWords(text, lang)): number {
  if (!words) return 0;
  const perMinute = CHARS_PER_MINUTE[baseLang(lang) || guessCjk(text)] ?? WORDS_PER_MINUTE;
  return Math.max(1, Math.round(words / perMinute));
}
