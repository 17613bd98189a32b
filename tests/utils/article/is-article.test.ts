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
