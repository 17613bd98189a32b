import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '@/scripts/lib/load-document';
import { cleanUrl, comparableUrl } from '@/utils/related/clean-url';
import { findRelatedLinks, MAX_RELATED } from '@/utils/related/find-related-links';
import { BODY, PAGE, related } from '../story-page';
import { THRESHOLDS } from '@/utils/rules/thresholds';

describe('cleanUrl', () => {
  it.each([
    ['/2025/07/other-story.html', 'https://news.example.com/2025/07/other-story.html'],
    ['other-story.html?utm_source=x&utm_medium=y', 'https://news.example.com/2025/07/other-story.html'],
    ['https://a.example/p?id=7&fbclid=abc&gclid=d&mc_cid=e&ref=tw', 'https://a.example/p?id=7'],
    ['https://a.example/p#comments', 'https://a.example/p'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,hi', null],
    ['vbscript:msgbox', null],
    ['mailto:desk@example.com', null],
    ['', null],
  ])('%j -> %j', (href, expected) => {
    expect(cleanUrl(href, PAGE)).toBe(expected);
  });

  it('compares URLs without scheme, www, trailing slash or tracking', () => {
    expect(comparableUrl('http://www.example.com/a/b/?utm_source=x#top', PAGE)).toBe(
      comparableUrl('https://example.com/a/b', PAGE),
    );
  });
});

describe('findRelatedLinks', () => {
  it('reads a Blogger PopularPosts widget: title link wins over "Read more", tracking stripped', () => {
    const links = related(`<article class="post"><div class="post-body">${BODY}</div></article>
      <div class="widget PopularPosts"><h3 class="title">Popular posts from this blog</h3>
        <article class="post"><h3 class="post-title"><a href="https://news.example.com/2025/07/first.html?utm_source=popular_posts">First   post
          title</a></h3><div class="jump-link"><a href="https://news.example.com/2025/07/first.html" title="First post title">Read more</a></div></article>
        <article class="post"><a href="/2025/07/second.html"><img alt=""></a><h3 class="post-title"><a href="/2025/07/second.html?fbclid=1">Second post title</a></h3></article>
      </div>`);
    expect(links).toEqual([
      {
        title: 'First post title',
        url: 'https://news.example.com/2025/07/first.html',
        source: 'Popular posts from this blog',
        group: 'topic',
      },
      {
        title: 'Second post title',
        url: 'https://news.example.com/2025/07/second.html',
        source: 'Popular posts from this blog',
        group: 'topic',
      },
    ]);
  });

  it('puts widget links before in-article links and keeps each URL once', () => {
    const links =
      related(`<article><div class="entry-content"><p>Earlier, <a href="/2025/03/council-delays-vote.html">the council delayed its vote</a> and <a href="/2025/06/widget-story.html">a story</a>.</p>${BODY}
      <div id="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-post"><a href="/2025/06/widget-story.html?relatedposts_hit=1">Widget story headline</a></div></div></div></article>`);
    expect(links.map((l) => [l.title, l.source])).toEqual([
      ['Widget story headline', 'Related'],
      ['Earlier, the council delayed its vote…', 'article'],
    ]);
  });

  it.each([
    ['navigation', `<nav><a href="/2025/07/nav-story.html">A story in the navigation menu</a></nav>`],
    ['a tag link', `<a rel="tag" href="/2025/07/tagged-story.html">Tagged story here</a>`],
    [
      'a labels widget',
      `<div class="post-labels"><a href="/2025/07/label-story.html">A label link to a story</a></div>`,
    ],
    [
      'a share button',
      `<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=${PAGE}">Share on Facebook now</a></div>`,
    ],
    [
      'a share URL outside a share bar',
      `<a href="https://twitter.com/intent/tweet?url=${PAGE}">Tweet this story to friends</a>`,
    ],
    ['comments', `<div class="comments"><a href="/2025/07/comment-story.html">A link left in a comment</a></div>`],
    ['login', `<a href="/login?next=/2025/07/x">Sign in to read the full story</a>`],
    ['an ad', `<a href="https://ad.doubleclick.net/ddm/clk/123-long-ad-path">Sponsored offer of the week</a>`],
    ['paging', `<a href="/page/2/">Older posts on this blog</a>`],
    ['an archive', `<a href="/2025/07/">July 2025 archive page</a>`],
    ['the page itself', `<a href="${PAGE}?utm_source=x">This very story, again</a>`],
    [
      'the page itself under another file ending (blind pool S)',
      `<a href="/2025/07/story-about-the-river.php">The river story on its older address</a>`,
    ],
    ['a same-page anchor', `<a href="#section-2">Jump to the second section</a>`],
    ['javascript:', `<a href="javascript:void(0)">Load the story dynamically</a>`],
    ['mailto:', `<a href="mailto:desk@example.com">Email the news desk today</a>`],
  ])('never returns %s', (_, html) => {
    const links = related(
      `<article><div class="entry-content">${BODY}<p>See ${html}.</p></div></article><aside><h3>Related</h3><ul><li>${html}</li></ul></aside>`,
    );
    expect(links).toEqual([]);
  });

  it.each([
    ['相关阅读', 'zh'],
    ['関連記事', 'ja'],
    ['관련 기사', 'ko'],
    ['Mehr zum Thema', 'de'],
    ['Noticias relacionadas', 'es'],
    ['À lire aussi', 'fr'],
    ['Leia também', 'pt'],
    ['More on this story', 'en'],
    ['Go deeper', 'en'],
  ])('finds a widget headed %s', (heading) => {
    const links = related(
      `<article><div class="article-body">${BODY}</div></article><section><h2>${heading}</h2><ul><li><a href="/2025/07/one-story.html">Headline number one</a></li><li><a href="/2025/07/two-story.html">Headline number two</a></li></ul></section>`,
    );
    expect(links).toEqual([
      {
        title: 'Headline number one',
        url: 'https://news.example.com/2025/07/one-story.html',
        source: heading,
        group: 'topic',
      },
      {
        title: 'Headline number two',
        url: 'https://news.example.com/2025/07/two-story.html',
        source: heading,
        group: 'topic',
      },
    ]);
  });

  it('does not take a "Read more" button for a widget heading', () => {
    const links = related(
      `<article><div class="article-body">${BODY}<p>See <a href="https://example.org/2024/05/river-report.html">the council's river report</a>.</p><div><button>Read more</button></div></div></article>`,
    );
    expect(links).toEqual([
      {
        title: "See the council's river report.",
        url: 'https://example.org/2024/05/river-report.html',
        source: 'article',
        group: 'inline',
      },
    ]);
  });

  it('finds nothing in-article on a home page full of teasers', () => {
    const teasers = Array.from(
      { length: 12 },
      (_, i) =>
        `<article><h3><a href="/2025/07/teaser-${i}-story.html">Teaser headline number ${i} for the front</a></h3><p>A one-line standfirst for teaser ${i}.</p></article>`,
    ).join('');
    expect(related(`<main>${teasers}</main>`, 'https://news.example.com/')).toEqual([]);
  });

  it('does not change the document', () => {
    const doc = documentFromHtml(
      `<html><head><title>t</title></head><body><article>${BODY}</article><div class="PopularPosts"><h3>Popular posts</h3><a href="/2025/07/x-y-z.html">A popular post</a></div></body></html>`,
    );
    const before = doc.documentElement.outerHTML;
    findRelatedLinks(doc, PAGE);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('findRelatedLinks: at most MAX_RELATED links, never the story itself', () => {
  it(`keeps at most ${MAX_RELATED} related links, widget links first`, () => {
    const items = Array.from(
      { length: 14 },
      (_, i) =>
        `<li><a href="https://news.example.com/2025/11/story-number-${i + 1}">Story number ${i + 1} about the harbour</a></li>`,
    ).join('');
    const doc = documentFromHtml(
      `<html><body><article><h1>Story</h1><p>${'The harbour budget grew by a third this year, the council said. '.repeat(20)}</p></article><aside><h2>Related stories</h2><ul>${items}</ul></aside></body></html>`,
    );
    const links = findRelatedLinks(doc, 'https://news.example.com/2025/11/the-story');
    expect(links).toHaveLength(MAX_RELATED);
    expect(links[0]!.url).toBe('https://news.example.com/2025/11/story-number-1');
  });

  const prose =
    '<p>The harbour budget grew by a third this year, the council said on Tuesday after a long debate.</p>'.repeat(8);
  const page = (head: string, items: string): Document =>
    documentFromHtml(
      `<html><head>${head}</head><body><article><h1>Harbour budget grows by a third</h1>${prose}</article><aside><h2>Related stories</h2><ul>${items}</ul></aside></body></html>`,
    );
  const other =
    '<li><a href="https://news.example.com/2025/10/ferry-fares-rise">Ferry fares rise for the first time in a decade</a></li>';

  it.each([
    ['link rel=canonical', '<link rel="canonical" href="https://news.example.com/2025/11/harbour-budget">'],
    ['og:url', '<meta property="og:url" content="https://news.example.com/2025/11/harbour-budget">'],
  ])('drops a link to the story under its %s address (the page is read at another URL)', (_, head) => {
    const doc = page(
      head,
      `<li><a href="https://news.example.com/2025/11/harbour-budget">Council backs the harbour plan</a></li>${other}`,
    );
    expect(findRelatedLinks(doc, 'https://news.example.com/amp/2025/11/harbour-budget').map((r) => r.url)).toEqual([
      'https://news.example.com/2025/10/ferry-fares-rise',
    ]);
  });

  it('drops a link titled like the story itself before the cap is applied, so the cap still fills', () => {
    const many = Array.from(
      { length: MAX_RELATED },
      (_, i) => `<li><a href="https://news.example.com/2025/09/story-${i}">Another harbour story number ${i}</a></li>`,
    ).join('');
    const doc = page(
      '',
      `<li><a href="https://news.example.com/2025/11/harbour-budget-grows">Harbour budget grows by a third</a></li>${many}`,
    );
    const links = findRelatedLinks(doc, 'https://news.example.com/x', { title: 'Harbour Budget Grows by a Third!' });
    expect(links).toHaveLength(MAX_RELATED);
    expect(links.map((r) => r.title)).not.toContain('Harbour budget grows by a third');
  });
});

describe('findRelatedLinks: the first view keeps room for the popular list', () => {
  const WORDS = [
    'harbour',
    'bridge',
    'school',
    'library',
    'ferry',
    'market',
    'museum',
    'station',
    'stadium',
    'hospital',
  ];
  it('links in the text take at most relatedInlineFirstView of the first places when a popular list follows', () => {
    const paragraphs = WORDS.map(
      (w, i) =>
        `<p>Paragraph ${i} of the story explains how the ${w} decision came about. Officials pointed to <a href="https://news.example.com/2025/0${(i % 9) + 1}/${w}-plan-approved-after-long-debate-${i}.html">last month's vote on the ${w} plan</a> and said more work was needed before the spring.</p><p>Residents near the ${w} told the paper they had waited years for an answer, and several wrote to the council in ${2000 + i}.</p>`,
    ).join('');
    const popular = Array.from(
      { length: 4 },
      (_, i) =>
        `<li><a href="https://news.example.com/2025/06/most-read-story-number-${i}-about-the-town.html">Most read story number ${i} about the town</a></li>`,
    ).join('');
    const links = related(
      `<article>${paragraphs}</article><aside class="most-popular"><h3>Most popular</h3><ul>${popular}</ul></aside>`,
    );
    const first = links.slice(0, MAX_RELATED);
    const inline = first.filter((l) => l.group === 'inline').length;
    expect(links.filter((l) => l.group === 'inline').length).toBeGreaterThan(THRESHOLDS.relatedInlineFirstView);
    expect(inline).toBe(THRESHOLDS.relatedInlineFirstView);
    expect(first.filter((l) => l.group === 'popular').length).toBe(MAX_RELATED - inline);
    // Every link is still listed: the rest of the text's links come after the popular list.
    expect(links.at(-1)?.group).toBe('inline');
  });
});

describe("relative links resolve against the page's <base>", () => {
  it('lists "articles/…" under a <base href="…/politics/"> without doubling the path', () => {
    const story = (slug: string) =>
      `<li><a href="articles/2016-12-07/${slug}">${slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase())}</a></li>`;
    const html =
      '<html><head><base href="https://www.bloomberg.com/politics/"><title>Trump tweets</title></head><body>' +
      `<article><h1>Trump tweets</h1>${BODY}</article>` +
      '<aside><h2>Related stories</h2><ul>' +
      story('trump-hits-emblem-of-presidential-power-with-air-force-one-tweet') +
      story('trump-team-is-said-to-consider-a-new-commissioner-for-the-fda') +
      story('senate-leaders-agree-on-a-stopgap-spending-bill-to-avoid-a-shutdown') +
      '</ul></aside></body></html>';
    const page = 'https://www.bloomberg.com/politics/articles/2016-12-07/trump-tweets';
    const urls = findRelatedLinks(documentFromHtml(html), page).map((l) => l.url);
    expect(urls).toContain(
      'https://www.bloomberg.com/politics/articles/2016-12-07/trump-hits-emblem-of-presidential-power-with-air-force-one-tweet',
    );
    expect(urls.some((u) => /articles\/2016-12-07\/articles/.test(u))).toBe(false);
  });
});

describe('titles that are no story to list', () => {
  it.each([
    ['高密度光ディスクの実力と可能性とは。耐久性と長寿命［PR］', true],
    ['【PR】新しいクラウドサービスのご案内', true],
    ['Tim Kaine is pictured. | AP', true],
    ['Hours until the VP debate 0 0 : 0 0 : 0 0', true],
    ['Kaine bests Pence in fundraising battle', false],
    ['The PR battle over the merger heats up', false],
    ['Polls close at 8:00 in most states', false],
    ['Wedgie fit jeans, Levi’s, $89.50', true],
    ['Vila real leather mittens, ASOS, $30', true],
    ['Leather ankle boots – £45', true],
    ['Bitcoin falls below $10,000', false],
    ['Why the new iPhone costs $999', false],
    ['55评论 ⋅', true],
    ['12 comments', true],
    ['Kommentare (3)', true],
    ['3件のコメント', true],
    ['Comments on the budget pour in from 12 countries', false],
    ['TR bestellen', true],
    ['Buy now', true],
    ['投资热点尽在新浪财经APP>', true],
    ['All Rights Reserved 新浪公司 版权所有', true],
    ['Why you should never buy a used car', false],
    ['Kaufen oder mieten? Was sich 2020 lohnt', false],
    ['京东方Ａ 4.00 +2.30%', true],
    ['Apple shares fall 4% after earnings', false],
    ['@@status_text@@@@teacher_name@@：@@title@@', true],
    ['安装新浪财经客户端，随时随地看行情【下载地址】', true],
    ['中国联通发布新款APP', false],
    // A job ad's gender mark (blind pool Q).
    ['Personalreferent (m/w/d) H.E.L.P. GmbH Hünfeld', true],
    ['Chef de projet digital (H/F) à Lyon', true],
    ['Senior Developer (m/f/d) for our Berlin newsroom', true],
    ['Die Stadt sucht Erzieher: warum die Stellen leer bleiben', false],
  ])('%s -> %s', async (title, expected) => {
    const { isNotAStoryTitle } = await import('@/utils/related/collect-links');
    expect(isNotAStoryTitle(title)).toBe(expected);
  });

  it("drops Asahi's link-position tag, so its home page link is a home page", () => {
    expect(cleanUrl('http://www.asahi.com/articles/ASM2V5KBLM2VUTIL04G.html?iref=pc_rellink', PAGE)).toBe(
      'http://www.asahi.com/articles/ASM2V5KBLM2VUTIL04G.html',
    );
    expect(cleanUrl('http://www.asahi.com/?iref=com_alist', PAGE)).toBe('http://www.asahi.com/');
  });
});

describe("a related title loses the site's name its page's own title ends with", () => {
  it('shows "店先ベンチで…酷いことに", not "… | BUZZAP！（バザップ！）"', () => {
    const card = (slug: string, text: string) =>
      `<li><a href="https://buzzap.jp/news/${slug}/" title="${text} | BUZZAP！（バザップ！）">${text} | BUZZAP！（バザップ！）</a></li>`;
    const html =
      '<html><head><title>軽減税率は高所得者ほどお得 | BUZZAP！（バザップ！）</title></head><body>' +
      `<article><h1>軽減税率は高所得者ほどお得</h1>${BODY}</article>` +
      '<aside><h2>関連記事</h2><ul>' +
      card('20181107-outside-bench', '店先ベンチで食べても外食扱いで10％、食品への消費税軽減税率が酷いことに') +
      card('20181005-eat-in', 'コンビニ・スーパーのイートイン、消費増税の「軽減税率」のせいで利便性が崩壊') +
      card('20151216-keigenzeiritsu', '電気ガス水道は対象外の軽減税率、なぜか新聞が優先して適用へ') +
      '</ul></aside></body></html>';
    const titles = findRelatedLinks(documentFromHtml(html), 'https://buzzap.jp/news/20190302-reduced-tax/').map(
      (l) => l.title,
    );
    expect(titles).toContain('店先ベンチで食べても外食扱いで10％、食品への消費税軽減税率が酷いことに');
    expect(titles.some((t) => t.includes('BUZZAP'))).toBe(false);
  });
});

describe('an address written without its scheme', () => {
  it.each([
    [
      'www.washingtonpost.com/world/national-security/a-story/',
      'http://www.washingtonpost.com/world/national-security/a-story/',
    ],
    [
      'mobile.nytimes.com/2016/12/10/us/politics/a-story.html',
      'http://mobile.nytimes.com/2016/12/10/us/politics/a-story.html',
    ],
    ['other-story.html', 'https://news.example.com/2025/07/other-story.html'],
    ['index.php/2025/07/story', 'https://news.example.com/2025/07/index.php/2025/07/story'],
  ])('%s -> %s', (href, expected) => {
    expect(cleanUrl(href, PAGE)).toBe(expected);
  });
});

describe('an address without its scheme, already resolved against the page', () => {
  it('reads "…/entry/mobile.nytimes.com/2016/…" as the New York Times address', () => {
    expect(
      cleanUrl(
        'http://www.huffingtonpost.com/entry/mobile.nytimes.com/2016/11/23/us/politics/trump-interview.html',
        PAGE,
      ),
    ).toBe('http://mobile.nytimes.com/2016/11/23/us/politics/trump-interview.html');
    expect(cleanUrl('https://news.example.com/2025/07/other-story.html', PAGE)).toBe(
      'https://news.example.com/2025/07/other-story.html',
    );
  });
});

describe('slide decks and fundraising pages are no related reading', () => {
  it.each([
    'https://www.slideshare.net/someone/the-talk-slides-2016',
    'https://speakerdeck.com/someone/the-talk',
    'https://www.gofundme.com/help-the-family-rebuild',
    'https://www.kickstarter.com/projects/someone/a-board-game',
  ])('%s', async (url) => {
    const { isExcludedUrl } = await import('@/utils/related/is-excluded-link');
    expect(isExcludedUrl(url)).toBe(true);
  });
});

describe("a retailer's page reached through an affiliate programme", () => {
  it('is no related reading', async () => {
    const { isExcludedUrl } = await import('@/utils/related/is-excluded-link');
    expect(
      isExcludedUrl(
        'http://www.asos.com/vila/vila-real-leather-mittens/prd/7370445?iid=7370445&MID=35718&affid=2134&channelref=Affiliate',
      ),
    ).toBe(true);
    expect(isExcludedUrl('https://news.example.com/2016/12/affiliates-of-the-bank-fined.html')).toBe(false);
  });
});

describe("a story's print version, a section's front and a person's biography page", () => {
  it.each([
    'http://blog.example.com/sports_impact/print.html?entry=/2014/12/coach_has_been_right.html',
    'https://news.example.com/print/123456',
    'http://blog.example.com/business-watch/index.html',
    'https://news.example.com/sport/default.aspx',
    'http://www.tv.example/biographie/3289-smith-will/',
    'https://www.example.com/biography/jane-doe',
    'http://www.tv.example/programme/series-tv/5928804-c-a-vous/',
  ])('%s is no related reading', async (url) => {
    const { isExcludedUrl } = await import('@/utils/related/is-excluded-link');
    expect(isExcludedUrl(url)).toBe(true);
  });

  it.each([
    'https://news.example.com/2014/12/printers-strike-ends-after-talks.html',
    'https://news.example.com/business/2014/12/index-funds-rally-as-markets-close-higher.html',
    'https://news.example.com/news/2014/12/the-biography-of-a-city-told-through-its-bridges',
  ])('%s stays', async (url) => {
    const { isExcludedUrl } = await import('@/utils/related/is-excluded-link');
    expect(isExcludedUrl(url)).toBe(false);
  });

  it.each(['Print', 'Print this article', 'Printer-friendly version', 'Drucken', 'Imprimer', '打印'])(
    'a link titled "%s" is a button',
    async (text) => {
      const { GENERIC_LINK_TEXT } = await import('@/utils/related/is-excluded-link');
      expect(GENERIC_LINK_TEXT.test(text)).toBe(true);
    },
  );
});
