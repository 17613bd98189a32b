/**
 * Words too common to say what a sentence is about, by language: left out of the term vectors that
 * measure how alike two sentences are (utils/summary/term-vectors.ts). One set serves every language.
 */
const STOPWORDS_BY_LANGUAGE: Readonly<Record<string, string>> = {
  en:
    'a an the and or but if of to in on at by for with from as is are was were be been being has have had do does did ' +
    'it its this that these those he she they we you i his her their our your my him them us me who whom which what ' +
    'when where why how not no so than then there here also just about into over after before said says say will would ' +
    'can could may might should must one two up out new more most some any all very s t mr mrs ms',
  de: 'der die das und ist ein eine nicht zu von mit den dem des auf für im sich auch es',
  es: 'el la los las y de que en un una por con para se del',
  fr: 'le les et des du est pour qui dans pas',
};

export const STOPWORDS: ReadonlySet<string> = new Set(
  Object.values(STOPWORDS_BY_LANGUAGE).flatMap((w) => w.split(' ')),
);
