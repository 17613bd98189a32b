import { describe, expect, it } from 'vitest';
import { phraseExamples, type PhraseTable } from '@/utils/rules/phrase-pattern';
import {
  COMMENT_NOTICES,
  COMMENT_POLICY_PHRASES,
  CONTINUES_LINES,
  DISCLOSURE_LABELS,
  DISCLOSURE_PHRASES,
  PODCAST_LINES,
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

describe('furniture lines: comment policies, podcast notes, pointers and cross-promotion (blind look 3)', () => {
  it.each(every(COMMENT_POLICY_PHRASES))('(%s) a sentence holding "%s" is a comment policy', (_lang, example) => {
    expect(isBoilerplate(`Please note: ${example} and nothing else.`)).toBe(true);
  });
  it.each(every(PODCAST_LINES))('(%s) a sentence holding "%s" is a podcast note', (_lang, example) => {
    expect(isBoilerplate(`Here ${example} on any device.`)).toBe(true);
  });
  it.each([
    'A szerkesztőség mindössze a hírek publikációjával foglalkozik, a kommenteket nem tudja befolyásolni - azok az olvasók személyes véleményét tartalmazzák.',
    'ترحب شبكة CNN بالنقاش الحيوي والمفيد، وكي لا نضطر في موقع CNN بالعربية إلى مراجعة التعليقات قبل نشرها.',
    'Kérjük, kulturáltan, mások személyiségi jogainak és jó hírnevének tiszteletben tartásával kommenteljenek!',
    'Enter you email address and zip code to set up customized email alerts.',
    'Get Deadline news and alerts FREE to your inbox...',
    'The best of our reporting, delivered to your inbox every morning.',
    'For more ideas on how to stop spending, check out Real Simple.',
    'An anonymous grocery-store manager shares the secrets to lowering your food bill.',
    "Take a look here at the Fed's statement and how it was changed from the August statement.",
    'Listen to (and share) episode 38 of our audio podcast Deadline Big Media.',
    'The MP3 version of this podcast is designed to play on virtually any device capable of playing digital audio.',
    'You can also hear the podcast on iTunes and on the SoundCloud page.',
  ])('"%s" is furniture, never a key point', (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });
  it.each([
    'The senator said the comments reflect a growing frustration among voters.',
    'For more than a decade, officials have tried to visit the site.',
    'Investigators took a closer look at the accounts below the holding company.',
    'The chef reveals that the restaurant will close in May.',
    'The podcast drew two million listeners in its first week.',
    'Scammers send fake invoices to your inbox that look like real bills.',
  ])('a story sentence sharing their words stays: "%s"', (sentence) => {
    expect(isBoilerplate(sentence)).toBe(false);
  });
});
