import type { WhyItMatters } from '@/utils/types';
import { useI18n } from './i18n';

type Props = {
  table: WhyItMatters;
  lang: string | null;
  onJump: (text: string) => void;
};

const ORIGIN_KEY = { table: 'originTable', derived: 'originDerived', list: 'originList' } as const;

/** The text a row jumps to: a derived row's sentence lives in its second cell, otherwise the first cell is in the page. */
/** Letters and digits only, so "✅ Why This Matters" counts as the same words as the heading. */
const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

const jumpText = (row: string[], origin: WhyItMatters['origin']): string =>
  origin === 'derived' ? (row[1] ?? row[0] ?? '') : (row[0] ?? '');

/** "Why this matters": a real table with a caption and column headers, and where it came from. */
export function WhyItMattersTable({ table, lang, onJump }: Props) {
  const { t } = useI18n();
  const width = Math.max(table.columns.length, ...table.rows.map((r) => r.length));
  const heading = t('whyItMatters');
  const caption = table.title.trim() || heading;
  return (
    <section class="part" aria-labelledby="why-heading">
      <h2 id="why-heading">{heading}</h2>
      <p class="origin">{t(ORIGIN_KEY[table.origin])}</p>
      <div class="table-wrap">
        <table lang={lang ?? undefined}>
          {/* Always captioned for screen readers; shown only when it says more than the heading. */}
          <caption dir="auto" class={words(caption) === words(heading) ? 'sr-only' : undefined}>
            {caption}
          </caption>
          {table.columns.length > 0 && (
            <thead>
              <tr>
                {Array.from({ length: width }, (_, i) => (
                  <th key={i} scope="col" dir="auto">
                    {table.columns[i] ?? ''}
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
