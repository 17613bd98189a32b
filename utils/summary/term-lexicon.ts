/**
 * A fitted term lexicon: each term's log-odds of reaching a story's highlights, centred on the average term
 * (positive: terms of sentences editors keep, such as "killed", "arrested", "announced"; negative: asides
 * and hedges such as "meanwhile", "scroll", "didn"). Learned by `npm run fit:keypoints` from the training
 * stories; one sentence feature (`lexicon`) reads it. It is English only: on other languages the feature
 * takes its neutral value, so the model ranks those pages as it would without it.
 */
export type TermLexicon = {
  /** Base language of the text it was learned on. */
  language: string;
  /** The feature's mean over the training candidates, used where the lexicon does not apply. */
  neutral: number;
  weights: ReadonlyMap<string, number>;
};

/** The serialised form: "term weight term weight ..." (terms never contain spaces). */
export type SerializedLexicon = { language: string; neutral: number; text: string };

export function parseLexicon(serialized: SerializedLexicon): TermLexicon {
  const weights = new Map<string, number>();
  const parts = serialized.text.split(' ');
  for (let i = 0; i + 1 < parts.length; i += 2) weights.set(parts[i]!, Number(parts[i + 1]));
  return { language: serialized.language, neutral: serialized.neutral, weights };
}

export function serializeLexicon(lexicon: TermLexicon): SerializedLexicon {
  const text = [...lexicon.weights]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([t, w]) => `${t} ${Math.round(w * 100) / 100}`)
    .join(' ');
  return { language: lexicon.language, neutral: Math.round(lexicon.neutral * 1e4) / 1e4, text };
}

/** The mean weight of a sentence's distinct terms (unknown terms weigh 0); 0 for a sentence without terms. */
export function lexiconMean(lexicon: TermLexicon, terms: Iterable<string>): number {
  let sum = 0;
  let n = 0;
  for (const t of terms) {
    sum += lexicon.weights.get(t) ?? 0;
    n++;
  }
  return n ? sum / n : 0;
}

/**
 * Learns a lexicon from candidate sentences and the terms of their story's highlights: for each term seen in
 * at least `minCount` candidates, log((k + 1) / (c - k + 1)) minus the same log-odds over all terms, where c
 * is the number of candidates holding it and k those whose story's highlights hold it too. `minStories` also
 * asks for that many distinct stories: a name one period's news repeated ("lohan", "pacquiao") is in many
 * candidates of few stories.
 */
export function learnLexicon(
  stories: Iterable<{ candidates: readonly (readonly string[])[]; highlights: ReadonlySet<string> }>,
  options: { minCount: number; language: string; minStories?: number },
): TermLexicon {
  const seen = new Map<string, number>();
  const storiesWith = new Map<string, number>();
  const kept = new Map<string, number>();
  let all = 0;
  let hits = 0;
  for (const story of stories) {
    const inStory = new Set<string>();
    for (const candidate of story.candidates) {
      for (const t of candidate) {
        seen.set(t, (seen.get(t) ?? 0) + 1);
        inStory.add(t);
        all++;
        if (story.highlights.has(t)) {
          kept.set(t, (kept.get(t) ?? 0) + 1);
          hits++;
        }
      }
    }
    for (const t of inStory) storiesWith.set(t, (storiesWith.get(t) ?? 0) + 1);
  }
  const base = Math.log((hits + 1) / (all - hits + 1));
  const weights = new Map<string, number>();
  for (const [t, c] of seen) {
    if (c < options.minCount || (storiesWith.get(t) ?? 0) < (options.minStories ?? 0)) continue;
    const k = kept.get(t) ?? 0;
    weights.set(t, Math.log((k + 1) / (c - k + 1)) - base);
  }
  return { language: options.language, neutral: 0, weights };
}
