/**
 * The phrase syntax every phrase table in utils/rules/phrases/ is written in, and the one helper that
 * turns tables into regular expressions and cheap pre-filters. Nothing else in the project types a
 * phrase into a regex: a matcher and its pre-filter are built from the same table, so they cannot drift.
 *
 * Syntax (a small subset of regex thinking, readable by anyone adding a language):
 * - words are separated by one space, which matches any run of white space (`\s+`); in a phrase written
 *   in an unspaced script (Chinese, Japanese, Korean, Thai) the space is optional (`\s*`);
 * - `(a|b c)` one of the alternatives (required); `[a|b c]` one of them or nothing (optional);
 *   alternatives are phrases themselves and may nest;
 * - `x?` inside a word makes the character before it optional: `posts?`, `e-?mail`, `editor'?s`;
 * - `…` stands for any text up to a separator (`:`, `|`, a dash); `…2` for one or two words; `#` for a number;
 * - everything else is literal (matched without regard to case); an apostrophe `'` also matches `’`;
 * - parts written without a space between them are glued: `ci-(dessus|dessous)` matches "ci-dessus",
 *   `un(known|clear)` "unknown", `(post|article),?` "post," and "post", `prev[ious]` "prev" and "previous"; an
 *   alternative opening with a space keeps it: `hacer(lo| eso)` matches "hacerlo" and "hacer eso".
 */

/** Phrases of one concept by language (BCP 47 base language, e.g. `en`, `zh`, `pt`). */
export type PhraseTable = Readonly<Record<string, readonly string[]>>;

type Item = (
  | { kind: 'word'; text: string }
  | { kind: 'any'; words: number | null }
  | { kind: 'number' }
  | { kind: 'choice'; optional: boolean; alts: Item[][] }
) & {
  /** Written right after the part before it, without a space ("ci-(dessus|dessous)"): no separator between. */
  glued?: boolean;
};

/** Scripts written without spaces between words, or where the space is often left out (Korean). */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
/** Scripts without word boundaries at all: a phrase in them matches as a prefix or substring. */
const UNBOUNDED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

class PhraseSyntaxError extends Error {}

/** Parsed phrases: a phrase is read once however many patterns and pre-filters are built from it. */
const parsed = new Map<string, Item[]>();
const PLAIN = /^[^()[\]|…#]+$/u;

function parse(phrase: string): Item[] {
  let items = parsed.get(phrase);
  if (!items) {
    // Most phrases are plain words: split them without the character-by-character reader.
    items = PLAIN.test(phrase) ? plainWords(phrase) : readPhrase(phrase);
    parsed.set(phrase, items);
  }
  return items;
}

/** The words of a phrase without syntax characters (PLAIN), checked. */
function plainWordsOf(phrase: string): string[] {
  const words = phrase.split(' ').filter(Boolean);
  if (words.length === 0) throw new PhraseSyntaxError(`"${phrase}" has no required part`);
  if (words.some((w) => w.startsWith('?'))) throw new PhraseSyntaxError(`"?" with nothing before it in "${phrase}"`);
  return words;
}

function plainWords(phrase: string): Item[] {
  return plainWordsOf(phrase).map((text) => ({ kind: 'word', text }));
}

/** A word of a phrase: everything up to a space or a syntax character. */
const WORD_RUN = /[^ ()[\]|…#]+/y;

function readPhrase(phrase: string): Item[] {
  let at = 0;
  const seq = (closers: string): Item[] => {
    const list: Item[] = [];
    // An alternative's first part is glued to what stands before its choice unless the alternative opens with
    // a space: `hacer(lo| eso)`.
    let spaced = false;
    const items = {
      push(item: Item): void {
        if (!spaced && (list.length > 0 || closers !== '')) item.glued = true;
        spaced = false;
        list.push(item);
      },
    };
    while (at < phrase.length && !closers.includes(phrase[at]!) && phrase[at] !== '|') {
      const ch = phrase[at]!;
      if (ch === ' ') {
        at++;
        spaced = true;
        continue;
      }
      if (ch === '(' || ch === '[') {
        at++;
        const close = ch === '(' ? ')' : ']';
        const alts: Item[][] = [seq(close)];
        while (phrase[at] === '|') {
          at++;
          alts.push(seq(close));
        }
        if (phrase[at] !== close) throw new PhraseSyntaxError(`unclosed ${ch} in "${phrase}"`);
        at++;
        if (alts.some((a) => a.length === 0)) throw new PhraseSyntaxError(`empty alternative in "${phrase}"`);
        items.push({ kind: 'choice', optional: ch === '[', alts });
        continue;
      }
      if (ch === '#') {
        at++;
        items.push({ kind: 'number' });
        continue;
      }
      if (ch === '…') {
        at++;
        const n = /^\d+/.exec(phrase.slice(at))?.[0];
        if (n) at += n.length;
        items.push({ kind: 'any', words: n ? Number(n) : null });
        continue;
      }
      // The word runs to the next syntax character (one sticky match, not a loop over its characters).
      WORD_RUN.lastIndex = at;
      const text = WORD_RUN.exec(phrase)?.[0] ?? '';
      at += text.length;
      if (!text) throw new PhraseSyntaxError(`unexpected "${ch}" in "${phrase}"`);
      if (text.startsWith('?')) throw new PhraseSyntaxError(`"?" with nothing before it in "${phrase}"`);
      items.push({ kind: 'word', text });
    }
    return list;
  };
  const items = seq('');
  if (at < phrase.length) throw new PhraseSyntaxError(`unexpected "${phrase[at]}" in "${phrase}"`);
  if (!items.some((i) => i.kind !== 'choice' || !i.optional)) {
    throw new PhraseSyntaxError(`"${phrase}" has no required part`);
  }
  return items;
}

/** Text as a literal in a regular expression (every syntax character escaped; valid in `u` mode). */
export const escapeRegExp = (text: string): string => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/** escapeRegExp's characters without '?' (the phrase syntax's "optional letter"), plus the apostrophe. */
const WORD_SPECIAL = /[\\^$.*+()[\]{}|/']/g;

function wordSource(word: string): string {
  // One replace per word (this runs for every phrase when the popup loads the pipeline). A straight
  // apostrophe also matches the typographic one: "What’s next", "Vue d’ensemble".
  return word.replace(WORD_SPECIAL, (ch) => (ch === "'" ? "['’]" : `\\${ch}`));
}

function itemSource(item: Item, sep: string): string {
  if (item.kind === 'word') return wordSource(item.text);
  if (item.kind === 'number') return '\\d+';
  if (item.kind === 'any') return item.words === null ? '[^:：|–—]+' : `\\S+(?:\\s+\\S+){0,${item.words - 1}}`;
  // A glued choice's alternatives bring their own leading separator (`hacer(lo| eso)`); others need none.
  return `(?:${item.alts.map((alt) => seqSource(alt, sep, item.glued === true)).join('|')})`;
}

/** The separator before a part: none where the phrase glues it to the part before (spaced scripts only). */
const sepBefore = (item: Item | undefined, sep: string): string => (item?.glued && sep === '\\s+' ? '' : sep);

function seqSource(items: Item[], sep: string, inChoice = false): string {
  const firstRequired = items.findIndex((i) => i.kind !== 'choice' || !i.optional);
  // Inside a glued choice, an alternative that opens with a space starts with the separator: `hacer(lo| eso)`.
  let out = inChoice && items[0] && !items[0].glued ? sep : '';
  items.forEach((item, i) => {
    const body = itemSource(item, sep);
    const optional = item.kind === 'choice' && item.optional;
    // Optional items before the first required one carry the separator after them, later ones before them.
    if (firstRequired < 0 || i < firstRequired)
      out += `(?:${body}${i < items.length - 1 ? sepBefore(items[i + 1], sep) : ''})?`;
    else if (i === firstRequired) out += body;
    else out += optional ? `(?:${sepBefore(item, sep)}${body})?` : `${sepBefore(item, sep)}${body}`;
  });
  return out;
}

/**
 * Sources already written: about half the phrases the pipeline's patterns are built from (when the popup loads
 * it, on every first click) sit in more than one pattern.
 */
const sources = new Map<string, string>();

/** The regular-expression source of one phrase (no anchors, no flags). */
export function phraseSource(phrase: string): string {
  let source = sources.get(phrase);
  if (source === undefined) {
    const sep = UNSPACED.test(phrase) ? '\\s*' : '\\s+';
    // A phrase of plain words (most of them) is its escaped words joined by the separator: what seqSource
    // writes for them, without building the parsed items first.
    source = PLAIN.test(phrase) ? plainWordsOf(phrase).map(wordSource).join(sep) : seqSource(parse(phrase), sep);
    sources.set(phrase, source);
  }
  return source;
}

/** Characters of a word that every match contains, as runs: "e-?mailed" -> ["e", "mailed"]. */
function requiredRuns(word: string): string[] {
  const runs: string[] = [];
  let run = '';
  const chars = Array.from(word);
  chars.forEach((ch, i) => {
    if (ch === '?') return;
    if (chars[i + 1] === '?') {
      runs.push(run);
      run = '';
    } else run += ch;
  });
  runs.push(run);
  return runs.filter(Boolean);
}

function seqAnchors(items: Item[]): string[] {
  // The longest literal run of a required word; failing that, the anchors of a required choice.
  let best = '';
  for (const item of items) {
    if (item.kind !== 'word') continue;
    for (const run of requiredRuns(item.text)) if (run.length > best.length) best = run;
  }
  if (best) return [best.toLowerCase()];
  const choice = items.find((i): i is Extract<Item, { kind: 'choice' }> => i.kind === 'choice' && !i.optional);
  if (!choice) return [];
  const alts = choice.alts.map(seqAnchors);
  return alts.some((a) => a.length === 0) ? [] : [...new Set(alts.flat())];
}

/** Lower-cased literals of which every text matching the phrase contains at least one. */
export function phraseAnchors(phrase: string): string[] {
  const anchors = seqAnchors(parse(phrase));
  if (anchors.length === 0) throw new PhraseSyntaxError(`"${phrase}" has no literal word to pre-filter on`);
  return anchors;
}

/** Texts the phrase matches (each choice tried, optional parts with and without), at most `max`. */
export function phraseExamples(phrase: string, max = 32): string[] {
  const joiner = UNSPACED.test(phrase) ? '' : ' ';
  const seq = (items: Item[], inChoice = false): string[] => {
    // A glued choice's alternative that opens with a space keeps it: `hacer(lo| eso)` -> "hacer eso".
    let out = [inChoice && items[0] && !items[0].glued ? joiner : ''];
    for (const item of items) {
      const options = itemExamples(item);
      const glue = item.glued ? '' : joiner;
      const next: string[] = [];
      for (const head of out)
        for (const tail of options) next.push(head && tail ? `${head}${glue}${tail}` : head + tail);
      out = next.slice(0, max);
    }
    return out.map((text) => (inChoice ? text : text.trim()));
  };
  const itemExamples = (item: Item): string[] => {
    if (item.kind === 'word') {
      const full = item.text.replace(/\?/g, '');
      const short = requiredRuns(item.text).join('');
      return full === short ? [full] : [full, short];
    }
    if (item.kind === 'number') return ['12'];
    if (item.kind === 'any') return item.words === 1 ? ['world'] : ['world', 'the world'];
    const alts = item.alts.flatMap((alt) => seq(alt, item.glued === true));
    return item.optional ? ['', ...alts] : alts;
  };
  return [...new Set(seq(parse(phrase)))].slice(0, max);
}

/** Every phrase of the tables, each once. */
export function phrasesOf(tables: readonly PhraseTable[]): string[] {
  return [...new Set(tables.flatMap((table) => Object.values(table).flat()))];
}

export type PatternShape = {
  /**
   * `whole`: the text is exactly one phrase (plus `suffix`); `start`: the text begins with one, ending at a
   * word boundary (phrases in unspaced scripts are prefixes); `word`: a phrase anywhere, as whole words.
   */
  at: 'whole' | 'start' | 'word';
  /** Regex source allowed after the phrase in `whole` mode (trailing punctuation). */
  suffix?: string;
};

/** A wrapper `(?: ... )` around alternatives; the longest first, so "more related posts" wins over "more". */
const alternation = (phrases: string[]): string =>
  [...phrases]
    .sort((a, b) => b.length - a.length)
    .map(phraseSource)
    .join('|');

/** The regex source `(?:a|b|…)` of every phrase of the tables, to embed in a larger pattern. */
export function alternationSource(tables: readonly PhraseTable[]): string {
  return `(?:${alternation(phrasesOf(tables))})`;
}

/** One case-insensitive Unicode regex matching any phrase of the tables, in the given shape. */
export function buildPattern(tables: readonly PhraseTable[], shape: PatternShape): RegExp {
  const phrases = phrasesOf(tables);
  const spaced = phrases.filter((p) => !UNBOUNDED.test(p));
  const unspaced = phrases.filter((p) => UNBOUNDED.test(p));
  const end = '(?![\\p{L}\\p{N}])';
  const either = (bounded: string, free: string): string =>
    [spaced.length ? bounded : '', unspaced.length ? free : ''].filter(Boolean).join('|');
  switch (shape.at) {
    case 'whole':
      return new RegExp(`^(?:${alternation(phrases)})${shape.suffix ?? ''}$`, 'iu');
    case 'start':
      return new RegExp(`^(?:${either(`(?:${alternation(spaced)})${end}`, alternation(unspaced))})`, 'iu');
    case 'word':
      return new RegExp(either(`(?<![\\p{L}\\p{N}])(?:${alternation(spaced)})${end}`, alternation(unspaced)), 'iu');
  }
}

/** Texts compared by the pre-filter and the matchers: Turkish dotted capital I folds to I. */
export const foldForMatch = (text: string): string => text.replace(/\u0130/g, 'I');

/**
 * A cheap pre-filter for the tables: true for any text that may contain one of their phrases (it holds
 * one of the phrases' anchor words). Built from the same tables as the matcher, so no phrase can be
 * missing from it.
 */
export function buildPrefilter(tables: readonly PhraseTable[]): RegExp {
  const anchors = [...new Set(phrasesOf(tables).flatMap(phraseAnchors))].sort((a, b) => b.length - a.length);
  // A straight apostrophe in an anchor also lets the typographic one through ("Editor’s picks"), as the matchers do.
  return new RegExp(anchors.map((a) => escapeRegExp(a).replace(/'/g, "['’]")).join('|'), 'iu');
}
