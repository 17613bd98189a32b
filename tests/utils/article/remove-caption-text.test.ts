import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '@/scripts/lib/load-document';
import { blocksToText } from '@/utils/article/blocks-to-text';
import { extractArticle } from '@/utils/article/extract-article';
import { removeCaptionText } from '@/utils/article/remove-caption-text';

const PROSE = Array.from(
  { length: 5 },
  (_, i) => `<p>Paragraph ${i + 1} of the report goes on with enough words to be read as the story's prose.</p>`,
).join('');

function text(body: string): string {
  const doc = documentFromHtml(
    `<html><head><title>A story</title></head><body><article>${body}</article></body></html>`,
  );
  return blocksToText(extractArticle(doc, 'https://example.com/news/a-story').blocks);
}

describe('removeCaptionText', () => {
  it('screen-reader text glued to a link never reaches the article ("saidOpens a new window")', () => {
    const out = text(
      `<p>The company <a href="https://example.org/pr">said<span class="external-link-icon">Opens a new window </span></a> that sales rose.</p>${PROSE}`,
    );
    expect(out).toContain('The company said that sales rose.');
    expect(out).not.toContain('Opens a new window');
  });

  it.each(['sr-only', 'visually-hidden', 'screen-reader-text'])('a "%s" label is not prose', (cls) => {
    const out = text(`<p>Prices rose<span class="${cls}"> (opens in a new tab)</span> again in May.</p>${PROSE}`);
    expect(out).not.toContain('opens in a new tab');
  });

  it('a link with an icon class keeps its own text', () => {
    const out = text(
      `<p>Analysts <a class="icon none" href="https://example.org/x">predicted $2.52 a share</a> for the quarter.</p>${PROSE}`,
    );
    expect(out).toContain('Analysts predicted $2.52 a share for the quarter.');
  });

  it('a photo caption box that Readability would turn into a bare paragraph is removed', () => {
    const out = text(
      `<div class="InlineImage-imageEmbed"><div class="InlineImage-imageEmbedCaption">The prime minister passes a Boeing 787-10 aircraft during the air show in Dubai.</div></div>${PROSE}`,
    );
    expect(out).not.toContain('Boeing');
    expect(out).toContain('Paragraph 1');
  });

  it("a photo's credit under a plain 'source' class, inside the story's first paragraph, is not glued to its lead", () => {
    const out = text(
      `<p><em><strong><span class="image-container float_right"><span><img src="https://example.com/su-24.jpg" alt="Russian Su-24"><span class="source"><span>Shamil Zhumatov/REUTERS</span></span><span class="caption">A Sukhoi Su-24 jet drops flares.</span></span></span></strong></em>The UK may be forced to review its air defences in the South Atlantic.</p>${PROSE}`,
    );
    expect(out).not.toContain('REUTERS');
    expect(out).toContain('The UK may be forced to review');
  });

  it("words under a 'source' class outside a photo's box stay (a story naming its source)", () => {
    const out = text(
      `<p>The figures come from <span class="source">the ministry's annual report</span>, published in May.</p>${PROSE}`,
    );
    expect(out).toContain("The figures come from the ministry's annual report, published in May.");
  });

  it('a long element with a caption class is a wrapper, not a caption: it stays', () => {
    const doc = documentFromHtml(`<html><body><div class="captioned-story">${PROSE}${PROSE}</div></body></html>`);
    removeCaptionText(doc);
    expect(doc.querySelectorAll('p').length).toBe(10);
  });
});

describe('removeMastheads', () => {
  it('a heading that is the site logo linking home is not the story dek', () => {
    const out = text(`<h2><a href="/"><span>Express. Home of the Daily and Sunday Express.</span></a></h2>${PROSE}`);
    expect(out).not.toContain('Home of the Daily');
  });
  it('a heading linking to a story stays', () => {
    const out = text(`<h2><a href="/news/other-story">The council answers its critics</a></h2>${PROSE}`);
    expect(out).toContain('The council answers its critics');
  });
});

describe("removeCaptionText: a paragraph repeating its photo's alt text", () => {
  const alt = 'Party chairman Tim Kaine says Democrats will highlight their role.';

  it("is a photo caption, not the story's first sentence", () => {
    const out = text(
      `<div class="lead"><p><img src="k.jpg" alt="${alt}"></p><!-- caption --><p>${alt}</p></div>${PROSE}`,
    );
    expect(out).not.toContain('Tim Kaine');
    expect(out).toContain('Paragraph 1');
  });

  it('stays when story text comes between the photo and the paragraph', () => {
    const out = text(
      `<p><img src="k.jpg" alt="${alt}"></p><p>A different first paragraph with its own words.</p><p>${alt}</p>${PROSE}`,
    );
    expect(out).toContain('Tim Kaine');
  });

  it("is a caption with its credit after a picture that carries JSON-LD, and an alt text cut with '...'", () => {
    const full = 'The Redonda tree lizard, one of the reptiles that rebounded after invasive species were removed.';
    const cut = 'The Redonda tree lizard, one of the reptiles that rebounded after invasive species were ...';
    const out = text(
      `<div class="img"><a class="img-cntr"><picture><noscript><img src="l.jpg" alt="${cut}"></noscript>` +
        `<script type="application/ld+json">{"@type":"ImageObject","caption":"${full}"}</script></picture></a>` +
        `<div class="img-cont"><div class="copy">${full}</div><div class="by">Photograph by Ed Marshall</div></div></div>${PROSE}`,
    );
    expect(out).not.toContain('Redonda tree lizard');
    expect(out).toContain('Paragraph 1');
  });
});

describe('removeCaptionText: a caption set as a plain paragraph under its photo', () => {
  it('an italic line under a photo is its caption, not the story', () => {
    const out = text(
      `<p>${'The statue was damaged overnight, the news site reported on Thursday morning. '.repeat(2)}</p><p><img src="s.jpg" alt=""></p><p><em>The damaged statue on the square named after the poet, 20 August 2015.</em></p>${PROSE}`,
    );
    expect(out).not.toContain('damaged statue on the square');
    expect(out).toContain('Paragraph 1');
  });

  it.each(['MTI Fotó: Nemes János', 'Photo: Jane Doe', 'Foto: dpa'])(
    'a line closing on a credit ("%s") is a caption',
    (credit) => {
      const out = text(
        `<p>${'The statue was damaged overnight, the news site reported. '.repeat(2)}</p><div><img src="s.jpg"></div><p>The damaged statue on the square. ${credit}</p>${PROSE}`,
      );
      expect(out).not.toContain('damaged statue on the square');
    },
  );

  it("an italic run right after the photo, in the photo's own box, is its caption (blind pool G)", () => {
    const out = text(
      `<p>${'The city once had thousands of fallout shelters, the records show. '.repeat(2)}</p><p><span><div class="image-none"><img src="s.jpg" width="640"> <br> <i> The basement at 80 New York Avenue is one of many old shelters. (Scott Heins/Gothamist)</i></div></span></p>${PROSE}`,
    );
    expect(out).not.toContain('The basement at 80 New York Avenue');
    expect(out).toContain('fallout shelters, the records show');
  });

  it('an italic word inside a story paragraph after an inline image stays', () => {
    const out = text(
      `<p><img src="icon.png"> The word <i>shelter</i> appears on placards across the city, beside the doors of schools.</p>${PROSE}`,
    );
    expect(out).toContain('The word shelter appears on placards');
  });

  it('a story paragraph under a photo stays', () => {
    const out = text(
      `<p><img src="s.jpg" alt=""></p><p>The statue was damaged overnight, and the police are looking for the vandals.</p>${PROSE}`,
    );
    expect(out).toContain('looking for the vandals');
  });
});

describe('removeOverlays: dialogs, modals and fly-out panes kept in the markup', () => {
  it.each([
    '<div class="modal-container"><div class="twttr-dialog"><p>Are you sure you want to delete this message?</p></div></div>',
    '<div role="dialog"><p>Do you want to report this message as spam?</p></div>',
    '<dialog><p>Do you want to mark this message as abusive?</p></dialog>',
    '<div class="ugc-util-bar-flyout"><h2>Thanks!</h2><p>Check out your photo or video now, and look for it online.</p><h2>Uh oh!</h2></div>',
    // Blind pool H: a video's transcript pane, labelled by a modal's title.
    '<div aria-labelledby="modal-title" role="region"><header><div id="modal-title">transcript</div><button>Back</button></header><h2>Manhattan Blast Suspect Arrested</h2><h4>The suspect was taken into custody on Monday. Uh oh, he was wounded.</h4></div>',
  ])('are no story text: %s', (box) => {
    const out = text(`${box}<h2>A section</h2>${PROSE}`);
    expect(out).not.toMatch(
      /Are you sure|report this message|mark this message|Check out your photo|Uh oh|Thanks!|Blast Suspect/,
    );
    expect(out).toContain('Paragraph 1');
  });

  it('a link with a "popup" class (it opens a note) keeps its words in the sentence', () => {
    const out = text(
      `<p>Of other copyists I might write the <a href="javascript:void(0);" class="popup">complete life</a>, of him nothing can be done.</p>${PROSE}`,
    );
    expect(out).toContain('I might write the complete life, of him');
  });

  it('a "modal" box that holds the story (an article opened in a lightbox) stays', () => {
    const doc = documentFromHtml(
      `<html><head><title>A story</title></head><body><div class="modal"><article><h1>A story</h1>${PROSE}</article></div></body></html>`,
    );
    expect(blocksToText(extractArticle(doc, 'https://example.com/news/a-story').blocks)).toContain('Paragraph 1');
  });
});

describe('removePictureGalleries: a picture gallery set inside the story', () => {
  const slide = (title: string, caption: string): string =>
    `<li><div class="teaserImg"><img src="s.jpg" alt="A photo"></div><div class="teaserContentWrap">` +
    `<h4>Racist, ruthless, cruel: a colonial history</h4><h2>${title}</h2><p>${caption}</p></div></li>`;
  const gallery = (n: number): string =>
    `<ul>${Array.from({ length: n }, (_, i) => slide(`Slide ${i}`, `Caption ${i} of the gallery tells what the old picture shows and when it was taken.`)).join('')}</ul>`;

  it("is no story text: its slides are another piece's captions", () => {
    const out = text(`${PROSE}${gallery(4)}<p>The final paragraph of the report closes the story for its readers.</p>`);
    expect(out).not.toContain('Caption 1 of the gallery');
    expect(out).not.toContain('Racist, ruthless, cruel');
    expect(out).toContain('Paragraph 1');
  });

  it('a list of two such slides, or of slides under different headings, stays', () => {
    expect(text(`${PROSE}${gallery(2)}`)).toContain('Caption 1 of the gallery');
  });
});
