import type { PopupState } from '@/components/popup-state';
import { restrictedReason } from '@/utils/popup/restricted-url';
import type { SummarizeFailure } from '@/utils/types';

/**
 * What the popup shows for a failed summary: decided from the typed `reason` and `detail` only,
 * never from the plain-language `message` (which is English, and the browser's wording at that).
 */
export function failureState(
  failure: SummarizeFailure,
  tabUrl: string | undefined,
): Exclude<PopupState, { kind: 'loading' | 'ready' }> {
  switch (failure.reason) {
    case 'not-an-article':
      return { kind: 'not-article', detail: failure.detail };
    case 'restricted-page':
      // The page reported a PDF; otherwise the browser refused, and the tab's URL tells best why
      // (a file:// page needs "Allow access to file URLs").
      return { kind: 'restricted', reason: failure.detail === 'pdf' ? 'pdf' : (restrictedReason(tabUrl) ?? 'blocked') };
    case 'empty-page':
      return { kind: 'error', reason: 'empty-page', detail: failure.detail };
    default:
      return { kind: 'error', reason: failure.reason };
  }
}
