import { alternationSource, buildPattern } from '../rules/phrase-pattern';
import { ATTRIBUTION_VERBS, DANGLING_STARTS, LEANING_CONNECTIVES } from '../rules/phrases/dangling-starts';
import type { Candidate } from './collect-candidates';
import { cosine, cosineSums, inverseFrequencies, termCounts, terms, weigh, type Vector } from './term-vectors';
import { estimateWords } from '../text/words';
import { lexiconMean, type TermLexicon } from './term-lexicon';

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
  'blockPosition',
  'centrality',
  'meanSimilarity',
  'length',
  'lengthDeviation',
  'short',
  'long',
  'hasNumber',
  'numbers',
  'recurringTerms',
  'quoted',
  'startsWithQuote',
  'headingOverlap',
  'danglingStart',
  'question',
  'attribution',
  'leadSimilarity',
  'parenthesis',
  'colon',
  'dash',
  'lexicon',
] as const;

export type Features = { values: number[]; vector: Vector };

/** A sentence that leans on the one before it ("He said...", "But...", "Они будут..."): poor alone. */
const DANGLING = buildPattern([DANGLING_STARTS], { at: 'start' });
/** "Israeli courts, however, have declared...": a connective in the first clause leans back too. */
const LEANING_CLAUSE = new RegExp(`^[^,]{1,40},\\s*${alternationSource([LEANING_CONNECTIVES])}\\s*,`, 'iu');
const ATTRIBUTION = buildPattern([ATTRIBUTION_VERBS], { at: 'word' });

const SIMILARITY_PEERS = 150;

/** Numbers in a sentence ("3", "1,200", "9:21", "2015"). */
const NUMBER = /\p{N}+(?:[.,:]\p{N}+)*/gu;
const QUOTE = /["“”«»「」]/u;
const OPENING_QUOTE = /^["“«「„]/u;

/**
 * Feature vectors for every candidate of one article. `headings` are the title and section headings.
 * Every feature reads the sentence lower-cased (or is blind to case), so a model fitted on lower-cased
 * training text means the same thing on a cased page: there is no capitalisation feature. `lexicon` is the
 * fitted term lexicon (term-lexicon.ts) and whether it applies to the page's language; where it does not,
 * the `lexicon` feature takes the lexicon's neutral value (0 without a lexicon).
 */
export function sentenceFeatures(
  candidates: Candidate[],
  headings: string[],
  lexicon: { table: TermLexicon; applies: boolean } | null = null,
): Features[] {
  const counts = candidates.map((c) => termCounts(terms(c.text)));
  const idf = inverseFrequencies(counts);
  const vectors = counts.map((c) => weigh(c, idf));
  const documentVector: Vector = new Map();
  for (const v of vectors) for (const [t, x] of v) documentVector.set(t, (documentVector.get(t) ?? 0) + x);
  const n = candidates.length;
  // Mean similarity to the other sentences; on very long pages, to the first SIMILARITY_PEERS only (keeps it linear).
  const peers = Math.min(n, SIMILARITY_PEERS);
  const sums = cosineSums(vectors, peers);
  const similarity = sums.map((sum, i) => {
    const others = i < peers ? peers - 1 : peers;
    return others > 0 ? sum / others : 0;
  });
  const headingTerms = headings.map((h) => new Set(terms(h)));
  // A section's heading is read once for all of its sentences.
  const sections = new Map<string, Set<string>>();
  const sectionTerms = (section: string): Set<string> => {
    let set = sections.get(section);
    if (!set) sections.set(section, (set = new Set(terms(section))));
    return set;
  };
  // In how many sentences each term occurs: a term in three or more is a topic or a name the story repeats.
  const df = new Map<string, number>();
  for (const c of counts) for (const t of c.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  return candidates.map((c, i) => {
    const own = counts[i]!;
    const text = c.text.toLowerCase();
    const words = estimateWords(text);
    let recurring = 0;
    for (const t of own.keys()) if ((df.get(t) ?? 0) >= 3) recurring++;
    const sectionHeading = c.section ? sectionTerms(c.section) : null;
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
      1 / (c.inBlock + 1),
      cosine(vectors[i]!, documentVector),
      similarity[i]!,
      Math.min(words, 60) / 30,
      Math.abs(Math.min(words, 60) - 20) / 20,
      words < 12 ? 1 : 0,
      words > 35 ? 1 : 0,
      /\p{N}/u.test(text) ? 1 : 0,
      Math.min(4, text.match(NUMBER)?.length ?? 0) / 4,
      own.size ? recurring / own.size : 0,
      QUOTE.test(text) ? 1 : 0,
      OPENING_QUOTE.test(text) ? 1 : 0,
      overlap,
      DANGLING.test(text) || LEANING_CLAUSE.test(text) ? 1 : 0,
      /[?？]\s*["”»」]?$/u.test(text) ? 1 : 0,
      ATTRIBUTION.test(text) ? 1 : 0,
      i === 0 ? 0 : cosine(vectors[i]!, vectors[0]!),
      /[(（]/u.test(text) ? 1 : 0,
      /[:：]/u.test(text) ? 1 : 0,
      /\s[-–—]{1,2}\s/u.test(text) ? 1 : 0,
      !lexicon ? 0 : lexicon.applies ? lexiconMean(lexicon.table, own.keys()) : lexicon.table.neutral,
    ];
    return { values, vector: vectors[i]! };
  });
}

/** Index of the `length` feature (words / 30, capped at 60 words). */
sentenceFeatures.lengthIndex = FEATURE_NAMES.indexOf('length');
