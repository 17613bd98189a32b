import type { WhyItMatters } from '@/utils/types';
import { useI18n } from './i18n';
import { DERIVED_CAPTION_KEY, derivedColumns } from './labels';
import { letterKey } from '@/utils/text/normalize';

type Props = {
  table: WhyItMatters;
  lang: string | null;
  onJump: (text: string) => void;
};

const ORIGIN_KEY = { table: 'originTable', derived: 'originDerived', list: 'originList' } as const;

/** Letters and digits only, so "✅ Why This Matters" counts as the same words as the heading. */
const words = letterKey;

/** The text a row jumps to: a derived row's sentence lives in its second cell, otherwise the first cell is in the page. */
const jumpText = (row: string[], origin: WhyItMatters['origin']): string =>
  origin === 'derived' ? (row[1] ?? row[0] ?? '') : (row[0] ?? '');

/**
 * "Why this matters": a real table with a caption and column headers, and where it came from.
 * The page's own table or list shows its own title and header row (page text, in the page's language).
 * A derived table has neither (the pipeline invents no text): its caption and column names are the
 * interface's, localised and marked with the interface language; its caption is for screen readers
 * only, as the visible origin line already says how it was made.
 */
export function WhyItMattersTable({ table, lang, onJump }: Props) {
  const { t, locale } = useI18n();
  const derived = table.origin === 'derived';
  const columns = derived ? derivedColumns(t) : table.columns;
  const width = Math.max(columns.length, ...table.rows.map((r) => r.length));
  const heading = t('whyItMatters');
  const caption = derived ? t(DERIVED_CAPTION_KEY) : table.title.trim() || heading;
  const uiLang = derived ? locale : undefined;
  return (
    <section class="part" aria-labelledby="why-heading">
      <h2 id="why-heading">{heading}</h2>
      <p class="origin">{t(ORIGIN_KEY[table.origin])}</p>
      <div class="table-wrap">
        <table lang={lang ?? undefined}>
          {/* Always captioned for screen readers; shown only when it says more than the heading and the origin. */}
          <caption
            dir="auto"
            lang={uiLang}
            class={derived || words(caption) === words(heading) ? 'sr-only' : undefined}
          >
            {caption}
          </caption>
          {columns.length > 0 && (
            <thead>
              <tr>
                {Array.from({ length: width }, (_, i) => (
                  <th key={i} scope="col" dir="auto" lang={uiLang}>
                    {columns[i] ?? ''}
                  </th>
                ))}
              </tr>
            </thead>
          )}
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r}>
                {Array.from({ length: width }, (_, i) => (
                  <td key={i} dir="auto">
                    {i === 0 ? (
                      <button
                        type="button"
                        class="cell-jump"
                        title={t('jumpHint')}
                        onClick={() => onJump(jumpText(row, table.origin))}
                      >
                        {row[0] ?? ''}
                      </button>
                    ) : (
                      (row[i] ?? '')
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
