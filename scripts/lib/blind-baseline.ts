/**
 * A same-run baseline for blind judgements of key points (scripts/blind-sample.ts --baseline and
 * scripts/blind-unmask.ts): plain Readability's Lead-N, shown beside News Lens as list A or B in a seeded order,
 * and the unmasked counts once a judge has read both without knowing which is which.
 */
import { Readability } from '@mozilla/readability';
import { cleanText } from '../../utils/text/element-text';
import { splitSentences } from '../../utils/text/split-sentences';
import { documentFromHtml } from './load-document';

/** Lead-N of plain Readability: its article's paragraphs and list items in order, split into sentences. */
export function readabilityLead(html: string, n: number): string[] {
  const parsed = new Readability(documentFromHtml(html)).parse();
  if (!parsed?.content) return [];
  const article = documentFromHtml(`<body>${parsed.content}</body>`);
  const lead: string[] = [];
  for (const block of Array.from(article.querySelectorAll('p, li'))) {
    if (block.querySelector('p, li')) continue;
    for (const s of splitSentences(cleanText(block.textContent ?? ''), parsed.lang || null)) {
      const text = s.text.trim();
      if (text && lead.length < n) lead.push(text);
    }
    if (lead.length >= n) break;
  }
  return lead;
}

export type BlindList = 'A' | 'B';
export type JudgedLine = { id: string; list?: string; pageGood?: boolean; good?: boolean | number; junk?: boolean };
export type SystemCounts = { pages: number; pagesGood: number; points: number; pointsGood: number; junk: number };
export type Comparison = {
  newsLens: SystemCounts;
  baseline: SystemCounts;
  onlyNewsLens: string[];
  onlyBaseline: string[];
  notInKey: string[];
};

/** Unmasks a judge's lines with the key ({ id: the list that was News Lens }) and counts each system. */
export function compareSystems(
  key: Readonly<Record<string, BlindList>>,
  pages: readonly JudgedLine[],
  points: readonly JudgedLine[] = [],
): Comparison {
  const systemOf = (j: JudgedLine): 'newsLens' | 'baseline' | null =>
    key[j.id] && (j.list === 'A' || j.list === 'B') ? (key[j.id] === j.list ? 'newsLens' : 'baseline') : null;
  const verdicts = new Map<string, { newsLens?: boolean; baseline?: boolean }>();
  const notInKey = new Set<string>();
  for (const p of pages) {
    const s = systemOf(p);
    if (!s) {
      if (p.list === 'A' || p.list === 'B') notInKey.add(p.id);
      continue;
    }
    verdicts.set(p.id, { ...verdicts.get(p.id), [s]: p.pageGood === true });
  }
  const counts = (s: 'newsLens' | 'baseline'): SystemCounts => {
    const judged = [...verdicts.values()].filter((v) => v[s] !== undefined);
    const own = points.filter((p) => systemOf(p) === s);
    return {
      pages: judged.length,
      pagesGood: judged.filter((v) => v[s]).length,
      points: own.length,
      pointsGood: own.filter((p) => p.good === true).length,
      junk: own.filter((p) => p.junk === true).length,
    };
  };
  return {
    newsLens: counts('newsLens'),
    baseline: counts('baseline'),
    onlyNewsLens: [...verdicts].filter(([, v]) => v.newsLens && v.baseline === false).map(([id]) => id),
    onlyBaseline: [...verdicts].filter(([, v]) => v.baseline && v.newsLens === false).map(([id]) => id),
    notInKey: [...notInKey],
  };
}
