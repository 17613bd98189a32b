import type { PhraseTable } from '../phrase-pattern';

/**
 * Lines a page drops into the story's flow that are neither a heading nor prose: "Story continues below
 * gallery", "Article continues after advertisement". Never captions, never key points.
 */
export const CONTINUES_LINES: PhraseTable = {
  en: ['(story|article|text) continues (below|after) […3]', 'continue reading (below|after) […3]'],
  de: [
    '(artikel|text) (geht|wird) (unten|nach der (anzeige|werbung)) (weiter|fortgesetzt)',
    'weiterlesen nach der anzeige',
  ],
  fr: ['[la] suite (après|ci-dessous) […2]', "l'article continue (ci-dessous|après […2])"],
  es: ['(la noticia|el artículo) (continúa|sigue) (abajo|debajo|tras […2])'],
  pt: ['(a reportagem|o artigo|a matéria) continua (abaixo|após […2])', 'continua (depois|após) da publicidade'],
};

/**
 * A label that opens a disclosure or sponsor line, before a colon: "Disclosure: ZDNet may earn a commission ...",
 * "Transparenzhinweis: ...".
 */
export const DISCLOSURE_LABELS: PhraseTable = {
  en: ['[affiliate|full] disclosure', 'disclaimer', 'sponsored content', 'paid (post|content)'],
  de: ['transparenzhinweis', 'offenlegung', 'werbehinweis', 'affiliate-?hinweis'],
  fr: ['(contenu|article) sponsorisé', 'partenariat'],
  es: ['(contenido|artículo) patrocinado'],
  pt: ['(conteúdo|publicidade) (patrocinado|patrocinada)'],
};

/**
 * Phrases that make a sentence a disclosure or sponsor line wherever they sit: "This week's podcast is
 * sponsored by ...", "ZDNet may earn an affiliate commission", "Dieser Artikel enthält Affiliate-Links".
 */
export const DISCLOSURE_PHRASES: PhraseTable = {
  en: [
    "(this|this week's|today's) (podcast|episode|newsletter|video|show|post) (is|was) (sponsored|brought to you|presented) by",
    'may (earn|receive) (a|an) [affiliate|small] (commission|share of sales)',
    // "Mental Floss has affiliate relationships with certain retailers … and may receive a small percentage of any sale."
    '(has|have) affiliate (relationships|partnerships)',
    'may (earn|receive|get) a small (percentage|portion|share) of (any|the) sales?',
    '(contains|includes|may contain) affiliate links?',
    '(when|if) you buy (through|via) (our|these|the) links',
    // An opinion page's disclaimer: "The views expressed below do not reflect the opinion of …".
    "the (views|opinions) expressed (in this (article|column|commentary|piece|post)|here|below|above) (are|do not|don't)",
  ],
  de: [
    '(enthält|sind) affiliate-?links?',
    'erhalten wir (eine|ggf. eine) provision',
    'die (hier|unten) geäußerten meinungen',
  ],
  fr: [
    "liens? (affiliés|d'affiliation)",
    'nous (percevons|touchons) une commission',
    'les (opinions|propos) (exprimées?|exprimés) (ci-dessous|ici|dans cet article) (ne|sont)',
  ],
  es: [
    'enlaces? de afiliados?',
    '(recibimos|podemos recibir) una comisión',
    'las opiniones expresadas (a continuación|aquí|en este artículo) (no|son)',
  ],
  pt: ['as opiniões expressas (abaixo|aqui|neste artigo) (não|são)'],
  ar: ['الآراء الواردة (أدناه|في هذا المقال)'],
};

/**
 * Notices about the comments, not the story: "Comments are moderated ...", "We reserve the right to remove
 * comments ...", "Los comentarios están moderados".
 */
export const COMMENT_NOTICES: PhraseTable = {
  en: [
    'comments? (are|is|will be) (moderated|closed|reviewed|subject to)',
    '(we|the editors) (reserve the right to|may) (remove|delete|edit) comments?',
    '[please] (keep|be) (comments?|it) (civil|respectful|on topic)',
    '(commenting|comments) (has|have) been (disabled|closed|turned off)',
  ],
  de: ['(kommentare|die kommentarfunktion) (werden moderiert|ist geschlossen|wurde geschlossen)'],
  fr: ['[les] commentaires (sont modérés|sont fermés)'],
  es: ['[los] comentarios (están moderados|están cerrados)'],
  pt: [
    '[os] comentários (são moderados|estão fechados)',
    '[atenção:|aviso:] comentários […12] não (serão|são) (aprovados|publicados)',
  ],
};

/**
 * The same notices anywhere in a sentence, after a label: "ATENÇÃO: Comentários com textos ininteligíveis ... não
 * serão aprovados pelo moderador", "Note: comments that ... will not be published".
 */
export const COMMENT_RULES: PhraseTable = {
  en: ['comments? […12] (will|may) not be (approved|published|posted)'],
  es: ['comentarios […12] no (serán|se) (aprobados|publicados|publicarán)'],
  pt: ['comentários […12] não (serão|são) (aprovados|publicados)'],
  fr: ['commentaires […12] ne (seront|sont) pas (publiés|approuvés)'],
  de: ['kommentare […12] (werden|wird) nicht (freigeschaltet|veröffentlicht)'],
};

/**
 * The start of a tag or keyword list run into one line: "Tags calendario stock car 2018, ...", "Tags: ...",
 * "Schlagworte: ...".
 */
export const TAG_LIST_STARTS: PhraseTable = {
  en: ['tags?', 'tagged [with]', 'keywords?', 'topics?', 'filed under', 'related topics'],
  de: ['schlagw(ö|o)rter?', 'stichw(ö|o)rter?', 'themen'],
  fr: ['mots-?clés', 'étiquettes'],
  es: ['etiquetas', 'palabras clave', 'temas'],
  pt: ['tags', 'palavras-?chave', 'temas'],
  it: ['tag', 'argomenti', 'parole chiave'],
};

/**
 * A pitch for a subscription or membership: "Subscribe now for unlimited access", "Support our journalism",
 * "Already a subscriber?", "Jetzt abonnieren", and the plans of a pricing box ("A flexible plan you can cancel
 * anytime.", "We accept credit card, Apple Pay and Google Pay.").
 */
export const SUBSCRIPTION_PITCHES: PhraseTable = {
  en: [
    '(already|become) a (subscriber|member)',
    '(subscribe|sign up) (now|today) (for|to) […4]',
    '(get|enjoy) unlimited [digital] access',
    'support (our|independent|local) (journalism|reporting)',
    'to continue reading,? [please] (subscribe|log in|sign in)',
    // A plan of a pricing box ("Monthly: A flexible plan you can cancel anytime.", "We accept credit card, Apple Pay").
    '(a|our) (flexible|discounted|yearly|monthly|annual) plan',
    'we accept (credit|debit) cards?',
    'cancel (anytime|any time)',
  ],
  de: [
    'jetzt (abonnieren|abo abschließen|weiterlesen mit)',
    'sie sind bereits abonnent',
    'jederzeit kündbar',
    'wir akzeptieren (kreditkarten?|paypal)',
  ],
  fr: ['(abonnez-vous|déjà abonné)', 'pour lire la suite', 'résiliable à tout moment'],
  es: ['(suscríbete|suscríbase|ya eres suscriptor)', 'cancela cuando quieras'],
  pt: ['(assine|já é assinante)', 'cancele quando quiser'],
  // A paywall's notice where the story stops: "［有料会員限定］ この記事は会員限定です。", "電子版に登録すると続きをお読みいただけます。".
  ja: [
    '［有料会員限定］',
    '【有料会員限定】',
    'この記事は[有料]会員限定',
    '(会員|電子版|有料会員)に(登録|ログイン)すると',
    '[この記事の]続きを(読む|お読み)',
  ],
  zh: [
    '(本文|此文)(为|為)[付费|付費](会员|會員)(专享|專享)',
    '(登录|登入|登錄)[后|後](阅读|閱讀|查看)全文',
    '(开通|開通)(会员|會員)[后|後](阅读|閱讀)',
  ],
};

/**
 * Lines that promote or sign-post rather than tell: a call to read or download more ("Read the full 2024 report
 * for more insights"), a request for feedback ("We'd love to hear from you"), a shout-out, a signpost to what
 * follows ("Here's a look at three of the ..."). Matched at the start of a sentence; never key points.
 */
export const PROMOTION_STARTS: PhraseTable = {
  en: [
    '(read|download|get|see) the full […3] (report|study|survey|story|article|interview|review|guide|paper|results)',
    '(we|i) would love to hear',
    "(we'd|i'd) love to hear",
    'let (us|me) know (what you think|in the comments|your thoughts)',
    '[a|big] (shout-?out|shout out|kudos|thanks|thank you) to',
    "here's (a look|a quick look|what you need to know|a rundown|a roundup|everything)",
    'here (is|are) (a look|a quick look|what you need to know|a rundown|a roundup)',
    'in this (post|article|tutorial|guide|video|episode),? (we|i|you)',
    '(check out|take a look at|be sure to check) (our|my|the full)',
    "(don't forget|be sure|make sure) to (subscribe|follow|share|like|sign up|comment)",
    '(thanks|thank you) for reading',
    'if you (enjoyed|liked|found) this',
    '(leave|drop) (a|us a|your) comment',
    '(learn|find out|read) more (about|at|here|on our)',
    '(try|start) […2] (for free|free trial)',
    'if (a friend|someone) forwarded (this|you this)',
    // An alert or newsletter box: "Enter your email address and zip code to set up customized email alerts.",
    // "Get Deadline news and alerts FREE to your inbox...".
    '(enter|type|add) (your|you) e-?mail [address]',
    'get […3] (news|alerts|updates|headlines) […4] (to|in|into) your inbox',
    // A pointer to something embedded the reader cannot see here: "Take a look here at the Fed's statement …".
    '(take|have) a [quick|closer] look (here|below|above)',
    // Cross-promotion: "For more ideas on how to stop spending, check out Real Simple."
    'for more (ideas|tips|advice|recipes|information|stories|coverage) […8] (check out|visit|head (to|over to)|go to)',
    // A press release's call to action: "For more information, or to apply, visit example.org/program."
    'for (more|further) (information|info|details)',
    // A player's instruction: "Listen to the review by Dennis Morton, above." The key points show no player.
    '(listen to|watch|hear|see) (the|this|our) […6] (above|below)',
    // A call for readers' material: "Submit your Personal Finance Questions to the Getting Personal blog."
    'submit your […3] (questions?|stories|story|photos?|videos?|tips?|comments?)',
  ],
  de: [
    'wir freuen uns (auf|über) (ihr|euer|ihre|eure) (feedback|meinung|kommentare?)',
    'geben sie ihre e-?mail-?adresse ein',
    'weitere (tipps|ideen|rezepte|informationen) […8] (finden sie|gibt es) (bei|auf|unter)',
    '(weitere|mehr) informationen (unter|finden sie|gibt es|erhalten sie)',
    'lesen sie (hier|jetzt|den ganzen|die ganze)',
    '(abonnieren|folgen) sie uns',
    'mehr (dazu|erfahren sie) (hier|unter)',
    '(hören|sehen) sie […6] (oben|unten)',
    'schicken sie uns ihre (fragen|fotos|videos)',
  ],
  fr: [
    'abonnez-vous à notre',
    "n'hésitez pas à (nous|partager|commenter|laisser)",
    'découvrez (notre|nos|le rapport)',
    'retrouvez (notre|nos|tous)',
    'entrez votre [adresse] e-?mail',
    "pour plus (d'idées|de conseils|d'informations) […8] (rendez-vous sur|consultez)",
    "pour (plus d'|de plus amples )informations",
    '(écoutez|regardez) […6] (ci-dessus|ci-dessous)',
    'envoyez-nous vos (questions|photos|vidéos)',
  ],
  es: [
    'suscríbete a nuestro',
    'no (olvides|te olvides de) (suscribirte|compartir|seguirnos)',
    'déjanos (tu|un) comentario',
    'descarga (nuestra|la) (app|aplicación)',
    'introduce tu (correo|e-?mail)',
    'para más (ideas|consejos|información) […8] (visita|consulta)',
    'para (más|mayor) información',
    '(escucha|escuche|mira|mire) […6] (arriba|abajo)',
    'envíanos tus (preguntas|fotos|videos)',
  ],
  pt: [
    'inscreva-se (no|em) nosso',
    'deixe (seu|um) comentário',
    'não (esqueça|deixe) de (se inscrever|compartilhar)',
    'digite seu e-?mail',
    'para mais (ideias|dicas|informações) […8] (visite|confira|acesse)',
    'para mais informações',
    '(ouça|assista) […6] (acima|abaixo)',
    'envie suas (perguntas|fotos|vídeos)',
  ],
};

/**
 * Phrases that make a sentence a pitch wherever they sit: "..., you can sign up here.", "Subscribe here to get ...".
 */
export const PROMOTION_PHRASES: PhraseTable = {
  en: [
    '(sign up|subscribe|register) (here|below|now) (to|for|and)',
    'you can (sign up|subscribe) (here|below)',
    '(free|straight|directly|delivered) (to|into) your inbox',
    // A dek's teaser: "An anonymous grocery-store manager shares the secrets to lowering your food bill."
    '(shares|reveals|spills) (the|his|her|their|#) [best|top] (secrets|tricks) (to|for|of|behind)',
    // A teaser for what follows: "Ahead, she shares the five biggest mistakes she sees people make."
    'ahead, (she|he|they|we|i) (shares?|reveals?|explains?|breaks? down|walks? (us|you) through)',
    // A magazine's sales line: "The issue is on newsstands now", "This story appears in the July issue of …".
    '(is|are) on newsstands (now|from|today)',
    // A newsletter's pitch set in the story: "FA Insights is a daily newsletter from Business Insider …".
    'is (a|our) [free] (daily|weekly|monthly|morning|evening) (newsletter|digest|briefing|email)',
    // A call for readers' contributions: "Submit your letter to the editor via this form."
    'submit your (letter|letters|story|tip|tips|question|questions|photo|photos|video|opinion)',
    // A link post's pointer to the piece it links: "Click through for the whole thing."
    '(click|tap) through (for|to) (the|read|see|watch)',
    'this (story|article) (appears|appeared) in the',
    // A call to turn on the site's notifications: "Click the bell to stay up to date!".
    '(click|tap|hit|press) the (bell|notification bell)',
    '(turn|switch) on [push] notifications',
  ],
  de: [
    '(hier|jetzt) (anmelden|abonnieren)',
    // A magazine's sales line: "Das Heft ist ab 20.06.2019 im Handel sowie direkt im heise shop erhältlich.",
    // "(jetzt am Kiosk oder hier zu bestellen)", "Dieser Beitrag stammt aus Ausgabe 7/2019 der …".
    '(jetzt|ab sofort) am kiosk',
    'hier [zu] (bestellen|bestellt)',
    'das heft ist ab',
    'dieser (beitrag|artikel|text) stammt aus [der] ausgabe',
    // A call to turn on the site's notifications: "Nutze die kleine rote Glocke unten rechts um aktuell informiert zu
    // werden!" (blind pool Q).
    '(nutze|nutzen sie|klicke|klicken sie) [auf] die [kleine] [rote] glocke',
    'push-benachrichtigungen (aktivieren|erhalten)',
  ],
  fr: ['inscrivez-vous (ici|gratuitement)', 'en vente (en kiosque|dès le)', '(actuellement|en ce moment) en kiosque'],
  es: ['(suscríbete|regístrate) (aquí|gratis)', 'ya [está] a la venta en (quioscos|kioscos)'],
  pt: ['(inscreva-se|cadastre-se) (aqui|grátis)', 'já [está] nas bancas'],
  // "邀請您到 FB 粉絲團 按個"讚"!": an invitation to the blog's fan page.
  zh: [
    '(粉絲團|粉丝团|粉絲專頁|粉丝专页)',
    '(按個|按个|点个|點個)(讚|赞)',
    // A site's poll or campaign promoted in the story: "…年度人物评选”火热进行中！", "【点击投票】".
    '(火热|火熱)进行中',
    '(点击|點擊)投票',
  ],
  // "詳細は次のページで": a pointer to the next page of the article, no fact.
  ja: ['次のページ(で|に|へ|を)'],
};

/**
 * A comment section's policy, wherever it sits in the sentence: who answers for readers' comments and how they
 * are checked ("The editors only publish the news and cannot influence the comments: they hold readers' own
 * opinions", "CNN welcomes a lively and courteous discussion … so that we need not review comments before they
 * are published"). Never story text.
 */
export const COMMENT_POLICY_PHRASES: PhraseTable = {
  en: [
    'comments (reflect|represent|express) [only] the [personal] (views|opinions) of',
    "(is|are) not responsible for [the content of] [readers'?|user|users'?] comments",
    "comments (do not|don't) [necessarily] reflect the (views|opinions) of",
    'please (comment|post) (responsibly|respectfully|with respect|politely)',
    'review (the|all) comments before (they are|publishing|publication)',
    'welcomes? (a|the) (lively|courteous|respectful|constructive) (debate|discussion)',
  ],
  de: [
    'kommentare (geben|spiegeln) [nur|ausschließlich] die [persönliche] meinung',
    'für (die|den inhalt der) kommentare (nicht verantwortlich|keine verantwortung)',
  ],
  fr: [
    "les commentaires (n'engagent que|reflètent) [les opinions de] leurs auteurs",
    'modérer les commentaires avant (leur|la) publication',
  ],
  es: [
    'los comentarios (son responsabilidad|reflejan la opinión) de [sus] (autores|lectores|usuarios)',
    'revisar los comentarios antes de (publicarlos|su publicación)',
  ],
  pt: ['os comentários (são de [inteira] responsabilidade|refletem a opinião) de [seus] (autores|leitores)'],
  hu: [
    'a kommenteket nem tudja befolyásolni',
    'az olvasók személyes véleményét tartalmazzák',
    'hozzászólások nem […4] nézeteit tükrözik',
    // "Kérjük, kulturáltan … kommenteljenek!": please comment (politely …), the verb closing the sentence.
    'kommenteljenek',
  ],
  ar: ['مراجعة التعليقات قبل نشرها', 'بالنقاش الحيوي والمفيد', 'التعليقات لا تعبر عن'],
  it: [
    "i commenti (riflettono|esprimono) [esclusivamente|solo] (il pensiero|le opinioni|l'opinione) (dei|degli) [loro] (autori|utenti|lettori)",
    'la redazione non è responsabile (dei|per i) commenti',
  ],
  ru: [
    'комментарии (отражают|выражают) [лишь|только] (мнение|точку зрения) [их] (авторов|пользователей|читателей)',
    'редакция не несет ответственности за [содержание] комментари(и|ев)',
  ],
  zh: ['评论仅代表网友个人观点', '网友评论仅供其表达个人看法', '不代表本(站|网)(观点|立场)'],
  ja: ['コメントは投稿者個人の見解'],
};

/**
 * A podcast's or video's format notes and where to hear it ("The MP3 version of this podcast is designed to
 * play on virtually any device", "You can also hear the podcast on iTunes", "Listen to (and share) episode 38
 * of our audio podcast"): the programme's furniture, not what the episode says.
 */
export const PODCAST_LINES: PhraseTable = {
  en: [
    '(version|edition|format) of this (podcast|episode|show|video|recording)',
    'you can [also] (hear|listen to|download|subscribe to|find) (the|this|our) (podcast|episode|show)',
    '(listen|subscribe) to […3] (episode #|our [audio] podcast)',
    '(hear|listen to) past episodes',
  ],
  de: [
    'sie können (den|diesen|unseren) podcast [auch] (hören|abonnieren|herunterladen)',
    'hören sie (den|diesen|unseren) podcast',
  ],
  fr: ['vous pouvez [aussi|également] (écouter|télécharger) (le|ce|notre) podcast', 'écoutez (le|ce|notre) podcast'],
  es: ['puedes [también] (escuchar|descargar) (el|este|nuestro) podcast', 'escucha (el|este|nuestro) podcast'],
  pt: ['você [também] pode (ouvir|baixar) (o|este|nosso) podcast', 'ouça (o|este|nosso) podcast'],
};

/**
 * Sentences that point at text the key points do not show, or only hand over to it (judged worthless alone on
 * real pages): a short signpost ("Here's how UGA tallied the oil-spill totals.") and a transition ("The UGA
 * scientists aren't the only ones calling …", "The staff in the district attorney's office … also spoke up.").
 * SIGNPOST_STARTS count only in a short sentence without a colon (a signpost that goes on to say how is a point).
 */
export const SIGNPOST_STARTS: PhraseTable = {
  en: ["(here's|here is|this is) (how|why|what|where)"],
  de: ['(so|hier) (funktioniert|geht|lesen sie)', 'hier (ist|sehen sie),? (wie|warum|was)'],
  fr: ['voici (comment|pourquoi|ce que)', "c'est (ainsi|comme ça) que"],
  es: ['(así es como|te contamos (cómo|por qué)|esto es lo que|he aquí (cómo|por qué))'],
  pt: ['(veja|saiba|confira) (como|por que|o que)', 'é assim que'],
};
/**
 * A line that speaks to the reader instead of telling the story: a hook that opens a feature ("Get ready for a wild
 * 2017 when it comes to …", "Prepare to board our latest 3D evaluation, …", "Brace yourself: …") or a sign-off that
 * only waits for news ("We'll have to wait and see; …", "Only time will tell.", "Affaire à suivre."). Counted in a
 * sentence of a transition's length (THRESHOLDS.transitionMaxWords): the hooks at its start, the sign-offs anywhere.
 */
export const READER_HOOK_STARTS: PhraseTable = {
  en: ['get ready (for|to)', 'prepare (to|for) (be|board|meet|see|say)', 'brace yourself', 'buckle up', 'stay tuned'],
  de: ['(machen sie sich|macht euch) bereit', 'bleiben sie dran'],
  fr: ['(préparez-vous|accrochez-vous|restez connectés)'],
  es: ['(prepárate|prepárese|agárrate|atentos)'],
  pt: ['(prepare-se|fique ligado|fiquem ligados)'],
};
/**
 * The reporter telling how the story was reported, in a short line ("I met with the Surface team to learn …", "I reached
 * out to Slack's PR team for the inside scoop."): the finding is in the lines after it.
 */
export const REPORTING_STEP_STARTS: PhraseTable = {
  en: [
    '(i|we) (met|spoke|talked|chatted|caught up|sat down|reached out|got in touch|checked in) (with|to)',
    '(i|we) (asked|contacted|emailed|called) (the|a|an|his|her|their)',
  ],
  de: ['(ich|wir) (sprach|sprachen|traf|trafen|fragte|fragten) (mit|bei|den|die|das)'],
  fr: ["(j'ai|nous avons) (rencontré|parlé avec|contacté|interrogé|demandé à)"],
  es: ['(hablé|hablamos|me reuní|nos reunimos) con', '(contacté|contactamos|pregunté|preguntamos) a'],
  pt: ['(falei|falamos|conversei|conversamos) com', '(contatei|contatamos|perguntei|perguntamos) a'],
};
/** A time phrase's first word before a reporting step and its comma: "On December 28, I reached out …". */
export const REPORTING_STEP_TIME_LEADS: PhraseTable = {
  en: ['(on|last|this|earlier|later|in|at)'],
};
export const WAIT_AND_SEE_PHRASES: PhraseTable = {
  en: ["(we'll|we will|you'll|you will|we) [just] (have to|need to) wait and see", '[only|and only] time will tell'],
  de: ['man darf gespannt sein', 'wir dürfen gespannt sein'],
  fr: ['affaire à suivre', "l'avenir nous le dira"],
  es: ['habrá que esperar para ver', 'el tiempo lo dirá'],
  pt: ['só o tempo dirá', 'resta esperar para ver'],
  zh: ['(让我们|讓我們)(拭目以待|拭目以待吧)', '(敬请期待|敬請期待)'],
  ja: ['今後の(展開|動向)に期待(したい|しましょう)', '続報を待ちたい'],
};
/**
 * A promise closing a dek, after a semicolon, colon or dash: "Turning your rented space into a smart home can be
 * tricky; we have some advice.", "… — here's what we know.", "…: find out why." The line announces the story.
 */
export const PROMISE_ENDINGS: PhraseTable = {
  en: [
    '(we|i) have [some] (advice|tips|answers|ideas|suggestions|the details)',
    "(here's|here is|here are) (how|what|why|where|who|the details|everything)",
    '(we|i) (explain|investigate|break it down|take a look|found out|find out)',
    '(find out|learn|see) (how|why|what|where)',
    'read on',
  ],
  de: ['(wir|hier) (erklären|zeigen)', 'lesen sie (hier|mehr)'],
  fr: ['(on|nous) vous (explique|dit tout)', 'voici (comment|pourquoi|ce que)'],
  es: ['te (contamos|explicamos)', 'así (es como|lo hacemos)'],
  pt: ['(nós|a gente) (explica|explicamos)', 'saiba (como|por que|mais)'],
};
export const TRANSITION_PHRASES: PhraseTable = {
  en: [
    "(aren't|are not|isn't|is not|wasn't|was not|weren't|were not) the only ones?",
    'also (spoke|speak|speaks|weighed|weighs) (up|out|in)',
    // "First, it's probably good to have some background.": the background is in the lines after it.
    "(it's|it is) [probably|perhaps|always] (good|worth|useful|helpful|important) to (have|know|get|give|take) [some|a little|a bit of] (background|context)",
  ],
  de: ['(sind|ist|waren|war) nicht (die|der|das) einzigen?'],
  fr: ["(ne sont|n'est|n'étaient|n'était) pas (les|le|la) (seul|seule|seuls|seules)"],
  es: ['no (son|es|eran|era) (los|las|el|la) (único|única|únicos|únicas)'],
  pt: ['não (são|é|eram|era) (os|as|o|a) (único|única|únicos|únicas)'],
};

/**
 * What a player or widget says when the reader's browser cannot run it ("To view this content, Javascript must be
 * enabled and Adobe Flash Player must be installed."): the page's fallback text, wherever it sits in the sentence.
 */
export const PLUGIN_NOTICES: PhraseTable = {
  en: [
    '(javascript|flash|flash player|a plugin|cookies) (must|needs to|need to) be (enabled|installed|turned on)',
    '(please|you must|you need to) (enable|install|turn on|update) […2] (javascript|flash|your browser)',
    '(requires|need|needs) (javascript|flash|the flash player|the latest flash)',
  ],
  de: ['(javascript|flash) (muss|müssen) (aktiviert|installiert) (sein|werden)', 'aktivieren sie javascript'],
  fr: ['(activer|activez|installer|installez) […2] (javascript|flash)'],
  es: ['(activar|habilitar|instalar|active|habilite|instale) […2] (javascript|flash)'],
  pt: ['(ativar|habilitar|instalar|ative|habilite|instale) […2] (javascript|flash)'],
};

/**
 * A rubric or section label set on the same line as the sentence it stands over ("Abstract This standard
 * specifies …", "Analyse Après une semaine agitée, …"): it comes off the start of a key point when a capital
 * follows it (so "Analysis shows that …" keeps its first word).
 */
export const GLUED_LABELS: PhraseTable = {
  // Not "Breaking", "Update", "Exclusive" or "Opinion": they open names ("Breaking Bad", "Opinion Research").
  en: ['abstract', 'summary', 'analysis', 'introduction'],
  de: ['zusammenfassung', 'analyse', 'kommentar', 'einleitung'],
  fr: ['résumé', 'analyse', 'décryptage', 'introduction'],
  es: ['resumen', 'análisis', 'introducción'],
  pt: ['resumo', 'análise', 'introdução'],
  it: ['sommario', 'analisi', 'introduzione'],
  nl: ['samenvatting', 'analyse', 'inleiding'],
};
