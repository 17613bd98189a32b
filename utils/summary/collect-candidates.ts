import type { Article } from '../types';
import { estimateWords } from '../text/words';
import { splitSentences } from '../text/split-sentences';
import { foldedKey } from '../text/normalize';
import { isBoilerplate, isKeyPointCandidate, isWholeSentence, stripDateline } from './clean-sentence';
import { THRESHOLDS } from '../rules/thresholds';
import { SPEAKER_LABEL } from '../rules/sentence-shape';
import { COMMENT_POLICY } from '../rules/phrases/boilerplate-lines';
import { endsSentencesWithoutStops } from '../text/script';

/** A sentence that may become a key point, with where it sits in the article. */
export type Candidate = {
  text: string;
  section: string | null;
  /** Index of the block in `Article.blocks` and the sentence's offsets in that block's text. */
  block: number;
  start: number;
  end: number;
  /** Order among all candidates of the article (0 = first). */
  position: number;
  /** Order of the sentence inside its block (0 = the block's lead sentence). */
  inBlock: number;
  /** The sentence starts inside a quotation opened by an earlier sentence: someone's words, the speaker unnamed. */
  inQuote?: boolean;
};

/**
 * Whether a quotation is open at the end of `text`: more opening than closing curly quotes or guillemets, or an
 * odd number of straight double quotes. With German „low-high" quotes, “ closes.
 */
export function quoteOpenAfter(text: string): boolean {
  const count = (re: RegExp): number => text.match(re)?.length ?? 0;
  const german = text.includes('„');
  const open = count(german ? /[„«「『]/gu : /[“„«「『]/gu);
  const close = count(german ? /[“”»」』]/gu : /[”»」』]/gu);
  return open > close || count(/"/gu) % 2 === 1;
}

/** Any mark that closes a quote (“ closes a German „…“ one). */
const CLOSING_MARK = /["”»」』“]/u;

/**
 * Whether `text` opens a quotation that is still open at its end: "He answered: "Freeway gridlock." is the start of
 * a quote that goes on in the next sentence, a piece of it, not a sentence of its own. A lone inch mark (`27"`)
 * opens nothing.
 */
export function opensUnclosedQuote(text: string): boolean {
  if (!quoteOpenAfter(text)) return false;
  const at = lastOpening(text);
  // A quote closed by a mark of another kind ("Minibars almost always lose money,” Sharon said.) is closed.
  return at >= 0 && !CLOSING_MARK.test(text.slice(at + 1));
}

/**
 * Where the last quotation mark that opens a quote is in `text` (-1 if none): a curly or CJK opener anywhere ("卢宇表示：
 * “近几年…"), a straight one at the start or after a space, a colon, a dash or a bracket, before a word.
 */
function lastOpening(text: string): number {
  let last = -1;
  for (const m of text.matchAll(/[“„«「『]|(?:^|[\s:(—–-])"(?=\s?[\p{L}\p{N}])/gu)) last = m.index + m[0].length - 1;
  return last;
}

type Span = { text: string; start: number; end: number };

/**
 * The block's sentences with a quotation that runs over several sentences read as one: the sentence that opens it
 * and the ones up to the sentence that closes it (at most THRESHOLDS.quoteMaxSentences), verbatim from the block
 * ("… he will answer: "Freeway gridlock. Anyone who's lived there will tell you that.""). A quote that does not close
 * by then is left as it was split, its opening piece marked `unclosed`.
 */
export function joinQuotedSentences(blockText: string, sentences: readonly Span[]): (Span & { unclosed?: boolean })[] {
  const out: (Span & { unclosed?: boolean })[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const first = sentences[i]!;
    if (!opensUnclosedQuote(first.text) || (first.start > 0 && quoteOpenAfter(blockText.slice(0, first.start)))) {
      out.push(first);
      continue;
    }
    let j = i;
    while (j + 1 < sentences.length && j + 1 - i < THRESHOLDS.quoteMaxSentences) {
      j++;
      if (!quoteOpenAfter(blockText.slice(first.start, sentences[j]!.end))) break;
    }
    const end = sentences[j]!.end;
    if (j > i && !quoteOpenAfter(blockText.slice(first.start, end))) {
      out.push({ text: blockText.slice(first.start, end), start: first.start, end });
      i = j;
    } else out.push({ ...first, unclosed: true });
  }
  return out;
}

/**
 * An ellipsis glued to the last word, before closing quotes: the text was cut short or trails off. One after a space
 * ("… stolen right out of her hotel room ...") is a house style of a pause, not a cut.
 */
const TRAILING_ELLIPSIS = /(?<=[\p{L}\p{N}])(?:…|\.{3,}|。{3}|・{3})["'”’»)\]」』）]*$/u;

/** What closes a sentence: a stop, a quote or bracket after it, an ellipsis. */
const CLOSED = /[.!?。！？…:;"'”’)\]»」』）]$/u;

function isLabel(sentence: string): boolean {
  return !CLOSED.test(sentence.trim()) && estimateWords(sentence) < THRESHOLDS.labelMaxWords;
}

/** A short line that does not end like a sentence, closing brackets aside: "iTunes (HD) | iTunes (SD)", "Play Video". */
const STOPPED = /[.!?。！？…][\s"'”’»)\]」』）]*$/u;
const isWidgetLabel = (text: string): boolean => !STOPPED.test(text) && estimateWords(text) < THRESHOLDS.labelMaxWords;

/**
 * Headed sections whose paragraphs are mostly labels (one line without a closing stop: "Listen Now: Download
 * Today's Podcast", "iTunes (HD) | iTunes (SD)", "Play Video", "Add Your Comment"): a player or a promo box
 * under a heading, not a part of the story. The teaser sentence among its labels ("Want to get your kid off
 * your couch? Bribe them back to school …") is no key point.
 */
function widgetSections(article: Article): Set<string> {
  const stats = new Map<string, { labels: number; paragraphs: number }>();
  for (const b of article.blocks) {
    if (b.kind !== 'paragraph' || b.section === null) continue;
    const s = stats.get(b.section) ?? { labels: 0, paragraphs: 0 };
    s.paragraphs++;
    if (isWidgetLabel(b.text)) s.labels++;
    stats.set(b.section, s);
  }
  const out = new Set<string>();
  for (const [section, s] of stats)
    if (s.labels >= THRESHOLDS.widgetSectionMinLabels && s.labels >= s.paragraphs * THRESHOLDS.widgetSectionLabelShare)
      out.add(section);
  return out;
}

/**
 * A running page header printed into the text at every page break of a paged document (an RFC's "RFC 2822
 * Internet Message Format April 2001", an Internet-Draft's "Internet-Draft remoteStorage December 2014"): the
 * run of at least THRESHOLDS.runningHeaderMinWords words, holding a four-digit number (a year, an RFC's number) and no colon, that opens the most
 * paragraphs, at least THRESHOLDS.runningHeaderMinBlocks of them. It comes off the start of those paragraphs' first
 * sentences; what is left of a sentence cut at the page break then starts in lower case and is no key point.
 */
/** A page header names a year or a number ("April 2001", "RFC 2822") and is no label: "Containers: 1" is a list. */
const PAGE_HEADER_SHAPE = /^[^:：]*\b\d{4}\b[^:：]*$/u;

function runningHeader(article: Article): string | null {
  const counts = new Map<string, number>();
  for (const b of article.blocks) {
    if (b.kind !== 'paragraph') continue;
    const words = b.text.split(/\s+/u).slice(0, THRESHOLDS.runningHeaderMaxWords);
    for (let n = THRESHOLDS.runningHeaderMinWords; n <= words.length; n++) {
      const key = words.slice(0, n).join(' ');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  // The header is the run that opens the most paragraphs, as long as it goes on opening all of them ("RFC 2822 …
  // April 2001", not "… April 2001 Note:", which opens only some).
  let best: string | null = null;
  let most = THRESHOLDS.runningHeaderMinBlocks - 1;
  for (const [key, count] of counts) {
    if (!PAGE_HEADER_SHAPE.test(key) || count < most) continue;
    if (count > most || !best || key.length > best.length) [best, most] = [key, count];
  }
  return best;
}

/** A sentence's letters and digits, lower-cased: the same sentence however it is spaced or punctuated. */
function sameSentenceKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Whole, cleaned sentences from paragraphs and list items: never from tables, headings or quotes
 * (pull quotes repeat the text), never boilerplate, fragments or lines that do not start and end like a
 * sentence (a list of ingredients, a caption). Datelines are cut off the start. A sentence the page says
 * again (a dek repeated as the first line, a paragraph printed twice) is a candidate once.
 */
export function collectCandidates(article: Article): Candidate[] {
  const out: Candidate[] = [];
  const punctuated = !endsSentencesWithoutStops(article.lang);
  const seen = new Set<string>();
  const widgets = punctuated ? widgetSections(article) : new Set<string>();
  const header = punctuated ? runningHeader(article) : null;
  // The headline printed again as the first line of the text is shown above the points already.
  const headline = article.title ? foldedKey(article.title) : '';
  article.blocks.forEach((block, index) => {
    if (block.kind !== 'paragraph' && block.kind !== 'list-item') return;
    if (block.section !== null && widgets.has(block.section)) return;
    // A quotation that runs over sentences is one candidate ("… he will answer: "Freeway gridlock. Anyone …"").
    const sentences = joinQuotedSentences(block.text, splitSentences(block.text, article.lang));
    // A short paragraph that is one unpunctuated line is a caption or a label, not prose:
    // "16-inch MacBook Pro's new scissor switch keyboard via iFixit", "@handle <Show> Performance".
    if (punctuated && block.kind === 'paragraph' && sentences.length === 1 && isLabel(sentences[0]!.text)) return;
    // A paragraph that states the comment section's policy is the comment box: its other sentences ("Attention!",
    // "Please comment with respect for the rights of others") are no story text either.
    if (sentences.some((s) => COMMENT_POLICY.test(s.text))) return;
    let inBlock = 0;
    for (const whole of sentences) {
      // The opening piece of a quote that never closes within reach is a piece of a longer quote, no point.
      if ('unclosed' in whole && whole.unclosed) continue;
      const headed = header !== null && whole.start === 0 && whole.text.startsWith(`${header} `);
      const sentence = headed
        ? { ...whole, text: whole.text.slice(header.length + 1), start: whole.start + header.length + 1 }
        : whole;
      const { text, cut } = stripDateline(sentence.text);
      // Boilerplate is read on the whole sentence too: a label cut off the start ("Photo: …") may be what marks it.
      if (!isKeyPointCandidate(text) || !isWholeSentence(text, article.lang) || isBoilerplate(sentence.text)) continue;
      // A line that trails off in an ellipsis ("人们对于讨厌的事物总是能很有共同话题...", a teaser cut short) is unfinished.
      if (TRAILING_ELLIPSIS.test(text)) continue;
      // A speaker's short reply ("JON SIEBEN: I don't think it should.") answers a question the reader has not seen.
      if (SPEAKER_LABEL.test(sentence.text) && estimateWords(text) < THRESHOLDS.standAloneMinWords) continue;
      if (headline && foldedKey(text) === headline) continue;
      const key = sameSentenceKey(text);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        text,
        section: block.section,
        block: index,
        start: sentence.start + cut,
        end: sentence.end,
        position: out.length,
        inBlock: inBlock++,
        inQuote: sentence.start > 0 && quoteOpenAfter(block.text.slice(0, sentence.start)),
      });
    }
  });
  return out;
}
