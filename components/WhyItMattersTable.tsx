import type { ComponentChildren } from 'preact';
import type { WhyItMatters } from '@/utils/types';
import { significanceName, whyLayout, whyRows } from '@/utils/popup/format-markdown';
import { LABELLED_LIST_JOINER as LIST_JOINER } from '@/utils/types';
import { useI18n } from './i18n';
import { PICKED_CAPTION_KEY, significanceLabels } from './labels';
import { letterKey } from '@/utils/text/normalize';

type Props = {
  table: WhyItMatters;
  lang: string | null;
  onJump: (text: string) => void;
};

/**
 * The origin line. Everything but a picked table is the page's own material, laid out as the page does;
 * a picked table is sentences News Lens chose. An origin this version does not know gets no line (it
 * cannot say how that table was made).
 */
const ORIGIN_KEY: Record<string, string> = {
  table: 'originTable',
  list: 'originList',
  labelled: 'originTable',
  takeaways: 'originTable',
  picked: 'originPicked',
};

/** Letters and digits only, so "✅ Why This Matters" counts as the same words as the heading. */
const words = letterKey;

/**
 * "Why this matters": a real table with a caption, and where it came from. Page text keeps the page's
 * language (the table's `lang`); the interface's own words (a picked table's caption and row labels) are
 * marked with the interface language.
 * - The page's table or list: its title as caption and its header row, if any; the first cell jumps.
 * - Labelled paragraphs: the label as written heads each row; the paragraph jumps.
 * - Takeaways: one cell per item, which jumps; the box's heading as caption.
 * - Picked: each sentence under its label (named in the interface language, as a row header); the sentence
 *   jumps. No visible caption: the origin line says how it was made, and the screen-reader caption what it is.
 * Clicking anywhere in a row jumps as its button does (the button is what the keyboard reaches).
 */
export function WhyItMattersTable({ table, lang, onJump }: Props) {
  const { t, locale } = useI18n();
  const layout = whyLayout(table);
  const rows = whyRows(table);
  const heading = t('whyItMatters');
  const picked = layout.kind === 'picked';
  const title = layout.kind === 'page' || layout.kind === 'takeaways' ? layout.title.trim() : '';
  const caption = picked ? t(PICKED_CAPTION_KEY) : title || heading;
  /** The caption is the interface's words (not the page's) for a picked table or a table without a title. */
  const uiCaption = picked || !title;
  const originKey = Object.hasOwn(ORIGIN_KEY, table.origin) ? ORIGIN_KEY[table.origin] : undefined;
  const names = significanceLabels(t);
  const columns = layout.kind === 'page' ? layout.columns : [];
  const width = Math.max(columns.length, ...rows.map((r) => r.length));

  const jumpButton = (text: string, sentence = false, target = text) => (
    <button
      type="button"
      class={sentence ? 'cell-jump sentence' : 'cell-jump'}
      title={t('jumpHint')}
      onClick={() => onJump(target)}
    >
      {text}
    </button>
  );

  /** A row that jumps to `target` when clicked anywhere but its button (which jumps itself) or a selection. */
  const row = (key: number, target: string, cells: ComponentChildren) => (
    <tr
      key={key}
      class="jump-row"
      onClick={(event) => {
        if (event.target instanceof Element && event.target.closest('button')) return;
        if (window.getSelection()?.isCollapsed === false) return;
        onJump(target);
      }}
    >
      {cells}
    </tr>
  );

  const body = rows.map((cells, r) => {
    switch (layout.kind) {
      case 'picked': {
        const sentence = cells[1] ?? '';
        return row(
          r,
          sentence,
          <>
            <th scope="row" dir="auto" lang={locale}>
              {significanceName(names, cells[0] ?? '')}
            </th>
            <td dir="auto">{jumpButton(sentence, true)}</td>
          </>,
        );
      }
      case 'labelled': {
        const paragraph = cells[1] ?? '';
        // A label over a list carries its items joined with "; " (see PageWhyTable): jump to the first item.
        const target = paragraph.split(LIST_JOINER)[0] ?? paragraph;
        return row(
          r,
          target,
          <>
            <th scope="row" dir="auto">
              {cells[0] ?? ''}
            </th>
            <td dir="auto">{jumpButton(paragraph, true, target)}</td>
          </>,
        );
      }
      case 'takeaways':
        return row(r, cells[0] ?? '', <td dir="auto">{jumpButton(cells[0] ?? '', true)}</td>);
      case 'page':
        return row(
          r,
          cells[0] ?? '',
          Array.from({ length: width }, (_, i) => (
            <td key={i} dir="auto">
              {i === 0 ? jumpButton(cells[0] ?? '') : (cells[i] ?? '')}
            </td>
          )),
        );
    }
  });

  return (
    <section class="part" aria-labelledby="why-heading">
      <h2 id="why-heading">{heading}</h2>
      {originKey && <p class="origin">{t(originKey)}</p>}
      <div class="table-wrap">
        <table lang={lang ?? undefined} class={`why-${layout.kind}`}>
          {/* Always captioned for screen readers; shown only when it says more than the heading and the origin. */}
          <caption
            dir="auto"
            lang={uiCaption ? locale : undefined}
            class={picked || words(caption) === words(heading) ? 'sr-only' : undefined}
          >
            {caption}
          </caption>
          {columns.length > 0 && (
            <thead>
              <tr>
                {Array.from({ length: width }, (_, i) => (
                  <th key={i} scope="col" dir="auto">
                    {columns[i] ?? ''}
                  </th>
                ))}
              </tr>
            </thead>
          )}
          <tbody>{body}</tbody>
        </table>
      </div>
    </section>
  );
}
