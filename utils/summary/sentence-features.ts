import { alternationSource, buildPattern } from '../rules/phrase-pattern';
import { ATTRIBUTION_VERBS, DANGLING_STARTS, LEANING_CONNECTIVES } from '../rules/phrases/dangling-starts';
import type { Candidate } from './collect-candidates';
import { cosine, inverseFrequencies, termCounts, terms, weigh, type Vector } from './term-vectors';
import { estimateWords } from '../text/words';

/** Names of the features, in the order of each feature vector (the model's weights follow it). */
export const FEATURE_NAMES = [
  'bias',
  'first',
  'inversePosition',
  'relativePosition',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixthToTenth',
  'blockLead',
  'centrality',
  'meanSimilarity',
  'length',
  'lengthDeviation',
  'short',
  'long',
  'hasNumber',
  'capitalisedRatio',
  'quoted',
  'headingOverlap',
  'danglingStart',
  'question',
  'attribution',
  'leadSimilarity',
] as const;

export type Features = { values: number[]; vector: Vector };

/** A sentence that leans on the one before it ("He said...", "But...", "Они будут..."): poor alone. */
const DANGLING = buildPattern([DANGLING_STARTS], { at: 'start' });
/** "Israeli courts, however, have declared...": a connective in the first clause leans back too. */
const LEANING_CLAUSE = new RegExp(`^[^,]{1,40},\\s*${alternationSource([LEANING_CONNECTIVES])}\\s*,`, 'iu');
const ATTRIBUTION = buildPattern([ATTRIBUTION_VERBS], { at: 'word' });

const SIMILARITY_PEERS = 150;

function capitalisedRatio(text: string): number {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length < 2) return 0;
  let caps = 0;
  for (let i = 1; i < words.length; i++) if (/^\p{Lu}/u.test(words[i]!)) caps++;
  return caps / (words.length - 1);
}

/** Feature vectors for every candidate of one article. `headings` are the title and section headings. */
export function sentenceFeatures(candidates: Candidate[], headings: string[]): Features[] {
  const counts = candidates.map((c) => termCounts(terms(c.text)));
  const idf = inverseFrequencies(counts);
  const vectors = counts.map((c) => weigh(c, idf));
  const documentVector: Vector = new Map();
  for (const v of vectors) for (const [t, x] of v) documentVector.set(t, (documentVector.get(t) ?? 0) + x);
  const n = candidates.length;
  // Mean similarity to the other sentences; on very long pages, to the first SIMILARITY_PEERS only (keeps it linear).
  const peers = Math.min(n, SIMILARITY_PEERS);
  const similarity = vectors.map((v, i) => {
    let sum = 0;
    for (let j = 0; j < peers; j++) if (j !== i) sum += cosine(v, vectors[j]!);
    const others = i < peers ? peers - 1 : peers;
    return others > 0 ? sum / others : 0;
  });
  const headingTerms = headings.map((h) => new Set(terms(h)));
  return candidates.map((c, i) => {
    const own = counts[i]!;
    const words = estimateWords(c.text);
    const sectionHeading = c.section ? new Set(terms(c.section)) : null;
    let overlap = 0;
    for (const set of sectionHeading ? [...headingTerms, sectionHeading] : headingTerms) {
      if (!set.size) continue;
      let shared = 0;
      for (const t of set) if (own.has(t)) shared++;
      overlap = Math.max(overlap, shared / set.size);
    }
    const values = [
      1,
      c.position === 0 ? 1 : 0,
      1 / (c.position + 1),
      n > 1 ? c.position / (n - 1) : 0,
      c.position === 1 ? 1 : 0,
      c.position === 2 ? 1 : 0,
      c.position === 3 ? 1 : 0,
      c.position === 4 ? 1 : 0,
      c.position >= 5 && c.position < 10 ? 1 : 0,
      c.inBlock === 0 ? 1 : 0,
      cosine(vectors[i]!, documentVector),
      similarity[i]!,
      Math.min(words, 60) / 30,
      Math.abs(Math.min(words, 60) - 20) / 20,
      words < 12 ? 1 : 0,
      words > 35 ? 1 : 0,
      /\p{N}/u.test(c.text) ? 1 : 0,
      capitalisedRatio(c.text),
      /["“”«»「」]/u.test(c.text) ? 1 : 0,
      overlap,
      DANGLING.test(c.text) || LEANING_CLAUSE.test(c.text) ? 1 : 0,
      /[?？]\s*["”»」]?$/u.test(c.text) ? 1 : 0,
      ATTRIBUTION.test(c.text) ? 1 : 0,
      i === 0 ? 0 : cosine(vectors[i]!, vectors[0]!),
    ];
    return { values, vector: vectors[i]! };
  });
}

/** Index of the `length` feature (words / 30, capped at 60 words). */
sentenceFeatures.lengthIndex = FEATURE_NAMES.indexOf('length');
