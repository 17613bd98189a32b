/**
 * Blocks of page furniture inside the article body that the extracted text leaves out: related-reading labels
 * and teaser lines, e-mail cloaking placeholders, newsletter sign-up boxes. The prose around them stays.
 */
import { describe, expect, it } from 'vitest';
import { A, B, prose, textOf } from '../story-page';

describe('related-reading labels and teaser lines', () => {
  it('drops an orphan label block and a labelled teaser line from the text', () => {
    const text = textOf(
      `<article><h1>Story</h1>${prose(3)}<div><p><strong>📌 LEIA TAMBÉM:</strong></p></div><div><ul><li><a href="${A}">First other story title</a></li><li><a href="${B}">Second other story title</a></li></ul></div><p><strong>▶ 관련기사:</strong> <a href="${A}">심야 택시 대란 1년</a></p>${prose(3, 'lake')}</article>`,
    );
    expect(text).toContain('happened at the lake');
    expect(text).not.toContain('LEIA TAMBÉM');
    expect(text).not.toContain('관련기사');
  });

  it('drops a "Xem thêm:" teaser line from the text, keeps the prose', () => {
    const text = textOf(
      `<article><h1>Story</h1>${prose(3)}<p><strong>Xem thêm:</strong> <a href="${A}">Một bài viết khác</a></p>${prose(3, 'lake')}</article>`,
    );
    expect(text).toContain('happened at the lake');
    expect(text).toContain('happened at the river');
    expect(text).not.toContain('Xem thêm');
  });
});

describe('e-mail cloaking placeholders', () => {
  it.each([
    [
      'Scrivete alla redazione: <span>Questo indirizzo email è protetto dagli spambots. È necessario abilitare JavaScript per vederlo.</span>',
      'Scrivete alla redazione:',
    ],
    [
      'Write to us: <span>This email address is being protected from spambots. You need JavaScript enabled to view it.</span>',
      'Write to us:',
    ],
  ])('removes the placeholder, keeps the sentence around it: %s', (html, kept) => {
    const text = textOf(`<article><h1>Story</h1>${prose(4)}<p>${html}</p></article>`);
    expect(text).toContain(kept);
    expect(text).not.toMatch(/spambots|JavaScript/);
  });
});

describe('newsletter sign-up boxes', () => {
  it('a sign-up box with an e-mail field leaves no pitch in the text', () => {
    const box = `<div class="box"><h3>The Daily Brief</h3><p>Start your day with the stories you need to know.</p><form><input type="email"><button>Sign up</button></form></div>`;
    const text = textOf(`<article><h1>Story</h1>${prose(5)}${box}${prose(2, 'lake')}</article>`);
    expect(text).toContain('happened at the river');
    expect(text).toContain('happened at the lake');
    expect(text).not.toContain('Daily Brief');
    expect(text).not.toContain('Start your day');
  });
});

describe('show notes typed as dashed paragraphs (blind look 3)', () => {
  it('drops a run of "- " paragraphs that each hold a link (other stories\' headlines), keeps the prose', () => {
    const notes = [
      `<p> - <a href="${A}">Cut your time in purgatory</a> by following pope on Twitter.</p>`,
      `<p> - Internet dating firms entice lonely hearts with <a href="${B}">faked profiles</a>.</p>`,
      `<p> - A new app that lets you <a href="${A}x">share your leftovers</a> with strangers.</p>`,
    ].join('');
    const text = textOf(
      `<article><h1>Story</h1>${prose(3)}<p>From today's episode:</p>${notes}${prose(2, 'lake')}</article>`,
    );
    expect(text).toContain('happened at the lake');
    expect(text).not.toContain('purgatory');
    expect(text).not.toContain('faked profiles');
  });

  it('keeps dashed paragraphs without links (talking points quoted in the story)', () => {
    const points = [
      '• "Republicans promise to cut your benefits."',
      '• "It is a bedrock promise."',
      '• "We are working to strengthen it."',
    ]
      .map((t) => `<p>${t}</p>`)
      .join('');
    const text = textOf(`<article><h1>Story</h1>${prose(3)}${points}${prose(2, 'lake')}</article>`);
    expect(text).toContain('bedrock promise');
  });
});

describe('a fact box appended after the story (blind look 3)', () => {
  const box =
    '<div class="module-profile"><h2>FACEBOOK</h2><p><strong>Company:</strong> FACEBOOK</p><p><strong>Launch Date:</strong> 1/2/2004</p><p><strong>Funding:</strong> $2.34B</p><p>Facebook is the world’s largest social network, with over 500 million users.</p><p><a href="/company/facebook">Learn more</a></p></div>';

  it("drops a company's profile (label lines, its description, 'Learn more') at the end of the page", () => {
    const text = textOf(`<article><h1>Story</h1>${prose(4)}${box}</article>`);
    expect(text).toContain('happened at the river');
    expect(text).not.toContain('Launch Date');
    expect(text).not.toContain('largest social network');
  });

  it('keeps label lines followed by more of the story', () => {
    const text = textOf(`<article><h1>Story</h1>${prose(2)}${box}${prose(4, 'lake')}</article>`);
    expect(text).toContain('Launch Date');
    expect(text).toContain('happened at the lake');
  });
});

describe('a side column beside a short story (blind look 4)', () => {
  it("drops a sidebar of readers' comments that outweighs the story, keeps the story", () => {
    const comments = Array.from(
      { length: 3 },
      (_, i) =>
        `<h4><a href="${A}${i}">Sidebar headline ${i}</a></h4><p>Reader comment ${i} says that filing jointly would make things more complicated for married couples with two incomes.</p>`,
    ).join('');
    const text = textOf(
      `<div class="panel-display"><div class="panel-region-content-main"><h1>Story</h1>${prose(2)}</div><div class="panel-region-sidebar"><h2>Buzzworthy</h2><p>Recent comments on our stories.</p>${comments}</div></div>`,
    );
    expect(text).toContain('happened at the river');
    expect(text).not.toContain('Reader comment');
  });

  it('keeps a "has-sidebar" wrapper that holds the story', () => {
    const text = textOf(`<div class="layout has-sidebar"><article><h1>Story</h1>${prose(4)}</article></div>`);
    expect(text).toContain('Paragraph 3 of the article');
  });
});

describe("a video player's blurb and a rubric slug (blind look 4)", () => {
  it('drops a "video-desc" paragraph and a "slug" label, keeps the prose', () => {
    const text = textOf(
      `<article><h1>Story</h1><div class="video-asset"><p class="video-desc">Travelers at the airport express concerns about the outbreak in this clip from the evening news.</p></div><h2><span class="slug">Analyse</span> After a turbulent week, the minister won easy applause at the party congress.</h2>${prose(4)}</article>`,
    );
    expect(text).not.toContain('Travelers at the airport');
    expect(text).not.toMatch(/Analyse\b/);
    expect(text).toContain('Paragraph 3 of the article');
  });
});

describe("teasers of the section's next stories", () => {
  it('leaves a "next-article-container" box of teasers out of the text', () => {
    const text = textOf(
      `<article><h1>Story</h1>${prose(4)}<div class="next-article-container"><div class="story"><a href="${A}"><h3>Wall St. slides after the Fed raises rates</h3></a><p>NEW YORK U.S. stocks fell the most in two months on Wednesday after the Federal Reserve raised rates.</p></div></div>${prose(3, 'lake')}</article>`,
    );
    expect(text).toContain('happened at the lake');
    expect(text).not.toContain('stocks fell the most');
  });

  it("leaves a blog's next posts with their excerpts ('next-post-thumbnails', 'nextstory') out of the text (blind pool L)", () => {
    const text = textOf(
      `<article><h1>Story</h1>${prose(4)}<div id="next-post-thumbnails"><div class="nextstory"><h2><a href="${A}">Patti Smith joins Choir! Choir! Choir!</a></h2><p>The good folks at Choir! Choir! Choir! are still doing their thing, and now they have invited two famous guests to play along.</p></div></div></article>`,
    );
    expect(text).toContain('Paragraph 3');
    expect(text).not.toContain('The good folks at Choir');
  });
});

describe('a dateline in its own element', () => {
  it('leaves "<span class=\\"articleLocation\\">WASHINGTON</span>" off the first sentence, keeps a lower-case location', () => {
    const text = textOf(
      `<article><h1>Story</h1><p><span class="articleLocation">WASHINGTON</span> The Federal Reserve raised interest rates on Wednesday and signaled more increases next year.</p>${prose(4)}<p><span class="location">In the capital</span>, officials met again on Thursday to talk about the plan.</p></article>`,
    );
    expect(text).toContain('The Federal Reserve raised interest rates');
    expect(text).not.toContain('WASHINGTON');
    expect(text).toContain('In the capital, officials met again');
  });
});

describe('a box about the writer after the story (blind pool Q)', () => {
  const box = (heading: string): string =>
    `<div class="pb-xl"><h2><span>${heading}</span></h2><div><a href="${A}">Tim Ehlers</a><p>Geboren 1983, ist seit 2015 Redakteur bei KATAPULT und vor allem als Layouter tätig.</p></div></div><div><h2>Neueste Artikel</h2><h3><a href="${B}">Krieg im Nahen Osten</a></h3><p>Die Hamas hat mindestens 1.200 Menschen während des Überfalls auf Israel getötet.</p></div>`;

  it.each(['Autor:innen', 'About the author', 'Sobre el autor'])(
    'drops the "%s" box and what follows it, keeps the story',
    (heading) => {
      const text = textOf(`<article><h1>Story</h1>${prose(3)}${box(heading)}</article>`);
      expect(text).toContain('happened at the river');
      expect(text).not.toContain('Geboren 1983');
      expect(text).not.toContain('Die Hamas hat');
    },
  );

  it('keeps what follows a heading that names no author box (the control)', () => {
    const text = textOf(`<article><h1>Story</h1>${prose(3)}${box('Die Parteien im Land')}</article>`);
    expect(text).toContain('Geboren 1983');
  });
});

describe("a story's last paragraph that is one link (blind pool S)", () => {
  it('drops a pointer to another page ("Tour … home." linking the slideshow)', () => {
    const text = textOf(
      `<article><h1>Story</h1>${prose(4)}<p><b><a href="${A}">Tour Joann and Paul Delaney's sleek home.</a></b></p></article>`,
    );
    expect(text).toContain('happened at the river');
    expect(text).not.toContain('sleek home');
  });

  it('keeps a last sentence with a link in it (the control)', () => {
    const text = textOf(
      `<article><h1>Story</h1>${prose(4)}<p>The council will vote on the plan in May, <a href="${A}">the mayor said</a> on Friday.</p></article>`,
    );
    expect(text).toContain('will vote on the plan in May');
  });
});
