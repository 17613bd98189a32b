import { describe, expect, it } from 'vitest';
import { isBoilerplate, isHandOver, isKeyPointCandidate, stripDateline } from '@/utils/summary/clean-sentence';

describe('stripDateline', () => {
  it.each([
    ['(CNN)More than 500 rebels have been killed.', 'More than 500 rebels have been killed.'],
    ['(CNN) -- More than 500 rebels have been killed.', 'More than 500 rebels have been killed.'],
    ['Charleston, South Carolina (CNN)Police officers escorted the hearse.', 'Police officers escorted the hearse.'],
    ['(The Hollywood Reporter)The original cast is backing Lynch.', 'The original cast is backing Lynch.'],
    ['LONDON, England (Reuters) -- A man was arrested on Friday.', 'A man was arrested on Friday.'],
    ['BEIJING — Officials said on Monday that prices rose.', 'Officials said on Monday that prices rose.'],
    ['中新网11月24日电（记者 张敏）据中央气象台消息，气温将下降。', '据中央气象台消息，气温将下降。'],
    ['【ワシントン=共同】米政府は25日、発表した。', '米政府は25日、発表した。'],
    ['〔記者王怡婷／台中報導〕台中捷運藍線今天上午舉行動工典禮。', '台中捷運藍線今天上午舉行動工典禮。'],
    ['新华社北京电 国务院今天发布通知。', '国务院今天发布通知。'],
    [
      'Hong Kong (CNN Business)A muddled view of trade talks weighs on investors.',
      'A muddled view of trade talks weighs on investors.',
    ],
    ['(CW) — Nine Western governors signed a compact on Monday.', 'Nine Western governors signed a compact on Monday.'],
    ['SACRAMENTO, Calif. (KXTV) -- Crews contained the fire.', 'Crews contained the fire.'],
    // A state after the city, a date in brackets, a double dash glued to the sentence.
    ['ANAHEIM, Calif. — Musicians often show off their rings.', 'Musicians often show off their rings.'],
    [
      'WASHINGTON (Aug. 13) -- Declaring the soul of the corps at stake, he spoke.',
      'Declaring the soul of the corps at stake, he spoke.',
    ],
    [
      'NEW YORK--Verizon is prepping a new streaming app for tablets.',
      'Verizon is prepping a new streaming app for tablets.',
    ],
    [
      '[한빛일보 김서연 기자] 서울시가 심야 자율주행버스 노선을 추가한다고 20일 밝혔다.',
      '서울시가 심야 자율주행버스 노선을 추가한다고 20일 밝혔다.',
    ],
  ])('%s', (input, expected) => {
    const { text, cut } = stripDateline(input);
    expect(text).toBe(expected);
    expect(input.slice(cut)).toBe(expected);
  });

  it.each([
    'The U.S. (AP) said nothing about it.',
    'Police said the man (CNN) was not a reporter.',
    'A quiet morning in Paris.',
    'The agency (EPA) — after months of delay — issued the rule.',
    'Voters in the state (CA) said no.',
    // A capitalised word and a hyphen are no dateline: "COVID-19", "U.S.-Mexico".
    'COVID-19 cases rose sharply in May.',
    'The U.S.-Mexico border is long.',
    // "…充电器": a sentence that mentions a charger (充电) is no "…电" wire dateline.
    '部分视频来自伪装成充电器、烟雾报警器和挂钟的针孔摄像头。',
    '工作人员正在给电动车充电。',
  ])('keeps %s', (input) => {
    expect(stripDateline(input)).toEqual({ text: input, cut: 0 });
  });
});

describe('isBoilerplate', () => {
  it.each([
    'CLICK HERE to see the pictures',
    'Advertisement',
    'Read more: the full story',
    'Photo: Getty Images',
    'Picture credit: Reuters',
    'Follow us on Twitter for updates',
    'Sign up for our daily newsletter',
    "CNN's Pierre Meilhan contributed to this report.",
    'Scroll down for video Injured: a player was stabbed.',
    'By Daily Mail Reporter',
    'PUBLISHED: 12:01 EST, 3 May 2013',
    'Share this article on Facebook',
    'Continue reading',
    'Lee también: el metro amplía su horario',
    'Mehr zum Thema Straßenbahn',
    '阅读全文',
    'The mayor arrives at the scene (Photo by John Smith)',
    "An artist's illustration of a plume of water vapor emanating from Jupiter's moon Europa.",
    'File photo of the harbour bridge during the 2019 floods.',
    'By Matthew Digby , Minh Do on Monday, November 18th, 2019 at 11:08 a.m.',
    'By Jane Smith | November 18, 2019',
    // An opinion page's disclaimer (en, ar).
    'The views expressed below do not reflect the opinion of this site, only those of their authors.',
    'الآراء الواردة أدناه لا تعبر عن رأي موقع CNN بالعربية، بل تعكس وجهات نظر أصحابها فقط.',
  ])('drops %s', (s) => {
    expect(isBoilerplate(s)).toBe(true);
  });

  it.each([
    'The council voted to read more reports before deciding.',
    'By Tuesday the river had risen three metres.',
    "The artist's illustrations were sold at auction for $2 million on Monday.",
    'By March 2026 the city wants every bus to run on electricity.',
    'By Christmas, Officials Hope to reopen the bridge on Monday, 3 June 2026 at the latest.',
    'Police followed the suspect for two miles.',
    'The views expressed by the mayor below the bridge drew applause from the crowd.',
  ])('keeps %s', (s) => {
    expect(isBoilerplate(s)).toBe(false);
  });
});

describe('isKeyPointCandidate', () => {
  it.each([
    ['One comment read:', false],
    ['Too short.', false],
    ['A related hashtag on Weibo surpassed 270 million views, amplifying public condemnation.', true],
    ['Telegram is blocked in China and only accessible via VPN.', true],
    ['受强冷空气影响，我国中东部地区将出现大范围寒潮天气。', true],
    ['好的。', false],
    ['CLICK HERE to see all the pictures from the event today', false],
    ['수정 2025.11.20 16:30', false],
    ['Updated 2025-11-20 16:30 GMT', false],
    ['The vote was 52 to 48 on 3 March 2025.', true],
  ])('%s -> %s', (s, expected) => {
    expect(isKeyPointCandidate(s)).toBe(expected);
  });
});

describe('isKeyPointCandidate: program text is no sentence', () => {
  it.each([
    '"Contenu publié" : nrco.contentDetailController.content.status === "pending" ?',
    'Welcome back, {{ user.firstName }}! Your last visit was {{ lastVisit | date }}.',
    'If the user is logged in && the cart is not empty, the button shows the total price.',
    'The handler is registered as window.newsApp.articleView.onScroll and fires on every frame.',
  ])('drops %s', (text) => {
    expect(isKeyPointCandidate(text)).toBe(false);
  });
  it.each([
    'The U.S. economy grew 2.1 percent, news.bbc.co.uk reported on Tuesday, citing the Commerce Department.',
    'Shares of Alphabet Inc. rose 3 percent after the company beat expectations for the quarter.',
    'The score was 3-2 after extra time, and fans in Madrid celebrated until the early morning.',
  ])('keeps %s', (text) => {
    expect(isKeyPointCandidate(text)).toBe(true);
  });
});

describe('isKeyPointCandidate: page timestamps are not sentences', () => {
  it.each([
    'Thứ bảy, 22/11/2025, 07:30 (GMT+7)',
    'Published 22/11/2025 at 07:30 GMT',
    'Updated: 2025-11-22 07:30 UTC+7',
    'sexta-feira, 22 de outubro de 2010 às 20:13',
    'http://syiahali.wordpress.com/2011/09/07/fatwa-para-ulama-larangan-mencaci-para-sahabat/',
    'Source: https://www.example.com/reports/2025/annual-water-quality-report-final.pdf',
    'Ref 1: 3da77cc7-274c-480e-a8c3-2f41c7cf4e3d Ref 2: 000000 Ref 3: Wed, 25 Nov 2026 18:31:02 GMT',
    'Your session token 9f86d081884c7d659a2feaa0c55ad015 has expired, please sign in again.',
  ])('drops %s', (text) => {
    expect(isKeyPointCandidate(text)).toBe(false);
  });
  it.each([
    'The meeting on 22/11/2025 ended at 07:30 with a vote on the new budget.',
    'Trains will run every 10 minutes from 05:30 until midnight, the operator said.',
    'The report, published at https://example.com/r, found that bike traffic doubled on most corridors last year.',
    'The company paid 1234567890 dollars for the stake, the filing showed on Monday.',
  ])('keeps %s', (text) => {
    expect(isKeyPointCandidate(text)).toBe(true);
  });
});

describe('isKeyPointCandidate: promotion and sign-posting lines are not key points', () => {
  it.each([
    'Read the full 2024 Global DevSecOps Report for more insights on AI and security.',
    "We'd love to hear from you about how you use the new dashboard.",
    'Shout out to the volunteers for landing the migration changes this week.',
    "Here's a look at three of the more surprising results from this year's survey.",
    "Don't forget to subscribe to the channel for more videos like this one.",
    'Wir freuen uns auf Ihr Feedback zu den neuen Funktionen der App.',
    "N'hésitez pas à nous laisser un commentaire sous cet article.",
    'No olvides suscribirte a nuestro canal para ver más vídeos.',
    'If a friend forwarded this to you, you can sign up here.',
    'ATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao usuário não serão aprovados pelo moderador.',
    'Please note that comments containing links or personal attacks will not be published.',
  ])('%s', (text) => {
    expect(isKeyPointCandidate(text)).toBe(false);
  });

  it.each([
    'The full report was published on Tuesday by the health ministry.',
    'Researchers said they would love to see the trial repeated in larger groups.',
  ])('keeps story sentences that merely share words: %s', (text) => {
    expect(isKeyPointCandidate(text)).toBe(true);
  });
});

describe('stripDateline: footnote marks', () => {
  it('cuts a footnote mark the splitter left at the start of a sentence, and reports the cut', () => {
    const text = '[81] The exact conditions needed to give rise to this state are unknown.';
    const { text: kept, cut } = stripDateline(text);
    expect(kept).toBe('The exact conditions needed to give rise to this state are unknown.');
    expect(text.slice(cut)).toBe(kept);
  });
});

describe('stripDateline: a date as the dateline', () => {
  it('cuts "Feb. 23, 2015 -- " off the sentence', () => {
    const text = 'Feb. 23, 2015 -- Life-threatening peanut allergies have been on the rise in the past decade.';
    const { text: kept, cut } = stripDateline(text);
    expect(kept).toBe('Life-threatening peanut allergies have been on the rise in the past decade.');
    expect(text.slice(cut)).toBe(kept);
  });
});

describe('isKeyPointCandidate: photo captions in Chinese, Japanese and Korean news', () => {
  it.each(['图为马素湘在澳大利亚悉尼游玩时的近影。', '写真は記者会見で話す首相の様子を撮影したものです。'])(
    '%s',
    (text) => {
      expect(isKeyPointCandidate(text)).toBe(false);
    },
  );
});

describe('isKeyPointCandidate: Chinese captions and photo credits (blind pool K)', () => {
  it.each([
    '资料图：市民在寒冷天气中出行。',
    '中新社记者 贾天勇 摄',
    '小花母亲供图',
    '（新华社发 张三 摄）',
    '图片来源：视觉中国',
  ])('drops %s', (text) => {
    expect(isKeyPointCandidate(text) && !isBoilerplate(text)).toBe(false);
  });
  it.each([
    '摄影师张三在北京举办了他的第一次个人展览，吸引了上千名观众。',
    '图书馆将于下周一起延长开放时间至晚上十点。',
  ])('keeps %s', (text) => {
    expect(isBoilerplate(text)).toBe(false);
  });
});

describe("isBoilerplate: a magazine's sales lines and calls for readers' letters (blind pools J and L)", () => {
  it.each([
    'Das Heft ist ab 20.06.2019 im Handel sowie direkt im heise shop erhältlich.',
    'Das berichtet das Magazin Technology Review in seiner aktuellen Ausgabe 7/2019 (jetzt am Kiosk oder hier zu bestellen).',
    'Dieser Beitrag stammt aus Ausgabe 7/2019 der Technology Review.',
    'This story appears in the July issue of Wired.',
    'Submit your letter to the editor via this form.',
    'Click through for the whole thing.',
    '“2018十大经济年度人物评选”火热进行中！',
  ])('%s', (text) => {
    expect(isBoilerplate(text)).toBe(true);
  });
  it.each([
    'The new phone is on sale now for $999 in the United States and Canada.',
    'Der Händler bietet das Heft ab sofort auch digital an, sagte ein Sprecher am Montag.',
  ])('keeps %s', (text) => {
    expect(isBoilerplate(text)).toBe(false);
  });
});

describe("stripDateline: a gallery's slide counter comes off (blind pool M)", () => {
  it.each([
    ['1/10 当全世界绝大部分国家都在为能够吸引中国游客。', '当全世界绝大部分国家都在为能够吸引中国游客。'],
    ['3 / 12 The harbour at dawn, before the ferries leave.', 'The harbour at dawn, before the ferries leave.'],
    ['24/7 service is now available at all stations, the operator said.', null],
    ['9/11 changed the way airports screen passengers.', null],
  ])('%s', (text, kept) => {
    const { text: out, cut } = stripDateline(text);
    expect(out).toBe(kept ?? text);
    expect(text.slice(cut)).toBe(out);
  });
});

describe('stripDateline: a speaker label comes off (blind look 3)', () => {
  it.each([
    [
      'McKelvey:Everyone needs someone to tell them not to wear so much Prada.',
      'Everyone needs someone to tell them not to wear so much Prada.',
    ],
    ["JON SIEBEN: I don't think it should.", "I don't think it should."],
    [
      'Mashable: Unlike with Twitter, the founding story seems cut and dry.',
      'Unlike with Twitter, the founding story seems cut and dry.',
    ],
  ])('%s', (input, expected) => {
    const { text, cut } = stripDateline(input);
    expect(text).toBe(expected);
    expect(input.slice(cut)).toBe(expected);
  });

  it.each(['The ratio was 3:1 in favour.', 'Here is the plan: we go at dawn.', 'Time: 10:30 at the hall.'])(
    'keeps %s',
    (input) => {
      expect(stripDateline(input)).toEqual({ text: input, cut: 0 });
    },
  );
});

describe('isHandOver: a sentence that only points on or hands over is no key point', () => {
  it.each([
    "Here's how UGA tallied the oil-spill totals.",
    'Voici comment les chercheurs ont fait le calcul.',
    "The UGA scientists aren't the only ones calling the government's rosy picture into question.",
    "The staff in the District 12 district attorney's office, which represents three counties, also spoke up.",
    'Les chercheurs ne sont pas les seuls à douter du rapport.',
  ])('%s', (sentence) => {
    expect(isHandOver(sentence)).toBe(true);
    expect(isKeyPointCandidate(sentence)).toBe(false);
  });

  it.each([
    // A signpost that goes on to say how, and a long sentence with facts of its own, are points.
    "Here's how it works: the bank lends the money at 3% and the state pays the rest.",
    "Apple isn't the only company to face fines this year, after regulators in Brussels, Seoul and Tokyo fined Google a total of $5 billion over its app store rules.",
    'The researchers counted 4.1 million barrels that were still in the gulf in May.',
    // A claim with a noun is no hand-over: "not the only people at risk" says who else is.
    'The doctors warned that migrants are not the only people at risk of illness.',
  ])('%s', (sentence) => {
    expect(isHandOver(sentence)).toBe(false);
  });
});

describe('isHandOver: a hook or a wait-and-see sign-off speaks to the reader and tells nothing (blind pool F)', () => {
  it.each([
    'Get ready for a wild 2017 when it comes to the world of wireless.',
    'Prepare to board our latest 3D evaluation, as we look at how the film spends its 3D budget.',
    "We'll have to wait and see; the trade show is only a short time away!",
    'Only time will tell whether the new phone can win back the buyers it lost.',
    'Time will tell if this was indeed a historic flight or a flight of fancy.',
    'Turning your rented space into a smart home can be tricky; we have some advice.',
    'On December 28, I reached out to Slack’s PR team for the inside scoop.',
    'I met with the Surface team at the Redmond campus to learn how the hinge was built.',
    "First, it's probably good to have some background.",
    'The city quietly closed its last fallout shelters decades ago — here’s what is left.',
    'Préparez-vous à un été chaud sur le front des prix.',
    'Man darf gespannt sein, was der Konzern im Herbst vorstellt.',
    '今後の展開に期待したい。',
  ])('%s', (sentence) => {
    expect(isHandOver(sentence)).toBe(true);
    expect(isKeyPointCandidate(sentence)).toBe(false);
  });

  it.each([
    // The same words inside a story's facts, or a long sentence that carries its own, are points.
    'Hospitals got ready for a surge of patients after the storm cut power to 40,000 homes.',
    'Investors who wait and see until the vote could lose out, the bank said in a note to its clients on Monday.',
    'The council voted 7-2 to close the bridge; here is how each member voted on the plan, from the mayor down.',
    'I met with the mayor twice, and both times she said the bridge would close for good in 2027, whatever the vote.',
    'Get Ready Inc., a Boston company, raised $40 million from investors in a round led by Sequoia Capital and two pension funds last week, the filing shows, with more expected before the end of the year.',
  ])('%s', (sentence) => {
    expect(isHandOver(sentence)).toBe(false);
  });
});

describe("isBoilerplate: the writer's bio line under a story (blind why round 15)", () => {
  it.each([
    "Laura E. Adkins is the Forward's contributing network editor.",
    'Jane Doe is a freelance writer based in Leeds.',
    'Max Muster ist Redakteur bei der Zeitung.',
    'Marie Dupont est journaliste à Lyon.',
  ])('%s', (sentence) => {
    expect(isBoilerplate(sentence)).toBe(true);
    expect(isKeyPointCandidate(sentence)).toBe(false);
  });

  it.each([
    'The mayor is a former editor of the paper.',
    'John Smith is the new editor of the Times after a long search by the board of directors.',
    'Anna Pickard is Slack’s editorial director who apparently delighted her coworkers with her pronunciation of hummus.',
  ])('%s is story text', (sentence) => {
    expect(isBoilerplate(sentence)).toBe(false);
  });
});

describe("isBoilerplate: instructions for a player and calls for readers' material", () => {
  it.each([
    'Listen to the review by Dennis Morton, above.',
    'Watch the full interview below.',
    'Submit your Personal Finance Questions to the Getting Personal blog.',
    'Écoutez la chronique ci-dessus.',
  ])('%s', (sentence) => {
    expect(isBoilerplate(sentence)).toBe(true);
  });

  it('a sentence that reports what someone saw is story text', () => {
    expect(isBoilerplate('Witnesses saw the plane circle above the town twice.')).toBe(false);
  });
});

describe('stripDateline: a rubric label glued to the sentence under it', () => {
  it.each([
    [
      'Abstract This standard specifies a syntax for text messages.',
      'This standard specifies a syntax for text messages.',
    ],
    [
      "Analyse Après une semaine agitée, le Premier ministre s'est offert un succès.",
      "Après une semaine agitée, le Premier ministre s'est offert un succès.",
    ],
  ])('%s', (input, expected) => {
    const { text, cut } = stripDateline(input);
    expect(text).toBe(expected);
    expect(input.slice(cut)).toBe(expected);
  });

  it.each(['Analysis shows that prices rose in May.', 'Summary judgment was granted on Friday.'])(
    'a label word that opens the sentence stays: %s',
    (input) => {
      expect(stripDateline(input).text).toBe(input);
    },
  );
});

describe('isKeyPointCandidate: header blocks, tables of contents, plug-in notices', () => {
  it.each([
    'Network Working Group P. Resnick, Editor Request for Comments: 2822 QUALCOMM Incorporated Obsoletes: 822 April 2001 Category: Standards Track Status of this Memo This document specifies a standard.',
    'Folding white space and comments .......................11 3.2.4.',
    'RFC 2822 Internet Message Format April 2001 A.6.1.',
    'To view this content, Javascript must be enabled and Adobe Flash Player must be installed.',
    'Copyright Notice Copyright (C) The Internet Society (2001).',
  ])('%s', (sentence) => {
    expect(isKeyPointCandidate(sentence)).toBe(false);
  });

  it.each([
    'The report has two parts: costs and benefits, and the council will vote on both.',
    'Version 2.0 of the app was released on Tuesday with support for 3.5 million users.',
  ])('a sentence with a colon or a version number stays: %s', (sentence) => {
    expect(isKeyPointCandidate(sentence)).toBe(true);
  });
});

describe('isBoilerplate: a Japanese photo caption (blind pool C)', () => {
  it.each(['ウエスタンデジタルが提供しているユーティリティー「WD SSD Dashboard」の画面。', '新しいNUCの外観（左）。'])(
    '"%s" is a caption',
    (s) => expect(isBoilerplate(s)).toBe(true),
  );
  it.each([
    'Appleは日本でも、プライバシーをテーマにしたコマーシャルを放映し始めた。',
    'ゲームモードはSN750ならではの画面で設定できる。',
  ])('"%s" is story text', (s) => expect(isBoilerplate(s)).toBe(false));
});

describe('an affiliate disclosure is no key point', () => {
  it('drops "… has affiliate relationships with certain retailers … may receive a small percentage of any sale."', () => {
    expect(
      isKeyPointCandidate(
        'Mental Floss has affiliate relationships with certain retailers, including Amazon, and may receive a small percentage of any sale.',
      ),
    ).toBe(false);
    expect(isKeyPointCandidate('The company has affiliates in twelve countries and employs 900 people.')).toBe(true);
  });
});

describe('a pointer to what follows is no key point', () => {
  it.each([
    'Ahead, she shares the five biggest mistakes she sees people make when they decorate a small room.',
    '不具合の詳細とアップデート方法については次のページで紹介する。',
  ])('%s', (sentence) => {
    expect(isKeyPointCandidate(sentence)).toBe(false);
  });
  it('keeps a sentence about what lies ahead', () => {
    expect(
      isKeyPointCandidate('The road ahead will be difficult for the company, its chief executive said on Monday.'),
    ).toBe(true);
  });
});

describe("a licensed edition's imprint is no key point", () => {
  it.each([
    "The Japanese edition of 'ZDNet' is published under license from CBS Interactive, Inc., San Francisco, CA, USA.",
    "Editorial items that were originally published in the US Edition of 'ZDNet' are the copyright properties of CBS Interactive, Inc.",
  ])('%s', (sentence) => {
    expect(isKeyPointCandidate(sentence)).toBe(false);
  });
});

describe("isBoilerplate: a paywall's notice where the story stops, in Japanese and Chinese (blind pool N)", () => {
  it.each([
    '［有料会員限定］ この記事は会員限定です。',
    '電子版に登録すると続きをお読みいただけます。',
    'この記事は有料会員限定です。',
    '本文为付费会员专享内容。',
    '登录后阅读全文。',
  ])('"%s" is furniture', (s) => {
    expect(isBoilerplate(s)).toBe(true);
  });

  it.each([
    '中国国家主席、習近平（シー・ジンピン）も重要な陰の参戦者だった。',
    '会員制の交流サイトに登録した利用者は昨年より２割増えた。',
    '该平台会员人数在过去一年增长了两成。',
  ])('"%s" stays a sentence of the story', (s) => {
    expect(isBoilerplate(s)).toBe(false);
  });
});

describe("isBoilerplate: a newsletter's pitch set in the story (blind pool P)", () => {
  it('"FA Insights is a daily newsletter …" is furniture', () => {
    expect(
      isBoilerplate('FA Insights is a daily newsletter from Business Insider featuring the best news for advisors.'),
    ).toBe(true);
  });

  it('a story about a newsletter stays', () => {
    expect(isBoilerplate('The company said its daily newsletter now reaches more than two million readers.')).toBe(
      false,
    );
  });
});

describe("isBoilerplate: a call to turn on the site's notifications (blind pool Q)", () => {
  it.each([
    'Nutze die kleine rote Glocke unten rechts um aktuell informiert zu werden!',
    'Click the bell to get notified when we publish a new story.',
  ])('"%s" is furniture', (s) => {
    expect(isBoilerplate(s)).toBe(true);
  });

  it('a story about a bell stays', () => {
    expect(isBoilerplate('The church restored the small red bell that had hung in its tower since 1820.')).toBe(false);
  });
});
