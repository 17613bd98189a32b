import type { Article, KeyPoint } from '../types';

/** First ranker: the leading sentence of each paragraph, in article order. Replaced by the real ranker. */
export function pickKeyPoints(article: Article, { count }: { count: number }): KeyPoint[] {
  const lang = article.lang ?? undefined;
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const points: KeyPoint[] = [];
  article.blocks.forEach((block, index) => {
    if (block.kind !== 'paragraph' && block.kind !== 'list-item') return;
    for (const s of segmenter.segment(block.text)) {
      const text = s.segment.trim();
      if (text.split(/\s+/).length >= 6) {
        points.push({ text, section: block.section, source: { block: index, start: s.index, end: s.index + s.segment.length } });
        break;
      }
    }
  });
  return points.slice(0, count);
}
