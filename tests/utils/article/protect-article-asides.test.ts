import { describe, expect, it } from 'vitest';
import { prose, textOf } from '../story-page';

const STORY =
  '<p>Frankfurt (dpa) - For a novel about the old Federal Republic, Frank Witzel has won the German Book Prize. ' +
  'The book was named the best new literary work of the year in the German-speaking world. ' +
  'The author tells the post-war years through the eyes of a thirteen-year-old in Wiesbaden. ' +
  'The prize, first awarded in 2005, is the most important award of the trade.</p>';

describe('a story wrapped in an <aside> (Readability deletes asides inside the article)', () => {
  it("keeps the story's text when its aside holds the headline", () => {
    const text = textOf(
      `<div class="page"><nav><a href="/">Home</a></nav><aside class="pa-direct-content"><section itemscope itemtype="http://schema.org/Article">` +
        `<h1>Frank Witzel wins the German Book Prize</h1><div class="teaser-detail">${STORY}</div></section></aside></div>`,
    );
    expect(text).toContain('Frank Witzel has won the German Book Prize');
  });

  it('keeps the story when its aside holds the marked article body', () => {
    const text = textOf(`<div><aside><div itemprop="articleBody">${STORY}</div></aside></div>`);
    expect(text).toContain('the most important award of the trade');
  });

  it('still drops a sidebar aside beside the story (no headline, no article body)', () => {
    const text = textOf(
      `<article><h1>Story</h1>${prose(5)}<aside><p>Subscribe to our newsletter for the best stories of the week, every Friday morning, straight to your inbox, free of charge and without any obligation at all.</p><p>You can unsubscribe at any time with one click from the link at the bottom of each newsletter we send you.</p></aside></article>`,
    );
    expect(text).toContain('Paragraph 0 of the article');
    expect(text).not.toContain('Subscribe to our newsletter');
  });
});
