import type {
  FailureReason,
  PageSummary,
  PickedWhyTable,
  SignificanceLabel,
  SummarizeResult,
} from '../../../utils/types';

export const KNOWN_REASONS: readonly FailureReason[] = [
  'restricted-page',
  'not-an-article',
  'empty-page',
  'too-large',
  'injection-failed',
  'timeout',
  'extraction-failed',
];
const ORIGINS = new Set(['table', 'list', 'labelled', 'takeaways', 'picked']);
/** The labels of a picked table's rows (SignificanceLabel): the popup has a name for each of these only. */
export const SIGNIFICANCE_LABELS: readonly SignificanceLabel[] = [
  'why',
  'numbers',
  'context',
  'reaction',
  'next',
  'detail',
];

const isStringOrNull = (v: unknown): boolean => v === null || typeof v === 'string';
const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

function isWebUrl(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  try {
    return /^https?:$/.test(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** ISO 8601 (a date, optionally with a time) that also parses as a real date. */
export const isIsoDate = (v: string): boolean =>
  /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(v) && !Number.isNaN(Date.parse(v));

/**
 * Every way a PageSummary breaks the contract (utils/types.ts); [] when it is well-formed. `types` checks
 * only field types and counts; `full` also the meaning: ISO dates, key points quoted from the text, http(s) links.
 */
export function summaryProblems(s: PageSummary, maxPoints: number, level: 'types' | 'full' = 'full'): string[] {
  const full = level === 'full';
  const problems: string[] = [];
  const check = (ok: boolean, what: string): void => {
    if (!ok) problems.push(what);
  };
  check(typeof s.url === 'string', 'url is not a string');
  check(typeof s.title === 'string', 'title is not a string');
  check(isStringOrNull(s.siteName), 'siteName is not string|null');
  check(isStringOrNull(s.byline), 'byline is not string|null');
  check(isStringOrNull(s.lang), 'lang is not string|null');
  check(
    s.publishedTime === null || (typeof s.publishedTime === 'string' && (!full || isIsoDate(s.publishedTime))),
    `publishedTime is not an ISO date: ${JSON.stringify(s.publishedTime)}`,
  );
  check(typeof s.isArticle === 'boolean', 'isArticle is not a boolean');
  check(isCount(s.wordCount), `wordCount is not a count: ${s.wordCount}`);
  check(isCount(s.readingMinutes), `readingMinutes is not a count: ${s.readingMinutes}`);
  check(typeof s.text === 'string', 'text is not a string');
  check(s.truncated === undefined || typeof s.truncated === 'boolean', 'truncated is not a boolean');
  check(
    Array.isArray(s.keyPoints) && s.keyPoints.length <= maxPoints,
    `keyPoints is not an array of at most ${maxPoints}`,
  );
  const text = typeof s.text === 'string' ? squash(s.text) : '';
  for (const [i, k] of (s.keyPoints ?? []).entries()) {
    check(typeof k.text === 'string' && k.text.trim().length > 0, `keyPoints[${i}].text is empty`);
    check(isStringOrNull(k.section), `keyPoints[${i}].section is not string|null`);
    if (full)
      check(
        typeof k.text === 'string' && text.includes(squash(k.text)),
        `keyPoints[${i}] is not in the text: ${JSON.stringify(k.text).slice(0, 120)}`,
      );
    if (k.source !== undefined)
      check(
        isCount(k.source.block) && isCount(k.source.start) && isCount(k.source.end) && k.source.start <= k.source.end,
        `keyPoints[${i}].source is malformed`,
      );
  }
  const w = s.whyItMatters;
  if (w !== null) {
    check(typeof w === 'object' && typeof w.title === 'string', 'whyItMatters.title is not a string');
    check(
      Array.isArray(w.columns) && w.columns.every((c) => typeof c === 'string'),
      'whyItMatters.columns is not string[]',
    );
    check(
      Array.isArray(w.rows) && w.rows.every((r) => Array.isArray(r) && r.every((c) => typeof c === 'string')),
      'whyItMatters.rows is not string[][]',
    );
    check(ORIGINS.has(w.origin), `whyItMatters.origin is ${String(w.origin)}`);
    if (w.origin === 'picked') problems.push(...pickedProblems(w, full ? text : null));
  }
  check(Array.isArray(s.related), 'related is not an array');
  for (const [i, r] of (s.related ?? []).entries()) {
    check(typeof r.title === 'string' && r.title.trim().length > 0, `related[${i}].title is empty`);
    check(
      typeof r.url === 'string' && (!full || isWebUrl(r.url)),
      `related[${i}].url is not http(s): ${JSON.stringify(r.url).slice(0, 120)}`,
    );
    check(typeof r.source === 'string', `related[${i}].source is not a string`);
  }
  check(JSON.stringify(JSON.parse(JSON.stringify(s))) === JSON.stringify(s), 'summary is not plain JSON');
  return problems;
}

/**
 * How a picked table breaks its shape (PickedWhyTable): no title or column names (the popup supplies its own),
 * rows of [a known label, a non-empty sentence], and one well-formed source per row. With `text` (the
 * summary's, whitespace squashed), also each sentence quoted from it, as key points are.
 */
export function pickedProblems(w: PickedWhyTable, text: string | null = null): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string): void => {
    if (!ok) problems.push(what);
  };
  check(w.title === '', `picked whyItMatters.title is not '': ${JSON.stringify(w.title)}`);
  check(Array.isArray(w.columns) && w.columns.length === 0, 'picked whyItMatters.columns is not []');
  const rows: unknown[] = Array.isArray(w.rows) ? w.rows : [];
  for (const [i, row] of rows.entries()) {
    const [label, sentence] = Array.isArray(row) ? (row as unknown[]) : [];
    check(Array.isArray(row) && row.length === 2, `picked whyItMatters.rows[${i}] is not [label, sentence]`);
    check(
      SIGNIFICANCE_LABELS.includes(label as SignificanceLabel),
      `picked whyItMatters.rows[${i}] has an unknown label: ${JSON.stringify(label)}`,
    );
    check(typeof sentence === 'string' && sentence.trim() !== '', `picked whyItMatters.rows[${i}] has no sentence`);
    if (text !== null && typeof sentence === 'string')
      check(
        text.includes(squash(sentence)),
        `picked whyItMatters.rows[${i}] is not in the text: ${JSON.stringify(sentence).slice(0, 120)}`,
      );
  }
  const sources: unknown = (w as { sources?: unknown }).sources;
  check(
    Array.isArray(sources) && sources.length === rows.length,
    `picked whyItMatters.sources is not one per row (${Array.isArray(sources) ? sources.length : String(sources)} for ${rows.length} rows)`,
  );
  for (const [i, source] of (Array.isArray(sources) ? (sources as PickedWhyTable['sources']) : []).entries())
    check(
      typeof source === 'object' &&
        source !== null &&
        isCount(source.block) &&
        isCount(source.start) &&
        isCount(source.end) &&
        source.start <= source.end,
      `picked whyItMatters.sources[${i}] is malformed`,
    );
  return problems;
}

/** Every way a SummarizeResult breaks the contract; [] when it is well-formed. */
export function resultProblems(result: SummarizeResult, maxPoints: number): string[] {
  if (typeof result !== 'object' || result === null) return ['result is not an object'];
  if (result.ok === true) return summaryProblems(result.summary, maxPoints);
  const problems: string[] = [];
  if (!KNOWN_REASONS.includes(result.reason)) problems.push(`unknown reason ${String(result.reason)}`);
  if (typeof result.message !== 'string' || !result.message.trim()) problems.push('failure without a message');
  else if (/\n\s+at |\.ts:\d+|\.js:\d+/.test(result.message))
    problems.push(`message looks like a stack trace: ${result.message.slice(0, 120)}`);
  return problems;
}
