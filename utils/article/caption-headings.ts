import { THRESHOLDS } from '../rules/thresholds';
import {
  BRACKETED_LINE,
  BYLINE_LINE,
  DIGIT_DATE_OR_TIME,
  HEADING_LEADING_MARKS,
  HEADING_TRAILING_MARKS,
  LEAD_IN_CLOSE,
  MEDIA_GALLERY_LABEL,
  SENTENCE_CLOSE,
} from '../rules/caption-marks';
import { alternationSource } from '../rules/phrase-pattern';
import { CJK_PHOTO_LINES } from '../rules/phrases/boilerplate-lines';
import { REPORTER_TITLES } from '../rules/phrases/bylines';
import { letterKey } from '../text/normalize';
import { findTextDate } from '../text/parse-date';
import { estimateWords } from '../text/words';

/** A name (two to four capitalised words), a comma, then up to four words and a reporter's title: "Caroline Hawley, BBC diplomatic correspondent". */
const REPORTER_LINE = new RegExp(
  `^(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}\\p{Lu}[\\p{L}'’-]+,\\s*(?:[^\\s,]+\\s+){0,4}${alternationSource([REPORTER_TITLES])}$`,
  'iu',
);

/**
 * What a heading of the article body is: a section caption (its text without edit links and anchor marks),
 * page text that only looks like a heading (a dek, a timestamp or byline line, a bracketed teaser: kept as a
 * paragraph, so it may still be a key point once, never a caption), or nothing (only marks).
 */
export type HeadingRole = { role: 'caption'; text: string } | { role: 'paragraph' } | { role: 'drop' };

export function headingRole(
  raw: string,
  page: { description?: string | null; title?: string | null; byline?: string | null } = {},
): HeadingRole {
  const text = raw.replace(HEADING_TRAILING_MARKS, '').replace(HEADING_LEADING_MARKS, '').trim();
  if (!letterKey(text)) return { role: 'drop' };
  // A shortened headline ("$150K Pearl Oscar Dress ... STOLEN!!!!" under "Lupita Nyong'o's $150K Pearl Oscar
  // Dress -- STOLEN!!!"): every word of it is in the title. Not a section.
  if (page.title && isHeadlineVariant(text, page.title)) return { role: 'drop' };
  // "Gallery: Xbox One X | 14 Photos": a gallery's label, neither a section nor page text worth a point.
  if (MEDIA_GALLERY_LABEL.test(text)) return { role: 'drop' };
  // "资料图：市民在寒冷天气中出行。中新社记者 贾天勇 摄": a photo's caption and credit set in bold, not a section.
  if (CJK_PHOTO_LINES.some((line) => line.test(text))) return { role: 'drop' };
  if (BRACKETED_LINE.test(text)) return { role: 'paragraph' };
  // "2/26/2015 7:11 AM PST BY TMZ STAFF", "By Jane Doe": the page's dateline, not a section.
  if (DIGIT_DATE_OR_TIME.test(text) || BYLINE_LINE.test(text) || isDateline(text)) return { role: 'paragraph' };
  // "——（宋）陆游", "— Emily Dickinson": a quotation's attribution under it, not a section.
  if (/^(?:[—―]{1,2}|--)\s*\S/u.test(text) && estimateWords(text) <= THRESHOLDS.attributionMaxWords)
    return { role: 'drop' };
  // "Caroline Hawley, BBC diplomatic correspondent": the reporter's line, neither a section nor story text.
  if (REPORTER_LINE.test(text)) return { role: 'drop' };
  // The writer's name set as a heading ("<h5><a href="/writer/…">Nathanael Johnson</a></h5>"): the byline.
  if (page.byline && letterKey(text) === letterKey(page.byline)) return { role: 'drop' };
  // A whole sentence is a dek or a lead, not a caption.
  if (SENTENCE_CLOSE.test(text) && estimateWords(text) >= THRESHOLDS.dekMinWords) return { role: 'paragraph' };
  // A sentence that leads into a list ("Vous pourrez vous appuyer sur les questions suivantes:") introduces what
  // follows; it is not the title of a section.
  if (LEAD_IN_CLOSE.test(text) && estimateWords(text) >= THRESHOLDS.dekMinWords) return { role: 'paragraph' };
  const key = letterKey(text);
  const description = letterKey(page.description ?? '');
  if (description && estimateWords(text) >= THRESHOLDS.dekMinWords && description.startsWith(key))
    return { role: 'paragraph' };
  return { role: 'caption', text };
}

/** A date written out with at most a few words around it: "January 10, 2020 9:00AM (UTC)", "Mis à jour le 3 mars 2020". */
function isDateline(text: string): boolean {
  const line = text.replace(/\s+/g, ' ');
  const date = findTextDate(line);
  return (
    date !== null && estimateWords(line.slice(0, date.index) + line.slice(date.end)) <= THRESHOLDS.datelineOtherMaxWords
  );
}

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Every word of the heading (at least a few) is a word of the title, or the heading opens with the title's first
 * words (two thirds of the heading, THRESHOLDS.headlineVariantMinPrefix letters or more): the page's headline written
 * another way ("ファインの新聞ストッカーは引越しにも使える！ 家具の固定も簡単" under the title "…使える！ 新聞も家具も簡単に固定").
 */
function isHeadlineVariant(heading: string, title: string): boolean {
  const h = letterKey(heading);
  const t = letterKey(title);
  let same = 0;
  while (same < h.length && same < t.length && h[same] === t[same]) same++;
  if (same >= THRESHOLDS.headlineVariantMinPrefix && same * 3 >= h.length * 2) return true;
  const words = wordsOf(heading);
  if (words.length < THRESHOLDS.headlineVariantMinWords) return false;
  const titleWords = new Set(wordsOf(title));
  return words.every((w) => titleWords.has(w));
}
