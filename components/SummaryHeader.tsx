import type { PageSummary } from '@/utils/types';
import { useI18n } from './i18n';
import { siteOf } from './safe-href';

function formatDate(iso: string | null, locale: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
  } catch {
    return date.toISOString().slice(0, 10);
  }
}

type Props = { summary: PageSummary };

/** Title, then site, date and reading time on one wrapping line. Page text is rendered as text only. */
export function SummaryHeader({ summary }: Props) {
  const { t, locale } = useI18n();
  const site = summary.siteName ?? siteOf(summary.url);
  const date = formatDate(summary.publishedTime, locale);
  return (
    <header class="summary-header">
      <h1 id="title" dir="auto" lang={summary.lang ?? undefined}>
        {summary.title || summary.url}
      </h1>
      <p class="meta">
        {site && <span dir="auto">{site}</span>}
        {date && <time dateTime={summary.publishedTime ?? undefined}>{date}</time>}
        {summary.readingMinutes > 0 && <span>{t('minRead', [String(summary.readingMinutes)])}</span>}
      </p>
      {summary.truncated && <p class="note">{t('truncatedNote')}</p>}
    </header>
  );
}
