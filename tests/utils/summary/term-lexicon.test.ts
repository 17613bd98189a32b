import { describe, expect, it } from 'vitest';
import { articleFromParagraphs as article } from '@/scripts/lib/load-document';
import { prepareSentences, shippedLexicon } from '@/utils/summary/rank-sentences';
import { FEATURE_NAMES } from '@/utils/summary/sentence-features';
import {
  learnLexicon,
  lexiconMean,
  parseLexicon,
  serializeLexicon,
  type TermLexicon,
} from '@/utils/summary/term-lexicon';
import { readsAs } from '@/utils/text/detect-language';

const AT = FEATURE_NAMES.indexOf('lexicon');

describe('learnLexicon', () => {
  // Three stories: "arrest" reaches the highlights whenever it is in a candidate, "meanwhil" never does.
  const stories = [1, 2, 3].map(() => ({
    candidates: [
      ['polic', 'arrest', 'man'],
      ['meanwhil', 'weather', 'man'],
    ],
    highlights: new Set(['polic', 'arrest']),
  }));

  it('weighs a term by how often the highlights keep it, against the average term', () => {
    const lexicon = learnLexicon(stories, { minCount: 1, language: 'en' });
    expect(lexicon.weights.get('arrest')!).toBeGreaterThan(0);
    expect(lexicon.weights.get('meanwhil')!).toBeLessThan(0);
    expect(lexicon.weights.get('arrest')!).toBeGreaterThan(lexicon.weights.get('man')!);
  });

  it('leaves out terms seen in fewer candidates than minCount', () => {
    const lexicon = learnLexicon(stories, { minCount: 4, language: 'en' });
    expect(lexicon.weights.has('man')).toBe(true); // 6 candidates
    expect(lexicon.weights.has('arrest')).toBe(false); // 3 candidates
  });
});

describe('serialised lexicon', () => {
  it('round-trips (weights to two decimals) and reads a sentence as the mean of its terms', () => {
    const lexicon: TermLexicon = {
      language: 'en',
      neutral: 0.1234,
      weights: new Map([
        ['arrest', 1.234],
        ['meanwhil', -0.5],
      ]),
    };
    const back = parseLexicon(serializeLexicon(lexicon));
    expect(back.neutral).toBe(0.1234);
    expect([...back.weights]).toEqual([
      ['arrest', 1.23],
      ['meanwhil', -0.5],
    ]);
    expect(lexiconMean(back, ['arrest', 'meanwhil', 'unknown', 'other'])).toBeCloseTo((1.23 - 0.5) / 4);
    expect(lexiconMean(back, [])).toBe(0);
  });
});

describe('the lexicon feature', () => {
  const table: TermLexicon = {
    language: 'en',
    neutral: 0.25,
    weights: new Map([
      ['arrest', 2],
      ['polic', 1],
    ]),
  };
  const english = [
    'Police arrested a man on Sunday after a fire destroyed a warehouse near the harbour.',
    'The weather was mild and the streets of the old town were quiet for most of the day.',
  ];

  it('reads an English page with the lexicon', () => {
    const prepared = prepareSentences(article(english, 'en'), table);
    const [first, second] = prepared.features.map((f) => f.values[AT]!);
    expect(first).toBeGreaterThan(0);
    expect(second).toBe(0);
  });

  it('gives every sentence of a page in another language the neutral value', () => {
    const german = [
      'Die Polizei hat am Sonntag einen Mann festgenommen, nachdem ein Feuer eine Lagerhalle zerstört hatte.',
      'Das Wetter war mild und die Straßen der Altstadt waren den größten Teil des Tages ruhig.',
    ];
    const chinese = [
      '警方周日逮捕了一名男子，此前一场大火烧毁了港口附近的一座仓库。',
      '天气温和，老城区的街道一整天都很安静。',
    ];
    for (const page of [article(german, 'de'), article(chinese, 'zh')]) {
      expect(prepareSentences(page, table).features.map((f) => f.values[AT])).toEqual([0.25, 0.25]);
    }
  });

  it('tells an undeclared page by its words', () => {
    expect(readsAs(null, english.join(' '), 'en')).toBe(true);
    expect(readsAs(null, 'Die Polizei hat am Sonntag einen Mann festgenommen, und das ist nicht alles.', 'en')).toBe(
      false,
    );
    expect(readsAs('en-GB', '', 'en')).toBe(true);
    expect(readsAs('fr', english.join(' '), 'en')).toBe(false);
  });

  it('ships a lexicon for English that the pipeline reads', () => {
    const shipped = shippedLexicon();
    expect(shipped.language).toBe('en');
    expect(Number.isFinite(shipped.neutral)).toBe(true);
  });
});
