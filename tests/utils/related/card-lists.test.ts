import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '@/scripts/lib/load-document';
import { findRelatedLinks } from '@/utils/related/find-related-links';

const PAGE = 'https://news.example.com/2025/07/story-about-the-river.html';
const prose = Array.from(
  { length: 5 },
  (_, i) => `<p>Paragraph ${i} of the story tells what happened at the river on Tuesday and why the council cares.</p>`,
).join('');
const card = (slug: string, title: string): string =>
  `<div class="card"><a href="/2025/07/${slug}.html"><img alt=""></a><h3><a href="/2025/07/${slug}.html">${title}</a></h3><span>2 hours ago</span></div>`;
const CARDS = [
  card('council-approves-budget', 'Council approves the harbour budget'),
  card('bridge-closed-for-repairs', 'Old bridge closed for three weeks of repairs'),
  card('school-wins-award', 'Local school wins the national science award'),
].join('');
const groups = (body: string) =>
  findRelatedLinks(documentFromHtml(`<!doctype html><html><body>${body}</body></html>`), PAGE).map((l) => [
    l.title,
    l.group,
    l.source,
  ]);

describe('modules found by their structure', () => {
  it('an unlabelled row of story cards below the article is a module (site-wide group, no label)', () => {
    expect(groups(`<article>${prose}</article><div class="grid">${CARDS}</div>`)).toEqual([
      ['Council approves the harbour budget', 'popular', ''],
      ['Old bridge closed for three weeks of repairs', 'popular', ''],
      ['Local school wins the national science award', 'popular', ''],
    ]);
  });

  it('takes the heading before the cards as its label, in any language', () => {
    const out = groups(`<article>${prose}</article><h2>Mais notícias da região</h2><div class="grid">${CARDS}</div>`);
    expect(out.map(([, , source]) => source)).toEqual(Array(3).fill('Mais notícias da região'));
  });

  it('a more-link between the heading and the cards ("» Top 50") is no label: the heading before it is', () => {
    const out = groups(
      `<article>${prose}</article><div class="box"><h3>Mais notícias da região</h3><a href="/lists/top/">» Top 50</a><div class="grid">${CARDS}</div></div>`,
    );
    expect(out.map(([, , source]) => source)).toEqual(Array(3).fill('Mais notícias da região'));
  });

  it('a linked heading before the cards still labels them', () => {
    const out = groups(
      `<article>${prose}</article><div class="box"><a href="/region/"><h3>Mais notícias da região</h3></a><div class="grid">${CARDS}</div></div>`,
    );
    expect(out.map(([, , source]) => source)).toEqual(Array(3).fill('Mais notícias da região'));
  });

  it("a heading's own button link is no part of its label", () => {
    const out = groups(
      `<article>${prose}</article><div class="box"><h4><a href="/contribute">Become a Contributor</a>Read Me</h4><div class="grid">${CARDS}</div></div>`,
    );
    expect(out.map(([, , source]) => source)).toEqual(Array(3).fill('Read Me'));
  });

  it('a topical heading before the cards puts them first, before in-text links', () => {
    const out = groups(
      `<article>${prose}<p>As <a href="/2025/06/earlier-flood-report.html">the earlier flood report showed</a>, it rained.</p></article><h2>Related stories</h2><div>${CARDS}</div>`,
    );
    expect(out.map(([, group]) => group)).toEqual(['topic', 'topic', 'topic', 'inline']);
  });

  it.each([
    ['a menu', `<nav><div class="menu">${CARDS}</div></nav>`],
    ['a dropdown of headline previews', `<div class="nav-dropdown"><div>${CARDS}</div></div>`],
    ['the footer', `<footer><div>${CARDS}</div></footer>`],
    ['a date archive', `<div id="BlogArchive1_ArchiveList"><div>${CARDS}</div></div>`],
  ])('cards in %s are not a module', (_, html) => {
    expect(groups(`<article>${prose}</article>${html}`)).toEqual([]);
  });

  it('two cards, or cards of other sites, are not a module', () => {
    const two = [card('a-b-c-d', 'One story of the site here'), card('e-f-g-h', 'Another story of the site here')];
    expect(groups(`<article>${prose}</article><div>${two.join('')}</div>`)).toEqual([]);
    const other = CARDS.replaceAll('href="/2025', 'href="https://other.example/2025');
    expect(groups(`<article>${prose}</article><div>${other}</div>`)).toEqual([]);
  });

  it('cards with a headline element may carry long teasers; prose paragraphs with one link are not cards', () => {
    const teaser = 'A teaser sentence about the budget and what it means for the harbour. '.repeat(6);
    const headed = [1, 2, 3]
      .map(
        (i) =>
          `<li><a href="/2025/06/headed-card-story-${i}.html"><img alt=""></a><h5 class="Hero-title"><a href="/2025/06/headed-card-story-${i}.html">Headed card story number ${i}</a></h5><p>${teaser}</p></li>`,
      )
      .join('');
    expect(groups(`<article>${prose}</article><ul>${headed}</ul>`)).toHaveLength(3);
    const paragraphs = [1, 2, 3]
      .map((i) => `<p>${teaser} See <a href="/2025/06/linked-story-${i}.html">the linked story number ${i}</a>.</p>`)
      .join('');
    expect(groups(`<div class="intro">${paragraphs}</div>`).map(([, group]) => group)).toEqual([
      'inline',
      'inline',
      'inline',
    ]);
  });

  it('a headline appears once, even under two addresses', () => {
    const twice = `${CARDS}${card('council-approves-budget-2', 'Council approves the harbour budget')}`;
    expect(groups(`<article>${prose}</article><div>${twice}</div>`)).toHaveLength(3);
  });
});
