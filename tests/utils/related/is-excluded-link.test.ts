import { describe, expect, it } from 'vitest';
import { GENERIC_LINK_TEXT, isExcludedUrl } from '@/utils/related/is-excluded-link';

describe('isExcludedUrl', () => {
  it.each([
    'https://whitepaper.onlinemarketing.example/psych-hacks-zur-experience-optimierung',
    'https://www.reddit.com/r/conspiracy/comments/djzxq8/biggest_money_laundering_scheme_in_history/',
    'https://osthessen-news.example/termine/43776/tastschreiben-am-pc-fuer-anfaenger.html',
    'https://www.example.de/stellenangebote/redakteur-m-w-d-12345.html',
  ])('a gated download, a forum thread, a calendar entry or a job ad is no story (blind pool Q): %s', (url) => {
    expect(isExcludedUrl(url)).toBe(true);
  });
  it('a news story about jobs stays (the control)', () => {
    expect(isExcludedUrl('https://news.example.com/business/jobs/unemployment-falls-to-record-low-in-march')).toBe(
      false,
    );
  });

  it.each([
    'https://news.example.com/topic/jobs-workplace/unions/national-treasury-employees-union-ORCIG000115-topic.html',
    'https://news.example.com/tag/politics/elections/state-house-races-and-ballot-measures-tag',
  ])('a topic page named with its kind at the end of a long slug is a listing: %s', (url) => {
    expect(isExcludedUrl(url)).toBe(true);
  });
  it('a story filed below a topic folder stays', () => {
    expect(
      isExcludedUrl('https://news.example.com/topics/world/education/why-tycoon-funds-scholarships-in-china'),
    ).toBe(false);
  });

  it.each([
    'http://us11.campaign-archive2.com/?u=47c9040f6ff957a59bd88396e&id=1372ae74af',
    'https://example.us5.list-manage.com/subscribe?u=abc&id=def',
    'https://mailchi.mp/example/weekly-digest-4211',
  ])('a newsletter archive or sign-up page of a mailing service is not an article: %s', (url) => {
    expect(isExcludedUrl(url)).toBe(true);
  });

  it.each([
    'https://www.computerbase.de/forum/threads/iphone-2020-apple-setzt-auf-kleinere-displays.1877589/',
    'https://forum.example.com/showthread.php?t=12345',
    'https://www.franceculture.fr/emissions/les-pieds-sur-terre',
    'https://www.example.de/sendungen/tagesthemen',
    'http://www.dw.com/en/newsletter-registration/a-15718229',
    'https://shop.heise.de/katalog/technology-review-07-2019',
    'https://vds-ev.de/team-view/dr-reiner-pogarell/',
    'https://creativecommons.org/licenses/by-nc-sa/3.0/us/',
    'https://www.cifor.org/scientific-staff-detail/3862/john-emmanuel-fa',
    'http://www.eastbaytimes.com/letters-to-the-editor',
    'http://blog.sina.com.cn/u/1284139322',
    'http://finance.sina.com.cn/realstock/company/sz000725/nc.shtml',
    'https://laviedesidees.fr/_Thomann-Bernard_.html',
    'https://laviedesidees.fr/-Livres-etudes-.html',
    'http://finance.qq.com/dc_2016/mcontent/tagsList.htm?tags=%E7%8E%B0%E9%87%91%E8%B4%B7',
  ])(
    "a story card's link to its discussion thread, a broadcaster's programme page or a newsletter sign-up is no story: %s",
    (url) => {
      expect(isExcludedUrl(url)).toBe(true);
    },
  );
  it("a SPIP site's article, named without the author and section marks, stays", () => {
    expect(isExcludedUrl('https://laviedesidees.fr/Turpitude-et-architecture.html')).toBe(false);
  });

  it('an episode below a programme page names itself and stays', () => {
    expect(
      isExcludedUrl(
        'https://www.franceculture.fr/emissions/les-pieds-sur-terre/les-pieds-sur-terre-du-mardi-14-janvier-2020',
      ),
    ).toBe(false);
  });

  it.each([
    'https://www.homes.example.com/homedetails/19-Cahuilla-Hills-Dr-Palm-Springs-CA-92264/18032360_zpid/',
    'https://www.agent.example.com/19-Cahuilla-Hills-Drive',
    'https://www.immo.example.de/immobilie/wohnung-berlin-mitte-4711',
  ])("a property listing or an estate agent's house page is not an article: %s", (url) => {
    expect(isExcludedUrl(url)).toBe(true);
  });
  it.each(['https://en.wikipedia.org/wiki/10_Downing_Street', 'https://x.example/2019/11/5-tips-for-the-open-road'])(
    'a page about a street or a story ending on a street word stays: %s',
    (url) => {
      expect(isExcludedUrl(url)).toBe(false);
    },
  );

  it.each([
    'http://www.qdaily.com/articles/%E6%97%A0%E6%B3%95%E5%BF%8D%E5%8F%97%E4%B9%A1%E6%9D%91%E9%9F%B3%E4%B9%90%EF%BC%9F%20%E5%AF%B9',
    'https://x.example/news/The%20council%20said%20on%20Monday%20that%20the%20pier%20would%20close',
  ])('an address holding page text (a broken link) is not an article: %s', (url) => {
    expect(isExcludedUrl(url)).toBe(true);
  });
  it.each([
    'https://searchfox.org/mozilla-central/rev/23c25cd3/browser/app/permissions',
    'https://tools.wmflabs.org/geohack/geohack.php?pagename=New_Zealand&params=42_S_174_E',
    'https://www.openhub.net/p/wordpress/analyses/latest/languages_summary',
  ])('a source browser, tool or data page is not an article: %s', (url) => {
    expect(isExcludedUrl(url)).toBe(true);
  });

  it.each([
    'https://addons.mozilla.org/en-US/firefox/addon/multi-account-containers/',
    'https://chromewebstore.google.com/detail/some-extension/abcdef',
    'https://www.goodreads.com/quotes/589703-the-good-thing-about-standards-is-that-there-are-so',
  ])('an add-on store or a quote catalogue is not an article: %s', (url) => {
    expect(isExcludedUrl(url)).toBe(true);
  });

  it.each([
    'http://stock.finance.sina.com.cn/usstock/quotes/GOOG.html',
    'https://www.cnbc.com/quotes/AAPL',
    'https://finance.yahoo.com/quote/MSFT/',
    'http://finance.yahoo.com/q?s=GOOG',
    'https://www.google.com/finance/quote/TSLA:NASDAQ',
    'https://www.marketwatch.com/investing/stock/nflx',
  ])("a share's quote page is market data, not an article: %s", (url) => {
    expect(isExcludedUrl(url)).toBe(true);
  });

  it.each([
    'https://www.example.com/news/2024/05/quoted-in-the-press-a-profile',
    'https://www.example.com/business/stock-market-falls-as-rates-rise-1234',
  ])('a story whose address only mentions quotes or stocks stays: %s', (url) => {
    expect(isExcludedUrl(url)).toBe(false);
  });

  it.each([
    'http://app.sina.com.cn/appdetail.php?appID=887707&f=p_wenjiao',
    'https://download.example.com/windows/player-setup',
  ])("a site's app catalogue or download page is software, not an article: %s", (url) => {
    expect(isExcludedUrl(url)).toBe(true);
  });

  it.each([
    'https://community.spiceworks.com/t/at-52-and-8-years-into-my-career-is-it-worth-it/1158595',
    'https://forum.example.org/threads/how-to-fix-the-river-pump.1234/',
  ])('a thread on the forum of a site is not an article: %s', (url) => {
    expect(isExcludedUrl(url)).toBe(true);
  });

  it.each([
    'http://arabic.cnn.com/community_guidelines.html',
    'https://news.example.com/community-guidelines',
    'https://news.example.com/house-rules/',
    'https://news.example.com/terms-and-conditions.html',
  ])("a page of the site's rules (community guidelines, house rules, terms) is not an article: %s", (url) => {
    expect(isExcludedUrl(url)).toBe(true);
  });

  it.each([
    'http://sociedad.elpais.com/buscador/?qr=%2Fsociedad%2F2012&tt=Las+listas',
    'https://www.example.fr/recherche/?q=sandy',
    'https://www.example.de/suche/ergebnisse?query=wahl',
  ])('a site search page in any language is not an article: %s', (url) => {
    expect(isExcludedUrl(url)).toBe(true);
  });

  it.each([
    'https://brief.example.com/polls/5f2c9a10/vote?answer=loved',
    'https://brief.example.com/2025/11/issue-87?vote=up',
    'https://brief.example.com/feedback/issue-87-rating-form',
  ])('a poll, vote or feedback link is not an article: %s', (url) => {
    expect(isExcludedUrl(url)).toBe(true);
  });

  it.each([
    ['https://github.com/tramnotes/fare-cap-analysis', true],
    ['https://gitlab.com/group/some-project/', true],
    ['https://github.blog/2025-01-01-a-long-article-slug-here/', false],
  ])('a code-host repository is not an article: %s excluded: %s', (url, excluded) => {
    expect(isExcludedUrl(url as string)).toBe(excluded);
  });

  it.each([
    ['https://www.instagram.com/olga_n_photo/', true],
    ['https://instagram.com/p/Bx1y2z3/', true],
    ['https://twitter.com/NGRSenate/status/1195', true],
    ['https://x.com/someone', true],
    ['https://www.facebook.com/groups/cityfans', true],
    ['https://t.me/newschannel', true],
    ['https://www.linkedin.com/in/jane-doe', true],
    ['https://www.linkedin.com/pulse/how-cities-plan-bike-lanes-jane-doe', false],
    ['https://news.example.com/2025/11/instagram-changes-its-feed', false],
    ['https://xbox.com/news/story', false],
  ])('a social network profile or post is not related reading: %s excluded: %s', (url, excluded) => {
    expect(isExcludedUrl(url as string)).toBe(excluded);
  });

  it.each([
    'https://shop.example.com/products/house-espresso-12oz',
    'https://shop.example.com/collections/grinders',
    'https://shop.example.com/product/tamper-58mm/',
    'https://shop.example.com/shop/',
    'https://shop.example.com/cart/add?id=123',
    'https://shop.example.com/?add-to-cart=42',
  ])('a shop product, collection or cart link is excluded: %s', (url) => {
    expect(isExcludedUrl(url)).toBe(true);
  });

  it.each([
    'https://shop.example.com/blogs/news/dialing-in-espresso',
    'https://news.example.com/2025/06/productivity-tips.html',
  ])('a shop blog post or a URL merely containing "product" is kept: %s', (url) => {
    expect(isExcludedUrl(url)).toBe(false);
  });
});

describe('GENERIC_LINK_TEXT: share buttons and author-box links, by their text', () => {
  it.each([
    ['Share via Link', true],
    ['Share on Facebook', true],
    ['Share this story', true],
    ['PGP Key', true],
    ['RSS feed', true],
    ['Email me', true],
    ['Contact us', true],
    ['Facebook', true],
    ['View all (4)', true],
    ['See all 12', true],
    ['LINE', true],
    ['Facebook fined over data transfers', false],
    ['Shared custody rules change in 2026', false],
    ['Contacts between the two leaders resumed', false],
  ])('%s is button text: %s', (text, generic) => {
    expect(GENERIC_LINK_TEXT.test(text as string)).toBe(generic);
  });
});
