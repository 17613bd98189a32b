import { describe, expect, it } from 'vitest';
import { collapseRepeatedTitle } from '@/utils/related/collect-links';
import { isExcludedUrl } from '@/utils/related/is-excluded-link';
import { BODY, cards, related } from '../story-page';

/** Classes of links that are never related reading, and titles that must read as one story. */

describe('isExcludedUrl: classes of junk', () => {
  it.each([
    'https://www.youtube.com/watch?v=abc123',
    'https://youtu.be/abc123',
    'https://vimeo.com/123456789',
    'https://t.co/BUPgYtgHaY',
  ])('a video platform or a social short link is no story: %s', (url) => {
    expect(isExcludedUrl(url)).toBe(true);
  });

  it.each([
    'http://www.amazon.com/The-Pictorial-Tarot-Dover-Occult/dp/0486442551',
    'https://www.amazon.co.uk/gp/product/B00X4WHP5E',
    'https://www.netflix.com/watch/80192018',
    'https://apps.apple.com/us/app/some-news-app/id123456',
  ])('a store or streaming product page is no story: %s', (url) => {
    expect(isExcludedUrl(url)).toBe(true);
  });

  it.each([
    'https://beap.gemini.yahoo.com/mbclk?bv=1.0.0&es=abc',
    'https://www.nytimes.com/paidpost/brand/how-we-travel.html',
    'https://www.forbes.com/sites/acmebrandvoice/2025/01/01/a-story-a-brand-paid-for/',
  ])('an ad server or a paid post is no story: %s', (url) => {
    expect(isExcludedUrl(url)).toBe(true);
  });

  it.each([
    'https://en.wikipedia.org/w/index.php?title=Mozilla&action=edit&section=34',
    'https://en.wikipedia.org/w/index.php?title=Mozilla&oldid=123456',
    'https://en.wikipedia.org/wiki/Category:Mozilla',
    'https://en.wikipedia.org/wiki/Special:BookSources/978-0-00',
    'https://fr.wikipedia.org/wiki/Cat%C3%A9gorie:Navigateur_web',
  ])('a wiki edit, revision or namespace page is no article: %s', (url) => {
    expect(isExcludedUrl(url)).toBe(true);
  });

  it.each([
    'https://en.wikipedia.org/wiki/Mosaic_(web_browser)',
    'https://www.nytimes.com/2018/07/30/us/politics/trump-tax-cuts-rich.html?action=click&module=RelatedLinks',
    'https://www.aboutamazon.com/news/company-news/a-long-story-about-the-company',
    'https://www.wired.com/story/youtube-union/',
  ])('an article that only names such a site stays: %s', (url) => {
    expect(isExcludedUrl(url)).toBe(false);
  });
});

describe('collapseRepeatedTitle', () => {
  it('keeps one copy of responsive headline variants written side by side', () => {
    expect(
      collapseRepeatedTitle(
        'How Stores Manipulate Your Senses So You Spend More Money How Stores Manipulate Your Senses So You Spend More Money How Stores Manipulate Your Senses So You Spend Mor',
      ),
    ).toBe('How Stores Manipulate Your Senses So You Spend More Money');
  });

  it('drops a clamped copy glued to the full headline', () => {
    expect(
      collapseRepeatedTitle(
        'Huawei launches ‘most powerful smartphone in the world’ to take on Apple and Samsungpowerful smartphone in the world’ to take on Apple and Samsung',
      ),
    ).toBe('Huawei launches ‘most powerful smartphone in the world’ to take on Apple and Samsung');
  });

  it('leaves a headline that only repeats a short word alone', () => {
    const title = 'New York, New York: the city that never sleeps sleeps at last';
    expect(collapseRepeatedTitle(title)).toBe(title);
  });
});

describe('findRelatedLinks: dates in a module headline', () => {
  it('drops the date a headline element carries inside the link', () => {
    const links = related(`<article>${BODY}</article>
      <aside><h2>Related Coverage</h2><ul>
        <li><a href="https://news.example.com/2010/11/08/world/sudan-offer.html"><h2 class="headline"><span class="title">U.S. Sweetens Offer to Take Sudan Off Terrorist List</span> <time class="dateline">NOV. 7, 2010</time></h2></a></li>
        <li><a href="https://news.example.com/2009/03/31/world/sudan-aid.html"><h2 class="headline"><span class="title">Obama Urges Sudan to Allow Aid Groups Back</span> <time class="dateline">MARCH 30, 2009</time></h2></a></li>
      </ul></aside>`);
    expect(links.map((l) => l.title)).toEqual([
      'U.S. Sweetens Offer to Take Sudan Off Terrorist List',
      'Obama Urges Sudan to Allow Aid Groups Back',
    ]);
  });
});

describe('findRelatedLinks: module groups', () => {
  it('lists a "Next up in <section>" module with the topical modules, before the in-text links', () => {
    const links =
      related(`<article>${BODY}<p>The council had <a href="https://other.example.org/2025/06/council-votes-on-the-river-plan">voted on the river plan</a> before.</p></article>
      <section><h2>Next Up In Science &amp; Health</h2><ul>
        <li><a href="https://news.example.com/2025/07/a-clever-new-solar-solution">A clever new solar solution to a climate problem</a></li>
        <li><a href="https://news.example.com/2025/07/how-moon-rocks-reveal-history">How moon rocks reveal the history of the cosmos</a></li>
      </ul></section>`);
    expect(links.map((l) => l.group)).toEqual(['topic', 'topic', 'inline']);
    expect(links[0]!.source).toBe('Next Up In Science & Health');
  });
});

describe('findRelatedLinks: labels for screen readers only', () => {
  it('leaves them out of a link without a headline element', () => {
    const links = related(`<article>${BODY}</article>
      <aside><h2>Related stories</h2><ul>
        <li><a href="https://news.example.com/2025/07/river-levels-fall-after-the-storm"><span class="sr-only">Video</span>River levels fall after the storm passes</a></li>
        <li><a href="https://news.example.com/2025/07/council-meets-on-flood-defences"><span class="visually-hidden">Opinion: </span>Council meets on flood defences at last</a></li>
      </ul></aside>`);
    expect(links.map((l) => l.title)).toEqual([
      'River levels fall after the storm passes',
      'Council meets on flood defences at last',
    ]);
  });

  it('leaves them out of a link whose dates are dropped too', () => {
    const links = related(`<article>${BODY}</article>
      <aside><h2>Related stories</h2><ul>
        <li><a href="https://news.example.com/2025/07/river-levels-fall-after-the-storm">River levels fall after the storm passes <span class="screen-reader-text">(opens in a new window)</span> <time>July 3, 2025</time></a></li>
        <li><a href="https://news.example.com/2025/07/council-meets-on-flood-defences">Council meets on flood defences at last <span class="date">July 2, 2025</span></a></li>
      </ul></aside>`);
    expect(links.map((l) => l.title)).toEqual([
      'River levels fall after the storm passes',
      'Council meets on flood defences at last',
    ]);
  });
});

describe('findRelatedLinks: a card link holding its summary', () => {
  it('titles the card with its headline, without the blurb beside it', () => {
    const links = related(`<article>${BODY}</article>
      <aside><h2>Most Read</h2><ul>
        <li><a href="https://news.example.com/2025/07/hearings-were-a-disaster-for-the-party"><span>Hearings were a disaster for the party</span> <span class="c-list__entry-blurb">Even its own witnesses said damaging things.</span></a></li>
        <li><a href="https://news.example.com/2025/07/workers-could-be-hit-hardest-by-automation"><span>Workers could be hit hardest by automation</span> <span class="card-dek">A new study looks at which jobs change.</span></a></li>
      </ul></aside>`);
    expect(links.map((l) => l.title)).toEqual([
      'Hearings were a disaster for the party',
      'Workers could be hit hardest by automation',
    ]);
  });
});

describe('findRelatedLinks: a card whose only text is its excerpt', () => {
  it('keeps that text as the title', () => {
    const links = related(`<article>${BODY}</article>
      <aside><h2>Trending</h2>
        <a href="https://news.example.com/2025/07/what-to-buy-for-the-person-who-has-everything"><div><p class="trending-excerpt">What to buy for the person who has everything</p></div></a>
        <a href="https://news.example.com/2025/07/using-secure-video-at-home"><div><p class="trending-excerpt">Using secure video at home, step by step</p></div></a>
      </aside>`);
    expect(links.map((l) => l.title)).toEqual([
      'What to buy for the person who has everything',
      'Using secure video at home, step by step',
    ]);
  });
});

describe('findRelatedLinks: one page under more and fewer parameters', () => {
  it('lists a story once when a second link adds a parameter', () => {
    const links =
      related(`<article>${BODY}<p>The sale put Yahoo <a href="https://news.example.com/2016/07/25/business/yahoo-sale.html?_r=0">under the same umbrella as AOL</a>, as expected.</p></article>
      <aside><h2>Related Coverage</h2><ul>
        <li><a href="https://news.example.com/2016/07/25/business/yahoo-sale.html">Yahoo’s Sale to Verizon Ends an Era for a Web Pioneer</a></li>
        <li><a href="https://news.example.com/2016/07/26/business/verizon-yahoo.html">Verizon Announces a Deal for Yahoo’s Internet Business</a></li>
      </ul></aside>`);
    expect(links.map((l) => l.url)).toEqual([
      'https://news.example.com/2016/07/25/business/yahoo-sale.html',
      'https://news.example.com/2016/07/26/business/verizon-yahoo.html',
    ]);
  });

  it('keeps the pages a script names by its query apart', () => {
    const links = related(`<article>${BODY}</article>
      <aside><h2>Related stories</h2><ul>
        <li><a href="https://news.example.com/story.php">All the stories of the week, in one place</a></li>
        <li><a href="https://news.example.com/story.php?id=12">Council meets on flood defences at last</a></li>
        <li><a href="https://news.example.com/story.php?id=13">River levels fall after the storm passes</a></li>
      </ul></aside>`);
    expect(links.map((l) => l.url)).toEqual([
      'https://news.example.com/story.php',
      'https://news.example.com/story.php?id=12',
      'https://news.example.com/story.php?id=13',
    ]);
  });
});

describe('collectLinks: links that name no story', () => {
  it('drops a module link titled with a bare address', () => {
    const links = related(`<article>${BODY}</article>
      <aside><h2>Related stories</h2><ul>
        <li><a href="https://news.example.com/2025/07/20190917/x1">pic.example.com/BUPgYtgHaY</a></li>
        <li><a href="https://news.example.com/2025/07/council-meets-on-flood-defences">Council meets on flood defences at last</a></li>
      </ul></aside>`);
    expect(links.map((l) => l.title)).toEqual(['Council meets on flood defences at last']);
  });

  it('drops topic links, file names and footnote back-links', () => {
    const links = related(`<article>${BODY}
      <p>Police said the march <a href="https://news.example.com/2025/07/16/police-say-the-march-was-peaceful">was peaceful</a>.<sup><a href="https://news.example.com/2025/07/16/notes-on-the-river-story#cite_note-3">[3]</a></sup>
      See <a href="https://other.example.org/photos/2025/07/12-IMG_3886.html">12-IMG_3886.jpg</a>.</p>
      <p><a href="https://news.example.com/conflicto-mapuche-t62235">Más sobre Conflicto mapuche</a></p>
      <p>Más sobre <a href="https://news.example.com/conflicto-mapuche-t62235?x=1" title="Más sobre Conflicto mapuche">Conflicto mapuche</a></p>
      <p><a href="https://news.example.com/2025/07/16/notes-on-the-river-story#cite_ref-3">Jump up to: a</a></p></article>`);
    expect(links.map((l) => l.url)).toEqual(['https://news.example.com/2025/07/16/police-say-the-march-was-peaceful']);
    expect(links[0]!.title).toBe('Police say the march was peaceful');
  });
});

describe('isExcludedUrl: pages a site keeps about itself', () => {
  it.each([
    'https://www.fsf.org/about/staff-and-board',
    'https://news.example.com/contact-us',
    'https://news.example.com/help/how-to-subscribe-to-the-paper',
    'https://news.example.com/privacy-policy.html',
    'https://news.example.com/legal/terms-and-conditions-of-use',
  ])('%s is no story', (url) => {
    expect(isExcludedUrl(url)).toBe(true);
  });

  it('a story about such a page stays', () => {
    expect(isExcludedUrl('https://news.example.com/2025/07/about-face-on-privacy-rules')).toBe(false);
  });
});

describe('collectLinks: a picture caption with its credit', () => {
  it('is no story', () => {
    const links = related(`<article>${BODY}</article>
      <aside><h2>Related stories</h2><ul>
        <li><a href="https://news.example.com/2025/07/gallery/r~a1838afa3af511ec">Declan Rice after the win at Villa. | Foto: Reuters</a></li>
        <li><a href="https://news.example.com/2025/07/crowds-line-the-river-bank">Crowds line the river bank — Photo: AP</a></li>
        <li><a href="https://news.example.com/2025/07/council-meets-on-flood-defences">Council meets on flood defences at last</a></li>
      </ul></aside>`);
    expect(links.map((l) => l.title)).toEqual(['Council meets on flood defences at last']);
  });
});

describe('collectLinks: a gallery titled "Photos: …"', () => {
  it('stays', () => {
    const links = related(`<article>${BODY}</article>
      <aside><h2>Related stories</h2><ul>
        <li><a href="https://news.example.com/2025/07/harvest-festival-photos/">Photos: Harvest festival draws record crowd</a></li>
      </ul></aside>`);
    expect(links.map((l) => l.title)).toEqual(['Photos: Harvest festival draws record crowd']);
  });
});

describe('collectLinks: a read-more line', () => {
  it("is titled with the linked story's slug headline", () => {
    const links = related(
      `<article>${BODY}<p><a href="https://news.example.com/cinema/2017/11/17/docu-marsha-p-johnson-unique-en-son-genre_1610846">Lire la suite de la critique de Jérémy Piette sur Libération.fr</a></p></article>`,
    );
    expect(links.map((l) => l.title)).toEqual(['Docu marsha p johnson unique en son genre']);
  });
});

describe("isExcludedUrl: a site's video pages, deals and price guides", () => {
  it.each([
    'http://video.foxnews.com/v/6099396703001',
    'https://www.cnn.com/videos/politics/2019/11/19/volker-testimony-impeachment-hearing.cnn',
    'https://www.steelers.com/video/steelers-looking-ahead',
    'https://deals.appleinsider.com/deal/19/11/10/apple-airpods-2019-on-sale-for-145',
    'https://prices.appleinsider.com/macbook-pro-16-inch-late-2019',
  ])('%s is no story', (url) => {
    expect(isExcludedUrl(url)).toBe(true);
  });

  it.each([
    'https://www.space.com/38799-best-space-deals.html',
    'https://www.wired.com/story/youtube-video-creators-union/',
    'https://videogames.example.com/2025/07/a-long-review-of-the-game',
  ])('%s stays', (url) => {
    expect(isExcludedUrl(url)).toBe(false);
  });
});

describe("isExcludedUrl: writers' pages and topic hubs by other names", () => {
  it.each([
    'https://news.example.com/people/jane-doe',
    'https://news.example.com/columnists/jane-doe/',
    'https://www.example.de/thema/passwort',
    'https://www.example.es/temas/conflicto-mapuche',
    'https://www.example.fr/auteur/jean-dupont',
  ])('%s is no story', (url) => {
    expect(isExcludedUrl(url)).toBe(true);
  });
  it('a story whose slug holds such a word stays', () => {
    expect(isExcludedUrl('https://news.example.com/2025/07/people-flock-to-the-river')).toBe(false);
  });
});

describe('isExcludedUrl: home pages under another name', () => {
  it.each([
    'https://www.example.org/index.html',
    'https://www.example.org/home',
    'https://www.example.org/en/',
    'https://www.example.org/pt-br',
  ])('%s is no story', (url) => {
    expect(isExcludedUrl(url)).toBe(true);
  });
  it('a two-letter story path under a section stays', () => {
    expect(isExcludedUrl('https://www.example.org/en/2025/07/council-meets-on-flood-defences')).toBe(false);
  });
});

describe('isExcludedUrl: documents, data files and bug trackers', () => {
  it.each([
    'https://docs.google.com/spreadsheets/d/1abcDEF/edit',
    'https://www.documentcloud.org/documents/6543210-Report.html',
    'https://data.example.gov/files/air-quality-2019.json',
    'https://bugzilla.mozilla.org/show_bug.cgi?id=1255978',
    'https://github.com/some-org/some.project/issues/12',
    'https://gitlab.com/group/project/-/merge_requests/7',
    'https://github.com/owner/project/blob/main/src/parser.py',
  ])('%s is no story', (url) => {
    expect(isExcludedUrl(url)).toBe(true);
  });
  it('a story about a code host stays', () => {
    expect(isExcludedUrl('https://github.blog/2025-01-01-the-issues-we-fixed-this-year/')).toBe(false);
  });
});

describe('collectLinks: ads among the stories of a module', () => {
  it('drops a sponsored item among the stories of a module', () => {
    const links = related(`<article>${BODY}</article>
      <aside><h2>Related stories</h2><ul>
        <li><a href="https://news.example.com/2025/07/council-meets-on-flood-defences">Council meets on flood defences at last</a></li>
        <li class="item sponsored"><a href="https://brand.example.com/2025/07/the-best-rain-boots-money-can-buy">The best rain boots money can buy this year</a></li>
      </ul></aside>`);
    expect(links.map((l) => l.title)).toEqual(['Council meets on flood defences at last']);
  });
});

describe('findRelatedLinks: bare "related" headings in more languages', () => {
  it.each(['Související', 'Relacionadas', 'Correlati', 'Gerelateerd', 'Voir aussi', 'Powiązane'])(
    'a module headed "%s" is a topical module',
    (heading) => {
      const links = related(`<article>${BODY}</article>
        <aside><h2>${heading}</h2><ul>
          <li><a href="https://news.example.com/2025/07/council-meets-on-flood-defences">Council meets on flood defences at last</a></li>
        </ul></aside>`);
      expect(links.map((l) => [l.source, l.group])).toEqual([[heading, 'topic']]);
    },
  );
});

describe("isExcludedUrl: a section of stories named like a site's own page", () => {
  it('stays when it holds dated stories', () => {
    expect(isExcludedUrl('https://www.example.com/careers/2019/nov/18/how-to-ask-for-a-raise')).toBe(false);
    expect(isExcludedUrl('https://www.example.com/help/2019/11/how-the-helpline-answered-the-flood')).toBe(false);
  });
});

describe('findRelatedWidgets: the site banner and its menus', () => {
  it('a "Latest" list inside the banner menu is no module', () => {
    const links = related(`<div role="banner"><div role="menu"><h3>Latest</h3><ul>
        <li><a href="https://news.example.com/2025/07/menu-preview-of-a-story-one">Menu preview of a story, number one</a></li>
        <li><a href="https://news.example.com/2025/07/menu-preview-of-a-story-two">Menu preview of a story, number two</a></li>
      </ul></div></div><article>${BODY}</article>`);
    expect(links).toEqual([]);
  });
});

describe('collectLinks: a clamped headline with its source after it', () => {
  it('keeps the headline, not the source', () => {
    const links = related(`<article>${BODY}</article>
      <aside><h2>More from Tech Insider</h2><ul>
        <li><a href="https://news.example.com/2025/07/what-daily-serving-of-sugar-looks-like">Here's what the maximum amount of… Tech Insider</a></li>
        <li><a href="https://news.example.com/2025/07/council-meets-on-flood-defences">Council meets on flood defences at last</a></li>
      </ul></aside>`);
    expect(links.map((l) => l.title)).toEqual([
      "Here's what the maximum amount of…",
      'Council meets on flood defences at last',
    ]);
  });
});

describe('a box of ads under its own heading', () => {
  const list = (heading: string, slug: string) =>
    `<section><h2>${heading}</h2>${cards(
      [1, 2, 3, 4].map((i) => `https://news.example.com/2025/07/${slug}-${i}.html`),
      [1, 2, 3, 4].map((i) => `Story number ${i} of this ${slug} box for our readers`),
    )}</section>`;

  it.each(['Sponsored stories', 'Around the web', 'お得情報', 'Anzeige', '广告'])(
    'lists none of the links under "%s"',
    (heading) => {
      const links = related(
        `<article><h1>Story</h1>${BODY}</article>${list(heading, 'paid')}${list('Related stories', 'own')}`,
      );
      expect(links.filter((l) => l.url.includes('/paid-'))).toEqual([]);
      // The page's own related module beside it is still listed.
      expect(links.filter((l) => l.url.includes('/own-')).length).toBe(4);
    },
  );
});

describe("the same story under the site's other domain", () => {
  it('is listed once (bbc.co.uk and bbc.com)', () => {
    const links = related(
      `<article><h1>Story</h1>${BODY}<p>Read <a href="https://www.bbc.co.uk/news/world-europe-50467306">how the extradition hearing unfolded</a> and <a href="https://www.bbc.com/news/world-europe-50467306">the extradition hearing in full</a>, then <a href="https://www.bbc.com/news/uk-50469991">what the court said on Monday</a>.</p></article>`,
      'https://www.bbc.com/news/world-europe-50469999',
    );
    expect(links.filter((l) => l.url.includes('50467306'))).toHaveLength(1);
    expect(links.some((l) => l.url.includes('uk-50469991'))).toBe(true);
  });
});
