import type { PhraseTable } from '../phrase-pattern';

/**
 * Headings that introduce a "why this matters" part, matched on the whole heading (after emoji, leading
 * marks and closing punctuation are removed). Phrase syntax: ../phrase-pattern.ts.
 */
export const WHY_HEADINGS: PhraseTable = {
  en: [
    '[so] why (this|it|that) (matters|is important)',
    'why does (this|it) matter',
    'what (it|this) means [for (you|us)]',
    '[key] takeaways',
    '[the] (key|main) (takeaways|points)',
    'the big picture',
  ],
  zh: ['为什么 [这|此事|它] [很] 重要', '为何重要', '(重要|意义|要点)'],
  ja: ['なぜ重要 [か|なのか]', '(ポイント|要点)'],
  de: ['warum (das|es|dies) wichtig ist', 'was (das|es) bedeutet', '[das] wichtigste in kürze'],
  es: ['por (qué|que) (importa|es importante)', '(qué|que) significa'],
  fr: ["pourquoi (c'est|c’est|cela est) important", "ce qu'il faut retenir"],
  pt: ['por que [isso] importa'],
  ko: ['왜 중요한가'],
};
