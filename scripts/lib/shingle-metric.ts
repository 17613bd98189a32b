/**
 * The Article Extraction Benchmark metric (scrapinghub/article-extraction-benchmark):
 * 4-token shingles as multisets, per-page tp/fp/fn normalised so every page weighs the same,
 * corpus precision/recall as means of page values, F1 as their harmonic mean.
 */

const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Every run of 4 consecutive tokens as a multiset; 1-3 tokens give one shingle; none gives none. */
export function shingles(tokens: readonly string[], size = 4): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string): void => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  if (tokens.length === 0) return counts;
  if (tokens.length < size) {
    add(tokens.join('\u0000'));
    return counts;
  }
  for (let i = 0; i + size <= tokens.length; i++) add(tokens.slice(i, i + size).join('\u0000'));
  return counts;
}

export type PageScore = {
  /** Normalised so tp + fp + fn = 1 (all 0 when both texts are empty). */
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  predictionEmpty: boolean;
  truthEmpty: boolean;
  exact: boolean;
};

export function scorePage(prediction: string, truth: string): PageScore {
  const predTokens = tokenize(prediction);
  const truthTokens = tokenize(truth);
  const pred = shingles(predTokens);
  const gold = shingles(truthTokens);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, n] of pred) {
    const m = gold.get(key) ?? 0;
    tp += Math.min(n, m);
    fp += Math.max(0, n - m);
  }
  for (const [key, m] of gold) fn += Math.max(0, m - (pred.get(key) ?? 0));
  const total = tp + fp + fn;
  if (total > 0) {
    tp /= total;
    fp /= total;
    fn /= total;
  }
  // As evaluate.py: 1 when nothing is wrong (fp = fn = 0), 0 when the ratio is 0/0.
  const precision = fp === 0 && fn === 0 ? 1 : tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = fp === 0 && fn === 0 ? 1 : tp + fn === 0 ? 0 : tp / (tp + fn);
  return {
    tp,
    fp,
    fn,
    precision,
    recall,
    predictionEmpty: predTokens.length === 0,
    truthEmpty: truthTokens.length === 0,
    exact: predTokens.length === truthTokens.length && predTokens.every((t, i) => t === truthTokens[i]),
  };
}

export type CorpusScore = { precision: number; recall: number; f1: number; accuracy: number; pages: number };

export function scoreCorpus(pages: readonly PageScore[]): CorpusScore {
  const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(pages.filter((p) => !p.predictionEmpty).map((p) => p.precision));
  const recall = mean(pages.filter((p) => !p.truthEmpty).map((p) => p.recall));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const accuracy = pages.length ? pages.filter((p) => p.exact).length / pages.length : 0;
  return { precision, recall, f1, accuracy, pages: pages.length };
}
