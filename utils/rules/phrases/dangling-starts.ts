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
    '(er|sie|es|dies|diese|dieser|dieses|diesen|diesem)',
    // Pronominal adverbs pointing at the sentence before: "Darin finden sich …", "Dazu kommt …".
    '(darin|darauf|daraus|davon|dazu|darüber|daneben|dort)',
    '(aber|doch|jedoch|auch|gleichzeitig|außerdem|zudem|dabei|deshalb|daher|trotzdem|dennoch|allerdings)',
  ],
  es: ['(pero|él|ella|ellos|ellas|esto|eso|esta|este|estas|estos|dicha|dicho|además|también|asimismo)', 'sin embargo'],
  fr: ['(il|elle|ils|elles|mais|cela|cependant|ce|cette|ces|cet|toutefois|pourtant|ainsi)'],
  pt: ['(ele|ela|eles|elas|mas|isso|isto|este|esta|estes|estas|esse|essa|esses|essas|porém)'],
  it: ['(lui|lei|loro|però|questo|questa|questi|queste)'],
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

/**
 * More openers that lean on the sentence before ("Respectively, these alerts ...", "Even if it's a product you
 * need ...", "Eso fue lo que ...", "Ces appareils ..."). Not a feature of the learned model (its danglingStart
 * reads DANGLING_STARTS only): the key-point picker takes a sentence that opens with either table only when no
 * self-contained one is left (utils/summary/pick-key-points.ts).
 */
export const LEANING_STARTS: PhraseTable = {
  en: [
    '(respectively|otherwise|likewise|similarly|nonetheless|nevertheless|thus|hence|therefore|consequently|additionally|plus)',
    // A step of an argument begun before: "Secondly, …", "Conversely, …".
    '(secondly|thirdly|conversely)',
    'even (if|so|though|when)',
    'as a result',
    'in (addition|contrast|turn|fact|this way|that case|other words)',
    'for (example|instance)',
    'on the other hand',
    'the (latter|former)',
    // "The first, alone, …": one of the things the sentence before named.
    'the (first,|second,|third,|last,|other,)',
    "(that's|this is|that is) (why|how|what|because)",
    'such (a|an)',
    // A writer elaborating the sentence before: "I mean how else do you explain …".
    'i mean',
    // A sentence that carries on the one before it: "And just the thought of …", "Like, you really need …", "As in
    // the brands lend their clothing …", "Or maybe …".
    '(and|or|nor)',
    // "Neither can her children …", "Even worse is the fact that …", "More importantly, …": measured against the
    // sentence before.
    'neither (can|could|do|does|did|will|would|is|was|are|were|has|have|had)',
    '(even|much|still) (worse|better)',
    '(worse|better) (still|yet)',
    '(more|most|equally) (importantly|significantly)',
    "what's more",
    // A part of a group the sentence before named: "Of those households, …", "The other two options …", "The rest of the
    // result …", "Both of them …".
    'of (those|these|them|which)',
    'the other (one|ones|two|three|four|half)',
    'the rest (of|is|are|was|were)',
    '(both|neither|none|all|each|most|many|some) of (them|these|those)',
    // A quantifier standing for people named before: "Several live in Wazir Akbar Khan, …", "Many have left since."
    '(several|many|some|others|most|few|both) (are|were|have|had|live|lived|say|said|will|would|can|could|do|did|remain|remained)',
    'like,',
    'as in',
    // A relative clause set as a sentence ("Which isn't to say the team shouldn't be happy."), an outcome of the
    // story before ("As it turned out, his violin was worth $50,000."), a time counted from the one before.
    "which (is|isn't|was|wasn't|means|meant|makes|made|explains|leaves|brings|would|could|might|may)",
    'as it (turns|turned) out',
    'the (day|night|week|month|year|season) (after|before) that',
    'that said',
    // Measured by what the sentence before set out: "By that criterion, …", "By this measure, …", "On that basis, …".
    '(by|on|under) (that|this|those|these) (criterion|criteria|measure|standard|logic|reasoning|basis|definition|yardstick|token|count)',
    // A recap of an earlier instalment: "In the previous article, we compared …".
    'in (my|our|the) (last|previous|earlier) (article|post|column|instalment|installment|episode|part)',
  ],
  de: [
    // "Und in dieser Version der Mail stand, …": a sentence that carries on the one before, like English "And …".
    '(und|oder)',
    '(dann|danach|damit|dadurch|deswegen|ebenso|dafür|darum|somit|stattdessen|zudem|ferner)',
    '(zweitens|drittens|viertens|umgekehrt|andererseits)',
    '(das|dies) (ist|war|sei|bedeutet|heißt)',
    // "Sprich: eine Welt freier Menschen …": the sentence before, said again in other words.
    '(sprich|will heißen)',
    'das heißt',
    'im (letzten|vorigen|vorherigen) (artikel|beitrag|teil)',
    // "Denn wer weiss, …", "In diesem Fall …", "Antworten auf solche Fragen gibt …": the sentence before is needed
    // (blind pool Q).
    'denn',
    'in (diesem|dieser|diesen) (fall|zusammenhang|sinne|punkt)',
    // "In der Tat, der Sazerac ist …" ("Indeed, …"): it answers the sentence before.
    'in der tat',
    '…1 (auf|zu|für) solche …1',
  ],
  es: [
    // "Y el gobierno no respondió …" (a one-letter word only before the word after it: never "Y Combinator").
    'y (el|la|los|las|lo|un|una|no|es|en|que|se|ya|ahora|también|eso|esto)',
    '(eso|esto|ello|esa|ese|esos|esas|entonces|aunque|incluso)',
    'por (eso|ello|lo tanto|otra parte)',
    'no obstante',
    'de hecho',
    '(es decir|o sea)',
    '(en segundo|en tercer) lugar',
    'a la inversa',
    // "En el primero, el consumo cayó…": one of the places or things the sentence before named.
    '[en] (el|la) (primero,|primera,|segundo,|segunda,|último,|última,)',
    // "En esta región, situada a 460 kilómetros…": the place the sentence before named (blind pool Q).
    'en (esta|este|estos|estas|esa|ese|esos|esas) …1',
  ],
  fr: [
    '(et|ou)',
    '(deuxièmement|troisièmement|inversement)',
    "à l'inverse",
    '(ces|donc|alors|ensuite|puis|car)',
    'de plus',
    'par ailleurs',
    'en effet',
    'en outre',
    "(autrement dit|c'est-à-dire)",
    '(le|la) (premier,|première,|second,|seconde,|deuxième,|dernier,|dernière,)',
  ],
  pt: [
    '(esse|essa|esses|essas|também|então|contudo|todavia)',
    'além disso',
    'no entanto',
    'por isso',
    '(ou seja|isto é)',
  ],
  it: ['(ma|inoltre|tuttavia|quindi|anche|ciò|questi|queste)', 'e (poi|il|la|lo|i|gli|le|non|che|anche|ora)'],
  nl: ['(ook|toch|daarom|bovendien|echter|deze)'],
  ru: ['(именно|тогда|там|тут)', '(в|на|по|при|для|после|из-за) (этом|этой|этих|этому|этот|эти|это|том|тех|тот)'],
  // A recap of an earlier instalment: "前回の記事では…" (in the previous article), "上一篇文章…".
  ja: ['前回(の記事|の連載|の記事では|は|では)'],
  zh: ['[在]上一篇'],
};

/**
 * A demonstrative that names a time, not an earlier sentence: "This week marks one year since ...", "Este lunes,
 * el gobierno ...". A sentence that opens so does not lean back.
 */
export const TIME_DEMONSTRATIVES: PhraseTable = {
  en: [
    '(this|that|these|those) (week|weekend|month|year|morning|afternoon|evening|night|summer|winter|spring|autumn|fall|season|time|day|days|decade|century|past|coming|last|next)',
  ],
  de: ['(dieses|diesen|diese|dieser|diesem) (jahr|jahres|woche|monat|monats|sommer|winter|frühjahr|herbst|wochenende)'],
  es: [
    '(este|esta|ese|esa|eso) (semana|año|mes|mañana|tarde|noche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|verano|invierno|fin)',
  ],
  pt: ['(esse|essa|este|esta) (semana|ano|mês|manhã|tarde|noite|fim)'],
  fr: [
    '(ces|cette) (semaine|semaines|année|années|jours|derniers|dernières|nuit|saison|matinée|soirée)',
    '(ce|cet) (matin|soir|week-end|mois|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|été|hiver|automne|après-midi)',
  ],
  ru: ['(этой|этом|эту|это) (неделе|году|месяце|утро|утром|лето)'],
};

/**
 * A reference to a figure, table or picture the reader of a key point cannot see ("Figure 6 shows …", "the chart
 * below", "如下图"), anywhere in the sentence: such a sentence leans on the page around it.
 */
export const FIGURE_REFERENCES: PhraseTable = {
  en: [
    '(figure|fig.|table|chart|graph|diagram|exhibit) #',
    '(the|this) (chart|graph|image|photo|picture|map|table|diagram|graphic) (above|below)',
    '(above|below) (chart|graph|image|table|diagram)',
  ],
  de: ['(abbildung|abb.|tabelle|grafik|schaubild) #', '(die|diese) (grafik|tabelle|abbildung) (oben|unten)'],
  fr: ['(figure|tableau|graphique) #', '(le|ce) (graphique|tableau) ci-(dessus|dessous)'],
  es: ['(figura|tabla|gráfico) #', '(el|la) (gráfico|tabla|imagen) de (arriba|abajo)'],
  pt: ['(figura|tabela|gráfico) #', '(o|a) (gráfico|tabela|imagem) (acima|abaixo)'],
  zh: ['(图|圖|表) #', '(如下图|如上图|如下圖|如上圖|见下图|見下圖)'],
  ja: ['(図|表) #', '(下の図|上の図|下図|上図)'],
};
