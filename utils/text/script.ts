/**
 * The one place that knows which writing systems need special treatment: Chinese and Japanese (no spaces,
 * a character carries about half an English word), Korean (spaced, but dense), Thai and its neighbours
 * (no spaces, no sentence-ending stops).
 */

/** Han, Hiragana and Katakana: Chinese and Japanese text. */
const CJK_SOURCE = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';
const CJK_ONE = new RegExp(`[${CJK_SOURCE}]`, 'u');
const CJK_ALL = new RegExp(`[${CJK_SOURCE}]`, 'gu');
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HAN_ALL = /\p{Script=Han}/gu;
const DENSE = new RegExp(`[${CJK_SOURCE}\\p{Script=Hangul}]`, 'u');

/** True when the text holds a Chinese or Japanese character. */
export const hasCjk = (text: string): boolean => CJK_ONE.test(text);

/** True for one Chinese or Japanese character. */
export const isCjkChar = (ch: string): boolean => CJK_ONE.test(ch);

/** Number of Chinese and Japanese characters in the text. */
export const countCjk = (text: string): number => text.match(CJK_ALL)?.length ?? 0;

/** The text with every Chinese and Japanese character replaced by `by`. */
export const replaceCjk = (text: string, by: string): string => text.replace(CJK_ALL, by);

/** True when the text holds Chinese, Japanese or Korean: a few characters already make a title. */
export const hasDenseScript = (text: string): boolean => DENSE.test(text);

/** For text of unknown language: 'ja' when it has kana, 'zh' when it is mostly Han, else ''. */
export function guessCjkLanguage(text: string): 'ja' | 'zh' | '' {
  if (KANA.test(text)) return 'ja';
  return (text.match(HAN_ALL)?.length ?? 0) > text.length / 4 ? 'zh' : '';
}

/** The base language of a BCP 47 tag, lower-cased: "zh-Hant-TW" -> "zh"; '' when unknown. */
export function baseLanguage(lang: string | null | undefined): string {
  return (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
}

/** Languages whose sentences need no closing punctuation (Thai, Lao, Khmer, Burmese). */
const UNPUNCTUATED = new Set(['th', 'lo', 'km', 'my']);

/** True for a language that ends sentences without a stop. */
export const endsSentencesWithoutStops = (lang: string | null | undefined): boolean =>
  UNPUNCTUATED.has(baseLanguage(lang));
