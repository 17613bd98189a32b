import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '@/scripts/lib/load-document';
import {
  completeTitle,
  isKeywordString,
  isStoryLikeTitle,
  readableTitle,
  sentenceContext,
  slugHeadline,
} from '@/utils/related/story-title';

const anchorIn = (html: string): Element =>
  documentFromHtml(`<!doctype html><html><body>${html}</body></html>`).querySelector('a')!;

describe('isStoryLikeTitle', () => {
  it.each(['Pats place Olszewski on IR', 'Delhi schools closed due to air pollution', '多地高校宣布期末考试时间调整'])(
    '"%s" reads as a headline',
    (t) => expect(isStoryLikeTitle(t)).toBe(true),
  );
  it.each(['tweeted', 'a rally', 'Reuters', 'Read Next', 'Read more', 'https://example.com/a-b-c-d', '关联新闻', ''])(
    '"%s" does not',
    (t) => expect(isStoryLikeTitle(t)).toBe(false),
  );
});

describe('slugHeadline', () => {
  it('reads the words of a descriptive slug, without ids', () => {
    expect(slugHeadline('https://x.example/2019/11/04/delhi-schools-closed-due-to-air-pollution-1615427.html')).toBe(
      'Delhi schools closed due to air pollution',
    );
  });
  it('marks a slug its site cut on a word no headline ends on as cut (blind pool G)', () => {
    expect(slugHeadline('http://www.politico.com/story/2016/08/full-text-donald-trumps-speech-on-227095')).toBe(
      'Full text donald trumps speech…',
    );
    // A headline may end on a word that is also a preposition's neighbour: only the dangling word goes.
    expect(slugHeadline('https://x.example/news/council-votes-to-close-the-harbour-bridge')).toBe(
      'Council votes to close the harbour bridge',
    );
  });
  it('joins a possessive the slug split off', () => {
    expect(slugHeadline('https://x.example/news/already-severe-delhi-s-pollution-likely-to-worsen')).toBe(
      "Already severe delhi's pollution likely to worsen",
    );
  });
  it('keeps the numbers a headline spells, not the ids and dates around its words', () => {
    expect(slugHeadline('https://x.example/news/facebook-closes-19-billion-deal-for-whatsapp/')).toBe(
      'Facebook closes 19 billion deal for whatsapp',
    );
    expect(slugHeadline('https://x.example/a/77457/qatar-airways-operates-9-minute-flights-1191103.html')).toBe(
      'Qatar airways operates 9 minute flights',
    );
    expect(slugHeadline('https://x.example/2-hurt-as-porter-flight-evades-object/ar-AAkhS0r')).toBe(
      '2 hurt as porter flight evades object',
    );
    expect(slugHeadline('https://x.example/blog/2019-11-18-the-new-release-is-out')).toBe('The new release is out');
    expect(slugHeadline('https://x.example/how_4851888_throw-graduation-party-budget.html')).toBe(
      'How throw graduation party budget',
    );
  });
  it("takes each word's casing and apostrophe from the page where the page writes the same word", () => {
    const doc = documentFromHtml(
      `<!doctype html><html><body><p>Last week Facebook's deal for WhatsApp closed, and Facebook paid for the deal in cash.</p></body></html>`,
    );
    expect(slugHeadline('https://x.example/news/facebooks-deal-for-whatsapp-closes-at-19-billion/', doc)).toBe(
      "Facebook's deal for WhatsApp closes at 19 billion",
    );
    // "deal" is written in lower case on the page: it stays so even where a sentence starts with it.
    const start = documentFromHtml(`<!doctype html><html><body><p>Deal done. The deal is big.</p></body></html>`);
    expect(slugHeadline('https://x.example/news/the-deal-is-done-today', start)).toBe('The deal is done today');
  });
  it('joins initials the slug spelt letter by letter as the page writes them', () => {
    const doc = documentFromHtml(
      `<!doctype html><html><body><p>Tariffs on China are paid by U.S. importers, a study of U.S. trade found.</p></body></html>`,
    );
    expect(slugHeadline('https://x.example/article/who-pays-trump-tariffs-china-or-u-s-customers-idUSKBN1', doc)).toBe(
      'Who pays trump tariffs China or U.S. customers',
    );
    // Letters the page writes as no initials stay apart: "à l'aéroport" -> "a-l-aeroport".
    expect(slugHeadline('https://x.example/2015/04/29/retards-a-l-aeroport-de-katmandou_1276612', doc)).toBe(
      'Retards a l aeroport de katmandou',
    );
  });
  it('gives nothing for ids and short slugs', () => {
    expect(slugHeadline('https://x.example/blog/index-172.html')).toBe('');
    expect(slugHeadline('https://x.example/news/trump-tariffs')).toBe('');
  });
});

describe('sentenceContext and readableTitle', () => {
  const p = `<p>The first sentence is here. Officials said tariffs on <a href="https://x.example/2019/11/11/a1">Europe</a> would follow soon. Another sentence.</p>`;
  it('gives the sentence around bare words', () => {
    expect(sentenceContext(anchorIn(p))).toBe('Officials said tariffs on Europe would follow soon.');
  });
  it('keeps a real headline, else the title attribute, the slug, then the sentence', () => {
    const a = anchorIn(p);
    expect(readableTitle(a, 'Trump threatens tariffs on European cars', 'https://x.example/a')).toBe(
      'Trump threatens tariffs on European cars',
    );
    expect(readableTitle(a, 'Europe', 'https://x.example/2019/11/11/trump-adds-auto-tariffs-on-europe-japan')).toBe(
      'Trump adds auto tariffs on Europe japan',
    );
    expect(readableTitle(a, 'Europe', 'https://x.example/2019/11/11/a1')).toBe(
      'Officials said tariffs on Europe would follow soon.',
    );
    const titled = anchorIn(`<p>See <a title="The full report on river pollution" href="/r">this</a>.</p>`);
    expect(readableTitle(titled, 'this', 'https://x.example/r')).toBe('The full report on river pollution');
  });
  it('in a module, a card never takes the words around it', () => {
    expect(readableTitle(anchorIn(p), 'Europe', 'https://x.example/2019/11/11/a1', { inText: false })).toBe('');
  });
  it('keeps punctuation and quotes tight around the link', () => {
    const a = anchorIn(
      '<p>According to the <a href="/s">study</a> , published in “ <i>BMJ</i> ” today, it spread.</p>',
    );
    expect(sentenceContext(a)).toBe('According to the study, published in “BMJ” today, it spread.');
  });
  it('shortens a long sentence to the words around the link', () => {
    const long = `<p>${'word '.repeat(30)}and then <a href="/x">the link</a> sits here ${'more '.repeat(30)}end.</p>`;
    const text = sentenceContext(anchorIn(long));
    expect(text).toContain('the link');
    expect(text.startsWith('…')).toBe(true);
    expect(text.split(' ').length).toBeLessThanOrEqual(18);
  });
});

describe('readableTitle: a slug of search keywords is no headline', () => {
  const p = `<p>Officials said tariffs on <a href="/x">Europe</a> would follow soon.</p>`;
  it("shows the link's sentence rather than a keyword slug", () => {
    expect(
      readableTitle(
        anchorIn(p),
        'Europe',
        'https://x.example/2016/12/22/kellyanne-conway-trump-counselor-president-transition',
      ),
    ).toBe('Officials said tariffs on Europe would follow soon.');
    expect(isKeywordString('Gene Simmons KISS Trump inauguration')).toBe(true);
    expect(isKeywordString('Delhi schools closed due to air pollution')).toBe(false);
    expect(isKeywordString('Council delayed pier survey twice papers show')).toBe(false);
  });
  it('leaves a link in the text out when neither its sentence nor a headline titles it', () => {
    const a = anchorIn(
      '<p>Sources: <a href="/x">New York Times</a> (<a href="/y">2</a>), <a href="/z">NBC News</a></p>',
    );
    expect(readableTitle(a, 'New York Times', 'https://x.example/consumption-ancient-human-body-size')).toBe('');
  });
  it("reads a headline's verb in the present as a headline, not a plural noun", () => {
    expect(isKeywordString('Town meeting approves harbor funds')).toBe(false);
    expect(isKeywordString('Colorado lawmakers wildfire aviation bill')).toBe(true);
    expect(isKeywordString('Delhi pollution schools intl hnk')).toBe(true);
  });
  it('reads a contraction as a function word', () => {
    expect(isKeywordString("Bland content isn't Apple TV's biggest problem")).toBe(false);
  });
  it('takes the story segment of the path, not the section before it, and no kind word after the id', () => {
    expect(
      slugHeadline('http://x.example/id/3080881/ns/community-msnbc_com_chat/t/karen-hughes-counselor-president/'),
    ).toBe('Karen hughes counselor president');
    expect(
      slugHeadline('http://x.example/sports/mc-nfl-concussion-lawsuit-settlement-update-0818-20150818-story.html'),
    ).toBe('Mc nfl concussion lawsuit settlement update');
  });
});

describe('isStoryLikeTitle: codes, file names and labels with a note are no headlines', () => {
  it('does not count a DOI or a file name as words', () => {
    expect(isStoryLikeTitle('DOI: 10.1073/pnas.2209482119')).toBe(false);
    expect(isStoryLikeTitle('0426-prince-remembering-prince-footer-2')).toBe(false);
    expect(isStoryLikeTitle('9/11 memorial opens to the public')).toBe(true);
  });
  it('knows a read-more label with a note in brackets', () => {
    expect(isStoryLikeTitle('続きを読む（情報ソースのページに移動する）')).toBe(false);
    expect(isStoryLikeTitle('Read more (opens the source page)')).toBe(false);
  });
});

describe('readableTitle: a short link that runs on from its sentence is a phrase of it', () => {
  it('shows the phrase in its sentence, not alone', () => {
    const p = `<p>New Yorkers have had alerts before. In extreme weather, like <a href="/w">Jonas earlier this year</a>, the tones told people to stay indoors.</p>`;
    expect(readableTitle(anchorIn(p), 'Jonas earlier this year', 'https://x.example/w')).toBe(
      'In extreme weather, like Jonas earlier this year, the tones told people to stay indoors.',
    );
  });
  it('keeps a headline set after a label', () => {
    const p = `<p>Read more: <a href="/w">Council Delays Flood Vote Again</a></p>`;
    expect(readableTitle(anchorIn(p), 'Council Delays Flood Vote Again', 'https://x.example/w')).toBe(
      'Council Delays Flood Vote Again',
    );
  });
});

describe('readableTitle: a few words from the middle of a sentence', () => {
  const p = `<p>The council had put the survey off twice to save money, according to <a href="/n/24790">papers released in September</a>. Councillor Ruth Penhallow said the delays changed nothing.</p>`;
  it('shows them in their sentence, not alone', () => {
    expect(readableTitle(anchorIn(p), 'papers released in September', 'https://x.example/n/24790')).toBe(
      '…twice to save money, according to papers released in September.',
    );
  });
  it("prefers the linked story's own headline from its slug", () => {
    expect(
      readableTitle(
        anchorIn(p),
        'papers released in September',
        'https://x.example/news/council-delayed-pier-survey-twice-papers-show-24790',
      ),
    ).toBe('Council delayed pier survey twice papers show');
  });
  it('keeps a headline-like link text in capitals', () => {
    expect(readableTitle(anchorIn(p), 'Council Delayed Pier Survey', 'https://x.example/n/24790')).toBe(
      'Council Delayed Pier Survey',
    );
  });
  it('shows long lower-case link words, or words stopping on a comma, in their sentence', () => {
    const long = 'the last council to put a pier survey off three years running';
    const q = `<p>Penhallow called it <a href="/n/1">${long}</a> since the war.</p>`;
    expect(readableTitle(anchorIn(q), long, 'https://x.example/n/1')).toBe(`…called it ${long} since the…`);
    const comma = 'Harbour Trust may start repairs,';
    const r = `<p>Under the deal the <a href="/n/2">${comma}</a> the council said.</p>`;
    expect(readableTitle(anchorIn(r), comma, 'https://x.example/n/2')).toBe(
      `Under the deal the ${comma} the council said.`,
    );
  });
});

describe('slugHeadline: casing from prose only', () => {
  it('does not take casing from lines in Title Case or in capitals', () => {
    const doc = documentFromHtml(
      `<!doctype html><html><body><ul><li>The Best Password Managers You Can Buy</li><li>TAYLOR SWIFT CLAIMS HER MUSIC BACK</li></ul><p>Our tests of Apple's tools ran for weeks.</p></body></html>`,
    );
    expect(slugHeadline('https://x.example/articles/the-best-password-managers-from-apple', doc)).toBe(
      'The best password managers from Apple',
    );
    expect(slugHeadline('https://x.example/taylor-swift-claims-her-music-back', doc)).toBe(
      'Taylor swift claims her music back',
    );
  });
});

describe('sentenceContext: footnote marks', () => {
  it('leaves out the footnote and edit marks of the page', () => {
    const a = anchorIn(
      '<p>It ported Firefox to mobile platforms (primarily <a href="/wiki/Android">Android</a>),<sup>[13]</sup> a mobile OS.<sup>[14]</sup></p>',
    );
    expect(sentenceContext(a)).toBe('It ported Firefox to mobile platforms (primarily Android), a mobile OS.');
  });
});

describe('readableTitle: a slug that drops the accents of the page', () => {
  it('comes after the sentence the link sits in', () => {
    const a = anchorIn(
      '<p>Em setembro, <a href="/2025/09/camara-aprova-taxa-aplicativos">a Câmara aprovou a taxa sobre aplicativos</a> por 21 votos a 10.</p>',
    );
    expect(
      readableTitle(
        a,
        'a Câmara aprovou a taxa sobre aplicativos',
        'https://x.example/2025/09/camara-aprova-taxa-aplicativos',
      ),
    ).toBe('Em setembro, a Câmara aprovou a taxa sobre aplicativos por 21 votos a 10.');
  });
});

describe('slugHeadline: a possessive of a word the page writes in capitals', () => {
  it('keeps the capitals before the apostrophe', () => {
    const doc = documentFromHtml(
      `<!doctype html><html><body><p>Streaming on Apple TV grew, and the TV app changed.</p></body></html>`,
    );
    expect(slugHeadline('https://x.example/bland-content-isnt-apple-tv-s-biggest-problem-1839588936', doc)).toBe(
      "Bland content isnt Apple TV's biggest problem",
    );
  });
});

describe('readableTitle: a fragment in a module written as sentences', () => {
  const li = anchorIn(
    '<ul><li>An astronaut lost in space could <a href="/story/could-an-astronaut-lost-in-space-use-gravity-to-get-around/">use gravity to get around</a></li></ul>',
  );
  it("takes the story's slug headline", () => {
    expect(
      readableTitle(
        li,
        'use gravity to get around',
        'https://x.example/story/could-an-astronaut-lost-in-space-use-gravity-to-get-around/',
        { inText: false },
      ),
    ).toBe('Could an astronaut lost in space use gravity to get around');
  });
  it('never the words of the other cards around it', () => {
    expect(readableTitle(li, 'use gravity to get around', 'https://x.example/iphone/', { inText: false })).toBe('');
  });
});

describe('sentenceContext: a word glued to the link', () => {
  it('stays glued, with no space put between', () => {
    const p = `<p>התוכנית נבנתה עם מומחים, ו<a href="/s">הסקר הסביבתי שפורסם החודש</a> קבע שההשפעה קטנה.</p>`;
    expect(sentenceContext(anchorIn(p))).toBe('התוכנית נבנתה עם מומחים, והסקר הסביבתי שפורסם החודש קבע שההשפעה קטנה.');
    const long = `<p>${'word '.repeat(20)}ו<a href="/s">הסקר</a> ${'more '.repeat(20)}end.</p>`;
    expect(sentenceContext(anchorIn(long))).toContain(' והסקר ');
    const r = `<p>It has been hard, an unnamed source<a href="/s"> told the site</a>.</p>`;
    expect(sentenceContext(anchorIn(r))).toBe('It has been hard, an unnamed source told the site.');
    const q = `<p>Shares of <a href="/s">Apple</a>'s suppliers fell on Monday.</p>`;
    expect(sentenceContext(anchorIn(q))).toBe("Shares of Apple's suppliers fell on Monday.");
  });
});

describe('sentenceContext: a sentence with more than one link', () => {
  it("stops before another link's words, and starts after them", () => {
    const p = `<p>Mayor Osei will sign it. Read our <a href="https://x.example/2025/11/18/budget-explainer">explainer on how the budget works</a>, or <a href="https://x.example/docs">click here for the full document</a>.</p>`;
    expect(sentenceContext(anchorIn(p))).toBe('Read our explainer on how the budget works…');
    const q = `<p>Earlier coverage: <a href="https://x.example/a">the first vote</a> and then <a href="https://x.example/b">the second vote in May</a> were close.</p>`;
    const doc = documentFromHtml(`<!doctype html><html><body>${q}</body></html>`);
    // Starting after another link, the part is marked as cut at its start.
    expect(sentenceContext(doc.querySelectorAll('a')[1]!)).toBe('…then the second vote in May were close.');
  });
});

describe('slugHeadline: leftovers of the slug', () => {
  it('drops a one-letter code before the id ("…-interview_n_924628")', () => {
    expect(
      slugHeadline('https://www.example.com/2011/08/11/facebook-mark-zuckerberg-2005-interview_n_924628.html'),
    ).toBe('Facebook mark zuckerberg 2005 interview');
  });
  it('keeps a one-letter word that ends the slug itself ("…-plan-b")', () => {
    expect(slugHeadline('https://www.example.com/2011/08/11/the-council-votes-for-plan-b')).toBe(
      'The council votes for plan b',
    );
  });
  it('leaves off the last piece of a long slug cut mid-word, marked as cut', () => {
    const doc = documentFromHtml(
      `<!doctype html><html><body><p>Fans say Disney is releasing the original films, the unaltered versions fans wanted.</p></body></html>`,
    );
    expect(
      slugHeadline('http://io9.example.com/is-disney-really-releasing-the-unaltered-star-wars-tril-1622812966', doc),
    ).toBe('Is Disney really releasing the unaltered star wars…');
  });
});

describe('slugHeadline: a long slug without an id after it', () => {
  it('keeps its short last word ("…-if-he-wins/2015/03/16/…")', () => {
    const doc = documentFromHtml(`<!doctype html><html><body><p>The election is on Tuesday.</p></body></html>`);
    expect(
      slugHeadline(
        'http://www.example.com/world/on-final-day-of-campaign-netanyahu-says-no-palestinian-state-if-he-wins/2015/03/16/x',
        doc,
      ),
    ).toBe('On final day of campaign netanyahu says no palestinian state if he wins');
  });
});

describe('completeTitle: a title the site cut short', () => {
  const url = 'https://news.example.com/2013/06/royal-pains-necessary-roughness-usa-network-ratings/';
  it('takes the title attribute that opens with the same words', () => {
    expect(
      completeTitle(
        "USA's 'Royal Pains' & …",
        ["USA's 'Royal Pains' & 'Necessary Roughness' Season Premieres Down"],
        url,
      ),
    ).toBe("USA's 'Royal Pains' & 'Necessary Roughness' Season Premieres Down");
  });
  it('leaves off a word cut mid-way, keeps a whole common word', () => {
    expect(completeTitle("Why Half Of The World's 'Sa...", [], 'https://news.example.com/chf-vs-gold-2011-9')).toBe(
      "Why Half Of The World's…",
    );
    expect(completeTitle('BofA CEO Brian Moynihan Says Company Has...', [], url)).toBe(
      'BofA CEO Brian Moynihan Says Company Has...',
    );
  });
  it('takes the slug headline when too few words stay', () => {
    expect(completeTitle('MARKETS DESTROYED TH...', [], url)).toBe(
      'Royal pains necessary roughness usa network ratings',
    );
  });
});

describe('readableTitle: link words that name who told it', () => {
  it.each(['Disney and Lucasfilm announced today', 'The Korea Times reported'])(
    '"%s" gives way to the story the slug names',
    (words) => {
      const a = anchorIn(
        `<p>Officials were surprised, as <a href="/x">${words}</a>, by the new plan for the films.</p>`,
      );
      expect(
        readableTitle(a, words, 'https://www.example.com/news/the-star-wars-digital-movie-collection-coming-april-10'),
      ).toBe('The star wars digital movie collection coming april');
    },
  );
  it('in a module, a headline ending on such a verb stays', () => {
    const a = anchorIn(`<ul><li><a href="/x">What the river study found</a></li></ul>`);
    expect(readableTitle(a, 'What the river study found', 'https://x.example/2019/11/11/a1', { inText: false })).toBe(
      'What the river study found',
    );
  });
});

describe('a call to click around a link is a sales line, never its title (blind pool O)', () => {
  it.each([
    '<p>To get the full story on this year\'s stock -- completely free -- simply <a href="https://x.example/ecap/offer/stocks-2015/?aid=8614">click here</a>.</p>',
    '<p>Pour lire la suite de notre dossier spécial, <a href="https://x.example/abo/1">cliquez ici</a> maintenant.</p>',
  ])('%s', (html) => {
    const a = anchorIn(html);
    expect(readableTitle(a, a.textContent ?? '', a.getAttribute('href')!)).toBe('');
  });

  it('the control: a sentence without a call to click titles its link', () => {
    const a = anchorIn(
      '<p>The council said the new <a href="https://x.example/r/7">harbour bridge plan</a> would cost more than expected.</p>',
    );
    expect(readableTitle(a, 'harbour bridge plan', 'https://x.example/r/7')).toBe(
      'The council said the new harbour bridge plan would cost more than expected.',
    );
  });
});

describe("a logged-in user's dashboard is no related reading (blind pool O)", () => {
  it('https://www.capitaliq.com/CIQDotNet/my/dashboard.aspx', async () => {
    const { isExcludedUrl } = await import('@/utils/related/is-excluded-link');
    expect(isExcludedUrl('https://www.capitaliq.com/CIQDotNet/my/dashboard.aspx')).toBe(true);
    expect(isExcludedUrl('https://news.example.com/2014/12/dashboard-cameras-catch-meteor-over-russia.html')).toBe(
      false,
    );
  });
});

describe("a link's words naming the outlet it opens are no title (blind pool P)", () => {
  it.each([
    [
      'The San Luis Obispo Tribune',
      'http://www.sanluisobispo.com/2014/12/28/3417291/shark-bites-surfer-slo-county.html',
    ],
    ['Reuters', 'https://www.reuters.com/article/us-shark-idUSKBN0K70'],
  ])('"%s" on %s', async (text, url) => {
    const { namesOutlet } = await import('@/utils/related/story-title');
    expect(namesOutlet(text, url)).toBe(true);
  });

  it.each([
    [
      'San Luis Obispo county approves new water plan after drought',
      'https://www.sanluisobispo.com/2014/12/water.html',
    ],
    ['The Guardian view on sharks', 'https://www.reuters.com/article/x'],
  ])('"%s" on %s is a headline', async (text, url) => {
    const { namesOutlet } = await import('@/utils/related/story-title');
    expect(namesOutlet(text, url)).toBe(false);
  });

  it("the link's sentence titles it instead", () => {
    const a = anchorIn(
      '<p>The <a href="http://www.sanluisobispo.com/2014/12/28/3417291/shark-bites-surfer-slo-county.html">San Luis Obispo Tribune</a>, citing witnesses, identified the surfer as a 50-year-old man from Morro Bay.</p>',
    );
    const title = readableTitle(a, 'San Luis Obispo Tribune', a.getAttribute('href')!);
    expect(title).not.toBe('San Luis Obispo Tribune');
    expect(title).toContain('identified the surfer');
  });
});

describe('a module card whose link holds a kicker or a badge before its headline (blind pool Q)', () => {
  const url = 'https://aerobuzz.example/luftverkehr/md-11-ausmusterung-abschied-von-der-diva/';
  const title = (html: string): string => {
    const a = anchorIn(html);
    return readableTitle(a, a.textContent ?? '', url, { inText: false });
  };
  it('takes the headline of the title attribute the glued words end with', () => {
    expect(
      title(
        `<a href="${url}" title="Lien vers MD-11-Ausmusterung: Abschied von der Diva"><span><strong>Luftverkehr</strong>MD-11-Ausmusterung: Abschied von der Diva</span></a>`,
      ),
    ).toBe('MD-11-Ausmusterung: Abschied von der Diva');
  });
  it('takes the heading inside the link', () => {
    expect(
      title(
        `<a href="${url}"><div><strong>Gaz</strong> <h4>Reuters: Gazprom przelał PGNiG 1,5 mld dolarów</h4></div></a>`,
      ),
    ).toBe('Reuters: Gazprom przelał PGNiG 1,5 mld dolarów');
  });
  it('drops a badge before the headline', () => {
    expect(
      title(
        `<a href="${url}"><span class="label-live"><span>Live</span></span> <span>Germany accuses Russia of weaponising energy as the crisis escalates</span></a>`,
      ),
    ).toBe('Germany accuses Russia of weaponising energy as the crisis escalates');
  });
  it('keeps a headline with nothing before it (the control)', () => {
    expect(title(`<a href="${url}"><span>MD-11-Ausmusterung: Abschied von der Diva</span></a>`)).toBe(
      'MD-11-Ausmusterung: Abschied von der Diva',
    );
  });
});
