import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '@/scripts/lib/load-document';
import { blocksToText } from '@/utils/article/blocks-to-text';
import { extractArticle } from '@/utils/article/extract-article';

const post = (title: string, topic: string, n: number): string =>
  `<article class="post"><h1 class="post-title">${title}</h1><div class="post-content">${Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i} about the ${topic} tells the reader what happened and why it matters to the people who follow it closely every day.</p>`,
  ).join('')}</div></article>`;

function text(body: string, title = 'Meta Outage Hits Facebook, Instagram and Messenger Worldwide'): string {
  const doc = documentFromHtml(
    `<!doctype html><html><head><title>${title} | Kulu Media</title><meta property="og:title" content="${title}"></head><body>${body}</body></html>`,
  );
  return blocksToText(extractArticle(doc, 'https://news.example.com/meta-outage/').blocks);
}

describe('the next posts an endless-scroll page has appended under the story', () => {
  const story = post('Meta Outage Hits Facebook, Instagram and Messenger Worldwide', 'outage', 4);
  const next = post('Artemis II Successful Return Marks Historic Crewed Lunar Flyby', 'lunar flyby', 9);

  it("are not the story, even when longer than it (blind pool M: Readability took the next post's text)", () => {
    const out = text(`<div id="main">${story}${next}</div>`);
    expect(out).toContain('about the outage');
    expect(out).not.toContain('about the lunar flyby');
  });

  it('a page with one h1, or whose h1s do not include the title, is left as it was', () => {
    expect(text(`<div id="main">${next}</div>`)).toContain('about the lunar flyby');
  });
});
