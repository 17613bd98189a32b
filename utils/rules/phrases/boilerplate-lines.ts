import { alternationSource, buildPattern, type PhraseTable } from '../phrase-pattern';
import { REPORTER_TITLES } from './bylines';
import {
  BUTTON_LABELS,
  CHROME_LINES,
  READ_MORE_LABELS,
  SOCIAL_NETWORK_NAMES,
  TEASER_LABELS,
  TEASER_STARTS,
} from './link-labels';
import { RELATED_HEADINGS, SITE_WIDE_LIST_HEADINGS } from './widget-headings';
import {
  COMMENT_NOTICES,
  COMMENT_POLICY_PHRASES,
  COMMENT_RULES,
  CONTINUES_LINES,
  DISCLOSURE_LABELS,
  DISCLOSURE_PHRASES,
  PLUGIN_NOTICES,
  PODCAST_LINES,
  PROMOTION_PHRASES,
  PROMOTION_STARTS,
  SUBSCRIPTION_PITCHES,
  TAG_LIST_STARTS,
} from './furniture-lines';

/**
 * A tag or keyword list run into one line: its label, then a colon or a comma-separated run without a closing
 * stop ("Tags calendario stock car 2018, Rubens Barrichello, ...", "Schlagworte: Bundestag, Wahl").
 */
export const TAG_LIST = new RegExp(
  `^${alternationSource([TAG_LIST_STARTS])}(?:\\s*[:：|]\\s*[^.!?。！？]{1,300}$|\\s+[^,.!?:]{1,60}(?:,[^,.!?:]{1,60}){2,}$)`,
  'iu',
);

/**
 * Page furniture that survives extraction as text: teasers, credits, captions, datelines, prompts,
 * copyright lines. Label phrases come from the phrase tables (link-labels.ts, widget-headings.ts); the
 * patterns below hold what is not a phrase (dates, credits with names, scripts' own punctuation).
 */

/** Whole blocks (at most THRESHOLDS.boilerplateMaxChars long) that are furniture, not article prose. */
export const BOILERPLATE_BLOCKS: readonly RegExp[] = [
  // "READ MORE: ...", "Related: ...", "SEE ALSO - ...", "Don't miss ...", "Continue reading".
  new RegExp(`^${alternationSource([TEASER_LABELS, RELATED_HEADINGS, SITE_WIDE_LIST_HEADINGS])}\\s*[:|–—]`, 'iu'),
  buildPattern([READ_MORE_LABELS, TEASER_STARTS], { at: 'start' }),
  // Bylines and reporting credits.
  /^(?:[Bb][Yy]|[Ww]ritten by|[Ww]ords by|[Rr]eporting by)\s+\p{Lu}[^.!?]{0,100}$/u,
  /^\(?(?:reporting|additional reporting|writing|editing) by\b/i,
  /^[^.!?]{0,80}\bcontributed (?:reporting|to this report)\b/i,
  // A whole line of chrome: "Related stories", "Read more", "Share this story", "Advertisement", "12 comments".
  buildPattern([RELATED_HEADINGS, READ_MORE_LABELS, BUTTON_LABELS, CHROME_LINES], {
    at: 'whole',
    suffix: '\\s*[:.!]?',
  }),
  // Datelines and timestamps.
  /^\|?\s*(?:published|updated|posted|last updated|first published|modified)\b\s*(?:(?:on|at)\s*)?:?[^.]{0,60}\d/i,
  // Credits and captions.
  /^\(?(?:image|images|photo|photos|picture|pictures|credit|credits|source|illustration|video|media caption|image caption)\s*(?:caption\s*)?[:©]/i,
  /\((?:image|photo|picture|pictured|credit)s?\s*:[^)]{0,80}\)\s*$/i,
  /^©/,
  /\((?:photos?|images?|pictures?|video) (?:by|courtesy of|credit:?) [^)]{0,160}\)\s*$/i,
  /^[^.!?]{0,80}[/|][^.!?]{0,60}\b(?:getty images|reuters|afp|ap photo|associated press|shutterstock|epa|bloomberg|alamy|pa images|ap)\s*$/i,
  /^\d+\s*of\s*\d+\s*\S/,
  /(?:all rights reserved|this (?:document|article|material) (?:is subject to|is protected by) copyright|may not be (?:published|reproduced|redistributed))/i,
  // Newsletter and follow prompts.
  /^(?:sign up(?:$|\b.{1,60}\b(?:newsletter|e-?mails?|alerts|briefing|updates|inbox|digest))|subscribe|get (?:breaking news|the latest|our)|follow us|follow (?:him|her|them) on|join (?:our|the)|like us on|download (?:our|the) app|never miss|let our news meet)/i,
  // App promos: "點我下載APP", "現在用APP看新聞", "立即下载APP", "Get the app".
  /(?:[點点按]我|[點点]此|立即)\s*(?:下載|下载|看|加入|訂閱|订阅|追蹤|关注)|(?:下載|下载|安裝|安装)\s*app(?![a-z])|用\s*app\s*看|^(?:get|download|install) (?:the|our) (?:\S+ )?app\b/i,
  // App promos led by a download verb (Swedish, Norwegian, Danish, English): "📱 Ladda ner Xs app och få pushnotiser ...".
  /^(?=.{0,200}$)[\p{Extended_Pictographic}\ufe0f\s]*(?:ladda ner|hämta|last ned|hent|download|install)\b[^.!?]{1,60}\bapp(?:en|et|s)?\b/iu,
  // Press-release furniture as whole blocks: the "Press release" kicker, the "###" / "-30-" end marker, a taxonomy label.
  /^(?:(?:press|news|media) release|for immediate release|(?:#\s*){3}|-\s*30\s*-|(?:topics|tags|categories|filed under|related topics|subjects|keywords)\s*:?)$/i,
  // Editor and source credits (Chinese, Japanese, Korean news).
  /^[（(]?(?:责任编辑|責任編輯|编辑|編輯|来源|來源|本文来源|原标题|校对|审核|編集|記者|기자|편집)\s*[:：]/,
  // Reading time and bare dates ("4 min read", "Nov 12, 2025", "24 November 2025").
  /^\d+\s*(?:min(?:ute)?s?|分钟|分)(?:\s*(?:read|阅读|で読めます))?(?:\s*[·•|]\s*.{0,40})?$/i,
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4})(?:\s*(?:[·•|,]\s*)?\d{1,2}[:.]\d{2}\s*(?:(?:am|pm|a\.m\.|p\.m\.)\s*)?\w{0,4})?$/i,
  /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/,
  // A bare date with an ordinal-dot day ("24. listopadu 2025 7:15", "3. März 2025, 10:30").
  /^\d{1,2}\.\s*\p{L}{3,12}\.?\s+\d{4}(?:,?\s+(?:kl\.\s*)?\d{1,2}[:.]\d{2})?$/u,
  /^(?:become a (?:member|subscriber|supporter|patron)|support (?:our|local|independent|quality) (?:journalism|reporting|work|news)|donate (?:now|today)|make a donation)/i,
  /^click here to (?:get|download|subscribe|sign up|follow)\b.{1,40}\b(?:app|newsletter|alerts|updates|podcast|channel)\b/i,
  /^(?:write|e-?mail|contact) (?:to )?.{0,60}\bat\s+\S+@\S+/i,
  new RegExp(`\\bfollow (?:him|her|them|us|me) on ${alternationSource([SOCIAL_NETWORK_NAMES])}\\b`, 'iu'),
  /^media playback is (?:unsupported|not supported)/i,
  // "Story continues below gallery", "Weiterlesen nach der Anzeige".
  buildPattern([CONTINUES_LINES], { at: 'whole', suffix: '\\s*[:.…]?' }),
  TAG_LIST,
  // Copyright and reprint-prohibited lines (Korean, Chinese, Japanese, Russian, European languages).
  /(?:저작권자\s*[©(ⓒ]|무단\s*전재|재배포\s*금지|版权所有|版權所有|未经(?:授权|许可)[^。]{0,12}(?:转载|使用)|禁止转载|無断(?:転載|複製)|転載を禁じ|все права защищены|перепечатка[^.]{0,40}(?:запрещена|без)|todos los derechos reservados|tous droits réservés|todos os direitos reservados|alle rechte vorbehalten|tutti i diritti riservati|riproduzione riservata)/i,
  // Typo-report notices: "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter", "Found a typo? ... Ctrl+Enter".
  /\bctrl\s*\+\s*enter\b/i,
  /^(?:нашли|заметили)\s+(?:ошибку|опечатку)|^(?:found|spotted|see)\s+an?\s+(?:typo|mistake|error)\?/i,
  // Newsletter feedback polls.
  /^how (?:did you like|would you rate|was) (?:today'?s|this(?: week'?s)?) (?:issue|newsletter|email|edition|post|brief)\b/i,
];

/** Sentences that are furniture: never key points (utils/summary/clean-sentence.ts). */
/**
 * Photo captions and credits in Chinese, Japanese and Korean news, as lines of the story or as its headings:
 * "图为马素湘在悉尼游玩时的近影。", "写真は記者会見の様子", "资料图：市民在寒冷天气中出行。", "中新社记者 贾天勇 摄".
 */
export const CJK_PHOTO_LINES: readonly RegExp[] = [
  // Photo captions in Chinese, Japanese and Korean news: "图为马素湘在悉尼游玩时的近影。", "写真は記者会見の様子".
  /^[（(]?(?:图为|圖為|图片为|圖片為|上图|下图|左图|右图|上圖|下圖|写真は|写真[＝=]|사진은|사진[＝=])/u,
  // "资料图：市民在寒冷天气中出行。" (file photo:), "图片来源：…", "图：…": a caption's or a credit's label.
  /^[（(]?(?:资料图|資料圖|资料图片|資料圖片|图片来源|圖片來源|图片|圖片|图|圖|配图|配圖)\s*[：:]/u,
  // A Chinese photo credit: "中新社记者 贾天勇 摄", "小花母亲供图", "（新华社发 张三 摄）", "视觉中国/供图".
  /^[（(]?[\p{Script=Han}\p{L}\s·/／]{1,24}?\s*(?:摄|攝|供图|供圖|摄影|攝影)[）)]?[。.]?$/u,
];

/**
 * The writer's bio line under a story: "Laura E. Adkins is the Forward's contributing network editor.", "Jane Doe is
 * a freelance writer based in Leeds.", "Max Muster ist Redakteur bei der Zeitung." A name, "is", a few words, the
 * job, and at most where: no fact of the story.
 */
const capitalized = (table: PhraseTable): PhraseTable =>
  Object.fromEntries(
    Object.entries(table).map(([lang, phrases]) => [
      lang,
      phrases.map((p) => p.replace(/(^|[(|])(\p{Ll})/gu, (_, before: string, c: string) => before + c.toUpperCase())),
    ]),
  );
const BIO_JOBS = `(?:${alternationSource([REPORTER_TITLES, capitalized(REPORTER_TITLES)])}|journalist|producer|photographer|blogger|author|novelist)`;
export const WRITER_BIO = new RegExp(
  `^(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}\\p{Lu}[\\p{L}'’-]*\\s+(?:is|ist|est|es|é)\\s+(?:[\\p{L}'’-]+\\s+){0,6}?${BIO_JOBS}s?(?:\\s+(?:at|for|of|with|based in|bei|für|à|de|du|en|na|da|do)\\s+[^.!?]{1,40})?\\.$`,
  'u',
);

export const BOILERPLATE_SENTENCES: readonly RegExp[] = [
  /\b(?:click|tap) here\b/i,
  WRITER_BIO,
  /^advertisement\b/i,
  // "Read more ...", "Lire aussi ...", "相关阅读 ...", "Related: ...".
  buildPattern([READ_MORE_LABELS, TEASER_STARTS], { at: 'start' }),
  new RegExp(`^${alternationSource([RELATED_HEADINGS])}\\s*[:：]`, 'iu'),
  /^(?:photo|picture|image|video|source|credit|graphic|illustration)s?\s*(?:credit\s*)?[:©]/i,
  /\((?:photo|picture|image)s?(?: by| credit|:)[^)]*\)\s*$/i,
  /\b(?:getty images|reuters\/|ap photo|afp photo|shutterstock|©|all rights reserved|copyright \d{4}|copyright \(c\))/i,
  // A licensed edition's imprint: "The Japanese edition of 'ZDNet' is published under license from CBS Interactive, Inc.",
  // "… are the copyright properties of CBS Interactive".
  /\b(?:(?:is|are) published under (?:a )?licen[cs]e from|(?:are|is) the copyright propert(?:y|ies) of)\b/i,
  /^follow (?:us|me|him|her|them|@)/i,
  new RegExp(`\\bfollow (?:us|@\\w+) on ${alternationSource([SOCIAL_NETWORK_NAMES])}`, 'iu'),
  /^(?:sign up|subscribe)\b/i,
  /\bsign up for (?:our|the) (?:newsletter|daily)/i,
  /\bshare (?:this|on) (?:article|story|facebook|twitter)\b/i,
  /\bscroll down for (?:video|more)\b/i,
  /^By\s+(?:\.\s*)?\p{Lu}[\p{L}.'’-]*(?:[\s,]+\p{Lu}[\p{L}.'’-]*){0,5}[\s,]*\.?$/u,
  // "By Matthew Digby , Minh Do on Monday, November 18th, 2019 at 11:08 a.m.": a byline with its date.
  /^By\s+\p{Lu}[\p{L}.'’-]*(?:[\s,]+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){0,7}[\s,]*(?:on|at|[|\-–—])\s+.{0,40}\b(?:19|20)\d{2}\b/u,
  /\bcontributed to this report\b/i,
  /^(?:published|updated|last updated|posted)\s*:/i,
  /^(?:reporting by|writing by|editing by|additional reporting)\b/i,
  buildPattern([BUTTON_LABELS], { at: 'whole' }),
  /^(?:this article|this story) (?:was|has been) (?:updated|amended|corrected)/i,
  // Programme notes: "Please note that there may be a delay between the time a video is posted…".
  /^please note\b/i,
  // Corrections and editor's notes: "Correction: An earlier version of this story said …".
  /^(?:correction|clarification|editor'?s note)\s*:/i,
  /^an earlier version of this (?:story|article)\b/i,
  /\bis (?:available|now available) (?:to|for) (?:download|subscribers)\b/i,
  /^(?:watch|listen)\s*:/i,
  // Captions left in the prose: "An artist's illustration of a plume of water vapor ...", "File photo of ...".
  /^(?:an?\s+|the\s+)?artist['’]s\s+(?:illustration|impression|rendering|concept)\b/i,
  /^(?:file|stock|archive)\s+(?:photo|image|picture)\b/i,
  ...CJK_PHOTO_LINES,
  // A Japanese caption is a noun phrase naming what the picture shows, with no verb: "…「WD SSD Dashboard」の画面。"
  // (the screen of …), "…の外観", "…の様子".
  /の(?:画面|外観|様子|パッケージ|スクリーンショット|イメージ図?)(?:[（(][^）)]{0,30}[）)])?。?$/u,
  // Disclosure and sponsor lines, comment-moderation notices, subscription pitches, tag lists.
  new RegExp(`^${alternationSource([DISCLOSURE_LABELS])}\\s*[:：]`, 'iu'),
  buildPattern([DISCLOSURE_PHRASES], { at: 'word' }),
  buildPattern([COMMENT_NOTICES, SUBSCRIPTION_PITCHES], { at: 'start' }),
  buildPattern([CONTINUES_LINES], { at: 'start' }),
  TAG_LIST,
  // Calls to read or download more, feedback requests, shout-outs, signposts: "Read the full report for ...".
  buildPattern([PROMOTION_STARTS], { at: 'start' }),
  buildPattern([PROMOTION_PHRASES], { at: 'word' }),
  // "ATENÇÃO: Comentários com textos ininteligíveis ... não serão aprovados pelo moderador."
  buildPattern([COMMENT_RULES], { at: 'word' }),
  // A comment section's policy and a podcast's format notes, wherever the phrase sits.
  buildPattern([COMMENT_POLICY_PHRASES, PODCAST_LINES], { at: 'word' }),
  // A player's fallback text: "To view this content, Javascript must be enabled …".
  buildPattern([PLUGIN_NOTICES], { at: 'word' }),
];

/** A sentence of a comment section's rules or policy: the paragraph holding it is the comment box. */
export const COMMENT_POLICY = buildPattern([COMMENT_POLICY_PHRASES, COMMENT_RULES], { at: 'word' });
