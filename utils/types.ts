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
export type WhyItMatters = PageWhyTable | PickedWhyTable;

/**
 * The page's own material, as the page writes it: a table under a why-heading (`table`), a
 * "Label: explanation" list under one (`list`), paragraphs the newsroom labelled itself ("Why it matters:",
 * "What's next:": `labelled`), or a box of takeaways ("Key takeaways", "要点": `takeaways`).
 */
export type PageWhyTable = {
  origin: 'table' | 'list' | 'labelled' | 'takeaways';
  /** The heading the table, list or box sits under (emoji stripped); '' for labelled paragraphs. */
  title: string;
  /** The table's header row; [] when it has none, and always [] for the other origins (the page names none). */
  columns: string[];
  /**
   * table: its data rows; list: [label, explanation]; labelled: [label as written, paragraph] (a label over a
   * list: its items joined with LABELLED_LIST_JOINER); takeaways: [item].
   */
  rows: string[][];
};

/** How a labelled row joins the items of the list its label introduces ("By the numbers:" then a list). */
export const LABELLED_LIST_JOINER = '; ';

/** What a picked sentence tells the reader; the popup names each in the interface language. */
export type SignificanceLabel = 'why' | 'numbers' | 'context' | 'reaction' | 'next' | 'detail';

/**
 * Picked by News Lens from the article when it has no such material of its own: two to five whole,
 * verbatim sentences, each under the label of what it tells the reader. No title and no column names:
 * the popup shows its own, in the interface language.
 */
export type PickedWhyTable = {
  origin: 'picked';
  title: '';
  columns: [];
  /** [what the sentence tells, the sentence as the article writes it]. */
  rows: Array<[label: SignificanceLabel, sentence: string]>;
  /** Where each row's sentence sits: index of the block in the article and offsets in its text, as for key points. */
  sources: Array<{ block: number; start: number; end: number }>;
};

/**
 * The popup's groups of related links, in this order: the page's topical modules ("Related", "More on this
 * story"), stories linked in the article's text, then site-wide lists (most read, trending, latest).
 */
export type RelatedGroup = 'topic' | 'inline' | 'popular';

export type RelatedLink = {
  title: string;
  url: string;
  /** The module's label as the page shows it ("Popular posts from this blog", "Related"), '' when it has none; "article" for in-text links. */
  source: string;
  group: RelatedGroup;
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
