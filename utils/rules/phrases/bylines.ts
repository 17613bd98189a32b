import type { PhraseTable } from '../phrase-pattern';

/** Labels before an author's name: "Author: Jane Doe", "Autor: …", "作者：…", "Текст: …". */
export const BYLINE_LABELS: PhraseTable = {
  en: ['author', 'text'],
  de: ['autor', 'von'],
  fr: ['auteur', 'par'],
  it: ['autore', 'di'],
  es: ['texto', 'por'],
  nl: ['door'],
  id: ['oleh'],
  ru: ['текст', 'автор'],
  zh: ['作者'],
};

/**
 * Words before an author's name with no colon after them: "By Jane Doe", "Par Lilian Alemagna", "Por Emilio de
 * Benito", "Von Max Muster", "Door Jan Jansen", "Oleh Budi". Not Italian "di", which opens surnames ("Di Maria").
 */
export const BY_WORDS: PhraseTable = {
  en: [
    '[posted|written|published|words|story|reporting|text|analysis|commentary|opinion|interview|photos|photo|video] by',
  ],
  fr: ['[publié|écrit] par'],
  es: ['[publicado|escrito] por'],
  pt: ['[publicado|escrito] por'],
  de: ['von'],
  nl: ['door'],
  sv: ['av'],
  da: ['af'],
  id: ['oleh'],
};

/**
 * Words left over at the end of a byline once its date is cut: "Richard Lawler posted [Aug 18th 2010]",
 * "Alexa Ray Corriea on [July 4, 2014]", "Max Muster am [4. Juli]", "Jean Dupont le [4 juillet]".
 */
/** A date line's status word left after the name once its date sits elsewhere: "Stephen Collinson, CNN Updated". */
export const STATUS_WORDS: PhraseTable = {
  en: ['(updated|published|posted)'],
  fr: ['(publié|mis à jour)'],
  de: ['(veröffentlicht|aktualisiert)'],
  es: ['(publicado|actualizado)'],
  pt: ['(publicado|atualizado)'],
  nl: ['(gepubliceerd|bijgewerkt)'],
};

/** A byline box's follow button read with the name: "Juan Gaona Seguir", "Max Muster Folgen". */
export const FOLLOW_LABELS: PhraseTable = {
  en: ['follow'],
  es: ['seguir'],
  pt: ['seguir'],
  fr: ['suivre'],
  de: ['folgen'],
  it: ['segui'],
  nl: ['volgen'],
  zh: ['关注', '關注', '+关注'],
  ja: ['フォロー', 'フォローする'],
};

export const DATE_LEAD_WORDS: PhraseTable = {
  en: ['posted [on]', 'published [on]', 'updated [on]', 'on', 'at'],
  fr: ['publié [le]', 'mis à jour [le]', 'le'],
  de: ['veröffentlicht [am]', 'am'],
  es: ['publicado [el]', 'el'],
  pt: ['publicado [em]', 'em'],
  nl: ['gepubliceerd [op]', 'op'],
};

/**
 * A company's legal form after its name: a byline ending in one ("AWR Wprost Sp. z o.o.", "Example Media GmbH")
 * names the publishing company, not an author.
 */
export const COMPANY_FORMS: readonly string[] = [
  'sp\\. z o\\.o\\.?',
  's\\.a\\.?',
  'gmbh',
  'ag',
  'ltd\\.?',
  'limited',
  'llc',
  'inc\\.?',
  'corp\\.?',
  'plc',
  'b\\.v\\.?',
  'n\\.v\\.?',
  's\\.l\\.?',
  's\\.r\\.l\\.?',
  's\\.p\\.a\\.?',
  'sarl',
  'sas',
  'a\\.s\\.?',
  'kft\\.?',
  'zrt\\.?',
  'oy',
  'ab',
  'ооо',
  '株式会社',
  '有限公司',
];

/**
 * Labels of a date line, which some pages mark up as their byline: "Last Updated: January 7, 2025" is no author
 * once its date is cut.
 */
export const DATE_LINE_LABELS: PhraseTable = {
  en: ['[last] (updated|modified)', '(published|posted) [on]', 'date', 'on newsstands'],
  de: ['[zuletzt] aktualisiert [am]', 'veröffentlicht [am]', 'stand', '[jetzt] am kiosk'],
  // A monthly's issue line set where a byline sits: "En kiosques : janvier 2020".
  fr: ['mis à jour [le]', 'publié [le]', 'en kiosques?'],
  es: ['actualizado [el]', 'publicado [el]'],
  pt: ['atualizado [em]', 'publicado [em]'],
  zh: ['(更新|发布|發布|发表|發表) [时间|時間|日期]'],
  ja: ['(更新|公開|配信) [日時|日]'],
};

/**
 * A reporter's title after a name and a comma, when a page sets its reporter's line as a heading: "Caroline Hawley,
 * BBC diplomatic correspondent", "Jane Doe, Staff Writer".
 */
export const REPORTER_TITLES: PhraseTable = {
  en: ['(correspondent|reporter|editor|columnist|writer|analyst|contributor|commentator)'],
  de: ['(korrespondent|korrespondentin|redakteur|redakteurin|reporter|reporterin)'],
  fr: [
    '(correspondant|correspondante|journaliste|rédacteur|rédactrice|envoyé spécial|envoyée spéciale)',
    '(correspondants|journalistes|envoyés spéciaux|envoyées spéciales)',
  ],
  es: ['(corresponsal|periodista|redactor|redactora|enviado especial|enviada especial|enviados especiales)'],
  pt: ['(correspondente|repórter|jornalista|enviado especial|enviada especial)'],
};

/** Words before a reporter's title: "Executive Editor", "Senior Political Correspondent", "Staff Writer". */
export const REPORTER_TITLE_QUALIFIERS: PhraseTable = {
  en: [
    '(executive|senior|chief|staff|special|managing|contributing|deputy|associate|assistant|political|foreign|business|science|technology|tech|sports?|economics|health|legal|national|international|investigative|editor-at-large)',
  ],
};

/** A reporter's role written after the name: "김서연 기자", "山田太郎記者", "王明 记者", "Jane Doe, Transport Correspondent". */
export const REPORTER_ROLES: PhraseTable = {
  en: ['[senior|chief|staff|special|foreign|political] (reporter|correspondent)'],
  ko: ['[선임|수석|객원|전문] 기자', '특파원', '논설위원'],
  zh: ['[特派|特约|特約] (記者|记者)', '(特派員|特派员)', '編集委員'],
};

/**
 * A Japanese columnist's role before the name closing a headline: "米朝首脳直通電話 習氏に挑むトランプ戦術の成否 編集委員
 * 中沢克二" (utils/article/clean-title.ts).
 */
export const JA_COLUMNIST_ROLES: readonly string[] = [
  '編集委員',
  '論説委員',
  '特別編集委員',
  '上級論説委員',
  '特派員',
  '編集長',
  '本社コメンテーター',
];

/** The links of an author box, never a name: "View profile", "See All Articles", "Subscribe to RSS". */
export const AUTHOR_BOX_LINKS: PhraseTable = {
  en: ['profile', 'view', 'more', 'see all', 'all (articles|posts|stories)', 'subscribe', 'rss'],
};

/** Wire services and outlets that open a story's dateline: "LONDON (Reuters) -", "(CNN)". */
export const NEWS_AGENCIES: readonly string[] = [
  'CNN',
  'CNN Business',
  'CNN Politics',
  'CNN Travel',
  'CNN Style',
  'CNN Sport',
  'CNN Health',
  'CNN Entertainment',
  'CNN Money',
  'HLN',
  'CNNMoney',
  'Reuters',
  'AP',
  'AFP',
  'dpa',
  'EFE',
  'ANSA',
  'Xinhua',
  'Bloomberg',
  'UPI',
  'PA',
  'EW.com',
  'Mashable',
  'CNET',
  'Fortune',
  'Time',
  'Variety',
  'People',
  'Billboard',
  'Rolling Stone',
  'Entertainment Weekly',
];

/**
 * Whole class words (split at spaces, "_" and "-") of the element holding the author's name, in several
 * languages: "autor", "auteur", "autore", "yazar". "author" itself is matched anywhere. Not "auth": "auth-modal"
 * is a log-in box.
 */
export const AUTHOR_CLASS_WORDS: readonly string[] = [
  'autor(?:es|en|in)?',
  'auteurs?',
  'autori?',
  'avtor',
  'yazar',
  // Spanish and Italian "signature": El Mundo's <p class="firma">.
  'firma',
];

/**
 * Path segments before an author's page, whose link text is the author's name: "/gazeta/authors/polina_zyabreva",
 * "/autor/emilio_de_benito/a/", "/reporters/MaggieHaberman.html".
 */
export const AUTHOR_PATH_WORDS: readonly string[] = [
  'authors?',
  'autor(?:es|en)?',
  'auteurs?',
  'autori?',
  'reporters?',
  'journalists?',
  'columnists?',
  'writers?',
  'contributors?',
  'byline',
];

/**
 * Meta tags (lower-case name) that hold the author's name besides the common ones: search-engine byline tags
 * ("Search.Byline"), the New York Times' "byl", Dublin Core's contributor-less creator.
 */
export const AUTHOR_META_NAMES: readonly string[] = [
  'dc:creator',
  'dcterm:creator',
  'dcterms:creator',
  'author',
  'article:author',
  'parsely-author',
  'sailthru.author',
  'dc.creator',
  'article:author_name',
  'search.byline',
  'byl',
];

/**
 * Meta tags (lower-case name) naming the publisher, not a person: an author equal to one of them is none. The
 * site's name and the copyright holder are not: on a personal blog they are the author ("Haki Benita").
 */
export const PUBLISHER_META_NAMES: readonly string[] = ['dc.publisher', 'dcterms.publisher', 'publisher'];
