import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PopupActions, PopupState } from '@/components/popup-state';
import { copyText } from '@/browser-api/copy-text';
import { highlightInTab } from '@/browser-api/highlight-in-tab';
import { getMessage } from '@/browser-api/i18n';
import { DEFAULT_LENGTH, loadLength, saveLength } from '@/browser-api/length-preference';
import { openRelatedLink } from '@/browser-api/open-related-link';
import { readCachedSummary, writeCachedSummary } from '@/browser-api/summary-cache';
import { takeFirstClick, type FirstClick } from '@/browser-api/first-click';
import { restOf, summarizeTab } from '@/browser-api/summarize-tab';
import { getTargetTab, type TargetTab } from '@/browser-api/target-tab';
import { markdownLabels } from '@/components/labels';
import { formatMarkdown } from '@/utils/popup/format-markdown';
import { restrictedReason } from '@/utils/popup/restricted-url';
import { POINTS_BY_LENGTH, type PageSummary, type SummarizeResult, type SummaryLength } from '@/utils/types';
import { failureState } from './failure-state';

const NOTICE_MS = 4000;

/** A page that paints no frame (hidden) still gets on after this long. */
const NO_FRAME_MS = 100;

/** Resolves after the next frame has been painted (or after NO_FRAME_MS when no frame comes). */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    if (typeof requestAnimationFrame !== 'function') return resolve();
    const fallback = setTimeout(resolve, NO_FRAME_MS);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
type LoadOptions = {
  force?: boolean;
  useCache?: boolean;
  /** What main.ts started before the view loaded (the first load only): the cache entry, the copy, a result. */
  early?: FirstClick;
};

/** Compared to decide whether a background refresh changed anything (the text is not cached). */
const fingerprint = (s: PageSummary) => JSON.stringify({ ...s, text: '' });

/**
 * The popup's state machine. Cache policy: a cached summary (same URL and length, this browser
 * session) is shown at once, then the page is summarized again in the background and the view is
 * replaced only if the result differs (an edited or live-updating page). So reopening is instant
 * and a changed page still ends up fresh; a failed background refresh keeps the cached summary.
 */
export function usePopup() {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const [length, setLengthState] = useState<SummaryLength>(DEFAULT_LENGTH);
  const [notice, setNotice] = useState<string | null>(null);
  const tab = useRef<TargetTab | null>(null);
  const shown = useRef<PageSummary | null>(null); // the summary on screen
  const pending = useRef<PageSummary | null>(null); // a non-article summary awaiting "Summarize anyway"
  const seq = useRef(0);
  const forced = useRef(false); // whether the last run was "Summarize anyway" (Try again repeats it)
  const noticeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The rest of a summary painted in two parts (its key points are on screen, its related links and picked table
  // are computed after that frame): Copy as Markdown takes the complete summary even before it is painted.
  const rest = useRef<(() => SummarizeResult) | null>(null);

  const show = (summary: PageSummary, len: SummaryLength) => {
    shown.current = summary;
    setState({ kind: 'ready', summary, busy: false });
    void writeCachedSummary(tab.current?.url ?? summary.url, len, summary);
  };

  const handle = (result: SummarizeResult, len: SummaryLength, force: boolean, background: boolean) => {
    const target = tab.current;
    if (result.ok) {
      const { summary } = result;
      if (!summary.isArticle && !force) {
        if (background) return;
        pending.current = summary;
        setState({ kind: 'not-article', detail: null });
      } else if (!background || !shown.current || fingerprint(shown.current) !== fingerprint(summary)) {
        show(summary, len);
      }
      return;
    }
    if (background) return;
    if (result.reason === 'not-an-article') pending.current = null;
    setState(failureState(result, target?.url));
  };

  const load = async (len: SummaryLength, options: LoadOptions = {}) => {
    const target = tab.current;
    const id = ++seq.current;
    rest.current = null;
    if (!target) return setState({ kind: 'error', reason: 'no-tab' });
    const restricted = restrictedReason(target.url);
    // file:// may work when the reader allowed file access: try it, and explain on failure.
    if (restricted && restricted !== 'file') return setState({ kind: 'restricted', reason: restricted });
    let force = options.force ?? false;
    forced.current = force;
    const { early } = options;
    const cached = early
      ? early.cached
      : options.useCache !== false && target.url
        ? await readCachedSummary(target.url, len)
        : null;
    if (id !== seq.current) return;
    if (cached) {
      shown.current = cached;
      setState({ kind: 'ready', summary: cached, busy: false });
      force ||= !cached.isArticle; // the reader already chose "Summarize anyway"
      // The refresh runs the pipeline on this thread: let the cached summary paint first.
      await afterPaint();
      if (id !== seq.current) return;
    } else {
      setState((s) => (s.kind === 'ready' ? { ...s, busy: true } : { kind: 'loading' }));
    }
    const request = { points: POINTS_BY_LENGTH[len], force };
    // The first click's summary may already be on its way (started before the view loaded).
    const result = await (early?.result && !force
      ? early.result
      : summarizeTab(target.id, request, undefined, early?.capture ?? undefined));
    if (id !== seq.current) return;
    const later = restOf(result);
    // A refresh behind a cached summary replaces it only when complete; a summary in two parts paints its key
    // points first, then the rest after that frame (never an empty "Why this matters" or Related heading).
    if (!later || cached !== null || !result.ok) return handle(later ? later() : result, len, force, cached !== null);
    rest.current = later;
    setState({ kind: 'ready', summary: result.summary, busy: false, pending: true });
    await afterPaint();
    if (id !== seq.current || rest.current !== later) return;
    rest.current = null;
    handle(later(), len, force, false);
  };

  // The first load runs once, on mount; it reads the latest `load` through a ref. A layout effect, not an
  // effect: Preact runs effects only after the next frame is painted, which would put a frame of "loading"
  // (about 16 ms) before a cached or already computed summary.
  const loadRef = useRef(load);
  loadRef.current = load;
  useLayoutEffect(() => {
    void (async () => {
      // main.tsx started the click's work before the first render (startFirstClick); tests render without it.
      const first = takeFirstClick();
      if (first) {
        const early = await first;
        tab.current = early.target;
        setLengthState(early.length);
        return loadRef.current(early.length, { early });
      }
      const [target, len] = await Promise.all([getTargetTab().catch(() => null), loadLength()]);
      tab.current = target;
      setLengthState(len);
      await loadRef.current(len);
    })();
    return () => clearTimeout(noticeTimer.current);
  }, []);

  const say = (text: string) => {
    setNotice(text);
    clearTimeout(noticeTimer.current);
    noticeTimer.current = setTimeout(() => setNotice(null), NOTICE_MS);
  };

  const actions: PopupActions = {
    retry: () => void load(length, { useCache: false, force: forced.current }),
    summarizeAnyway: () => {
      const summary = pending.current;
      if (summary && summary.keyPoints.length > 0) show(summary, length);
      else void load(length, { force: true, useCache: false });
    },
    setLength: (len) => {
      setLengthState(len);
      void saveLength(len);
      void load(len, { force: shown.current ? !shown.current.isArticle : false });
    },
    jump: (text) => {
      const target = tab.current;
      if (!target) return;
      void highlightInTab(target.id, text).then((found) => {
        if (!found) say(getMessage('jumpNotFound'));
      });
    },
    openLink: (url) => {
      if (tab.current) void openRelatedLink(url, tab.current);
    },
    copy: useCallback(async () => {
      const later = rest.current;
      const complete = later?.();
      const summary = complete?.ok ? complete.summary : shown.current;
      if (!summary) return false;
      return copyText(formatMarkdown(summary, markdownLabels(getMessage)));
    }, []),
  };

  return { state, length, notice, actions };
}
