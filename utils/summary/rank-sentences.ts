import type { Article } from '../types';
import { collectCandidates, type Candidate } from './collect-candidates';
import { sentenceScore, type KeyPointModel } from './ranker-model';
import { KEYPOINT_MODEL } from './ranker-weights';
import { FEATURE_NAMES, sentenceFeatures, type Features } from './sentence-features';
import { termPairs, terms } from './term-vectors';
import { THRESHOLDS } from '../rules/thresholds';
import { readsAs } from '../text/detect-language';
import { RANKER_LEXICON } from './ranker-lexicon';
import { parseLexicon, type TermLexicon } from './term-lexicon';

/** An article's candidate sentences with everything the model needs, computed once. */
export type PreparedSentences = {
  candidates: Candidate[];
  features: Features[];
  /** Distinct terms of each candidate. */
  termSets: string[][];
  /** Words per candidate (CJK characters count as half a word), at least 5. */
  lengths: number[];
};

const pairsByPrepared = new WeakMap<PreparedSentences, Set<string>[]>();

/** Distinct adjacent term pairs of candidate `i` (for a set's shared word pairs), computed on first use. */
export function termPairsOf(prepared: PreparedSentences, i: number): Set<string> {
  let all = pairsByPrepared.get(prepared);
  if (!all) pairsByPrepared.set(prepared, (all = []));
  return (all[i] ??= termPairs(terms(prepared.candidates[i]!.text)));
}

/** Headings that name the article's sections (the title, when it is a real title, counts too). */
export function headingsOf(article: Article): string[] {
  const headings = article.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
  const title = /^https?:\/\//.test(article.title) ? '' : article.title;
  return title ? [title, ...headings] : headings;
}

/** One preparation per Article object: pickKeyPoints and findWhyItMatters read the same page. */
const preparedByArticle = new WeakMap<Article, PreparedSentences>();

/**
 * The article's candidates, features and term sets. Memoised by the Article object (the pipeline
 * never mutates an Article once extracted), so the key points and the derived "why this matters"
 * table share one preparation per page.
 */
export function prepareSentences(article: Article, lexicon: TermLexicon = shippedLexicon()): PreparedSentences {
  let prepared = preparedByArticle.get(article);
  if (!prepared) {
    prepared = computePrepared(article, lexicon);
    preparedByArticle.set(article, prepared);
  }
  return prepared;
}

let lexicon: TermLexicon | null = null;
/** The fitted term lexicon (ranker-lexicon.ts), parsed on first use. */
export const shippedLexicon = (): TermLexicon => (lexicon ??= parseLexicon(RANKER_LEXICON));

function computePrepared(article: Article, table: TermLexicon): PreparedSentences {
  const candidates = collectCandidates(article);
  let sample = '';
  for (const c of candidates) {
    if (sample.length >= THRESHOLDS.languageSampleChars) break;
    sample += `${c.text} `;
  }
  const applies = readsAs(article.lang, sample, table.language);
  const features = sentenceFeatures(candidates, headingsOf(article), { table, applies });
  const lengthAt = sentenceFeatures.lengthIndex;
  return {
    candidates,
    features,
    // Each vector holds the sentence's distinct terms in order of first use: [...new Set(terms(text))].
    termSets: features.map((f) => [...f.vector.keys()]),
    lengths: features.map((f) => Math.max(5, (f.values[lengthAt] ?? 0) * 30)),
  };
}

/** The learned model's score of each sentence on its own (ranker-model.ts). */
export function baseScores(prepared: PreparedSentences, model: KeyPointModel = KEYPOINT_MODEL): number[] {
  return prepared.features.map((f) => sentenceScore(model, f.values));
}

const QUESTION_AT = FEATURE_NAMES.indexOf('question');
const DANGLING_AT = FEATURE_NAMES.indexOf('danglingStart');

/**
 * Whether candidate `i` can stand alone as a point or a section's summary: at least 8 words, not a
 * question, not leaning on a previous sentence ("But...", "Они..."). "Good morning, and welcome to
 * issue #87." or "¿Llegar al trabajo antes de las seis?" does not.
 */
export function standsAlone(prepared: PreparedSentences, i: number): boolean {
  const values = prepared.features[i]?.values;
  return (
    !!values && prepared.lengths[i]! >= THRESHOLDS.standAloneMinWords && !values[QUESTION_AT] && !values[DANGLING_AT]
  );
}

/**
 * Whether candidate `i` can be a key point chosen by the model: at least 8 words and not a question.
 * (A dangling start is left to the model, which weighs it: on news, "He said ..." is often a real point.)
 */
export function isPointSized(prepared: PreparedSentences, i: number): boolean {
  const values = prepared.features[i]?.values;
  return !!values && prepared.lengths[i]! >= THRESHOLDS.standAloneMinWords && !values[QUESTION_AT];
}
