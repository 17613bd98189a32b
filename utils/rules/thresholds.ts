/**
 * Named thresholds of the pipeline, each with the one-line reason it has that value. Code reads
 * `THRESHOLDS.name`; a test checks that every entry has a reason and is used (tests/utils/rules/
 * thresholds.test.ts). Model weights fitted on data live with their models (utils/summary/*-weights.ts);
 * page-size limits live in utils/guards/page-limits.ts.
 */
const TABLE = {
  // --- Related modules (utils/related/)
  widgetHeadingMaxChars: [
    80,
    'A module heading is a short label; a longer text is a sentence that happens to hold the words.',
  ],
  siteWideHeadingMaxChars: [60, 'Most-read / trending labels are shorter still; long texts are teasers.'],
  widgetScanMaxChars: [200, 'Text nodes longer than this are prose, never a module heading: skipped by the page scan.'],
  widgetHeadingLevels: [3, 'A heading text sits at most three elements deep inside the element that boxes it.'],
  widgetContainerMaxProse: [4000, 'A container with more text than this is the article or the page, not a module.'],
  maxRelatedLinks: [
    10,
    'The popup shows ten related links at first (topical modules, then in-text links, then site-wide lists); more on request.',
  ],
  ownStoryIdMinDigits: [
    7,
    "A number of seven digits or more in the page's address is its story's id: another address holding it is a view of the same story (its comments, its print page); six digits are often a day (BBC's '121206_…').",
  ],
  linkTitleMaxChars: [300, 'Link text longer than this is a teaser paragraph, not a title.'],
  linkTitleMinCjkChars: [4, 'Four Chinese or Japanese characters already name a story; fewer are a label.'],
  linkTitleMinChars: [
    12,
    'A one-word link of twelve characters or more can be a title ("Cryptocurrency"); shorter is a label.',
  ],
  storyTitleMinWords: [
    4,
    'A headline has four words or more ("Pats place Olszewski on IR"); fewer are words lifted from a sentence.',
  ],
  sectionNameMaxWords: [
    5,
    'A section front is named in five words or fewer ("Science & Health"); a longer link spelling its one-segment slug is a headline.',
  ],
  topicLinkMaxWords: [
    4,
    'After "More on", a topic page names its topic in four words or fewer ("More on Conflicto mapuche"); more is a headline.',
  ],
  fragmentTitleMaxWords: [
    8,
    'Link words in lower case and shorter than eight words are a piece of a sentence, shown in their sentence.',
  ],
  repeatedTitleMinChars: [
    20,
    'A link text that repeats twenty characters or more of itself is one headline written twice (responsive copies).',
  ],
  cutSlugMinChars: [
    50,
    'A slug of fifty characters or more may be cut at a fixed length mid-word ("…-star-wars-tril-1622812966").',
  ],
  cutSlugWordMaxChars: [
    4,
    'The piece left where a long slug was cut is a few letters ("tril", "brin"); a longer one is taken as a word.',
  ],
  cutWordMaxChars: [
    3,
    'A word of three letters or fewer glued to an ellipsis ("Why Half Of The World’s ‘Sa...") is taken as cut mid-word.',
  ],
  storyTitleMinCjkChars: [8, 'Eight Chinese or Japanese characters make a headline; fewer are a phrase or a label.'],
  contextTitleMaxWords: [
    16,
    'A link shown in its sentence keeps at most sixteen words around it, so the list stays scannable.',
  ],
  contextTitleMinOwnWords: [
    1,
    'A link shown in its sentence needs a word of the sentence besides its own and a label ("Earlier, <a>the council delayed its vote</a>"); "Sources: New York Times (2)" is a list of links, not a sentence.',
  ],
  sentenceLeadMinWords: [
    2,
    'A short link after two words or more of its own sentence ("In extreme weather, like <a>Jonas earlier this year</a>") is a phrase of that sentence, shown in it.',
  ],
  brokenLinkMinWords: [
    6,
    'A path segment of six words or more apart by spaces, once decoded, is page text pasted into an address (a broken link), not a slug.',
  ],
  cardListMinCards: [3, 'Three sibling cards with headlines make a module of stories; two are a pair of links.'],
  cardMaxTargets: [2, 'A card opens one story (image and headline may link it twice; a kicker may link its section).'],
  cardMaxLinks: [
    12,
    'A card holds a few links (image, headline, kicker, author, comments); more make it a block of links.',
  ],
  cardMaxChars: [500, 'A card is a headline, a kicker and a teaser; a longer item is prose.'],
  headedCardMaxChars: [
    1000,
    'A card with a headline element may carry a teaser of a few sentences; longer is an article of its own.',
  ],
  cardMinLinkedShare: [
    0.3,
    "A card's headline is at least 30% of its text; a paragraph with one link in it is prose, not a card.",
  ],
  cardListMinShare: [0.6, 'At least 60% of the items with links are cards: a story list, not a mixed block.'],
  cardListMaxHeadingChars: [80, 'A module heading ("More from World") is short; longer text before a list is prose.'],
  rootTextRunMinChars: [
    30,
    'A run of text of thirty characters or more is prose; shorter runs are labels, dates and buttons.',
  ],
  maxRelatedPerGroup: [10, 'Each group (topical modules, in-text links, site-wide lists) lists at most ten stories.'],
  // --- Article extraction (utils/article/)
  followingPostMinChars: [
    400,
    "A box under the story with its own h1 is an appended next post when it holds this much paragraph text, and the story keeps as much without it (an endless-scroll page's second article; a short box under a second h1 stays).",
  ],
  followingPostMaxPosts: [
    20,
    'An endless-scroll page appends a few next posts; the h1s after the story are checked up to this many (a page of thousands of h1s costs no more).',
  ],
  galleryMinSlides: [
    3,
    "A list of this many slides, each a picture under the same heading (the gallery's title), is a picture gallery set in the story, not its text.",
  ],
  attributionMaxWords: [
    6,
    'A heading that opens with a dash and has this many words at most ("——（宋）陆游", "— Emily Dickinson") is the attribution of the quotation above it, not a section.',
  ],
  datelineOtherMaxWords: [
    4,
    'A heading that is a written-out date with this many other words at most ("January 10, 2020 9:00AM (UTC)", "Mis à jour le 3 mars 2020") is the dateline, not a section; "What happened on January 6, 2021 at the Capitol" has more.',
  ],
  articleAsideMinChars: [
    200,
    "An <aside> holding the headline is the story's own box (not a sidebar) when its paragraphs carry this much text: a short dpa item's four sentences have 600.",
  ],
  datelineElementMaxChars: [
    40,
    'A dateline in its own element before a paragraph\'s first sentence ("WASHINGTON", "NEW YORK, N.Y.") is a city, not a sentence: at most this long.',
  ],
  boilerplateMaxChars: [300, 'Furniture lines (credits, prompts, datelines) are short; a longer block is prose.'],
  boldHeadingMaxChars: [
    90,
    'A paragraph of one bold run this short, without a closing stop, is a heading in all but name.',
  ],
  boldHeadingMaxWords: [14, 'More words than this in a bold line is an emphasised sentence, not a heading.'],
  dekMinWords: [
    8,
    'A heading this long that closes like a sentence (or opens the page description) is a dek, not a section caption.',
  ],
  screenReaderTextMaxChars: [
    80,
    'A screen-reader label or icon text ("Opens a new window") is a few words; longer text in such a box is content.',
  ],
  photoCaptionMaxChars: [
    600,
    'A photo caption with its credit runs to a few sentences; a longer box with a caption class wraps the story.',
  ],
  outletNameExtraLetters: [
    10,
    "A link's words that spell its site's host name with at most this many letters more ('The San Luis Obispo Tribune' on sanluisobispo.com) name the outlet, not the story.",
  ],
  languageSampleChars: [4000, "The first few paragraphs are enough to tell a text's language, and cheap to count."],
  languageMinLetters: [200, 'Under a paragraph of letters the declared language is kept: too little text to judge.'],
  languageMinWordHits: [15, 'A language is recognised from at least this many of its function words in the sample.'],
  languageOverrideRatio: [
    4,
    "The text overrides the declared language only when the other language's function words outnumber its own four to one.",
  ],
  runInLabelMinRestWords: [
    6,
    'A bold run-in label is split off only when a sentence of its own follows it, not a short phrase.',
  ],
  dateElementsScanned: [
    5,
    "Only the first few elements classed as a date are the article's own; further down they date teasers and comments.",
  ],
  bylineLineMaxChars: [
    150,
    'Co-authors share a short byline line ("By A and B, May 2"); names in a longer box belong to other stories.',
  ],
  photoBoxMaxChars: [
    400,
    "A photo's box holds a caption and a credit; a longer block classed 'image' is the story's own container.",
  ],
  datelineMaxWordsAfter: [
    3,
    'A dateline ends within a few words of its date ("Updated 2 hours ago"); more, and the line may be a sentence.',
  ],
  datelineMaxWordsAfterName: [
    8,
    'A dateline that does not end like a sentence may name its author after the date ("… by Bradley M. Kuhn").',
  ],
  dateNearHeadlineChars: [
    400,
    'A dateline sits within a few lines of text after the headline (byline, kicker); past them the story begins.',
  ],
  dateTextMaxChars: [120, 'A date line is short; a longer text with a date in it is a sentence, not the dateline.'],
  headlineMinWords: [
    4,
    'An h1 of four words or more can replace a generic site title; a shorter one is more often the site logo.',
  ],
  textTitleMaxChars: [
    80,
    "A page with no title is named by its first line, cut at a word's end past this many characters.",
  ],
  headlineBoxLevels: [
    2,
    'A headline first in its box, and that box first in its own, has its date box just above the outer box (<div id="cmsDate"> then <div id="cmsTitle"><div><h1>); higher up is the page layout.',
  ],
  titleSectionMaxWords: [
    3,
    "A title's part between the story and the site's name, after the same separator, of this many words or fewer is the site's section ('Story : The Two-Way : NPR').",
  ],
  sloganMaxWords: [
    5,
    'Beside the site name, a part of five words or fewer is a slogan ("Latest News & Headlines"), a longer one a story.',
  ],
  headlineVariantMinWords: [
    3,
    'A heading of three words or more, all of them words of the title, is the headline again; shorter ones can be sections.',
  ],
  altCaptionMinWords: [
    4,
    "A paragraph right after a photo that repeats an alt text of this many words or more is the photo's caption.",
  ],
  interviewQuestionMaxWords: [
    60,
    "A paragraph ending in '?' and no longer than this is an interviewer's question; it ends a question heading's section.",
  ],
  linkRunMinItems: [
    3,
    'Three or more paragraphs in a row that open with a list marker and hold a link are a link round-up, not prose.',
  ],
  factLineMaxValueWords: [8, 'A label line whose value has more words than this is a sentence, not a fact of a box.'],
  factBoxMinLines: [3, 'Three label-and-value lines in a row ("Company: …", "Funding: …") make a fact box.'],
  linkKickerMaxWords: [
    4,
    'A kicker or a badge set before a headline inside a link ("Business Aviation", "Live") has at most this many words.',
  ],
  trailingLinkMaxChars: [
    200,
    "A story's last paragraph that is one link of at most this many characters points elsewhere ('Tour … home.').",
  ],
  furnitureMinParagraphsBefore: [
    2,
    'An author box heading ends the story, and a last paragraph of one link goes, only after this many paragraphs of story (blind pools Q and T).',
  ],
  factBoxMaxTrailingBlocks: [
    3,
    "A fact box with no more than this many blocks after it ends the page: it is an appended profile, not the story's.",
  ],
  widgetSectionMinLabels: [4, 'A headed section needs at least this many label lines to be taken for a widget.'],
  widgetSectionLabelShare: [
    0.66,
    'A headed section whose paragraphs are two thirds or more label lines (no closing stop) is a player or promo box.',
  ],
  photoBoxMaxWords: [30, 'A layout table with an image and no more words than a caption is a photo box, not prose.'],
  cjkCharWeight: [
    3,
    'A Chinese or Japanese character counts as three Latin-script characters in prose lengths (about half a word).',
  ],
  proseBlockMinChars: [60, 'A paragraph shorter than this does not count towards "is this an article?" prose.'],
  articleMinProseChars: [120, 'Less prose than a two-sentence brief is no article (a gallery, a form, a menu page).'],
  declaredArticleMinProseChars: [
    60,
    'A page that declares itself an article (JSON-LD, og:type) may be a one-paragraph brief.',
  ],
  declaredArticleMinChars: [200, 'A declared article without contiguous prose still needs about two sentences of it.'],
  undeclaredArticleMinChars: [
    300,
    "An undeclared page without contiguous prose needs a paragraph's worth to pass for an article.",
  ],
  twoParagraphStoryMinChars: [250, 'Two consecutive paragraphs this long are a short story, not two teasers.'],
  formPageMaxProseChars: [600, 'A page with a real form and less prose than this is the form (a sign-up, a search).'],
  listingMinHeadlineLinks: [25, 'Twenty-five headline-length links on a page without a story make it a listing.'],
  rootParagraphMinChars: [
    40,
    'Paragraphs shorter than this (captions, labels) do not vote for the article-body container.',
  ],
  rootMinProseChars: [300, 'A body container needs at least a paragraph of prose in its own <p> elements.'],
  rootMaxLinkedShare: [0.5, 'A container whose paragraph text is more than half links is a link list, not a body.'],
  listingLinkedShare: [
    0.4,
    "When headlines (link text) make 40% of a container's text, it lists stories rather than tells one.",
  ],
  leadParagraphMinWords: [
    20,
    "The story's lead paragraph is the first one of at least this many words (labels and teaser lines are shorter).",
  ],
  furnitureMaxShareOfArticle: [
    0.3,
    'Furniture by class name is pruned only when it holds under 30% of the text: never the story itself.',
  ],
  linkListMinLinkDensity: [
    0.8,
    'A list whose items are over 80% link text is navigation or "more stories", not prose.',
  ],
  overlayMaxShareOfPage: [
    0.35,
    'A dialog or pop-up holds a small part of the page text; a "modal" box holding more is the page (an article opened as a lightbox).',
  ],
  signupBoxMaxChars: [240, 'A newsletter pitch around an e-mail field is a line or two; more text is article content.'],
  dataCellMaxChars: [1200, 'A table cell longer than this holds prose: the table is for layout.'],
  // --- Key points (utils/summary/)
  signpostMaxWords: [
    12,
    'A signpost ("Here\'s how UGA tallied the totals.") is a short line; a longer "Here\'s how …" sentence says how.',
  ],
  transitionMaxWords: [
    25,
    'A hand-over ("… aren\'t the only ones calling it into question.") is one clause; a longer sentence carries its own facts.',
  ],
  headlineSharedMinChars: [
    6,
    'The page\'s one h1 replaces the social-card title when the two share a run of this many letters ("spacex" in "What\'s the Hold-Up at SpaceX?" and "It\'s been a rough few months for Elon Musk\'s SpaceX"); a column\'s name or a greeting shares none.',
  ],
  headlineVariantMinPrefix: [
    12,
    'A heading that opens with this many of the title\'s letters (two thirds of its own or more) is the headline written another way, not a section\'s caption ("Die elektronische Patientenakte – viele Modelle …" under the title "Die elektronische Patientenakte (ePA) – der lange Marsch …" shares half: a section).',
  ],
  quoteCloseWindowChars: [
    120,
    'An exclamation inside a Japanese or Chinese quotation ("｢俺は！ 推しが出るまで！…｣と") ends no sentence when the quote closes within this many characters.',
  ],
  headerBlockMinLabels: [
    3,
    'A "sentence" with this many "Label: value" pairs is a header block run together (an RFC\'s "Request for Comments: … Obsoletes: … Category: …").',
  ],
  runningHeaderMinWords: [
    4,
    'A running page header ("Internet-Draft remoteStorage December 2014") has a few words at least.',
  ],
  runningHeaderMaxWords: [12, 'A running page header is one short line: no longer run of words is taken for one.'],
  runningHeaderMinBlocks: [
    3,
    'The same opening words, with a digit, at the start of this many paragraphs are a page header printed at each page break.',
  ],
  quoteMaxSentences: [
    4,
    'A quotation opened in a sentence is read as one candidate with the sentences up to its close, at most this many; a quote still open after them is a piece of a longer one and no candidate.',
  ],
  candidateMinWords: [6, 'A sentence of fewer words cannot stand alone as a key point ("One comment read:").'],
  labelMaxWords: [15, 'A one-sentence paragraph without a closing stop and fewer words is a caption or a label.'],
  standAloneMinWords: [8, 'A lede or a section summary needs at least this many words to say something on its own.'],
  relatedInlineFirstView: [
    7,
    "Links in the article's text take at most this many places of the popup's first view of related links when the page also has a popular list, which shows after them.",
  ],
  keyPointMaxSimilarity: [
    0.7,
    'A sentence this similar to a chosen key point (term cosine) repeats it: taken only when nothing else is left.',
  ],
  restatedRunMinWords: [
    5,
    'A quotation sharing a run of this many words in order with another point (and restatedRunMinShare) restates it.',
  ],
  restatedRunMinShare: [
    0.25,
    'The shared run must cover this share of the shorter sentence: one shared name in two long sentences is no repeat.',
  ],
  keyPointMaxContained: [
    0.8,
    'A sentence with this share of its terms inside a chosen key point (or holding its terms) repeats it.',
  ],
  significanceMinSentences: [8, 'An article of fewer sentences is read in full: it needs no table of what matters.'],
  ownRowMinShare: [
    0.6,
    "A key point that holds a row of the page's own why-this-matters material repeats it when the row is at least this share of the point's length (a short cell inside a long sentence is no repeat).",
  ],
  narrativeMinSentences: [
    100,
    'A text this long that is mostly dialogue and holds almost no figures is a narrative (fiction, a memoir chapter), not a news story: no picked table. (Long news features stay under it: 43-73 sentences on the cased stories.)',
  ],
  narrativeMaxFigureShare: [0.03, 'At most this share of its sentences hold a digit.'],
  narrativeMinDialogueShare: [0.12, 'At least this share of its sentences open with a quotation mark.'],
  significanceMaxRows: [
    5,
    'One row per kind of significance (stakes, figures, background, reaction, next): five at most.',
  ],
  significanceMinTerms: [5, 'A sentence with fewer content words is filler ("There is a lot to sort through here.").'],
  significanceMaxSimilarity: [
    0.5,
    'A sentence this similar to a key point (term cosine) repeats it in other words: not shown again.',
  ],
  significanceSameSpeakerSharedTerms: [
    0.25,
    'A quote by the speaker a key point names, sharing this share of its terms with it, backs that point: a repeat.',
  ],
  significanceMaxPointCoverage: [
    0.6,
    "A sentence with this share of its term weight (tf-idf) among the key points' terms restates them: not a row. Measured on 822 judged rows of blind rounds 1-9: at 0.6 it drops 10 failing rows (5 judged repeats) and 1 good row; at 0.55, 13 failing and 5 good; at 0.5, 17 failing and 9 good.",
  ],
  specMinRequirements: [
    5,
    'A page with at least this many sentences holding a capitalised requirement keyword ("MUST", "SHALL NOT": SPEC_REQUIREMENT) ...',
  ],
  specMinRequirementShare: [
    0.05,
    '... making at least this share of its sentences, is a specification (an RFC), not news: no picked table. The RFC of blind round 10 has 55 of 529 (0.10); no cased story reaches 5, and none of the judged real pages of rounds 7-10 but the RFC.',
  ],
  significanceMaxWords: [45, 'Sentences longer than this read poorly in a table cell: they lose to shorter ones.'],
} as const satisfies Record<string, readonly [number, string]>;

export type ThresholdName = keyof typeof TABLE;

export const THRESHOLDS = Object.fromEntries(Object.entries(TABLE).map(([name, [value]]) => [name, value])) as {
  readonly [K in ThresholdName]: (typeof TABLE)[K][0];
};

/** Each threshold's reason, for the tests and the contributor's guide. */
export const THRESHOLD_REASONS: Readonly<Record<ThresholdName, string>> = Object.fromEntries(
  Object.entries(TABLE).map(([name, [, why]]) => [name, why]),
) as Record<ThresholdName, string>;
