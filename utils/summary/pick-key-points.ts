import type { Article, KeyPoint } from '../types';
import { prepareSentences } from './rank-sentences';
import { DEFAULT_MODEL, type RankerModel } from './ranker-model';
import { selectSentences } from './select-sentences';

export type PickOptions = { count: number; model?: RankerModel };

/** Whether the article has at least two headed sections with candidate sentences. */
export function hasSections(sections: (string | null)[], title: string): boolean {
  return new Set(sections.filter((s) => s !== null && s !== title)).size >= 2;
}

/**
 * The `count` most important whole sentences, in article order, each with its section and where it
 * sits (block index, character offsets). When the article has headed sections, the sections take
 * turns (best first) so the points cover the article instead of piling up in its first part.
 */
export function pickKeyPoints(article: Article, { count, model = DEFAULT_MODEL }: PickOptions): KeyPoint[] {
  if (count <= 0) return [];
  const prepared = prepareSentences(article);
  const sections = prepared.candidates.map((c) => c.section);
  const picked = selectSentences(prepared, count, model, hasSections(sections, article.title) ? sections : null);
  return picked
    .map((i) => prepared.candidates[i]!)
    .map((c) => ({ text: c.text, section: c.section, source: { block: c.block, start: c.start, end: c.end } }));
}
