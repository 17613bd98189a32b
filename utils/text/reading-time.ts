/**
 * Reading time per language. Chinese and Japanese are read by characters: Chinese at ~255 and Japanese
 * at ~357 characters per minute (the rates Firefox's reader view uses, from Trauzettel-Klosinski & Dietz
 * 2012); every other language (Korean included: it separates words with spaces) at ~230 words per minute.
 * Words are counted by countWords (words.ts).
 */
import { baseLanguage, guessCjkLanguage } from './script';
import { countWords } from './words';

const CHARS_PER_MINUTE: Record<string, number> = { zh: 255, ja: 357 };
const WORDS_PER_MINUTE = 230;

/** Minutes to read a text, rounded, at least 1 for any text with words (0 for none). */
export function readingMinutes(text: string, lang: string | null, words = countWords(text, lang)): number {
  if (!words) return 0;
  const perMinute = CHARS_PER_MINUTE[baseLanguage(lang) || guessCjkLanguage(text)] ?? WORDS_PER_MINUTE;
  return Math.max(1, Math.round(words / perMinute));
}
