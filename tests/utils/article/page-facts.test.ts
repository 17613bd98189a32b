import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '@/scripts/lib/load-document';
import { cleanTitle } from '@/utils/article/clean-title';
import { cleanByline } from '@/utils/article/read-byline';
import { readMetadata } from '@/utils/article/read-metadata';
import { parseLenientJson } from '@/utils/text/lenient-json';
import { parseTextDate } from '@/utils/text/parse-date';

const page = (head: string, body = '', htmlAttrs = ''): Document =>
  documentFromHtml(`<!doctype html><html${htmlAttrs}><head>${head}</head><body>${body}</body></html>`);
const URL_ = 'https://www.example.com/news/2019/story';
const ld = (json: string): string => `<script type="application/ld+json">${json}</script>`;

describe('JSON-LD read as pages write it', () => {
  it.each([
    ['a CDATA wrapper', '<![CDATA[ {"@type":"Article","datePublished":"2018-04-05T06:00"} ]]>'],
    ['trailing commas', '{"@type":"NewsArticle","datePublished":"2018-04-05T06:00",}'],
    [
      'a raw line break inside a string',
      '{"@type":"Article","headline":"Two\nlines","datePublished":"2018-04-05T06:00"}',
    ],
    [
      'two objects one after the other',
      '{"@type":"WebSite","name":"X"}{"@type":"Article","datePublished":"2018-04-05T06:00"}',
    ],
    ['a non-Article type (MedicalWebPage)', '{"@type":"MedicalWebPage","datePublished":"2018-04-05T06:00"}'],
    [
      'an @graph',
      '{"@graph":[{"@type":"Organization","name":"Org"},{"@type":"BlogPosting","datePublished":"2018-04-05T06:00"}]}',
    ],
  ])('finds the date in JSON-LD with %s', (_name, json) => {
    expect(readMetadata(page(`<title>t</title>${ld(json)}`), URL_).publishedTime).toBe('2018-04-05T06:00');
  });

  it('gives up on text that is no JSON even repaired', () => {
    expect(parseLenientJson('{"@type": Article')).toBeUndefined();
  });
});

describe('dates written out in text', () => {
  it.each([
    ['20 Nov 2019 08:02 GMT', '2019-11-20T08:02Z'],
    ['Nov. 19, 2019 8:21 am ET', '2019-11-19T08:21'],
    ['1 mars 2019 à 15:20', '2019-03-01T15:20'],
    ['3. März 2025, 10:30', '2025-03-03T10:30'],
    ['20 de noviembre de 2019', '2019-11-20'],
    ['2019年11月20日 08:02', '2019-11-20T08:02'],
    ['Updated Monday', null],
    ['31 Feb 2019', null],
  ])('"%s" -> %s', (text, iso) => {
    expect(parseTextDate(text)).toBe(iso);
  });

  it('reads a <time> without datetime', () => {
    const doc = page('<title>t</title>', '<article><time>20 Nov 2019 08:02 GMT</time><p>Text.</p></article>');
    expect(readMetadata(doc, URL_).publishedTime).toBe('2019-11-20T08:02Z');
  });

  it('reads a date line by its class', () => {
    const doc = page('<title>t</title>', '<article><div class="article-date">1 mars 2019 à 15:20</div></article>');
    expect(readMetadata(doc, URL_).publishedTime).toBe('2019-03-01T15:20');
  });
});

describe('site names that are names', () => {
  it.each([
    [
      'a feed title with its feed words',
      '<link rel="alternate" type="application/rss+xml" title="Salon.com RSS Feed" href="/feed/">',
      'https://www.salon.com/2015/01/x/',
      'Salon.com',
    ],
    [
      'a URL is no name',
      '<meta property="og:site_name" content="http://www.tmz.com">',
      'https://www.tmz.com/2015/x',
      null,
    ],
    [
      'a slogan after the name',
      '<meta property="og:site_name" content="Aktuálně.cz - Víte, co se právě děje">',
      'https://zpravy.aktualne.cz/x',
      'Aktuálně.cz',
    ],
    [
      'a section feed is not the site',
      '<link rel="alternate" type="application/rss+xml" title="Code (RSS)" href="/code/feed/">',
      'https://example.org/code/x',
      null,
    ],
  ])('%s', (_name, head, url, siteName) => {
    expect(readMetadata(page(`<title>t</title>${head}`), url).siteName).toBe(siteName);
  });
});

describe('titles without the site', () => {
  it.each([
    ['江苏一男子跳河救人后悄然离开_社会_晨光网', '晨光网', [], '江苏一男子跳河救人后悄然离开'],
    ['女儿出嫁，郑板桥画了几笔兰花当嫁妆--文化--人民网', null, [], '女儿出嫁，郑板桥画了几笔兰花当嫁妆'],
    ['法国全国大罢工再次严重影响交通-新华网', '新华网', [], '法国全国大罢工再次严重影响交通'],
    ['iPhone-12发布会定于下周举行', null, [], 'iPhone-12发布会定于下周举行'],
    [
      '棱镜|数据业大整顿：爬虫与现金贷共生共荣，用户信息几元不等_财经_腾讯网',
      null,
      ['棱镜|数据业大整顿：爬虫与现金贷共生共荣，用户信息几元不等'],
      '棱镜|数据业大整顿：爬虫与现金贷共生共荣，用户信息几元不等',
    ],
    [
      'Einstieg ins TV-Geschäft: Wie Freenet Privatkunden gewinnen will › Meedia',
      'Meedia',
      [],
      'Einstieg ins TV-Geschäft: Wie Freenet Privatkunden gewinnen will',
    ],
    ['The Space Review: Who will build the next station?', 'The Space Review', [], 'Who will build the next station?'],
    [
      'Yahoo News - Latest News & Headlines',
      'Yahoo News',
      ['Afghan woman politician sees Taliban talks as only hope'],
      'Afghan woman politician sees Taliban talks as only hope',
    ],
    ['Bridge to close for two years', 'Daily News', ['Bridge to close for two years'], 'Bridge to close for two years'],
  ])('"%s" -> "%s"', (raw, site, headings, title) => {
    expect(cleanTitle(raw, site, headings)).toBe(title);
  });
});

describe('bylines without dates', () => {
  it.each([
    ['Lucas Nolan22 Dec 2016651', 'Lucas Nolan'],
    ['Jeff Foust Monday', 'Jeff Foust'],
    ['1 mars 2019 à 15:20', null],
    ['By Nathan Willis\n   March 25, 2015', 'Nathan Willis'],
    ['By Jane Doe, 20 Nov 2019 08:02 GMT', 'Jane Doe'],
  ])('"%s" -> %s', (raw, name) => {
    expect(cleanByline(raw)).toBe(name);
  });
});

describe('meta properties with several names', () => {
  it('reads <meta property="og:title twitter:title">', () => {
    expect(readMetadata(page('<meta property="og:title twitter:title" content="A title">'), URL_).title).toBe(
      'A title',
    );
  });
});

describe('a real title that names the site is not its generic title', () => {
  it('keeps "How we designed Dropbox’s ATF - an async task framework"', () => {
    expect(
      cleanTitle('How we designed Dropbox’s ATF - an async task framework', 'Dropbox', [
        'How we designed Dropbox ATF: an async task framework',
      ]),
    ).toBe('How we designed Dropbox’s ATF - an async task framework');
  });
});

describe('bylines marked with several itemprop names', () => {
  it('reads itemprop="author creator"', () => {
    const doc = page(
      '<title>t</title>',
      '<article><p class="meta">By <span itemprop="author creator" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Corey Kilgannon</span></span></p></article>',
    );
    expect(readMetadata(doc, URL_).byline).toBe('Corey Kilgannon');
  });
});

describe('cleanByline: a date line marked up as the byline', () => {
  it.each(['Last Updated: January 7, 2025', 'Published on March 3, 2021', '更新时间：2020-01-02', 'Stand: 12.03.2021'])(
    '"%s" names no author',
    (line) => {
      expect(cleanByline(line)).toBeNull();
    },
  );
  it.each([
    ['By Jane Doe | Updated Jan 5, 2020', 'Jane Doe'],
    ['Jane Date', 'Jane Date'],
  ])('"%s" still names its author', (line, author) => {
    expect(cleanByline(line)).toBe(author);
  });
});

describe('cleanTitle: the tickers of the stocks a title names are no part of the headline (blind pool O)', () => {
  it.each([
    ['7 Top Stocks to Buy for 2015 (AAPL, FB, GOOG, GOOGL, QCOM, SEAS, TSM, WWAV)', '7 Top Stocks to Buy for 2015'],
    ['Why Apple Shares Rose Today (NASDAQ: AAPL)', 'Why Apple Shares Rose Today'],
    // A Japanese columnist's role and name after the headline (blind pool N: Nikkei).
    [
      '米朝首脳直通電話 習氏に挑むトランプ戦術の成否 編集委員 中沢克二',
      '米朝首脳直通電話 習氏に挑むトランプ戦術の成否',
    ],
  ])('%s', (raw, expected) => {
    expect(cleanTitle(raw, null)).toBe(expected);
  });

  it('keeps a bracket that is part of the headline', () => {
    expect(cleanTitle('The Rise of the WHO (and Why It Matters)', null)).toBe(
      'The Rise of the WHO (and Why It Matters)',
    );
    expect(cleanTitle('Talks on the NHS (UK) stall again', null)).toBe('Talks on the NHS (UK) stall again');
  });
});

describe("the visible headline loses a columnist's name closing it, like the page title (blind pool N)", () => {
  it('reads the h1 "… 編集委員 中沢克二" as its headline only', async () => {
    const { documentFromHtml } = await import('@/scripts/lib/load-document');
    const { readMetadata } = await import('@/utils/article/read-metadata');
    const doc = documentFromHtml(
      '<html lang="ja"><head><title>米朝首脳直通電話 習氏に挑むトランプ戦術の成否 （写真＝ロイター） ：日本経済新聞</title></head><body><article><h1 itemprop="headline">米朝首脳直通電話 習氏に挑むトランプ戦術の成否 編集委員 中沢克二</h1><p>６月12日の歴史的な米朝首脳会談を巡って戦っていたのは、米大統領のトランプと北朝鮮委員長の金正恩ばかりではなかった。</p></article></body></html>',
    );
    expect(readMetadata(doc, 'https://www.nikkei.example/article/DGXMZO31/').title).toBe(
      '米朝首脳直通電話 習氏に挑むトランプ戦術の成否',
    );
  });
});
