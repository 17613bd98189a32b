import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '@/scripts/lib/load-document';
import { findRelatedLinks } from '@/utils/related/find-related-links';
import { BODY, PAGE } from '../story-page';

const related = (html: string) =>
  findRelatedLinks(documentFromHtml(`<!doctype html><html><body>${html}</body></html>`), PAGE);

describe('related modules however the site marks them up (blind pool G)', () => {
  it('a <nav> headed as a related-stories box is a module, not a menu', () => {
    const html =
      `<article>${BODY}</article>` +
      '<nav class="links related"><h3><span>関連記事</span></h3><ul><li><div class="text"><p class="title">' +
      '<a href="https://news.example.com/docs/interview/1131516.html">日本が目指すべきモバイル市場の世界観とは――有識者会合の仕掛け人に聞く</a>' +
      '</p><p class="date">2018年7月6日</p></div></li></ul></nav>';
    expect(related(html).map((l) => l.url)).toEqual(['https://news.example.com/docs/interview/1131516.html']);
  });

  it('a site menu in a <nav> stays out', () => {
    const html =
      `<article>${BODY}</article>` +
      '<nav><h3>Sections</h3><ul><li><a href="https://news.example.com/2025/06/world-news-from-everywhere-today.html">World news from everywhere today</a></li></ul></nav>';
    expect(related(html)).toEqual([]);
  });

  it('a card\'s "View" button is titled by the card\'s headline', () => {
    const card = (slug: string, headline: string) =>
      `<article><div class="o-hit"><img src="t.jpg" alt=""><h3 class="th-title"><span>${headline}</span></h3>` +
      `<div class="meta">1h ago</div><a href="https://news.example.com/${slug}-190035504.html" class="o-hit__link">View</a></div></article>`;
    const html =
      `<article>${BODY}</article>` +
      '<div class="aside"><div class="title-mark"><h3>Latest in Gear</h3></div><aside><div class="list">' +
      card('contact-tracing-apps', 'Contact tracing apps are coming whether we like it or not') +
      card('messenger-rooms', "Facebook takes on Zoom with 'Messenger Rooms'") +
      '</div></aside></div>';
    expect(related(html).map((l) => l.title)).toEqual([
      'Contact tracing apps are coming whether we like it or not',
      "Facebook takes on Zoom with 'Messenger Rooms'",
    ]);
  });

  it("a card link is titled by its title element, class names in camel case too, not by the card's category and date", () => {
    const card = (slug: string, headline: string) =>
      `<a href="https://news.example.com/article/${slug}/"><article class="articles_Item__3d2mf"><figure><img src="t.jpg" alt=""></figure>` +
      `<div class="articles_ItemInfo__2eyUE"><span class="articles_ItemCat__1sXyg">住まい</span><p class="articles_ItemTitle__135FF">${headline}</p>` +
      `<p class="articles_ItemMeta__SPOm2"><span>2022.08.10</span><span>Buy</span></p></div></article></a>`;
    const html =
      `<article>${BODY}</article><section><h2>おすすめ記事</h2><div class="articles_List">` +
      card('metal-pencil', '薄いがずっと書きやすい。進化したメタル鉛筆「メタシル」を思考整理の相棒に') +
      card('windows-clock', 'Windows 11の「クロック」アプリが優秀すぎた。フル活用する4つのTIPS') +
      '</div><div class="articles_More"><a href="https://news.example.com/articles/">記事をもっと見る</a></div></section>';
    expect(related(html).map((l) => l.title)).toEqual([
      '薄いがずっと書きやすい。進化したメタル鉛筆「メタシル」を思考整理の相棒に',
      'Windows 11の「クロック」アプリが優秀すぎた。フル活用する4つのTIPS',
    ]);
  });

  it("the story's own related module comes before the site's picks for the reader, wherever the page puts them", () => {
    const item = (slug: string, text: string) =>
      `<li><a href="https://news.example.com/2025/05/${slug}.html">${text}</a></li>`;
    const html =
      `<article>${BODY}</article>` +
      `<aside><h3>Recommended for you</h3><ul>${item('picked-story', 'A story the site picked for every reader this week')}</ul></aside>` +
      `<aside><h3>Related stories</h3><ul>${item('river-flood-follow-up', 'The river flood: what the council will do next')}</ul></aside>`;
    expect(related(html).map((l) => l.title)).toEqual([
      'The river flood: what the council will do next',
      'A story the site picked for every reader this week',
    ]);
  });
});
