/**
 * How much of a page the pipeline takes on. Readability walks every element several times and the
 * sentence and word segmenters grow with the text, so both are capped; pages beyond the caps are
 * trimmed to their main content (see trim-large-page.ts), and pages beyond the hard caps are refused
 * with 'too-large' before any real work starts.
 */
export type PageLimits = {
  /** Elements handed to the pipeline; a larger page is trimmed to its main content first. */
  maxElements: number;
  /** Characters of visible text handed to the pipeline; the rest of a longer page is left out. */
  maxTextChars: number;
  /**
   * Nesting depth handed to the pipeline: Readability's time grows with the square of the depth (a chain of
   * 400 nested <div>s takes ~2 s). Deeper pages are copied with the deeper levels flattened (text kept).
   */
  maxDepth: number;
  /** Up to this many elements, a trimmed page's related links are still looked for in the whole live page. */
  maxElementsForLiveRelated: number;
  /** Beyond this many elements even walking the page is too slow: 'too-large' at once. */
  hardMaxElements: number;
  /** Beyond this much text: 'too-large' at once. */
  hardMaxTextChars: number;
  /** Work budget: when measuring and trimming alone took longer, give up with 'too-large'. */
  timeBudgetMs: number;
};

export const PAGE_LIMITS: PageLimits = {
  maxElements: 15_000,
  maxTextChars: 150_000,
  maxDepth: 48,
  maxElementsForLiveRelated: 60_000,
  hardMaxElements: 2_000_000,
  hardMaxTextChars: 60_000_000,
  timeBudgetMs: 2_000,
};
