/**
 * Pure metrics of the "why this matters" table for `npm run bench:why` (scripts/bench-why.ts).
 *
 * The table is read loosely (`origin` is any string) so the benchmark runs on every version of the
 * pipeline: today's `derived` tables ([section heading, sentence]) and the coming `picked` ones
 * ([labelKey, sentence]) both carry an article sentence in their last cell; the page's own material
 * (`table`, `list`, `labelled`, `takeaways`) is page text of other shapes.
 */
import { splitSentences } from '../../utils/text/split-sentences';
import { stripDateline } from '../../utils/summary/clean-sentence';
import { letterKey } from '../../utils/text/normalize';

export type WhyTableLike = {
  origin: string;
  title?: string;
  columns?: readonly string[];
  rows: readonly (readonly string[])[];
  /** picked tables: where each row's sentence sits (block index and offsets in its text). */
  sources?: readonly { block: number; start: number; end: number }[];
};

export type BlockLike = { kind: string; text: string };

/** Origins whose last cell is a sentence picked from the article (and so must be a verbatim sentence). */
export const SENTENCE_ORIGINS: ReadonlySet<string> = new Set(['picked', 'derived']);

export function hasSentenceCells(table: Pick<WhyTableLike, 'origin'>): boolean {
  return SENTENCE_ORIGINS.has(table.origin);
}

/** A row's sentence: its last cell ('' for an empty row). */
export function sentenceOf(row: readonly string[]): string {
  return row[row.length - 1] ?? '';
}

/** The blocks the pipeline takes sentences from: paragraphs and list items (never headings, quotes, tables). */
export function proseBlocks<B extends BlockLike>(blocks: readonly B[]): B[] {
  return blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'list-item');
}

/**
 * Every whole sentence of the article as the pipeline sees it: `splitSentences(block.text, lang)` of each
 * paragraph and list item, each with its leading dateline cut off (`stripDateline`), as
 * collectCandidates does before it filters. A verbatim sentence cell must be one of these.
 */
export function wholeSentences(blocks: readonly BlockLike[], lang: string | null): Set<string> {
  const out = new Set<string>();
  for (const block of proseBlocks(blocks))
    for (const s of splitSentences(block.text, lang)) {
      const { text } = stripDateline(s.text);
      if (text) out.add(text);
    }
  return out;
}

/**
 * What ends a sentence in running text: a stop (., !, ?, …), then any closing quotes or brackets (Unicode
 * Pe and Pf: ) ] ” ’ » 」 』 ）, and straight quotes), then white space; a CJK stop (。！？), then any closers
 * (no space needed); or a line break.
 */
const BOUNDARY = /[.!?…][\p{Pe}\p{Pf}"']*\s+|[。！？][\p{Pe}\p{Pf}"']*\s*|\n\s*/gu;
/** A sentence whose last characters close it: a stop and any closing quotes or brackets. */
const CLOSED = /[.!?…。！？][\p{Pe}\p{Pf}"']*$/u;

/** Where the sentence around `index` starts: after the last boundary before it (0 when none). */
function sentenceStart(text: string, index: number): number {
  let start = 0;
  for (const m of text.slice(0, index).matchAll(BOUNDARY)) start = m.index + m[0].length;
  return start;
}

/** Whether `sentence` at `index` of `text` starts where a sentence starts (perhaps after a dateline). */
function startsAtBoundary(text: string, index: number, sentence: string): boolean {
  const start = sentenceStart(text, index);
  if (start === index) return true;
  // "(CNN) -- The man said ..." or "BEIJING — ...": the pipeline cuts the dateline and keeps the rest.
  const { text: rest, cut } = stripDateline(text.slice(start, index + sentence.length));
  return cut === index - start && rest === sentence;
}

/**
 * Whether `sentence` at `index` of `text` ends where a sentence ends. Invisible format characters (a
 * left-to-right mark, a zero-width space, which trim() keeps) count as white space.
 */
function endsAtBoundary(text: string, index: number, full: string): boolean {
  const after = text.slice(index + full.length);
  const sentence = full.replace(/\p{Cf}+$/u, '');
  if (sentence !== full && /\s$/u.test(sentence)) return CLOSED.test(sentence.trimEnd());
  if (!after.trim()) return true;
  if (/^[ \t]*\n/u.test(after)) return true;
  if (/[。！？][\p{Pe}\p{Pf}"']*$/u.test(sentence)) return true;
  return CLOSED.test(sentence) && /^\s/u.test(after);
}

/**
 * Text-only check, independent of the sentence splitter: some occurrence of `sentence` in one of the
 * texts starts at a sentence start (text start, after a boundary, or right after a dateline) and ends at
 * a sentence end (text end, a line break, or a closing stop followed by white space).
 */
export function atSentenceBoundaries(sentence: string, texts: readonly string[]): boolean {
  if (!sentence || sentence !== sentence.trim()) return false;
  for (const text of texts) {
    for (let i = text.indexOf(sentence); i >= 0; i = text.indexOf(sentence, i + 1))
      if (startsAtBoundary(text, i, sentence) && endsAtBoundary(text, i, sentence)) return true;
  }
  return false;
}

export type VerbatimReason =
  /** One of the article's whole sentences. */
  | 'ok'
  /**
   * Whole sentences of one quotation, at sentence boundaries: the pipeline keeps a quote of up to four sentences
   * together ("She didn't say why. She just said 'hold the bucket,'" the principal said.) rather than cut it.
   */
  | 'one-quotation'
  /** Not in the article's text at all: rewritten, trimmed or invented. */
  | 'not-in-text'
  /** In the text, but not inside one paragraph or list item (a heading, quote, table cell, or across blocks). */
  | 'not-in-prose'
  /** In a paragraph, but it starts or ends inside a sentence: a clause or a fragment. */
  | 'fragment'
  /**
   * At sentence boundaries by punctuation, but not one sentence of the splitter: several merged, split
   * differently, or with the dateline the pipeline cuts off still on.
   */
  | 'not-one-sentence';

export type VerbatimCheck = {
  /** Equals one of the article's whole sentences (`wholeSentences`): the metric. */
  ok: boolean;
  /** Occurs in the article's text and starts and ends at sentence boundaries (`atSentenceBoundaries`): a cross-check. */
  boundaries: boolean;
  reason: VerbatimReason;
};

export type ArticleText = {
  /** The article's main text (PageSummary.text). */
  text: string;
  /** Texts of its paragraphs and list items. */
  prose: readonly string[];
  /** wholeSentences of its blocks. */
  sentences: ReadonlySet<string>;
};

export function articleText(blocks: readonly BlockLike[], lang: string | null, text: string): ArticleText {
  return { text, prose: proseBlocks(blocks).map((b) => b.text), sentences: wholeSentences(blocks, lang) };
}

/**
 * Whether a table's sentence cell is a whole verbatim sentence of the article. `ok` needs the sentence to be
 * in the text and to equal one of the splitter's sentences (after dateline stripping); `reason` says which
 * part failed first.
 */
export function checkVerbatim(sentence: string, article: ArticleText): VerbatimCheck {
  const inText = sentence.length > 0 && article.text.includes(sentence);
  const inProse = inText && article.prose.some((p) => p.includes(sentence));
  const boundaries = inProse && atSentenceBoundaries(sentence, article.prose);
  const one = inText && article.sentences.has(sentence);
  const quotation = !one && boundaries && isOneQuotation(sentence);
  const ok = one || quotation;
  const reason: VerbatimReason = one
    ? 'ok'
    : quotation
      ? 'one-quotation'
      : !inText
        ? 'not-in-text'
        : !inProse
          ? 'not-in-prose'
          : !boundaries
            ? 'fragment'
            : 'not-one-sentence';
  return { ok, boundaries, reason };
}

/** Whether a text holds a whole quotation: an opening mark, and every mark it opens closed again. */
function isOneQuotation(text: string): boolean {
  const pairs: [string, string][] = [
    ['“', '”'],
    ['«', '»'],
    ['„', '“'],
    ['「', '」'],
    ['『', '』'],
  ];
  const count = (ch: string) => text.split(ch).length - 1;
  const straight = count('"');
  const curly = pairs.filter(([open]) => text.includes(open));
  if (straight === 0 && curly.length === 0) return false;
  if (straight % 2 !== 0) return false;
  // „…“ closes with the mark that opens English quotes: count „ against “ only where „ is used.
  if (text.includes('„')) return count('„') === count('“');
  return curly.every(([open, close]) => count(open) === count(close));
}

/**
 * A picked row's `source` points at its sentence: `blocks[block].text.slice(start, end) === sentence`.
 * Null when the table gives no source for the row.
 */
export function sourceMatches(
  sentence: string,
  source: { block: number; start: number; end: number } | undefined,
  blocks: readonly BlockLike[],
): boolean | null {
  if (!source) return null;
  return blocks[source.block]?.text.slice(source.start, source.end) === sentence;
}

/**
 * Whether a cell repeats a key point: the same text ('exact'), or the same letters and digits whatever
 * the case, punctuation and spacing ('letters', via letterKey); null when it repeats none.
 */
export function repeatOf(cell: string, keyPoints: readonly string[]): 'exact' | 'letters' | null {
  if (keyPoints.includes(cell)) return 'exact';
  const key = letterKey(cell);
  if (key && keyPoints.some((k) => letterKey(k) === key)) return 'letters';
  return null;
}

/** Counts of each value, most frequent first (ties in order of first appearance). */
export function distribution(values: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/** The q-quantile (0..1) by linear interpolation between closest ranks (NaN for no values). */
export function percentile(values: readonly number[], q: number): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const pos = Math.min(1, Math.max(0, q)) * (s.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

export function minMedianMax(values: readonly number[]): { min: number; median: number; max: number } {
  return values.length
    ? { min: Math.min(...values), median: percentile(values, 0.5), max: Math.max(...values) }
    : { min: NaN, median: NaN, max: NaN };
}

/** A share as "k/n p%" (n = 0 gives "0/0 -"). */
export function share(k: number, n: number): string {
  return n ? `${k}/${n} ${((100 * k) / n).toFixed(1)}%` : `${k}/0 -`;
}

/** PASS when the value meets the target, MISS otherwise, '-' when there is nothing to measure. */
export function verdict(value: number, op: '>=' | '<=' | '==', target: number): 'PASS' | 'MISS' | '-' {
  if (Number.isNaN(value)) return '-';
  const met = op === '>=' ? value >= target - 1e-12 : op === '<=' ? value <= target + 1e-12 : value === target;
  return met ? 'PASS' : 'MISS';
}

export { seededRandom } from './seeded-random';

/** The items in a random order (Fisher-Yates with `random`); the input is not changed. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The article ids of earlier samples (JSON Lines, one object with an `id` a line), to leave out of a new one. */
export function excludedIds(samples: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const text of samples)
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      const { id } = JSON.parse(line) as { id?: unknown };
      if (typeof id === 'string') ids.add(id);
    }
  return ids;
}

/**
 * `n` items drawn without replacement, mixed from the groups: the groups take turns (so a small corpus is
 * not drowned by a large one), each giving a random item of its own until it runs out; the result is
 * shuffled so the order does not tell the groups apart.
 */
export function sampleMixed<T>(groups: readonly (readonly T[])[], n: number, random: () => number): T[] {
  const pools = groups.map((g) => shuffled(g, random));
  const out: T[] = [];
  while (out.length < n && pools.some((p) => p.length))
    for (const pool of pools) if (out.length < n && pool.length) out.push(pool.pop()!);
  return shuffled(out, random);
}
