import { segmenter } from './segmenter';
import {
  ABBREVIATIONS,
  JA_QUOTE_PARTICLE,
  JA_SAYING,
  NUMBER_ABBREVIATIONS,
  ORDINAL_DOT_LANGS,
  PLACE_ACRONYMS,
  SENTENCE_STARTERS,
  SPEECH_TAG,
} from '../rules/abbreviations';
import { baseLanguage } from './script';
import { THRESHOLDS } from '../rules/thresholds';

/** A sentence and its character offsets in the text it came from (`text === source.slice(start, end)`). */
export type Sentence = { text: string; start: number; end: number };

const segmenterFor = (lang: string | null): Intl.Segmenter => segmenter(lang, 'sentence');

/** Opening quotes/brackets that ICU glues to the end of the previous sentence ("第二句！“"). */
const TRAILING_OPENERS = /[“‘「『（《〈【〔([]+\s*$/u;
/** A segment of closing quotes and brackets only. */
const CLOSERS_ONLY = /^[\s"'”’»)\]」』）】》〉]+$/u;
/** How many Japanese / Chinese corner-bracket quotations are open at the end of the text. */
function openQuotes(text: string): number {
  let open = 0;
  for (const ch of text) {
    if (ch === '「' || ch === '｢' || ch === '『') open++;
    else if ((ch === '」' || ch === '｣' || ch === '』') && open > 0) open--;
  }
  return open;
}

/** A Latin abbreviation at the end, maybe right after a CJK character (group 1) and before closing quotes. */
const GLUED_TITLE =
  /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])?(?<!\p{Script=Latin})(\p{Script=Latin}+)\.["'”’»」』]*$/u;
/** Text that opens with a CJK character (after opening quotes). */
const DENSE_START = /^[\s"'“‘「『«]*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LAST_TOKEN = /(?:^|[\s(["'“‘])([\p{L}\p{M}\p{N}.'’-]*?)\.\s*$/u;
/**
 * Thai abbreviations: Thai ends sentences with a space, not a full stop, so a stop after Thai letters
 * is an abbreviation: "มี.ค." (March), "ก.พ.", "ศ.ดร." (Prof. Dr.), "พ.ศ.", "น." (o'clock). Vowel and
 * tone marks do not count as letters.
 */
const THAI_ABBREVIATION = /^(?:\p{Script=Thai}{1,3}\.)+\p{Script=Thai}{1,3}$|^\p{Script=Thai}{1,2}$/u;

function firstWord(text: string): string {
  return /^[\s"'“‘«(]*([\p{L}\p{N}]+)/u.exec(text)?.[1] ?? '';
}

/** Whether the boundary between `prev` and `next` is a false break that must be undone. */
function isFalseBreak(prev: string, next: string, lang: string, ahead = next): boolean {
  const trimmed = prev.trimEnd();
  const nextWord = firstWord(next);
  if (!nextWord) return false;
  // "He said "Stop!" she said.", "Am 12. bis 13. September": a lowercase word continues the sentence (a name
  // written in mixed case, "iPhone", may open one).
  if (/[.!?]['"”’»)]*$/u.test(trimmed) && /^\p{Ll}+$/u.test(nextWord)) return true;
  // A quoted question or exclamation and its speech tag: "“Do you want to listen?” Matiullah Matie asks as he …".
  if (/[!?¿¡]['"”’»]+$/u.test(trimmed) && SPEECH_TAG.test(next.trimStart())) return true;
  if (lang === 'ja' && /[。！？!?][」』”）)｣〟]+$/u.test(trimmed) && JA_QUOTE_PARTICLE.test(next)) return true;
  // Inside a quotation still open ("｢俺は！ 推しが出るまで！ 回すのを止めないッ！｣と…"): its exclamations end no sentence
  // when the quote closes soon after (`ahead`: the text from the next piece on, THRESHOLDS.quoteCloseWindowChars characters).
  if ((lang === 'ja' || lang === 'zh') && openQuotes(prev) > 0 && /[」｣』]/u.test(ahead)) return true;
  // An exclamation or a question the sentence goes on from without quote marks: "…ようこそ！と心に誓った時には",
  // "どのへんが現代風？ というと、…".
  if (lang === 'ja' && /[！？!?]$/u.test(trimmed) && JA_SAYING.test(next.trimStart())) return true;
  // A stop written as a character inside brackets ("ピリオド（.）だけ", "the full stop (.) is"): no sentence ends there.
  if (/[（(「『"“][.。!?！？][）)」』"”]$/u.test(trimmed)) return true;
  // A title written into Chinese or Japanese text, or closed by a quote: "謀面的Mr.", "Mr.\"大雄\"". (The token
  // below starts after a space, which CJK text does not have.)
  const glued = GLUED_TITLE.exec(trimmed);
  if (glued && ABBREVIATIONS.has(glued[2]!.toLowerCase()) && (glued[1] || DENSE_START.test(next))) return true;
  // A full stop inside a Latin name set in Chinese or Japanese text, with the text going on at once: "ツクモeX.パソコン館"
  // (a shop's name), "Ver.アップ". A sentence's stop there would be "。", or a space would follow.
  if (/[A-Za-z0-9]\.$/u.test(prev) && /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(next))
    return true;
  const m = LAST_TOKEN.exec(trimmed);
  if (!m) return false;
  const token = m[1] ?? '';
  if (!token) return false;
  const lower = token.toLowerCase();
  if (lang === 'th' && THAI_ABBREVIATION.test(token.replace(/\p{M}/gu, ''))) return true;
  const starter = SENTENCE_STARTERS.has(nextWord);
  // Titles and abbreviations that never end a sentence: Dr., Mr., Prof., Nr., z. B. ...
  if (ABBREVIATIONS.has(lower)) return true;
  if (NUMBER_ABBREVIATIONS.has(lower) && /^\p{N}/u.test(nextWord)) return true;
  // Ordinals in German, Nordic, Slavic ...: "am 3. März", "20. Jahrhundert".
  if (ORDINAL_DOT_LANGS.has(lang) && /^\d{1,2}$/.test(token)) return !starter;
  // A model name or code in capitals before a name in capitals: "The VW ID. SPACE VIZZION is ...".
  if (/^\p{Lu}{2,3}$/u.test(token) && /^\p{Lu}{2,}$/u.test(nextWord) && !starter) return true;
  // Initials and dotted acronyms: "J. R. R. Tolkien", "U.S. Senate", "z. B."; but "in the U.S. The ...".
  if (/^(?:\p{L}\.)*\p{L}$/u.test(token) && token.replace(/\./g, '').length <= 4) {
    if (/^\p{Ll}$/u.test(token)) return true;
    // A person's initials ("J.P.", not "U.S.") stand before a name, even one opening like a sentence.
    if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(token) && !PLACE_ACRONYMS.has(token.replace(/\./g, ''))) return true;
    return !starter;
  }
  return false;
}

/**
 * A full stop after a lowercase word, then a sentence that opens with a figure: "…többször is megrongálták. 2009-ben,
 * ugyancsak…". ICU's rules join the two (a lowercase letter follows the figure, as after "approx. 20 people"), so
 * these breaks are put back, unless the word is an abbreviation ("approx.", "Nr.", "ca.").
 */
const STOP_BEFORE_FIGURE = /(?<=(?:^|[\s(])(\p{Ll}{3,})\.)\s+(?=\p{N})/gu;

function missedBreaks(text: string, seg: { start: number; end: number }): { start: number; end: number }[] {
  const slice = text.slice(seg.start, seg.end);
  const parts: { start: number; end: number }[] = [];
  let from = seg.start;
  for (const m of slice.matchAll(STOP_BEFORE_FIGURE)) {
    const word = m[1]!.toLowerCase();
    if (ABBREVIATIONS.has(word) || NUMBER_ABBREVIATIONS.has(word)) continue;
    const cut = seg.start + m.index!;
    parts.push({ start: from, end: cut });
    from = cut;
  }
  parts.push({ start: from, end: seg.end });
  return parts;
}

/**
 * Splits text into trimmed sentences with Intl.Segmenter in the page language, then undoes the
 * segmenter's false breaks after abbreviations, initials, acronyms and ordinals, and moves opening
 * quotes that ICU leaves at the end of a CJK sentence onto the next one.
 */
export function splitSentences(text: string, lang: string | null = null): Sentence[] {
  const base = baseLanguage(lang) || 'en';
  const raw: { start: number; end: number }[] = [];
  for (const seg of segmenterFor(lang).segment(text))
    raw.push({ start: seg.index, end: seg.index + seg.segment.length });
  // Move trailing openers to the next segment.
  for (let i = 0; i + 1 < raw.length; i++) {
    const cur = raw[i]!;
    const m = TRAILING_OPENERS.exec(text.slice(cur.start, cur.end));
    if (m && m.index > 0) {
      const cut = cur.start + m.index;
      raw[i + 1]!.start = cut;
      cur.end = cut;
    }
  }
  const merged: { start: number; end: number }[] = [];
  for (const seg of raw) {
    const prev = merged[merged.length - 1];
    // Closing marks alone ("… avant le printemps. »", the French closing guillemet after its space) end the
    // sentence before them.
    if (prev && CLOSERS_ONLY.test(text.slice(seg.start, seg.end))) prev.end = seg.end;
    else if (
      prev &&
      isFalseBreak(
        text.slice(prev.start, prev.end),
        text.slice(seg.start, seg.end),
        base,
        text.slice(seg.start, seg.start + THRESHOLDS.quoteCloseWindowChars),
      )
    )
      prev.end = seg.end;
    else merged.push({ ...seg });
  }
  const out: Sentence[] = [];
  for (const { start, end } of merged.flatMap((seg) => missedBreaks(text, seg))) {
    const slice = text.slice(start, end);
    const lead = slice.length - slice.trimStart().length;
    const body = slice.trim();
    if (!body) continue;
    out.push({ text: body, start: start + lead, end: start + lead + body.length });
  }
  return out;
}
