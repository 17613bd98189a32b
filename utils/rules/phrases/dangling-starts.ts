import type { PhraseTable } from '../phrase-pattern';

/**
 * Words that open a sentence leaning on the one before it ("He said...", "But...", "Они будут..."): such a
 * sentence is poor as a key point on its own. Matched at the start of a sentence, as a whole word (phrase
 * syntax: ../phrase-pattern.ts); in Chinese and Japanese, as a prefix.
 */
export const DANGLING_STARTS: PhraseTable = {
  en: [
    '(he|she|it|they|this|that|these|those|his|her|its|their)',
    '(but|and|however|also|so|then|still|yet|meanwhile|moreover|furthermore|instead|besides)',
  ],
  de: [
    '(er|sie|es|dies|diese|dieser)',
    '(aber|doch|jedoch|auch|gleichzeitig|außerdem|zudem|dabei|deshalb|daher|trotzdem|dennoch|allerdings)',
  ],
  es: ['(pero|él|ella|ellos|ellas|esto|eso|además|también|asimismo)', 'sin embargo'],
  fr: ['(il|elle|ils|elles|mais|cela|cependant|ce|toutefois|pourtant|ainsi)'],
  pt: ['(ele|ela|eles|elas|mas|isso|isto|porém)'],
  it: ['(lui|lei|loro|però|questo|questa)'],
  nl: ['(hij|zij|maar|dit|dat)'],
  ru: [
    '(он|она|оно|они|это|эти|но|однако|также|его|её|их|поэтому|впрочем|затем)',
    'кроме того',
    'тем не менее',
    'при этом',
  ],
  // Not "on" or "to": English words too.
  pl: ['(ale|jednak|ponadto|ona|oni)'],
  id: ['(ia|dia|mereka|namun|tetapi|tapi)', 'selain itu'],
  ko: ['(그는|그녀는|그들은|하지만|그러나|이는)'],
  zh: ['(他们|她们|它们|他|她|它|但是|但|这|此外|而且|不过|因此|同时|另外|然而)'],
  ja: ['(彼は|彼女は|しかし|また|これは|それは|そのため|さらに|一方)'],
};

/** English connectives that lean back from inside the first clause: "Israeli courts, however, have declared...". */
export const LEANING_CONNECTIVES: PhraseTable = {
  en: ['(however|though|meanwhile|nevertheless|too|instead|as well)', 'in turn'],
};

/** Verbs of attribution: the sentence reports what someone said. */
export const ATTRIBUTION_VERBS: PhraseTable = {
  en: ['(said|says|told|added|claimed)', 'according to'],
};
