import type { MarkdownLabels } from '@/utils/popup/format-markdown';
import type { SignificanceLabel } from '@/utils/types';
import type { I18n } from './i18n';

/**
 * The message key naming each label of a picked table's rows (see PickedWhyTable in utils/types.ts): the
 * pipeline gives only the key, the popup and Copy as Markdown name it in the interface language.
 */
export const SIGNIFICANCE_KEYS: Record<SignificanceLabel, string> = {
  why: 'significanceWhy',
  numbers: 'significanceNumbers',
  context: 'significanceContext',
  reaction: 'significanceReaction',
  next: 'significanceNext',
  detail: 'significanceDetail',
};

/** Caption (for screen readers) of a picked table, which has no title of its own. */
export const PICKED_CAPTION_KEY = 'pickedCaption';

/** Every picked-row label in the interface language. */
export const significanceLabels = (t: I18n['t']): Record<SignificanceLabel, string> => ({
  why: t(SIGNIFICANCE_KEYS.why),
  numbers: t(SIGNIFICANCE_KEYS.numbers),
  context: t(SIGNIFICANCE_KEYS.context),
  reaction: t(SIGNIFICANCE_KEYS.reaction),
  next: t(SIGNIFICANCE_KEYS.next),
  detail: t(SIGNIFICANCE_KEYS.detail),
});

/** A related group's name in the interface language, for a group the page gave no label. */
export const relatedGroupNames = (t: I18n['t']): MarkdownLabels['relatedGroups'] => ({
  topic: t('relatedTopic'),
  inline: t('relatedInArticle'),
  popular: t('relatedPopular'),
});

/** Copy as Markdown in the interface language, with the same headings and row labels as the popup. */
export const markdownLabels = (t: I18n['t']): MarkdownLabels => ({
  keyPoints: t('keyPoints'),
  whyItMatters: t('whyItMatters'),
  related: t('related'),
  relatedGroups: relatedGroupNames(t),
  significance: significanceLabels(t),
});
