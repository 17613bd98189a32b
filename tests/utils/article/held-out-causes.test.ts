/**
 * Regressions for the causes the blind held-out pages found (tests/fixtures/README.md "Held-out pages"):
 * small hand-written HTML per cause, no fixture content.
 */
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '@/scripts/lib/load-document';
import { blocksToText } from '@/utils/article/blocks-to-text';
import { cleanUrl } from '@/utils/related/clean-url';
import { looksLikeArticleUrl } from '@/utils/related/collect-links';
import { extractArticle } from '@/utils/article/extract-article';
import { findRelatedLinks, MAX_RELATED } from '@/utils/related/find-related-links';
import { isBoilerplateText } from '@/utils/article/is-boilerplate-text';
import { GENERIC_LINK_TEXT, isExcludedUrl } from '@/utils/related/is-excluded-link';
import { cleanByline } from '@/utils/article/read-byline';
import { toIsoDate } from '@/utils/article/read-published-time';
import { isRelatedHeading } from '@/utils/rules/headings';

const PAGE = 'https://news.example.com/2025/07/story-about-the-river.html';
const PROSE = (n: number, word = 'river'): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i} of the article tells the reader what happened at the ${word} on Tuesday and why the council cares about it.</p>`,
  ).join('');

function page(body: string, head = ''): Document {
  return documentFromHtml(`<!doctype html><html><head><title>Story</title>${head}</head><body>${body}</body></html>`);
}
const relatedOf = (body: string): { title: string; url: string }[] =>
  findRelatedLinks(page(body), PAGE).map(({ title, url }) => ({ title, url }));
const textOf = (body: string, head = ''): string => blocksToText(extractArticle(page(body, head), PAGE).blocks);

const A = 'https://news.example.com/2025/06/first-other-story.html';
const B = 'https://news.example.com/2025/05/second-other-story.html';

describe('1. a label before a list of links is a related widget; decorated and plain-text labels count', () => {
  it.each(['📌 LEIA TAMBÉM:', '▶ 관련기사', '» Read more', 'Leggi anche:'])('%s is a related heading', (label) => {
    expect(isRelatedHeading(label)).toBe(true);
  });

  it.each([
    [
      'label block, then a separate list block',
      `<div><p><strong>📌 LEIA TAMBÉM:</strong></p></div><div><ul><li><a href="${A}">First other story title</a></li><li><a href="${B}">Second other story title</a></li></ul></div>`,
    ],
    [
      'plain-text label and list in one div',
      `<div>Read more:<ul><li><a href="${A}">First other story title</a></li><li><a href="${B}">Second other story title</a></li></ul></div>`,
    ],
  ])('%s', (_, widget) => {
    const links = relatedOf(`<article>${PROSE(3)}${widget}${PROSE(3, 'lake')}</article>`);
    expect(links).toEqual([
      { title: 'First other story title', url: A },
      { title: 'Second other story title', url: B },
    ]);
  });

  it('a plain "Leggi anche:" paragraph names the link, and the widget comes first in page order', () => {
    const links = relatedOf(
      `<article>${PROSE(4)}<p>Leggi anche: <a href="${A}">First other story title</a></p></article>`,
    );
    expect(links).toEqual([{ title: 'First other story title', url: A }]);
  });

  it('drops the orphan label and the labelled teaser line from the text', () => {
    const text = textOf(
      `<article><h1>Story</h1>${PROSE(3)}<div><p><strong>📌 LEIA TAMBÉM:</strong></p></div><div><ul><li><a href="${A}">First other story title</a></li><li><a href="${B}">Second other story title</a></li></ul></div><p><strong>▶ 관련기사:</strong> <a href="${A}">심야 택시 대란 1년</a></p>${PROSE(3, 'lake')}</article>`,
    );
    expect(text).toContain('happened at the lake');
    expect(text).not.toContain('LEIA TAMBÉM');
    expect(text).not.toContain('관련기사');
  });
});

describe('2. card links whose <a> is an empty overlay', () => {
  it('takes the headline beside the link, without the kicker', () => {
    const links = relatedOf(
      `<article>${PROSE(3)}<aside><div data-component="rich-link"><a href="${A}"></a><div><div class="kicker">Water</div><h4>Headline in a sibling h4</h4></div></div></aside>${PROSE(3, 'lake')}</article>`,
    );
    expect(links).toEqual([{ title: 'Headline in a sibling h4', url: A }]);
  });

  it('strips a kicker the card shows apart from an aria-label title', () => {
    const links = relatedOf(
      `<article>${PROSE(5)}</article><section><h2>More on this story</h2><ul><li><a href="${B}" aria-label="Opinion: Swimmers deserve to know"></a><p><span class="card-kicker">Opinion</span></p></li></ul></section>`,
    );
    expect(links).toEqual([{ title: 'Swimmers deserve to know', url: B }]);
  });
});

describe('3. Joomla', () => {
  const JOOMLA =
    'https://www.site.example.it/index.php?option=com_content&view=article&id=1162:ferrovia&catid=9&Itemid=112';
  it('non-SEF article URLs are article URLs and keep their parameters as written', () => {
    expect(looksLikeArticleUrl(JOOMLA)).toBe(true);
    expect(cleanUrl(`${JOOMLA}&utm_source=x`, PAGE)).toBe(JOOMLA);
    expect(looksLikeArticleUrl('https://www.site.example.it/index.php')).toBe(false);
  });

  it('drops a leading date from listed titles', () => {
    const links = relatedOf(
      `<article>${PROSE(5)}</article><ul class="mod-relateditems"><li><a href="${A}">2025-09-24 - Tram assembly in Fiorano</a></li></ul>`,
    );
    expect(links).toEqual([{ title: 'Tram assembly in Fiorano', url: A }]);
  });

  it.each([
    [
      'Scrivete alla redazione: <span>Questo indirizzo email è protetto dagli spambots. È necessario abilitare JavaScript per vederlo.</span>',
      'Scrivete alla redazione:',
    ],
    [
      'Write to us: <span>This email address is being protected from spambots. You need JavaScript enabled to view it.</span>',
      'Write to us:',
    ],
  ])('removes the e-mail cloaking placeholder: %s', (html, kept) => {
    const text = textOf(`<article><h1>Story</h1>${PROSE(4)}<p>${html}</p></article>`);
    expect(text).toContain(kept);
    expect(text).not.toMatch(/spambots|JavaScript/);
  });
});

describe('4. an outer <article> page wrapper', () => {
  it('in-article links come from the innermost article', () => {
    const links = relatedOf(
      `<article class="sections"><section><article class="entry">${PROSE(4)}<p>As <a href="${A}">we reported earlier this year</a>, the council met.</p></article></section></article>`,
    );
    expect(links).toEqual([{ title: 'we reported earlier this year', url: A }]);
  });
});

describe('5. poll, vote and feedback links are not articles', () => {
  it.each([
    'https://brief.example.com/polls/5f2c9a10/vote?answer=loved',
    'https://brief.example.com/2025/11/issue-87?vote=up',
    'https://brief.example.com/feedback/issue-87-rating-form',
  ])('%s', (url) => {
    expect(isExcludedUrl(url)).toBe(true);
  });

  it('a poll box is neither related reading nor article text', () => {
    const poll =
      '<div><p><strong>How did you like today’s issue?</strong></p><a href="https://brief.example.com/polls/9a/vote?answer=loved">🔥 Loved it</a> <a href="https://brief.example.com/polls/9a/vote?answer=meh">👎 Not for me</a></div>';
    const body = `<article><h1>Story</h1>${PROSE(5)}${poll}</article>`;
    expect(relatedOf(body)).toEqual([]);
    const text = textOf(body);
    expect(text).not.toContain('Loved it');
    expect(text).not.toContain('How did you like');
  });
});

describe('6. copyright, reprint-prohibited and typo-report lines are furniture', () => {
  it.each([
    '저작권자 © 한빛일보 무단전재 및 재배포 금지',
    '版权所有 © 2025 新华网 未经授权禁止转载',
    '記事・写真の無断転載を禁じます',
    'Нашли ошибку? Выделите текст и нажмите Ctrl+Enter.',
    'Found a typo? Select it and press Ctrl+Enter.',
    '© 2025 Il Giornale. Riproduzione riservata',
    'Tous droits réservés',
  ])('%s', (text) => {
    expect(isBoilerplateText(text)).toBe(true);
  });

  it.each([
    'The court ruled that the copyright holder could not prohibit the reprint of the photograph.',
    'Пассажиры нашли в вагоне забытую сумку и передали её кондуктору.',
  ])('keeps prose: %s', (text) => {
    expect(isBoilerplateText(text)).toBe(false);
  });
});

describe('7. metadata', () => {
  it.each([
    ['김서연 기자', '김서연'],
    ['山田太郎記者', '山田太郎'],
    ['王明 记者', '王明'],
    ['Jane Doe, Transport Correspondent', 'Jane Doe'],
    ['John Smith Reporter', 'John Smith'],
    ['Mary Reporterson', 'Mary Reporterson'],
  ])('cleanByline(%j) = %j', (raw, expected) => {
    expect(cleanByline(raw)).toBe(expected);
  });

  it.each([
    ['2025-10-30T09:15:00-0700', '2025-10-30T09:15:00-07:00'],
    ['2025-10-30 09:15:00+0530', '2025-10-30T09:15:00+05:30'],
    ['2025-10-30T09:15:00-07:00', '2025-10-30T09:15:00-07:00'],
    ['2025-10-30', '2025-10-30'],
  ])('toIsoDate(%j) = %j', (raw, expected) => {
    expect(toIsoDate(raw)).toBe(expected);
  });
});

describe('8. a code-host repository is not an article', () => {
  it.each([
    ['https://github.com/tramnotes/fare-cap-analysis', true],
    ['https://gitlab.com/group/some-project/', true],
    ['https://github.blog/2025-01-01-a-long-article-slug-here/', false],
  ])('%s excluded: %s', (url, excluded) => {
    expect(isExcludedUrl(url as string)).toBe(excluded);
  });
});

describe('9. a social network link is a profile or a post, not related reading', () => {
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
  ])('%s excluded: %s', (url, excluded) => {
    expect(isExcludedUrl(url as string)).toBe(excluded);
  });
});

describe('10. share buttons and author-box links by their text; at most 10 related links', () => {
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
});

describe('11. a link to the story itself, under its canonical address or its title, is not related', () => {
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
  ])('%s', (_, head) => {
    const doc = page(
      head,
      `<li><a href="https://news.example.com/2025/11/harbour-budget">Council backs the harbour plan</a></li>${other}`,
    );
    expect(findRelatedLinks(doc, 'https://news.example.com/amp/2025/11/harbour-budget').map((r) => r.url)).toEqual([
      'https://news.example.com/2025/10/ferry-fares-rise',
    ]);
  });

  it('its own title, before the cap of related links is applied', () => {
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
