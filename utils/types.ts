/**
 * The contract shared by the content script, the popup, the CLI and the tests.
 * Only plain JSON crosses `scripting.executeScript`: everything here is serialisable.
 */

export type KeyPoint = {
  text: string;
  /** Heading of the section the sentence sits in, or null before the first heading. */
  section: string | null;
  /** Where it came from: index of the block in `Article.blocks`, and the sentence's offsets in that block's text. */
  source?: { block: number; start: number; end: number };
};

/**
 * The article's "why this matters" table. Every string in it is page text: the pipeline never invents
 * captions or column names (they would be in English whatever the reader's language). `origin` says
 * what the cells are, so the popup can supply its own localised labels where the page has none.
 */
export type WhyItMatters = PageWhyTable | DerivedWhyTable;

/** The page's own table (`table`) or its "Label: explanation" list (`list`), as the page writes them. */
export type PageWhyTable = {
  origin: 'table' | 'list';
  /** The heading the table or list sits under (emoji stripped). */
  title: string;
  /** The table's header row; [] when it has none, and always [] for a list (the page names no columns). */
  columns: string[];
  /** table: its data rows; list: [label, explanation] per item. */
  rows: string[][];
};

/**
 * Built by News Lens from the article's sections: one row per headed section, in article order.
 * No title and no columns: the popup shows its localised caption and column names ("Section",
 * "Key point") for it, in the interface language.
 */
export type DerivedWhyTable = {
  origin: 'derived';
  title: '';
  columns: [];
  /** [the section's heading, its key sentence], both verbatim page text. */
  rows: Array<[section: string, sentence: string]>;
};

export type RelatedLink = {
  title: string;
  url: string;
  /** Where it was found, e.g. "Popular posts from this blog", "Related", "article". */
  source: string;
};

export type PageSummary = {
  url: string;
  title: string;
  siteName: string | null;
  byline: string | null;
  /** ISO 8601 when known. */
  publishedTime: string | null;
  /** BCP 47. */
  lang: string | null;
  /** False for home pages, listings, forms. */
  isArticle: boolean;
  wordCount: number;
  readingMinutes: number;
  /** Main text; blocks separated by a blank line, table cells by " | ". */
  text: string;
  keyPoints: KeyPoint[];
  whyItMatters: WhyItMatters | null;
  related: RelatedLink[];
  /** True when the page was too large to read whole and only its first part was summarized. */
  truncated?: boolean;
};

/** A data table as cell text. `columns` is the header row ([] when none was found). */
export type DataTable = {
  caption: string | null;
  columns: string[];
  rows: string[][];
};

/** The article's main content as a flat list of blocks, in reading order. */
export type Block =
  | { kind: 'heading'; level: number; text: string; section: string | null }
  | { kind: 'paragraph'; text: string; section: string | null }
  | { kind: 'list-item'; text: string; ordered: boolean; section: string | null }
  | { kind: 'quote'; text: string; section: string | null }
  | { kind: 'table'; table: DataTable; text: string; section: string | null };

export type ArticleMetadata = {
  title: string;
  siteName: string | null;
  byline: string | null;
  publishedTime: string | null;
  lang: string | null;
};

export type Article = ArticleMetadata & {
  blocks: Block[];
  isArticle: boolean;
};

export type SummaryLength = 'short' | 'medium' | 'long';
export const POINTS_BY_LENGTH: Record<SummaryLength, number> = { short: 3, medium: 5, long: 7 };

export type SummarizeOptions = {
  /** Number of key points (default 5). */
  points?: number;
  /** Summarize even when the page does not look like an article. */
  force?: boolean;
};

export type FailureReason =
  | 'restricted-page'
  | 'not-an-article'
  | 'empty-page'
  | 'too-large'
  | 'injection-failed'
  | 'timeout'
  | 'extraction-failed';

/** restricted-page: a PDF in the browser's viewer, or the browser refused to run the script in the tab. */
export type RestrictedDetail = 'pdf' | 'access-denied';
/** not-an-article: a raw file (text, JSON, code) shown by the browser, or an SVG/XML document. */
export type NotArticleDetail = 'raw-file' | 'not-html';
/** empty-page: no text at all, a page still loading, or text only inside a cross-origin frame. */
export type EmptyPageDetail = 'no-text' | 'still-loading' | 'in-frame';
export type FailureDetail = RestrictedDetail | NotArticleDetail | EmptyPageDetail;

/**
 * Why there is no summary. `reason` and, for the reasons that have one, `detail` are what code decides
 * on (the popup picks its localised text from them); `message` is a plain-language English explanation
 * for logs, the CLI and tooltips, never compared by code.
 */
export type SummarizeFailure =
  | { ok: false; reason: 'restricted-page'; detail: RestrictedDetail; message: string }
  | { ok: false; reason: 'not-an-article'; detail: NotArticleDetail; message: string }
  | { ok: false; reason: 'empty-page'; detail: EmptyPageDetail; message: string }
  | { ok: false; reason: 'too-large' | 'injection-failed' | 'timeout' | 'extraction-failed'; message: string };

export type SummarizeResult = { ok: true; summary: PageSummary } | SummarizeFailure;
