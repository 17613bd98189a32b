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
};

/** Buttons and page chrome: paging, sharing, account and feed links, "see all". */
export const BUTTON_LABELS: PhraseTable = {
  en: [
    'more [»]',
    '(see|view|show) (more|all)',
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
  ],
  de: ['mehr'],
  zh: ['更多'],
  ja: ['もっと見る'],
  ko: ['더 보기'],
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
    'threads',
    'telegram',
    'whatsapp',
    'line',
    'weibo',
    'wechat',
  ],
};

/** A link that is only an arrow or an ellipsis ("»", "→", "…"): paging, never a title. */
export const ARROW_LABEL = /^(?:[»«→←]|\.\.\.|…)$/u;
