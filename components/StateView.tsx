import { useI18n } from './i18n';
import type { PopupActions, PopupState } from './popup-state';
import { errorKey, NOT_ARTICLE_KEY, RESTRICTED_KEY } from './popup-state';
import { StatusMessage } from './StatusMessage';

type Props = {
  state: Exclude<PopupState, { kind: 'ready' }>;
  actions: Pick<PopupActions, 'retry' | 'summarizeAnyway'>;
};

/** Loading, restricted, not-an-article and failure: never blank, never a stack trace. */
export function StateView({ state, actions }: Props) {
  const { t } = useI18n();
  switch (state.kind) {
    case 'loading':
      return (
        <p class="loading">
          <span class="spinner" aria-hidden="true" />
          {t('loading')}
        </p>
      );
    case 'restricted':
      return (
        <StatusMessage title={t('restrictedTitle')}>
          <p>{t(RESTRICTED_KEY[state.reason])}</p>
        </StatusMessage>
      );
    case 'not-article':
      return (
        <StatusMessage
          title={t('notArticleTitle')}
          action={{ label: t('summarizeAnyway'), onClick: actions.summarizeAnyway }}
        >
          <p>{t(NOT_ARTICLE_KEY[state.detail ?? 'page'])}</p>
        </StatusMessage>
      );
    case 'error':
      return (
        <StatusMessage
          title={t(state.reason === 'timeout' ? 'timeoutTitle' : 'errorTitle')}
          action={{ label: t('tryAgain'), onClick: actions.retry }}
        >
          <p>{t(errorKey(state))}</p>
        </StatusMessage>
      );
  }
}
