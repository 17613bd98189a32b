import { describe, expect, it } from 'vitest';
import {
  isRelatedHeading,
  isSiteWideListHeading,
  mayBeModuleHeading,
  mayBeRelatedHeading,
  moduleHeadingKind,
} from '@/utils/rules/headings';
import { phraseExamples, type PhraseTable } from '@/utils/rules/phrase-pattern';
import { documentFromHtml } from '@/scripts/lib/load-document';
import { findRelatedLinks } from '@/utils/related/find-related-links';
import {
  DANGLING_STARTS,
  ATTRIBUTION_VERBS,
  FIGURE_REFERENCES,
  LEANING_CONNECTIVES,
} from '@/utils/rules/phrases/dangling-starts';
import {
  BYLINE_LABELS,
  DATE_LINE_LABELS,
  REPORTER_ROLES,
  REPORTER_TITLES,
  STATUS_WORDS,
} from '@/utils/rules/phrases/bylines';
import {
  BUTTON_LABELS,
  CALL_TO_ACTION_STARTS,
  CHROME_LINES,
  READ_MORE_LABELS,
  SOCIAL_NETWORK_NAMES,
  TEASER_LABELS,
  TEASER_STARTS,
} from '@/utils/rules/phrases/link-labels';
import * as FURNITURE_LINES from '@/utils/rules/phrases/furniture-lines';
import * as SIGNIFICANCE from '@/utils/rules/phrases/significance';
import { WHY_HEADINGS } from '@/utils/rules/phrases/why-headings';
import { PROMO_HEADINGS } from '@/utils/rules/phrases/promo-headings';
import { FEED_LIST_LABELS, FEED_SECTION_NAMES } from '@/utils/rules/phrases/feed-titles';
import {
  AD_MODULE_HEADINGS,
  FURNITURE_HEADINGS,
  AUTHOR_BOX_HEADINGS,
  LATEST_LIST_HEADINGS,
  RELATED_HEADINGS,
  SITE_WIDE_LIST_HEADINGS,
} from '@/utils/rules/phrases/widget-headings';

const TABLES: Record<string, PhraseTable> = {
  RELATED_HEADINGS,
  SITE_WIDE_LIST_HEADINGS,
  LATEST_LIST_HEADINGS,
  FURNITURE_HEADINGS,
  AUTHOR_BOX_HEADINGS,
  AD_MODULE_HEADINGS,
  PROMO_HEADINGS,
  FEED_LIST_LABELS,
  FEED_SECTION_NAMES,
  WHY_HEADINGS,
  READ_MORE_LABELS,
  BUTTON_LABELS,
  CALL_TO_ACTION_STARTS,
  SOCIAL_NETWORK_NAMES,
  DANGLING_STARTS,
  LEANING_CONNECTIVES,
  ATTRIBUTION_VERBS,
  FIGURE_REFERENCES,
  TEASER_STARTS,
  TEASER_LABELS,
  CHROME_LINES,
  BYLINE_LABELS,
  REPORTER_ROLES,
  DATE_LINE_LABELS,
  REPORTER_TITLES,
  STATUS_WORDS,
  ...FURNITURE_LINES,
  PARAGRAPH_LABELS: SIGNIFICANCE.PARAGRAPH_LABELS,
  TAKEAWAY_HEADINGS: SIGNIFICANCE.TAKEAWAY_HEADINGS,
  REFERRING_STARTS: SIGNIFICANCE.REFERRING_STARTS,
  FIRST_PERSON_STARTS: SIGNIFICANCE.FIRST_PERSON_STARTS,
  SECOND_PERSON: SIGNIFICANCE.SECOND_PERSON,
  PRONOUN_SPEAKERS: SIGNIFICANCE.PRONOUN_SPEAKERS,
  NEGATED_NEXT: SIGNIFICANCE.NEGATED_NEXT,
  FIGURE_WORDS: SIGNIFICANCE.FIGURE_WORDS,
  BACK_REFERENCES: SIGNIFICANCE.BACK_REFERENCES,
  EMPTY_STATEMENTS: SIGNIFICANCE.EMPTY_STATEMENTS,
  SALES_LINES: SIGNIFICANCE.SALES_LINES,
  PAST_OPENINGS: SIGNIFICANCE.PAST_OPENINGS,
  YEAR_OPENINGS: SIGNIFICANCE.YEAR_OPENINGS,
  TIME_WORDS: SIGNIFICANCE.TIME_WORDS,
  MEASURE_UNITS: SIGNIFICANCE.MEASURE_UNITS,
  SUBJECT_PRONOUNS: SIGNIFICANCE.SUBJECT_PRONOUNS,
  INSTRUCTION_STARTS: SIGNIFICANCE.INSTRUCTION_STARTS,
  OPINION_CUES: SIGNIFICANCE.OPINION_CUES,
  WRITER_JUDGEMENTS: SIGNIFICANCE.WRITER_JUDGEMENTS,
  FORWARD_REFERENCES: SIGNIFICANCE.FORWARD_REFERENCES,
  VAGUE_ATTRIBUTIONS: SIGNIFICANCE.VAGUE_ATTRIBUTIONS,
  PAST_MARKERS: SIGNIFICANCE.PAST_MARKERS,
  FUTURE_MARKERS: SIGNIFICANCE.FUTURE_MARKERS,
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

  // The page scan finds site-wide lists too: each heading passes the scan's pre-filter and names a module; one that
  // is not a topical heading is a site-wide ('popular') one.
  it.each(ALL.filter(([name]) => name === 'LATEST_LIST_HEADINGS' || name === 'SITE_WIDE_LIST_HEADINGS'))(
    '%s (%s) "%s": every form passes the page scan and names a site-wide list',
    (_name, _lang, phrase) => {
      for (const example of phraseExamples(phrase)) {
        expect(mayBeModuleHeading(example), `pre-filter: ${example}`).toBe(true);
        const kind = moduleHeadingKind(`» ${example}:`);
        expect(kind === 'popular' || (kind === 'topic' && isRelatedHeading(example)), `kind: ${example}`).toBe(true);
      }
    },
  );

  it.each(ALL.filter(([name]) => name === 'RELATED_HEADINGS'))(
    '%s (%s) "%s" names a topical module',
    (_n, _l, phrase) => {
      for (const example of phraseExamples(phrase)) expect(moduleHeadingKind(example), example).toBe('topic');
    },
  );

  it.each(ALL.filter(([name]) => name === 'CALL_TO_ACTION_STARTS'))(
    '%s (%s) "%s": a link opening with it is no related story',
    (_n, _l, phrase) => {
      for (const example of phraseExamples(phrase)) {
        const a = `<p>${'A story paragraph about the river and the council on Tuesday. '.repeat(6)}</p>`;
        const links = findRelatedLinks(
          documentFromHtml(
            `<!doctype html><html><body><article>${a}${a}</article><h2>Related stories</h2><ul><li><a href="/2025/07/a-long-story-slug.html">${example} our weekly magazine today</a></li><li><a href="/2025/07/another-story-slug.html">Council approves the harbour budget plan</a></li></ul></body></html>`,
          ),
          'https://news.example.com/2025/07/story.html',
        );
        expect(
          links.map((l) => l.title),
          example,
        ).toEqual(['Council approves the harbour budget plan']);
      }
    },
  );

  it.each(['Newsletter', 'Comments', 'Share this story', 'Advertisement'])('"%s" names no module', (text) => {
    expect(moduleHeadingKind(text)).toBeNull();
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
