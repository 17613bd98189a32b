import type { Article, KeyPoint } from '../types';
import { baseScores, isPointSized, prepareSentences, standsAlone, type PreparedSentences } from './rank-sentences';
import { pickLeadSet } from './lead-set';
import type { KeyPointModel } from './ranker-model';
import { KEYPOINT_MODEL } from './ranker-weights';
import { selectSentences } from './select-sentences';

/** `model`: the learned key-point model (ranker-model.ts); `leadSet: false` ranks greedily only. */
export type PickOptions = { count: number; model?: KeyPointModel; leadSet?: boolean };

/** Whether the article has at least two headed sections with candidate sentences. */
export function hasSections(sections: (string | null)[], title: string): boolean {
  return new Set(sections.filter((s) => s !== null && s !== title)).size >= 2;
}

/**
 * The lede of a sectioned article: the first of its intro's first two sentences that can stand alone as
 * a point (at least 8 words, not a question, not leaning on a previous sentence). "Good morning, and
 * welcome to issue #87." or "¿Llegar al trabajo antes de las seis?" is no lede. None when the article
 * starts with a section heading.
 */
function ledeOf(prepared: PreparedSentences): number[] {
  for (let i = 0; i < Math.min(2, prepared.candidates.length); i++) {
    if (prepared.candidates[i]!.section !== null) break;
    if (standsAlone(prepared, i)) return [i];
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
  // A point has at least 8 words and is no question, while enough sentences qualify.
  const eligible = (i: number): boolean => isPointSized(prepared, i);
  const initial = sectioned
    ? ledeOf(prepared)
    : leadSet && count >= model.size
      ? pickLeadSet(prepared, scores, model, eligible)
      : [];
  const picked = selectSentences(prepared, count, model, sectioned ? sections : null, initial, scores, eligible);
  return picked
    .map((i) => prepared.candidates[i]!)
    .map((c) => ({ text: c.text, section: c.section, source: { block: c.block, start: c.start, end: c.end } }));
}
