import type { PhraseTable } from '../phrase-pattern';

/**
 * Labels that newsrooms put in front of their own paragraphs (Axios "Smart Brevity", Semafor, Politico):
 * "**Why it matters:** Night trains are …". A paragraph that opens with one of these, then a colon, is the
 * page's own answer to "why does this matter?". Phrase syntax: ../phrase-pattern.ts.
 */
export const PARAGRAPH_LABELS: PhraseTable = {
  en: [
    'why it matters',
    'why this matters',
    'why now',
    '[the] big picture',
    "what'?s next",
    'what comes next',
    'what to watch',
    "what we'?re watching",
    'by the numbers',
    'yes, but',
    '[the] bottom line',
    'between the lines',
    "what they'?re saying",
    'driving the news',
    'zoom (in|out)',
    'state of play',
    '[the] latest',
    'catch up quick',
    'the backstory',
    'flashback',
    'reality check',
    'the other side',
    'the intrigue',
    'our thought bubble',
    'be smart',
    'where it stands',
    'the stakes',
    'the news',
    'know more',
    'step back',
    'room for disagreement',
    'the view from …',
    'go deeper',
  ],
  de: [
    'warum (das|es) wichtig ist',
    '(das|im) großen? bild',
    'wie es weitergeht',
    'was als nächstes (kommt|passiert)',
    'in zahlen',
    'ja, aber',
    '[das] fazit',
    'hintergrund',
    'zwischen den zeilen',
    'was sie sagen',
  ],
  es: [
    'por (qué|que) importa',
    '[el] panorama general',
    '(qué|que) sigue',
    '(lo que|qué) viene',
    'en (cifras|números)',
    'sí, pero',
    'en resumen',
    '[el] contexto',
    'entre líneas',
    'lo que dicen',
  ],
  fr: [
    "pourquoi (c'est|c’est) important",
    "[la] vue d'ensemble",
    'la suite',
    'et (après|maintenant)',
    'en chiffres',
    'oui, mais',
    'en bref',
    '[le] contexte',
    'entre les lignes',
    "ce qu'ils disent",
  ],
  pt: [
    'por que [isso] importa',
    '[o] panorama geral',
    'próximos passos',
    'o que vem a seguir',
    'em números',
    'sim, mas',
    'resumindo',
    '[o] contexto',
    'nas entrelinhas',
    'o que [eles] dizem',
  ],
  zh: ['为什么重要', '為什麼重要', '大局', '下一步', '数字', '數字', '背景', '要点', '要點', '值得关注', '各方说法'],
  ja: ['なぜ重要か', '全体像', '今後', '次の焦点', '数字で見る', '背景', 'ポイント', '各界の反応'],
};

/**
 * Headings of a box of takeaways the page gives itself ("Key takeaways", "What we know", "At a glance",
 * "要点"): its items are the page's own summary of what matters.
 */
export const TAKEAWAY_HEADINGS: PhraseTable = {
  en: [
    '[the] key (takeaways|points|facts)',
    'takeaways',
    'what (we|you) (know|need to know)',
    'what we know so far',
    'at a glance',
    'in brief',
    'the essentials',
    'tl;?dr',
    'quick read',
  ],
  de: ['das wichtigste in kürze', 'auf einen blick', 'was wir wissen'],
  es: ['claves', 'lo que sabemos', 'de un vistazo', 'en resumen'],
  fr: ["l'essentiel", 'ce que l’on sait', "ce que l'on sait", 'en bref', 'à retenir'],
  pt: ['o que se sabe', 'pontos-chave', 'em resumo'],
  zh: ['要点', '要點', '速览', '一图读懂', '划重点'],
  ja: ['要点', 'ポイント', 'まとめ', 'この記事のポイント'],
};

/**
 * Cues of what a sentence tells the reader, for the significance table News Lens picks when the page has
 * none of its own (utils/summary/pick-significance.ts). `strong` cues alone give a sentence its label;
 * `weak` ones only add to a strong one. Matched as whole words (as substrings in Chinese
 * and Japanese). Phrase syntax: ../phrase-pattern.ts.
 */
export type CueTables = { strong: PhraseTable; weak: PhraseTable };

/** Why it matters: stakes, consequences, firsts and records, what something means. */
export const WHY_CUES: CueTables = {
  strong: {
    en: [
      'for the first time',
      'first time (since|in)',
      '(could|would|will|may|might) (mean|lead to|affect|threaten|cost|force|put)',
      '(means?|meant) (that|for)',
      'at stake',
      '(raises?|raised) (concerns?|questions|fears)',
      'threatens?',
      // "came as a consequence of" tells a cause, not the stakes: only the plural ("consequences for") is one.
      'consequences',
      'unprecedented',
      'historic',
      'landmark',
      // A record as a feat, not a "record label", a "criminal record" or "on the record".
      'record (high|highs|low|lows|number|numbers|level|levels|year|time|amount|sales|profit|profits|temperatures|heat|crowd|turnout)',
      '(new|all-time|world|national) record',
      '(set|sets|setting|break|breaks|breaking|broke|broken|beat|beating|smashed|shattered|equalled|equaled|matched) (a|an|the|his|her|their|its) […2] record',
      '(short of|close to) the record',
      'the record books',
      'record-(extending|setting)',
      'record-(high|low|breaking)',
      // "the lowest since 2009", "since the 1930s", "since World War II"; not a market's routine "lowest since Nov. 9".
      '(largest|biggest|highest|lowest|worst|deadliest) since (#|the|world|records)',
      '(largest|biggest|highest|lowest|worst|deadliest) (ever|on record)',
    ],
    de: ['erstmals', 'zum ersten mal', 'rekord', 'bedeutet', 'folgen für', 'auswirkungen', 'gefährdet', 'droht'],
    es: ['por primera vez', 'récord', 'significa', 'consecuencias', 'amenaza', 'impacto', 'podría (suponer|afectar)'],
    fr: [
      'pour la première fois',
      'record',
      'signifie',
      'conséquences',
      'menace',
      'impact',
      'pourrait (entraîner|affecter)',
    ],
    pt: ['pela primeira vez', 'recorde', 'significa', 'consequências', 'ameaça', 'impacto', 'pode (afetar|levar)'],
    zh: ['首次', '创纪录', '意味着', '影响', '威胁', '后果', '史上'],
    ja: ['初めて', '過去最', '意味する', '影響', '懸念', '恐れ'],
  },
  weak: {
    // "Total impact on the business: a 35% jump" is a figure, not the stakes: "impact on" only adds to a strong cue.
    en: [
      'could',
      'would',
      'might',
      'risks?',
      'key',
      'crucial',
      'critical',
      'important',
      'because',
      'significant',
      'impact on',
      'consequence',
    ],
    de: ['könnte', 'würde', 'risiko', 'wichtig', 'entscheidend', 'weil'],
    es: ['podría', 'podrían', 'riesgo', 'importante', 'clave', 'porque'],
    fr: ['pourrait', 'pourraient', 'risque', 'important', 'crucial', 'parce que'],
    pt: ['poderia', 'poderá', 'risco', 'importante', 'crucial', 'porque'],
    zh: ['可能', '重要', '关键', '因为', '导致'],
    ja: ['可能性', '重要', 'ため'],
  },
};

/** What's next: plans, schedules, deadlines, expectations. */
export const NEXT_CUES: CueTables = {
  strong: {
    en: [
      // Not "was expected to": an expectation of the past.
      '(is|are) expected to',
      '(is|are) (set|scheduled|due|slated|poised) to',
      'plans? to',
      'scheduled',
      'deadline',
      'next (week|month|season)',
      '(by|until|from) next year',
      'later this (week|month|year)',
      'in the coming (days|weeks|months|years)',
      'will (vote|decide|meet|announce|begin|start|open|launch|resume|review|consider|hold)',
      'by the end of',
    ],
    de: [
      'wird voraussichtlich',
      'soll',
      'sollen',
      'geplant',
      'plant',
      'nächsten? (woche|monat|jahr)',
      'bis ende',
      'frist',
      'künftig',
    ],
    // Not a bare "plazo" (a period: "han rebasado ya ese plazo").
    es: [
      'se espera',
      'está previsto',
      'prevé',
      'planea',
      'la próxima (semana|año|mes)',
      'fecha límite',
      'el plazo (vence|termina|expira|acaba)',
      'a partir de',
    ],
    fr: [
      'devrait',
      'est prévu',
      'prévoit',
      "d'ici",
      'd’ici',
      'la semaine prochaine',
      "l'an prochain",
      'échéance',
      'à partir de',
    ],
    pt: [
      'deve',
      'está previsto',
      'prevê',
      'planeja',
      'próxima (semana|ano|mês)',
      'data limite',
      'o prazo (vence|termina|expira|acaba)',
      'a partir de',
    ],
    zh: ['计划', '预计', '将于', '即将', '下一步', '明年', '下周', '截止'],
    ja: ['予定', '見通し', '方針', '来年', '来月', '計画', '今後'],
  },
  weak: {
    // "upcoming", "next steps": words of what comes, but nothing scheduled or planned by themselves.
    en: ['will', "'ll", 'tomorrow', 'soon', 'upcoming', 'next steps?'],
    de: ['wird', 'werden'],
    es: ['será', 'serán', 'próximo', 'plazo'],
    fr: ['sera', 'seront', 'prochain'],
    pt: ['será', 'serão', 'próximo', 'prazo'],
    zh: ['将'],
    ja: ['する方針'],
  },
};

/** Context: background, history, how we got here. */
export const CONTEXT_CUES: CueTables = {
  strong: {
    en: [
      'since #',
      'since (january|february|march|april|may|june|july|august|september|october|november|december|the)',
      'ever since',
      'last (year|month|week|decade)',
      '# years? ago',
      'previously',
      'for (years|decades|months)',
      '(comes?|came) (after|amid|as)',
      'history of',
      'has long',
      // "back in 2009", not "back in business".
      'back in (#|the|january|february|march|april|may|june|july|august|september|october|november|december)',
      'originally',
      // Not "in the past week": what just happened is news, not background.
      'in the wake of',
      'in the past,',
      'in the past [two|three|four|five|few|several|#] (years|decades|centuries)',
    ],
    // "after" ("nachdem", "tras", "après que", "após") orders two events; it tells no history by itself. Nor does
    // "desde" without a time ("desde el hospital": from the hospital).
    de: ['seit', 'vergangenen jahr', 'zuvor', 'bereits im', 'ursprünglich', 'vor # jahren'],
    es: [
      'desde (hace|que|#|el año|los años|principios|finales|entonces)',
      'desde (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)',
      'el año pasado',
      'anteriormente',
      'hace # años',
      'en medio de',
      'históricamente',
    ],
    fr: ['depuis', "l'an dernier", "l'année dernière", 'auparavant', 'il y a # ans', 'historiquement'],
    pt: [
      'desde (há|que|#|o ano|os anos|o início|o final|então)',
      'desde (janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)',
      'no ano passado',
      'anteriormente',
      'há # anos',
      'historicamente',
    ],
    zh: ['此前', '以来', '去年', '早在', '曾经', '历史上'],
    ja: ['これまで', '以来', '昨年', 'かつて', '従来', '歴史'],
  },
  weak: {
    en: ['(has|have|had) been', 'earlier', 'years', 'amid', 'following', 'since'],
    de: ['bereits', 'damals', 'jahren', 'nachdem'],
    es: ['ya', 'años', 'tras', 'desde'],
    fr: ['déjà', 'ans', 'après que'],
    pt: ['já', 'anos', 'após', 'desde'],
    zh: ['自'],
    ja: ['当時'],
  },
};

/** Reaction: what a named party said (with quote marks, or reported speech). */
export const REACTION_CUES: CueTables = {
  strong: {
    en: [
      'said',
      'says',
      'told',
      'according to',
      'added',
      'argued',
      'warned',
      'wrote',
      'stated',
      'insisted',
      'criticized',
      'criticised',
      'noted',
      'acknowledged',
    ],
    de: ['sagte', 'sagt', 'erklärte', 'betonte', 'warnte', 'kritisierte', 'so'],
    es: ['dijo', 'afirmó', 'aseguró', 'señaló', 'explicó', 'cuestionó', 'criticó', 'advirtió', 'reconoció', 'según'],
    fr: ['a déclaré', 'a dit', 'a affirmé', 'a expliqué', 'a souligné', 'a critiqué', 'selon', 'estime'],
    pt: ['disse', 'afirmou', 'declarou', 'explicou', 'criticou', 'segundo'],
    zh: ['表示', '指出', '称', '说'],
    ja: ['述べた', '語った', '話した', 'によると', '話す'],
  },
  weak: { en: ['statement', 'spokesperson', 'spokesman', 'spokeswoman'] },
};

/**
 * Words of attribution that come before the speaker, never after ("according to Reuters", "selon le ministre"):
 * "…in Afghanistan, according to the school superintendent" names no speaker in "Afghanistan". A reported (unquoted)
 * statement is a reaction only when one of these is followed by the name, or another verb of saying has its name as
 * the subject (pick-significance.ts).
 */
export const ATTRIBUTION_PREPOSITIONS: PhraseTable = {
  en: ['according to'],
  de: ['so'],
  es: ['según'],
  fr: ['selon'],
  pt: ['segundo'],
  ja: ['によると'],
};

/**
 * A speaker no one can identify: an indefinite party right before the verb of saying ("a diplomat told Tass…",
 * "one official said"; "a spokesman for Apple said" names its organisation). Not a reaction, and an "also notable"
 * row takes it only after the rest. Matched as whole words, outside quotes.
 */
export const UNNAMED_SPEAKERS: PhraseTable = {
  en: [
    '(a|an|one|another) [senior|top|local|western|russian|american|chinese|european] (diplomat|official|source|insider|aide|officer|resident|witness|person|man|woman|observer|analyst|expert) (told|said|says|added)',
    // A player or a person called by nationality or age instead of name: "the Frenchman said", "said the 28-year-old".
    'the (frenchman|englishman|spaniard|italian|german|american|brazilian|argentine|argentinian|australian|briton|scot|scotsman|welshman|irishman|dutchman|swiss|swede|norwegian|dane|finn|russian|ukrainian|serb|croat|portuguese|belgian|canadian|mexican|colombian|uruguayan|chilean|japanese|korean|chinese|indian|kenyan|nigerian|ghanaian|egyptian|moroccan|austrian|pole|czech|hungarian|greek|turk|israeli|iranian) (said|says|added|told|explained|insisted|admitted)',
    '(said|says|added|told|explained|insisted|admitted) the (frenchman|englishman|spaniard|italian|german|american|brazilian|argentine|argentinian|australian|briton|scot|scotsman|welshman|irishman|dutchman|swiss|swede|norwegian|dane|finn|russian|ukrainian|serb|croat|portuguese|belgian|canadian|mexican|colombian|uruguayan|chilean|japanese|korean|chinese|indian|kenyan|nigerian|ghanaian|egyptian|moroccan|austrian|pole|czech|hungarian|greek|turk|israeli|iranian)',
    '(said|says|added|told) the #-year-old',
    'the #-year-old (said|says|added|told)',
    // Commenters on a post: "Another added:", "One user wrote:", "Someone tweeted".
    '(another|someone|one) [user|person|viewer|reader|fan|commenter|parent|mum|mom|dad] (added|wrote|said|commented|tweeted|replied|posted)',
  ],
  fr: ['un (diplomate|responsable|proche|témoin) (a déclaré|a dit|a affirmé|a expliqué)'],
  es: ['un (diplomático|funcionario|testigo) (dijo|afirmó|aseguró|señaló)'],
  // German capitalises its nouns: "Ein Diplomat sagte" reads like a name beside its verb.
  de: [
    '(ein|eine) (diplomat|diplomatin|beamter|beamtin|insider|zeuge|zeugin|experte|expertin|sprecher|sprecherin) (sagte|erklärte|betonte|warnte)',
  ],
  pt: ['um (diplomata|funcionário|responsável|testemunha|especialista) (disse|afirmou|declarou|explicou)'],
  // "一名知情人士表示", "消息人士称": a source no one can identify; Japanese "関係者によると" (according to people concerned).
  zh: ['(一名|一位)(外交官|官员|知情人士|消息人士|目击者)', '(知情人士|消息人士)(表示|称|说|指出)'],
  ja: ['関係者(は|によると|が)'],
};

/** Words that carry a figure besides digits: "million", "percent", "万". */
export const FIGURE_WORDS: PhraseTable = {
  en: ['million', 'billion', 'trillion', 'percent', 'per cent', 'thousand'],
  de: ['millionen', 'milliarden', 'prozent'],
  es: ['millones', 'mil millones', 'por ciento'],
  fr: ['millions', 'milliards', 'pour cent'],
  pt: ['milhões', 'bilhões', 'por cento'],
  zh: ['万', '亿'],
  ja: ['万', '億'],
};

/**
 * Sentence openings that point back at what came before ("Nor…", "In those elections…", "This aspect…"):
 * fine in the article, unreadable alone in a table. Matched at the start of a sentence (key points use the
 * broader dangling-start list in dangling-starts.ts).
 */
export const REFERRING_STARTS: PhraseTable = {
  en: [
    'nor',
    // "Conversely, a diplomat told…", "Yes, censorship … is no longer…": the sentence answers or turns the one before.
    'conversely',
    'yes,',
    // The writer's generalisation: "In general, voice interfaces would work great for…".
    'in general,',
    'in (that|this|those|these|such) …1',
    '(that|this|these|those|such) (is|was|are|were|means?|meant|aspect|move|decision|plan|step|figure|number)',
    'of course',
    'as a result',
    '…2 later',
    '(the|that) (next|following|same|previous) (day|week|month|year|morning|night|evening)',
    // "The next video showed…", "The former judge said…": the one named or shown before.
    'the (next|previous|former|latter|same) …1',
    // "The nation's 10-year bond yield fell…", "The company's shares…": a place or a firm named before, not in the row.
    "the (nation|country|company|firm|city|state|region|group|bank|team|club|party|government)'s",
    // "The couple married in 2010.", "The 23-year-old was arrested…", "The two men…": people the sentence before
    // named (blind why rounds 24-25: 9 rows whose subject was in the sentence before).
    'the (couple|pair|duo|trio)',
    'the #-year-old',
    'the (two|three|four|five|six) (men|women|boys|girls|brothers|sisters|friends|sides|leaders)',
    'the (man|woman|boy|girl|teenager|teen|victim|suspect|gunman|attacker|driver|youngster)',
    'after that',
    'afterwards',
    'by then',
    'as (such|well)',
    'even so',
    'at the same time',
    // The writer's connectives and asides: the sentence answers, contrasts or sums up what came before.
    '(indeed|ironically|consequently|perhaps|similarly|likewise|accordingly|therefore|thus|hence|again|otherwise)',
    'in (fact|other words|contrast|turn|short|sum|a nutshell)',
    'by contrast',
    'on the other hand',
    'for (instance|example)',
    'after all',
    'all told',
    "what'?s more",
    '[it] turns out',
    'better yet',
    '(more|most|equally) importantly',
    'worse [still|yet]',
    // A clause that sets up a main one ("While it is not surprising that…"), a fragment ("Because total
    // surveillance has become routine."), a teaser ("Here's how the swap works"): the point is elsewhere.
    '(while|whereas|because)',
    'not (just|only)',
    "here'?s (how|why|what)",
    // The writer's inference from what was just told ("Obviously, the case went to court because…"), or the
    // writer's verdict on it ("Unfortunately, the VA decided…", "To their credit, the side improved…").
    '(obviously|clearly|evidently|naturally)',
    '(unfortunately|fortunately|sadly|thankfully|luckily|hopefully|nonetheless|nevertheless|admittedly|arguably)',
    'to (his|her|their|its) credit',
    // The writer's concession: "To be sure, Xi and his comrades … do not want to…".
    'to be sure',
    'for (a start|starters)',
    // "Now former swimming greats say…", "Now it's time to…": the story goes on from the sentence before.
    'now',
  ],
  de: [
    // "Nur, dass die Städte …": the sentence turns the one before (blind why round 26; "Denn …" is a leaning start).
    'nur, dass',
    // "Der 23-Jährige wurde…", "Das Paar…": people the sentence before named.
    '(der|die) #-jährige',
    'das (paar|duo)',
    '(der|die) (mann|frau|junge|jugendliche|täter|täterin|verdächtige|fahrer|fahrerin)',
    'in (diesem|dieser|diesen) …1',
    '(dieser|diese|dieses) …1',
    'auch hier',
    '(tatsächlich|ironischerweise|folglich|allerdings|übrigens|immerhin|während|weil)',
    'nicht nur',
    'in der tat',
    'zum beispiel',
    '(und|nun|offensichtlich|offenbar|natürlich|leider|glücklicherweise|dennoch|trotzdem)',
    'zum glück',
    'es ist (klar|offensichtlich)',
  ],
  es: [
    // "La pareja…", "El joven, de 23 años, …": people the sentence before named.
    'la pareja',
    'el (joven|hombre|sospechoso|agresor|conductor)',
    'la (joven|mujer|víctima|sospechosa|conductora)',
    'en (ese|esa|esos|esas|este|esta) …1',
    '(ese|esa|este|esta) …1',
    'por eso',
    '(irónicamente|efectivamente|quizás|mientras|porque)',
    'no solo',
    'de hecho',
    'por (ejemplo|lo tanto|otra parte)',
    'en cambio',
    // "And…", "Obviously…", and "Que se lo digan a…" ("Just ask…"): an example of what was just said.
    '(y|obviamente|evidentemente|claramente|lamentablemente|afortunadamente|desafortunadamente)',
    'por (suerte|desgracia)',
    '(está claro|es evidente|es obvio) que',
    // "Tampoco…" ("Nor…"): one more of what was just told.
    'tampoco',
    'que se lo (digan|pregunten|cuenten) a',
  ],
  fr: [
    // "Le couple…", "La victime…": people the sentence before named.
    'le (couple|suspect|jeune homme|conducteur)',
    'la (victime|jeune femme|conductrice)',
    "l'homme",
    'dans (ce|cette|ces) …1',
    '(ce|cette|ces) …1',
    "c'est pourquoi",
    '(ironiquement|effectivement|peut-être|alors que|tandis que|parce que)',
    'pas seulement',
    'en (effet|revanche)',
    'de fait',
    'par (exemple|conséquent|ailleurs)',
    // "Et la refonte … lui laisse…": "and" carries on from the sentence before (whose "lui" is told there).
    '(et|évidemment|manifestement|clairement|malheureusement|heureusement|néanmoins)',
    'pour rappel',
    'il est (clair|évident) que',
  ],
  pt: [
    'nesse',
    'nessa',
    'neste',
    'nesta',
    '(esse|essa|este|esta) …1',
    'por isso',
    '(ironicamente|talvez|portanto|enquanto|porque)',
    'não só',
    'de fato',
    'na verdade',
    'por (exemplo|outro lado)',
    '(e|nem|tampouco|obviamente|evidentemente|claramente|infelizmente|felizmente)',
    '(está claro|é claro|é evidente|é óbvio) que',
  ],
  ru: [
    'в (этом|этой|этих|том|той|тех|таком|такой|таких) …1',
    '(этот|эта|эти|этого|этой|этим|этому|такой|такая|такие) …1',
    '(и|а|очевидно|видимо|следовательно|поэтому|итак|например|действительно|зато|причем|причём)',
    'таким образом',
    'в (самом деле|частности|результате)',
    'другими словами',
    'иными словами',
    'по иронии',
    'к (сожалению|счастью)',
    'ясно, что',
    'понятно, что',
  ],
  // "أما …، ف…" ("As for …,"): the other side of what was just told.
  ar: ['(أما|لكن|ولكن|وأما)', 'إلا أن'],
  zh: ['(因此|所以|显然|例如|比如|总之|换句话说|于是|可见|由此|这些|这种|这个|那些|此外|不幸的是|幸运的是|遗憾的是)'],
  ja: ['(つまり|したがって|例えば|このため|その結果|この|その|それで|だから|明らかに|残念ながら|幸い)'],
};

/**
 * Words inside a sentence that point back at what came before ("a good place to do that", "more deals like
 * this"): the row would not make sense alone. Matched as whole words anywhere in the sentence.
 */
export const BACK_REFERENCES: PhraseTable = {
  en: [
    '(do|does|did|doing) (that|so)',
    'like (this|that) (going|again)',
    'acquisitions like this',
    'of course',
    // "Choosing the former would mean…": which of two was told before ("the former president" is a title).
    'the (former|latter) (is|was|are|were|would|will|could|can|may|might|has|had|does|did|means|meant)',
    '(choose|chose|choosing|chosen|prefer|prefers|preferred|preferring|pick|picked|picking) the (former|latter)',
    // "Andrew has no memory of the photograph …, either.": as the one before.
    'either.',
    'the former,',
    'the latter,',
    'the former.',
    'the latter.',
    // "these two communities": named in the sentences before.
    '(these|those) (two|three|four|both)',
  ],
  de: ['das tun', 'so etwas', 'diese (beiden|zwei|drei|vier)'],
  es: [
    'hacer(lo| eso)',
    '(estas|estos|esas|esos) (dos|tres|cuatro)',
    'el (primero|segundo) (de ellos|de ambos)',
    '(ese|esa|esos|esas) (plazo|caso|tiempo|período|periodo)',
  ],
  fr: [
    'le faire',
    'faire cela',
    'ces (deux|trois|quatre)',
    'ce délai-là',
    'ce cas-là',
    'le (premier|second) (des deux|d’entre eux)',
  ],
  pt: ['fazer (isso|isto)', '(estas|estes|essas|esses) (duas|dois|três|quatro)', '(esse|essa) (prazo|caso|período)'],
  ru: ['(первое|последнее|первый|последний) из (них|двух)'],
};

/**
 * A sentence that announces what follows ("… the following happens.", "…происходит следующее.", "wie folgt."): the
 * point is in the next sentences, so alone it says nothing. Matched at the end of a sentence (before its stop).
 */
export const FORWARD_REFERENCES: PhraseTable = {
  en: ['the following [happens|happened|applies|occurs|is true]', 'as follows', '(is|are) (these|this)', 'below'],
  de: ['folgendes', 'wie folgt', 'folgende'],
  es: ['lo siguiente', 'como sigue', 'siguientes'],
  fr: ['ce qui suit', 'comme suit', 'suivant', 'suivantes?', 'suivants'],
  pt: ['o seguinte', 'como segue', 'seguintes'],
  ru: ['следующее', 'следующим образом', 'следующие', 'вот что'],
  zh: ['如下', '以下几点', '下列'],
  ja: ['次の(通り|とおり)', '以下の(通り|とおり)', '次のように'],
};

/**
 * A shopping deal or a vendor's plug, anywhere in a sentence ("Amazon is also offering instant discounts …, with prices
 * as low as $2,299.", "Use promo code …"): a sales line, not what matters in the story (blind why round 25: a vendor's
 * plug as "also notable"). Matched as whole words.
 */
export const SALES_LINES: PhraseTable = {
  en: [
    '(prices?|priced|deals?) (as low as|starting at|from just)',
    'as low as #',
    '(instant|exclusive|limited-time) (discounts?|savings|deals?|rebates?)',
    '(use|with|enter) [the] (promo|coupon|discount|voucher) code',
    'free shipping',
    '(buy|order|shop|grab) (it|one|yours|now|today) (at|from|on|for)',
    '(is|are) on sale (for|at|now|today)',
  ],
  de: ['(gutschein|rabatt)code', 'versandkostenfrei', 'jetzt (kaufen|bestellen|sichern)', 'im angebot (für|ab)'],
  es: ['código (de descuento|promocional)', 'envío gratis', 'compra (ya|ahora)', 'en oferta (por|desde)'],
  fr: ['code promo', 'livraison gratuite', 'achetez (maintenant|dès maintenant)', 'en promotion (à|dès)'],
  pt: ['(código|cupom) (promocional|de desconto)', 'frete grátis', 'compre (já|agora)'],
  zh: ['优惠券', '包邮', '立即购买', '限时优惠'],
  ja: ['クーポン', '送料無料', '今すぐ購入', 'セール中'],
};

/**
 * A pointer, anywhere in a sentence, to what the text gives after it ("for the reasons below", "下記の理由から",
 * "以下の理由で") or to where the reader can look it up ("The monthly survey data can be viewed at SteamPowered.com."):
 * the point is somewhere else. Matched as whole words (as substrings in Chinese and Japanese).
 */
export const POINTERS_ELSEWHERE: PhraseTable = {
  en: [
    'for the (reasons|points) (below|listed below|that follow)',
    'as (shown|listed|explained) below',
    '(can|may) be (viewed|downloaded|accessed) (at|via|on|here|from)',
    '(can|may) be found (at|via|here)',
  ],
  de: ['aus (folgenden|den folgenden|den unten genannten) gründen'],
  fr: ['pour les raisons (suivantes|ci-dessous)'],
  es: ['por las (siguientes razones|razones siguientes)'],
  zh: ['(以下|下列|如下)(原因|几点|幾點)'],
  ja: ['(下記|以下)の(理由|点)'],
};

/**
 * A view given to no one in particular ("People say…", "Everyone agrees that…", "chacun s'accorde à dire",
 * "говорят"): vague, and often the view the writer or speaker then contests. Matched as whole words, inside quotes
 * too ('"People say, … I didn't care," says Munn' sets up her opposite point).
 */
export const VAGUE_ATTRIBUTIONS: PhraseTable = {
  en: [
    '(people|some|many|everyone|everybody|most people) (say|says|think|thinks|believe|believes|assume|assumes|agree|agrees)',
    'it is (often|widely|commonly|generally) (said|believed|assumed|thought)',
    'conventional wisdom',
    '(is|are|was|were) not necessarily',
    "(don't|doesn't|didn't|do not|does not|did not) necessarily",
  ],
  de: ['man sagt', '(viele|manche|alle) (sagen|glauben|meinen|denken)', 'heißt es oft', 'nicht unbedingt'],
  es: [
    '(la gente|muchos|algunos|todos|todo el mundo) (dice|dicen|cree|creen|piensa|piensan|coinciden)',
    'se dice',
    'no necesariamente',
  ],
  fr: [
    "(chacun|tout le monde|on) s'accorde",
    'on dit',
    '(certains|beaucoup|tous) (disent|pensent|estiment|croient)',
    'pas forcément',
    'pas nécessairement',
  ],
  pt: [
    '(as pessoas|muitos|alguns|todos|todo mundo) (diz|dizem|acha|acham|pensa|pensam|concordam)',
    'diz-se',
    'não necessariamente',
  ],
  ru: ['говорят', '(многие|некоторые|все) (считают|думают|говорят|уверены)', 'принято считать', 'не обязательно'],
  zh: ['据说', '有人说', '人们常说', '不一定'],
  ja: ['と言われ', '言われている', '必ずしも'],
};

/**
 * The future tense ("will", "será", "sera", "将"): a sentence about what is to come is no background, so it is
 * never "context" ("Dawn will stay in orbit for years", "the nation will be able to trade for the first time since
 * the 1990s"). Matched as whole words (as substrings in Chinese). (Not German "wird", also the present passive.)
 */
export const FUTURE_MARKERS: PhraseTable = {
  en: ['will', "'ll", "won't", 'will not'],
  es: ['(será|serán|estará|estarán|podrá|podrán|tendrá|tendrán|habrá)'],
  fr: ['(sera|seront|pourra|pourront|aura|auront|devra|devront)'],
  pt: ['(será|serão|estará|estarão|poderá|poderão|terá|terão|haverá)'],
  zh: ['将会', '将要', '将于'],
};

/**
 * Times of the past anywhere in a sentence ("There were rumors last year that…", "two years ago", "was planning
 * to"): what it tells has happened, so it is never "what's next" even beside a word of the future. Matched as whole
 * words (as substrings in Chinese and Japanese).
 */
export const PAST_MARKERS: PhraseTable = {
  en: [
    'last (year|month|week|decade|century|summer|spring|autumn|fall|winter|season)',
    '# (years?|months?|weeks?|days?|decades?) ago',
    '(was|were|had been) [originally|initially] (planning|expected|scheduled|set|due|slated) to',
    // "Nigeria's vote had been scheduled for February 14, but …": a date the plan no longer has.
    'had been [originally|initially] (planned|scheduled|set|slated|due) for',
    'had (planned|hoped|intended)',
    'rumou?rs',
    // A plan that did not happen or a time long past: "…, but that execution was called off", "By the end of the
    // 19th century, … were largely completed".
    '(was|were) (called off|cancell?ed|postponed|scrapped)',
    '(the|#) (16th|17th|18th|19th) century',
  ],
  de: [
    '(letztes|vergangenes|letzten|vergangenen) (jahr|jahres|monat|monats)',
    'vor # (jahren|monaten|wochen|tagen)',
    '(letzte|vergangene|letzten|vergangenen) woche',
  ],
  es: ['el (año|mes) pasado', 'la semana pasada', 'hace # (años|meses|semanas|días)', 'rumores'],
  fr: [
    "l'an dernier",
    "l'année dernière",
    'le mois dernier',
    'la semaine dernière',
    'il y a # (ans|mois|semaines|jours)',
    'rumeurs',
  ],
  pt: ['no (ano|mês) passado', 'há # (anos|meses|semanas|dias)', 'rumores'],
  ru: ['в прошлом (году|месяце)', '# (лет|года|месяцев|недель|дней) назад', 'слухи'],
  zh: ['去年', '上个月', '此前', '年前', '传闻'],
  ja: ['昨年', '去年', '先月', '年前', 'うわさ'],
};

/**
 * Empty quotes and PR lines ("We are delighted…", "It makes you wonder", "we take product matters very
 * seriously", "declined to comment"): true of any story, so they tell the reader nothing. Matched as whole words.
 */
export const EMPTY_STATEMENTS: PhraseTable = {
  en: [
    '(delighted|pleased|proud|honou?red|excited|thrilled) to',
    "(we are|we're|i am|i'm) (delighted|pleased|proud|honou?red|grateful)",
    '(a|such a) great day',
    'makes you wonder',
    'take …3 seriously',
    '(very|really|so) (encouraging|exciting|cool)',
    // A quote that only cheers or promotes ("We look forward to working with…", "We couldn't be happier", "an
    // amazing opportunity"): true of any launch or deal (blind why round 25: 3 such reactions).
    '(look|looks|looking) forward to',
    "(couldn't|could not|can't|cannot) be (happier|prouder|more excited)",
    '(amazing|incredible|fantastic|wonderful|exciting|great) (opportunity|journey|experience|partnership|milestone)',
    '(so|very|incredibly|extremely|truly) (grateful|happy|proud|thankful|humbled)',
    '(excited|thrilled) (about|by|for|with)',
    '(declined|refused) to comment',
    "(we|i) (don't|do not) comment on",
    'not immediately (clear|known)',
    "(it's|it is|it was) not (known|clear) (whether|why|if|how)",
    "(it's|it is|it was) un(known|clear) (whether|why|if|how)",
    'could not be reached',
    'did not [immediately] (respond|return)',
    'no comment',
    'thoughts and prayers',
    // An embed's notice: "To view this content, Javascript must be enabled and Adobe Flash Player must be installed."
    'to view this (content|video)',
    '(javascript|flash player) must be (enabled|installed)',
  ],
  de: ['(freuen|freue) (uns|mich)', 'stolz (darauf|auf)', 'wollte sich nicht äußern', 'war nicht zu erreichen'],
  es: ['(encantados|orgullosos|felices) de', 'no quiso (comentar|hacer comentarios)', 'no respondió'],
  fr: ['(ravis|fiers|heureux) de', "n'a pas souhaité (commenter|réagir)", "n'a pas répondu"],
  pt: ['(felizes|orgulhosos|satisfeitos) (em|de)', 'não quis comentar', 'não respondeu'],
  ru: ['(рады|горды|гордимся)', 'отказался от комментариев'],
  zh: ['非常高兴', '深感荣幸', '感到自豪', '拒绝置评', '不予置评'],
  ja: ['大変うれしく', '光栄です', 'コメントを控え'],
};

/**
 * Times of the story's own days ("on Monday", "today", "yesterday"): a sentence telling what happened then is the
 * news itself, not background, so it is never "context" ("The first commercial flight since the storm landed
 * Monday."). Matched as whole words (as substrings in Chinese and Japanese).
 */
export const CURRENT_TIMES: PhraseTable = {
  en: [
    '(monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
    '(today|yesterday|tonight)',
    'this (week|morning)',
  ],
  de: ['(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)', '(heute|gestern)', 'diese woche'],
  es: ['(lunes|martes|miércoles|jueves|viernes|sábado|domingo)', '(hoy|ayer)', 'esta semana'],
  fr: ['(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)', "(aujourd'hui|aujourd’hui|hier)", 'cette semaine'],
  pt: [
    '(segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo)',
    '(hoje|ontem)',
    'esta semana',
  ],
  zh: ['今天', '昨天', '本周', '周一', '周二', '周三', '周四', '周五', '周六', '周日'],
  ja: ['今日', '昨日', '今週', '月曜', '火曜', '水曜', '木曜', '金曜', '土曜', '日曜'],
};

/**
 * Lines that only set up the next one: a plan of the past that the next sentence undoes ("George Will was slated to
 * speak at Scripps College…", then "But the college pulled the invitation"), a topic sentence ("The plague … is not
 * confined to Africa."), the writer's verdict ("There is no better indication that…"). They tell no fact of their
 * own: an "also notable" row takes one only when nothing else is left. Matched as whole words.
 */
export const SETUP_LINES: PhraseTable = {
  en: [
    '(was|were) (slated|supposed|due) to',
    '(is|are|was|were) not (confined|limited|restricted|unique) to',
    'there (is|was|could be) no (better|clearer|greater|stronger) (indication|sign|example|evidence|proof|illustration)',
    '(is|was) the (epitome|very definition) of',
  ],
  de: ['(sollte|sollten) eigentlich', 'nicht (auf|nur auf) …1 beschränkt'],
  es: ['(estaba|estaban) previsto que', 'no se (limita|limitan|circunscribe) a'],
  fr: ["(devait|devaient) (initialement|à l’origine|à l'origine)", 'ne se (limite|limitent|cantonne) pas à'],
  pt: ['(estava|estavam) previsto', 'não se (limita|limitam|restringe) a'],
};

/**
 * A definition of a general term ("Hearsay is defined as a statement made outside of court …", "The male gaze is the
 * idea that …"): textbook knowledge, not a fact of the story, so never a row. Matched as whole words.
 */
export const DEFINITION_LINES: PhraseTable = {
  en: [
    '(is|are) [commonly|generally|legally|often|usually] defined as',
    '(is|are) the (idea|notion|concept|belief|theory) that',
    '(is|are) a term [used] (for|to describe)',
  ],
  de: ['(wird|werden) [allgemein] definiert als', 'versteht man (die|den|das|eine|einen)'],
  fr: ['(est|sont) (défini|définie|définis|définies) comme', "(est|sont) l'idée (que|selon laquelle)"],
  es: ['se (define|definen) como', '(es|son) la idea de que'],
  pt: ['(é|são) (definido|definida|definidos|definidas) como', '(é|são) a ideia de que'],
};

/**
 * Past-time openings ("Last year,", "Back in"): what follows happened before the story, so it is never "what's
 * next" nor a reaction to the story. Matched at the start of a sentence.
 */
export const PAST_OPENINGS: PhraseTable = {
  // Not "Following the…": "Following the ruling, Mayor Ellis said…" is a reaction to the story.
  en: ['last (year|month|week|decade|century|summer|spring|autumn|fall|winter)', 'back in'],
  de: ['(letztes|vergangenes) (jahr|monat)', 'im (letzten|vergangenen) (jahr|monat)'],
  es: ['el (año|mes) pasado'],
  fr: ["l'an dernier", "l'année dernière"],
  pt: ['no ano passado'],
};

/**
 * Words before a year that opens a sentence ("In 1984,", "Im Jahr 2019"): the sentence is past when the article
 * mentions a later year (In 2027 may well be what comes next). Matched at the start of a sentence.
 */
export const YEAR_OPENINGS: PhraseTable = {
  en: ['(in|by|back in)'],
  de: ['(im jahr|in|bis)'],
  es: ['(en|en el año)'],
  fr: ["(en|en l’an|en l'an)"],
  pt: ['(em|no ano de)'],
};

/**
 * When something comes: a time, a date, a period ("on Tuesday", "in June", "next year", "by 2030"). What's
 * next needs one beside its cue, or its "plans to" and "will" are only someone's intentions or predictions.
 * Any figure counts too (a date or an hour). Matched as whole words (as substrings in Chinese and Japanese).
 */
export const TIME_WORDS: PhraseTable = {
  en: [
    '(monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
    '(january|february|march|april|june|july|august|september|october|november|december)',
    '(jan|feb|aug|sept?|oct|nov|dec)',
    '(tomorrow|tonight|soon|later|next|upcoming|coming|deadline|shortly)',
    '(days?|weeks?|weekends?|months?|years?|seasons?|spring|summer|autumn|fall|winter|decades?)',
  ],
  de: [
    '(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)',
    '(januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)',
    '(morgen|bald|nächste|nächsten|nächster|nächstes|demnächst|frist|woche|monat|jahr|jahres|ende)',
  ],
  es: [
    '(lunes|martes|miércoles|jueves|viernes|sábado|domingo)',
    '(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)',
    '(mañana|pronto|próximo|próxima|próximos|próximas|plazo|semana|mes|año|finales)',
  ],
  fr: [
    '(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)',
    '(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)',
    '(demain|bientôt|prochaine?s?|échéance|semaine|mois|an|année|fin)',
  ],
  pt: [
    '(segunda|terça|quarta|quinta|sexta|sábado|domingo)',
    '(janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)',
    '(amanhã|breve|próximo|próxima|próximos|próximas|prazo|semana|mês|ano|final)',
  ],
  zh: ['年', '月', '日', '周', '星期', '明天', '下周', '即将', '截止'],
  ja: ['年', '月', '日', '週', '来週', '来月', '来年', '今後', 'まで'],
};

/**
 * Units of measures in recipes, how-tos and product specs ("1–1.5 cm", "150 g", "2 tbsp"): figures of a method,
 * not the figures that matter in a story. A figure followed by one does not make a "by the numbers" row.
 */
export const MEASURE_UNITS: PhraseTable = {
  en: ['(mm|cm|g|gr|kg|ml|l|oz|lb|lbs|tsp|tbsp|inch|inches|ounces?|cups?|teaspoons?|tablespoons?)'],
  de: ['(mm|cm|g|kg|ml|l|el|tl|gramm|esslöffel|teelöffel)'],
  es: ['(mm|cm|g|gr|kg|ml|l|gramos|cucharadas?|cucharaditas?|tazas?)'],
  fr: ['(mm|cm|g|kg|ml|cl|l|grammes|cuillères?)'],
  pt: ['(mm|cm|g|kg|ml|l|gramas|colheres?|xícaras?)'],
  ru: ['(мм|см|г|гр|кг|мл|л|ст|ч|шт|граммов|стакана?)'],
};

/**
 * How a step of a recipe or a how-to opens ("Heat to boiling…", "Все ингредиенты смешать…" ends with it in
 * Russian, so only openings are read): a method, not a fact of a story. Such a sentence earns no label and
 * fills an "also notable" row only when nothing else can. Matched at the start of a sentence.
 */
export const INSTRUCTION_STARTS: PhraseTable = {
  en: [
    '(add|heat|mix|stir|place|put|bake|pour|preheat|combine|serve|cook|boil|whisk|season|chop|slice|fold|drain)',
    '(sprinkle|spread|roll|knead|simmer|fry|grill|rinse|peel|grate|melt|beat|blend|transfer|cover|garnish|let)',
    '(click|tap|select|install|download|press|unplug|restart)',
    // Advice to the reader: "Don't pick anything up…", "Make sure the glass…".
    "(don't|do not|never|avoid|remember|consider|try) …1",
    '(make|be) sure',
    '(attach|insert|remove|trim|arrange|wrap|glue|fill|pull|push|check|choose|pick|keep)',
  ],
  de: ['(geben|fügen|mischen|schneiden|backen|erhitzen|rühren|verrühren|klicken|wählen) sie'],
  es: ['(añadir|agregar|mezclar|hornear|calentar|añada|agregue|mezcle|hornee|caliente|cocine|sirva|batir|bata)'],
  fr: ['(ajouter|mélanger|cuire|verser|ajoutez|mélangez|versez|faites cuire|préchauffez|servez|cliquez)'],
  pt: ['(adicione|misture|asse|aqueça|adicionar|misturar|assar|sirva|bata|despeje|clique)'],
  ru: ['(смешать|добавить|выложить|нарезать|посолить|залить|перемешать|разогреть|обжарить|положить|полить)'],
};

/**
 * What the writer thinks ought to happen ("…must respond accordingly", "Men need to shift from…"): in the writer's
 * own voice (unquoted, unattributed) an opinion, not a fact of the story. Such a sentence fills an "also notable"
 * row only after the facts. Matched as whole words.
 */
export const OPINION_CUES: PhraseTable = {
  // Not a bare "must": "something must be pumping energy into it" is an inference, not an opinion.
  en: ['should', 'must (now|not)', 'ought to', 'needs? to'],
  de: ['sollte', 'sollten'],
  es: ['debería', 'deberían', 'hay que'],
  fr: ['il faut', 'faudrait'],
  pt: ['deveria', 'deveriam', 'é preciso'],
};

/**
 * The writer's own verdict, unquoted: praise, scorn and hedged judgement ("Bayern's rivals will be running scared after
 * their outstanding display", "… seems to be a direct contradiction", "… lesen sich doch sehr nach …"): an "also
 * notable" row fills with facts before such a line (blind why rounds 26-27: the writer's opinion as a fact, 11 rows).
 * Matched as whole words.
 */
export const WRITER_JUDGEMENTS: PhraseTable = {
  en: [
    '(outstanding|stunning|superb|brilliant|breathtaking|jaw-dropping|spectacular|gorgeous|amazing|incredible)',
    '(terrible|awful|dismal|woeful|shambolic|disgraceful|ridiculous|absurd)',
    '(seems|appears) to be',
    '(arguably|undoubtedly|surely)',
    'running scared',
    'a cut above',
  ],
  de: ['irgendwie', 'doch sehr', 'geradezu', '(großartig|großartige|wunderbar|wunderbare|schrecklich|furchtbar)'],
  es: ['(impresionante|espectacular|increíble|terrible|lamentable)', 'parece ser'],
  fr: ['(formidable|magnifique|incroyable|lamentable|désastreux)', 'semble être'],
};

/**
 * Pronouns as the subject right after an opening phrase ("By the time he was 13, he was…", "Since January
 * 2018, it has…"): who "he" or "it" is was said before. Matched after the first comma of the sentence.
 */
export const SUBJECT_PRONOUNS: PhraseTable = {
  en: ['(he|she|it|they)'],
  de: ['(er|sie|es)'],
  es: ['(él|ella|ellos|ellas)'],
  fr: ['(il|elle|ils|elles)'],
  pt: ['(ele|ela|eles|elas)'],
};

/** The writer speaking ("I wrote…", "We invite you…"): the article's voice, not what matters in the story. */
export const FIRST_PERSON_STARTS: PhraseTable = {
  // "… he told me", "What surprises me is…": the writer in the story.
  en: ['i', "i'(m|ve|d|ll)", 'we', "we'(re|ve|d|ll)", 'my', 'our', 'us', 'let us', "let's", 'me', 'myself'],
  de: ['ich', 'wir', 'mein', 'meine', 'unser', 'unsere'],
  es: ['yo', 'nosotros', 'mi', 'nuestro', 'nuestra'],
  fr: ['je', "j'", 'nous', 'mon', 'ma', 'notre'],
  pt: ['eu', 'nós', 'meu', 'minha', 'nosso', 'nossa'],
  ru: ['я', 'мы', 'а мы', 'наш', 'наша'],
};

/** The reader addressed ("If that doesn't get your senses sizzling…"): a pitch or a quip, not a fact of the story. */
export const SECOND_PERSON: PhraseTable = {
  en: ['you', 'your', "you'(re|ve|ll|d)", 'yourself'],
  de: ['du', 'dein', 'deine', 'ihr', 'euch'],
  es: ['tú', 'usted', 'ustedes', 'tu', 'vosotros'],
  fr: ['tu', 'vous', 'votre', 'vos'],
  pt: ['você', 'vocês', 'teu', 'tua'],
  ru: ['вы', 'ты', 'вам', 'вас', 'ваш'],
};

/** A pronoun as the speaker ("he told CNN", "she said"): the speaker is named elsewhere, not in the row. */
export const PRONOUN_SPEAKERS: PhraseTable = {
  en: ['(he|she|they|it) (said|says|added|told|wrote|stated|continued|explained)', '(said|says|added) (he|she|they)'],
  de: ['(er|sie) (sagte|sagt|erklärte|betonte|fügte)', '(sagte|sagt|erklärte|betonte) (er|sie)'],
  es: ['(dijo|afirmó|explicó|añadió|señaló) (él|ella)'],
  fr: ['(a-t-il|a-t-elle|dit-il|dit-elle|explique-t-il|explique-t-elle|ajoute-t-il|ajoute-t-elle)'],
  // "对于共享充电宝涨价，他表示……": the speaker is only "he".
  zh: ['(他|她|他们|她们)(表示|说|称|认为|指出|坦言|告诉)'],
  ja: ['(彼|彼女)は(語った|話した|述べた)'],
};

/** A plan or a deadline denied ("no immediate plans to", "without a set deadline"): not what comes next. */
export const NEGATED_NEXT: PhraseTable = {
  en: [
    '(no|without|not) [a|any] […1] (plans?|deadline|schedule|timetable|date)',
    '(is|are) not (expected|scheduled|set) to',
  ],
};

/**
 * The requirement keywords of a specification (RFC 2119: "MUST", "SHALL NOT", "RECOMMENDED"), written in capitals:
 * a page with many sentences holding them is a standard or a spec, not a news story, and gets no picked table
 * (THRESHOLDS.specMinRequirementShare). Case-sensitive: "must" in prose is no requirement keyword.
 */
export const SPEC_REQUIREMENT = /(?<!\p{L})(?:MUST|SHALL|SHOULD|REQUIRED|RECOMMENDED|OPTIONAL)(?!\p{L})/u;

/**
 * A photo credit glued to its caption: "Cliff Welch/Icon SMI Maurkice Pouncey denies…", "AP Photo/John Smith …": two
 * or more capitalised words, a slash, a capitalised agency or name.
 */
export const PHOTO_CREDIT = /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,3}\s?\/\s?\p{Lu}/u;

/**
 * "This octopus at the Seattle Aquarium decided…", "This bald eagle protecting her eggs in the snow in Pennsylvania
 * has…": a demonstrative whose noun phrase names its place or owner describes what it shows, and stands alone
 * (a photo or a video of the story), unlike "This move…" or "This is…".
 */
export const SELF_NAMING_DEMONSTRATIVE =
  /^(?:This|These)\s+(?:\p{Ll}[\p{L}'’-]*\s+){1,7}(?:at|in|of|from|near|outside)\s+(?:the\s+)?\p{Lu}\p{L}/u;

/** A reporting credit: "Sandrine Amiel reported from Paris, and Laura Smith-Spark wrote from London." */
export const REPORTING_CREDIT = /\b(?:reported|wrote|reporting|contributed) from \p{Lu}/u;

/** Reference-list entries and footnotes: "[3]", "^", "doi:", "Retrieved …", "et al.". */
export const REFERENCE_ENTRY = /^\s*(?:\^|\[\d+\])|\b(?:doi:|ISBN|Retrieved|Archived from)\b|\bet al\./iu;
