import { LANGUAGE_WORDS } from '../rules/language-words';
import { THRESHOLDS } from '../rules/thresholds';
import { baseLanguage, countCjk, guessCjkLanguage } from './script';

const WORDS = new Map<string, Set<string>>(
  Object.entries(LANGUAGE_WORDS).map(([lang, words]) => [lang, new Set(words.split(' '))]),
);

/** Scripts that name their language (or its family's usual one) whatever the page declares. */
const SCRIPT_LANGUAGES: [RegExp, string][] = [
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Thai}/gu, 'th'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Arabic}/gu, 'ar'],
];

/** The Latin-script language whose function words the text uses most, with its count and the declared one's. */
function latinLanguage(text: string): { best: string; hits: Map<string, number> } {
  const hits = new Map<string, number>();
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const [lang, set] of WORDS) if (set.has(word)) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  }
  let best = '';
  for (const [lang, n] of hits) if (!best || n > (hits.get(best) ?? 0)) best = lang;
  return { best, hits };
}

/**
 * The page's declared language, unless its text plainly is another: a page declared `lang="en"` whose text is
 * German, Japanese or Korean. Only a clear majority overrides the declaration (THRESHOLDS.languageOverrideRatio).
 * A page that declares nothing gets the language its script names (Chinese, Japanese, Korean, Arabic, Greek,
 * Hebrew, Thai), else null.
 */
export function checkLanguage(declared: string | null, text: string): string | null {
  const base = baseLanguage(declared);
  const sample = text.slice(0, THRESHOLDS.languageSampleChars);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < THRESHOLDS.languageMinLetters) return declared;
  // Chinese or Japanese only when most letters are: an English page about an anime quotes a few kana.
  const cjk = countCjk(sample) > letters / 2 ? guessCjkLanguage(sample) || 'zh' : '';
  if (cjk) return base === cjk || (cjk === 'zh' && base === 'ja') ? declared : cjk;
  for (const [script, lang] of SCRIPT_LANGUAGES) {
    if ((sample.match(script)?.length ?? 0) > letters / 2) return base === lang ? declared : lang;
  }
  // A page that declares nothing: its script named the language above when it could; Latin text stays unknown.
  if (!declared) return null;
  if (!WORDS.has(base)) return declared;
  const { best, hits } = latinLanguage(sample);
  const bestHits = hits.get(best) ?? 0;
  if (!best || best === base || bestHits < THRESHOLDS.languageMinWordHits) return declared;
  return bestHits >= THRESHOLDS.languageOverrideRatio * Math.max(1, hits.get(base) ?? 0) ? best : declared;
}

/**
 * Whether a page reads as `language` (a base language such as "en"): its checked language when it has one,
 * else (an undeclared Latin-script page) the language whose function words its text uses most.
 */
export function readsAs(lang: string | null, text: string, language: string): boolean {
  if (lang) return baseLanguage(lang) === language;
  return latinLanguage(text.slice(0, THRESHOLDS.languageSampleChars)).best === language;
}
