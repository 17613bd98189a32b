import type { FailureReason, PageSummary, SummaryLength } from '@/utils/types';
import type { RestrictedReason } from '@/utils/popup/restricted-url';

/** Everything the popup can show. `dataset.state` on <html> is `kind` ('loading' while busy). */
export type PopupState =
  | { kind: 'loading' }
  | { kind: 'ready'; summary: PageSummary; busy: boolean }
  | { kind: 'restricted'; reason: RestrictedReason | 'blocked' }
  /** `file`: the tab shows a raw file (text, JSON, code) rather than a page. */
  | { kind: 'not-article'; file?: boolean }
  | { kind: 'error'; reason: FailureReason | 'no-tab' };

export type PopupActions = {
  retry: () => void;
  summarizeAnyway: () => void;
  setLength: (length: SummaryLength) => void;
  jump: (text: string) => void;
  openLink: (url: string) => void;
  copy: () => Promise<boolean>;
};

/** Message keys for each reason (all in _locales/<lang>/messages.json). */
export const RESTRICTED_KEY: Record<RestrictedReason | 'blocked', string> = {
  'new-tab': 'restrictedNewTab',
  'browser-page': 'restrictedBrowserPage',
  'extension-page': 'restrictedExtensionPage',
  'web-store': 'restrictedWebStore',
  pdf: 'restrictedPdf',
  file: 'restrictedFile',
  unsupported: 'restrictedUnsupported',
  blocked: 'restrictedBlocked',
};

export const ERROR_KEY: Record<FailureReason | 'no-tab', string> = {
  'restricted-page': 'restrictedBlocked',
  'not-an-article': 'notArticleBody',
  'empty-page': 'errorEmptyPage',
  'too-large': 'errorTooLarge',
  'injection-failed': 'errorInjectionFailed',
  timeout: 'errorTimeout',
  'extraction-failed': 'errorExtractionFailed',
  'no-tab': 'errorNoTab',
};
