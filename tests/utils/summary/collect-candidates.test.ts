import { describe, expect, it } from 'vitest';
import { collectCandidates, quoteOpenAfter } from '@/utils/summary/collect-candidates';
import type { Article, Block } from '@/utils/types';

const p = (text: string): Block => ({ kind: 'paragraph', text, section: null });
const li = (text: string): Block => ({ kind: 'list-item', text, ordered: false, section: null });
const article = (blocks: Block[], lang = 'en'): Article => ({
  title: 'T',
  siteName: null,
  byline: null,
  publishedTime: null,
  lang,
  isArticle: true,
  blocks,
});
const texts = (a: Article): string[] => collectCandidates(a).map((c) => c.text);

describe('collectCandidates: captions and labels in paragraphs', () => {
  const prose = 'The council approved the budget on Tuesday after a long debate in the chamber.';

  it.each([
    "16-inch MacBook Pro's new scissor switch keyboard via iFixit",
    '@noksutagram <The Palace: Tale of Jang Noksu> 2018 Welcome Daehak-ro Festival Performance',
    'Reservoirs fall below half full as dry autumn continues',
  ])('drops the one-line unpunctuated paragraph %s', (label) => {
    expect(texts(article([p(label), p(prose)]))).toEqual([prose]);
  });

  // A key point is shown as a whole sentence: a line that does not end like one (a feature list, an ingredient
  // list, a caption) is not offered, however long.
  it('drops a list item that does not end like a sentence, keeps one that does', () => {
    const item = 'Hundreds of cool tasks that will make your evenings fuller and more interesting';
    expect(texts(article([li(item), li(`${item}.`), p(prose)]))).toEqual([`${item}.`, prose]);
  });

  it('drops a long paragraph without a closing stop and keeps punctuated short ones', () => {
    const long =
      'Officials said the new line would open in the spring with trains every ten minutes between the two towns and a stop at the airport';
    const short = 'Nobody was hurt in the fire on Sunday.';
    expect(texts(article([p(long), p(short)]))).toEqual([short]);
  });

  it('drops a Chinese line without a closing stop (。), keeps the one with it', () => {
    const zh = '记者在北京朝阳区一处社区看到不少居民已经换上了厚外套并且在超市里购买取暖用品和过冬的食物准备迎接寒潮';
    expect(texts(article([p(zh), p(`${zh}。`)], 'zh-CN'))).toEqual([`${zh}。`]);
  });

  it.each([
    ['a lower-case start (a fragment cut by a formula)', 'is an example of an inline equation in the text.'],
    ['a footnote mark', '*A draw will decide which team fills the empty slot in the group.'],
    ['a code comment', '// cow.js shows how the module greets its users in the console.'],
  ])('drops a line with %s', (_name, line) => {
    expect(texts(article([p(line), p(prose)]))).toEqual([prose]);
  });

  it.each([
    '"$53 million a week is coming across the border in drugs."',
    'iPhone sales rose by a fifth in the quarter, the company said.',
    '¿Qué pasará ahora con los contratos firmados el año pasado?',
  ])('keeps a sentence that starts with a currency, a name in mixed case or an inverted mark: %s', (line) => {
    expect(texts(article([p(line)], line.startsWith('¿') ? 'es' : 'en'))).toEqual([line]);
  });

  it('keeps short Thai paragraphs, which end without punctuation', () => {
    const thai = 'กรุงเทพมหานครเปิดให้บริการเรือโดยสารสายใหม่ในคลองแสนแสบตั้งแต่วันจันทร์นี้';
    expect(texts(article([p(thai)], 'th'))).toEqual([thai]);
  });
});

describe("quoteOpenAfter: a sentence that starts inside someone's quote", () => {
  it.each([
    ['Tite said: “I made a mistake. ', true],
    ['Tite said: “I made a mistake.” ', false],
    ['Er sagte: „Das war falsch. ', true],
    ['Er sagte: „Das war falsch.“ ', false],
    ['Il a dit : « Nous irons. ', true],
    ['He said "we will go. ', true],
    ['He said "we will go." ', false],
  ])('%s -> %s', (text, open) => {
    expect(quoteOpenAfter(text)).toBe(open);
  });

  it('marks the candidates that start inside a quote opened by an earlier sentence and not closed within reach', () => {
    const a: Article = {
      title: 'T',
      siteName: null,
      byline: null,
      publishedTime: null,
      lang: 'pt',
      isArticle: true,
      blocks: [
        {
          kind: 'paragraph',
          section: null,
          text: 'O técnico Tite disse à imprensa que “Eu errei ao levar a taça ao Instituto naquele dia. Ele não era presidente, mas fui ao Instituto e mandei felicitações. Foi um erro meu e de mais ninguém na seleção. Peço desculpas a todos os torcedores do país. Não vai acontecer de novo comigo.” O técnico falou depois do treino da seleção.',
        },
      ],
    };
    expect(collectCandidates(a).map((c) => !!c.inQuote)).toEqual([true, true, true, true, false]);
  });
});

describe('collectCandidates: transcripts (blind look 3)', () => {
  it("drops a speaker's short reply, which answers a question the reader has not seen", () => {
    const reply =
      "JON SIEBEN: I don't think it should. You know, if you want to become the best swimmer in the world, you train hard.";
    expect(texts(article([p(reply)]))).toEqual([
      'You know, if you want to become the best swimmer in the world, you train hard.',
    ]);
  });

  it("keeps a speaker's long answer without the label", () => {
    const answer = 'McKelvey:Everyone needs someone to tell them not to wear so much Prada, and I do that for him.';
    expect(texts(article([p(answer)]))).toEqual([
      'Everyone needs someone to tell them not to wear so much Prada, and I do that for him.',
    ]);
  });

  it('drops a credit even when its label is cut off as a speaker label', () => {
    expect(texts(article([p('Photo: Getty Images shows the crowd outside the stadium on Sunday night.')]))).toEqual([]);
  });
});

describe('collectCandidates: the comment box (blind look 3)', () => {
  it("gives no candidate from a paragraph that states the comment section's policy, even its other sentences", () => {
    const box =
      'Figyelem! A cikkhez hozzáfűzött hozzászólások nem a ma.hu network nézeteit tükrözik. A szerkesztőség mindössze a hírek publikációjával foglalkozik, a kommenteket nem tudja befolyásolni.';
    const story = 'A helyszínen lévő újságírók hét-nyolc robbanást hallottak a kikötőben szombaton.';
    expect(texts(article([p(story), p(box)], 'hu'))).toEqual([story]);
  });

  it('drops an English comment policy paragraph whole', () => {
    const box =
      'We welcome your thoughts. Comments do not necessarily reflect the views of the publisher. Please stay on topic.';
    const story = 'The council approved the budget on Tuesday after a long debate in the chamber.';
    expect(texts(article([p(story), p(box)]))).toEqual([story]);
  });
});

describe('collectCandidates: a player or promo box under a heading (blind look 3)', () => {
  const under = (section: string, text: string): Block => ({ kind: 'paragraph', text, section });
  const story = 'The council approved the budget on Tuesday after a long debate in the chamber.';

  it('gives no candidate from a headed section whose paragraphs are mostly labels', () => {
    const box = [
      'Listen Now: Download Today’s Podcast',
      'iTunes (HD) | iTunes (SD) | iTunes (MP3)',
      'RSS (HD) | RSS (SD) | RSS (MP3)',
      'Add us on Facebook!',
      'CNET Top 5',
      'Back-to-school tech gifts (2013)',
      'Want to get your kid off your couch? Bribe them back to school with some great gadgets.',
      'Play Video',
      'Add Your Comment',
    ].map((t) => under('Episode 1,310', t));
    expect(texts(article([p(story), ...box]))).toEqual([story]);
  });

  it('keeps a headed section of prose with a few labels in it', () => {
    const section = [
      'Photo: the bridge',
      'The bridge will close in May for repairs that take a full year to finish.',
      'Residents said the detour adds an hour to the trip into town each day.',
      'Map of the detour',
    ].map((t) => under('Repairs', t));
    expect(texts(article([p(story), ...section]))).toHaveLength(3);
  });
});

describe('collectCandidates: a running page header printed at each page break', () => {
  const header = 'RFC 2822 Internet Message Format April 2001';
  const a = article([
    p('This standard specifies a syntax for text messages that are sent between computer users.'),
    p(`${header} backslash characters may appear in a comment so long as they appear as a quoted-pair.`),
    p(`${header} Note: This standard is not intended to dictate the internal formats used by sites.`),
    p(`${header} Each line of characters must be no more than 998 characters long.`),
  ]);

  it('comes off the first sentence of each paragraph; a sentence cut at the page break is no candidate', () => {
    const out = collectCandidates(a);
    expect(out.map((c) => c.text)).not.toContainEqual(expect.stringContaining(header));
    expect(out.map((c) => c.text)).not.toContainEqual(expect.stringContaining('backslash characters'));
    const line = out.find((c) => c.text.startsWith('Each line'))!;
    expect(a.blocks[line.block]!.text.slice(line.start, line.end)).toBe(line.text);
  });

  it('recipe lines opening with the same label ("Portion Fix Containers: 1 …") are no page header', () => {
    const lines = article([
      p('Portion Fix Containers: 1 Green, 1 Red, 1 Yellow, 1 tsp.'),
      p('Portion Fix Containers: 1 Green, 1 Purple, 1 Red, 1 tsp.'),
      p('Portion Fix Containers: 1 Green, 2 Red, 1 Blue, 1 tsp.'),
    ]);
    expect(texts(lines)).not.toContainEqual(expect.stringMatching(/^Green/));
  });

  it('three paragraphs opening with the same words and no digit are prose, not a header', () => {
    const same = article([
      p('The city council said that the budget would pass on Tuesday after a long debate.'),
      p('The city council said that the new parks would open in the spring of next year.'),
      p('The city council said that road repairs would start in the east of the city first.'),
    ]);
    expect(texts(same)).toHaveLength(3);
  });
});

describe('collectCandidates: a quotation that runs over sentences is never cut (blind pool C)', () => {
  it.each([
    [
      'Ask the director what he misses, and he will answer without missing a beat: "Freeway gridlock. Anyone who has lived there will tell you that."',
    ],
    [
      'Asked if he would perform at the concert, the country star replied with the vaguely patriotic, “It’s always about serving. It’s what you do.”',
    ],
    ['Die Ministerin sagte am Montag: „Wir werden das prüfen. Eine Entscheidung fällt erst im Frühjahr.“'],
    [
      'Le ministre a répondu lundi soir : « Nous allons examiner la question. Rien ne sera décidé avant le printemps. »',
    ],
  ])('the sentence that opens a quote is one candidate with the rest of it: %s', (paragraph) => {
    expect(
      texts(article([p(paragraph)], paragraph.includes('„') ? 'de' : paragraph.includes('«') ? 'fr' : 'en')),
    ).toEqual([paragraph]);
  });

  it('the opening piece of a quote that does not close within reach is no candidate', () => {
    const open = '"Your whole life, you hear what it is like to have kids, and all the clichés are true.';
    const rest = Array.from(
      { length: 5 },
      (_, i) => `The actor went on about his family and the film number ${i + 1}.`,
    );
    const got = texts(article([p([open, ...rest].join(' '))]));
    expect(got).not.toContain(open);
  });

  it('an inch mark opens no quote', () => {
    const a = 'The new tablet has a 13" screen and weighs less than the old model did.';
    const b = 'It goes on sale in the spring at a lower price than expected by analysts.';
    expect(texts(article([p(`${a} ${b}`)]))).toEqual([a, b]);
  });
});

describe('collectCandidates: calls to action and lines cut short (blind pool C)', () => {
  const prose = 'The council approved the budget on Tuesday after a long debate in the chamber.';
  it.each([
    'For more information, or to apply, visit americantheatrewing.org/program/the-initiative.',
    "Pour plus d'informations, rendez-vous sur le site de la fondation avant la fin du mois.",
    'Para más información, consulte la página web del ayuntamiento antes del viernes.',
  ])('drops the call to action "%s"', (line) => {
    expect(texts(article([p(`${prose} ${line}`)]))).toEqual([prose]);
  });

  it.each([
    'People always seem to find something in common when it comes to the things they hate...',
    'Der Minister sprach am Dienstag lange über die Zukunft der Bahn und die Kosten…',
  ])('drops a line that trails off in an ellipsis: "%s"', (line) => {
    expect(texts(article([p(line), p(prose)]))).toEqual([prose]);
  });
});

describe('collectCandidates: quotes and ellipses as pages write them (readability pages)', () => {
  const prose = 'The council approved the budget on Tuesday after a long debate in the chamber.';
  it('a quote opened straight and closed curly is closed', () => {
    const quote = '"Minibars almost always lose money, even when they charge $10 for a Diet Coke,” Sharon said.';
    expect(texts(article([p(`${quote} ${prose}`)]))).toEqual([quote, prose]);
  });

  it('a Chinese quote opened after a full-width colon and not closed within reach is no candidate', () => {
    const open = '在谈及对两会的哪些话题比较感兴趣时，卢宇表示：“近几年，国内雾霾现象时有发生。';
    const rest = Array.from({ length: 5 }, (_, i) => `他认为这个问题第${i + 1}次需要政府和企业共同努力解决。`);
    expect(texts(article([p([open, ...rest].join(''))], 'zh'))).not.toContain(open);
  });

  it('an ellipsis after a space is a pause, not a cut', () => {
    const line = "The actress's now-famous dress was stolen right out of her hotel room ...";
    expect(texts(article([p(line), p(prose)]))).toEqual([line, prose]);
  });

  it("drops an invitation to the blog's fan page", () => {
    const line = '如果您喜歡"史蒂文的家"圖文分享 邀請您到 FB 粉絲團 按個"讚"!';
    const story = '接近中午時分陽光漸露，藍天帷幕再次嶄露頭角，我們繼續沿著山路往上走。';
    expect(texts(article([p(story), p(line)], 'zh'))).toEqual([story]);
  });
});

describe('the headline printed again as the first line', () => {
  it('is no candidate, whatever its accents and quotation marks', () => {
    const a = {
      ...article([
        p("Jennifer Aniston on Leaving the Tags on Her Céline Coat: 'I Wore It Four Times and Didn't Notice!'"),
        p(
          'The actress told a talk show host on Monday that she had worn the coat to four events before anyone noticed.',
        ),
      ]),
      title: 'Jennifer Aniston on Leaving the Tags on Her Celine Coat: ‘I Wore It Four Times and Didn’t Notice!’',
    };
    expect(texts(a)).toEqual([
      'The actress told a talk show host on Monday that she had worn the coat to four events before anyone noticed.',
    ]);
  });
});
