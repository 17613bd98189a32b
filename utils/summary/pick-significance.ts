import { alternationSource, buildPattern, escapeRegExp } from '../rules/phrase-pattern';
import {
  ATTRIBUTION_PREPOSITIONS,
  BACK_REFERENCES,
  CONTEXT_CUES,
  CURRENT_TIMES,
  EMPTY_STATEMENTS,
  FIGURE_WORDS,
  FIRST_PERSON_STARTS,
  FORWARD_REFERENCES,
  FUTURE_MARKERS,
  INSTRUCTION_STARTS,
  REFERENCE_ENTRY,
  REPORTING_CREDIT,
  NEGATED_NEXT,
  NEXT_CUES,
  MEASURE_UNITS,
  OPINION_CUES,
  WRITER_JUDGEMENTS,
  PAST_MARKERS,
  PAST_OPENINGS,
  PHOTO_CREDIT,
  REACTION_CUES,
  PRONOUN_SPEAKERS,
  REFERRING_STARTS,
  SECOND_PERSON,
  SETUP_LINES,
  DEFINITION_LINES,
  POINTERS_ELSEWHERE,
  SALES_LINES,
  SELF_NAMING_DEMONSTRATIVE,
  SPEC_REQUIREMENT,
  SUBJECT_PRONOUNS,
  TIME_WORDS,
  UNNAMED_SPEAKERS,
  VAGUE_ATTRIBUTIONS,
  WHY_CUES,
  YEAR_OPENINGS,
  type CueTables,
} from '../rules/phrases/significance';
import type { PhraseTable } from '../rules/phrase-pattern';
import { LEANING_CONNECTIVES } from '../rules/phrases/dangling-starts';
import { STOPWORDS } from '../rules/stopwords';
import { THRESHOLDS } from '../rules/thresholds';
import { baseLanguage, hasCjk } from '../text/script';
import type { Article, PickedWhyTable, SignificanceLabel } from '../types';
import { leansByItsWords, namesUnintroduced } from './pick-key-points';
import { baseScores, prepareSentences, standsAlone, type PreparedSentences } from './rank-sentences';
import { FEATURE_NAMES } from './sentence-features';
import { cosine } from './term-vectors';

/**
 * The significance table News Lens picks when the page has no "why it matters" material of its own:
 * two to five whole sentences of the article, each under the label of what it tells the reader (why it
 * matters, the figures, the background, a reaction, what comes next). A sentence earns a label from cue
 * words in the rules (utils/rules/phrases/significance.ts), and among those that earn one, the ranker's
 * better sentences win. Each label asks for its own evidence: what comes next a time, a reaction a named
 * speaker outside the quote, the figures amounts that are not the measures of a recipe. Key points already
 * shown are never repeated (nor backed by a second quote of their speaker, nor restated from the words of several);
 * filler, questions, empty lines ("It makes you wonder"), sentences leaning on a neighbour (at their start, from
 * inside, or announcing the next one: "… the following happens."), views given to no one ("People say…"), code
 * and reference entries never qualify. When fewer than two sentences earn a label, a second reaction (another
 * speaker's) or a second figures row comes first, then the best remaining sentences fill in under "detail" ("also
 * notable"), an honest label: facts before steps of a method and the writer's opinions.
 */

type Cue = { strong: RegExp | null; weak: RegExp | null };
type Cues = {
  why: Cue;
  next: Cue;
  context: Cue;
  reaction: Cue;
  figureWord: RegExp | null;
  /** A named speaker beside a verb of saying: "Mayor Ruth Ellis said", "said Officer Morales". */
  named: RegExp | null;
  /** A named speaker as the subject of reported speech (see reportedSpeaker). */
  reported: RegExp | null;
  /** An amount: money, a share, a figure with its word ("$53 million", "40%", "2.5 billion"). */
  amount: RegExp;
  leansBack: RegExp | null;
  firstPerson: RegExp | null;
  secondPerson: RegExp | null;
  firstPersonWord: RegExp | null;
  pronounSpeaker: RegExp | null;
  negatedNext: RegExp | null;
  /** "do that", "like this going forward": the sentence leans on an earlier one from inside. */
  backReference: RegExp | null;
  /** "We are delighted…", "declined to comment": true of any story. */
  empty: RegExp | null;
  /** "By the time he was 13, he…": an opening phrase, then a pronoun as the subject. */
  pronounAfterOpening: RegExp | null;
  /** "Last year,", "Back in": what follows is past. */
  pastOpening: RegExp | null;
  /** "last year", "two years ago", "was planning to" anywhere: what the sentence tells has happened. */
  pastMarker: RegExp | null;
  /** "will", "será": the sentence tells what is to come. */
  future: RegExp | null;
  /** "… the following happens.": the sentence announces the next one. */
  forward: RegExp | null;
  /** "People say…", "chacun s'accorde à dire": a view given to no one. */
  vague: RegExp | null;
  /** "In 1984,": the year that opens the sentence (group 1). */
  yearOpening: RegExp | null;
  /** When something comes: a weekday, a month, "next", "soon". */
  time: RegExp | null;
  /** What ought to happen: "should", "must". */
  opinion: RegExp | null;
  /** The writer's verdict: "outstanding", "seems to be". */
  judgement: RegExp | null;
  /** A step of a recipe or a how-to: "Heat to boiling…". */
  instruction: RegExp | null;
  /** A step after an opening phrase: "Using floral pins, attach enough moss…". */
  instructionAfterOpening: RegExp | null;
  /** A figure of a measure in a recipe or a spec: "1–1.5 cm", "150 g". */
  measure: RegExp | null;
  /** "a diplomat told Tass": a speaker no one can identify. */
  unnamed: RegExp | null;
  /** "on Monday", "today": the story's own days. */
  current: RegExp | null;
  /** "was slated to", "is not confined to": a line setting up the next one. */
  setup: RegExp | null;
  definition: RegExp | null;
  pointerElsewhere: RegExp | null;
  /** "prices as low as $2,299", "use promo code": a sales line. */
  sales: RegExp | null;
};

/** The phrases of one language (all languages when the page declares none); null when it has none. */
function only(table: PhraseTable, lang: string): PhraseTable | null {
  if (!lang) return table;
  return table[lang] ? { [lang]: table[lang] } : null;
}
const wordPattern = (table: PhraseTable | null): RegExp | null =>
  table ? new RegExp(buildPattern([table], { at: 'word' }).source, 'giu') : null;
const startPattern = (table: PhraseTable | null): RegExp | null =>
  table ? buildPattern([table], { at: 'start' }) : null;
/** A capitalised name of one to four words ("Ruth Ellis", "Environment Agency") next to a verb of saying. */
const NAME = "\\p{Lu}[\\p{L}\\p{M}'’.-]+";
/** Every name of a text (compiled once: a `g` expression used with match() starts from the beginning each time). */
const NAMES = new RegExp(NAME, 'gu');
function namedSpeaker(verbs: PhraseTable | null): RegExp | null {
  if (!verbs) return null;
  const verb = alternationSource([verbs]);
  return new RegExp(
    `(?:${NAME}\\s+){0,3}${NAME},?\\s+${verb}(?![\\p{L}])|(?<![\\p{L}])${verb}\\s+(?:${NAME}\\s*){1,4}`,
    'u',
  );
}
/**
 * A named speaker as the subject of reported speech: at the start of the sentence ("Tunisian Prime Minister Habib
 * Essid said the attackers…") or after a comma ("…, McKinley said, is…", "…, said Saad al-Hadithi, a spokesman…").
 * Not a name inside a clause ("What Page wrote down…", "a program Iran says it needs"), and not a preposition of
 * attribution ("…, according to Reuters"): a fact with its source named is the article's fact.
 */
function reportedSpeaker(verbs: PhraseTable | null, prepositions: PhraseTable | null): RegExp | null {
  if (!verbs) return null;
  const before = Object.fromEntries(
    Object.entries(verbs).map(([l, ps]) => [l, ps.filter((v) => !prepositions?.[l]?.includes(v))]),
  );
  const verb = alternationSource([before]);
  // (Not "…, according to Dariusz Stola": a fact with its source named is the article's fact, not what the source
  // said about it; blind why round 23 failed 2 such "reactions" of 3.)
  return new RegExp(
    `^(?:${NAME}\\s+){0,5}${NAME},?\\s+(?:${verb})(?![\\p{L}])|,\\s+(?:${NAME}\\s+){0,3}${NAME},?\\s+(?:${verb})(?![\\p{L}])|(?:^|,\\s+)(?:${verb})\\s+(?:${NAME}\\s*){1,4}`,
    'u',
  );
}
/** Money, a share, or a figure with its word: "$53 million", "€1,20", "40 %", "2.5 billion". */
function amountPattern(words: PhraseTable | null): RegExp {
  const word = words ? `\\s?(?:${alternationSource([words])})(?![\\p{L}])` : '(?!)';
  return new RegExp(`[$€£¥]\\s?\\d[\\d.,]*(?:${word})?|\\d[\\d.,]*(?:\\s?%|${word})`, 'giu');
}
/** The amounts a sentence gives, written alike ("$53 million" and "$53  Million" are one). */
function amountsIn(text: string, cues: Cues): string[] {
  return (text.match(cues.amount) ?? []).map((a) => a.toLowerCase().replace(/\s+/gu, '').replace(/[.,]$/u, ''));
}
/** Whether the reported speech of a sentence names its speaker: a name whose words are no common words ("What"). */
function reportsNamed(outside: string, cues: Cues): boolean {
  const m = cues.reported?.exec(outside);
  if (!m) return false;
  const names = m[0].match(NAMES) ?? [];
  return names.length > 0 && names.every((w) => w.toLowerCase() === 'the' || !STOPWORDS.has(w.toLowerCase()));
}
/** The distinct figures a sentence gives ("15", "17", "2.5"), written alike. */
function figuresIn(text: string): string[] {
  return [...new Set((text.match(/\d+(?:[.,]\d+)*/gu) ?? []).map((f) => f.replace(/[.,]$/u, '')))];
}
/** A figure followed by a unit of measure ("1−1,5 см", "150 гр", "2 tbsp"). */
function measured(units: PhraseTable | null): RegExp | null {
  if (!units) return null;
  return new RegExp(`\\d(?:[\\d.,]|\\s?[-–−]\\s?\\d)*\\s?(?:${alternationSource([units])})(?![\\p{L}])\\.?`, 'giu');
}
/** One of the phrases closing the sentence (before its stop and closing quotes): "… происходит следующее.". */
function atEnd(table: PhraseTable | null): RegExp | null {
  if (!table) return null;
  // Chinese and Japanese have no word boundary before the phrase.
  const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
  const part = (cjk: boolean): PhraseTable =>
    Object.fromEntries(Object.entries(table).map(([l, ps]) => [l, ps.filter((p) => unspaced.test(p) === cjk)]));
  const spaced = Object.values(part(false)).flat().length
    ? `(?<![\\p{L}\\p{N}])(?:${alternationSource([part(false)])})`
    : '';
  const free = Object.values(part(true)).flat().length ? `(?:${alternationSource([part(true)])})` : '';
  const phrase = [spaced, free].filter(Boolean).join('|');
  return new RegExp(`(?:${phrase})\\s*[.:：。…]*["”’»」』)）]*\\s*$`, 'iu');
}
/** A short opening phrase (up to six words and a comma), then one of the words: "Since January 2018, it has". */
function afterOpening(words: PhraseTable | null): RegExp | null {
  if (!words) return null;
  return new RegExp(`^(?:[^\\s,;:"“«]+\\s+){0,5}[^\\s,;:"“«]+,\\s+(?:${alternationSource([words])})(?![\\p{L}])`, 'iu');
}
const compile = (tables: CueTables, lang: string): Cue => ({
  strong: wordPattern(only(tables.strong, lang)),
  weak: wordPattern(only(tables.weak, lang)),
});

/** Cue patterns per page language, built once each: a page's sentences are read with its own language's cues. */
const cuesByLanguage = new Map<string, Cues>();
function cuesFor(lang: string | null): Cues {
  const base = baseLanguage(lang);
  let cues = cuesByLanguage.get(base);
  if (!cues) {
    cues = {
      why: compile(WHY_CUES, base),
      next: compile(NEXT_CUES, base),
      context: compile(CONTEXT_CUES, base),
      reaction: compile(REACTION_CUES, base),
      figureWord: wordPattern(only(FIGURE_WORDS, base)),
      named: namedSpeaker(only(REACTION_CUES.strong, base)),
      amount: amountPattern(only(FIGURE_WORDS, base)),
      reported: reportedSpeaker(only(REACTION_CUES.strong, base), only(ATTRIBUTION_PREPOSITIONS, base)),
      leansBack: startPattern(only(REFERRING_STARTS, base)),
      firstPerson: startPattern(only(FIRST_PERSON_STARTS, base)),
      secondPerson: wordPattern(only(SECOND_PERSON, base)),
      firstPersonWord: wordPattern(only(FIRST_PERSON_STARTS, base)),
      pronounSpeaker: wordPattern(only(PRONOUN_SPEAKERS, base)),
      negatedNext: wordPattern(only(NEGATED_NEXT, base)),
      backReference: wordPattern(only(BACK_REFERENCES, base)),
      empty: wordPattern(only(EMPTY_STATEMENTS, base)),
      pastOpening: startPattern(only(PAST_OPENINGS, base)),
      pastMarker: wordPattern(only(PAST_MARKERS, base)),
      forward: atEnd(only(FORWARD_REFERENCES, base)),
      future: wordPattern(only(FUTURE_MARKERS, base)),
      vague: wordPattern(only(VAGUE_ATTRIBUTIONS, base)),
      yearOpening: only(YEAR_OPENINGS, base)
        ? new RegExp(`^(?:${alternationSource([only(YEAR_OPENINGS, base)!])})\\s+((?:1[5-9]|20)\\d\\d)(?!\\d)`, 'iu')
        : null,
      pronounAfterOpening: afterOpening(only(SUBJECT_PRONOUNS, base)),
      time: wordPattern(only(TIME_WORDS, base)),
      measure: measured(only(MEASURE_UNITS, base)),
      instruction: startPattern(only(INSTRUCTION_STARTS, base)),
      instructionAfterOpening: afterOpening(only(INSTRUCTION_STARTS, base)),
      opinion: wordPattern(only(OPINION_CUES, base)),
      judgement: wordPattern(only(WRITER_JUDGEMENTS, base)),
      current: wordPattern(only(CURRENT_TIMES, base)),
      unnamed: wordPattern(only(UNNAMED_SPEAKERS, base)),
      setup: wordPattern(only(SETUP_LINES, base)),
      definition: wordPattern(only(DEFINITION_LINES, base)),
      pointerElsewhere: wordPattern(only(POINTERS_ELSEWHERE, base)),
      sales: wordPattern(only(SALES_LINES, base)),
    };
    cuesByLanguage.set(base, cues);
  }
  return cues;
}

/** Figures: amounts, shares, money ("3.5", "40%", "$2bn"); a bare year is a date and "№3" a name, not figures. */
/**
 * Numbers that name rather than count: a version ("0.17.0", "v2.3", "version 4.01"), or an acronym's number ("HTML 5",
 * "XHTML 4.01", "FFF-278", "COVID-19"). Not figures of the story.
 */
const IDENTIFIER = /\b\d+(?:\.\d+){2,}\b|\bv(?:ersion)?\s?\d+(?:\.\d+)+\b|\b\p{Lu}{2,}[- ]?\d+(?:\.\d+)*\b/gu;
const FIGURE =
  /[$€£¥]\s?\d[\d.,]*|\d[\d.,]*\s?%|(?<![\p{L}\p{N}])(?<![№#]\s?)(?!(?:19|20)\d\d(?!\d|[.,]\d))\d[\d.,]*/gu;
const QUOTE_MARK = /["“”«»「」『』„]/u;
/** Code and markup left in the text: braces, statements, calls, shell prompts. */
const CODE_LIKE = /[{}]|;\s*\S|=>|\w\(\)|^\s*(?:\$|#|>>>)\s|<\/?[a-z][\w-]*[\s>]/u;
/** A phone number: contact details, not a figure that matters ("8 (846) 200-00-00", "555-0134"). */
const PHONE = /\(\d{2,5}\)\s?\d|\d{2,4}-\d{2}-\d{2}|\b\d{3}-\d{4}\b/u;
/**
 * A line under a short label of capitalised words or figures and a colon: a Q&A speaker ("A: Broncos vs.
 * Raiders…", "Kristine Adams: My understanding…"), a score line ("Wild 4, Sabres 1: …"), "Update: …". Not the
 * story's own prose: it earns no label, and fills an "also notable" row only when nothing else can.
 */
const LABELLED_LINE = /^[\p{Lu}\p{N}][\p{L}\p{N}.,'’&-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.,'’&-]*){0,3}:\s/u;
/** What closes a sentence: a stop, then closing quotes or brackets. */
const CLOSED = /[.!?。！？…]["”’»」』)）]*$/u;
/** An amount, a share or money: "$42 million", "40%", "38,000", "2.5". */
const STRONG_FIGURE = /[$€£¥]\s?\d|\d\s?%|\d{1,3}(?:[,.\s]\d{3})+|\d+[.,]\d+/gu;

/** A figure that names a time: a year ("by 2030"), a day of a month ("March 8", "8. März", "9月3日"), an hour. */
const DATE_FIGURE =
  /(?<!\d)(?:1[5-9]|20)\d\d(?!\d)|\d{1,2}\s?(?:[月日号]|[:.]\d\d(?!\d))|(?<![\d.,])\d{1,2}(?:st|nd|rd|th)?(?![\d.,%])/iu;

/** An aside between commas right after a short subject: "Real, unbeaten at home since April 2011, remained…". */
const SUBJECT_ASIDE = /^[^,]{1,40}(,[^,]{1,120},)/u;

/** Labels that may take a second row when the table would otherwise fill one under "also notable". */
const SECOND_ROW_LABELS: ReadonlySet<SignificanceLabel> = new Set(['reaction', 'numbers']);

/** The order rows are shown in: the stakes first, then the figures, background, reactions, what is next. */
const LABEL_ORDER: readonly SignificanceLabel[] = ['why', 'numbers', 'context', 'reaction', 'next', 'detail'];

/** The last text lower-cased (count() reads the same sentence with many cue sets in a row). */
let lowered = { text: '', lower: '' };
const lowerCase = (text: string): string =>
  lowered.text === text ? lowered.lower : (lowered = { text, lower: text.toLowerCase() }).lower;
const count = (re: RegExp | null, text: string): number => (re ? new Set(lowerCase(text).match(re) ?? []).size : 0);

/** The sentence without its quotations: the writer's own words, where the speaker and the verb of saying sit. */
const QUOTATION = /"[^"]*"|“[^“”]*”|«[^«»]*»|„[^„“”]*[“”]|「[^「」]*」|『[^『』]*』/gu;
const unquoted = (text: string): string => text.replace(QUOTATION, ' … ');

/** The words of the speaker a reaction names, outside its quotes ("Jennifer", "Pluznick"), or null when it names none. */
function speakerNames(text: string, cues: Cues): string[] | null {
  const m = cues.named?.exec(unquoted(text));
  return m ? (m[0].match(NAMES) ?? []) : null;
}

/** The speaker's name a reaction gives ("Pluznick" in '"…," Pluznick said.'): its last capitalised word. */
function speakerOf(text: string, cues: Cues): string | null {
  return speakerNames(text, cues)?.at(-1) ?? null;
}

/**
 * The speaker of a reaction when the sentence names them by one word only ('"…," Pluznick said.'), or null when it
 * gives more (a first name, a title, an organisation: "Jennifer Pluznick said", "Professor Li says").
 */
function bareSurname(text: string, cues: Cues): string | null {
  if (hasCjk(text)) return null;
  const names = speakerNames(text, cues)?.filter((w) => !STOPWORDS.has(w.toLowerCase())) ?? [];
  return names.length === 1 ? names[0]! : null;
}

/** The latest year an article mentions (0 when none): a sentence opening with an earlier one tells the past. */
function latestYear(texts: readonly string[]): number {
  let latest = 0;
  for (const t of texts)
    for (const m of t.matchAll(/(?<!\d)(?:1[5-9]|20)\d\d(?!\d)/gu)) latest = Math.max(latest, +m[0]);
  return latest;
}

/** How strongly a sentence earns each label (0: not at all); `latest`: the latest year the article mentions. */
function labelScores(text: string, cues: Cues, latest: number): Partial<Record<SignificanceLabel, number>> {
  const out: Partial<Record<SignificanceLabel, number>> = {};
  const quoted = QUOTE_MARK.test(text);
  const year = cues.yearOpening?.exec(text);
  const past = !!cues.pastOpening?.test(text) || (!!year && +year[1]! < latest);
  // A quote is someone's words: it can be a reaction, never the article's own statement of stakes, background
  // or plans. Each needs a strong cue.
  if (!quoted) {
    for (const label of ['why', 'next', 'context'] as const) {
      const strong = count(cues[label].strong, text);
      const weak = Math.min(2, count(cues[label].weak, text));
      if (strong >= 1) out[label] = 2 * Math.min(strong, 2) + weak;
    }
    // What comes next is planned for a time ("on Tuesday", "next year", "by 2030"): a plan with no time is an
    // intention, "will" alone a prediction. Not after a past opening ("In 1984, … by the end of June") and not
    // a plan denied ("no immediate plans to…", "without a set deadline").
    // (A figure is a time only as a year, a day of a month or an hour: "预计约50%…" estimates a share, it is no plan;
    // blind why round 27.)
    const timed = count(cues.time, text) > 0 || DATE_FIGURE.test(text);
    // Nor beside a time of the past ("There were rumors last year that Disney was planning to…").
    const told = count(cues.pastMarker, text) > 0;
    if (out.next && (!timed || past || told || count(cues.negatedNext, text) > 0)) delete out.next;
  }
  // A reaction: a named person or organisation's own words, in quote marks, told in the present story (not
  // "Last year, … argued"). The speaker and the verb of saying are read outside the quotes, so a quote's own
  // "I have said" names no one.
  const outside = unquoted(text);
  const said = count(cues.reaction.strong, outside) >= 1;
  const pronoun = count(cues.pronounSpeaker, outside) > 0;
  // "a diplomat told Tass that…": the name after the verb is the listener, the speaker is no one identifiable.
  const named = (hasCjk(text) || !!cues.named?.test(outside)) && count(cues.unnamed, outside) === 0;
  if (said && quoted && !pronoun && !past && named) out.reaction = 3;
  // Reported speech is a reaction too when it names its speaker ("Chief Tim Longo said the police found no
  // basis…"), below a quote of their own words and below any other label it earns ("Venkatesh said the corporation
  // would publish a timeline by the end of October" is what comes next).
  else if (said && !pronoun && !past && named && !hasCjk(text) && reportsNamed(outside, cues)) out.reaction = 1;
  // A named person's remark told in reported speech ("Blake Corder … noted that the workers had left…") is what they
  // said, not the article's background: never context.
  if (said && named && !pronoun) delete out.context;
  // Nor what is to come ("Dawn will stay in orbit for years"): background is what happened.
  if (count(cues.future, unquoted(text)) > 0) delete out.context;
  // Nor what happened on the story's own days ("… landed Monday", "today"): that is the news.
  if (count(cues.current, text) > 0) delete out.context;
  // Nor a sentence whose background is only an aside to its subject ("Real, unbeaten at home since April 2011,
  // remained vulnerable in midfield"): the sentence tells the news, the aside is all the history in it.
  const aside = SUBJECT_ASIDE.exec(text);
  if (out.context && aside && count(cues.context.strong, text.replace(aside[1]!, ' ')) === 0) delete out.context;
  // Figures that matter: at least two, one of them an amount, a share or money (not a verse, a day number or a
  // measure of a recipe or a spec: "1–1.5 cm", "150 g").
  const plain = (cues.measure ? text.replace(cues.measure, ' ') : text).replace(IDENTIFIER, ' ');
  const figures = count(FIGURE, plain) + count(cues.figureWord, plain);
  if (figures >= 2 && (count(STRONG_FIGURE, plain) >= 1 || count(cues.figureWord, plain) >= 1)) {
    out.numbers = 1 + Math.min(figures, 4) * 0.75;
  }
  return out;
}

/** Quote marks that open and close within the sentence: it does not start or end inside a quotation. */
function balancedQuotes(text: string): boolean {
  const n = (re: RegExp): number => text.match(re)?.length ?? 0;
  return n(/"/g) % 2 === 0 && n(/“/g) === n(/”/g) && n(/«/g) === n(/»/g) && n(/「/g) === n(/」/g);
}

const QUESTION_AT = FEATURE_NAMES.indexOf('question');
/** "Israeli courts, however, have declared…": a connective in the first clause leans back (as the ranker reads it). */
const LEANING_CLAUSE = new RegExp(`^[^,]{1,40},\\s*${alternationSource([LEANING_CONNECTIVES])}\\s*,`, 'iu');

/**
 * Words the article capitalises inside its sentences (after a word, not after a stop or a quote mark): names
 * ("photographer Sigga Ella wanted…").
 */
function namesOf(texts: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(/(?<=[\p{L}\p{N}],?\s)\p{Lu}\p{Ll}+/gu)) names.add(m[0]);
  return names;
}

/**
 * Whether sentence i stands alone. The ranker reads the leaning starts of every language, so "Ella staged the
 * portraits…" (Spanish "ella": she) leans back even in an English story; a first word the article capitalises
 * inside its sentences is a name ("photographer Sigga Ella"), and the sentence stands alone. So does a demonstrative
 * whose noun phrase names its place ("This octopus at the Seattle Aquarium decided…").
 */
function standsAloneIn(prepared: PreparedSentences, i: number, names: ReadonlySet<string>): boolean {
  if (standsAlone(prepared, i)) return true;
  const values = prepared.features[i]?.values;
  if (!values || prepared.lengths[i]! < THRESHOLDS.standAloneMinWords || values[QUESTION_AT]) return false;
  const text = prepared.candidates[i]!.text;
  if (LEANING_CLAUSE.test(text)) return false;
  if (SELF_NAMING_DEMONSTRATIVE.test(text)) return true;
  const first = /^\p{Lu}\p{Ll}+(?=\s)/u.exec(text)?.[0];
  return !!first && names.has(first);
}

/** Languages that capitalise every noun (German, Luxembourgish): a capital does not mark a name there. */
const NOUN_CAPITALISING: ReadonlySet<string> = new Set(['de', 'lb']);

/**
 * Whether a sentence carries a fact a reader can check: a figure, or a name (a capitalised word after the first).
 * Names can only be told in scripts with case: a sentence in Chinese, Japanese, Korean, Thai or Arabic counts as
 * carrying one (measured on Latin-script rows only).
 */
export function carriesFact(text: string, lang: string | null = null): boolean {
  if (/\p{N}/u.test(text) || !/\p{Ll}/u.test(text) || hasCjk(text)) return true;
  const words = text
    .replace(/^[\s\p{P}]+/u, '')
    .split(/\s+/u)
    .slice(1);
  // German capitalises every noun: there a name is two capitalised words in a row ("Carsten Froß", "St. Galler
  // Polizei", "Deutsche Bahn") or an acronym ("SWR"), not one capitalised word ("die Städte", "das Auge der Kamera").
  // (Blind why round 26: 4 of 7 opinion and set-up rows under "also notable" were German ones read as naming someone.)
  if (NOUN_CAPITALISING.has(baseLanguage(lang)))
    return words.some(
      (w, k) => /^\p{Lu}{2,}(?!\p{Ll})/u.test(w) || (/^\p{Lu}\p{Ll}/u.test(w) && /^\p{Lu}/u.test(words[k + 1] ?? '')),
    );
  return words.some((w) => /^[\p{Pi}\p{Ps}"']*\p{Lu}\p{Ll}/u.test(w));
}

/** Whether sentence i may appear in the table at all. */
function eligible(
  prepared: PreparedSentences,
  i: number,
  avoid: ReadonlySet<number>,
  cues: Cues,
  names: ReadonlySet<string> = new Set(),
): boolean {
  const text = prepared.candidates[i]!.text;
  if (avoid.has(i) || !standsAloneIn(prepared, i, names)) return false;
  // The key points' test of a sentence leaning on its neighbour by its own words: an opener that always leans back
  // ("Le premier, …", "That is why…", "Ces …"), a pointer at a figure, a bare quotation. (Not their test of a
  // sentence inside a quotation opened before it: on a story in one block, one stray quote mark upsets it, and
  // a table loses rows it needs; balanced quotes are asked of the sentence itself below.)
  if (leansByItsWords(text)) return false;
  // Filler ("There is a lot to sort through here.") says nothing of its own.
  if (prepared.termSets[i]!.length < THRESHOLDS.significanceMinTerms) return false;
  // Whole sentences only: closed by a stop, not a listing line ("9:30 p.m. ET Tuesday, Fox ."), not mid-quote.
  if (!CLOSED.test(text) || / [.!?]$/u.test(text) || !balancedQuotes(text)) return false;
  // Not the writer's voice, the reader addressed, or a sentence that points back ("Nor…", "In those elections…").
  const opening = text.replace(/^["“‘'«„]+/u, '');
  // (Inside a quote, "We…" is the speaker's voice, not the writer's: only an unquoted opening counts.)
  if (cues.firstPerson?.test(text) || cues.leansBack?.test(opening)) return false;
  // Pointing back from inside ("a good place to do that"), or an empty line ("It makes you wonder", "declined to
  // comment"): nothing a reader of the table can use.
  if (count(cues.backReference, text) > 0 || count(cues.empty, text) > 0) return false;
  // A textbook definition ("Hearsay is defined as …"): true of any story that uses the word.
  if (count(cues.definition, text) > 0) return false;
  // A deal or a vendor's plug ("… with prices as low as $2,299."): a sales line, not the story.
  if (count(cues.sales, text) > 0) return false;
  // Announcing what follows ("… the following happens."), or a view given to no one ("People say…", "chacun
  // s'accorde à dire…"): the point is in another sentence.
  if (cues.forward?.test(text) || count(cues.pointerElsewhere, text) > 0 || count(cues.vague, text) > 0) return false;
  // "By the time he was 13, he was dreaming…": the subject was named before.
  if (cues.pronounAfterOpening?.test(opening)) return false;
  // Outside quotes: no "you" addressed to the reader, no "we" or "our" of the writer, no exclamation ("stay tuned!").
  // (Acronyms are names: "the US" is not "us".)
  const outside = unquoted(text).replace(/(?<!\p{L})\p{Lu}{2,}(?!\p{L})/gu, ' ');
  const voice = count(cues.secondPerson, outside) + count(cues.firstPersonWord, outside);
  if (voice > 0 || (!QUOTE_MARK.test(text) && /!\s*$/u.test(text))) return false;
  // A quotation with no one to say it (the speaker was named in the sentence before).
  if (!/\p{L}{2}/u.test(outside.replace(/…/gu, ''))) return false;
  // An aside in brackets ("(To be recited by managers each morning…)"), a photo credit glued to a caption.
  if (/^[(（[]/u.test(text) || PHOTO_CREDIT.test(text)) return false;
  return !CODE_LIKE.test(text) && !REFERENCE_ENTRY.test(text) && !PHONE.test(text) && !REPORTING_CREDIT.test(text);
}

const CENTRALITY_AT = FEATURE_NAMES.indexOf('centrality');
/** Each sentence's similarity to the whole article (the ranker's centrality feature). */
const centralities = (prepared: PreparedSentences): number[] =>
  prepared.features.map((f) => f.values[CENTRALITY_AT] ?? 0);

/** The ranker's score as a z-score within the article, minus a penalty for very long sentences. */
function qualities(prepared: PreparedSentences): number[] {
  const scores = baseScores(prepared);
  const mean = scores.reduce((a, b) => a + b, 0) / Math.max(1, scores.length);
  const sd = Math.sqrt(scores.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, scores.length)) || 1;
  return scores.map((s, i) => (s - mean) / sd - (prepared.lengths[i]! > THRESHOLDS.significanceMaxWords ? 0.5 : 0));
}

/**
 * Whether sentence i says again what key point k says: similar terms (cosine), or a quote of the speaker the
 * key point names that shares some of its terms (the quote that backs the point: the key point says "Maley
 * says the stock could be a risky bet with a worthy reward", the row '"A little bit more risk but more
 * reward…," Maley said.').
 */
/**
 * The share of sentence i's term weight (tf-idf within the article) found among the terms of the key points shown:
 * a sentence made of two key points' words ("Now former swimming greats like Jon Sieben says today's … funding cut
 * of about half a million dollars…" after one point on the greats and one on the cut) says nothing new.
 */
function pointCoverage(prepared: PreparedSentences, i: number, pointTerms: ReadonlySet<string>): number {
  let covered = 0;
  let total = 0;
  for (const [t, w] of prepared.features[i]!.vector) {
    total += w;
    if (pointTerms.has(t)) covered += w;
  }
  return total > 0 ? covered / total : 0;
}

function repeatsPoint(prepared: PreparedSentences, i: number, k: number, cues: Cues): boolean {
  const { features, termSets, candidates } = prepared;
  if (cosine(features[i]!.vector, features[k]!.vector) >= THRESHOLDS.significanceMaxSimilarity) return true;
  const point = new Set(termSets[k]);
  const terms = termSets[i]!;
  const shared = terms.filter((t) => point.has(t)).length / Math.max(1, terms.length);
  if (shared < THRESHOLDS.significanceSameSpeakerSharedTerms) return false;
  const speaker = speakerOf(candidates[i]!.text, cues);
  const pointText = candidates[k]!.text;
  return (
    !!speaker &&
    pointText.includes(speaker) &&
    new RegExp(`(?<![\\p{L}])${escapeRegExp(speaker)}(?![\\p{L}])`, 'u').test(pointText)
  );
}

/**
 * A long narrative told in dialogue (fiction, a memoir chapter): many sentences, a good share of them opening with
 * a quotation mark, almost none holding a figure. A table of what matters would pick lines of dialogue.
 */
export function isDialogueNarrative(sentences: readonly string[]): boolean {
  const n = sentences.length;
  if (n < THRESHOLDS.narrativeMinSentences) return false;
  const figures = sentences.filter((s) => /\p{N}/u.test(s)).length;
  const dialogue = sentences.filter((s) => /^["“„«‘'「『]/u.test(s)).length;
  return figures / n < THRESHOLDS.narrativeMaxFigureShare && dialogue / n >= THRESHOLDS.narrativeMinDialogueShare;
}

/**
 * A specification (an RFC, a standard): many sentences state requirements in capitalised keywords ("Each line MUST
 * be no more than 998 characters"). Its sentences are rules, not news: no table of what matters.
 */
export function isSpecification(sentences: readonly string[]): boolean {
  const requirements = sentences.filter((s) => SPEC_REQUIREMENT.test(s)).length;
  return (
    requirements >= THRESHOLDS.specMinRequirements &&
    requirements / Math.max(1, sentences.length) >= THRESHOLDS.specMinRequirementShare
  );
}

/**
 * The picked significance table of an article with at least THRESHOLDS.significanceMinSentences candidate
 * sentences, or null (a short article needs none, a narrative in dialogue or a specification gets none, or too few of its sentences
 * qualify).
 */
export function pickSignificance(article: Article, avoid: ReadonlySet<string>): PickedWhyTable | null {
  const prepared = prepareSentences(article);
  const n = prepared.candidates.length;
  if (n < THRESHOLDS.significanceMinSentences) return null;
  const texts = prepared.candidates.map((c) => c.text);
  if (isDialogueNarrative(texts) || isSpecification(texts)) return null;
  const names = namesOf(texts);
  const quality = qualities(prepared);
  const cues = cuesFor(article.lang);
  const latest = latestYear(prepared.candidates.map((c) => c.text));
  // The key points shown above, and sentences that say much the same as one of them.
  const shown = prepared.candidates.flatMap((c, i) => (avoid.has(c.text) ? [i] : []));
  const pointTerms = new Set(shown.flatMap((k) => prepared.termSets[k]!));
  // The amounts the key points give: a sentence giving one of them again tells the same fact (the quote behind a
  // point's "$53 million a week").
  const pointAmounts = new Set(shown.flatMap((k) => amountsIn(texts[k]!, cues)));
  // The figures of each key point: a sentence giving two of one point's figures again ("… to 17, a period of 15
  // days …" under "15 days to downsize its staff from 100 personnel to 17") tells the same fact.
  const pointFigures = shown.map((k) => new Set(figuresIn(texts[k]!)));
  const repeats = new Set(
    Array.from({ length: n }, (_, i) => i).filter(
      (i) =>
        amountsIn(texts[i]!, cues).some((a) => pointAmounts.has(a)) ||
        pointFigures.some((figures) => figuresIn(texts[i]!).filter((f) => figures.has(f)).length >= 2) ||
        shown.some((k) => repeatsPoint(prepared, i, k, cues)) ||
        (shown.length > 0 && pointCoverage(prepared, i, pointTerms) >= THRESHOLDS.significanceMaxPointCoverage),
    ),
  );
  // A sentence whose subject is a surname alone that the key points and the title never name ("Forte said he
  // expects…"): the reader of the table cannot tell who that is.
  const pool = Array.from({ length: n }, (_, i) => i).filter(
    (i) => eligible(prepared, i, repeats, cues, names) && !namesUnintroduced(prepared, i, shown, article.title),
  );
  const pairs: { label: SignificanceLabel; i: number; value: number }[] = [];
  // A step of a recipe or a how-to, a Q&A or score line earns no label: not what matters in a story.
  const step = (i: number): number => {
    const text = prepared.candidates[i]!.text;
    return cues.instruction?.test(text) || cues.instructionAfterOpening?.test(text) || LABELLED_LINE.test(text) ? 1 : 0;
  };
  for (const i of pool) {
    const text = prepared.candidates[i]!.text;
    const scores = step(i) ? {} : labelScores(text, cues, latest);
    for (const [label, score] of Object.entries(scores) as [SignificanceLabel, number][]) {
      // Reported speech under another label reads as someone's claim rather than the article's.
      const claim = label !== 'reaction' && count(cues.reaction.strong, text) >= 1 ? 0.5 : 0;
      pairs.push({ label, i, value: score + quality[i]! - claim });
    }
  }
  // A reaction whose speaker is a bare surname ('"…," Li says.') that the key points above never name: the reader of
  // the table cannot tell who is speaking (blind round 18: 5 such rows, all failed).
  const pointText = shown.map((k) => texts[k]!).join(' ');
  for (let k = pairs.length - 1; k >= 0; k--) {
    const { label, i } = pairs[k]!;
    const surname = label === 'reaction' ? bareSurname(prepared.candidates[i]!.text, cues) : null;
    if (surname && !pointText.includes(surname)) pairs.splice(k, 1);
  }
  // Off the story's topic (the weather in a story about power cuts, a list entry): in the article's least central
  // quarter. A reaction may sit off-centre (it is someone's view); every other row must be about the story.
  const central = centralities(prepared);
  const sorted = [...central].sort((x, y) => x - y);
  const quartile = sorted[Math.floor(sorted.length / 4)] ?? 0;
  for (let k = pairs.length - 1; k >= 0; k--) {
    if (pairs[k]!.label !== 'reaction' && central[pairs[k]!.i]! < quartile) pairs.splice(k, 1);
  }
  pairs.sort((a, b) => b.value - a.value || a.i - b.i);
  const used = new Set<number>();
  // Rows that say much the same as a row already chosen add nothing.
  const similar = (i: number): boolean =>
    [...used].some(
      (j) => cosine(prepared.features[i]!.vector, prepared.features[j]!.vector) >= THRESHOLDS.significanceMaxSimilarity,
    );
  const chosen: [SignificanceLabel, number][] = [];
  const has = (label: SignificanceLabel): boolean => chosen.some(([l]) => l === label);
  for (const { label, i } of pairs) {
    if (chosen.length >= THRESHOLDS.significanceMaxRows) break;
    if (has(label) || used.has(i) || similar(i)) continue;
    chosen.push([label, i]);
    used.add(i);
  }
  // Fewer than two rows: a second row under a label already shown says more than a row under no label, for the
  // labels a blind judge found reliable (round 10: reactions 23/26 good, figures 11/12; "also notable" 30/44,
  // background 10/14); a second reaction by the same speaker does not.
  const speakers = new Set(chosen.map(([, i]) => speakerOf(prepared.candidates[i]!.text, cues)));
  for (const { label, i } of pairs) {
    if (chosen.length >= 2) break;
    if (!SECOND_ROW_LABELS.has(label) || used.has(i) || similar(i)) continue;
    if (label === 'reaction') {
      const speaker = speakerOf(prepared.candidates[i]!.text, cues);
      if (speakers.has(speaker)) continue;
      speakers.add(speaker);
    }
    chosen.push([label, i]);
    used.add(i);
  }
  // Too few sentences earned a label: the best remaining ones, honestly labelled "also notable", facts before
  // steps, labelled lines, the writer's opinions and quotes of an unnamed "she", those about the story first. (A short article's central sentences are often all key points already: then a less central one
  // is still a fact of the story, not a stray label.)
  const onTopic = (i: number): number => (central[i]! >= quartile ? 1 : 0);
  // The writer's view of what ought to happen ("…must respond accordingly"), unquoted and unattributed.
  const opinion = (i: number): number => {
    const text = prepared.candidates[i]!.text;
    if (QUOTE_MARK.test(text) || count(cues.reaction.strong, text)) return 0;
    return count(cues.opinion, text) || count(cues.judgement, text) ? 1 : 0;
  };
  // A quote whose only speaker is a pronoun ('"…," she said.') or a surname the key points never name: the reader
  // of the table cannot tell whose words they are.
  const unnamedQuote = (i: number): number => {
    const text = prepared.candidates[i]!.text;
    const outside = unquoted(text);
    const surname = QUOTE_MARK.test(text) ? bareSurname(text, cues) : null;
    return (QUOTE_MARK.test(text) && count(cues.pronounSpeaker, outside) > 0) ||
      count(cues.unnamed, outside) > 0 ||
      (surname !== null && !pointText.includes(surname))
      ? 1
      : 0;
  };
  // A line that only sets up the next ("… was slated to speak at …", "… is not confined to Africa.").
  const setup = (i: number): number => (count(cues.setup, prepared.candidates[i]!.text) > 0 ? 1 : 0);
  // A line with no figure and no name in it is most often the writer's view or a scene ("There simply aren't enough
  // hours in the workday …"): blind judges found 23% of such "also notable" rows good, 65% of the others.
  const noFact = (i: number): number => (carriesFact(prepared.candidates[i]!.text, article.lang) ? 0 : 1);
  const rest = pool
    .filter((i) => !used.has(i) && !similar(i))
    .sort(
      (a, b) =>
        step(a) - step(b) ||
        opinion(a) + setup(a) - opinion(b) - setup(b) ||
        unnamedQuote(a) - unnamedQuote(b) ||
        noFact(a) - noFact(b) ||
        onTopic(b) - onTopic(a) ||
        quality[b]! - quality[a]! ||
        a - b,
    );
  const details = rest.slice(0, Math.max(0, 2 - chosen.length));
  if (chosen.length + details.length < 2) return null;
  const rows = [...chosen, ...details.map((i) => ['detail', i] as const)].sort(
    (a, b) => LABEL_ORDER.indexOf(a[0]) - LABEL_ORDER.indexOf(b[0]) || a[1] - b[1],
  );
  return {
    origin: 'picked',
    title: '',
    columns: [],
    rows: rows.map(([label, i]) => [label, prepared.candidates[i]!.text]),
    sources: rows.map(([, i]) => {
      const c = prepared.candidates[i]!;
      return { block: c.block, start: c.start, end: c.end };
    }),
  };
}
