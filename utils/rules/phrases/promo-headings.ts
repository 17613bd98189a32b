import type { PhraseTable } from '../phrase-pattern';

/**
 * Labels of a promo box set inside an article body as a heading: a video player's "Popular Video", "Watch next",
 * "Featured video". They head the box (a teaser line and a player), never a section of the story, so the story's
 * paragraphs after the box must not be shown under them. Matched whole, like the module headings
 * (widget-headings.ts).
 */
export const PROMO_HEADINGS: PhraseTable = {
  en: [
    '(popular|featured|trending|recommended|top|related|latest|suggested) (videos?|clips?|galleries|gallery|photos)',
    'videos? (of the day|you may like|for you)',
    'watch (next|now|more|this|more videos)',
    'must-?see videos?',
    'more videos?',
  ],
  de: ['(beliebte|empfohlene|aktuelle|neueste) videos', 'top-videos', 'video der woche', 'mehr videos'],
  fr: ['vidéos? (populaires?|à la une|recommandées?|du jour)', 'à voir (aussi|également)', 'plus de vidéos'],
  es: ['(videos?|vídeos?) (populares?|destacados?|recomendados?|del día)', 'más (videos|vídeos)'],
  pt: ['(videos?|vídeos?) (populares?|em destaque|recomendados?|do dia)', 'mais (videos|vídeos)'],
  it: ['video (popolari|in evidenza|consigliati|del giorno)', 'altri video'],
  nl: ["(populaire|aanbevolen) video'?s", "meer video'?s"],
  ja: ['人気(動画|の動画)', 'おすすめ動画', '注目の動画', '関連動画'],
  zh: ['(热门|熱門|推荐|推薦|相关|相關)(视频|視頻|影片)'],
  ko: ['(인기|추천|관련) (영상|동영상)'],
};
