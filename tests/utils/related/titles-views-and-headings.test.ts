/**
 * Causes seen on unseen real pages (blind pool B): a title attribute's "Permanent Link to", a page-kind label
 * ("Article:"), a title cut at a quote, link words ending on a colon, a stray closing quote; a story's own
 * comments page under its id, a date link to the day's archive, a byline inside a camelCase class, a section
 * front whose slug goes on after the link's words, a blog's home under a tracking query, a photo-sharing credit,
 * a story filed below a "/topics/" folder; headings split over two text nodes, and headings in Chinese and of
 * site rails ("ESPN Top Headlines", "Most sent stories", "Hot on HuffPost", "Además").
 */
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '@/scripts/lib/load-document';
import { cleanUrl } from '@/utils/related/clean-url';
import { findRelatedLinks } from '@/utils/related/find-related-links';
import { isExcludedUrl } from '@/utils/related/is-excluded-link';
import { completeTitle, isStoryLikeTitle, sentenceContext, titleAttribute } from '@/utils/related/story-title';
import { moduleHeadingKind } from '@/utils/rules/headings';
import { A, B, C, PAGE, prose, relatedOf, relatedWithSourceOf, storyPage } from '../story-page';

const anchorIn = (html: string): Element =>
  documentFromHtml(`<!doctype html><html><body>${html}</body></html>`).querySelector('a')!;

describe('a link named by the kind of page it is', () => {
  it('a title attribute drops "Permanent Link to" before the headline', () => {
    expect(
      titleAttribute(anchorIn(`<a href="${A}" title="Permanent Link to Google Doodle Honors a Writer">x</a>`)),
    ).toBe('Google Doodle Honors a Writer');
  });

  it('an image link titled by its attribute does not beat the text link to the same story', () => {
    const links = relatedOf(
      `<article>${prose(4)}</article><div class="widget"><h3>Most Read</h3><ol>` +
        [A, B]
          .map(
            (u, i) =>
              `<li><div><a href="${u}" title="Permanent Link to Story number ${i} about the river">Story number ${i} about the river</a></div>` +
              `<div><a href="${u}" title="Permanent Link to Story number ${i} about the river"><img src="x.jpg" alt=""></a></div></li>`,
          )
          .join('') +
        `</ol></div>`,
    );
    expect(links.map((l) => l.title)).toEqual(['Story number 0 about the river', 'Story number 1 about the river']);
  });

  it('a page-kind label before a colon ("Article:", "Video:", "音频：") is no part of the title', () => {
    const links = relatedOf(
      `<article>${prose(4)}</article><div><h3>Related Content</h3><ul>` +
        `<li><a href="${A}">Article: Steve Jobs' letter to the board</a></li>` +
        `<li><a href="${B}">Video: Apple says Jobs is resigning as CEO</a></li></ul></div>`,
    );
    expect(links.map((l) => l.title)).toEqual([
      "Steve Jobs' letter to the board",
      'Apple says Jobs is resigning as CEO',
    ]);
  });

  it('a headline that opens with such a word keeps it when no colon follows', () => {
    expect(titleAttribute(anchorIn(`<a href="${A}" title="Video games are getting longer every year">x</a>`))).toBe(
      'Video games are getting longer every year',
    );
  });
});

describe('a title the site cut', () => {
  it('is made whole from the URL slug that spells the same words and more', () => {
    expect(
      completeTitle(
        "China Cancels Talent Show '...",
        [],
        'https://www.example.com/china-cancels-talent-show-because-its-too-democratic-2011-9',
      ),
    ).toBe('China cancels talent show because its too democratic');
  });

  it('cut at an opening quote, keeps the words before the quote', () => {
    expect(completeTitle("Senate Votes On Currency Bill '...", [], 'https://www.example.com/x/123')).toBe(
      'Senate Votes On Currency Bill…',
    );
  });
});

describe('words of the text that are no headline', () => {
  it('a date and time is not a story title', () => {
    expect(isStoryLikeTitle('2015-08-03 09:05')).toBe(false);
    expect(isStoryLikeTitle('11/19/2011 12:00:00 AM')).toBe(false);
  });

  it('link words ending on a colon introduce a quote: no title of their own', () => {
    const links = relatedOf(
      `<article>${prose(3)}<p><a href="https://www.reuters.com/article/2011/09/21/idUSA8E7JO01A20110921">The details come to us from Reuters:</a></p>${prose(2, 'lake')}</article>`,
    );
    expect(links).toEqual([]);
  });

  it('a sentence that opens on the closing quote of an earlier quotation drops that quote', () => {
    const a = anchorIn(
      `<p>He said "the ranks are <a href="${A}">becoming fewer after bulking up in recent years</a>." Then he left.</p>`,
    );
    expect(sentenceContext(a).startsWith('"')).toBe(false);
  });
});

describe('links that are the story itself, or no story', () => {
  it("the story's comments page under its own id is the story itself", () => {
    const doc = storyPage(
      `<article>${prose(3)}<p>Join the <a href="https://example.com/espn/conversations/_/id/5461430/florida-alabama-grandstanding-coaches-agents">florida alabama grandstanding coaches agents discussion</a> now.</p>${prose(2)}</article>`,
    );
    const links = findRelatedLinks(doc, 'https://example.com/espn/commentary/news/story?id=5461430');
    expect(links.map((l) => l.url)).toEqual([]);
  });

  it("a day's number, year last, is no story id either", () => {
    const doc = storyPage(
      `<article>${prose(3)}</article><div><h3>Related articles</h3><ul><li><a href="https://example.com/lifestyle/which-is-americas-best-city-09202011.html">Which Is America's Best City?</a></li></ul></div>`,
    );
    const links = findRelatedLinks(doc, 'https://example.com/management/five-social-media-lessons-09202011.html');
    expect(links.map((l) => l.title)).toEqual(["Which Is America's Best City?"]);
  });

  it("a day's number is no story id: stories of the same day stay", () => {
    const doc = storyPage(
      `<article>${prose(3)}</article><div><h3>Related articles</h3><ul><li><a href="https://example.com/site/articlepath.aspx?articleid=20111118_63_A16_tworld">Tulsa school takeover plan draws fire</a></li></ul></div>`,
    );
    const links = findRelatedLinks(doc, 'https://example.com/site/articlepath.aspx?articleid=20111118_11_A1_plan');
    expect(links.map((l) => l.title)).toEqual(['Tulsa school takeover plan draws fire']);
  });

  it('a date link to the day of the newsroom is no story', () => {
    expect(isExcludedUrl('http://www.example.pl/newsroom/2015-08-03/kalendarium.html')).toBe(true);
    expect(isExcludedUrl('http://www.example.pl/2015-08-03/police-close-the-bridge-after-storm.html')).toBe(false);
  });

  it('a byline link inside a camelCase "articleByline" class is no related story', () => {
    const links = relatedOf(
      `<article><span class="articleByline"><a href="https://news.example.com/site/writers/2025/07/editorial-writers-of-the-world.html">By the Editorial Writers of the World</a></span>${prose(4)}</article>`,
    );
    expect(links).toEqual([]);
  });

  it('a section front whose one-segment slug goes on after the link words is a section', () => {
    const links = relatedOf(
      `<article>${prose(4)}</article><div><h3>More from the network</h3><ul><li><a href="https://noticias.example.com/latino-news-in-english">Latino News</a></li><li><a href="${A}">First other story title</a></li></ul></div>`,
    );
    expect(links.map((l) => l.url)).toEqual([A]);
  });

  it("a blog's home page under a tracking query is a home page", () => {
    const url = cleanUrl('http://pagingdrgupta.blogs.example.com/index.php?eref=time_health', PAGE);
    expect(url).toBe('http://pagingdrgupta.blogs.example.com/index.php');
    expect(isExcludedUrl(url!)).toBe(true);
  });

  it('a photo-sharing page (a picture credit), a document viewer and a podcast directory are no stories', () => {
    expect(isExcludedUrl('http://www.flickr.com/photos/aster-oid/3383912837/')).toBe(true);
    expect(isExcludedUrl('http://www.docstoc.com/docs/50206834/Hard-Choices---Speech-by-Thomas-Hoenig')).toBe(true);
    expect(isExcludedUrl('http://americanpublicmedia.example.org/podcasts/')).toBe(true);
  });

  it('a story filed below a "/topics/" folder is a story; the topic page itself is not', () => {
    expect(
      isExcludedUrl('https://www.example.org/topics/world/education/why-private-equity-tycoon-funding-scholarship'),
    ).toBe(false);
    expect(isExcludedUrl('https://www.example.org/topics/world/')).toBe(true);
    expect(isExcludedUrl('https://www.example.org/topics/world/education')).toBe(true);
    expect(isExcludedUrl('https://www.example.edu/faculty/primary-joint-faculty/jakob-von-moltke-ph-d/')).toBe(true);
  });

  it('a link to all the news on a topic ("Todas las noticias sobre …") is a topic page', () => {
    const links = relatedOf(
      `<article>${prose(4)}</article><div><h4>Además</h4><ul><li><a href="https://news.example.com/eta/">Todas las noticias sobre la banda</a></li><li><a href="${A}">Un año del cese definitivo del terrorismo</a></li></ul></div>`,
    );
    expect(links.map((l) => l.url)).toEqual([A]);
  });
});

describe('module headings', () => {
  it.each([
    ['相关内容', 'topic'],
    ['相關內容', 'topic'],
    ['最多人阅读', 'popular'],
    ['ESPN TOP HEADLINES', 'popular'],
    ['MOST SENT STORIES ON ESPN.COM', 'popular'],
    ['Hot on HuffPost', 'popular'],
    ['Must Reads', 'popular'],
    ['Además', 'topic'],
    // "Latest" before a site's word for its stories or columns, in Japanese.
    ['最新TOPICS', 'popular'],
    ['最新CLOSEUPコラム', 'popular'],
    ['最新ニュース', 'popular'],
  ])('"%s" names a %s module', (text, kind) => {
    expect(moduleHeadingKind(text)).toBe(kind);
  });

  it('a heading whose text a parser split into two text nodes ("Adem" + "ás") is still found', () => {
    const doc = storyPage(
      `<article>${prose(4)}</article><div><h4>x</h4><ul><li><a href="${A}">First other story title</a></li><li><a href="${B}">Second other story title</a></li><li><a href="${C}">Third other story title</a></li></ul></div>`,
    );
    const h4 = doc.querySelector('h4')!;
    h4.textContent = 'Adem';
    h4.appendChild(doc.createTextNode('ás'));
    expect(h4.childNodes.length).toBe(2);
    const links = findRelatedLinks(doc, PAGE);
    expect(links.map((l) => l.source)).toEqual(['Además', 'Además', 'Además']);
  });

  it('a Chinese "相关内容" list is a related module', () => {
    const links = relatedWithSourceOf(
      `<article>${prose(4)}</article><div><h3 class="title">相关内容</h3><ul><li><a href="${A}">梁振英定下出席违建事件质询日期</a></li></ul></div>`,
    );
    expect(links).toEqual([{ title: '梁振英定下出席违建事件质询日期', url: A, source: '相关内容' }]);
  });
});

describe('a card whose picture and headline both link the story', () => {
  const card = (u: string, alt: string, text: string): string =>
    `<div><a href="${u}"><img src="x.jpg" alt="${alt}"></a><a href="${u}">${text}</a></div>`;

  it("is titled by its headline link, not by the picture's credit or caption", () => {
    const links = relatedOf(
      `<article>${prose(4)}</article><div><h3>Related</h3>` +
        card(A, 'Courtesy Thomas Wallace Design and partners', 'Boomer and Carton meet the mayor') +
        card(B, 'The arena is seen from the helicopter ahead of game one', 'Stanley Cup Finals: Game 1') +
        `</div>`,
    );
    expect(links.map((l) => l.title)).toEqual(['Boomer and Carton meet the mayor', 'Stanley Cup Finals: Game 1']);
  });

  it("a headline the site cut is made whole from the picture's alt text", () => {
    const links = relatedOf(
      `<article>${prose(4)}</article><div><h3>Related</h3>` +
        card(A, '2012 Stanley Cup Final - Media Day', '2012 Stanley Cup Final -...') +
        card(B, 'Second gallery of the week', 'Second gallery of the week') +
        `</div>`,
    );
    expect(links[0]?.title).toBe('2012 Stanley Cup Final - Media Day');
  });

  it("a clip's length is no part of the title", () => {
    const links = relatedWithSourceOf(
      `<article>${prose(4)}</article><div><h3>相关内容</h3><ul><li><a href="${A}">音频：刘锐绍评港人为何不信梁振英<span class="cta"><span>收听</span><span class="duration">05:02</span></span></a></li></ul></div>`,
    );
    expect(links.map((l) => l.title)).toEqual(['刘锐绍评港人为何不信梁振英收听']);
  });
});

describe('a box of paid placements styled as stories', () => {
  it('a module whose class marks press releases ("sas_pr_wrapper") is no related reading', () => {
    const links = relatedOf(
      `<article>${prose(4)}</article><div class="box sas_pr_wrapper"><h3>See also</h3><ul>` +
        `<li class="native_pr_article"><a href="${A}">Sports shoes every active man needs</a></li>` +
        `<li class="native_pr_article"><a href="${B}">Balance transfer, the easy way out of loans</a></li></ul></div>` +
        `<div class="pq pr ps pr-4"><h3>Related articles</h3><ul><li><a href="${C}">Third other story title</a></li></ul></div>`,
    );
    expect(links.map((l) => l.url)).toEqual([C]);
  });
});

describe("a card's headings", () => {
  it('a section name above the headline inside the link is not the title', () => {
    const links = relatedOf(
      `<article>${prose(4)}</article><div><h3>Related</h3><ul>` +
        `<li><a href="${A}"><span>2</span><h2 class="article-lead">ZTE FC</h2><h3 class="article-title">A Balmazújváros legyőzte a ZTE FC-t</h3></a></li>` +
        `<li><a href="${B}"><h3 class="article-title">Second other story title</h3></a></li></ul></div>`,
    );
    expect(links.map((l) => l.title)).toEqual(['A Balmazújváros legyőzte a ZTE FC-t', 'Second other story title']);
  });
});

describe('a link in the text whose words are no headline', () => {
  it('takes the headline another link to the same address shows on the page', () => {
    const u = 'https://www.example.com/id/44248387/ns/local_news-washington_dc/';
    const links = relatedOf(
      `<article>${prose(3)}<p>"The team will take its time," <a href="${u}">National Parks Service spokesperson Bill Line said.</a></p>${prose(2, 'lake')}</article>` +
        `<aside><ul><li><a href="${u}">4-Inch Crack Found in Washington Monument</a></li></ul></aside>`,
    );
    expect(links.map((l) => l.title)).toContain('4-Inch Crack Found in Washington Monument');
    expect(links.map((l) => l.title)).not.toContain('Local news Washington dc');
  });
});

describe('a page wrapped in one form (ASP.NET)', () => {
  it('still has its modules: the form around the whole page is no form of fields', () => {
    const links = relatedOf(
      `<form id="aspnetForm"><h1>Plan to restrict records draws opposition</h1><article>${prose(4)}</article>` +
        `<div class="box"><div class="divgrayheader"><span>Most Popular Stories</span></div>` +
        `<div><table><tr><td><a href="${A}">First other story title</a></td></tr><tr><td><a href="${B}">Second other story title</a></td></tr></table></div></div></form>`,
    );
    expect(links.map((l) => l.url)).toEqual([A, B]);
  });

  it('a small form of fields is still no module', () => {
    const links = relatedOf(
      `<article>${prose(4)}</article><form><h3>Related</h3><ul><li><a href="${A}">First other story title</a></li></ul><input name="q"></form>`,
    );
    expect(links).toEqual([]);
  });
});

describe("another link's words for the same address", () => {
  it("are not taken from the story's source line (an outlet's name)", () => {
    const u = 'https://www.starwars.example/news/the-star-wars-digital-movie-collection-coming-april-10';
    const links = relatedOf(
      `<article>${prose(3)}<p>The films come out on April 10th, <a href="${u}">Disney and Lucasfilm announced today</a>.</p>${prose(2, 'lake')}` +
        `<ul class="m-article__sources"><li class="source"><strong>Source</strong><a href="${u}">Star Wars official site</a></li></ul></article>`,
    );
    expect(links.map((l) => l.title)).not.toContain('Star Wars official site');
  });
});
