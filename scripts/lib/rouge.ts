import { stemmer } from 'stemmer';

/**
 * ROUGE with ROUGE-1.5.5 semantics (as run with `-m`, the setting the summarization literature reports):
 * lowercase, every character outside [a-z0-9] becomes a space, tokens are the remaining runs, and
 * tokens longer than 3 characters are Porter-stemmed (the `stemmer` package implements the same
 * Porter algorithm as ROUGE's Perl port, including its "bli"->"ble" and "logi"->"log" steps).
 * R1/R2 are clipped n-gram overlaps; ROUGE-Lsum is the summary-level LCS: for each reference sentence
 * the union of its LCS hits with every candidate sentence, each token counted at most as often as it
 * occurs in both summaries.
 */

export type Prf = { p: number; r: number; f: number };
export type RougeScores = { r1: Prf; r2: Prf; rLsum: Prf };

export function tokenize(text: string, stem = true): string[] {
  const tokens = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  return stem ? tokens.map((t) => (t.length > 3 ? stemmer(t) : t)) : tokens;
}

function prf(hits: number, candidateTotal: number, referenceTotal: number): Prf {
  const p = candidateTotal ? hits / candidateTotal : 0;
  const r = referenceTotal ? hits / referenceTotal : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function rougeN(candidate: string[], reference: string[], n: number): Prf {
  const c = ngramCounts(candidate, n);
  const r = ngramCounts(reference, n);
  let hits = 0;
  for (const [gram, count] of c) hits += Math.min(count, r.get(gram) ?? 0);
  return prf(hits, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

/** Indices in `a` of one longest common subsequence of `a` and `b` (ties resolved like rouge-score). */
export function lcsIndices(a: string[], b: string[]): number[] {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Uint16Array(rows * cols);
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      table[i * cols + j] =
        a[i - 1] === b[j - 1]
          ? table[(i - 1) * cols + j - 1]! + 1
          : Math.max(table[(i - 1) * cols + j]!, table[i * cols + j - 1]!);
    }
  }
  const out: number[] = [];
  let i = a.length;
  let j = b.length;
  while (i > 0 && j > 0) {
    if (a[i - 1] === b[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
    } else if (table[i * cols + j - 1]! > table[(i - 1) * cols + j]!) j--;
    else i--;
  }
  return out.reverse();
}

/** Summary-level ROUGE-L over sentence lists (already tokenized). */
export function rougeLsum(candidate: string[][], reference: string[][]): Prf {
  const m = reference.reduce((s, x) => s + x.length, 0);
  const n = candidate.reduce((s, x) => s + x.length, 0);
  if (!m || !n) return { p: 0, r: 0, f: 0 };
  const countsOf = (sentences: string[][]): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const s of sentences) for (const t of s) counts.set(t, (counts.get(t) ?? 0) + 1);
    return counts;
  };
  const refLeft = countsOf(reference);
  const candLeft = countsOf(candidate);
  let hits = 0;
  for (const ref of reference) {
    const union = new Set<number>();
    for (const cand of candidate) for (const i of lcsIndices(ref, cand)) union.add(i);
    for (const i of [...union].sort((x, y) => x - y)) {
      const t = ref[i]!;
      if ((refLeft.get(t) ?? 0) > 0 && (candLeft.get(t) ?? 0) > 0) {
        hits++;
        refLeft.set(t, refLeft.get(t)! - 1);
        candLeft.set(t, candLeft.get(t)! - 1);
      }
    }
  }
  return prf(hits, n, m);
}

/** ROUGE-1, ROUGE-2 and ROUGE-Lsum of candidate sentences against reference sentences. */
export function rouge(candidateSentences: string[], referenceSentences: string[]): RougeScores {
  const cand = candidateSentences.map((s) => tokenize(s));
  const ref = referenceSentences.map((s) => tokenize(s));
  const flatC = cand.flat();
  const flatR = ref.flat();
  return { r1: rougeN(flatC, flatR, 1), r2: rougeN(flatC, flatR, 2), rLsum: rougeLsum(cand, ref) };
}
