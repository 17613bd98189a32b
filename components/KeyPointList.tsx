import type { KeyPoint } from '@/utils/types';
import { useI18n } from './i18n';

type Props = {
  points: KeyPoint[];
  lang: string | null;
  /** The article's title: a section named like it is not shown (it says nothing new). */
  title: string;
  /** Jump to source: scroll the article tab to this sentence and highlight it. */
  onJump: (text: string) => void;
};

/** "Key points": an ordered list; each point is a button (click or Enter jumps to it in the page). */
export function KeyPointList({ points, lang, title, onJump }: Props) {
  const { t } = useI18n();
  return (
    <section class="part" aria-labelledby="key-points-heading">
      <h2 id="key-points-heading">{t('keyPoints')}</h2>
      {points.length === 0 ? (
        <p class="empty">{t('keyPointsNone')}</p>
      ) : (
        <ol class="points" lang={lang ?? undefined}>
          {points.map((point, i) => (
            <li key={i}>
              <button type="button" class="point" dir="auto" title={t('jumpHint')} onClick={() => onJump(point.text)}>
                {point.text}
              </button>
              {point.section && point.section.trim() !== title.trim() && (
                <span class="point-section" dir="auto">
                  {point.section}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
