import { describe, expect, it } from 'vitest';
import { phraseExamples, type PhraseTable } from '@/utils/rules/phrase-pattern';
import {
  COMMENT_NOTICES,
  CONTINUES_LINES,
  DISCLOSURE_LABELS,
  DISCLOSURE_PHRASES,
  SUBSCRIPTION_PITCHES,
  TAG_LIST_STARTS,
} from '@/utils/rules/phrases/furniture-lines';
import { isBoilerplateText } from '@/utils/article/is-boilerplate-text';
import { isBoilerplate } from '@/utils/summary/clean-sentence';

const every = (table: PhraseTable): [string, string][] =>
  Object.entries(table).flatMap(([lang, phrases]) =>
    phrases.flatMap((phrase) => phraseExamples(phrase).map((example) => [lang, example] as [string, string])),
  );

describe('furniture lines: every phrase of every table', () => {
  it.each(every(CONTINUES_LINES))('(%s) "%s" is a furniture block and never a key point', (_lang, example) => {
    expect(isBoilerplateText(example)).toBe(true);
    expect(isBoilerplate(example)).toBe(true);
  });
  it.each(every(DISCLOSURE_LABELS))('(%s) "%s: ..." is a disclosure line, not a key point', (_lang, example) => {
    expect(isBoilerplate(`${example}: we may be paid when you buy a product we mention.`)).toBe(true);
  });
  it.each(every(DISCLOSURE_PHRASES))('(%s) a sentence holding "%s" is a disclosure line', (_lang, example) => {
    expect(isBoilerplate(`Note that ${example} the shops we name.`)).toBe(true);
  });
  it.each(every(COMMENT_NOTICES))('(%s) "%s ..." is a comment-moderation notice', (_lang, example) => {
    expect(isBoilerplate(`${example} before they appear.`)).toBe(true);
  });
  it.each(every(SUBSCRIPTION_PITCHES))('(%s) "%s ..." is a subscription pitch', (_lang, example) => {
    expect(isBoilerplate(`${example} and read every story.`)).toBe(true);
  });
  it.each(every(TAG_LIST_STARTS))('(%s) "%s" opens a tag list, with a colon or as a comma run', (_lang, example) => {
    expect(isBoilerplate(`${example}: Bundestag, Wahl, Berlin`)).toBe(true);
    expect(isBoilerplateText(`${example} calendario stock car 2018, Rubens Barrichello, Cacá Bueno`)).toBe(true);
  });
});

describe('furniture lines: a pricing box in the article', () => {
  it.each([
    'A flexible plan you can cancel anytime.',
    'A discounted plan to keep you up to date all year.',
    'We accept credit card, Apple Pay and Google Pay.',
  ])('"%s" is a subscription pitch, not a key point', (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });
  it('a story about a subscription plan keeps its sentences', () => {
    expect(isBoilerplate('Netflix said its cheaper plan with ads now has 40 million monthly users.')).toBe(false);
  });
});

describe('furniture lines: story sentences that share their words stay', () => {
  it.each([
    'Disclosure of the documents showed the fraud.',
    'The bill is sponsored by Senator Smith and two colleagues.',
    'Tags are used to classify posts, and they help readers, editors, and search engines.',
    'Comments from the minister angered the opposition.',
    'Topics discussed included trade, security and climate.',
    'The story continues to develop as officials respond.',
  ])('"%s"', (sentence) => {
    expect(isBoilerplate(sentence)).toBe(false);
  });
});
