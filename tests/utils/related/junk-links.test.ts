import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '@/scripts/lib/load-document';
import { findRelatedLinks } from '@/utils/related/find-related-links';
import { BODY, related } from '../story-page';

const PAGE = 'https://news.example.com/2025/07/story-about-the-river.html';
const prose = `<p>${'The story tells what happened at the river on Tuesday and why the council cares. '.repeat(5)}</p>`;
const urls = (module: string, inText = '') =>
  findRelatedLinks(
    documentFromHtml(
      `<!doctype html><html><body><article>${prose}<p>It rained, ${inText} and the river rose.</p>${prose}</article><h2>Related stories</h2><ul>${module}</ul></body></html>`,
    ),
    PAGE,
  ).map((l) => l.url);
const GOOD =
  '<li><a href="/2025/06/council-approves-the-harbour-budget.html">Council approves the harbour budget</a></li>';

describe('links that are no related story', () => {
  it.each([
    ['a section front named by its link', '<li><a href="/science-and-health">Science &amp; Health</a></li>'],
    ['a section under a short label', '<li><a href="/iphone/">iOS Blog</a></li>'],
    [
      'an affiliate short link',
      '<li><a href="https://bhpho.to/2O3HExb">The tablet drops to its lowest price ever</a></li>',
    ],
    ['a staff profile', '<li><a href="/staff/jane-doe-reporter/">By Jane Doe, our river reporter since 2010</a></li>'],
    ['the module label linked', '<li><a href="/quicktabs/nojs/home_page_tabs/1">Popular</a></li>'],
    [
      "a photo credit's stock-photo licensing page (blind pool I)",
      '<li><a href="https://www.gettyimages.com/detail/news-photo/dawn-canova-clinical-manager-news-photo/1207994366">Dawn Canova, clinical manager at the hospital, holds up a mask</a></li>',
    ],
    [
      "a maker's catalogue page in Japanese (blind pool G)",
      '<li><a href="https://www.corsair.com/ja/ja/%E3%82%AB%E3%83%86%E3%82%B4%E3%83%AA%E3%83%BC/%E8%A3%BD%E5%93%81/TM30/p/CT-9010001-WW">TM30 Performance Thermal Pasteの製品情報ページ</a></li>',
    ],
    [
      "a commerce folder's product list (blind pool G)",
      '<li><a href="/most-searched-products/beauty/grooming/beard-trimmers-for-the-well-kept-man/articleshow/71440056.cms">Beard Trimmers for the well-kept man</a></li>',
    ],
  ])('%s', (_, item) => {
    expect(urls(`${GOOD}${item}`)).toEqual([
      'https://news.example.com/2025/06/council-approves-the-harbour-budget.html',
    ]);
  });

  it('a headline a blog writes as its one-segment slug is a story, not a section front', () => {
    const blogPost =
      '<li><a href="/stack-overflow-survey-results-show-wordpress-is-trending-up">Stack Overflow Survey Results Show WordPress is Trending Up</a></li>';
    expect(urls(`${GOOD}${blogPost}`)).toEqual([
      'https://news.example.com/2025/06/council-approves-the-harbour-budget.html',
      'https://news.example.com/stack-overflow-survey-results-show-wordpress-is-trending-up',
    ]);
  });

  it("a card's kicker linking the folder of the story beside it is its section, not a story", () => {
    const card =
      '<li><a href="/marketing/ai-in-marketing/">AI in Marketing</a> <a href="/marketing/ai-in-marketing/guest-article/ai-powered-marketing-at-the-fair">AI Ascendant: Key Takeaways from the Fair for Marketers</a></li>';
    expect(urls(`${GOOD}${card}`)).toEqual([
      'https://news.example.com/2025/06/council-approves-the-harbour-budget.html',
      'https://news.example.com/marketing/ai-in-marketing/guest-article/ai-powered-marketing-at-the-fair',
    ]);
  });

  it('one story under two queries is listed once', () => {
    const twice =
      '<li><a href="/2025/05/the-flood-report-is-out-1834926515">The flood report is out now, in full</a></li>';
    expect(
      urls(
        twice,
        '<a href="/2025/05/the-flood-report-is-out-1834926515?rev=17">as the flood report shows in detail</a>',
      ),
    ).toHaveLength(1);
  });

  it('but two stories of a CMS that names them in the query are two', () => {
    const items =
      '<li><a href="/news/articleView.html?idxno=103412">First story of the regional paper</a></li><li><a href="/news/articleView.html?idxno=102950">Second story of the regional paper</a></li>';
    expect(urls(items)).toHaveLength(2);
  });
});

describe('buttons that look like titles', () => {
  it.each([
    [
      'a media popup (no text, its title attribute a button)',
      `<a href="/2025/07/b4192061633581.htm" title="Click to view media" rel="popup"><img src="t.jpg" alt="null"></a>`,
    ],
    [
      "a module's way to its full list",
      `<a href="/2025/07/all-related-news.html">Ver todas las noticias relacionadas en EL PAÍS</a>`,
    ],
    ['an English "see all" link', `<a href="/2025/07/all-related-news.html">See all stories about the river flood</a>`],
    [
      'the same story in another language (blind pool G)',
      `<a href="https://bn.example.com/world/river-flood-council/articleshow/71499077.cms">Read this story in Bengali</a>`,
    ],
    [
      'a Chinese "click to enter" channel link (blind pool K)',
      `<a href="http://culture.example.com.cn/GB/405419/index.html">点击进入“文艺星青年”>></a>`,
    ],
    [
      "a newspaper's form for readers' letters (blind pool L)",
      `<a href="https://news.example.com/2017/12/07/submit-your-letter-to-the-editor/">Submit Your Letter to the Editor</a>`,
    ],
    [
      "a magazine's digital issue offer (blind pool J)",
      `<a href="https://magazin.example.de/SP/2018/52/index.html">Diese Ausgabe jetzt digital lesen</a>`,
    ],
  ])('%s is no related story', (_, link) => {
    const page = `<article>${BODY}${link}</article>`;
    expect(related(page).map((l) => l.title)).toEqual([]);
  });
});
