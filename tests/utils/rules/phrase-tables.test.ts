import { describe, expect, it } from 'vitest';
import { isRelatedHeading, isSiteWideListHeading, mayBeRelatedHeading } from '@/utils/rules/headings';
import { phraseExamples, type PhraseTable } from '@/utils/rules/phrase-pattern';
import { DANGLING_STARTS, ATTRIBUTION_VERBS, LEANING_CONNECTIVES } from '@/utils/rules/phrases/dangling-starts';
import { BYLINE_LABELS, REPORTER_ROLES } from '@/utils/rules/phrases/bylines';
import {
  BUTTON_LABELS,
  CHROME_LINES,
  READ_MORE_LABELS,
  SOCIAL_NETWORK_NAMES,
  TEASER_LABELS,
  TEASER_STARTS,
} from '@/utils/rules/phrases/link-labels';
import * as FURNITURE_LINES from '@/utils/rules/phrases/furniture-lines';
import * as SIGNIFICANCE from '@/utils/rules/phrases/significance';
import { WHY_HEADINGS } from '@/utils/rules/phrases/why-headings';
import { FURNITURE_HEADINGS, RELATED_HEADINGS, SITE_WIDE_LIST_HEADINGS } from '@/utils/rules/phrases/widget-headings';

const TABLES: Record<string, PhraseTable> = {
  RELATED_HEADINGS,
  SITE_WIDE_LIST_HEADINGS,
  FURNITURE_HEADINGS,
  WHY_HEADINGS,
  READ_MORE_LABELS,
  BUTTON_LABELS,
  SOCIAL_NETWORK_NAMES,
  DANGLING_STARTS,
  LEANING_CONNECTIVES,
  ATTRIBUTION_VERBS,
  TEASER_STARTS,
  TEASER_LABELS,
  CHROME_LINES,
  BYLINE_LABELS,
  REPORTER_ROLES,
  ...FURNITURE_LINES,
  PARAGRAPH_LABELS: SIGNIFICANCE.PARAGRAPH_LABELS,
  TAKEAWAY_HEADINGS: SIGNIFICANCE.TAKEAWAY_HEADINGS,
  REFERRING_STARTS: SIGNIFICANCE.REFERRING_STARTS,
  FIRST_PERSON_STARTS: SIGNIFICANCE.FIRST_PERSON_STARTS,
  SECOND_PERSON: SIGNIFICANCE.SECOND_PERSON,
  PRONOUN_SPEAKERS: SIGNIFICANCE.PRONOUN_SPEAKERS,
  NEGATED_NEXT: SIGNIFICANCE.NEGATED_NEXT,
  FIGURE_WORDS: SIGNIFICANCE.FIGURE_WORDS,
  ...Object.fromEntries(
    (['WHY_CUES', 'NEXT_CUES', 'CONTEXT_CUES', 'REACTION_CUES'] as const).flatMap((name) => [
      [`${name}.strong`, SIGNIFICANCE[name].strong],
      [`${name}.weak`, SIGNIFICANCE[name].weak],
    ]),
  ),
};

/** [table, language, phrase] for every phrase of every table. */
const ALL = Object.entries(TABLES).flatMap(([name, table]) =>
  Object.entries(table).flatMap(([lang, phrases]) => phrases.map((phrase) => [name, lang, phrase] as const)),
);

describe('phrase tables', () => {
  it('are keyed by BCP 47 base languages', () => {
    for (const [name, table] of Object.entries(TABLES)) {
      for (const lang of Object.keys(table)) expect(lang, name).toMatch(/^[a-z]{2,3}$/);
    }
  });

  // The same word may serve two languages (Spanish and Portuguese "desde", Chinese and Japanese "背景").
  it('name each phrase once per language of a table', () => {
    for (const [name, table] of Object.entries(TABLES)) {
      for (const [lang, phrases] of Object.entries(table)) {
        expect(phrases.length, `${name} ${lang}`).toBe(new Set(phrases).size);
      }
    }
  });

  // The bug this guards against: the page scan's pre-filter was a hand-typed word list that drifted from the
  // heading list, so "Similar articles" / "Other stories" modules were accepted by one and never reached.
  it.each(ALL.filter(([name]) => name === 'RELATED_HEADINGS'))(
    '%s (%s) "%s": every form passes the page-scan pre-filter and the heading matcher',
    (_name, _lang, phrase) => {
      for (const example of phraseExamples(phrase)) {
        expect(mayBeRelatedHeading(example), `pre-filter: ${example}`).toBe(true);
        expect(isRelatedHeading(example), `heading: ${example}`).toBe(true);
        expect(isRelatedHeading(`📌 ${example.toUpperCase()}:`), `decorated: ${example}`).toBe(true);
      }
    },
  );

  it.each(ALL.filter(([name]) => name === 'SITE_WIDE_LIST_HEADINGS'))('%s (%s) "%s" matches', (_n, _l, phrase) => {
    for (const example of phraseExamples(phrase)) expect(isSiteWideListHeading(example), example).toBe(true);
  });

  it.each([
    'Similar articles',
    'Other stories',
    'Similar posts',
    'Related coverage',
    'İlgili Haberler',
    'You may also be interested in...',
    'Материалы по теме',
    'IGN Recommends',
  ])('finds the module heading "%s"', (text) => {
    expect(mayBeRelatedHeading(text)).toBe(true);
    expect(isRelatedHeading(text)).toBe(true);
  });

  it.each(['Related research shows a link', 'The stories we tell', 'Most read'])(
    '"%s" is no related heading',
    (text) => {
      expect(isRelatedHeading(text)).toBe(false);
    },
  );
});
