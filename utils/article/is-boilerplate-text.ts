import { isRelatedHeading } from '../rules/headings';
import { THRESHOLDS } from '../rules/thresholds';

/** Text patterns of page furniture that survive as whole blocks: teasers, datelines, credits, prompts. */
const PATTERNS: RegExp[] = [
  // "READ MORE: ...", "Related: ...", "SEE ALSO - ..."
  /^(?:read|see|watch|listen|click|more|also read|read also|related|recommended|don'?t miss|must read|trending|popular|editor'?s picks?|top stories|more from|see also|further reading)\s*[:|–—]/i,
  /^(?:don'?t miss|read more|see more|more on this story)\b/i,
  // Bylines and reporting credits.
  /^(?:[Bb][Yy]|[Ww]ritten by|[Ww]ords by|[Rr]eporting by)\s+\p{Lu}[^.!?]{0,100}$/u,
  /^\(?(?:reporting|additional reporting|writing|editing) by\b/i,
  /^[^.!?]{0,80}\bcontributed (?:reporting|to this report)\b/i,
  /^(?:related (?:articles?|stories|posts|content|coverage)|more (?:stories|news|on this)|you (?:may|might) also like|recommended for you|read more|see more|show more|load more|continue reading|advertisement|sponsored|comments?|share this(?: article| story)?|share|print|email|tweet)\s*[:.!]?$/i,
  // Datelines and timestamps.
  /^\|?\s*(?:published|updated|posted|last updated|first published|modified)\b\s*(?:on|at)?\s*:?[^.]{0,60}\d/i,
  // Credits and captions.
  /^\(?(?:image|images|photo|photos|picture|pictures|credit|credits|source|illustration|video|media caption|image caption)\s*(?:caption)?\s*[:©]/i,
  /\((?:image|photo|picture|pictured|credit)s?\s*:[^)]{0,80}\)\s*$/i,
  /^©/,
  /\((?:photos?|images?|pictures?|video) (?:by|courtesy of|credit:?) [^)]{0,160}\)\s*$/i,
  /^[^.!?]{0,80}[/|][^.!?]{0,60}\b(?:getty images|reuters|afp|ap photo|associated press|shutterstock|epa|bloomberg|alamy|pa images|ap)\s*$/i,
  /^\d+\s*of\s*\d+\s*\S/,
  /(?:all rights reserved|this (?:document|article|material) (?:is subject to|is protected by) copyright|may not be (?:published|reproduced|redistributed))/i,
  // Newsletter and follow prompts.
  /^(?:sign up(?:$|\b.{0,60}\b(?:newsletter|e-?mails?|alerts|briefing|updates|inbox|digest))|subscribe|get (?:breaking news|the latest|our)|follow us|follow (?:him|her|them) on|join (?:our|the)|like us on|download (?:our|the) app|never miss|let our news meet)/i,
  // App promos: "點我下載APP", "現在用APP看新聞", "立即下载APP", "Get the app".
  /(?:[點点按]我|[點点]此|立即)\s*(?:下載|下载|看|加入|訂閱|订阅|追蹤|关注)|(?:下載|下载|安裝|安装)\s*app(?![a-z])|用\s*app\s*看|^(?:get|download|install) (?:the|our) (?:\S+ )?app\b/i,
  // App promos led by a download verb (Swedish, Norwegian, Danish, English): "📱 Ladda ner Xs app och få pushnotiser ...".
  /^(?=.{0,200}$)[\p{Extended_Pictographic}\ufe0f\s]*(?:ladda ner|hämta|last ned|hent|download|install)\b[^.!?]{0,60}\bapp(?:en|et|s)?\b/iu,
  // Press-release furniture as whole blocks: the "Press release" kicker, the "###" / "-30-" end marker, a taxonomy label.
  /^(?:(?:press|news|media) release|for immediate release|(?:#\s*){3}|-\s*30\s*-|(?:topics|tags|categories|filed under|related topics|subjects|keywords)\s*:?)$/i,
  // Editor and source credits (Chinese, Japanese, Korean news).
  /^[（(]?(?:责任编辑|責任編輯|编辑|編輯|来源|來源|本文来源|原标题|校对|审核|編集|記者|기자|편집)\s*[:：]/,
  // Reading time and bare dates ("4 min read", "Nov 12, 2025", "24 November 2025").
  /^(?:\d+\s*(?:min(?:ute)?s?|分钟|分)\s*(?:read|阅读|で読めます)?)(?:\s*[·•|]\s*.{0,40})?$/i,
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4})(?:\s*[·•|,]?\s*\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?\s*\w{0,4})?$/i,
  /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/,
  // A bare date with an ordinal-dot day ("24. listopadu 2025 7:15", "3. März 2025, 10:30").
  /^\d{1,2}\.\s*\p{L}{3,12}\.?\s+\d{4}(?:,?\s+(?:kl\.\s*)?\d{1,2}[:.]\d{2})?$/u,
  /^(?:become a (?:member|subscriber|supporter|patron)|support (?:our|local|independent|quality) (?:journalism|reporting|work|news)|donate (?:now|today)|make a donation)/i,
  /^click here to (?:get|download|subscribe|sign up|follow)\b.{0,40}\b(?:app|newsletter|alerts|updates|podcast|channel)\b/i,
  /^(?:write|e-?mail|contact) (?:to )?.{0,60}\bat\s+\S+@\S+/i,
  /\bfollow (?:him|her|them|us|me) on (?:twitter|x|facebook|instagram|linkedin|threads|bluesky)\b/i,
  /^media playback is (?:unsupported|not supported)/i,
  // Copyright and reprint-prohibited lines (Korean, Chinese, Japanese, Russian, European languages).
  /(?:저작권자\s*[©(ⓒ]|무단\s*전재|재배포\s*금지|版权所有|版權所有|未经(?:授权|许可)[^。]{0,12}(?:转载|使用)|禁止转载|無断(?:転載|複製)|転載を禁じ|все права защищены|перепечатка[^.]{0,40}(?:запрещена|без)|todos los derechos reservados|tous droits réservés|todos os direitos reservados|alle rechte vorbehalten|tutti i diritti riservati|riproduzione riservata)/i,
  // Typo-report notices: "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter", "Found a typo? ... Ctrl+Enter".
  /\bctrl\s*\+\s*enter\b/i,
  /^(?:нашли|заметили)\s+(?:ошибку|опечатку)|^(?:found|spotted|see)\s+an?\s+(?:typo|mistake|error)\?/i,
  // Newsletter feedback polls.
  /^how (?:did you like|would you rate|was) (?:today'?s|this(?: week'?s)?) (?:issue|newsletter|email|edition|post|brief)\b/i,
];

/** "Lire aussi | ...", "Related: ...", "相关阅读：..." : a teaser line led by a related-widget label. */
function isLabelledTeaser(text: string): boolean {
  const m = /^(.{2,40}?)\s*[:|：–—»›]\s*\S/u.exec(text);
  return !!m && isRelatedHeading(m[1]!);
}

/** True for a short block of text that is page furniture rather than article prose. */
export function isBoilerplateText(text: string): boolean {
  if (text.length > THRESHOLDS.boilerplateMaxChars) return false;
  return PATTERNS.some((p) => p.test(text)) || isLabelledTeaser(text);
}
