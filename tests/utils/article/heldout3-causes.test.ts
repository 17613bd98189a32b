/**
 * Regressions for the causes the third blind held-out set found (tests/heldout/): small hand-written HTML per
 * cause, no held-out content.
 */
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '@/scripts/lib/load-document';
import { findRelatedLinks } from '@/utils/related/find-related-links';
import { isRelatedHeading } from '@/utils/rules/headings';
import { readPublishedTime } from '@/utils/article/read-published-time';
import { isExcludedUrl } from '@/utils/related/is-excluded-link';
import { isBoilerplateText } from '@/utils/article/is-boilerplate-text';

const PAGE = 'https://news.example.com/2025/07/story-about-the-river.html';
const PROSE = (n: number): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i} of the article tells the reader what happened at the river on Tuesday and why the council cares about it.</p>`,
  ).join('');

function page(body: string): Document {
  return documentFromHtml(`<!doctype html><html><head><title>Story</title></head><body>${body}</body></html>`);
}
const relatedOf = (body: string): { title: string; url: string; source: string }[] =>
  findRelatedLinks(page(body), PAGE).map(({ title, url, source }) => ({ title, url, source }));

const A = 'https://news.example.com/2025/06/first-other-story.html';
const B = 'https://news.example.com/2025/05/second-other-story.html';
const C = 'https://news.example.com/2025/04/third-other-story.html';

describe('2/3. related headings in Swedish, Norwegian, Danish, Czech, Hebrew and Thai', () => {
  it.each([
    'Läs också:',
    'Läs också',
    'Relaterade artiklar',
    'Les også:',
    'Relaterte artikler',
    'Læs også',
    'Relaterede artikler',
    'Mohlo by vás zajímat',
    'Přečtěte si také:',
    'Související články',
    'קראו עוד:',
    'כתבות נוספות',
    'עוד בנושא',
    'קראו גם',
    'ข่าวที่เกี่ยวข้อง',
    'อ่านเพิ่มเติม :',
    'บทความที่เกี่ยวข้อง',
  ])('%s is a related heading', (text) => {
    expect(isRelatedHeading(text)).toBe(true);
  });

  it.each(['Läs mer om oss och vår redaktion här', 'ข่าวยอดนิยม', 'הכי נקראות', 'Nejčtenější'])(
    '%s is not a related heading',
    (text) => {
      expect(isRelatedHeading(text)).toBe(false);
    },
  );

  const cardGrid = (heading: string): string =>
    `<article>${PROSE(3)}<p>Earlier <a href="${B}">the weak in-text words</a> were linked.</p>${PROSE(3)}</article>` +
    `<section class="box"><div class="section-title"><h2>${heading}</h2></div><div class="grid">` +
    `<div class="c"><a href="${A}"><h3>First other story title</h3></a></div>` +
    `<div class="c"><a href="${B}"><h3>Second other story title</h3></a></div>` +
    `<div class="c"><a href="${C}"><h3>Third other story title</h3></a></div></div></section>`;

  it.each(['ข่าวที่เกี่ยวข้อง', 'Mohlo by vás zajímat', 'כתבות נוספות', 'Relaterade artiklar'])(
    'a card grid headed %s is a widget and its title beats the in-text wording',
    (heading) => {
      expect(relatedOf(cardGrid(heading))).toEqual([
        { title: 'First other story title', url: A, source: heading },
        { title: 'Second other story title', url: B, source: heading },
        { title: 'Third other story title', url: C, source: heading },
      ]);
    },
  );

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
  ])('a labelled box %s is a widget, listed before in-text links', (box, label) => {
    const body = `<article>${PROSE(3)}<p>See <a href="${B}">the second story</a> too.</p>${box.replace('URL', A)}${PROSE(3)}</article>`;
    const got = relatedOf(body);
    expect(got.map((l) => l.url)).toEqual([A, B]);
    expect(got[0]!.source).toContain(label);
    expect(got[1]!.source).toBe('article');
  });
});

describe('1. shop products are not related articles; a <time> inside an itemprop=datePublished marker is read', () => {
  it.each([
    'https://shop.example.com/products/house-espresso-12oz',
    'https://shop.example.com/collections/grinders',
    'https://shop.example.com/product/tamper-58mm/',
    'https://shop.example.com/shop/',
    'https://shop.example.com/cart/add?id=123',
    'https://shop.example.com/?add-to-cart=42',
  ])('%s is excluded', (url) => {
    expect(isExcludedUrl(url)).toBe(true);
  });

  it.each([
    'https://shop.example.com/blogs/news/dialing-in-espresso',
    'https://news.example.com/2025/06/productivity-tips.html',
  ])('%s is kept', (url) => {
    expect(isExcludedUrl(url)).toBe(false);
  });

  it('a "You may also like" product grid yields no related links, the article cards do', () => {
    const products = ['/products/one', '/products/two']
      .map((u, i) => `<li><h3><a href="${u}">Product number ${i} for sale</a></h3><div class="price">$19.00</div></li>`)
      .join('');
    const body =
      `<article>${PROSE(4)}</article><section><h2>Related articles</h2><ul><li><a href="${A}">First other story title</a></li></ul></section>` +
      `<section><h2>You may also like</h2><ul>${products}</ul></section>`;
    expect(relatedOf(body).map((l) => l.url)).toEqual([A]);
  });

  it.each([
    [
      '<span itemprop="dateCreated pubdate datePublished"><time datetime="2025-11-18T14:00:00Z">November 18, 2025</time></span>',
      '2025-11-18T14:00:00Z',
    ],
    ['<span itemprop="datePublished"><time datetime="2025-03-02">2 March</time></span>', '2025-03-02'],
  ])('%s -> %s', (html, iso) => {
    const times =
      '<time datetime="2024-01-01">a</time><time datetime="2024-01-02">b</time><time datetime="2024-01-03">c</time>';
    expect(
      readPublishedTime(
        page(`<article>${html}${PROSE(2)}</article><div class="comments">${times}</div>`),
        new Map(),
        null,
      ),
    ).toBe(iso);
  });
});

describe('4. text furniture: app promos, press-release kicker, end marker and taxonomy label', () => {
  it.each([
    '📱 Ladda ner Tidningens app och få pushnotiser när något händer där du bor. Hämta appen',
    'Last ned appen vår og få varsler om nyheter der du bor.',
    'Hent avisens app og få nyheder direkte.',
    'Download the Daily Planet app for breaking news alerts.',
    'Press release',
    'News release',
    '###',
    '# # #',
    '-30-',
    'Topics',
    'Tags:',
    '24. listopadu 2025 7:15',
    '3. März 2025, 10:30',
  ])('%s is furniture', (text) => {
    expect(isBoilerplateText(text)).toBe(true);
  });

  it.each([
    'Download speeds fell by half after the storm, the regulator said in a report published on Monday.',
    'The press release said the council would meet again in January to discuss the budget.',
    'Topics on the agenda included the bridge, the tram line and the new school in the harbour district.',
    '24. listopadu 2025 schválilo zastupitelstvo rozpočet města na příští rok.',
    'Appen har laddats ner av fler än 40 000 användare sedan lanseringen i våras, enligt bolaget.',
  ])('%s is prose', (text) => {
    expect(isBoilerplateText(text)).toBe(false);
  });
});
