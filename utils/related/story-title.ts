import { moduleHeadingKind } from '../rules/headings';
import { THRESHOLDS } from '../rules/thresholds';
import { cleanText, elementText, tagOf } from '../text/element-text';
import { countCjk, hasDenseScript, replaceCjk } from '../text/script';
import { GENERIC_LINK_TEXT } from './is-excluded-link';

/**
 * Titles a reader understands: a related link is shown under the story it opens, never under the bare words it
 * sat on ("tweeted", "a rally"), a label ("Read Next") or an outlet's name.
 */

const latinWords = (text: string): number => replaceCjk(text, ' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** True for text that reads as a story's headline: enough words (or CJK characters), not a label or a button. */
export function isStoryLikeTitle(text: string): boolean {
  const t = cleanText(text);
  if (!t || t.length > THRESHOLDS.linkTitleMaxChars || GENERIC_LINK_TEXT.test(t) || moduleHeadingKind(t)) return false;
  if (/^(?:https?:\/\/|www\.)\S*$/i.test(t)) return false;
  if (hasDenseScript(t) && countCjk(t) >= THRESHOLDS.storyTitleMinCjkChars) return true;
  return latinWords(t) >= THRESHOLDS.storyTitleMinWords;
}

/** Slug pieces that are ids, not words: numbers, hashes, "a1b2c3" codes. */
const ID_PIECE = /^[a-z]*\d[a-z\d]*$/i;

/**
 * A headline recovered from a descriptive URL slug ("/2019/11/18/delhi-schools-closed-due-to-air-pollution" ->
 * "Delhi schools closed due to air pollution"), or '' when no path segment holds enough words.
 */
export function slugHeadline(url: string): string {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return '';
  }
  let best: string[] = [];
  for (const segment of path.split('/')) {
    const pieces = segment
      .replace(/\.[a-z]{2,5}$/i, '')
      .split(/[-_+]+/)
      .filter((p) => p && !ID_PIECE.test(p));
    if (pieces.length > best.length) best = pieces;
  }
  if (best.length < THRESHOLDS.storyTitleMinWords) return '';
  // A possessive the slug split off: "delhi-s-pollution" -> "delhi's pollution".
  const text = best.join(' ').replace(/(\p{L}) s(?= |$)/gu, "$1's");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const BLOCK = /^(?:P|LI|DD|DT|TD|BLOCKQUOTE|FIGCAPTION|H[1-6])$/;

/** The words around a link in its sentence: "…Trump's tariffs on Europe and Japan…" for a link on "Europe". */
export function sentenceContext(a: Element): string {
  const words = cleanText(elementText(a));
  let block: Element | null = a.parentElement;
  while (block && !BLOCK.test(tagOf(block)) && (block.textContent ?? '').length < 40) block = block.parentElement;
  if (!block || !words) return '';
  const text = elementText(block);
  const at = text.indexOf(words);
  if (at < 0) return '';
  // The sentence holding the link: from the previous stop to the next one.
  const before = text.slice(0, at);
  const after = text.slice(at + words.length);
  const start = Math.max(
    0,
    ...['. ', '! ', '? ', '。', '！', '？', '; '].map((stop) => {
      const i = before.lastIndexOf(stop);
      return i < 0 ? 0 : i + stop.length;
    }),
  );
  const endMatch = /[.!?。！？;](?:\s|$)/u.exec(after);
  let sentence = cleanText(
    before.slice(Math.max(0, start)) + words + after.slice(0, endMatch ? endMatch.index + 1 : after.length),
  );
  const max = THRESHOLDS.contextTitleMaxWords;
  if (!hasDenseScript(sentence) && latinWords(sentence) > max) {
    // A window of words on both sides of the link.
    const pre = cleanText(before.slice(Math.max(0, start)))
      .split(' ')
      .filter(Boolean);
    const post = cleanText(after.slice(0, endMatch ? endMatch.index + 1 : after.length))
      .split(' ')
      .filter(Boolean);
    const side = Math.max(2, Math.floor((max - words.split(' ').length) / 2));
    const head = pre.slice(-side);
    const tail = post.slice(0, side);
    sentence = `${head.length < pre.length ? '…' : ''}${[...head, words, ...tail].join(' ')}${tail.length < post.length ? '…' : ''}`;
  } else if (hasDenseScript(sentence) && sentence.length > THRESHOLDS.linkTitleMaxChars) return '';
  // The spaces elementText keeps around inline elements, before punctuation and inside quotes: "study , published".
  return sentence.replace(/\s+([,.;:!?)\]”’»])/gu, '$1').replace(/([([“‘«])\s+/gu, '$1');
}

/**
 * The title to show for a link whose own text is `text`: that text when it reads as a headline, else the link's
 * title attribute, a headline from its URL slug, or (for a link in running text) its words in their sentence; ''
 * when none reads as a story. A module's card keeps its own short headline rather than the card's other words.
 */
export function readableTitle(a: Element, text: string, url: string, { inText = true } = {}): string {
  if (isStoryLikeTitle(text)) return text;
  const attr = cleanText((a.getAttribute('title') ?? '').split(/\n/)[0] ?? '');
  if (isStoryLikeTitle(attr)) return attr;
  const slug = slugHeadline(url);
  if (slug && isStoryLikeTitle(slug)) return slug;
  if (!inText) return '';
  const context = sentenceContext(a);
  return context && isStoryLikeTitle(context) ? context : '';
}
