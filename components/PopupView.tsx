import type { SummaryLength } from '@/utils/types';
import { useI18n } from './i18n';
import type { PopupActions, PopupState } from './popup-state';
import { StateView } from './StateView';
import { SummaryView } from './SummaryView';

type Props = {
  state: PopupState;
  length: SummaryLength;
  /** A short note for the reader, e.g. that a sentence was not found in the page. */
  notice: string | null;
  actions: PopupActions;
};

/**
 * The whole popup inside <main>. One polite live region stays mounted so screen readers hear
 * "Summarizing…", the outcome of a state change and notices; the summary itself sits outside it.
 */
export function PopupView({ state, length, notice, actions }: Props) {
  const { t } = useI18n();
  return (
    <main>
      <div role="status" aria-live="polite" class="live">
        {state.kind === 'ready' ? (
          <>
            {state.busy && <p class="notice">{t('loading')}</p>}
            {notice && <p class="notice">{notice}</p>}
          </>
        ) : (
          <StateView state={state} actions={actions} />
        )}
      </div>
      {state.kind === 'ready' && (
        <SummaryView
          summary={state.summary}
          length={length}
          busy={state.busy}
          pending={state.pending === true}
          actions={actions}
        />
      )}
    </main>
  );
}
