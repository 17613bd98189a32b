import { NEWS_AGENCIES } from '../rules/phrases/bylines';
import { BOILERPLATE_SENTENCES } from '../rules/phrases/boilerplate-lines';
import {
  GLUED_LABELS,
  PROMISE_ENDINGS,
  READER_HOOK_STARTS,
  REPORTING_STEP_STARTS,
  REPORTING_STEP_TIME_LEADS,
  SIGNPOST_STARTS,
  TRANSITION_PHRASES,
  WAIT_AND_SEE_PHRASES,
} from '../rules/phrases/furniture-lines';
import { alternationSource, buildPattern } from '../rules/phrase-pattern';
import { ATTRIBUTION_VERBS } from '../rules/phrases/dangling-starts';
import { THRESHOLDS } from '../rules/thresholds';
import { endsSentencesWithoutStops, hasCjk } from '../text/script';
import {
  CODE_MARKS,
  MIXED_CASE_NAME,
  SENTENCE_CLOSERS,
  SENTENCE_FIRST,
  SENTENCE_LAST,
  SENTENCE_OPENERS,
  SPEAKER_LABEL,
} from '../rules/sentence-shape';
import { estimateWords } from '../text/words';
/**
 * Cleaning of candidate sentences: datelines come off the start (the sentence stays), boilerplate
 * sentences (calls to action, credits, captions, share/follow prompts, timestamps) are dropped.
 */

/** A wire service or outlet by name, or any "The ..." publication ("The Hollywood Reporter"). */
const AGENCY = [
  ...NEWS_AGENCIES.map((name) => name.replace(/\./g, '\\.')),
  'The [A-Z][\\w.]*(?: [A-Z][\\w.]*){0,3}',
].join('|');
/** "(CNN)", "London (CNN) --", "Charleston, South Carolina (CNN)", "(The Hollywood Reporter)", "WASHINGTON (Reuters) -". */
const DATELINE = new RegExp(
  `^((?:[A-Z][\\p{L}.'’-]*(?:,?\\s+[A-Z][\\p{L}.'’-]*){0,4}(?:,? [A-Z][a-z]{2,8}\\.? \\d{1,2})?\\s*)?)\\((?:${AGENCY})\\)\\s*(?:[-–—]{1,2}\\s*)?`,
  'u',
);
/** Any wire's initials followed by a dash: "(CW) — ", "SACRAMENTO (KXTV) -- " (the dash makes it a dateline). */
const WIRE_DATELINE =
  /^((?:[A-Z][\p{L}.'’-]*(?:,?\s+[A-Z][\p{L}.'’-]*){0,4}\s*)?)\([A-Z][A-Z0-9&.-]{1,7}\)\s*[-–—]{1,2}\s*/u;
/**
 * An upper-case place dateline: "BEIJING — ", "NEW YORK, May 5 -- ", "ANAHEIM, Calif. — " (a state or country
 * after the city), "WASHINGTON (Aug. 13) -- " (the date in brackets), "NEW YORK--Verizon …" (a double or long dash
 * glued to the sentence's capital).
 */
const CAPS_DATELINE =
  /^[A-Z][A-Z .'-]{2,30}(?:,\s+[A-Z][\p{L}.]{1,12}(?:\s+[A-Z][\p{L}.]{1,12})?(?=\s*[-–—(])|,? [A-Z][a-z]{2,8}\.? \d{1,2})?(?:\s*\([A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?\))?(?:\s*[-–—]{1,2}\s+|\s*(?:--|[–—])(?=[\p{Lu}"“‘]))/u;
/**
 * Chinese, Japanese and Korean wire datelines: "新华社北京11月24日电（记者 张敏）", "中新网电", "【ワシントン=共同】",
 * "〔記者王怡婷／台中報導〕", "[한빛일보 김서연 기자]". A dateline has a date or an agency (社/网) before 电: "…伪装成充电器" is no dateline.
 */
const CJK_DATELINE =
  /^(?:(?:\p{Script=Han}{1,10}\d{1,2}月\d{1,2}日|\p{Script=Han}{1,8}?[社网網]\p{Script=Han}{0,6}?)电\s*(?:[（(][^）)]{1,24}[）)])?|【[^】]{1,24}】|〔[^〕]{1,24}〕|\[[^\]]{1,24}(?:기자|특파원|記者|记者)\])\s*/u;
/** A dateline of a date: "Feb. 23, 2015 -- ", "March 3, 2024 — ". */
const DATE_DATELINE =
  /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\s*[-–—]{1,2}\s+/u;
/** Words that open a sentence rather than name a place: "The U.S. (AP) said" is no dateline. */
const NOT_A_PLACE = /^(?:The|A|An|He|She|It|They|We|I|This|That|But|And|In|On|At|When|After|If)\b/;

/** A rubric label glued to the sentence under it: "Abstract This standard …", "Analyse Après une semaine …". */
const GLUED_LABEL_WORDS = new Set(Object.values(GLUED_LABELS).flatMap((words) => words.map((w) => w.toLowerCase())));
/** A first word and the capital after it (case matters here: "Analysis shows …" is a sentence). */
const FIRST_WORD_BEFORE_CAPITAL = /^(\p{L}+)\s+(?=["“«]?\p{Lu})/u;

/** Footnote and citation marks: "[81] ", "[a][12] ". */
const LEADING_FOOTNOTE_MARKS = /^(?:\[(?:\d{1,3}|[a-z])\]\s*)+/u;

/** A gallery's slide counter before its caption: "1/10 当全世界…", "3 / 12 The harbour at dawn". */
const SLIDE_COUNTER = /^(\d{1,2})\s?\/\s?(\d{1,2})\s+(?=[\p{Lu}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/u;

/** The slide counter opening a text, when it counts a slide of a gallery (its number no more than the total). */
function slideCounter(text: string): RegExpExecArray | null {
  const m = SLIDE_COUNTER.exec(text);
  return m && Number(m[1]) >= 1 && Number(m[1]) <= Number(m[2]) ? m : null;
}

/** Removes a leading dateline. Returns the kept text and how many characters were cut from the start. */
export function stripDateline(whole: string): { text: string; cut: number } {
  // A footnote mark the splitter left at the start belongs to the sentence before: "[81] The exact conditions ...";
  // so does a gallery's slide counter ("1/10 …").
  const marks = (LEADING_FOOTNOTE_MARKS.exec(whole) ?? slideCounter(whole))?.[0].length ?? 0;
  const text = marks < whole.length ? whole.slice(marks) : whole;
  let cut = text === whole ? 0 : marks;
  const m = DATELINE.exec(text);
  const wire = m ? null : WIRE_DATELINE.exec(text);
  if (m && !NOT_A_PLACE.test(m[1] ?? '') && m[0].length < text.length) cut += m[0].length;
  else if (wire && !NOT_A_PLACE.test(wire[1] ?? '') && wire[0].length < text.length) cut += wire[0].length;
  else {
    const other = CAPS_DATELINE.exec(text) ?? CJK_DATELINE.exec(text) ?? DATE_DATELINE.exec(text);
    if (other && other[0].length < text.length) cut += other[0].length;
  }
  const label = FIRST_WORD_BEFORE_CAPITAL.exec(whole.slice(cut));
  if (label && GLUED_LABEL_WORDS.has(label[1]!.toLowerCase()) && label[0].length < whole.length - cut)
    cut += label[0].length;
  // "JON SIEBEN: I don't think it should.": the speaker's label comes off; a bare label with nothing after stays.
  const speaker = SPEAKER_LABEL.exec(whole.slice(cut));
  if (speaker && speaker[0].length < whole.length - cut) cut += speaker[0].length;
  const rest = whole.slice(cut);
  const lead = rest.length - rest.trimStart().length;
  return { text: rest.trim(), cut: cut + lead };
}

const SIGNPOST = buildPattern([SIGNPOST_STARTS], { at: 'start' });
const TRANSITION = buildPattern([TRANSITION_PHRASES], { at: 'word' });
const READER_HOOK = buildPattern([READER_HOOK_STARTS], { at: 'start' });
const REPORTING_STEP = buildPattern([REPORTING_STEP_STARTS], { at: 'start' });
const ATTRIBUTION = buildPattern([ATTRIBUTION_VERBS], { at: 'word' });
/** A time phrase before the reporter's step: "On December 28, I reached out …", "Last week, we spoke with …". */
const LEADING_TIME = new RegExp(`^(?:${alternationSource([REPORTING_STEP_TIME_LEADS])})\\b[^,]{1,30},\\s*`, 'iu');
const WAIT_AND_SEE = buildPattern([WAIT_AND_SEE_PHRASES], { at: 'word' });
const PROMISE_END = new RegExp(`[;:—–]\\s*(?:${alternationSource([PROMISE_ENDINGS])})[^.!?;:]{0,40}[.!]?$`, 'iu');

/**
 * A sentence that only points on or hands over (furniture-lines.ts SIGNPOST_STARTS, TRANSITION_PHRASES): a short
 * signpost with nothing after it ("Here's how UGA tallied the oil-spill totals.") or a transition in a sentence of
 * middling length
 * ("… aren't the only ones calling … into question."), a hook or a wait-and-see sign-off addressed to the reader
 * ("Get ready for a wild 2017 …", "We'll have to wait and see; …"), a reporting step ("I reached out to Slack's PR
 * team …"), a dek that ends on a promise ("…; we have some advice."). It tells a reader nothing on its own.
 */
export function isHandOver(sentence: string): boolean {
  const text = sentence.replace(/^[\p{Ps}\p{Pi}"'¿¡]+\s*/u, '');
  if (SIGNPOST.test(text) && !/[:：;]/u.test(text) && estimateWords(text) <= THRESHOLDS.signpostMaxWords) return true;
  if (estimateWords(text) > THRESHOLDS.transitionMaxWords) return false;
  // A reporting step tells a fact only when it says what someone said ("I met the mayor, and she said …").
  const step = REPORTING_STEP.test(text.replace(LEADING_TIME, '')) && !ATTRIBUTION.test(text);
  return TRANSITION.test(text) || READER_HOOK.test(text) || WAIT_AND_SEE.test(text) || PROMISE_END.test(text) || step;
}

export function isBoilerplate(sentence: string): boolean {
  return BOILERPLATE_SENTENCES.some((re) => re.test(sentence));
}

/** Dates, times and time zones: "22/11/2025", "2025-11-22", "07:30", "(GMT+7)". */
const TIMESTAMP_PART =
  /\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?|\d{1,2}:\d{2}(?::\d{2})?|\(?\b(?:GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?\)?/giu;

/** A dateline of the page rather than a sentence: "Thứ bảy, 22/11/2025, 07:30 (GMT+7)", "Published 22/11/2025 at 07:30". */
function isTimestamp(sentence: string): boolean {
  if (!/\d{1,2}:\d{2}|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/u.test(sentence)) return false;
  const words = sentence.replace(TIMESTAMP_PART, ' ').match(/\p{L}+/gu)?.length ?? 0;
  if (words <= 3) return true;
  // "sexta-feira, 22 de outubro de 2010 às 20:13": a time and a year, a few words, no closing stop.
  return (
    /\d{1,2}:\d{2}/u.test(sentence) &&
    /\b(?:19|20)\d{2}\b/u.test(sentence) &&
    words <= 8 &&
    !/[.!?。！？]$/u.test(sentence)
  );
}

/** Error references and tokens: a UUID or a long hex string ("Ref 1: 3da77cc7-274c-480e-a8c3-2f41c7cf4e3d"). */
const MACHINE_ID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|\b[0-9a-f]{16,}\b/iu;

/** A link written out as text ("http://example.com/2011/09/07/fatwa/"): more than half the sentence is URL. */
function isMostlyUrl(sentence: string): boolean {
  const urls = sentence.match(/\b(?:https?:\/\/|www\.)\S+/giu) ?? [];
  return urls.join('').length > sentence.length / 2;
}

/**
 * Whether a sentence is fit to be a key point: long enough to stand alone (not "One comment read:"),
 * not boilerplate, not a timestamp, URL or machine id, and not a fragment that introduces what follows.
 */
export function isKeyPointCandidate(sentence: string): boolean {
  if (estimateWords(sentence) < THRESHOLDS.candidateMinWords) return false;
  if (isTimestamp(sentence) || isMostlyUrl(sentence) || MACHINE_ID.test(sentence)) return false;
  if (CODE_MARKS.test(sentence)) return false;
  // Mostly numbers ("수정 2025.11.20 16:30", an edit timestamp): not a sentence.
  if (!hasCjk(sentence) && (sentence.match(/\p{L}[\p{L}\p{N}]*/gu)?.length ?? 0) < 3) return false;
  if (/[:：]$/u.test(sentence)) return false;
  // A document's header block run into one line: "Network Working Group … Request for Comments: 2822 … Obsoletes:
  // 822 … Category: Standards Track Status of this Memo …". A sentence has a colon or two, not a row of labels.
  const colons = sentence.includes(':') || sentence.includes('：');
  if (colons && (sentence.match(/\p{L}[:：]\s/gu)?.length ?? 0) >= THRESHOLDS.headerBlockMinLabels) return false;
  // A table of contents run into the text: dot leaders before a page number ("comments ........11"), or a line
  // that ends on the next section's number ("RFC 2822 Internet Message Format April 2001 3.2.1.").
  if (/\.{5,}\s*\d/u.test(sentence) || /(?:^|\s)(?:[A-Z]|\d{1,3})(?:\.\d{1,3})+\.?$/u.test(sentence)) return false;
  if (!/\p{L}/u.test(sentence)) return false;
  return !isBoilerplate(sentence) && !isHandOver(sentence);
}

/**
 * Whether a sentence starts and ends like one in its language: a capital, a digit or a letter of a script
 * without case first (after opening quotes); a full stop, question or exclamation mark last (before closing
 * quotes), Chinese and Japanese stops included. Thai, Lao, Khmer and Burmese end sentences without stops.
 */
export function isWholeSentence(sentence: string, lang: string | null): boolean {
  const head = sentence.trim().replace(SENTENCE_OPENERS, '');
  if (!SENTENCE_FIRST.test(head) && !MIXED_CASE_NAME.test(head)) return false;
  if (endsSentencesWithoutStops(lang)) return true;
  return SENTENCE_LAST.test(sentence.trim().replace(SENTENCE_CLOSERS, ''));
}
