import { moduleHeadingKind } from '../rules/headings';
import { THRESHOLDS } from '../rules/thresholds';
import {
  ATTRIBUTION_ENDINGS,
  CLAUSE_JOINERS,
  CLICK_CALLS,
  LINK_KIND_LABELS,
  SLUG_DANGLING_ENDS,
  SLUG_FUNCTION_WORDS,
  TITLE_ATTRIBUTE_PREFIXES,
} from '../rules/phrases/link-labels';
import { alternationSource, buildPattern, escapeRegExp } from '../rules/phrase-pattern';
import { letterKey, withoutAccents } from '../text/normalize';
import { STOPWORDS } from '../rules/stopwords';
import {
  BADGE_CLASS_WORDS,
  classWordSelector,
  KICKER_CLASS_WORDS,
  SOURCE_LINE_CLASS_WORDS,
} from '../rules/class-names';
import { cleanText, elementText, tagOf } from '../text/element-text';
import { countCjk, hasDenseScript, replaceCjk } from '../text/script';
import { GENERIC_LINK_TEXT } from './is-excluded-link';

/**
 * Titles a reader understands: a related link is shown under the story it opens, never under the bare words it
 * sat on ("tweeted", "a rally"), a label ("Read Next") or an outlet's name.
 */

/** Link words ending on a reporting verb: "The Korea Times reported", "… announced today". */
const ATTRIBUTION_END = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternationSource([ATTRIBUTION_ENDINGS])})[.,:;!?]*$`,
  'iu',
);

const latinWords = (text: string): number => replaceCjk(text, ' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** A date, with its time of day or without: "11/19/2011 12:00:00 AM", "2015-08-03 09:05". */
const DATE_TIME = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:[ T]+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*[ap]\.?m\.?)?$/iu;

/** A code rather than words: a DOI, an ISBN-like or dotted identifier ("10.1073/pnas.2209482119", "ISO-8601:2004"). */
const CODE_TOKEN = /\d/u;
const CODE_SHAPE = /\d[./:]\S*\p{L}|\p{L}\S*[./:]\d|\d\/\d/u;
/** One token of words joined by dashes or underscores: a file or slug name ("0426-prince-remembering-footer-2.jpg"). */
const FILE_NAME = /^[\p{L}\p{N}]+(?:[-_][\p{L}\p{N}]+){2,}(?:\.\w{2,4})?$/u;
/** A note in brackets after a label: "続きを読む（情報ソースのページに移動する）", "Read more (opens the source)". */
const BRACKET_NOTE = /\s*[（(［[][^）)\]］]*[）)\]］]\s*$/u;

/** True for text that reads as a story's headline: enough words (or CJK characters), not a label or a button. */
export function isStoryLikeTitle(text: string): boolean {
  const t = cleanText(text);
  if (!t || t.length > THRESHOLDS.linkTitleMaxChars || GENERIC_LINK_TEXT.test(t) || moduleHeadingKind(t)) return false;
  if (/^(?:https?:\/\/|www\.)\S*$/i.test(t)) return false;
  // A date and time ("2015-08-03 09:05", "11/19/2011 12:00:00 AM") or a number names no story.
  if (!/\p{L}/u.test(t) || DATE_TIME.test(t)) return false;
  // A file or slug name ("0426-prince-remembering-prince-footer-2") is no headline, nor a label with a note after it.
  if (FILE_NAME.test(t)) return false;
  const bare = t.replace(BRACKET_NOTE, '');
  if (bare !== t && bare && GENERIC_LINK_TEXT.test(bare)) return false;
  if (hasDenseScript(t) && countCjk(t) >= THRESHOLDS.storyTitleMinCjkChars) return true;
  // Codes are no words: "DOI: 10.1073/pnas.2209482119" is one word and a code.
  const words = t
    .split(' ')
    .filter((w) => !(CODE_TOKEN.test(w) && CODE_SHAPE.test(w)))
    .join(' ');
  return latinWords(words) >= THRESHOLDS.storyTitleMinWords;
}

/**
 * True for a slug's words that are search keywords, not a headline: no function word nor past-tense verb among them ("Kellyanne Conway
 * Trump counselor president transition", "Gene Simmons KISS Trump inauguration"). Only for Latin-script slugs.
 */
export function isKeywordString(text: string): boolean {
  if (hasDenseScript(text)) return false;
  // "Apple's" reads as "apple", "isn't" as "isnt" (a slug drops the apostrophe).
  const words = (text.match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? []).map((w) =>
    w
      .toLowerCase()
      .replace(/['’]s$/u, '')
      .replace(/['’]/gu, ''),
  );
  // A verb in the past ("council-delayed-pier-survey-twice-papers-show") makes a headline of few function words.
  return words.length > 0 && !words.some((w) => FUNCTION_WORDS.has(w) || /^\p{L}{2,}ed$/u.test(w));
}

const TITLE_ATTRIBUTE_PREFIX = new RegExp(`^(?:${alternationSource([TITLE_ATTRIBUTE_PREFIXES])})\\s+(?=\\S)`, 'iu');
const LINK_KIND_LABEL = new RegExp(`^(?:${alternationSource([LINK_KIND_LABELS])})\\s*[:：]\\s*(?=\\S)`, 'iu');

/**
 * A link's title without the words that say what it is rather than which story it opens: a title attribute's
 * "Permanent Link to …", a label of the page's kind ("Article: …", "Video: …", "音频：…"). The words stay when
 * what is left does not read as a headline.
 */
export function withoutTitleLabel(text: string): string {
  const t = cleanText(text);
  const rest = t.replace(TITLE_ATTRIBUTE_PREFIX, '').replace(LINK_KIND_LABEL, '');
  return rest !== t && isStoryLikeTitle(rest) ? rest : t;
}

/** A link's title attribute, first line only ("Title\n\nExcerpt"), without a "Permanent Link to" before it. */
export function titleAttribute(a: Element): string {
  return withoutTitleLabel((a.getAttribute('title') ?? '').split(/\n/)[0] ?? '');
}

const FUNCTION_WORDS = new Set(Object.values(SLUG_FUNCTION_WORDS).flatMap((w) => w.split(' ')));
const DANGLING_ENDS = new Set(Object.values(SLUG_DANGLING_ENDS).flatMap((w) => w.split(' ')));

/** Slug pieces that are ids, not words: numbers, hashes, "a1b2c3" codes. */
const ID_PIECE = /^[a-z]*\d[a-z\d]*$/i;
/** A number a headline spells in its slug ("19-billion", "9-minute", "16-inch"): short, all digits. */
const NUMBER_PIECE = /^\d{1,4}$/;

/** A slug segment that ends in the story's id, a long number: "…-star-wars-tril-1622812966". */
const ID_TAIL = /[-_]\d{6,}(?:\.[a-z]{2,5})?$/i;

/** The words of a slug segment: ids dropped, numbers kept unless they trail the words (a date, a page id). */
function slugWords(segment: string): string[] {
  const pieces = segment
    .replace(/\.[a-z]{2,5}$/i, '')
    .split(/[-_+~]+/)
    .filter(Boolean);
  // A word of the page's kind after the story's id ("…-update-0818-20150818-story.html"): no part of the headline.
  if (pieces.length >= 2 && /^\p{L}+$/u.test(pieces[pieces.length - 1]!) && /^\d{6,}$/.test(pieces[pieces.length - 2]!))
    pieces.pop();
  let end = pieces.length;
  while (end > 0 && ID_PIECE.test(pieces[end - 1]!)) end--;
  // A year a headline ends on after a function word ("…-projects-of-2018") is one of its words.
  if (
    end < pieces.length &&
    end > 0 &&
    FUNCTION_WORDS.has(pieces[end - 1]!.toLowerCase()) &&
    NUMBER_PIECE.test(pieces[end]!)
  )
    end++;
  // A one-letter code left before the id ("…-2005-interview_n_924628", HuffPost's "_n_" and "_b_"): no word.
  if (end < pieces.length && end > 1 && /^\p{L}$/u.test(pieces[end - 1]!)) end--;
  // A leading date ("2019-11-18-title") is no part of the headline; one leading number ("2-hurt-as-…") is.
  let start = 0;
  while (start < end && ID_PIECE.test(pieces[start]!)) start++;
  if (start === 1 && NUMBER_PIECE.test(pieces[0]!)) start = 0;
  return pieces.slice(start, end).filter((p) => !ID_PIECE.test(p) || NUMBER_PIECE.test(p));
}

/** Folded form of a word for matching a slug's words: lower case, no apostrophes. */
const foldWord = (word: string): string => word.toLowerCase().replace(/['’]/g, '');

type PageWords = {
  casing: Map<string, string>;
  initials: Map<string, string>;
  vocabulary: Set<string>;
  /** Prose words with their accents dropped, where the bare spelling is not a prose word itself. */
  accented: Set<string>;
};
const casingCache = new WeakMap<Document, PageWords>();

/** Initials as the prose writes them: "U.S.", "UN", "BBC". */
const INITIALS = /(?<!\p{L})(?:\p{Lu}\.){2,}|(?<![\p{L}\p{N}])\p{Lu}{2,4}(?![\p{L}\p{N}])/gu;

/** Elements whose text is prose (sentences), where a capital means a name rather than Title Case. */
const PROSE = 'p, li, dd, blockquote, figcaption';

/**
 * How the page's prose writes each word, by its folded form: "whatsapp" -> "WhatsApp", "facebooks" ->
 * "Facebook's". Words opening a sentence are not counted; a word the prose also writes in lower case stays lower
 * case; else the prose's most frequent spelling wins.
 */
function pageWords(doc: Document): PageWords {
  const cached = casingCache.get(doc);
  if (cached) return cached;
  const counts = new Map<string, Map<string, number>>();
  const initials = new Map<string, string>();
  const vocabulary = new Set<string>();
  for (const el of Array.from(doc.body?.querySelectorAll(PROSE) ?? [])) {
    if (el.querySelector(PROSE)) continue;
    const prose = elementText(el);
    for (const m of prose.match(INITIALS) ?? []) initials.set(m.replace(/\./g, '').toLowerCase(), m);
    for (const w of prose.match(/[\p{L}\p{N}]+/gu) ?? []) vocabulary.add(w.toLowerCase());
    for (const sentence of prose.split(/(?<=[.!?:;。！？])\s+/u)) {
      const words = sentence.match(/[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu) ?? [];
      // A headline in Title Case or a line in capitals says nothing about how a word is written.
      const share = (re: RegExp): number => words.filter((w) => re.test(w)).length / words.length;
      if (words.length >= 3 && (share(/^\p{Lu}/u) > 0.6 || share(/^\p{Lu}[\p{Lu}\p{N}]+$/u) > 0.5)) continue;
      for (const word of words.slice(1)) {
        // "Apple's" also tells how "apple" is written.
        const base = word.replace(/['’]s$/u, '');
        for (const form of base === word ? [word] : [word, base]) {
          const key = foldWord(form);
          let forms = counts.get(key);
          if (!forms) counts.set(key, (forms = new Map()));
          forms.set(form, (forms.get(form) ?? 0) + 1);
        }
      }
    }
  }
  const casing = new Map<string, string>();
  for (const [key, forms] of counts) {
    if (forms.has(key)) continue;
    // A long word in capitals is shouted ("REBUKING CHINA: …"), not how the word is spelled.
    const spelled = [...forms].filter(([form]) => form.length <= 4 || form !== form.toUpperCase());
    if (!spelled.length) continue;
    const best = spelled.sort((a, b) => b[1] - a[1])[0]![0];
    casing.set(key, best);
  }
  const accented = new Set<string>();
  for (const w of vocabulary) {
    const bare = withoutAccents(w);
    if (bare !== w && !vocabulary.has(bare)) accented.add(bare);
  }
  const words = { casing, initials, vocabulary, accented };
  casingCache.set(doc, words);
  return words;
}

/**
 * A headline recovered from a descriptive URL slug ("/2019/11/18/delhi-schools-closed-due-to-air-pollution" ->
 * "Delhi schools closed due to air pollution"), or '' when no path segment holds enough words. With the page's
 * document, each word takes the casing and apostrophe the page gives it where the page writes the same word
 * ("facebooks" -> "Facebook's", "whatsapp" -> "WhatsApp"); other words stay as the slug has them.
 */
export function slugHeadline(url: string, doc?: Document): string {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return '';
  }
  let best: string[] = [];
  let bestSegment = '';
  // The story's part of the path comes last: on a tie the later segment wins ("/ns/community-msnbc_com_chat/t/
  // karen-hughes-counselor-president/" is titled by its story, not its section).
  for (const segment of path.split('/')) {
    const words = slugWords(segment);
    if (
      words.length &&
      words.filter((w) => !NUMBER_PIECE.test(w)).length >= best.filter((w) => !NUMBER_PIECE.test(w)).length
    )
      [best, bestSegment] = [words, segment];
  }
  if (best.filter((w) => !NUMBER_PIECE.test(w)).length < THRESHOLDS.storyTitleMinWords) return '';
  const page = doc ? pageWords(doc) : null;
  // A long slug the site cut at a fixed length before the story's id ("…-unaltered-star-wars-tril-1622812966"):
  // its last piece is short and no word the page writes, so it is left off and the headline marked as cut.
  let cut = false;
  const last = best[best.length - 1]!;
  if (
    page &&
    ID_TAIL.test(bestSegment) &&
    best.join('-').length >= THRESHOLDS.cutSlugMinChars &&
    last.length <= THRESHOLDS.cutSlugWordMaxChars &&
    !NUMBER_PIECE.test(last) &&
    !page.vocabulary.has(last.toLowerCase())
  ) {
    best = best.slice(0, -1);
    cut = true;
  }
  // A slug that ends on "on", "of", "the" was cut as well ("full-text-donald-trumps-speech-on-227095").
  while (best.length > THRESHOLDS.storyTitleMinWords && DANGLING_ENDS.has(best[best.length - 1]!.toLowerCase())) {
    best = best.slice(0, -1);
    cut = true;
  }
  // Initials the slug split letter by letter, as the page writes them: "u-s-customers" -> "U.S. customers".
  const joined = best
    .join(' ')
    .replace(
      /(?<![\p{L}\p{N}])\p{L}(?: \p{L})+(?![\p{L}\p{N}])/gu,
      (m) => page?.initials.get(m.replace(/ /g, '').toLowerCase()) ?? m,
    );
  // A possessive the slug split off: "delhi-s-pollution" -> "delhi's pollution".
  let words = joined.replace(/(\p{L}{2,}) s(?= |$)/gu, "$1's").split(' ');
  if (page)
    words = words.map((w) => {
      const known = page.casing.get(foldWord(w));
      if (known) return known;
      // "tv's" takes the casing of "TV".
      const base = /^(.+)'s$/u.exec(w)?.[1];
      const cased = base ? page.casing.get(foldWord(base)) : undefined;
      return cased ? `${cased}'s` : w;
    });
  const text = words.join(' ') + (cut ? '…' : '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** An ellipsis the site put where it cut a title: "Why Half Of The World's 'Sa...", "USA's 'Royal Pains' & …". */
const CUT_MARK = /(\s*)(?:…|\.{3})$/u;

/**
 * A title the site cut short, made whole where the page knows the rest: the link's title attribute or its image's
 * alt text when it opens with the same words. Else a last word cut mid-way (a word of a few letters glued to the
 * ellipsis, not a common word: "'Sa...", "TH...") is left off; when too few words stay, the URL slug's headline is taken if it reads as one.
 */
export function completeTitle(text: string, fuller: readonly string[], url: string, doc?: Document): string {
  const m = CUT_MARK.exec(text);
  if (!m) return text;
  const stem = text.slice(0, m.index);
  const key = letterKey(stem);
  if (!key) return text;
  for (const other of fuller) {
    const k = letterKey(other);
    if (k.length > key.length && k.startsWith(key) && !CUT_MARK.test(other)) return cleanText(other);
  }
  // The URL's slug spelling the same words and more: "China Cancels Talent Show '..." ->
  // "China cancels talent show because its too democratic".
  const whole = slugHeadline(url, doc);
  const wholeKey = letterKey(whole);
  if (wholeKey.length > key.length && wholeKey.startsWith(key) && isStoryLikeTitle(whole)) return whole;
  const lastWord = /[\p{L}\p{N}'’‘]+$/u.exec(stem)?.[0] ?? '';
  const letters = lastWord.replace(/['’‘]/gu, '');
  // A quote the site opened before it cut ("Talent Show '..."): the words before it, marked as cut.
  if (lastWord && !letters) {
    const kept = stem.slice(0, stem.length - lastWord.length).trim();
    return kept ? `${kept}…` : text;
  }
  // A short word glued to the ellipsis is whole when it is a common word ("amount of…", "Company Has...").
  if (m[1] || !letters || letters.length > THRESHOLDS.cutWordMaxChars || STOPWORDS.has(letters.toLowerCase()))
    return text;
  const kept = stem
    .slice(0, stem.length - lastWord.length)
    .replace(/[\s,;:–—-]+$/u, '')
    .trim();
  if (isStoryLikeTitle(kept)) return `${kept}…`;
  const slug = slugHeadline(url, doc);
  if (slug && isStoryLikeTitle(slug)) return slug;
  return kept ? `${kept}…` : text;
}

const BLOCK = /^(?:P|LI|DD|DT|TD|BLOCKQUOTE|FIGCAPTION|H[1-6])$/;
/** Punctuation and a joining word left where a clause is cut before another link: ", or", " and", " – ". */
const JOINERS = CLAUSE_JOINERS.map(escapeRegExp).join('|');
const TRAILING_JOINER = new RegExp(`[\\s,;:–—-]*(?:\\b(?:${JOINERS})\\s*)?$`, 'iu');
const LEADING_JOINER = new RegExp(`^[\\s,;:–—-]*(?:(?:${JOINERS})\\b\\s*)?`, 'iu');

const SENTENCE_STOPS = ['. ', '! ', '? ', '。', '！', '？', '; '];

/** The link's block and where its words sit in the block's text, or null. */
function linkInBlock(a: Element): { block: Element; text: string; at: number; words: string } | null {
  const words = cleanText(elementText(a));
  let block: Element | null = a.parentElement;
  while (block && !BLOCK.test(tagOf(block)) && (block.textContent ?? '').length < 40) block = block.parentElement;
  if (!block || !words) return null;
  const text = elementText(block);
  const at = text.indexOf(words);
  return at < 0 ? null : { block, text, at, words };
}

/** Where the sentence holding text[at] starts: after the previous stop. */
function sentenceStart(before: string): number {
  return Math.max(
    0,
    ...SENTENCE_STOPS.map((stop) => {
      const i = before.lastIndexOf(stop);
      return i < 0 ? 0 : i + stop.length;
    }),
  );
}

/**
 * True when a link's words run on from words of its own sentence before them ("In extreme weather, like <a>Jonas
 * earlier this year</a>, the…", "…was <a>$7 million in gold coins</a>."): a phrase of the sentence, not a headline
 * set in the text. A label before a colon or a dash ("Read more: <a>…</a>") is no such run.
 */
function runsOnFromSentence(a: Element, text: string): boolean {
  const found = linkInBlock(a);
  if (!found || found.words !== cleanText(text)) return false;
  const before = found.text.slice(0, found.at);
  const lead = before.slice(sentenceStart(before)).trim();
  if (!lead || /[:：|–—-]$/u.test(lead)) return false;
  return (lead.match(/[\p{L}\p{N}]+/gu) ?? []).length >= THRESHOLDS.sentenceLeadMinWords;
}

/** A call to click ("… simply click here."): a sales line around a link, never its title. */
const CLICK_CALL = buildPattern([CLICK_CALLS], { at: 'word' });

/** The words around a link in its sentence: "…Trump's tariffs on Europe and Japan…" for a link on "Europe". */
export function sentenceContext(a: Element): string {
  const found = linkInBlock(a);
  if (!found) return '';
  const { block, text, at, words } = found;
  // The sentence holding the link: from the previous stop to the next one.
  const before = text.slice(0, at);
  const after = text.slice(at + words.length);
  const start = sentenceStart(before);
  const endMatch = /[.!?。！？;](?:\s|$)/u.exec(after);
  let end = endMatch ? endMatch.index + 1 : after.length;
  let from = start;
  // The link's own part of the sentence: it ends before another link's words, and starts after them ("Read our
  // explainer on how the budget works, or click here for the full document": the explainer's title stops at "or").
  let cutShort = false;
  for (const other of Array.from(block.getElementsByTagName('a'))) {
    const t = other === a ? '' : cleanText(elementText(other));
    if (t.length < 3) continue;
    const i = after.indexOf(t);
    if (i >= 0 && i < end) [end, cutShort] = [i, true];
    const j = before.lastIndexOf(t);
    if (j >= 0 && j + t.length > from) from = j + t.length;
  }
  let tailText = cutShort ? after.slice(0, end).replace(TRAILING_JOINER, '') : after.slice(0, end);
  let headText = before.slice(from).replace(LEADING_JOINER, '');
  // A word the page glues to the link ("ו<a>הסקר</a>", "<a>Apple</a>'s") stays glued: no space comes between.
  const own = a.textContent ?? '';
  const gluedHead = /[\p{L}\p{N}]$/u.test(a.previousSibling?.textContent ?? '') && /^\S/u.test(own);
  const gluedTail = /^[\p{L}\p{N}'’]/u.test(a.nextSibling?.textContent ?? '') && /\S$/u.test(own);
  if (gluedHead) headText = headText.replace(/\s+$/u, '');
  if (gluedTail) tailText = tailText.replace(/^\s+/u, '');
  // A part that starts after another link's words starts mid-sentence: marked as cut ("…to Leonardo DiCaprio, knew…").
  const cutHead = from > start && /\p{L}/u.test(headText);
  let sentence = (cutHead ? '…' : '') + cleanText(headText + words + tailText) + (cutShort ? '…' : '');
  const max = THRESHOLDS.contextTitleMaxWords;
  if (!hasDenseScript(sentence) && latinWords(sentence) > max) {
    // A window of words on both sides of the link.
    const pre = cleanText(headText).split(' ').filter(Boolean);
    const post = cleanText(tailText).split(' ').filter(Boolean);
    const side = Math.max(2, Math.floor((max - words.split(' ').length) / 2));
    const head = pre.slice(-side);
    const tail = post.slice(0, side);
    const linked = `${head.join(' ')}${head.length && !gluedHead ? ' ' : ''}${words}${tail.length && !gluedTail ? ' ' : ''}${tail.join(' ')}`;
    sentence = `${head.length < pre.length ? '…' : ''}${linked}${tail.length < post.length || cutShort ? '…' : ''}`;
  } else if (hasDenseScript(sentence) && sentence.length > THRESHOLDS.linkTitleMaxChars) return '';
  // Footnote and edit marks of the page ("Android),[13] a mobile OS", "Gecko[edit]") are no part of the sentence.
  sentence = cleanText(sentence.replace(/\s*\[(?:\d{1,3}|[a-z]|edit|citation needed|note \d+)\]/giu, ''));
  // The spaces elementText keeps around inline elements, before punctuation and inside quotes: "study , published".
  sentence = sentence.replace(/\s+([,.;:!?)\]”’»])/gu, '$1').replace(/([([“‘«])\s+/gu, '$1');
  // A quote that closes a quotation begun before the link's part of the sentence ('" becoming fewer after …'):
  // no part of the title.
  const quote = /^["“”]\s*/u.exec(sentence);
  if (quote && (sentence.match(/["“”]/gu) ?? []).length % 2 === 1) sentence = sentence.slice(quote[0].length);
  return sentence;
}

/**
 * The title to show for a link whose own text is `text`: that text when it reads as a headline, else the link's
 * title attribute, a headline from its URL slug, or (for a link in running text) its words in their sentence; ''
 * when none reads as a story. A module's card keeps its own short headline rather than the card's other words.
 */
/** A badge or a kicker set inside a link before its headline ("Live", "Business Aviation", "Gaz"). */
const LINK_BADGE = classWordSelector([...KICKER_CLASS_WORDS, ...BADGE_CLASS_WORDS]);

/**
 * The headline of a link that also holds a kicker or a badge glued before it ("<strong>Business Aviation</strong>Ferryflug
 * endet…", "<strong>Gaz</strong><h4>Reuters: …</h4>", "<span class=label-live>Live</span> Russia-Ukraine latest…"): the
 * heading inside the link, the link's title attribute when the link's words end with it, or the words after a badge.
 * '' when the link holds none of these (blind pool Q: 10 module titles with a section name or a badge glued on).
 */
export function headlineInLink(a: Element, text: string): string {
  const own = cleanText(text);
  const key = letterKey(own);
  if (!key) return '';
  // The link's words are a few words, then the headline: the headline alone.
  const afterKicker = (headline: string): boolean => {
    const k = letterKey(headline);
    if (!k || k === key || !key.endsWith(k) || !isStoryLikeTitle(headline)) return false;
    return latinWords(own.slice(0, Math.max(0, own.length - headline.length))) <= THRESHOLDS.linkKickerMaxWords;
  };
  const heading = a.querySelector('h1, h2, h3, h4, h5, h6');
  const inHeading = heading ? cleanText(elementText(heading)) : '';
  if (afterKicker(inHeading)) return inHeading;
  const attr = titleAttribute(a);
  if (afterKicker(attr)) return attr;
  const badge = a.querySelector(LINK_BADGE);
  const badgeText = badge ? cleanText(elementText(badge)) : '';
  if (badgeText && own.startsWith(badgeText) && latinWords(badgeText) <= THRESHOLDS.linkKickerMaxWords) {
    const rest = cleanText(own.slice(badgeText.length));
    if (isStoryLikeTitle(rest)) return rest;
  }
  return '';
}

export function readableTitle(a: Element, text: string, url: string, { inText = true } = {}): string {
  // A module's card whose link holds a kicker or a badge before its headline: the headline alone.
  if (!inText && text) text = headlineInLink(a, text) || text;
  // A few lower-case words lifted from a sentence, in the text or in a module written as sentences ("An astronaut
  // could <a>use gravity to get around</a>"): never a title on their own while something better is known.
  // Link words that end on who told it ("Disney and Lucasfilm announced today") say nothing of the story either.
  // Words that end on a colon introduce what follows ("The details come to us from Reuters:"): no headline.
  const intro = inText && /[:：]$/u.test(cleanText(text));
  // In the text, words that open in lower case or stop on a comma are lifted from a sentence however many they are
  // ("the last Red Sox team to throw an offseason parade", "start receiving payments of up to $5 million,").
  // So are a few words that run on from their sentence's words before them ("like <a>Jonas earlier this year</a>").
  const lifted =
    inText &&
    (/^\p{Ll}|[,;]$/u.test(cleanText(text)) ||
      (latinWords(cleanText(text)) < THRESHOLDS.fragmentTitleMaxWords && runsOnFromSentence(a, text)));
  const fragment =
    isFragment(text) || lifted || intro || (inText && ATTRIBUTION_END.test(cleanText(text))) || namesOutlet(text, url);
  if (!fragment && isStoryLikeTitle(text)) return text;
  const attr = titleAttribute(a);
  if (isStoryLikeTitle(attr)) return attr;
  // Another link to the same address on the page may show the headline ("4-Inch Crack Found in Washington
  // Monument" in a list, beside "<a>Bill Line said.</a>" in the text).
  const elsewhere = headlineElsewhere(a);
  if (elsewhere) return elsewhere;
  const slug = slugHeadline(url, a.ownerDocument);
  // A slug of search keywords ("Consumption ancient human body size") is no headline: the link's sentence is
  // shown instead, and a module's link without one is left out.
  const slugOk = !!slug && isStoryLikeTitle(slug) && !isKeywordString(slug);
  // In a module only the slug may stand in for a fragment, search keywords too: the words around a module's link
  // are other cards.
  if (!inText) return slug && isStoryLikeTitle(slug) ? slug : '';
  // A slug in the page's own words comes first; one that spells them otherwise (accents dropped: "Camara
  // aprova taxa") comes after the sentence the link sits in.
  if (slugOk && inPageWords(slug, a.ownerDocument)) return slug;
  const context = sentenceContext(a);
  if (
    context &&
    isStoryLikeTitle(context) &&
    !/[:：]$/u.test(context) &&
    hasOwnWords(context, text) &&
    !CLICK_CALL.test(context)
  )
    return context;
  if (slugOk) return slug;
  if (fragment && !intro && isStoryLikeTitle(text)) return text;
  // Keywords that spell the link's own name and more ("<a>Harbor National Bank</a>" -> "Harbor National bank
  // mortgage") still say what the link opens; keywords of another story than the link's words say nothing.
  return slug && isStoryLikeTitle(slug) && spellsLinkWords(slug, text) ? slug : '';
}

/**
 * Whether a link's words are the name of the site it opens ("The San Luis Obispo Tribune" on sanluisobispo.com,
 * "Reuters" on reuters.com): the outlet, not the story; its slug or its sentence says which story.
 */
export function namesOutlet(text: string, url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^(?:www|m|mobile|amp)\./u, '');
  } catch {
    return false;
  }
  const site = letterKey(host.split('.')[0] ?? '');
  const words = letterKey(cleanText(text).replace(/^the\s+/iu, ''));
  if (site.length < 4 || !words) return false;
  // The site's name, maybe with its kind after it ("Tribune", "Times", "News", "Post"): a few letters more at most.
  return words.startsWith(site) && words.length - site.length <= THRESHOLDS.outletNameExtraLetters;
}

/** True when every word of the link's text is a word of the slug's headline. */
function spellsLinkWords(slug: string, text: string): boolean {
  const slugWords = new Set((slug.match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase()));
  const own = (cleanText(text).match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase());
  return own.length > 0 && own.every((w) => slugWords.has(w));
}

/**
 * True when a link's sentence says more than the link: words of letters besides the link's own ("Sources: <a>New
 * York Times</a> (<a>2</a>), <a>NBC News</a>" is a list of links, shown by no sentence).
 */
function hasOwnWords(context: string, text: string): boolean {
  if (hasDenseScript(context)) return true;
  const own = new Set((cleanText(text).match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase()));
  // A label before a colon ("Sources:") is no word of a sentence.
  const sentence = context.replace(/^[…\s]*\p{L}+(?:\s\p{L}+)?\s*[:：]\s*/u, '');
  const extra = (sentence.match(/\p{L}+/gu) ?? []).filter((w) => !own.has(w.toLowerCase()));
  return extra.length >= THRESHOLDS.contextTitleMinOwnWords;
}

const linkTexts = new WeakMap<Document, Map<string, string[]>>();

/** The words of a link that read as a headline on their own: not lifted from a sentence, not an attribution. */
function readsAsHeadline(text: string): boolean {
  const t = cleanText(text);
  return isStoryLikeTitle(t) && !isFragment(t) && !ATTRIBUTION_END.test(t) && !/[:：]$/u.test(t);
}

const SOURCE_WORDS = new Set<string>(SOURCE_LINE_CLASS_WORDS);

/** True for a link in a story's source or credit line ("Source: <a>Star Wars official site</a>"), 3 levels up. */
function inSourceLine(a: Element): boolean {
  for (let el: Element | null = a, depth = 0; el && depth < 4; el = el.parentElement, depth++) {
    const tokens = (el.getAttribute('class') ?? '').toLowerCase().split(/\s+/);
    if (tokens.some((t) => t.split(/[-_]+/).some((part) => SOURCE_WORDS.has(part)))) return true;
  }
  return false;
}

/** The headline another link to the same address shows on the page (not in a source line), or ''. */
function headlineElsewhere(a: Element): string {
  const doc = a.ownerDocument;
  const href = a.getAttribute('href') ?? '';
  if (!doc || !href) return '';
  let byHref = linkTexts.get(doc);
  if (!byHref) {
    byHref = new Map();
    for (const other of Array.from(doc.getElementsByTagName('a'))) {
      const h = other.getAttribute('href');
      if (!h || inSourceLine(other)) continue;
      const text = cleanText(elementText(other));
      if (text) byHref.set(h, [...(byHref.get(h) ?? []), text]);
    }
    linkTexts.set(doc, byHref);
  }
  const own = cleanText(elementText(a));
  return (byHref.get(href) ?? []).find((t) => t !== own && readsAsHeadline(t)) ?? '';
}

/**
 * True when a slug headline spells the page's words as the page does: it shares a word with the prose, and none
 * of its words is a prose word with its accents dropped ("camara" for "câmara", "buyt" for "buýt") or a
 * transliteration the prose never uses.
 */
function inPageWords(text: string, doc: Document | null): boolean {
  if (!doc) return true;
  const { vocabulary, accented } = pageWords(doc);
  const words = (text.match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase());
  if (words.some((w) => accented.has(w))) return false;
  return words.some((w) => vocabulary.has(w));
}

/**
 * A few words lifted from the middle of a sentence ("papers released in September", "said in a statement"):
 * they open in lower case and are too short to be a headline of their own.
 */
export function isFragment(text: string): boolean {
  const t = cleanText(text);
  return /^\p{Ll}/u.test(t) && latinWords(t) < THRESHOLDS.fragmentTitleMaxWords;
}
