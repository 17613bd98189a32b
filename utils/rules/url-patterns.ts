import { escapeRegExp } from './phrase-pattern';

/**
 * What News Lens knows about URLs: tracking parameters, and the hosts and paths of links that are never
 * related reading (share buttons, accounts, listings, ads, shops, polls, code hosts, social networks).
 * Lists are plain names; `*` in a name stands for any word characters. The regexes are built from the
 * lists below by the helpers at the end, never typed by hand; a list that names an entry twice fails
 * its test (tests/utils/rules/url-patterns.test.ts).
 */

/** Query parameters that only track the click: removed from every related link. */
export const TRACKING_PARAMS = [
  'utm_*',
  'amp;utm_*',
  'itm_*',
  'at_*',
  'pk_*',
  'piwik_*',
  'mtm_*',
  'ns_*',
  'guce_*',
  'oly_*',
  'vero_*',
  'wt_*',
  'relatedposts*',
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'msclkid',
  'yclid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  'igshid',
  'ref',
  'ref_src',
  'ref_url',
  'referrer',
  'src',
  'source',
  'cmpid',
  'cmp',
  'ocid',
  'ncid',
  'icid',
  // Asahi Shimbun's link-position tag ("?iref=pc_rellink", "/?iref=com_alist" on its home page).
  'iref',
  'smid',
  'smtyp',
  'spm',
  'share',
  'sharing',
  '__twitter_impression',
  'ito',
  's_cid',
  'wt.mc_id',
  'mbid',
  'trk',
  'trkCampaign',
  'sc_cid',
  // CNN's and Time's "external ref" ("/index.php?eref=time_health").
  'eref',
  'soc_src',
  'soc_trk',
  'xtor',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'guccounter',
  'int_source',
  'int_medium',
  'int_campaign',
] as const;

/**
 * Words for "and" that a section's slug spells out where its name shows "&" ("Science & Health" ->
 * /science-and-health), by language: en, de, fr, es, pt/it, nl.
 */
export const SLUG_AND_WORDS = ['and', 'und', 'et', 'y', 'e', 'en'] as const;

/** Share-button targets (host and path prefixes, matched anywhere in the URL). */
export const SHARE_URLS = [
  'facebook.com/sharer',
  'facebook.com/share',
  'facebook.com/dialog',
  'twitter.com/intent',
  'twitter.com/share',
  'twitter.com/home?status',
  'x.com/intent',
  'linkedin.com/share',
  'linkedin.com/shareArticle',
  'linkedin.com/cws/share',
  'pinterest.*/pin/create',
  'reddit.com/submit',
  'tumblr.com/share',
  'tumblr.com/widgets/share',
  'wa.me/',
  'api.whatsapp.com',
  'whatsapp.com/send',
  't.me/share',
  'telegram.me/share',
  'getpocket.com/save',
  'getpocket.com/edit',
  'mix.com/add',
  'flipboard.com/bookmarklet',
  'line.me/R/msg',
  'social-plugins.line.me',
  'service.weibo.com/share',
  'connect.qq.com',
  'sns.qzone.qq.com',
  'b.hatena.ne.jp/entry',
  'news.ycombinator.com/submitlink',
  'vk.com/share',
  'blogger.com/share-post',
  'addthis.com',
  'sharethis.com',
  'email-this',
  '/share?',
  'action=share',
] as const;
/** A query parameter that makes any URL a share action. */
export const SHARE_PARAMS = ['share'] as const;

/** Path segments of account, sign-in, subscription and checkout pages. */
export const ACCOUNT_PATHS = [
  'login',
  'log-in',
  'signin',
  'sign-in',
  'signup',
  'sign-up',
  'register',
  'account',
  'my-account',
  'subscribe',
  'subscription',
  'newsletter',
  'newsletters',
  'newsletter-registration',
  'newsletter-signup',
  'newsletter-anmeldung',
  'wp-login.php',
  'wp-admin',
  'user',
  'users',
  'profile',
  'profiles',
  'member',
  'members',
  'auth',
  'oauth',
  'logout',
  'cart',
  'checkout',
  'donate',
  // A logged-in user's dashboard ("capitaliq.com/CIQDotNet/my/dashboard.aspx").
  'dashboard',
] as const;

/** Licence deeds linked from a footer or a photo credit ("Creative Commons Attribution-NonCommercial …"): no reading. */
export const LICENCE_URLS = [
  'creativecommons.org/licenses',
  'creativecommons.org/publicdomain',
  'gnu.org/licenses',
] as const;

/** Account pages of publishing platforms, matched anywhere in the URL. */
export const ACCOUNT_URLS = [
  'blogger.com/profile',
  'blogger.com/comment',
  'blogger.com/email-post',
  'blogger.com/post-edit',
  'blogger.com/delete-comment',
  'accounts.google.com',
  'draft.blogger.com',
  'gravatar.com',
  'wordpress.com/log-in',
  'wordpress.com/start',
  // Newsletter archives and sign-up pages of mailing services ("us11.campaign-archive2.com/?u=…": "… | Sign up").
  'campaign-archive',
  'list-manage.com',
  'mailchi.mp',
] as const;

/** Path segments of a story's print version ("/print.html?entry=/2014/12/…", "/print/12345"): the same story again. */
export const PRINT_PATHS = ['print', 'printable', 'printer-friendly', 'drucken', 'imprimer', 'imprimir'] as const;

/**
 * Path segments of a message board's threads ("/forum/threads/telekom-streamon-zero-rating.1877589/"): a story
 * card's link to its readers' discussion, never a story of its own.
 */
export const DISCUSSION_PATHS = ['threads', 'thread', 'showthread.php', 'viewtopic.php'] as const;

/** Path segments of listings: tags, topics, categories, archives, authors, search, feeds, comments. */
export const LISTING_PATHS = [
  'tag',
  'tags',
  'topic',
  'topics',
  'label',
  'labels',
  'category',
  'categories',
  'section',
  'sections',
  'archive',
  'archives',
  'author',
  'authors',
  'search',
  // Site search in the languages of the heading tables ("/buscador/?qr=…", "/recherche/", "/suche/").
  'buscador',
  'busca',
  'buscar',
  'busqueda',
  'recherche',
  'suche',
  'ricerca',
  'cerca',
  'pesquisa',
  'zoeken',
  'szukaj',
  'page',
  'feed',
  'rss',
  'atom',
  'comment',
  'comments',
  'feeds',
  // A directory of a broadcaster's podcasts and feeds ("APM Podcasts/RSS Feeds").
  'podcasts',
  // A newspaper's letters section ("/letters-to-the-editor"): its index, not a letter.
  'letters-to-the-editor',
  // A broadcaster's programme pages ("/emissions/les-pieds-sur-terre"; an episode below it names itself).
  'emissions',
  'sendungen',
  'programas',
  'programmes',
  'programme',
  'shows',
  // Profile pages of people and sources: a sports site's player pages, a wire's partner (source) pages.
  'players',
  'partners',
  // Staff and faculty profiles (a byline's author page, a university's researcher page).
  'staff',
  'faculty',
  // An organisation's team pages ("/team-view/dr-reiner-pogarell/", "/team/jane-doe").
  'team',
  'team-view',
  // "/scientific-staff-detail/3862/john-emmanuel-fa", "/staff-profile/…": a person's page.
  'staff-detail',
  'scientific-staff-detail',
  'staff-profile',
  'profile',
  'profiles',
  // Writers' pages and topic hubs by other names, in the languages of the heading tables.
  'people',
  'person',
  // A person's biography page on a TV or film site ("/biographie/3289-smith-will/").
  'biographie',
  'biographies',
  'biography',
  'biografia',
  'biografie',
  'columnist',
  'columnists',
  'contributor',
  'contributors',
  'writer',
  'writers',
  'reporter',
  'reporters',
  'journalist',
  'journalists',
  'autor',
  'autoren',
  'auteur',
  'auteurs',
  'autore',
  'autores',
  'thema',
  'themen',
  'theme',
  'themes',
  'sujet',
  'sujets',
  'tema',
  'temas',
  'etiqueta',
  'etiquetas',
  'schlagwort',
  'stichwort',
  'keyword',
  'keywords',
] as const;

/**
 * Path segments of a site's listings that are no stories: an events calendar's entries ("/termine/43776/…") and a
 * job board's ads ("/stellenangebote/…"). Named in the words sites use for them only (not "events" or "jobs", which
 * name news sections too).
 */
export const CALENDAR_AND_JOB_PATHS = [
  'termine',
  'veranstaltungen',
  'veranstaltungskalender',
  'stellenangebote',
  'stellenanzeigen',
  'jobboerse',
  'jobbörse',
  'offres-emploi',
  'ofertas-de-empleo',
] as const;

/** Path segments of a site's own pages about itself: who runs it, help, legal terms, jobs, advertising. */
export const SITE_INFO_PATHS = [
  'about',
  'about-us',
  'about-the-site',
  'contact',
  'contact-us',
  'imprint',
  'impressum',
  'privacy',
  'privacy-policy',
  'terms',
  'terms-of-use',
  'terms-of-service',
  'legal',
  'copyright',
  'cookie-policy',
  'cookies',
  'help',
  // Rules of the site's community and of its newsroom.
  'community-guidelines',
  'community_guidelines',
  'guidelines',
  'house-rules',
  'code-of-conduct',
  'terms-and-conditions',
  'disclaimer',
  'faq',
  'faqs',
  'careers',
  'jobs',
  'advertise',
  'advertising',
] as const;

/** Query parameters of listings, search results and comment threads. */
export const LISTING_PARAMS = ['page', 'paged', 's', 'q', 'tag', 'tags', 'cat', 'showComment', 'replytocom'] as const;

/** File types that are documents, media or feeds rather than articles. */
export const FILE_EXTENSIONS = [
  'xml',
  'rss',
  'atom',
  'jpg',
  'jpeg',
  'png',
  'gif',
  'webp',
  'svg',
  'mp3',
  'mp4',
  'zip',
  'pdf',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'ppt',
  'pptx',
  'csv',
  'epub',
  // Data and other files a reader downloads rather than reads.
  'json',
  'geojson',
  'tsv',
  'ods',
  'odt',
  'rtf',
  'xlsm',
  'kml',
  'kmz',
  'gz',
  'tgz',
  '7z',
  'rar',
  'dmg',
  'exe',
  'apk',
  'wav',
  'm4a',
  'mov',
  'avi',
  'webm',
  // Source code files ("…/blob/main/src/parser.py"): a README or a write-up in Markdown stays.
  'py',
  'js',
  'ts',
  'tsx',
  'jsx',
  'c',
  'cc',
  'cpp',
  'h',
  'hpp',
  'go',
  'rs',
  'java',
  'kt',
  'rb',
  'swift',
  'sh',
  'patch',
  'diff',
] as const;

/** Documents, spreadsheets, data portals and bug trackers: files and records, never a story (anywhere in the URL). */
export const DOCUMENT_URLS = [
  'docs.google.com',
  'drive.google.com',
  'documentcloud.org/documents',
  'scribd.com/doc',
  // A document viewer's page: a PDF shown in the site's frame.
  'docstoc.com/docs',
  'dropbox.com/s/',
  'onedrive.live.com',
  'bugzilla.',
  'show_bug.cgi',
  'bugs.launchpad.net',
  // Source browsers, data and tool pages: code to read or numbers to look up, not a story.
  'searchfox.org',
  'dxr.mozilla.org',
  'tools.wmflabs.org',
  'geohack.toolforge.org',
  'openhub.net/p/',
  // Slide decks: a talk's slides, not a story.
  'slideshare.net/',
  'speakerdeck.com/',
] as const;

/** Records of a repository on a code host: issues, pull requests, commits, releases. */
export const CODE_RECORD_PATHS = [
  'issues',
  'pull',
  'pulls',
  'merge_requests',
  'commit',
  'commits',
  'compare',
  'releases',
] as const;

/** Ad servers, content-recommendation networks and affiliate redirects (matched anywhere in the URL). */
export const AD_URLS = [
  'doubleclick.net',
  'googleadservices',
  'googlesyndication',
  'adservice',
  '/ad/',
  '/ads/',
  '/adclick',
  'outbrain.com',
  'taboola.com',
  'revcontent',
  'zergnet',
  'mgid.com',
  '/sponsored/',
  'amzn.to',
  'go.skimresources',
  'redirect.viglink',
  // Affiliate short links and click trackers of the big retail networks.
  'bhpho.to',
  'howl.me',
  'click.linksynergy.com',
  'shareasale.com/r.cfm',
  'anrdoezrs.net',
  'go.redirectingat.com',
  'prf.hn',
  // A retailer's page reached through an affiliate programme ("…/prd/7370445?…&affid=2134&channelref=Affiliate").
  '?affid=',
  '&affid=',
  '?aff_id=',
  '&aff_id=',
  'affiliate_id=',
  'channelref=affiliate',
  'cta-redirect.hubspot.com',
  'tkqlhce.com',
  'jdoqocy.com',
  'dpbolvw.net',
  'kqzyfj.com',
  'awin1.com',
  'avantlink.com',
  'pntra.com',
  'tradedoubler.com',
  'rstyle.me',
  'shopstyle.it',
  'geni.us',
  // Ad servers of the portals and exchanges ("IFC Markets. Forex & CFD trading" -> beap.gemini.yahoo.com/mbclk).
  'gemini.yahoo.com',
  'adnxs.com',
  'criteo.com',
  'amazon-adsystem.com',
  'adsrvr.org',
  // Paid posts a publisher runs for a brand.
  '/paidpost/',
  '/paid-post/',
  '/sponsor-content/',
  '/partner-content/',
  'brandvoice/',
] as const;

/**
 * Shop pages: a product, a collection, a cart (Shopify /products/, WooCommerce /product/, a Japanese maker's
 * "/製品/" or "/商品/" catalogue).
 */
export const SHOP_PATHS = ['product', 'products', 'collections', 'shop', 'katalog', 'catalog', '製品', '商品'] as const;
export const SHOP_PARAMS = ['add-to-cart', 'add_to_cart'] as const;
/** Stores whose every page is a product (a book on Amazon, an app in a store, a film on a streaming service). */
export const SHOP_HOSTS = [
  'amazon.com',
  'amazon.co.uk',
  'amazon.de',
  'amazon.fr',
  'amazon.it',
  'amazon.es',
  'amazon.ca',
  'amazon.in',
  'amazon.co.jp',
  'amazon.com.br',
  'amazon.com.au',
  'ebay.com',
  'ebay.co.uk',
  'ebay.de',
  'etsy.com',
  'aliexpress.com',
  // Fundraising pages: a donation form, not a story.
  'gofundme.com',
  'kickstarter.com',
  'indiegogo.com',
  'patreon.com',
  // Stock-photo libraries: a photo credit's link opens a licensing page, not a story.
  'gettyimages.com',
  'gettyimages.co.uk',
  'istockphoto.com',
  'shutterstock.com',
  'alamy.com',
  'apimages.com',
] as const;
/** Product pages on sites that are more than a store (matched anywhere in the URL). */
export const SHOP_URLS = [
  'itunes.apple.com',
  'apps.apple.com',
  'play.google.com/store',
  // Add-on and extension stores, book and quote catalogues.
  'addons.mozilla.org',
  'chromewebstore.google.com',
  'chrome.google.com/webstore',
  'microsoftedge.microsoft.com/addons',
  'goodreads.com/book/',
  'goodreads.com/quotes/',
  'netflix.com/watch',
  'netflix.com/title',
  'walmart.com/ip/',
  'bestbuy.com/site/',
  'target.com/p/',
] as const;

/** Property listings: a house for sale or rent is a product page, not a story ("zillow.com/homedetails/…"). */
export const PROPERTY_LISTING_PATHS = [
  'homedetails',
  'realestateandhomes-detail',
  'homes-for-sale',
  'property-for-sale',
  'property-to-rent',
  'for-sale',
  'for-rent',
  'immobilie',
  'inmueble',
  'imovel',
] as const;
/**
 * The last word of a street address, as an estate agent's listing names its page ("/19-Cahuilla-Hills-Drive"): a
 * house number, words in capitals, and one of these.
 */
export const STREET_TYPES = [
  'street',
  'st',
  'avenue',
  'ave',
  'road',
  'rd',
  'drive',
  'dr',
  'lane',
  'ln',
  'boulevard',
  'blvd',
  'court',
  'ct',
  'place',
  'pl',
  'way',
  'terrace',
  'circle',
  'parkway',
] as const;

/**
 * Market data: a share's quote page ("/usstock/quotes/GOOG.html", "/quote/AAPL", "finance.yahoo.com/q?s=GOOG") is a
 * table of prices, not a story; news sites link company names in the text to them.
 */
export const MARKET_DATA_PATHS = ['quote', 'quotes', 'stock-quote', 'stock-quotes', 'symbol', 'ticker'] as const;
export const MARKET_DATA_URLS = [
  'finance.yahoo.com/q?',
  'finance.yahoo.com/q/',
  'google.com/finance',
  'marketwatch.com/investing/stock/',
  'reuters.com/companies/',
  'money.cnn.com/quote/',
  'quote.eastmoney.com',
  'stockpage.10jqka.com.cn',
  'finance.sina.com.cn/realstock/',
] as const;

/** Path segments of a site's own video pages ("/video/…", "/videos/2019/…"): a clip to watch, not a story. */
export const VIDEO_PATHS = ['video', 'videos'] as const;
/** Subdomains of a site that only hold videos, deals, price guides or its forum ("video.foxnews.com/v/…", "community.spiceworks.com/t/…"). */
export const NON_STORY_SUBDOMAINS = [
  'video',
  'videos',
  'deals',
  'prices',
  'forum',
  'forums',
  'community',
  'discuss',
  // A site's app catalogue and downloads ("app.sina.com.cn/appdetail.php?appID=…"): software, not stories.
  'app',
  'apps',
  'download',
  'downloads',
  // A publisher's subscription offers ("abo.example.de"); its shop is known by its paths (a shop's blog tells stories).
  'abo',
  'aboshop',
  // Gated downloads and lead forms ("whitepaper.onlinemarketing.de/…": blind pool Q), and a site's job board.
  'whitepaper',
  'whitepapers',
  'webinar',
  'webinars',
  'jobs',
  'stellenmarkt',
] as const;

/** Video platforms: a link there is a video to watch, not a story to read. */
export const VIDEO_HOSTS = ['youtube.com', 'youtu.be', 'vimeo.com', 'dailymotion.com', 'twitch.tv'] as const;

/** Wiki maintenance links: editing, history, older revisions and diffs of a page ("Edit section: See also"). */
export const WIKI_EDIT_PARAMS = ['action', 'veaction'] as const;
export const WIKI_EDIT_ACTIONS = ['edit', 'submit', 'history', 'info', 'raw', 'purge'] as const;
export const WIKI_REVISION_PARAMS = ['oldid', 'diff', 'curid'] as const;
/** Wiki namespaces that are no article: files, templates, categories, help, talk and special pages. */
export const WIKI_NAMESPACES = [
  'special',
  'file',
  'image',
  'template',
  'template_talk',
  'help',
  'category',
  'portal',
  'talk',
  'user',
  'user_talk',
  'wikipedia',
  'module',
  'draft',
  'spezial',
  'datei',
  'vorlage',
  'kategorie',
  'hilfe',
  'diskussion',
  'fichier',
  'modèle',
  'catégorie',
  'aide',
  'discussion',
  'spécial',
  'archivo',
  'plantilla',
  'categoría',
  'ayuda',
  'especial',
  'ficheiro',
  'predefinição',
  'categoria',
  'ajuda',
] as const;

/** Poll, survey, reaction and feedback links ("🔥 Loved it" -> /polls/<id>/vote?answer=loved). */
export const POLL_PATHS = [
  'poll',
  'polls',
  'vote',
  'votes',
  'survey',
  'surveys',
  'feedback',
  'reaction',
  'reactions',
] as const;
export const POLL_PARAMS = ['vote', 'poll', 'answer', 'rating', 'reaction', 'feedback'] as const;

/** Code hosts: a link to a repository's home is a project, not an article. */
export const CODE_HOSTS = ['github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org', 'sr.ht', 'git.sr.ht'] as const;

/** Social networks: a link there is a profile, a post or a feed, never related reading. */
export const SOCIAL_HOSTS = [
  'instagram.com',
  'facebook.com',
  'fb.com',
  'twitter.com',
  'x.com',
  'tiktok.com',
  'threads.net',
  'pinterest.*',
  'vk.com',
  'ok.ru',
  't.me',
  'telegram.me',
  'weibo.com',
  'linkedin.com/in',
  'linkedin.com/company',
  'snapchat.com',
  'bsky.app',
  'mastodon.social',
  'line.me',
  // Twitter's own short links ("pic.twitter.com/…" photos of a tweet).
  't.co',
  // Photo-sharing sites: a link opens a photographer's picture (a credit: "… on Flickr").
  'flickr.com',
  'flic.kr',
  // A forum's thread: a social post, not a story (blind pool Q: an r/conspiracy thread linked in the text).
  'reddit.com',
  'redd.it',
] as const;

// --- Building the regexes (the only place these lists become patterns) ---

/** Regex source of a list entry: literal; `*` is any word characters, or any domain suffix right after ".". */
function entrySource(entry: string): string {
  const parts = entry.split('*').map(escapeRegExp);
  return parts.reduce((out, part, i) => out + (entry.split('*')[i - 1]!.endsWith('.') ? '[a-z.]+' : '\\w+') + part);
}

/** Throws when a list names the same entry twice (case-insensitively): one place, one spelling. */
export function assertDistinct(name: string, list: readonly string[]): void {
  const seen = new Set<string>();
  for (const entry of list) {
    const key = entry.toLowerCase();
    if (seen.has(key)) throw new Error(`${name} lists "${entry}" twice`);
    seen.add(key);
  }
}

const anyOf = (list: readonly string[]): string => list.map(entrySource).join('|');

/** A query key that is exactly one of the entries. */
export const queryKeyPattern = (list: readonly string[]): RegExp => new RegExp(`^(?:${anyOf(list)})$`, 'i');
/** An entry anywhere in the URL. */
export const urlPartPattern = (list: readonly string[]): RegExp => new RegExp(`(?:${anyOf(list)})`, 'i');
/** A whole path segment: "/tag/", "/tag?", "/tag" at the end; with `files`, also "/login.php". */
export const pathSegmentPattern = (list: readonly string[], { files = false } = {}): RegExp =>
  new RegExp(`/(?:${anyOf(list)})(?:/|$|\\?${files ? '|\\.' : ''})`, 'i');
/** The home of a repository on a code host: "https://github.com/owner/project". */
export const repositoryHomePattern = (hosts: readonly string[]): RegExp =>
  new RegExp(`^https?://(?:www\\.)?(?:${anyOf(hosts)})/[^/?#]+/[^/?#]+/?(?:[?#]|$)`, 'i');
/** A record inside a repository on a code host: "https://github.com/owner/project/issues/12". */
export const codeRecordPattern = (hosts: readonly string[], paths: readonly string[]): RegExp =>
  new RegExp(`^https?://(?:www\\.)?(?:${anyOf(hosts)})/[^/?#]+/[^/?#]+/(?:-/)?(?:${anyOf(paths)})(?:[/?#]|$)`, 'i');
/** A query parameter with a value: "?page=", "&s=". */
export const queryParamPattern = (list: readonly string[], value = ''): RegExp =>
  new RegExp(`[?&](?:${anyOf(list)})=${value}`, 'i');
/** A host (or host and path prefix) of an absolute URL, any subdomain. */
export const hostPattern = (list: readonly string[]): RegExp =>
  new RegExp(`^https?://(?:[\\w-]+\\.)*(?:${anyOf(list)})(?:[/?#]|$)`, 'i');
/**
 * A site's own page at the top of its tree: "/about", "/about/staff-and-board", "/privacy-policy.html". A
 * section of stories under such a name ("/careers/2019/nov/how-to-ask-for-a-raise") is deeper and stays.
 */
export const sitePagePattern = (list: readonly string[]): RegExp =>
  new RegExp(`^/(?:${anyOf(list)})(?:\\.\\w+)?(?:/[^/?]*)?/?(?:\\?|$)`, 'i');
/** A host that opens with one of the subdomains: "video.foxnews.com", "deals.appleinsider.com". */
export const subdomainPattern = (list: readonly string[]): RegExp =>
  new RegExp(`^https?://(?:${anyOf(list)})\\.[\\w-]+\\.`, 'i');
/** A path segment that names a page of one of the namespaces: "/wiki/Category:Birds", "/wiki/File:Map.png". */
export const namespacePattern = (list: readonly string[]): RegExp => new RegExp(`/(?:${anyOf(list)}):[^/?]`, 'iu');
/** A file extension at the end of the path. */
export const extensionPattern = (list: readonly string[]): RegExp => new RegExp(`\\.(?:${anyOf(list)})(?:$|\\?)`, 'i');

/** Every list of this file by name, for the tests. */
export const URL_LISTS: Record<string, readonly string[]> = {
  TRACKING_PARAMS,
  SHARE_URLS,
  SHARE_PARAMS,
  ACCOUNT_PATHS,
  ACCOUNT_URLS,
  LISTING_PATHS,
  LISTING_PARAMS,
  SITE_INFO_PATHS,
  FILE_EXTENSIONS,
  PRINT_PATHS,
  DOCUMENT_URLS,
  AD_URLS,
  SHOP_PATHS,
  SHOP_PARAMS,
  SHOP_HOSTS,
  SHOP_URLS,
  MARKET_DATA_PATHS,
  MARKET_DATA_URLS,
  PROPERTY_LISTING_PATHS,
  STREET_TYPES,
  VIDEO_HOSTS,
  VIDEO_PATHS,
  NON_STORY_SUBDOMAINS,
  WIKI_EDIT_PARAMS,
  WIKI_EDIT_ACTIONS,
  WIKI_REVISION_PARAMS,
  WIKI_NAMESPACES,
  POLL_PATHS,
  POLL_PARAMS,
  CODE_HOSTS,
  CODE_RECORD_PATHS,
  SOCIAL_HOSTS,
};
