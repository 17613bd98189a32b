import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '@/scripts/lib/load-document';
import { extractArticle } from '@/utils/article/extract-article';

const para = (i: number): string =>
  `<p>Paragraph ${i} of the report describes, in full sentences, what the council decided on Tuesday and what residents said afterwards about the plan.</p>`;
const paras = (n: number): string => Array.from({ length: n }, (_, i) => para(i)).join('');
const teasers = (n: number): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `<article class="teaser"><h3><a href="/2025/07/story-${i}-slug-here.html">Headline number ${i} about something that happened</a></h3><p>Short standfirst ${i}.</p></article>`,
  ).join('');
const nav = `<nav><ul>${Array.from({ length: 10 }, (_, i) => `<li><a href="/section-${i}">Section ${i}</a></li>`).join('')}</ul></nav>`;

function isArticle(html: string, bodyClass = '', head = ''): boolean {
  return extractArticle(
    documentFromHtml(
      `<!doctype html><html><head><title>Page</title>${head}</head><body class="${bodyClass}">${html}</body></html>`,
    ),
    'https://example.com/x',
  ).isArticle;
}

describe('isArticle', () => {
  it.each([
    ['a long article', `${nav}<article><h1>Story</h1>${paras(8)}</article>`],
    ['a short article (two paragraphs)', `${nav}<article><h1>Brief</h1>${paras(2)}</article>`],
    [
      'an article with a related rail',
      `${nav}<article><h1>Story</h1>${paras(6)}</article><aside><h2>Related</h2>${teasers(6)}</aside>`,
    ],
    [
      'a blog post without <article>',
      `<div class="post-body">${paras(4)}</div><div class="sidebar">${teasers(3)}</div>`,
    ],
  ])('true for %s', (_, html) => {
    expect(isArticle(html)).toBe(true);
  });

  it('false for a WordPress category archive of long excerpts (body class)', () => {
    const excerpts = Array.from(
      { length: 3 },
      (_, i) =>
        `<article class="post"><h2><a href="/2025/11/story-${i}-slug.html">Story ${i}</a></h2><div class="entry-content">${paras(2)}</div></article>`,
    ).join('');
    expect(isArticle(`<main>${excerpts}</main>`, 'archive category category-housing')).toBe(false);
  });

  it('true for a declared article even when its body class says "blog"', () => {
    expect(isArticle(`<article>${paras(5)}</article>`, 'blog', '<meta property="og:type" content="article">')).toBe(
      true,
    );
  });

  it.each([
    ['a home page of teasers', `${nav}<main>${teasers(20)}</main>`],
    ['an empty page', '<div></div>'],
    [
      'a sign-up form',
      `<h1>Create your account</h1><form><label>Name <input name="n"></label><label>Email <input name="e"></label><label>Password <input type="password" name="p"></label><button>Sign up</button></form><p>By signing up you agree to the terms.</p>`,
    ],
    [
      'a link directory',
      `<ul>${Array.from({ length: 40 }, (_, i) => `<li><a href="/topic/${i}">Topic number ${i} with a long enough name</a></li>`).join('')}</ul>`,
    ],
  ])('false for %s', (_, html) => {
    expect(isArticle(html)).toBe(false);
  });
});

describe('isArticle on pages nobody tuned on (blind look 3)', () => {
  const links = Array.from(
    { length: 30 },
    (_, i) => `<li><a href="/news/${i}">新闻标题第${i}条关于今天发生的事情的报道链接</a></li>`,
  ).join('');

  it('counts a Chinese character as more than a Latin letter, so a short Chinese story is an article', () => {
    const story =
      '<div class="article"><p>新浪科技讯 北京时间1月16日凌晨消息，据彭博社报道，过去两年时间里谷歌为收购硬件、软件和广告技术公司而花费的资金总额已达一百七十亿美元。</p>' +
      '<p>最近，谷歌刚刚收购了智能恒温器生产商和机器人公司。</p>' +
      '<p>美国投资公司分析师在接受彭博社采访时称，谷歌将需继续做出重大押注，以便将公司业务拓展到在线搜索以外的其他领域中去，他们正试图解决更大的长期问题。</p></div>';
    expect(isArticle(`${story}<ul class="links">${links}</ul>`)).toBe(true);
  });

  it('false for a home page of promo tiles (a title line over a one-line blurb) that says og:type "website"', () => {
    const tile = (i: number): string =>
      `<article class="tout"><a href="/blog/2016/03/tile-${i}"><div class="tout-text"><div>Title of promo tile ${i}</div><h2>Read the President's op-ed on the subject of tile number ${i} today.</h2></div></a></article>`;
    const head =
      '<meta property="og:type" content="website"><meta property="article:published_time" content="2015-03-12T17:57:02-04:00">';
    expect(isArticle(`${nav}<main>${[1, 2, 3, 4, 5].map(tile).join('')}</main>`, '', head)).toBe(false);
  });
});

describe('isArticle on a page that says og:type "website"', () => {
  const head = '<meta property="og:type" content="website">';
  const blurb = (name: string): string =>
    `<h2>${name}</h2><p>Make the browser match your style with ${name.toLowerCase()}: choose from thousands of options and dress it up with a single click.</p><p>Try it now Learn more</p>`;

  it('false for a product page of feature blurbs, one paragraph under each heading', () => {
    const html = `${nav}<main><h1>Customize Firefox</h1><p>It is easier than ever to personalize the browser and make it work the way you do, with more choice than any other.</p>${['Themes', 'Add-ons', 'Toolbars', 'Awesome Bar'].map(blurb).join('')}</main>`;
    expect(isArticle(html, '', head)).toBe(false);
  });

  it('true for a blog post that says "website", its paragraphs separated by photo captions', () => {
    const photo = (i: number): string => `<p><img src="p${i}.jpg"></p><p>Photo ${i} of the trail</p>`;
    const html = `<div class="post"><h1>Autumn in the hills</h1>${[1, 2, 3, 4].map((i) => `${para(i)}${photo(i)}`).join('')}</div>`;
    expect(isArticle(html, '', head)).toBe(true);
  });
});
