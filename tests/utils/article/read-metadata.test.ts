import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '@/scripts/lib/load-document';
import { cleanTitle } from '@/utils/article/clean-title';
import { normalizeLang } from '@/utils/text/normalize-lang';
import { cleanByline } from '@/utils/article/read-byline';
import { readMetadata } from '@/utils/article/read-metadata';
import { extractArticle } from '@/utils/article/extract-article';
import { readPublishedTime, toIsoDate } from '@/utils/article/read-published-time';
import { prose, storyPage } from '../story-page';

const URL_ = 'https://example.com/2025/01/02/story';
const page = (head: string, body = '', htmlAttrs = ''): Document =>
  documentFromHtml(`<!doctype html><html${htmlAttrs}><head>${head}</head><body>${body}</body></html>`);

describe('cleanTitle', () => {
  it.each([
    ['Council approves budget - The Ledger', 'The Ledger', 'Council approves budget'],
    ['Council approves budget | The Ledger', 'The Ledger', 'Council approves budget'],
    ['The Ledger | Council approves budget', 'The Ledger', 'Council approves budget'],
    ['Council approves budget – The Ledger', 'The Ledger', 'Council approves budget'],
    ['Council approves budget | Local News | The Ledger', 'The Ledger', 'Council approves budget | Local News'],
    ['Council approves budget for next year | Ledger', null, 'Council approves budget for next year'],
    ['Hong Kong - latest news', null, 'Hong Kong - latest news'],
    ['A title with no site', 'The Ledger', 'A title with no site'],
  ])('%s', (raw, site, expected) => {
    expect(cleanTitle(raw, site)).toBe(expected);
  });
  it('prefers the page heading when the title contains it', () => {
    expect(
      cleanTitle('Storm closes schools: live updates - Daily Planet', null, ['Storm closes schools: live updates']),
    ).toBe('Storm closes schools: live updates');
  });
});

describe('normalizeLang', () => {
  it.each([
    ['en', 'en'],
    ['EN-us', 'en-US'],
    ['zh_cn', 'zh-CN'],
    ['zh-hans-cn', 'zh-Hans-CN'],
    ['pt_BR', 'pt-BR'],
    ['de-DE, en', 'de-DE'],
    ['', null],
    ['not a language', null],
    [null, null],
  ])('%j -> %j', (raw, expected) => {
    expect(normalizeLang(raw)).toBe(expected);
  });
});

describe('cleanByline', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['Posted by Chinedu Okafor', 'Chinedu Okafor'],
    ['  Written by\n  Ana Lima ', 'Ana Lima'],
    ['By Jane Doe | Updated Nov. 20, 2019', 'Jane Doe'],
    ['By Matthew Digby on Monday, November 18th', 'Matthew Digby'],
    ['https://www.facebook.com/janedoe', null],
    ['Posted by', null],
    ['admin - 2018-09-16', null],
    ['Analysis by Chris Cillizza, CNN Editor-at-large', 'Chris Cillizza, CNN Editor-at-large'],
    ['Текст: Венера Ерофеева', 'Венера Ерофеева'],
    ['作者：张敏', '张敏'],
    ['admin', null],
  ])('%j -> %j', (raw, expected) => {
    expect(cleanByline(raw)).toBe(expected);
  });

  it.each([
    ['김서연 기자', '김서연'],
    ['山田太郎記者', '山田太郎'],
    ['王明 记者', '王明'],
    ['Jane Doe, Transport Correspondent', 'Jane Doe'],
    ['John Smith Reporter', 'John Smith'],
    ['Mary Reporterson', 'Mary Reporterson'],
  ])('drops a role after the name: %j -> %j', (raw, expected) => {
    expect(cleanByline(raw)).toBe(expected);
  });
});

describe('toIsoDate', () => {
  it.each([
    ['2025-07-31T08:42:00-07:00', '2025-07-31T08:42:00-07:00'],
    ['2025-07-31', '2025-07-31'],
    ['2025-07-31 08:42:00', '2025-07-31T08:42:00'],
    ['Thu, 31 Jul 2025 15:42:00 GMT', '2025-07-31T15:42:00.000Z'],
    ['yesterday', null],
    ['', null],
    // ISO-shaped but not a real moment (found by the fuzzer): never passed on.
    ['2025-13-45', null],
    ['0000-00-00', null],
    ['2025-02-30T10:00:00Z', null],
    ['2025-07-31T25:10:00Z', null],
    ['2024-02-29T23:59:59+01:00', '2024-02-29T23:59:59+01:00'],
  ])('%j -> %j', (raw, expected) => {
    expect(toIsoDate(raw)).toBe(expected);
  });

  it.each([
    ['2025-10-30T09:15:00-0700', '2025-10-30T09:15:00-07:00'],
    ['2025-10-30 09:15:00+0530', '2025-10-30T09:15:00+05:30'],
    ['2025-10-30T09:15:00-07:00', '2025-10-30T09:15:00-07:00'],
    ['2025-10-30', '2025-10-30'],
  ])('writes a UTC offset without a colon as ±hh:mm: %j -> %j', (raw, expected) => {
    expect(toIsoDate(raw)).toBe(expected);
  });
});

describe('readPublishedTime', () => {
  it.each([
    [
      '<span itemprop="dateCreated pubdate datePublished"><time datetime="2025-11-18T14:00:00Z">November 18, 2025</time></span>',
      '2025-11-18T14:00:00Z',
    ],
    ['<span itemprop="datePublished"><time datetime="2025-03-02">2 March</time></span>', '2025-03-02'],
  ])("reads a <time> inside an itemprop=datePublished marker, not the comments' times: %s -> %s", (html, iso) => {
    const times =
      '<time datetime="2024-01-01">a</time><time datetime="2024-01-02">b</time><time datetime="2024-01-03">c</time>';
    expect(
      readPublishedTime(
        storyPage(`<article>${html}${prose(2)}</article><div class="comments">${times}</div>`),
        new Map(),
        null,
      ),
    ).toBe(iso);
  });
});

describe('readMetadata', () => {
  it.each<[string, Document, Partial<ReturnType<typeof readMetadata>>]>([
    [
      'Open Graph',
      page(
        `<title>Flood plan passes - The Ledger</title><meta property="og:site_name" content="The Ledger"><meta property="og:title" content="Flood plan passes"><meta property="article:published_time" content="2025-10-08T17:32:11+00:00"><meta name="author" content="Dana Whitcombe">`,
      ),
      {
        title: 'Flood plan passes',
        siteName: 'The Ledger',
        byline: 'Dana Whitcombe',
        publishedTime: '2025-10-08T17:32:11+00:00',
      },
    ],
    [
      'JSON-LD with @graph',
      page(
        `<title>Flood plan passes | Ledger</title><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"The Ledger"},{"@type":"NewsArticle","headline":"Flood plan passes","datePublished":"2025-10-08T10:00:00Z","author":[{"@type":"Person","name":"Dana Whitcombe"},{"@type":"Person","name":"Alan Okoro"}]}]}</script>`,
      ),
      {
        title: 'Flood plan passes',
        siteName: 'The Ledger',
        byline: 'Dana Whitcombe, Alan Okoro',
        publishedTime: '2025-10-08T10:00:00Z',
      },
    ],
    [
      'JSON-LD publisher over the platform name',
      page(
        `<meta property="og:site_name" content="Blogger"><script type="application/ld+json">{"@type":"BlogPosting","headline":"A post","publisher":{"@type":"Organization","name":"Global Pulse Daily"}}</script>`,
      ),
      { siteName: 'Global Pulse Daily', title: 'A post' },
    ],
    [
      'Blogger feed title and abbr.published',
      page(
        `<title>A post</title><link rel="alternate" type="application/atom+xml" title="Global Pulse Daily - Atom" href="/feeds/posts/default">`,
        `<div class="post"><span class="byline post-author vcard"><span class="post-author-label">Posted by</span> <span class="fn"><a rel="author" href="https://www.blogger.com/profile/1">Chinedu Okafor</a></span></span><abbr class="published" title="2025-07-31T08:42:00-07:00">July 31</abbr></div>`,
      ),
      { siteName: 'Global Pulse Daily', byline: 'Chinedu Okafor', publishedTime: '2025-07-31T08:42:00-07:00' },
    ],
    [
      'time datetime and application-name',
      page(
        `<meta name="application-name" content="Harbor Times"><title>Ferry strike ends</title>`,
        '<article><h1>Ferry strike ends</h1><time datetime="2024-03-05T09:30:00+01:00">5 March</time></article>',
      ),
      { siteName: 'Harbor Times', publishedTime: '2024-03-05T09:30:00+01:00' },
    ],
    ['html lang', page('<title>x</title>', '', ' lang="zh-cn"'), { lang: 'zh-CN' }],
    ['content-language', page('<meta http-equiv="content-language" content="ja"><title>x</title>'), { lang: 'ja' }],
    ['og:locale', page('<meta property="og:locale" content="pt_BR"><title>x</title>'), { lang: 'pt-BR' }],
    [
      'nothing known but the date in the address (/2025/01/02/)',
      page('<title>Just a title</title>'),
      { siteName: null, byline: null, publishedTime: '2025-01-02', lang: null, title: 'Just a title' },
    ],
    [
      'comment authors are not the byline',
      page('<title>x</title>', '<div class="comments"><span class="byline">By Spam Bot</span></div>'),
      { byline: null },
    ],
  ])('%s', (_, doc, expected) => {
    expect(readMetadata(doc, URL_)).toMatchObject(expected);
  });
});

describe("readMetadata: the editor's headline over the social card's", () => {
  const ld = (item: object): string => `<script type="application/ld+json">${JSON.stringify(item)}</script>`;

  it('takes the JSON-LD headline over a differently worded og:title', () => {
    const doc = page(
      `<title>Vision Pro hands-on: the Retina moment - Site</title><meta property="og:title" content="Vision Pro is the Retina moment">${ld({ '@type': 'NewsArticle', headline: 'Vision Pro hands-on: the Retina moment' })}`,
    );
    expect(readMetadata(doc, URL_).title).toBe('Vision Pro hands-on: the Retina moment');
  });

  it('takes the JSON-LD name when the headline is a description unlike the page title', () => {
    const doc = page(
      `<title>List of films featuring time loops - Wikipedia</title>${ld({ '@type': 'Article', name: 'List of films featuring time loops', headline: 'Wikimedia list article' })}`,
    );
    expect(readMetadata(doc, URL_).title).toBe('List of films featuring time loops');
  });

  it('keeps og:title when the JSON-LD headline is the same title cut short', () => {
    const doc = page(
      `<meta property="og:title" content="The council approves the flood plan after a night of debate">${ld({ '@type': 'NewsArticle', headline: 'The council approves the flood plan after…' })}`,
    );
    expect(readMetadata(doc, URL_).title).toBe('The council approves the flood plan after a night of debate');
  });

  it.each([
    [
      '<meta property="dc:title" content="Dublin Core title"><meta property="og:title" content="Social title">',
      'Dublin Core title',
    ],
    ['<title>Title element</title><meta name="parsely-title" content="Parsely title">', 'Parsely title'],
  ])('reads the title from %s', (head, expected) => {
    expect(readMetadata(page(head), URL_).title).toBe(expected);
  });
});

describe('readMetadata: the byline', () => {
  it("reads Dublin Core's creator before the generic author tag", () => {
    const doc = page('<meta name="author" content="Site Staff"><meta property="dc:creator" content="Dana Whitcombe">');
    expect(readMetadata(doc, URL_).byline).toBe('Dana Whitcombe');
  });
});

describe('cleanByline: only the name', () => {
  it.each([
    // A word that led to the date stays behind once the date is cut.
    ['By Richard Lawler posted Aug 18th 2010 7:30PM', 'Richard Lawler'],
    ['By Alexa Ray Corriea on Jul 04, 2014 at 11:30a', 'Alexa Ray Corriea'],
    // A social handle and an e-mail address are no part of the name.
    ['By Griffin McElroy @griffinmcelroy on Jun 26, 2014', 'Griffin McElroy'],
    ['Peter W. Resnick <presnick@qualcomm.com>', 'Peter W. Resnick'],
    ['Jane Doe (jane.doe@example.org)', 'Jane Doe'],
    // "By" in other languages, with no colon; a reporter's title and what follows it after the names.
    ['Par LILIAN ALEMAGNA, LAURE BRETTON Envoyés spéciaux à Toulouse', 'LILIAN ALEMAGNA, LAURE BRETTON'],
    ['Por Emilio de Benito', 'Emilio de Benito'],
    ['Von Max Muster', 'Max Muster'],
    ['DAVID LIEBERMAN, Executive Editor', 'DAVID LIEBERMAN'],
    // A place after a bar.
    ['Ángeles Escrivá | Madrid', 'Ángeles Escrivá'],
  ])('%j -> %j', (raw, expected) => {
    expect(cleanByline(raw)).toBe(expected);
  });

  it.each([
    // A time is when, not who.
    ['9:39AM BST 05 Oct 2011', null],
    ['9:39AM BST', null],
    // A company with its legal form is the publisher.
    ['AWR Wprost Sp. z o.o.', null],
    ['Example Media GmbH', null],
  ])('is no author: %j', (raw, expected) => {
    expect(cleanByline(raw)).toBe(expected);
  });
});

describe('readMetadata: bylines the markup hides', () => {
  it('reads the author link inside a byline whose box holds an icon (no photo credit)', () => {
    const doc = page(
      '<title>T</title>',
      '<div class="post_byline"><span class="caption">By <a href="/editor/jane-doe" rel="author">Jane Doe</a> <a href="/rss"><img src="rss.gif"></a> posted <span>Aug 18th 2010 7:30PM</span></span></div>',
    );
    expect(readMetadata(doc, URL_).byline).toBe('Jane Doe');
  });

  it("never takes a byline from the page's sidebar list of readers' posts", () => {
    const doc = page(
      '<title>T</title>',
      `<article><h1>Story</h1>${prose(3)}</article><div class="region-sidebar"><div class="views-row"><h4><a href="/x">Another post</a></h4><em class="byline"><strong>Bittersweet</strong> | Apr 22, 2013</em></div></div>`,
    );
    expect(readMetadata(doc, URL_).byline).toBeNull();
  });

  it("keeps the author's own box in the story's sidebar (rel=author)", () => {
    const doc = page(
      '<title>T</title>',
      `<div id="article"><div id="article_sidebar"><a href="/source/jane-doe" rel="author">Jane Doe</a></div>${prose(3)}</div>`,
    );
    expect(readMetadata(doc, URL_).byline).toBe('Jane Doe');
  });

  it('reads a "firma" (signature) line', () => {
    const doc = page('<title>T</title>', '<p class="firma"><em>Ángeles Escrivá</em> | <span>Madrid</span></p>');
    expect(readMetadata(doc, URL_).byline).toBe('Ángeles Escrivá');
  });

  it('reads a name in twitter:creator, never a handle', () => {
    expect(readMetadata(page('<meta name="twitter:creator" content="Andrew Tarantola">'), URL_).byline).toBe(
      'Andrew Tarantola',
    );
    expect(readMetadata(page('<meta name="twitter:creator" content="@gizmodo">'), URL_).byline).toBeNull();
  });

  it('reads the writer of a blog on a platform from its site name ("Dustin Curtis on Svbtle")', () => {
    const doc = page('<meta property="og:site_name" content="Dustin Curtis on Svbtle">');
    expect(readMetadata(doc, URL_).byline).toBe('Dustin Curtis');
    expect(readMetadata(page('<meta property="og:site_name" content="Notes on Design">'), URL_).byline).toBeNull();
  });

  it('reads a bare "By" line when no markup names the author', () => {
    const espn = page(
      '<title>T</title>',
      `<cite class="source">By Jemele Hill<br>ESPN.com<br><a href="/x">Archive</a></cite>${prose(2)}`,
    );
    expect(readMetadata(espn, URL_).byline).toBe('Jemele Hill');
    const linked = page('<title>T</title>', `<p><a href="#">by Rose Orlik</a></p>${prose(2)}`);
    expect(readMetadata(linked, URL_).byline).toBe('Rose Orlik');
  });

  it('takes no "By" line from a link to another story', () => {
    const doc = page('<title>T</title>', `${prose(2)}<a class="item_link_top" href="/story/2">PAR JACQUES ATTALI</a>`);
    expect(readMetadata(doc, URL_).byline).toBeNull();
  });

  it('takes no publisher company from the author meta tag', () => {
    expect(readMetadata(page('<meta name="author" content="AWR Wprost Sp. z o.o.">'), URL_).byline).toBeNull();
  });
});

describe('readPublishedTime: dates a reader sees', () => {
  it('reads a date box that also holds a script', () => {
    const doc = page(
      '<title>T</title>',
      `<div class="date">January 29th, 2013 in <a href="/pop">Pop</a><script>${'var x = 1;'.repeat(40)}</script></div>`,
    );
    expect(readPublishedTime(doc, new Map(), null, { lang: 'en' })).toBe('2013-01-29');
  });

  it("reads the full date in a byline's tooltip when it shows a relative one", () => {
    const doc = page(
      '<title>T</title>',
      '<cite class="byline vcard">By <span class="fn">Jane Doe</span> | AP – <abbr title="2011-08-25T01:40:40Z">1 hr 4 mins ago</abbr></cite>',
    );
    expect(readPublishedTime(doc, new Map(), null, { lang: 'en' })).toBe('2011-08-25T01:40:40Z');
  });

  it("reads a date-classed link's title when its text has no year", () => {
    const doc = page('<title>T</title>', '<a class="tweet-timestamp" title="5:53 PM - 11 Jun 2015">Jun 11</a>');
    expect(readPublishedTime(doc, new Map(), null, { lang: 'en' })).toBe('2015-06-11');
  });
});

describe('extractArticle: the date of a page that is no article', () => {
  const episode = (head: string, dateline: string): Document =>
    page(
      `<title>Stand Up Guys</title>${head}`,
      `<h2>Stand Up Guys</h2><div class="post-date">${dateline}</div><p>A short note on the episode.</p>`,
    );

  it('keeps the date under the headline of a short page (a podcast episode)', () => {
    const a = extractArticle(episode('', 'February 8th, 2013'), URL_);
    expect(a.isArticle).toBe(false);
    expect(a.publishedTime).toBe('2013-02-08');
  });

  it("drops a home page's CMS stamp (og:type website)", () => {
    const head =
      '<meta property="og:type" content="website"><meta property="article:published_time" content="2015-03-12T17:57:02-04:00">';
    const a = extractArticle(page(`<title>The Site</title>${head}`, '<p>Welcome.</p>'), URL_);
    expect(a.isArticle).toBe(false);
    expect(a.publishedTime).toBeNull();
  });
});

describe('extractArticle: a listing takes no teaser date', () => {
  it("ignores a teaser's marked-up date on a page that is no article", () => {
    const teasers = Array.from(
      { length: 4 },
      (_, i) =>
        `<article><h2><a href="/s/${i}">Teaser story number ${i} about the council</a></h2><time class="entry-date" datetime="2025-11-1${i}T18:00:00-06:00">Nov 1${i}</time></article>`,
    ).join('');
    const a = extractArticle(page('<title>Housing</title>', `<h1>Category: Housing</h1>${teasers}`), URL_);
    expect(a.isArticle).toBe(false);
    expect(a.publishedTime).toBeNull();
  });
});

describe('readMetadata: a page with no title or site name in its markup', () => {
  it('names a page with no title by its first heading, else its first sentence, never its address', () => {
    expect(readMetadata(page('', '<h2>Quarterly results</h2><p>Text.</p>'), URL_).title).toBe('Quarterly results');
    const bare = documentFromHtml(
      'Kristen Wiig has had the kind of summer one might imagine to be life-changing. For four years, she slaved over a script.\n\nWiig smiles.',
    );
    expect(readMetadata(bare, URL_).title).toBe(
      'Kristen Wiig has had the kind of summer one might imagine to be life-changing.',
    );
    const long = page(
      '',
      '<p>Regarding item 11111, under sufficiently extreme conditions, quarks may become deconfined and exist as free particles.</p>',
    );
    expect(readMetadata(long, URL_).title).toBe(
      'Regarding item 11111, under sufficiently extreme conditions, quarks may become…',
    );
  });

  it('reads the site and the post around "Blog Archive" in the title', () => {
    const doc = page('<title>The Film Gang  » Blog Archive   » Stand Up Guys</title>', '<h1>The Film Gang</h1>');
    const m = readMetadata(doc, URL_);
    expect([m.title, m.siteName]).toEqual(['Stand Up Guys', 'The Film Gang']);
  });

  it("reads the site from the outlet after the reporter's name when it spells the host", () => {
    const doc = page(
      '<title>Liberia says patient lied</title>',
      '<span class="byline">Doug Stanglin, USA TODAY</span>',
    );
    expect(readMetadata(doc, 'https://www.usatoday.com/story/news/1/').siteName).toBe('USA TODAY');
    expect(readMetadata(doc, URL_).siteName).toBeNull();
  });

  it("reads a date line set just above the headline as the page's own (kept on a page that is no article)", () => {
    const doc = page(
      '<title>Site » Blog Archive » Stand Up Guys</title>',
      `<h1>Site</h1><div class="post"><div class="post-date">February 8th, 2013</div><h2><a href="/p">Stand Up Guys</a></h2>${prose(1)}</div>`,
    );
    const a = extractArticle(doc, URL_);
    expect([a.isArticle, a.publishedTime]).toEqual([false, '2013-02-08']);
  });
});

describe('readPublishedTime: a box above the headline', () => {
  it('reads a date box above the headline but no ticker line there', () => {
    const ticker = page(
      '<title>Stand Up Guys</title>',
      `<div class="ticker">Markets 01.02.2016</div><h2>Stand Up Guys</h2><p>A short note.</p>`,
    );
    expect(extractArticle(ticker, URL_).publishedTime).toBeNull();
  });
});
