/**
 * Links inside the story's own text to other articles: found in the innermost article, not in a "Most read"
 * column that shares the story's container, nor in a poll box.
 */
import { describe, expect, it } from 'vitest';
import { A, X, Y, cards, prose, relatedOf, textOf } from '../story-page';
import { documentFromHtml } from '@/scripts/lib/load-document';
import { findRelatedLinks } from '@/utils/related/find-related-links';

const groupsOf = (body: string) =>
  findRelatedLinks(
    documentFromHtml(`<!doctype html><html><body>${body}</body></html>`),
    'https://news.example.com/2025/07/story-about-the-river.html',
  ).map(({ url, group }) => [url, group]);

describe('the story column', () => {
  it('in-article links come from the innermost <article>, inside an outer <article> page wrapper', () => {
    const links = relatedOf(
      `<article class="sections"><section><article class="entry">${prose(4)}<p>As <a href="${A}">we reported earlier this year</a>, the council met.</p></article></section></article>`,
    );
    expect(links).toEqual([{ title: 'As we reported earlier this year, the council met.', url: A }]);
  });
});

describe('a most-read column inside <main>', () => {
  it('links of a "Most read" column next to the story column are not in-article links: they come last, as site-wide', () => {
    const story = `${prose(3)}<p>See <a href="${A}">the earlier story about the river</a> for context.</p>${prose(2, 'lake')}`;
    const rail = `<div class="rail"><div class="head"><h2>Most read</h2></div><div>${cards([X, Y], ['Site wide hit one', 'Site wide hit two'])}</div></div>`;
    expect(groupsOf(`<main><div class="content"><h1>Story</h1>${story}</div>${rail}</main>`)).toEqual([
      [A, 'inline'],
      [X, 'popular'],
      [Y, 'popular'],
    ]);
  });

  it.each([
    ['a styled <span> label', '<div class="rail-title"><span>Most read</span></div>'],
    ['a <strong> label', '<p><strong>Trending now</strong></p>'],
    ['a label class', '<div class="widget__label">Most popular</div>'],
  ])('a "Most read" column titled by %s is not in-article reading either', (_, title) => {
    const story = `${prose(3)}<p>See <a href="${A}">the earlier story about the river</a> for context.</p>${prose(2, 'lake')}`;
    const rail = `<div class="rail">${title}<div>${cards([X, Y], ['Site wide hit one', 'Site wide hit two'])}</div></div>`;
    const groups = groupsOf(`<main><div class="content"><h1>Story</h1>${story}</div>${rail}</main>`);
    expect(groups[0]).toEqual([A, 'inline']);
    expect(groups.filter(([url]) => url === X || url === Y).every(([, group]) => group === 'popular')).toBe(true);
  });

  it("a bold word inside the story that is not a list title keeps the story's links", () => {
    const story = `${prose(3)}<p><b>Update:</b> see <a href="${A}">the earlier story about the river</a> for context.</p>${prose(2, 'lake')}`;
    const links = relatedOf(`<main><div class="content"><h1>Story</h1>${story}</div></main>`);
    expect(links).toEqual([{ title: 'Update: see the earlier story about the river for context.', url: A }]);
  });
});

describe('a poll box inside the story', () => {
  it('is neither related reading nor article text', () => {
    const poll =
      '<div><p><strong>How did you like today’s issue?</strong></p><a href="https://brief.example.com/polls/9a/vote?answer=loved">🔥 Loved it</a> <a href="https://brief.example.com/polls/9a/vote?answer=meh">👎 Not for me</a></div>';
    const body = `<article><h1>Story</h1>${prose(5)}${poll}</article>`;
    expect(relatedOf(body)).toEqual([]);
    const text = textOf(body);
    expect(text).not.toContain('Loved it');
    expect(text).not.toContain('How did you like');
  });
});

describe('a link labelled for screen readers', () => {
  it('"said Opens a new window" is shown by the story its slug names, never by the label', () => {
    const body = `<article>${prose(3)}<p>The company <a href="https://www.vendor.example/press-releases/vendor-redesigns-video-hosting-platform-and-launches-new-tools/" title="Opens a new window" target="_blank">said<span class="external-link-icon">Opens a new window </span></a> that the new tools came in response to demand.</p>${prose(2)}</article>`;
    const titles = relatedOf(body).map((l) => l.title);
    expect(titles).toHaveLength(1);
    expect(titles[0]).not.toMatch(/new window/i);
  });
});
