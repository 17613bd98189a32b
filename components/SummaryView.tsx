import type { PageSummary, SummaryLength } from '@/utils/types';
import { whyRows } from '@/utils/popup/format-markdown';
import type { PopupActions } from './popup-state';
import { KeyPointList } from './KeyPointList';
import { RelatedList } from './RelatedList';
import { SummaryHeader } from './SummaryHeader';
import { Toolbar } from './Toolbar';
import { WhyItMattersTable } from './WhyItMattersTable';

type Props = {
  summary: PageSummary;
  length: SummaryLength;
  busy: boolean;
  /**
   * The first part of a summary in two: the related links and the picked table are still being computed. Their
   * sections are left out until they come (no empty heading, no "no related links"); the page's own table shows.
   */
  pending?: boolean;
  actions: Pick<PopupActions, 'setLength' | 'jump' | 'openLink' | 'copy'>;
};

/** The summary: header, toolbar, then Key points, Why this matters and Related. */
export function SummaryView({ summary, length, busy, pending = false, actions }: Props) {
  return (
    <div class="summary" aria-busy={busy || pending ? 'true' : undefined}>
      <SummaryHeader summary={summary} />
      <Toolbar length={length} onLengthChange={actions.setLength} onCopy={actions.copy} />
      <KeyPointList points={summary.keyPoints} lang={summary.lang} title={summary.title} onJump={actions.jump} />
      {summary.whyItMatters && whyRows(summary.whyItMatters).length > 0 && (
        <WhyItMattersTable table={summary.whyItMatters} lang={summary.lang} onJump={actions.jump} />
      )}
      {!pending && (
        <RelatedList links={summary.related} pageUrl={summary.url} lang={summary.lang} onOpen={actions.openLink} />
      )}
    </div>
  );
}
