import type { EmptyPageDetail, FailureReason, NotArticleDetail, PageSummary, SummaryLength } from '@/utils/types';
import type { RestrictedReason } from '@/utils/popup/restricted-url';

/** The failures shown as an error with Try again (restricted pages and non-articles have their own states). */
export type ErrorReason = Exclude<FailureReason, 'restricted-page' | 'not-an-article'> | 'no-tab';

/** Everything the popup can show. `dataset.state` on <html> is `kind` ('loading' while busy). */
export type PopupState =
  | { kind: 'loading' }
  /**
   * `pending`: the first part of a summary in two (see browser-api/summarize-tab.ts restOf): its key points are
   * shown; its related links and picked table follow after this frame (`dataset.state` is 'partial').
   */
  | { kind: 'ready'; summary: PageSummary; busy: boolean; pending?: boolean }
  | { kind: 'restricted'; reason: RestrictedReason | 'blocked' }
  /** `detail`: what the tab shows instead (a raw file, an SVG/XML document); null for a page that reads as a home page, list or form. */
  | { kind: 'not-article'; detail: NotArticleDetail | null }
  | { kind: 'error'; reason: 'empty-page'; detail: EmptyPageDetail }
  | { kind: 'error'; reason: Exclude<ErrorReason, 'empty-page'> };

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

/** The body of the not-an-article state: `page` when the summary itself said it is no article. */
export const NOT_ARTICLE_KEY: Record<NotArticleDetail | 'page', string> = {
  page: 'notArticleBody',
  'raw-file': 'notArticleFileBody',
  'not-html': 'notArticleNotHtmlBody',
};

export const ERROR_KEY: Record<Exclude<ErrorReason, 'empty-page'>, string> = {
  'too-large': 'errorTooLarge',
  'injection-failed': 'errorInjectionFailed',
  timeout: 'errorTimeout',
  'extraction-failed': 'errorExtractionFailed',
  'no-tab': 'errorNoTab',
};

/** An empty page's explanation by detail (the general text covers a page still loading). */
export const EMPTY_PAGE_KEY: Record<EmptyPageDetail, string> = {
  'no-text': 'errorEmptyPage',
  'still-loading': 'errorEmptyPage',
  'in-frame': 'errorInFrame',
};

/** The message key of an error state's explanation. */
export const errorKey = (state: Extract<PopupState, { kind: 'error' }>): string =>
  state.reason === 'empty-page' ? EMPTY_PAGE_KEY[state.detail] : ERROR_KEY[state.reason];
