import type { MarkdownLabels } from '@/utils/popup/format-markdown';
import type { I18n } from './i18n';

/**
 * Labels of a derived table, which the pipeline leaves without a title or column names (see DerivedWhyTable
 * in utils/types.ts): the popup and Copy as Markdown name it in the interface language, from these keys.
 */
export const DERIVED_CAPTION_KEY = 'derivedCaption';
export const DERIVED_COLUMN_KEYS = ['derivedColumnSection', 'derivedColumnKeyPoint'] as const;

/** A derived table's column names: [section, key point]. */
export const derivedColumns = (t: I18n['t']): [string, string] => [
  t(DERIVED_COLUMN_KEYS[0]),
  t(DERIVED_COLUMN_KEYS[1]),
];

/** Copy as Markdown in the interface language, with the same headings and column names as the popup. */
export const markdownLabels = (t: I18n['t']): MarkdownLabels => ({
  keyPoints: t('keyPoints'),
  whyItMatters: t('whyItMatters'),
  related: t('related'),
  derivedColumns: derivedColumns(t),
});
