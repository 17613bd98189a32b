import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '@/scripts/lib/load-document';
import { readMetadata, siteNameFromTitle } from '@/utils/article/read-metadata';
import { dateInUrl } from '@/utils/article/read-published-time';
import { cleanByline } from '@/utils/article/read-byline';
import { checkLanguage } from '@/utils/text/detect-language';
import { parseTextDate } from '@/utils/text/parse-date';

/** Page facts as older and non-English sites write them (issue 12): dates, site names, bylines, language. */
const page = (head: string, body = '', htmlAttrs = ''): Document =>
  documentFromHtml(`<!doctype html><html${htmlAttrs}><head>${head}</head><body>${body}</body></html>`);
const URL_ = 'https://www.example.com/news/2019/story';
const STORY =
  '<p>The council approved the new budget on Tuesday after a long debate about the cost of the bridge repairs.</p>';

describe('dates written in figures and in more languages', () => {
  it.each([
    ['15.08.2015, 14:10', null, '2015-08-15T14:10'],
    ['2015.08.15 10:28', null, '2015-08-15T10:28'],
    ['2013-10-24 03:00:00', null, '2013-10-24T03:00'],
    ['2014/01/16', null, '2014-01-16'],
    ['الأحد، 04 آب/اغسطس 2013، آخر تحديث 02:21', 'ar', '2013-08-04'],
    ['١٢/٠٣/٢٠٢٠', 'ar', '2020-03-12'],
    ['15 августа 2015 г.', 'ru', '2015-08-15'],
    ['2015. augusztus 15. 10:28', 'hu', '2015-08-15T10:28'],
    ['12 października 2019', 'pl', '2019-10-12'],
    ['2013년 10월 24일 03:00', 'ko', '2013-10-24T03:00'],
    ['24 Οκτωβρίου 2013', 'el', '2013-10-24'],
    ['5 Mei 2020', 'id', '2020-05-05'],
    ['Wednesday, 21 Sep 2011 | 4:35 PM ET', 'en', '2011-09-21T16:35'],
  ])('"%s" (%s) -> %s', (text, lang, iso) => {
    expect(parseTextDate(text, lang)).toBe(iso);
  });

  it('reads a slashed date month first in English and day first elsewhere', () => {
    expect(parseTextDate('10/9/10 7:15 AM EDT', 'en')).toBe('2010-10-09T07:15');
    expect(parseTextDate('10/9/10', 'en-US')).toBe('2010-10-09');
    expect(parseTextDate('10/9/10', 'en-GB')).toBe('2010-09-10');
    expect(parseTextDate('10/9/2010', 'fr')).toBe('2010-09-10');
    // A part over 12 settles the order whatever the language.
    expect(parseTextDate('25/12/2019', 'en')).toBe('2019-12-25');
  });

  it('takes no version number or phone number for a date', () => {
    expect(parseTextDate('Version 1.2.10 released')).toBeNull();
    expect(parseTextDate('Tel. 12.34.5678')).toBeNull();
    expect(parseTextDate('1/2/3')).toBeNull();
  });
});

describe('publication dates of older sites', () => {
  it.each([
    ['publish_date', '<meta name="publish_date" content="Thu, 06 Oct 2011 08:10:27 EST">', '2011-10-06'],
    ['OriginalPublicationDate', '<meta name="OriginalPublicationDate" content="2010/08/12 17:00:00">', '2010-08-12'],
    ['DC.date.issued', '<meta name="DC.date.issued" content="2012-10-27">', '2012-10-27'],
    ['sailthru.date', '<meta name="sailthru.date" content="2014-04-24 10:00:00">', '2014-04-24'],
  ])('reads <meta name="%s">', (_name, head, day) => {
    expect(readMetadata(page(`<title>t</title>${head}`), URL_).publishedTime?.slice(0, 10)).toBe(day);
  });

  it('reads a pubdate attribute on any element', () => {
    const doc = page(
      '<title>t</title>',
      `<article><span pubdate="2013-04-22T18:54:00+10:00">Mon</span>${STORY}</article>`,
    );
    expect(readMetadata(doc, URL_).publishedTime).toBe('2013-04-22T18:54:00+10:00');
  });

  it('reads the date on the line under the headline, whatever its class', () => {
    const doc = page(
      '<title>Как платить кредиты банкам</title>',
      `<h1>Как платить кредиты банкам</h1><div class="article_auth"><a href="/authors/pz">Полина Зябрева</a> <span class="x">15.08.2015, 14:10</span></div>${STORY}`,
    );
    expect(readMetadata(doc, URL_).publishedTime).toBe('2015-08-15T14:10');
  });

  it("reads the date under the story's headline, not under a section's h1", () => {
    const doc = page(
      '<title>Fed statement on Operation Twist</title>',
      '<h1>Market Insider</h1><div class="ticker">Markets 01.02.2016</div>' +
        `<h1>Fed statement on Operation Twist</h1><div class="tool">Published: Wednesday, 21 Sep 2011 | 4:35 PM ET</div>${STORY}`,
    );
    expect(readMetadata(doc, URL_).publishedTime).toBe('2011-09-21T16:35');
  });

  it('takes no date from a short dek under the headline, but does from a dateline naming its author', () => {
    const doc = page(
      '<title>How the pandemic began</title>',
      `<h1>How the pandemic began</h1><p class="dek">On 11 March 2020, the WHO declared a pandemic.</p>${STORY}`,
    );
    expect(readMetadata(doc, URL_).publishedTime).toBeNull();
    const dateline = page(
      '<title>On recent events</title>',
      `<h1>On recent events</h1><p class="top">Tuesday 15 October 2019 by Bradley M. Kuhn</p>${STORY}`,
    );
    expect(readMetadata(dateline, URL_).publishedTime).toBe('2019-10-15');
  });

  it("reads the date under the page's only headline when the title is worded otherwise", () => {
    const doc = page(
      '<title>Bridge repairs: council approves budget | News</title>',
      `<h1>Council approves the bridge repair budget</h1><p class="x">Jane Doe · 3 March 2021</p>${STORY}`,
    );
    expect(readMetadata(doc, URL_).publishedTime).toBe('2021-03-03');
  });

  it('reads a date element named by its id or a dateline in the byline', () => {
    const byId = page('<title>t</title>', `<div><span id="pub_date">2014年01月16日 04:04</span></div>${STORY}`);
    expect(readMetadata(byId, URL_).publishedTime).toBe('2014-01-16T04:04');
    const inByline = page(
      '<title>t</title>',
      `<div class="byline">By <a>MAGGIE HABERMAN</a> | 10/9/10 7:15 AM EDT</div>${STORY}`,
      ' lang="en"',
    );
    expect(readMetadata(inByline, URL_).publishedTime).toBe('2010-10-09T07:15');
  });

  it('never takes a date from a comment or a related story', () => {
    const doc = page(
      '<title>Tapie et La Provence</title>',
      `<h1>Tapie et La Provence</h1>${STORY}${STORY}${STORY}${STORY}` +
        '<div class="comment"><div class="comment_author">Soumis par x, <span class="date">le lundi 29 octobre 2012 à 15h46</span></div></div>' +
        '<ul class="related-stories"><li><span class="date">3 novembre 2012</span></li></ul>',
      ' lang="fr"',
    );
    expect(readMetadata(doc, URL_).publishedTime).toBeNull();
  });
});

describe('dates inside a page whose wrapper only looks like a comment or related box', () => {
  it('reads the date under the headline in a "responsive-articlepage" wrapper', () => {
    const doc = page(
      '<title>The first map of Titan revealed</title>',
      `<div class="responsive-articlepage"><h1>The first map of Titan revealed</h1><div class="author-name"><span>REUTERS</span><span>19 NOV 2019</span></div>${STORY}</div>`,
    );
    expect(readMetadata(doc, URL_).publishedTime).toBe('2019-11-19');
  });

  it('skips the empty date fields of a form among the first date elements', () => {
    const fields = Array.from({ length: 6 }, (_, i) => `<input class="field_date" type="hidden" value="${i}">`).join(
      '',
    );
    const doc = page('<title>t</title>', `${fields}<div class="post-date">3 March 2021</div>${STORY}`);
    expect(readMetadata(doc, URL_).publishedTime).toBe('2021-03-03');
  });
});

describe("the site's name when no meta tag names it", () => {
  it.each([
    ['Olivia Munn: Queen of the Uncool - BusinessWeek', 'Olivia Munn: Queen of the Uncool', 'BusinessWeek'],
    [
      'How to Save Money on Groceries - Your Money Today - Your Life - MSN Lifestyle',
      'How to Save Money on Groceries',
      'MSN Lifestyle',
    ],
    [
      '谷歌两年花170亿美元并购 超五大公司总和|苹果|谷歌|科技公司_业界_新浪科技_新浪网',
      '谷歌两年花170亿美元并购 超五大公司总和',
      '新浪网',
    ],
    ['[CEO&]창의적 열정과 소통 : 뉴스 : 동아닷컴', '[CEO&]창의적 열정과 소통', '동아닷컴'],
    ['女儿出嫁，郑板桥画了几笔兰花当嫁妆--文化--人民网', '女儿出嫁，郑板桥画了几笔兰花当嫁妆', '人民网'],
    ['法国全国大罢工再次严重影响交通-新华网', '法国全国大罢工再次严重影响交通', '新华网'],
    ['Now and Then, Here and There - Wikipedia, the free encyclopedia', 'Now and Then, Here and There', 'Wikipedia'],
    [
      'Swimming greats say cuts a shame - ABC News (Australian Broadcasting Corporation)',
      'Swimming greats say cuts a shame',
      'ABC News',
    ],
  ])('"%s" -> %s', (title, headline, site) => {
    expect(siteNameFromTitle(title, headline)).toBe(site);
  });

  it('takes no part of the headline itself for the site', () => {
    expect(
      siteNameFromTitle(
        'Montebourg envisage des privatisations partielles',
        'Montebourg envisage des privatisations partielles',
      ),
    ).toBeNull();
    // The last part is the headline's own when the rest does not hold the headline.
    expect(siteNameFromTitle('Review - A phone that lasts', 'Review - A phone that lasts')).toBeNull();
  });

  it('reads it from the page title on a page without og:site_name', () => {
    const doc = page(
      '<title>Olivia Munn: Queen of the Uncool - BusinessWeek</title><meta property="og:title" content="Olivia Munn: Queen of the Uncool">',
    );
    expect(readMetadata(doc, URL_)).toMatchObject({
      siteName: 'BusinessWeek',
      title: 'Olivia Munn: Queen of the Uncool',
    });
  });

  it('reads the copyright holder when it spells the host', () => {
    const body = `${STORY}<div class="foot">Copyright by donga.com</div>`;
    expect(readMetadata(page('<title>기사</title>', body), 'https://news.donga.com/3/all/1').siteName).toBe(
      'donga.com',
    );
    expect(readMetadata(page('<title>기사</title>', body), 'https://www.example.org/a').siteName).toBeNull();
  });
});

describe('bylines that name people, not the publisher', () => {
  it('takes the authors on the page over a publisher in the author tag', () => {
    const doc = page(
      '<title>t</title><meta name="author" content="Ediciones El País"><meta name="DC.publisher" content="Ediciones El País">',
      '<div class="firma"><span class="autor"><a href="/autor/maria/a/" rel="author">María R. Sahuquillo</a> / <a href="/autor/emilio/a/" rel="author">Emilio de Benito</a></span></div>',
    );
    expect(readMetadata(doc, URL_).byline).toBe('María R. Sahuquillo, Emilio de Benito');
  });

  it('takes no host name for an author, and joins the itemprop authors of one byline', () => {
    const doc = page(
      '<title>t</title><meta name="author" content="lefigaro.fr">',
      '<ul><li class="fig-auteur">Par <span itemprop="author"><a itemprop="name" href="#a">Bertille Bayart</a></span>, <span itemprop="author"><a itemprop="name" href="#a">Marie Visot</a></span></li></ul>',
    );
    expect(readMetadata(doc, URL_).byline).toBe('Bertille Bayart, Marie Visot');
  });

  it("takes neither an hCard organisation nor a photo's credit for the author", () => {
    const doc = page(
      '<title>t</title>',
      '<p class="source-org vcard"><span class="org fn"> | FoxNews.com</span></p>' +
        '<div class="hmedia"><img src="a.jpg"><p class="contributor vcard"><span class="fn">AP</span></p></div>',
    );
    expect(readMetadata(doc, URL_).byline).toBeNull();
    expect(cleanByline('| FoxNews.com')).toBeNull();
  });

  it.each([
    ['Juan Gaona Seguir', 'Juan Gaona'],
    ['Max Muster Folgen', 'Max Muster'],
    ['Süddeutsche.de GmbH, Munich, Germany', null],
    ['Daniel Follows', 'Daniel Follows'],
    ['En kiosques : janvier 2020', null],
    ['Marie Dupont, mars 2020', 'Marie Dupont'],
    ['By Theresa May', 'Theresa May'],
  ])(
    'the byline "%s" is a name without its follow button or an issue date, and a company is none (blind pools J, L)',
    (raw, name) => {
      expect(cleanByline(raw)).toBe(name);
    },
  );

  it("takes the writer on the page over the site's handle and an Organization as JSON-LD author (blind pool J)", () => {
    const doc = page(
      '<title>t</title><meta property="article:author" content="@NatGeoUK">' +
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"t","author":{"@type":"Organization","name":"National Geographic"},"publisher":{"@type":"Organization","name":"National Geographic"}}</script>',
      '<div class="sharekit__contributors--author">By <a href="/authors/michael-hingston">Michael Hingston</a></div>',
    );
    expect(readMetadata(doc, URL_).byline).toBe('Michael Hingston');
  });

  it("takes no byline from the site's name with its seat ('SPIEGEL ONLINE, Hamburg, Germany')", () => {
    const doc = page(
      '<title>t</title><meta property="og:site_name" content="SPIEGEL ONLINE"><meta name="author" content="SPIEGEL ONLINE, Hamburg, Germany">',
      '<p>Story text.</p>',
    );
    expect(readMetadata(doc, URL_).byline).toBeNull();
  });

  it('keeps an organisation credited as author that is not the publisher (a wire service)', () => {
    const doc = page(
      '<title>t</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"t","author":{"@type":"Organization","name":"Associated Press"},"publisher":{"@type":"Organization","name":"Daily News"}}</script>',
      '<p>Story text.</p>',
    );
    expect(readMetadata(doc, URL_).byline).toBe('Associated Press');
  });

  it('reads the search byline meta tag', () => {
    expect(readMetadata(page('<title>t</title><meta name="Search.Byline" content="Patti Domm">'), URL_).byline).toBe(
      'Patti Domm',
    );
  });

  it("reads a byline classed in another language or linked to the author's page", () => {
    const classed = page('<title>t</title>', '<div class="autor-box"><span>Ana Gómez Ruiz</span></div>');
    expect(readMetadata(classed, URL_).byline).toBe('Ana Gómez Ruiz');
    const linked = page('<title>t</title>', `<p>Par <a href="/auteurs/jean-dupont">Jean Dupont</a></p>${STORY}`);
    expect(readMetadata(linked, URL_).byline).toBe('Jean Dupont');
    const deeper = page(
      '<title>t</title>',
      `<div class="article_auth mb5"><a href="/gazeta/authors/polina_zyabreva.shtml">Полина Зябрева</a> <span>15.08.2015, 14:10</span></div>${STORY}`,
    );
    expect(readMetadata(deeper, URL_).byline).toBe('Полина Зябрева');
  });

  it("takes no author from the site's menu of columnists", () => {
    const doc = page(
      '<title>t</title>',
      '<nav><ul><li><a href="/author/grace-dent">Grace Dent</a></li><li><a href="/author/robert-fisk">Robert Fisk</a></li></ul></nav>' +
        `<p>Par <a href="/author/hazel-sheffield">Hazel Sheffield</a></p>${STORY}`,
    );
    expect(readMetadata(doc, URL_).byline).toBe('Hazel Sheffield');
  });

  it('takes no log-in box or list of writers for the byline', () => {
    const doc = page(
      '<title>t</title>',
      '<div class="auth-modal">Sign in to comment</div>' +
        '<aside><ul><li><a href="/authors/grace-dent">Grace Dent</a></li><li><a href="/authors/robert-fisk">Robert Fisk</a></li><li><a href="/authors/john-rentoul">John Rentoul</a></li></ul></aside>' +
        STORY,
    );
    expect(readMetadata(doc, URL_).byline).toBeNull();
  });

  it("joins no names from a long box of other stories' authors", () => {
    const long = `${STORY}${STORY}`;
    const doc = page(
      '<title>t</title>',
      `<div><div><p class="byline">By Nathan Willis</p>${long}</div><div><p class="byline">By Jonathan Corbet</p>${long}</div></div>`,
    );
    expect(readMetadata(doc, URL_).byline).toBe('Nathan Willis');
  });
});

describe("the page's language checked against its script", () => {
  const ENGLISH =
    'Now and Then, Here and There is a Japanese anime television series directed by Akitaro Daichi. The series follows a boy who is transported to a strange world where a girl named Lala-Ru is held captive. ';
  it('an English page that quotes a few kana stays English', () => {
    expect(checkLanguage('en', `${ENGLISH}(今、そこにいる僕, Ima, Soko ni Iru Boku) ${ENGLISH}`)).toBe('en');
  });
  it('a page that declares nothing gets the language its script names', () => {
    expect(checkLanguage(null, '谷歌两年花170亿美元并购，超过五大公司的总和。'.repeat(20))).toBe('zh');
    expect(checkLanguage(null, 'معارضون يسيطرون على مخازن للصواريخ بريف دمشق '.repeat(10))).toBe('ar');
    expect(checkLanguage(null, ENGLISH)).toBeNull();
  });
});

describe('page facts on blind pool C pages (issue 12)', () => {
  it('a meta tag that holds its text in value, not content, is read (saved pages)', () => {
    const m = readMetadata(
      page('<title>Story : NPR</title><meta name="og:site_name" value="NPR.org"><meta name="date" value="2016-12-15">'),
      URL_,
    );
    expect(m.siteName).toBe('NPR.org');
    expect(m.publishedTime).toBe('2016-12-15');
  });

  it.each([
    ['ITmedia PC USER 最新記事一覧(RSS2.0)', 'ITmedia PC USER'],
    ['Example Gazette - Latest stories RSS', 'Example Gazette'],
  ])('the feed title "%s" names the site without its list label', (feed, site) => {
    const html = `<title>Story</title><link rel="alternate" type="application/rss+xml" title="${feed}" href="/rss/index.xml">`;
    expect(readMetadata(page(html, STORY), URL_).siteName).toBe(site);
  });

  it.each(['総合RSS', 'Top stories RSS', 'Alle Nachrichten RSS'])('a section feed ("%s") names no site', (feed) => {
    const html = `<title>Story</title><link rel="alternate" type="application/rss+xml" title="${feed}" href="/rss/index.rdf">`;
    const site = readMetadata(page(html, STORY), URL_).siteName;
    expect(site === null || !/総合|top stories|alle nachrichten/i.test(site)).toBe(true);
  });

  it("a blog host's name beside the blog's own is not the site", () => {
    const m = readMetadata(
      page('<title>제목 : 네이버 블로그</title><meta property="og:site_name" content="네이버 블로그 | 고든의 블로그">'),
      URL_,
    );
    expect(m.siteName).toBe('고든의 블로그');
    expect(m.title).toBe('제목');
  });

  it('a bracketed gloss after the site name is cut', () => {
    const m = readMetadata(
      page('<title>T</title><meta property="og:site_name" content="ScanNetSecurity[国内最大級のサイト]">'),
      URL_,
    );
    expect(m.siteName).toBe('ScanNetSecurity');
  });

  it.each([
    [
      'Dylann Roof Convicted Of Charleston Church Massacre : The Two-Way : NPR',
      'NPR.org',
      'Dylann Roof Convicted Of Charleston Church Massacre',
    ],
    ['Intel NUCで最新SSDを比較してみた (1/2) - ITmedia PC USER', 'ITmedia PC USER', 'Intel NUCで最新SSDを比較してみた'],
    ['Bridge to close for two years （2／3） | Example News', 'Example News', 'Bridge to close for two years'],
    // Blind pool G: a section after "|" before the site's name written without "The", and "--" before the site.
    [
      'China snubs Imran Khan, says resolve Jammu and Kashmir bilaterally | India News - Times of India',
      'The Times of India',
      'China snubs Imran Khan, says resolve Jammu and Kashmir bilaterally',
    ],
    [
      'Ahmad Khan Rahami Is Arrested in Manhattan and New Jersey Bombings (Published 2016)',
      'The New York Times',
      'Ahmad Khan Rahami Is Arrested in Manhattan and New Jersey Bombings',
    ],
    [
      'Why Amazon and Activision Blizzard Are Betting on eSports --  The Motley Fool',
      'The Motley Fool',
      'Why Amazon and Activision Blizzard Are Betting on eSports',
    ],
  ])('the title "%s" loses its site, section and page counter', (title, site, story) => {
    expect(
      readMetadata(page(`<title>${title}</title><meta property="og:site_name" content="${site}">`), URL_).title,
    ).toBe(story);
  });

  it.each([
    ['Wednesday January 18, 2017 11:44 am PST by Juli Clover', 'Juli Clover'],
    ['1', null],
    ['Steve Gillman Contributor', 'Steve Gillman'],
    ['Stephen Collinson, CNN Updated', 'Stephen Collinson, CNN'],
    ['Grant Brisbee@mccoveychron', 'Grant Brisbee'],
  ])('the byline "%s" is the name only', (raw, name) => {
    expect(cleanByline(raw)).toBe(name);
  });

  it('the byline under a headline set in a <header> dates the page (blind pool G)', () => {
    const body =
      "<article><header>Steam's Linux Marketshare Ticks Up Ever So Slightly For May</header>" +
      '<div class="author">Written by <a href="/a">Michael Larabel</a> in <a href="/t">Valve</a> on 1 June 2019 at 08:34 PM EDT. <a href="/c">Add A Comment</a></div>' +
      STORY +
      '</article>';
    expect(
      readMetadata(page("<title>Steam's Linux Marketshare Ticks Up Ever So Slightly For May</title>", body), URL_)
        .publishedTime,
    ).toBe('2019-06-01T20:34');
  });

  it('a date box above the box that opens with the headline dates the page (camel-case id)', () => {
    const body =
      '<div id="cmsDate"><div class="inner"><span id="update">2019年02月22日 14時30分 公開</span></div></div>' +
      '<div id="cmsTitle"><div class="inner"><h1>Intel NUCで最新SSDを比較してみた</h1></div></div>' +
      STORY;
    expect(
      readMetadata(page('<title>Intel NUCで最新SSDを比較してみた</title>', body, ' lang="ja"'), URL_).publishedTime,
    ).toBe('2019-02-22T14:30');
  });

  it('a date under the headline counts inside a layout box named for its sidebars that holds the headline', () => {
    const body =
      '<div class="page-left-right-sidebar"><h1>These six singers are refusing to play the concert</h1>' +
      '<div class="blog-author"><a href="/author/x/" rel="author">Tana Ganeva</a><br><a href="/2016/12/22/">22 Dec 2016 at 14:27 ET</a></div>' +
      `${STORY}</div>`;
    expect(
      readMetadata(page('<title>These six singers are refusing to play the concert</title>', body), URL_).publishedTime,
    ).toBe('2016-12-22T14:27');
  });
});

describe('the headline the reader sees over the story is the title (blind pools F-H)', () => {
  const social =
    '<meta property="og:title" content="Kashmir issue: China snubs Imran Khan, says resolve Jammu and Kashmir bilaterally">';
  it("the page's one h1 wins over the social card's headline for the same story", () => {
    const m = readMetadata(
      page(social, `<h1>China snubs Imran Khan, says resolve J&amp;K bilaterally</h1>${STORY}`),
      URL_,
    );
    expect(m.title).toBe('China snubs Imran Khan, says resolve J&K bilaterally');
  });

  it("a section's label before the headline the page shows is no part of the title (blind pool Q)", () => {
    const head = '<meta property="og:title" content="Chronik: Lotte Tobisch ist tot">';
    expect(readMetadata(page(head, `<h1>Lotte Tobisch ist tot</h1>${STORY}`), URL_).title).toBe(
      'Lotte Tobisch ist tot',
    );
    // The control: a headline that only begins like a label stays whole when the page shows it whole.
    const whole = '<meta property="og:title" content="Klimaschutz: Bohren, bis es heiß wird">';
    expect(readMetadata(page(whole, `<h1>Klimaschutz: Bohren, bis es heiß wird</h1>${STORY}`), URL_).title).toBe(
      'Klimaschutz: Bohren, bis es heiß wird',
    );
  });

  it("a JSON-LD headline left as the publishing system's name gives way to the social card's (blind pool Q)", () => {
    const head =
      '<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"escenic"}</script>' +
      '<meta property="og:title" content="Plumber jailed after boiler killed millionaire\'s daughter">';
    expect(readMetadata(page(head, STORY), URL_).title).toBe(
      "Plumber jailed after boiler killed millionaire's daughter",
    );
  });

  it("a column's name, a greeting or the site's logo in the h1 does not", () => {
    const title = 'The Adorable Reason You Can Set Your Alert Sound to Hummus on Slack';
    const head = `<meta property="og:title" content="${title}">`;
    expect(readMetadata(page(head, `<h1>The Schmooze: Your Jewish Pop Culture Fix</h1>${STORY}`), URL_).title).toBe(
      title,
    );
    expect(
      readMetadata(page(head, `<h1><a href="/">Slack Hummus Alert Sound Archive</a></h1>${STORY}`), URL_).title,
    ).toBe(title);
  });

  it("a blog's name linked as its home in a second h1 does not count: the story's h1 wins (blind pool J)", () => {
    const m = readMetadata(
      page(
        '<meta property="og:title" content="Die Ablehnung der Gendersprache » SciLogs - Wissenschaftsblogs">',
        '<h1><span>BLOG: </span><a href="https://blogs.example.com/galaxis/" rel="home">Die Engelbart-Galaxis</a></h1>' +
          `<h1 class="entry-title">Die Ablehnung von “Gendersprache” – medial produziert</h1>${STORY}`,
      ),
      URL_,
    );
    expect(m.title).toBe('Die Ablehnung von “Gendersprache” – medial produziert');
  });

  it("a blog's logo h1 linking its front page is no headline: it names the site, and the title loses it (blind pool M)", () => {
    const m = readMetadata(
      page(
        '<title>Internet-Law » Verstößt der Ausschluss von Pseudonymen bei Google+ gegen deutsches Recht?</title>',
        `<h1 id="header"><a href="http://www.internet-law.de">Internet-Law</a></h1>${STORY}`,
      ),
      URL_,
    );
    expect(m.title).toBe('Verstößt der Ausschluss von Pseudonymen bei Google+ gegen deutsches Recht?');
    expect(m.siteName).toBe('Internet-Law');
  });

  it('two different long h1s leave the title as it was', () => {
    const m = readMetadata(
      page(social, `<h1>China snubs Imran Khan over Kashmir</h1><h1>Imran Khan visits China for talks</h1>${STORY}`),
      URL_,
    );
    expect(m.title).toBe('Kashmir issue: China snubs Imran Khan, says resolve Jammu and Kashmir bilaterally');
  });
});

describe("the date in the story's address, when the page writes none (blind pool K)", () => {
  it.each([
    ['https://new.qq.com/omn/20190907/20190907A081B000.html', '2019-09-07'],
    ['https://www.salon.com/2020/01/17/little-america-review/', '2020-01-17'],
    ['https://example.com/2019-09-07-some-slug', '2019-09-07'],
    ['https://example.com/2019/09/', null],
    ['https://example.com/p/20191399', null],
  ])('%s -> %s', (url, iso) => {
    expect(dateInUrl(url)).toBe(iso);
  });

  it('dates an article without a date of its own, and loses to a date the page writes', () => {
    const url = 'https://news.example.com/omn/20190907/20190907A081B000.html';
    expect(readMetadata(page('<title>t</title>', STORY), url).publishedTime).toBe('2019-09-07');
    expect(
      readMetadata(
        page('<title>t</title><meta property="article:published_time" content="2019-09-08T10:00:00Z">', STORY),
        url,
      ).publishedTime,
    ).toBe('2019-09-08T10:00:00Z');
  });
});

describe("an author box's name line, not its job title and links (blind pool N)", () => {
  it('reads "Ann Coulter" from the box, not "Political Commentator, See All Articles Subscribe to RSS Bio …"', () => {
    const doc = page(
      '<title>t</title>',
      `${STORY}<div class="author-box clearfix"><img class="avatar photo" src="a.jpg" alt="Photo of Ann Coulter"><div class="data"><div class="name" id="name">Ann Coulter</div><div class="authortitle">Political Commentator</div><ul class="author"><li><a href="https://www.example.com/author/acoulter/">See All Articles</a></li><li><a href="https://www.example.com/author/acoulter/feed/">Subscribe to RSS</a></li><li><a href="#bio">Bio</a></li></ul><div class="bio">Ann Coulter is a political commentator and author.</div></div></div>`,
    );
    expect(readMetadata(doc, URL_).byline).toBe('Ann Coulter');
  });

  it.each(['Political Commentator', 'Staff Writer', 'Senior Editor'])('"%s" alone is a job title, no byline', (t) => {
    expect(cleanByline(t)).toBeNull();
  });

  it('a name with its title after it keeps the name', () => {
    expect(cleanByline('Jane Doe, Political Commentator')).toBe('Jane Doe');
  });
});
