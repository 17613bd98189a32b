/**
 * The words News Lens reads in class, id, role and data-* names. Class tokens are split at "-" and "_"
 * ("post-share-buttons" -> post, share, buttons); a word list below matches whole parts unless it says
 * otherwise. Platform-specific tokens (a CMS's widget and body classes) are in platforms.ts.
 */
import { escapeRegExp } from './phrase-pattern';
import type { MarkupToken } from './platforms';

/** Elements whose links are page chrome: navigation, header, footer, forms. */
export const CHROME_TAGS = ['NAV', 'HEADER', 'FOOTER', 'FORM', 'BUTTON'] as const;
/** ARIA roles of page chrome. */
export const CHROME_ROLES = ['navigation', 'banner', 'contentinfo', 'search', 'menu', 'menubar', 'toolbar'] as const;

/** Words that mark chrome when they start or end a class/id token ("share-buttons", "post-share", "nav-links"). */
export const CHROME_WORDS = [
  'nav',
  'navbar',
  'navigation',
  'menu',
  'share',
  'sharing',
  'sharedaddy',
  'social',
  'comment',
  'comments',
  'respond',
  'breadcrumb',
  'breadcrumbs',
  'pagination',
  'pager',
  'byline',
  'author',
  'advert',
  'ads',
  'sponsor',
  'sponsored',
  'promo',
  'footer',
  'masthead',
  'cookie',
  'login',
] as const;

/** Words that mark chrome only at the end of a token ("post-tags" yes, Ghost's "tag-safety" no). */
export const CHROME_TAIL_WORDS = ['tag', 'tags', 'label', 'labels', 'tagcloud', 'categories', 'topics'] as const;

/** Inside a related module only share bars, comments, paging and ads are chrome (items are often "author-recirc"). */
export const MODULE_CHROME_WORDS = [
  'share',
  'sharing',
  'social',
  'comment',
  'comments',
  'pagination',
  'pager',
  // An ad or a paid item among a module's stories ("card sponsored", "ad-slot").
  'ad',
  'ads',
  'advert',
  'advertisement',
  'sponsor',
  'sponsored',
] as const;

/**
 * Words of a paid placement's class anywhere in a token, not only at its ends: "sas_pr_wrapper", "native_pr_article"
 * (a box of press releases and advertorials styled as stories). A token with a number ("pr-4", a utility class for
 * padding) or of one word (a generated class name: "pq pr ps") is no such mark.
 */
export const PAID_PLACEMENT_CLASS_WORDS = [
  'pr',
  'advertorial',
  'advertorials',
  'paidpost',
  'sponsoredcontent',
] as const;

/**
 * Words of a class that marks a story's source or credit line ("m-article__sources", "source", "via"): a link there
 * names the outlet ("Star Wars official site"), not the story.
 */
export const SOURCE_LINE_CLASS_WORDS = ['source', 'sources', 'via', 'credit', 'credits'] as const;

/**
 * Furniture inside an article body (captions, credits, bylines, share and follow prompts, newsletter boxes,
 * teasers, author bios, ads): regex fragments matched at the start of a class/id word ("-?" joins
 * spellings: "read-?more" is readmore and read-more).
 */
export const FURNITURE_CLASS_WORDS = [
  'caption',
  'credit',
  'byline',
  'by-line',
  'author',
  'contributor',
  'share',
  'sharing',
  'social',
  'newsletter',
  'subscri',
  'signup',
  'sign-up',
  'promo',
  'related',
  'read-?more',
  'more-?stories',
  // Teasers of the section's next stories ("next-article-container": Reuters' "Next In Business News").
  'next-?articles?',
  // "next-post-thumbnails", "nextstory": the blog's next posts with their excerpts, under the story.
  'next-?posts?',
  'next-?stor(?:y|ies)',
  'recommend',
  'breadcrumb',
  'timestamp',
  'pubdate',
  'published',
  'updated',
  'post-?meta',
  'entry-?meta',
  'article-?meta',
  'meta-?data',
  'tags',
  'tag-?list',
  'copyright',
  'disclaimer',
  'advert',
  'sponsor',
  'comments?(?=$|[\\s_-])',
  'comment-',
  'bio',
  'outbrain',
  'taboola',
  'toolbar',
  'inline-?cta',
  'cta-',
  'call-?to-?action',
  'popup',
  'modal',
  'sidebar',
  '(?:right|side|left)-?rail',
  'skip-',
  'visually-?hidden',
  'sr-only',
  'screen-?reader',
  'kicker',
  // A rubric label set in the dek or the headline ("<span class=\"slug\">Analyse</span> Après une semaine …").
  'slug',
  'eyebrow',
  'overline',
  '[\\w-]*label(?=\\s|$)',
  'affiliate',
  'disclosure',
  'donate',
  'donation',
  'membership',
  'support-?us',
  'paywall',
  'gallery-?count',
  'slideshow',
  'trending',
  'most-?popular',
  'most-?read',
  'top-?stories',
  'next-?up',
  'see-?also',
  'also-?read',
  // A video player's blurb ("video-desc"): the clip's description, not the story's text.
  'video-?desc',
  'embed-?caption',
  'photo-?credit',
  'image-?credit',
  'media-?credit',
] as const;

/**
 * Boxes a script opens over the page and keeps hidden until then (CSS hides them, so no attribute says so):
 * dialogs, modals, pop-ups, fly-out panes ("twttr-dialog", "modal-container", "ugc-util-bar-flyout"). Whole class
 * words. Their text ("Are you sure you want to delete this message?", "Thanks! Check out your photo …", an upload
 * form's "Uh oh!") is the site's interface, never the story.
 */
/** Class words of a kicker set above or before a headline ("Opinion", "Water quality", "Business Aviation"). */
export const KICKER_CLASS_WORDS = ['kicker', 'eyebrow', 'overline'] as const;
/** Class words of a badge set before a headline inside a link ("Live"), besides a kicker's. */
export const BADGE_CLASS_WORDS = ['label', 'badge'] as const;
/** A selector for elements whose class holds one of the words: `[class*="kicker"], [class*="eyebrow"]`. */
export const classWordSelector = (words: readonly string[]): string => words.map((w) => `[class*="${w}"]`).join(', ');

export const OVERLAY_CLASS_WORDS = ['modal', 'dialog', 'popup', 'pop-?up', 'lightbox', 'flyout', 'fly-?out'] as const;
/** ARIA roles of boxes opened over the page. */
export const OVERLAY_ROLES = ['dialog', 'alertdialog'] as const;

/**
 * A page's side column ("panel-region-sidebar", "right-rail"): never the story, whatever its size. When the story
 * is short, the column's teasers and readers' comments outweigh it, so the share guard of other furniture does not
 * hold; the column goes when it does not hold the story's lead paragraph.
 */
export const SIDE_COLUMN_CLASS_WORDS = ['sidebar', '(?:right|side|left)-?rail'] as const;

/** Ad slots: whole class words. */
export const AD_CLASS_WORDS = ['ad', 'ads', 'adv', 'advertisement', 'ad-?slot', 'ad-?unit', 'dfp'] as const;

/** Class words of the article body itself: never pruned as furniture. */
export const CONTENT_CLASS_WORDS = [
  'article-?body',
  'post-?body',
  'entry-?content',
  'post-?content',
  'article-?content',
  'story-?body',
  'body-?text',
  'main-?content',
] as const;

/** Class words of hidden and print-only elements. */
export const HIDDEN_CLASSES = [
  'hidden',
  'is-hidden',
  'u-hidden',
  'print[\\w-]*',
  'd-print-\\w+',
  'visible-print[\\w-]*',
] as const;

/**
 * Text for screen readers only: "(opens in a new tab)", "Skip to content". Matched as whole class words; their
 * text is never article prose.
 */
export const SCREEN_READER_CLASSES = [
  'sr-only',
  'sr-only-focusable',
  'screen-?reader-?(?:text|only)',
  'visually-?hidden',
  'a11y-?(?:hidden|text)',
  'assistive-?text',
  'element-?invisible',
  'off-?screen',
] as const;

/** An icon inside a link, whose text is a label for screen readers: `<a>said<span class="external-link-icon">Opens a new window</span></a>`. */
export const LINK_ICON_CLASSES = ['[\\w-]*-icon', 'icon'] as const;

/** Class or id words of the element that shows an article's date as text ("date", "post-date", "timestamp"). */
export const DATE_CLASS_WORDS = [
  'date',
  'dateline',
  'published',
  'pubdate',
  'timestamp',
  'post-?date',
  'entry-?date',
  'article-?date',
  'posted-?on',
  'meta-?date',
  'time',
  'datetime',
  // The same in other languages: German, Dutch, Swedish, Hungarian, Czech; Spanish; Italian, Portuguese, Polish.
  'datum',
  'fecha',
  'data',
] as const;

/**
 * Words of a photo's box (class or id, at a word's start): a name inside is the photographer's or the agency's
 * credit ("contributor vcard" under a photo), not the story's author. Not "credit": Yahoo's "credit-bar" is the
 * story's byline.
 */
export const PHOTO_BOX_WORDS = ['photo', 'hmedia', 'caption', 'gallery', 'slideshow', 'image', 'figure'] as const;

/**
 * Whole words of a container's class or id (words split at spaces, "_" and "-") whose dates are not the article's:
 * comments, replies, related and recommended stories, teasers, sidebars ("comment_author", "related-articles",
 * "sidebar"). Whole words: "responsive" and "commentary" are no such containers.
 */
export const NOT_ARTICLE_DATE_WORDS = [
  'comments?',
  'responses',
  'replies',
  'related',
  'recirc(?:ulation)?',
  'recommended',
  'teasers?',
  'sidebar',
  'most',
  'trending',
] as const;

/**
 * A photo caption or credit box, anywhere in a class or id word ("InlineImage-imageEmbedCaption", "wp-caption-text",
 * "photo-credit"): removed before Readability, which turns such boxes into bare paragraphs.
 */
export const CAPTION_CLASS = /caption|(?:^|[\s_-])(?:photo|image|img|media)-?credit/i;

/**
 * Readability's "unlikely candidate" words (its REGEXPS.unlikelyCandidates): a section heading whose class or
 * id carries one is thrown away by Readability, so News Lens strips such names first.
 */
export const READABILITY_UNLIKELY_WORDS = [
  '-ad-',
  'ai2html',
  'banner',
  'breadcrumbs',
  'combx',
  'comment',
  'community',
  'cover-wrap',
  'disqus',
  'extra',
  'footer',
  'gdpr',
  'header',
  'legends',
  'menu',
  'related',
  'remark',
  'replies',
  'rss',
  'shoutbox',
  'sidebar',
  'skyscraper',
  'social',
  'sponsor',
  'supplemental',
  'ad-break',
  'agegate',
  'pagination',
  'pager',
  'popup',
  'yom-remote',
] as const;

/** <body> classes of a listing page (archive, category, tag, search, home) on WordPress and Ghost. */
export const LISTING_BODY_CLASSES: readonly MarkupToken[] = [
  { token: 'archive', platform: 'WordPress' },
  { token: 'category', platform: 'WordPress' },
  { token: 'tag' },
  { token: 'search' },
  { token: 'search-results' },
  { token: 'home' },
  { token: 'blog' },
  { token: 'paged' },
  { token: 'date' },
  { token: 'home-template' },
  { token: 'tag-template' },
  { token: 'author-template' },
];

/** <body> classes of a single post, which win over the listing classes (`post-template-default` included). */
export const SINGLE_BODY_CLASSES: readonly MarkupToken[] = [
  { token: 'single', platform: 'WordPress' },
  { token: 'single-post', platform: 'WordPress' },
  { token: 'post-template*', platform: 'Ghost' },
  { token: 'page-template*' },
  { token: 'item-view' },
];

// --- Building the patterns (the only place these lists become regexes) ---

/** A token as regex source, `*` standing for any further characters ("post-template*"). */
const escapeToken = (token: string): string => token.split('*').map(escapeRegExp).join('\\S*');

/** A whole class token from the list (`*` = any further characters), in a space-separated class attribute. */
export const classTokenPattern = (tokens: readonly MarkupToken[]): RegExp =>
  new RegExp(`(?:^|\\s)(?:${tokens.map((t) => escapeToken(t.token)).join('|')})(?:\\s|$)`);

/** A class/id word starting with one of the fragments (regex syntax), after a space, "-" or "_" or at the start. */
export const classWordPattern = (fragments: readonly string[], { whole = false } = {}): RegExp =>
  new RegExp(`(?:^|[\\s_-])(?:${fragments.join('|')})${whole ? '(?:$|[\\s_-])' : ''}`, 'i');

/** A dateline's own element before a paragraph's first sentence: "articleLocation", "dateline", "story-location". */
export const DATELINE_CLASS_WORDS = ['(?:article-?|story-?)?location', 'dateline'] as const;

/** A drop cap's own element: "dropcap", "drop-cap", "g-drop", "first-letter". */
export const DROP_CAP_CLASS_WORDS = ['drop-?cap', 'drop', 'initial-?letter', 'first-?letter'] as const;

/** An exact name from the list (a role, a tag). */
export const exactNamePattern = (names: readonly string[]): RegExp => new RegExp(`^(?:${names.join('|')})$`);

/**
 * Words inside a class or id token (anywhere in it: "BlogArchive1_ArchiveList") of link lists that look like a
 * module of stories but are navigation: archives by date, calendars, site maps, breadcrumbs, dropdown menus.
 */
export const NOT_MODULE_WORDS = ['archive', 'calendar', 'sitemap', 'breadcrumb', 'dropdown', 'megamenu'] as const;

/**
 * Last words of the class of a teaser's summary inside a card link ("c-rock-list__entry-blurb", "card-dek"):
 * the summary is no part of the link's title.
 */
export const LINK_SUMMARY_WORDS = [
  'blurb',
  'dek',
  'excerpt',
  'standfirst',
  'summary',
  'description',
  'subhead',
] as const;
