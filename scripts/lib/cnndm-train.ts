import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Article } from '../../utils/types';
import { articleFromParagraphs } from './load-document';

/**
 * Reading the CNN/DailyMail training data (`../shared/data/cnndm-train/`): the train and val splits are
 * lower-cased and PTB-tokenized (`-lrb-`, ` 's`, ` .`, `` `` ``), with no paragraph breaks; val-cased is
 * normal text. Stories are read from their own folder and never written anywhere.
 */
export type RawStory = { split: string; article: string; highlights: string[]; id?: string };

export function readStories(path: string): RawStory[] {
  const raw = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(raw) : raw)
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as RawStory);
}

const BRACKETS: Record<string, string> = {
  '-lrb-': '(',
  '-rrb-': ')',
  '-lsb-': '[',
  '-rsb-': ']',
  '-lcb-': '{',
  '-rcb-': '}',
  '``': '"',
  "''": '"',
};

/** Tokenized text back to plain text: "he did n't say , `` no . ''" -> `he didn't say, "no."`. */
export function detokenize(tokens: string): string {
  const words = tokens
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => BRACKETS[w] ?? w);
  let out = '';
  let openQuote = false;
  let glueNext = false;
  for (const w of words) {
    let glue = glueNext;
    glueNext = false;
    if (w === '"') {
      openQuote = !openQuote;
      if (openQuote) glueNext = true;
      else glue = true;
    } else if (/^(?:[.,:;!?%)\]}]|'s|'re|'ve|'m|'ll|'d|n't|')$/.test(w)) glue = true;
    else if (/^[([{$#]$/.test(w)) glueNext = true;
    out += out && !glue ? ` ${w}` : w;
  }
  return out.replace(/ - /g, '-');
}

const SENTENCE_END = new Set(['.', '!', '?']);

/**
 * The tokenized text's sentences (tokens), split after `.`, `!` and `?`; a closing quote or bracket right
 * after the stop stays with the sentence (a `"` closes only while a quote is open).
 */
export function tokenizedSentences(article: string): string[] {
  const tokens = article
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => (t === '``' || t === "''" ? '"' : t));
  const out: string[] = [];
  let current: string[] = [];
  let open = false;
  tokens.forEach((t, i) => {
    current.push(t);
    if (t === '"') open = !open;
    const next = tokens[i + 1];
    const closesNext = next === '-rrb-' || (next === '"' && open);
    const ends =
      SENTENCE_END.has(t) || ((t === '"' || t === '-rrb-') && SENTENCE_END.has(current[current.length - 2] ?? ''));
    if (ends && !closesNext && !(next && SENTENCE_END.has(next))) {
      out.push(current.join(' '));
      current = [];
      open = false;
    }
  });
  if (current.length) out.push(current.join(' '));
  return out;
}

/** Old DailyMail headers in the tokenized data: "by . deni kirkova . published : . 10:22 est , 1 may 2013 . | . updated : . ...". */
const BYLINE = /^by \. [^.]{1,60} \. /;
const TIMESTAMPS = /^(?:last )?(?:published|updated) : \. [^|]*?\d{4} \. (?:\| \. )?/;
/** The wire dateline that stripDateline removes from cased text ("London (CNN) --"), in lower case. */
const LOWER_DATELINE = /^(?:[a-z][\p{L}.,' -]{0,50})?\((?:cnn\w*|the hollywood reporter|[a-z]+\.com)\)\s*(?:--?\s*)?/u;

/** Removes the byline and timestamp lines an old DailyMail story opens with. */
function dropHeaders(article: string): string {
  let text = article.trim();
  for (let k = 0; k < 6; k++) {
    const before = text;
    text = text.replace(BYLINE, '').replace(TIMESTAMPS, '');
    if (text === before) break;
  }
  return text;
}

const capitalise = (s: string): string =>
  s.replace(/^(\P{L}*)(\p{L})/u, (_, before: string, letter: string) => before + letter.toUpperCase());

/**
 * A lower-cased tokenized story as the Article the pipeline would build from its page: one paragraph
 * (the data has no paragraph breaks), plain punctuation, the dateline cut, each sentence's first letter
 * upper-cased so the sentence splitter finds the same boundaries as the tokenizer did (features read
 * lower-cased text, so this changes no feature). `lead3`: the first three sentences (dateline kept).
 */
export function lowerCasedArticle(tokenized: string): { article: Article; lead3: string[] } {
  const sentences = tokenizedSentences(dropHeaders(tokenized)).map(detokenize).filter(Boolean);
  const lead3 = sentences.slice(0, 3);
  if (sentences[0]) sentences[0] = sentences[0].replace(LOWER_DATELINE, '');
  const text = sentences.map(capitalise).join(' ');
  return {
    lead3,
    article: articleFromParagraphs([text]),
  };
}

/** A cased story as the same one-paragraph Article (the benchmark's fast path; its Readability path gives the same blocks). */
export function casedArticle(text: string, title = ''): Article {
  return {
    title,
    siteName: null,
    byline: null,
    publishedTime: null,
    lang: 'en',
    isArticle: true,
    blocks: [{ kind: 'paragraph', text: text.replace(/\s+/g, ' ').trim(), section: null }],
  };
}

/** Abbreviations whose stop stays on the word in the tokenized data ("u.s.", "mr.", "jan."). */
const KEEPS_STOP =
  /^(?:(?:\p{L}\.)+\p{L}?|mr|mrs|ms|dr|st|jr|sr|gen|sen|rep|gov|lt|col|sgt|capt|prof|rev|inc|co|corp|ltd|no|vs|jan|feb|aug|sept?|oct|nov|dec)$/u;

/**
 * Cased text in the training data's form: lower-cased and PTB-tokenized (`-lrb-`, `` `` ``, ` n't`,
 * ` 's`, ` .`), so a cased story can be read through exactly the path the training stories take.
 */
export function trainingForm(text: string): string {
  let open = false;
  const quoted = text
    .toLowerCase()
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/"/g, () => {
      open = !open;
      return open ? ' `` ' : " '' ";
    });
  return quoted
    .replace(/\(/g, ' -lrb- ')
    .replace(/\)/g, ' -rrb- ')
    .replace(/(\p{L})n't\b/gu, "$1 n't")
    .replace(/([\p{L}\d])'([smd]|re|ve|ll)\b/gu, "$1 '$2")
    .replace(/([,;:!?%$])/g, ' $1 ')
    .replace(/(\S+)\.(?=\s|$)/gu, (m, word: string) => (KEEPS_STOP.test(word) ? m : `${word} .`))
    .replace(/\s+/g, ' ')
    .trim();
}
