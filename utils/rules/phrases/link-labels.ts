import type { PhraseTable } from '../phrase-pattern';

/**
 * Labels of links and buttons rather than titles, by language (phrase syntax: ../phrase-pattern.ts).
 */

/** "Read more": the link from an excerpt or teaser to the rest of the text. */
export const READ_MORE_LABELS: PhraseTable = {
  en: ['read more', '(continue|keep) reading', 'read the rest', 'read [the] full (story|article)'],
  de: ['weiterlesen'],
  fr: ['lire la suite'],
  es: ['leer más'],
  pt: ['leia mais'],
  it: ['leggi tutto'],
  zh: ['阅读(全文|更多)'],
  ja: ['続きを読む'],
  ko: ['더 보기'],
};

/**
 * Labels that open a line pointing to another story, even without punctuation after them ("See also the
 * report on…", "Lesen Sie auch …", "相关阅读 …"): such a line is a teaser, not article text.
 */
export const TEASER_STARTS: PhraseTable = {
  en: ["don'?t miss", 'see (more|also)', 'read also', 'more on this story'],
  de: ['mehr zum thema', 'lesen sie auch'],
  es: ['lee también'],
  fr: ['lire aussi', 'en savoir plus'],
  zh: ['相关阅读', '延伸阅读'],
  ja: ['関連記事'],
  ko: ['관련 기사'],
};

/** Labels that lead a teaser line when a separator follows them: "READ: …", "Watch | …", "Must read — …". */
export const TEASER_LABELS: PhraseTable = {
  en: ['read', 'see', 'watch', 'listen', 'click', 'more', 'must read', 'popular'],
};

/** Whole lines of page chrome besides buttons and links: "Advertisement", "Sponsored", "Print". */
export const CHROME_LINES: PhraseTable = {
  en: ['advertisement', 'sponsored', 'print', 'tweet'],
};

/** Buttons and page chrome: paging, sharing, account and feed links, "see all". */
export const BUTTON_LABELS: PhraseTable = {
  en: [
    'more [»]',
    '(see|view|show) (more|all)',
    // A card's button beside its headline: "<h3>Contact tracing apps are coming</h3> <a>View</a>".
    '(view|read|open)',
    'load more',
    'full story',
    'click here',
    'here',
    'link',
    'image',
    'photo',
    'video',
    'next',
    'prev[ious]',
    '(older|newer) posts?',
    'home',
    'reply',
    'share [this […1]]',
    'share (via|on|to|by) …2',
    'comments?',
    '# comments?',
    '(leave|post) a comment',
    'subscribe',
    '(sign|log) in',
    'continue',
    'pgp key',
    'rss [feed]',
    'e-?mail [me|us]',
    'contact [us]',
    // An article tool's print link ("Print", "Print this article", "Printer-friendly version").
    'print [this [article|story|page]]',
    'printer[-]friendly [version]',
  ],
  de: ['mehr', 'drucken', 'artikel drucken'],
  fr: ['imprimer', "imprimer l'article"],
  es: ['imprimir'],
  it: ['stampa'],
  pt: ['imprimir'],
  zh: ['更多', '打印', '打印本页'],
  ja: ['[記事を|ニュースを|記事一覧を]もっと見る', '一覧(を見る|へ)', '印刷[する]'],
};

/**
 * Labels a link carries for screen readers or as an icon's text, telling where it opens ("Opens a new window",
 * "External link"): never a title, and cut from the end of a link's words.
 */
export const NEW_WINDOW_LABELS: PhraseTable = {
  en: [
    '[this link] opens [in] [a] new (window|tab)',
    'open in [a] new (window|tab)',
    'external link',
    'link is external',
  ],
  de: ['öffnet in [einem] neuen (fenster|tab)', 'externer link'],
  fr: ["s'ouvre dans (un nouvel onglet|une nouvelle fenêtre)", 'lien externe'],
  es: ['se abre en una nueva (ventana|pestaña)', 'enlace externo'],
  pt: ['abre em uma nova (janela|aba)', 'link externo'],
  it: ['si apre in una nuova (finestra|scheda)', 'link esterno'],
};

/** Names of social networks and messengers: a link titled with one is a share or follow button. */
export const SOCIAL_NETWORK_NAMES: PhraseTable = {
  en: [
    'facebook',
    'twitter',
    'x',
    'instagram',
    'linkedin',
    'youtube',
    'tiktok',
    'pinterest',
    'telegram',
    'whatsapp',
    'line',
    'weibo',
    'wechat',
    'threads',
    'bluesky',
  ],
};

/** A link that is only an arrow or an ellipsis ("»", "→", "…"): paging, never a title. */
/**
 * Calls to action that open a link's text: a subscription or sign-up offer ("Subscribe to our sister title ..."),
 * a media popup's button ("Click to view media") or a module's way to its full list or a search ("Ver todas las
 * noticias relacionadas en EL PAÍS", "See all stories about …"): never a story, however long.
 */
export const CALL_TO_ACTION_STARTS: PhraseTable = {
  en: [
    'subscribe (to|now|today)',
    'sign up (for|to)',
    'get (our|the) newsletter',
    'download (our|the) app',
    '(click|tap) [here] to (view|see|play|watch|enlarge|open|launch)',
    '(see|view|show|browse) all [the|our] [related] (news|stories|articles|posts|coverage|results)',
    // The same story in another language: "Read this story in Bengali".
    '(read|view) (this|the) (story|article|report|page) in',
    // A form for readers: "Submit Your Letter to the Editor".
    'submit (your|a) (letter|letters|story|tip|question|photo|video|opinion)',
  ],
  de: [
    'jetzt abonnieren',
    // "Diese Ausgabe jetzt digital lesen": the magazine's issue offer.
    '(diese|die aktuelle) ausgabe',
    'jetzt (digital|online) (lesen|bestellen|kaufen)',
    'abonnieren sie',
    'alle [weiteren] (artikel|meldungen|nachrichten|beiträge) (anzeigen|zum thema)',
    'klicken sie [hier] (zum|um)',
    '(diesen|den) (artikel|beitrag) (auf|in) (englisch|deutsch|französisch|spanisch)',
  ],
  fr: [
    'abonnez-vous',
    'inscrivez-vous',
    'voir (tous les articles|toutes les (actualités|infos|informations))',
    'cliquez [ici] pour',
    "lire (cet article|l'article) en",
  ],
  es: [
    'suscríbete',
    'suscríbase',
    'ver (todas las noticias|todos los artículos|más noticias)',
    'haz clic [aquí] para',
    '(lee|leer) (esta noticia|este artículo|la noticia) en',
  ],
  pt: ['(ver|veja) (todas as notícias|todas as matérias|mais notícias)', 'clique [aqui] para'],
  it: ['vedi (tutti gli articoli|tutte le notizie)', 'clicca [qui] per'],
  // "点击进入“文艺星青年”>>": click to enter a channel.
  zh: ['点击(进入|查看|阅读)', '點擊(進入|查看|閱讀)'],
  ja: ['こちらをクリック'],
};

/**
 * Openings of a link to a topic page rather than a story: "More on Conflicto mapuche" -> /conflicto-mapuche-t62235,
 * "Mehr zu Passwort". A short name follows (a few words); a longer text is a headline that happens to start so.
 */
export const TOPIC_LINK_STARTS: PhraseTable = {
  en: ['more (on|about)', 'all [the] (news|stories|articles) (on|about)', 'everything (on|about)', 'latest on'],
  es: ['más (sobre|noticias de)', 'todo sobre', '[todas las] noticias sobre'],
  fr: ['plus sur', 'tout sur', "toute l'actualité (de|sur)"],
  de: ['mehr (zu|über|zum thema)', 'alles (zu|über)', 'alle (artikel|nachrichten) zu'],
  pt: ['mais sobre', 'tudo sobre'],
  it: ['altro su', 'tutto su', 'notizie su'],
  nl: ['meer over', 'alles over'],
};

/**
 * Picture agencies a caption credits after a bar ("Tim Kaine is pictured. | AP"): such a link title is a photo's
 * caption, never a story (written as they appear, longest first).
 */
export const PICTURE_AGENCIES: readonly string[] = [
  'Getty Images',
  'Shutterstock',
  'Reuters',
  'Getty',
  'AFP',
  'EPA',
  'AP',
];

/** Labels of a photo credit ("| Foto: Reuters", "Photo: AP"): a link text ending in one is a picture's caption. */
export const PHOTO_CREDIT_LABELS: PhraseTable = {
  en: ['photo', 'photos', 'photograph', 'image', 'picture', 'credit', 'photo credit'],
  de: ['foto', 'bild'],
  fr: ['crédit', 'crédit photo'],
  es: ['imagen', 'foto'],
  it: ['immagine', 'foto'],
  pt: ['foto', 'imagem'],
  nl: ['foto', 'beeld'],
  cs: ['snímek', 'foto'],
  hu: ['fotó', 'kép'],
  pl: ['fot.', 'zdjęcie'],
  ru: ['фото'],
};

/**
 * Openings of an image's alt text that describe the picture rather than name the story: "Thumbnail image of
 * Microsoft relinquishes SkyDrive brand", "Foto de …". A link titled by its image's alt text drops them.
 */
export const IMAGE_ALT_PREFIXES: PhraseTable = {
  en: [
    'thumbnail [image|photo|picture] [of|for]',
    '[a|an] (image|photo|photograph|picture|illustration|screenshot) (of|for|showing)',
  ],
  de: ['(bild|foto|vorschaubild) (von|zu|zum|zur)'],
  fr: ['(photo|image|illustration|miniature) (de|du|des)'],
  es: ['(foto|imagen|fotografía|miniatura) (de|del)'],
  pt: ['(foto|imagem|fotografia|miniatura) (de|do|da|dos|das)'],
  it: ['(foto|immagine|miniatura) (di|del|della|dei)'],
};

/** Alt texts that name nothing: a CMS's placeholder ("null", "undefined") or the word for a picture. */
export const EMPTY_ALT_TEXTS: PhraseTable = {
  en: ['null', 'undefined', 'none', 'image', 'img', 'photo', 'picture', 'thumbnail', 'thumb', 'placeholder'],
  de: ['bild', 'foto'],
  fr: ['image'],
  es: ['imagen', 'foto'],
};

/**
 * Words that end a link on its source's name rather than its story ("Disney and Lucasfilm <a>announced today</a>",
 * "<a>The Korea Times reported</a>"): such link words say who told, not what, so the link is shown by its slug's
 * headline or its sentence.
 */
export const ATTRIBUTION_ENDINGS: PhraseTable = {
  en: [
    '(announced|reported|said|says|wrote|writes|noted|found|revealed|confirmed|tweeted|posted|explained|announces|told) [today|yesterday|earlier|recently|last week|this week|last month|last year|in a statement]',
  ],
  de: ['(berichtet|berichtete|berichteten|meldet|meldete|schreibt|schrieb|bestätigte|teilte mit)'],
  fr: ['(a annoncé|ont annoncé|rapporte|a rapporté|écrit|a écrit|a révélé|révèle)'],
  es: ['(informó|anunció|reportó|publicó|reveló|informa|anuncia)'],
  pt: ['(informou|anunciou|noticiou|revelou|publicou)'],
  it: ['(ha annunciato|ha riportato|riporta|scrive|ha scritto)'],
};

/**
 * Words a title attribute puts before the headline it links ("Permanent Link to Google Doodle Honors …", WordPress's
 * default; "Link to …", "Lien permanent vers …"): never part of the story's title.
 */
export const TITLE_ATTRIBUTE_PREFIXES: PhraseTable = {
  en: ['permanent link to', 'permalink (to|for)', '(link|go) to', 'click to read', 'read more about'],
  de: ['permalink (zu|zum|zur)', 'link (zu|zum|zur)'],
  fr: ['lien permanent (vers|pour|à)', 'lien vers'],
  es: ['enlace permanente (a|para)', 'enlace a'],
  pt: ['link permanente (para|de)', 'link para'],
  it: ['link permanente a'],
};

/**
 * The kind of page a link opens, said before its headline with a colon ("Article: Steve Jobs' letter …",
 * "Video: …", "Read: …", "音频：…"): a label, not the headline; the link stays, titled by the words after it.
 */
export const LINK_KIND_LABELS: PhraseTable = {
  en: ['article', 'story', 'video', 'audio', 'podcast', 'slideshow', 'read', 'watch', 'listen'],
  de: ['artikel', 'audio', 'video'],
  fr: ['article', 'vidéo', 'audio', 'lire', 'écouter', 'regarder'],
  es: ['artículo', 'vídeo', 'video', 'audio', 'lea', 'lee'],
  pt: ['artigo', 'vídeo', 'áudio', 'leia'],
  it: ['articolo', 'video', 'audio', 'leggi'],
  zh: ['音频', '音頻', '视频', '視頻'],
};

export const ARROW_LABEL = /^(?:[»«→←…]|\.\.\.)$/u;

/**
 * Words that join two clauses of a sentence ("Read our explainer, or click here …"): where a related link's
 * sentence is cut before another link, they come off its end (and off the start of the next link's part).
 */
export const CLAUSE_JOINERS: readonly string[] = ['or', 'and', 'of', 'und', 'oder', 'et', 'ou', 'y', 'o', 'e'];

/**
 * Words a headline never ends on (articles, prepositions, conjunctions): a URL slug that ends on one was cut at a
 * fixed length by its site ("/story/2016/08/full-text-donald-trumps-speech-on-227095").
 */
export const SLUG_DANGLING_ENDS: Readonly<Record<string, string>> = {
  en: 'a an the and or but of to in on at by for with from as into over about than that',
  de: 'der die das den dem des ein eine einen und oder zu von mit auf für im in bei über',
  fr: 'le la les un une des du de et ou à au aux en dans pour sur par avec',
  es: 'el la los las un una de del y o en por para con al',
  pt: 'o a os as um uma de do da dos das e ou em no na por para com ao',
};

/**
 * Function words a headline spelled in its URL slug has and a string of keywords lacks, by language
 * ("delhi-schools-closed-due-to-air-pollution" has "due", "to"; "kellyanne-conway-trump-counselor-president-
 * transition" has none): a slug without any is a list of search keywords, not a headline, and is shown only when
 * the link has no better title (its sentence in the text).
 */
export const SLUG_FUNCTION_WORDS: Readonly<Record<string, string>> = {
  en:
    'a an the and or but of to in on at by for with from as into over after before about against under than ' +
    'is are was were be been has have had do does did will would can could may might should must not no ' +
    'it its this that these those he she they we you i his her their our your my who what when where why how ' +
    'says said say gets get got makes make takes take wins win set sets new ' +
    // Verbs of headlinese in the present ("trump-names-campaign-chief-…"), where the function words are left out.
    'names calls urges warns slams faces plans hits launches unveils reveals announces denies admits claims joins ' +
    'leaves quits returns bans sues kills dies wants needs shows finds tells asks seeks vows opens closes ends ' +
    'buys sells cuts raises drops rises falls becomes gives goes comes looks approves rejects restores delays ' +
    'hurts votes backs blocks passes signs orders agrees fails helps keeps meets moves pays puts runs starts stops ' +
    // Contractions as a slug spells them.
    'isnt arent wasnt werent dont doesnt didnt cant wont couldnt wouldnt shouldnt thats whats theres heres youre theyre',
  de: 'der die das den dem des ein eine einen und oder zu von mit auf für im in ist sind wird nicht nach bei über',
  fr: 'le la les un une des du de et ou à au aux en dans pour sur par avec est sont pas qui',
  es: 'el la los las un una de del y o en por para con se es son que al',
  pt: 'o a os as um uma de do da dos das e ou em no na por para com se é são que ao',
  it: 'il lo la i gli le un una di del della e o in per con su è sono che al',
  nl: 'de het een en of van in op voor met is zijn niet aan bij',
  id: 'yang di ke dari dan untuk dengan ini itu pada akan tidak siapa apa adalah atau oleh',
};

/**
 * A story card's count of comments or replies, a link of its own beside the headline ("55评论 ⋅", "12 comments",
 * "Kommentare (3)"): never a title. The number comes before or after the word.
 */
export const COMMENT_COUNT_LABELS: PhraseTable = {
  en: ['comments?', 'repl(y|ies)'],
  de: ['kommentare?', 'antworten'],
  fr: ['commentaires?', 'réponses?'],
  es: ['comentarios?', 'respuestas?'],
  pt: ['comentários?', 'respostas?'],
  it: ['comment[io]', 'risposte'],
  zh: ['评论', '条评论', '評論', '條評論', '跟帖', '回复'],
  ja: ['コメント', '件のコメント'],
  ko: ['댓글', '개의 댓글'],
};

/**
 * A shop's or a subscription's order link, as the whole title after a product's short name: "TR bestellen",
 * "Jetzt kaufen", "Buy now" (ORDER_LINK in collect-links.ts).
 */
export const ORDER_VERBS: PhraseTable = {
  en: ['(buy|order|subscribe) [now]'],
  de: ['(bestellen|kaufen|abonnieren)'],
  fr: ['(acheter|commander)', "s'abonner"],
  es: ['(comprar|suscribirse|pedir)'],
  pt: ['(comprar|assinar)'],
  it: ['(acquista|ordina|abbonati)'],
};

/** A site's legal line as a link's text ("All Rights Reserved 新浪公司 版权所有"): never a story's title. */
export const LEGAL_LINE_PHRASES: PhraseTable = {
  en: ['all rights reserved'],
  zh: ['版权所有', '版權所有'],
  ja: ['無断転載'],
};

/** An app's download pitch as a link's text ("安装新浪财经客户端，随时随地看行情【下载地址】"): never a story's title. */
export const APP_PITCH = /下载地址|(?:安装|下载).{0,16}(?:客户端|APP)/iu;

/**
 * A call to click, in the sentence around a link: "To get the full story … simply click here.". Such a sentence is a
 * sales line, never a story's title (utils/related/story-title.ts).
 */
export const CLICK_CALLS: PhraseTable = {
  en: ['(click|tap) (here|this link|below)'],
  de: ['hier klicken', 'klicken sie hier'],
  fr: ['cliquez ici', 'cliquer ici'],
  es: ['(haga|haz) clic aquí', 'pulse aquí', 'pincha aquí'],
  pt: ['clique aqui'],
  it: ['clicca qui'],
  zh: ['点击这里', '點擊這裡', '点击此处'],
  ja: ['こちらをクリック', 'ここをクリック'],
};
