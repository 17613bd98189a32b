/**
 * Regressions for the causes the second blind held-out set found (tests/heldout/): small hand-written HTML per
 * cause, no held-out content.
 */
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '@/scripts/lib/load-document';
import { blocksToText } from '@/utils/article/blocks-to-text';
import { extractArticle } from '@/utils/article/extract-article';
import { findRelatedLinks } from '@/utils/related/find-related-links';
import { isBoilerplateText } from '@/utils/article/is-boilerplate-text';
import { isRelatedHeading, isSiteWideListHeading } from '@/utils/rules/headings';

const PAGE = 'https://news.example.com/2025/07/story-about-the-river.html';
const PROSE = (n: number, word = 'river'): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i} of the article tells the reader what happened at the ${word} on Tuesday and why the council cares about it.</p>`,
  ).join('');

function page(body: string): Document {
  return documentFromHtml(`<!doctype html><html><head><title>Story</title></head><body>${body}</body></html>`);
}
const relatedOf = (body: string): { title: string; url: string }[] =>
  findRelatedLinks(page(body), PAGE).map(({ title, url }) => ({ title, url }));
const textOf = (body: string): string => blocksToText(extractArticle(page(body), PAGE).blocks);

const A = 'https://news.example.com/2025/06/first-other-story.html';
const B = 'https://news.example.com/2025/05/second-other-story.html';
const C = 'https://news.example.com/2025/04/third-other-story.html';
const X = 'https://news.example.com/2025/03/site-wide-hit-one.html';
const Y = 'https://news.example.com/2025/02/site-wide-hit-two.html';

const cards = (urls: string[], titles: string[]): string =>
  urls
    .map(
      (u, i) =>
        `<div class="card"><a href="${u}"><img src="x.gif" alt=""></a><h3><a href="${u}">${titles[i]}</a></h3></div>`,
    )
    .join('');
const THREE = cards([A, B, C], ['First other story title', 'Second other story title', 'Third other story title']);
const EXPECTED = [
  { title: 'First other story title', url: A },
  { title: 'Second other story title', url: B },
  { title: 'Third other story title', url: C },
];

describe('1. tabbed related headings; site-wide most-popular lists are not related', () => {
  it.each([
    [
      'two href="#" tab links in an h4',
      `<h4 class="block-title"><a href="#">RELATED ARTICLES</a><a href="#">MORE FROM AUTHOR</a></h4>`,
    ],
    ['one javascript: tab', `<h3><a href="javascript:void(0)">Related posts</a></h3>`],
  ])('%s heads the cards after it', (_, heading) => {
    const links = relatedOf(
      `<article>${PROSE(4)}</article><div class="block">${heading}<div class="inner">${THREE}</div></div>`,
    );
    expect(links).toEqual(EXPECTED);
  });

  it.each(['MOST POPULAR', 'Most read', 'Trending now', 'Top stories', 'Most viewed'])(
    '%s is a site-wide list, not a related heading',
    (h) => {
      expect(isRelatedHeading(h)).toBe(false);
      expect(isSiteWideListHeading(h)).toBe(true);
    },
  );

  it.each(['Popular posts from this blog', 'Popular Posts', 'Related articles'])('%s stays a related heading', (h) => {
    expect(isRelatedHeading(h)).toBe(true);
    expect(isSiteWideListHeading(h)).toBe(false);
  });

  it('a MOST POPULAR sidebar yields no links', () => {
    const links = relatedOf(
      `<article>${PROSE(4)}</article><aside><div><h4 class="block-title"><span>MOST POPULAR</span></h4><div>${cards([X, Y], ['Site wide hit one', 'Site wide hit two'])}</div></div></aside>`,
    );
    expect(links).toEqual([]);
  });
});

describe('2-3, 6. related labels in Dutch, Turkish (dotted capital I) and Vietnamese', () => {
  it.each(['Meer over dit onderwerp', 'İlgili Haberler', 'İLGİLİ HABERLER', 'Xem thêm:', 'Bài liên quan'])(
    '%s is a related heading',
    (h) => {
      expect(isRelatedHeading(h)).toBe(true);
    },
  );

  it('a "Meer over dit onderwerp" list whose headline is an h3 inside each link, beside a label and a time', () => {
    const item = (u: string, t: string): string =>
      `<li><a href="${u}"><span class="label">Regio</span><h3 class="title">${t}</h3><time>12 apr.</time></a></li>`;
    const links = relatedOf(
      `<article>${PROSE(4)}</article><section><h2>Meer over dit onderwerp</h2><ul>${item(A, 'Eerste ander verhaal')}${item(B, 'Tweede ander verhaal')}</ul></section>`,
    );
    expect(links).toEqual([
      { title: 'Eerste ander verhaal', url: A },
      { title: 'Tweede ander verhaal', url: B },
    ]);
  });

  it('an "İlgili Haberler" h4 inside a div.block-title, then a list', () => {
    const links = relatedOf(
      `<article>${PROSE(4)}</article><div class="related"><div class="block-title"><h4>İlgili Haberler</h4></div><ul><li><a href="${A}"><strong>Birinci diğer haber</strong></a></li><li><a href="${B}"><strong>İkinci diğer haber</strong></a></li></ul></div>`,
    );
    expect(links).toEqual([
      { title: 'Birinci diğer haber', url: A },
      { title: 'İkinci diğer haber', url: B },
    ]);
  });

  it('drops a "Xem thêm:" teaser line from the text, keeps the prose', () => {
    const text = textOf(
      `<article><h1>Story</h1>${PROSE(3)}<p><strong>Xem thêm:</strong> <a href="${A}">Một bài viết khác</a></p>${PROSE(3, 'lake')}</article>`,
    );
    expect(text).toContain('happened at the lake');
    expect(text).toContain('happened at the river');
    expect(text).not.toContain('Xem thêm');
  });
});

describe('4. a most-read column inside <main>; a newsletter sign-up box', () => {
  it('links of a "Most read" column next to the story column are not in-article links', () => {
    const story = `${PROSE(3)}<p>See <a href="${A}">the earlier story about the river</a> for context.</p>${PROSE(2, 'lake')}`;
    const rail = `<div class="rail"><div class="head"><h2>Most read</h2></div><div>${cards([X, Y], ['Site wide hit one', 'Site wide hit two'])}</div></div>`;
    const links = relatedOf(`<main><div class="content"><h1>Story</h1>${story}</div>${rail}</main>`);
    expect(links).toEqual([{ title: 'the earlier story about the river', url: A }]);
  });

  it.each([
    ['a styled <span> label', '<div class="rail-title"><span>Most read</span></div>'],
    ['a <strong> label', '<p><strong>Trending now</strong></p>'],
    ['a label class', '<div class="widget__label">Most popular</div>'],
  ])('a "Most read" column titled by %s is not in-article reading either', (_, title) => {
    const story = `${PROSE(3)}<p>See <a href="${A}">the earlier story about the river</a> for context.</p>${PROSE(2, 'lake')}`;
    const rail = `<div class="rail">${title}<div>${cards([X, Y], ['Site wide hit one', 'Site wide hit two'])}</div></div>`;
    const links = relatedOf(`<main><div class="content"><h1>Story</h1>${story}</div>${rail}</main>`);
    expect(links).toEqual([{ title: 'the earlier story about the river', url: A }]);
  });

  it("a bold word inside the story that is not a list title keeps the story's links", () => {
    const story = `${PROSE(3)}<p><b>Update:</b> see <a href="${A}">the earlier story about the river</a> for context.</p>${PROSE(2, 'lake')}`;
    const links = relatedOf(`<main><div class="content"><h1>Story</h1>${story}</div></main>`);
    expect(links).toEqual([{ title: 'the earlier story about the river', url: A }]);
  });

  it('a sign-up box with an e-mail field leaves no pitch in the text', () => {
    const box = `<div class="box"><h3>The Daily Brief</h3><p>Start your day with the stories you need to know.</p><form><input type="email"><button>Sign up</button></form></div>`;
    const text = textOf(`<article><h1>Story</h1>${PROSE(5)}${box}${PROSE(2, 'lake')}</article>`);
    expect(text).toContain('happened at the river');
    expect(text).toContain('happened at the lake');
    expect(text).not.toContain('Daily Brief');
    expect(text).not.toContain('Start your day');
  });
});

describe('5. app promo lines are furniture', () => {
  it.each([
    ['不用抽 不用搶 現在用APP看新聞 保證天天中獎　點我下載APP　按我看活動辦法', true],
    ['立即下载APP，看更多新闻', true],
    ['Get the app for breaking news alerts', true],
    ['市政府表示，新的應用程式將在明年上線，提供公車即時資訊。', false],
    ['The council said the app had been downloaded 40,000 times since March.', false],
  ])('%s -> %s', (text, expected) => {
    expect(isBoilerplateText(text)).toBe(expected);
  });
});
