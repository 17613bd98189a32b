/**
 * A block of links is a related widget when a heading or a lead-in label names it as related reading,
 * whatever its markup: a label in a block of its own before the list, tab links in the heading, a heading
 * wrapped in a title div, a bold label in a box inside the story. Site-wide lists ("Most popular") and
 * shop product grids are not.
 */
import { describe, expect, it } from 'vitest';
import { A, B, C, X, Y, cards, prose, relatedOf, relatedWithSourceOf } from '../story-page';

const THREE = cards([A, B, C], ['First other story title', 'Second other story title', 'Third other story title']);
const EXPECTED = [
  { title: 'First other story title', url: A },
  { title: 'Second other story title', url: B },
  { title: 'Third other story title', url: C },
];

describe('a lead-in label before a list of links', () => {
  it.each([
    [
      'label block, then a separate list block',
      `<div><p><strong>📌 LEIA TAMBÉM:</strong></p></div><div><ul><li><a href="${A}">First other story title</a></li><li><a href="${B}">Second other story title</a></li></ul></div>`,
    ],
    [
      'plain-text label and list in one div',
      `<div>Read more:<ul><li><a href="${A}">First other story title</a></li><li><a href="${B}">Second other story title</a></li></ul></div>`,
    ],
  ])('makes a widget: %s', (_, widget) => {
    const links = relatedOf(`<article>${prose(3)}${widget}${prose(3, 'lake')}</article>`);
    expect(links).toEqual([
      { title: 'First other story title', url: A },
      { title: 'Second other story title', url: B },
    ]);
  });

  it('a plain "Leggi anche:" paragraph inside the story labels the link after it', () => {
    const links = relatedOf(
      `<article>${prose(4)}<p>Leggi anche: <a href="${A}">First other story title</a></p></article>`,
    );
    expect(links).toEqual([{ title: 'First other story title', url: A }]);
  });
});

describe('a related heading made of tab links', () => {
  it.each([
    [
      'two href="#" tab links in an h4',
      `<h4 class="block-title"><a href="#">RELATED ARTICLES</a><a href="#">MORE FROM AUTHOR</a></h4>`,
    ],
    ['one javascript: tab', `<h3><a href="javascript:void(0)">Related posts</a></h3>`],
  ])('%s heads the cards after it', (_, heading) => {
    const links = relatedOf(
      `<article>${prose(4)}</article><div class="block">${heading}<div class="inner">${THREE}</div></div>`,
    );
    expect(links).toEqual(EXPECTED);
  });

  it('a MOST POPULAR sidebar in the same markup is a site-wide list under its own label', () => {
    const links = relatedWithSourceOf(
      `<article>${prose(4)}</article><aside><div><h4 class="block-title"><span>MOST POPULAR</span></h4><div>${cards([X, Y], ['Site wide hit one', 'Site wide hit two'])}</div></div></aside>`,
    );
    expect(links.map((l) => [l.url, l.source])).toEqual([
      [X, 'MOST POPULAR'],
      [Y, 'MOST POPULAR'],
    ]);
  });
});

describe('headings in other markups', () => {
  it('a "Meer over dit onderwerp" list whose headline is an h3 inside each link, beside a label and a time', () => {
    const item = (u: string, t: string): string =>
      `<li><a href="${u}"><span class="label">Regio</span><h3 class="title">${t}</h3><time>12 apr.</time></a></li>`;
    const links = relatedOf(
      `<article>${prose(4)}</article><section><h2>Meer over dit onderwerp</h2><ul>${item(A, 'Eerste ander verhaal')}${item(B, 'Tweede ander verhaal')}</ul></section>`,
    );
    expect(links).toEqual([
      { title: 'Eerste ander verhaal', url: A },
      { title: 'Tweede ander verhaal', url: B },
    ]);
  });

  it('an "İlgili Haberler" h4 inside a div.block-title, then a list', () => {
    const links = relatedOf(
      `<article>${prose(4)}</article><div class="related"><div class="block-title"><h4>İlgili Haberler</h4></div><ul><li><a href="${A}"><strong>Birinci diğer haber</strong></a></li><li><a href="${B}"><strong>İkinci diğer haber</strong></a></li></ul></div>`,
    );
    expect(links).toEqual([
      { title: 'Birinci diğer haber', url: A },
      { title: 'İkinci diğer haber', url: B },
    ]);
  });

  const cardGrid = (heading: string): string =>
    `<article>${prose(3)}<p>Earlier <a href="${B}">the weak in-text words</a> were linked.</p>${prose(3)}</article>` +
    `<section class="box"><div class="section-title"><h2>${heading}</h2></div><div class="grid">` +
    `<div class="c"><a href="${A}"><h3>First other story title</h3></a></div>` +
    `<div class="c"><a href="${B}"><h3>Second other story title</h3></a></div>` +
    `<div class="c"><a href="${C}"><h3>Third other story title</h3></a></div></div></section>`;

  it.each(['ข่าวที่เกี่ยวข้อง', 'Mohlo by vás zajímat', 'כתבות נוספות', 'Relaterade artiklar', '你可能会喜欢', '为你推荐'])(
    'a card grid headed %s is a widget and its title beats the in-text wording',
    (heading) => {
      expect(relatedWithSourceOf(cardGrid(heading))).toEqual([
        { title: 'First other story title', url: A, source: heading },
        { title: 'Second other story title', url: B, source: heading },
        { title: 'Third other story title', url: C, source: heading },
      ]);
    },
  );
});

describe('a labelled box inside the story', () => {
  it.each([
    [
      '<aside class="teaser"><strong>Läs också:</strong> <a href="URL">First other story title</a></aside>',
      'Läs också',
    ],
    [
      '<div class="read-also"><span class="t">קראו עוד:</span> <a href="URL">First other story title</a></div>',
      'קראו עוד',
    ],
    ['<p><b>Přečtěte si také:</b> <a href="URL">First other story title</a></p>', 'Přečtěte si také'],
  ])('%s is a widget, listed before in-text links', (box, label) => {
    const body = `<article>${prose(3)}<p>See <a href="${B}">the second story</a> too.</p>${box.replace('URL', A)}${prose(3)}</article>`;
    const got = relatedWithSourceOf(body);
    expect(got.map((l) => l.url)).toEqual([A, B]);
    expect(got[0]!.source).toContain(label);
    expect(got[1]!.source).toBe('article');
  });
});

describe('a shop product grid', () => {
  it('a "You may also like" product grid yields no related links, the article cards do', () => {
    const products = ['/products/one', '/products/two']
      .map((u, i) => `<li><h3><a href="${u}">Product number ${i} for sale</a></h3><div class="price">$19.00</div></li>`)
      .join('');
    const body =
      `<article>${prose(4)}</article><section><h2>Related articles</h2><ul><li><a href="${A}">First other story title</a></li></ul></section>` +
      `<section><h2>You may also like</h2><ul>${products}</ul></section>`;
    expect(relatedOf(body).map((l) => l.url)).toEqual([A]);
  });
});

describe('a module whose heading is followed by tab switches', () => {
  it('a "Most Popular Stories" box with a row of href="#" tabs lists the stories under the tabs, not the tabs', () => {
    const list = (urls: string[], titles: string[]): string =>
      `<ol>${urls.map((u, i) => `<li><a href="${u}">${titles[i]}</a></li>`).join('')}</ol>`;
    const links = relatedWithSourceOf(
      `<article>${prose(4)}</article><div class="module"><h2>Most Popular Stories</h2>` +
        `<ul><li><a href="#">Read</a></li><li><a href="#">E-mailed</a></li></ul>` +
        list([X, Y], ['Site wide hit one', 'Site wide hit two']) +
        `</div>`,
    );
    expect(links).toEqual([
      { title: 'Site wide hit one', url: X, source: 'Most Popular Stories' },
      { title: 'Site wide hit two', url: Y, source: 'Most Popular Stories' },
    ]);
  });
});

describe('related headings in more wordings', () => {
  it.each(['NOS ARTICLES LIÉS »', 'Related News On Huffington Post:', 'Lo más visto en Sociedad'])(
    'a list headed %s is a module under that label',
    (heading) => {
      const links = relatedWithSourceOf(
        `<article>${prose(4)}</article><div class="box"><span class="box-header">${heading}</span>${THREE}</div>`,
      );
      expect(links.map((l) => l.url)).toEqual([A, B, C]);
      expect(links[0]!.source.replace(/\s*[:»]$/u, '')).toBe(heading.replace(/\s*[:»]$/u, ''));
    },
  );
});

describe('a module saved empty', () => {
  it('a "Trending" heading alone in its box does not take the next modules of the column as its own', () => {
    const links = relatedWithSourceOf(
      `<article>${prose(4)}</article><div class="sidebar"><div class="trending"><h3>Trending</h3></div>` +
        `<div class="hive"><h3>The Hive</h3><h4>What people are reading</h4><ul>` +
        `<li><a href="https://other.example.org/2025/06/a-story-elsewhere-on-the-web">A story elsewhere on the web</a></li>` +
        `<li><a href="https://third.example.net/2025/06/another-story-somewhere-else">Another story somewhere else</a></li></ul></div></div>`,
    );
    expect(links.filter((l) => l.source === 'Trending')).toEqual([]);
  });
});

describe('a heading over a column of modules', () => {
  it('an h1 "Otras noticias" over the sidebar does not swallow its "Lo más visto" module and the widgets beside it', () => {
    const links = relatedWithSourceOf(
      `<article>${prose(4)}</article><div class="sidebar"><h1 class="hidden">Otras noticias</h1>` +
        `<div class="widget"><a href="https://live.example.com/widgets/config.html">Llévate el widget de la última hora</a></div>` +
        `<div class="box"><h3>Lo más visto en Sociedad</h3><ol><li><a href="${X}">Site wide hit one</a></li><li><a href="${Y}">Site wide hit two</a></li></ol></div></div>`,
    );
    expect(links).toEqual([
      { title: 'Site wide hit one', url: X, source: 'Lo más visto en Sociedad' },
      { title: 'Site wide hit two', url: Y, source: 'Lo más visto en Sociedad' },
    ]);
  });
});

describe('a short module', () => {
  it('"More from World" over two short headlines heads them: the box is not read as one long heading', () => {
    const links = relatedWithSourceOf(
      `<article>${prose(4)}</article><div class="box"><h3>More from World</h3><ul><li><a href="${A}">Flood hits town</a></li><li><a href="${B}">Bridge shut</a></li></ul></div>`,
    );
    expect(links.map((l) => [l.url, l.source])).toEqual([
      [A, 'More from World'],
      [B, 'More from World'],
    ]);
  });
});

describe("a module's own hub", () => {
  it('"More in Amsterdam" linking "Amsterdam" lists no story', () => {
    const links = relatedOf(
      `<article>${prose(4)}</article><div class="row"><div class="title-bar"><h2>More in Amsterdam</h2></div><a href="https://news.example.com/locations/amsterdam-museums-exhibitions/"><img src="a.jpg" alt="Amsterdam"><div class="tag"><h4>Amsterdam</h4></div></a></div>`,
    );
    expect(links).toEqual([]);
  });
});

describe('a heading written as a paragraph in a header box', () => {
  it('"<div class=mod-header><p class=mod-title>Sur le même sujet</p></div>" heads the links after it', () => {
    const links = relatedWithSourceOf(
      `<article>${prose(4)}</article><div class="mod"><div class="mod-header"><p class="mod-title">Sur le même sujet</p></div><div class="mod-line"><ul class="tabs"><li><a href="/tag/edf">EDF</a></li></ul><div class="pane"><ul><li><a href="${A}">Premier autre article du site</a></li><li><a href="${B}">Deuxième autre article du site</a></li></ul></div></div></div>`,
    );
    expect(links.map((l) => [l.url, l.source])).toEqual([
      [A, 'Sur le même sujet'],
      [B, 'Sur le même sujet'],
    ]);
  });
});

describe('cards whose headline sits beside an overlay link', () => {
  it('an h3 "Related stories" over cards with unlinked h3 headlines keeps its cards', () => {
    const card = (u: string, t: string): string =>
      `<div class="card"><a class="overlay" href="${u}" aria-label="${t}"></a><h3>${t}</h3></div>`;
    const links = relatedWithSourceOf(
      `<article>${prose(4)}</article><div class="box"><h3>Related stories</h3>${card(A, 'First other story title')}${card(B, 'Second other story title')}</div>`,
    );
    expect(links.map((l) => [l.url, l.source])).toEqual([
      [A, 'Related stories'],
      [B, 'Related stories'],
    ]);
  });
});
