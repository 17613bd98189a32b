import { buildPattern, buildPrefilter, foldForMatch } from './phrase-pattern';
import {
  AD_MODULE_HEADINGS,
  AUTHOR_BOX_HEADINGS,
  RECOMMENDATION_HEADINGS,
  FURNITURE_HEADINGS,
  LATEST_LIST_HEADINGS,
  RELATED_HEADINGS,
  SITE_WIDE_LIST_HEADINGS,
} from './phrases/widget-headings';
import { PROMO_HEADINGS } from './phrases/promo-headings';
import { TAKEAWAY_HEADINGS } from './phrases/significance';
import { WHY_HEADINGS } from './phrases/why-headings';
import { THRESHOLDS } from './thresholds';

/**
 * Matchers for headings and labels, built from the phrase tables (never typed here). A heading is compared
 * whole, after leading decoration and before trailing punctuation.
 */

/** Leading pictographs, arrows and bullets are decoration: "📌 LEIA TAMBÉM:", "▶ 관련기사", "» Read more". */
// "・関連記事": the Japanese middle dot (katakana ・ and its half-width ･) too.
const LEADING_MARKS = /^[\p{Extended_Pictographic}\p{So}\p{Sm}»›•·・･*\-–—\ufe0f\u200d\s]+/u;

// Trailing punctuation: colons, arrows, an ellipsis written as one character or as three dots.
const RELATED = buildPattern([RELATED_HEADINGS], { at: 'whole', suffix: '\\s*(?:[:：»›>…|]|\\.{3})*' });
const SITE_WIDE = buildPattern([SITE_WIDE_LIST_HEADINGS], { at: 'whole', suffix: '\\s*[:：]?' });
const FURNITURE = buildPattern([SITE_WIDE_LIST_HEADINGS, FURNITURE_HEADINGS], { at: 'whole', suffix: '\\s*:?' });
const POPULAR = buildPattern([SITE_WIDE_LIST_HEADINGS, LATEST_LIST_HEADINGS], {
  at: 'whole',
  suffix: '\\s*(?:[:：»›>…|]|\\.{3})*',
});
const WHY = buildPattern([WHY_HEADINGS], { at: 'whole' });
const AUTHOR_BOX = buildPattern([AUTHOR_BOX_HEADINGS], { at: 'whole', suffix: '\\s*[:：]?' });
const AD_MODULE = buildPattern([AD_MODULE_HEADINGS], { at: 'whole', suffix: '\\s*(?:[:：»›>…|]|\\.{3})*' });
const RECOMMENDATION = buildPattern([RECOMMENDATION_HEADINGS], {
  at: 'whole',
  suffix: '\\s*(?:[:：»›>…|]|\\.{3})*',
});
const PROMO = buildPattern([PROMO_HEADINGS], { at: 'whole', suffix: '\\s*(?:[:：»›>…|]|\\.{3})*' });
const TAKEAWAY = buildPattern([TAKEAWAY_HEADINGS], { at: 'whole', suffix: '\\s*[:：]?' });

/** Cheap test for text that may hold a related-module heading (the related tables' anchor words). */
export const RELATED_PREFILTER = buildPrefilter([RELATED_HEADINGS]);

const tidy = (text: string): string => foldForMatch(text.replace(/\s+/g, ' ')).replace(LEADING_MARKS, '').trim();

/** Cheap test for text that may hold a site-wide list heading (most read, latest, recent). */
export const POPULAR_PREFILTER = buildPrefilter([SITE_WIDE_LIST_HEADINGS, LATEST_LIST_HEADINGS]);

/** True for text that may contain a module heading of either kind: run before the exact tests. */
export function mayBeModuleHeading(text: string): boolean {
  const folded = foldForMatch(text);
  return RELATED_PREFILTER.test(folded) || POPULAR_PREFILTER.test(folded);
}

/**
 * The kind of module a short heading names: 'topic' (related, more on this story, read next), 'popular'
 * (most read, trending, latest, recent posts), or null.
 */
export function moduleHeadingKind(text: string): 'topic' | 'popular' | null {
  const t = tidy(text);
  if (!t || t.length > THRESHOLDS.widgetHeadingMaxChars) return null;
  if (RELATED.test(t)) return 'topic';
  return POPULAR.test(t) ? 'popular' : null;
}

/** True for text that may contain a related-module heading: run before the exact test on many text nodes. */
export function mayBeRelatedHeading(text: string): boolean {
  return RELATED_PREFILTER.test(foldForMatch(text));
}

/** True when a short heading text names a related / popular-posts / read-next module. */
export function isRelatedHeading(text: string): boolean {
  const t = tidy(text);
  return t.length > 0 && t.length <= THRESHOLDS.widgetHeadingMaxChars && RELATED.test(t);
}

/** True when a short heading text names a site-wide most-read / trending list. */
export function isSiteWideListHeading(text: string): boolean {
  const t = tidy(text);
  return t.length > 0 && t.length <= THRESHOLDS.siteWideHeadingMaxChars && SITE_WIDE.test(t);
}

/** True when a related module's heading offers the site's picks for the reader ("Recommended for you", "おすすめ記事"). */
export function isRecommendationHeading(text: string): boolean {
  const t = tidy(text);
  return t.length > 0 && t.length <= THRESHOLDS.widgetHeadingMaxChars && RECOMMENDATION.test(t);
}

/** True when a module's heading says it is a box of ads or paid placements ("Sponsored stories", "お得情報"). */
export function isAdModuleHeading(text: string): boolean {
  const t = tidy(text);
  return t.length > 0 && t.length <= THRESHOLDS.widgetHeadingMaxChars && AD_MODULE.test(t);
}

/** A heading of page furniture (site-wide lists, comments, tags, sharing) left in an article body. */
export function isFurnitureHeading(text: string): boolean {
  return FURNITURE.test(text.trim());
}

/**
 * A heading that opens a box about the writer after the story ("Autor:innen", "About the author"): what follows it
 * is the page's furniture, not the story. (Not a site-wide list's "Latest" or "Most read": tabloids set those inside
 * the story, and the story goes on after them.)
 */
export function opensAuthorBox(text: string): boolean {
  const t = tidy(text);
  return !!t && t.length <= THRESHOLDS.widgetHeadingMaxChars && AUTHOR_BOX.test(t);
}

/**
 * A heading inside the article body that labels a box, not a section of the story: a link module's heading ("Most
 * read", "Popular", "Sponsored stories") or a promo label ("Popular Video", "Watch next"). Never a caption.
 */
export function isModuleOrPromoHeading(text: string): boolean {
  const t = tidy(text);
  if (!t || t.length > THRESHOLDS.widgetHeadingMaxChars) return false;
  return moduleHeadingKind(t) !== null || AD_MODULE.test(t) || PROMO.test(t);
}

/** A heading that introduces the article's own "why this matters" part (emoji and punctuation already removed). */
export function isWhyHeadingText(text: string): boolean {
  return WHY.test(text);
}

/** A heading of the page's own box of takeaways: "Key takeaways", "What we know", "要点". */
export function isTakeawayHeading(text: string): boolean {
  return TAKEAWAY.test(tidy(text));
}
