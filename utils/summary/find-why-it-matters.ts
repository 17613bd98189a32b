import type { Article, WhyItMatters } from '../types';

const WHY = /why (this|it) matters|what it means|key takeaways/i;

export function findWhyItMatters(article: Article): WhyItMatters | null {
  for (const block of article.blocks) {
    if (block.kind === 'table' && block.section && WHY.test(block.section)) {
      return { title: block.section, columns: block.table.columns, rows: block.table.rows, origin: 'table' };
    }
  }
  return null;
}
