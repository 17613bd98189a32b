import type { Article, KeyPoint } from '../types';
import { baseScores, isPointSized, prepareSentences, standsAlone, type PreparedSentences } from './rank-sentences';
import { pickLeadSet } from './lead-set';
import type { KeyPointModel } from './ranker-model';
import { KEYPOINT_MODEL } from './ranker-weights';
import { selectSentences } from './select-sentences';
import { cosine } from './term-vectors';
import { alternationSource, buildPattern } from '../rules/phrase-pattern';
import {
  DANGLING_STARTS,
  LEANING_CONNECTIVES,
  LEANING_STARTS,
  FIGURE_REFERENCES,
  TIME_DEMONSTRATIVES,
} from '../rules/phrases/dangling-starts';
import { STOPWORDS } from '../rules/stopwords';
import { THRESHOLDS } from '../rules/thresholds';
import { BARE_QUOTATION, BRACKETED_ASIDE } from '../rules/sentence-shape';
import { longestSharedRun } from '../text/shared-run';

/** `model`: the learned key-point model (ranker-model.ts); `leadSet: false` ranks greedily only. */
export type PickOptions = { count: number; model?: KeyPointModel; leadSet?: boolean };

/** Whether the article has at least two headed sections with candidate sentences. */
export function hasSections(sections: (string | null)[], title: string): boolean {
  return new Set(sections.filter((s) => s !== null && s !== title)).size >= 2;
}

/** A sentence that opens leaning on the one before it: "He said ...", "This comes after ...", "Respectively, ...". */
const LEANING = buildPattern([DANGLING_STARTS, LEANING_STARTS], { at: 'start' });
/** "Israeli courts, however, have declared...": a connective in the first clause leans back too. */
const LEANING_CLAUSE = new RegExp(`^[^,]{1,40},\\s*${alternationSource([LEANING_CONNECTIVES])}\\s*,`, 'iu');
/** "This week marks ...": a demonstrative that names a time does not lean back. */
const TIME_OPENING = buildPattern([TIME_DEMONSTRATIVES], { at: 'start' });
const OPENING_MARKS = /^[\p{Ps}\p{Pi}"'¿¡]+\s*/u;
/** "Figure 6 shows …", "the chart below": a sentence pointing at something the key points do not show. */
const FIGURE_REFERENCE = buildPattern([FIGURE_REFERENCES], { at: 'word' });

/**
 * Openers that always lean back, in every part of a story ("Respectively, ...", "Eso fue ...", "Zudem ..."), and
 * sentences from the middle of a quote whose speaker another sentence names ("Ele não era presidente, mas fui ...").
 */
const LEANING_OPENERS = buildPattern([LEANING_STARTS], { at: 'start' });

function opensLeaning(prepared: PreparedSentences, i: number): boolean {
  const candidate = prepared.candidates[i]!;
  return !!candidate.inQuote || leansByItsWords(candidate.text);
}

/**
 * Whether a sentence leans on the page around it by its own words: an opener that always leans back, a pointer at a
 * figure, an aside in brackets, a bare quotation (the "why this matters" table reads it too).
 */
export function leansByItsWords(sentence: string): boolean {
  const text = sentence.replace(OPENING_MARKS, '');
  return (
    (LEANING_OPENERS.test(text) && !TIME_OPENING.test(text)) ||
    FIGURE_REFERENCE.test(text) ||
    BRACKETED_ASIDE.test(sentence) ||
    BARE_QUOTATION.test(sentence.trim())
  );
}

/** Whether candidate `i` leans on the sentence before it, or is a sentence from the middle of someone's quote. */
function leansBack(prepared: PreparedSentences, i: number): boolean {
  const candidate = prepared.candidates[i]!;
  const text = candidate.text.replace(OPENING_MARKS, '');
  return (
    !!candidate.inQuote ||
    (LEANING.test(text) && !TIME_OPENING.test(text)) ||
    LEANING_CLAUSE.test(text) ||
    FIGURE_REFERENCE.test(text) ||
    BRACKETED_ASIDE.test(candidate.text) ||
    BARE_QUOTATION.test(candidate.text.trim())
  );
}

/** A capitalised word: a name's part ("Emery", "Lladanosa"). */
const NAME_WORD = "\\p{Lu}[\\p{Ll}\\p{M}'’-]+";
/** Two capitalised words in a row, after a word of the sentence (not its first word): a full name ("David Emery"). */
const FULL_NAME = new RegExp(`(?<=[\\p{L}\\p{N},;:]\\s)(${NAME_WORD})\\s(${NAME_WORD})(?!\\p{L})`, 'gu');
/**
 * The subject of a sentence as one capitalised word: "Emery, a writer…", "Forte said…", "Volker and Morrison…" (not
 * the first of a full name: "Ellen Fetter had…").
 */
const BARE_SUBJECT = new RegExp(`^(${NAME_WORD})(?=,?\\s+\\P{Lu})`, 'u');

/**
 * For each last word of a name the article writes in full ("Emery" of "David Emery"), the first sentence that does.
 * Only in scripts with capitals; the first word must not be a common word ("The Emery", "In Madrid").
 */
const introductions = new WeakMap<PreparedSentences, Map<string, number>>();
function introducedNames(prepared: PreparedSentences): Map<string, number> {
  let names = introductions.get(prepared);
  if (names) return names;
  names = new Map();
  prepared.candidates.forEach((c, i) => {
    for (const m of c.text.matchAll(FULL_NAME)) {
      if (STOPWORDS.has(m[1]!.toLowerCase()) || names!.has(m[2]!)) continue;
      names!.set(m[2]!, i);
    }
  });
  introductions.set(prepared, names);
  return names;
}

/**
 * Whether sentence i names its subject by a surname alone ("Emery, a writer for …", "Forte said he expects …") that
 * an earlier sentence introduced in full ("David Emery") and neither the title nor a chosen point names: the reader would
 * not know who that is (blind looks at pools O and P: "a player never named", "points naming people never
 * introduced").
 */
export function namesUnintroduced(
  prepared: PreparedSentences,
  i: number,
  chosen: readonly number[],
  title = '',
): boolean {
  const text = prepared.candidates[i]!.text;
  const surname = BARE_SUBJECT.exec(text)?.[1];
  if (!surname || STOPWORDS.has(surname.toLowerCase())) return false;
  const first = introducedNames(prepared).get(surname);
  if (first === undefined || first >= i) return false;
  const named = new RegExp(`(?<![\\p{L}])${surname}(?![\\p{L}])`, 'u');
  return !named.test(title) && !chosen.some((j) => named.test(prepared.candidates[j]!.text));
}

/** The share of `a`'s terms that `b` holds. */
function containedShare(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0) return 0;
  const inB = new Set(b);
  return a.filter((t) => inB.has(t)).length / a.length;
}

/** A sentence's words, lower-cased (each Chinese or Japanese character a word), memoised per prepared article. */
const wordCache = new WeakMap<PreparedSentences, string[][]>();
function wordsOf(prepared: PreparedSentences, i: number): string[] {
  let all = wordCache.get(prepared);
  if (!all) wordCache.set(prepared, (all = []));
  return (all[i] ??= prepared.candidates[i]!.text.toLowerCase().match(WORD_OR_CJK) ?? []);
}
const WORD_OR_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu;

/**
 * A quotation that restates the sentence reporting it, or the other way round: a run of the same words in
 * order ("… réfléchit à des changements dans les participations …" and «… nous réfléchissons à des changements
 * dans les participations de l'État.») that covers a good share of the shorter sentence. Two sentences of the
 * writer's own that share a phrase ("its video hosting platform and") are no repeat.
 */
function restates(prepared: PreparedSentences, i: number, j: number): boolean {
  if (![i, j].some((k) => OPENING_QUOTE.test(prepared.candidates[k]!.text))) return false;
  const [a, b] = [wordsOf(prepared, i), wordsOf(prepared, j)];
  const run = longestSharedRun(a, b);
  return run >= THRESHOLDS.restatedRunMinWords && run >= Math.min(a.length, b.length) * THRESHOLDS.restatedRunMinShare;
}
const OPENING_QUOTE = /^["“„«「『‘]/u;

/**
 * Whether candidate `i` says again what a chosen point says: term cosine at least keyPointMaxSimilarity, nearly
 * all the terms of one are in the other ("Tempor incididunt ut labore." inside a longer sentence that has them all),
 * or a quotation restates the sentence reporting it in the same run of words.
 */
export function repeats(prepared: PreparedSentences, i: number, chosen: readonly number[]): boolean {
  const v = prepared.features[i]!.vector;
  const own = prepared.termSets[i]!;
  return chosen.some((j) => {
    if (cosine(v, prepared.features[j]!.vector) >= THRESHOLDS.keyPointMaxSimilarity) return true;
    const other = prepared.termSets[j]!;
    const [small, large] = own.length <= other.length ? [own, other] : [other, own];
    if (small.length >= 4 && containedShare(small, large) >= THRESHOLDS.keyPointMaxContained) return true;
    return restates(prepared, i, j);
  });
}

/**
 * A chosen point that leans on its predecessor ("He said ...") gives way to that predecessor when it sits just
 * before it in the same paragraph, is not chosen yet and `fits` (stands alone as a point): the sentence that names
 * who and what. Returns candidate indices in article order.
 */
export function preferPredecessors(
  prepared: PreparedSentences,
  picked: number[],
  fits: (i: number) => boolean,
): number[] {
  const out = [...picked];
  for (let k = 0; k < out.length; k++) {
    const i = out[k]!;
    const prev = i - 1;
    if (prev < 0 || !leansBack(prepared, i) || out.includes(prev)) continue;
    const [a, b] = [prepared.candidates[prev]!, prepared.candidates[i]!];
    if (a.block !== b.block || a.inBlock + 1 !== b.inBlock || a.section !== b.section) continue;
    if (fits(prev)) out[k] = prev;
  }
  return out.sort((x, y) => x - y);
}

/**
 * The rules applied around the model's lead set, for the first `n` candidates, as numbers the fit can replay
 * (scripts/lib/keypoint-fit.ts): `eligible` (the lead set draws from these while at least `size` qualify),
 * `swap` (the point gives way to the sentence just before it, when that one is not chosen) and `repeat`
 * (pairs i < j, in combinations() order, that say the same thing: the later one is dropped).
 */
export function leadSetRules(
  prepared: PreparedSentences,
  n: number,
): { eligible: number[]; swap: number[]; repeat: number[] } {
  const fits = (i: number): boolean => isPointSized(prepared, i) && !leansBack(prepared, i);
  const eligible: number[] = [];
  const swap: number[] = [];
  const repeat: number[] = [];
  for (let i = 0; i < n; i++) {
    eligible.push(isPointSized(prepared, i) && !opensLeaning(prepared, i) ? 1 : 0);
    swap.push(preferPredecessors(prepared, [i], fits)[0] === i - 1 ? 1 : 0);
    for (let j = i + 1; j < n; j++) repeat.push(repeats(prepared, j, [i]) ? 1 : 0);
  }
  return { eligible, swap, repeat };
}

/**
 * The lede of a sectioned article: the first of its intro's first two sentences that can stand alone as
 * a point (at least 8 words, not a question, not leaning on a previous sentence, not a bare quotation whose
 * speaker is unnamed). "Good morning, and welcome to issue #87.", "¿Llegar al trabajo antes de las seis?" or
 * "\"Welcome to the 46th annual Angola Prison Rodeo!\"" is no lede. None when the article
 * starts with a section heading.
 */
function ledeOf(prepared: PreparedSentences): number[] {
  for (let i = 0; i < Math.min(2, prepared.candidates.length); i++) {
    if (prepared.candidates[i]!.section !== null) break;
    if (standsAlone(prepared, i) && !opensLeaning(prepared, i)) return [i];
  }
  return [];
}

/**
 * The `count` most important whole sentences, in article order, each with its section and where it
 * sits (block index, character offsets). When the article has headed sections, the sections take
 * turns (best first) so the points cover the article instead of piling up in its first part, and the
 * lede (the intro's first sentence) is always among them. Otherwise the first `leadSet.size` points
 * are the best set among the article's first sentences (lead-set.ts) and any further points are added
 * greedily by the same model.
 */
export function pickKeyPoints(
  article: Article,
  { count, model = KEYPOINT_MODEL, leadSet = true }: PickOptions,
): KeyPoint[] {
  if (count <= 0) return [];
  const prepared = prepareSentences(article);
  const sections = prepared.candidates.map((c) => c.section);
  const sectioned = hasSections(sections, article.title);
  // Sectioned: the lede (the article's first sentence, in its intro) opens the points, news-style.
  const scores = baseScores(prepared, model);
  // A point has at least 8 words and is no question. Beyond the lead set it also does not lean on the sentence
  // before it and does not repeat a chosen point, while enough sentences qualify. The lead set (the first three
  // points of an unsectioned story) is the model's: fitted on news, it weighs a pronoun or "But" itself (leaving
  // them out of the lead costs 0.5-0.8 ROUGE-1 on CNN/DailyMail); only openers that always lean back
  // (LEANING_STARTS: "Respectively", "Eso fue", "Zudem") and sentences from inside a quote are kept out of it.
  const fits = (i: number): boolean => isPointSized(prepared, i) && !leansBack(prepared, i);
  const eligible = (i: number, chosen: readonly number[] = []): boolean =>
    fits(i) && !repeats(prepared, i, chosen) && !namesUnintroduced(prepared, i, chosen, article.title);
  const initial = sectioned
    ? ledeOf(prepared)
    : leadSet && count >= model.size
      ? pickLeadSet(prepared, scores, model, (i) => isPointSized(prepared, i) && !opensLeaning(prepared, i))
      : [];
  const selected = selectSentences(prepared, count, model, sectioned ? sections : null, initial, scores, eligible);
  // Any point, the lead set's too, that leans on the sentence just before it gives way to that sentence.
  const substituted = preferPredecessors(prepared, selected, fits);
  // A repeat is never shown, even when the page has nothing else to offer: fewer points rather than the same twice.
  const picked: number[] = [];
  for (const i of substituted) if (!repeats(prepared, i, picked)) picked.push(i);
  return picked
    .map((i) => prepared.candidates[i]!)
    .map((c) => ({ text: c.text, section: c.section, source: { block: c.block, start: c.start, end: c.end } }));
}
