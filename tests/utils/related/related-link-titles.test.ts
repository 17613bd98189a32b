/** The title shown for a related link: the headline the card shows, not a kicker or a listed date. */
import { describe, expect, it } from 'vitest';
import { A, B, prose, relatedOf } from '../story-page';

describe('cards whose <a> is an empty overlay', () => {
  it('takes the headline beside the link, without the kicker', () => {
    const links = relatedOf(
      `<article>${prose(3)}<aside><div data-component="rich-link"><a href="${A}"></a><div><div class="kicker">Water</div><h4>Headline in a sibling h4</h4></div></div></aside>${prose(3, 'lake')}</article>`,
    );
    expect(links).toEqual([{ title: 'Headline in a sibling h4', url: A }]);
  });

  it('strips a kicker the card shows apart from an aria-label title', () => {
    const links = relatedOf(
      `<article>${prose(5)}</article><section><h2>More on this story</h2><ul><li><a href="${B}" aria-label="Opinion: Swimmers deserve to know"></a><p><span class="card-kicker">Opinion</span></p></li></ul></section>`,
    );
    expect(links).toEqual([{ title: 'Swimmers deserve to know', url: B }]);
  });
});

describe('listed titles', () => {
  it('drops a leading date ("2025-09-24 - Title", Joomla related items)', () => {
    const links = relatedOf(
      `<article>${prose(5)}</article><ul class="mod-relateditems"><li><a href="${A}">2025-09-24 - Tram assembly in Fiorano</a></li></ul>`,
    );
    expect(links).toEqual([{ title: 'Tram assembly in Fiorano', url: A }]);
  });
});

describe("a card link holding the writer's name", () => {
  it('lists the headline without the name ("… road trip Melanie McFarland", blind pool J)', () => {
    const links = relatedOf(
      `<article>${prose(5)}</article><aside><h3>Up Next</h3><div><a href="${A}" class="latest-link">"Little America" is a joyful road trip<br><span class="writer"> Melanie McFarland </span></a></div></aside>`,
    );
    expect(links).toEqual([{ title: '"Little America" is a joyful road trip', url: A }]);
  });
});

describe('screen-reader labels', () => {
  it.each(['off-screen', 'sr-only', 'visually-hidden'])(
    'a card headline loses its "%s" media label ("Video Julian Assange…" -> "Julian Assange…")',
    (hidden) => {
      const links = relatedOf(
        `<article>${prose(5)}</article><section><h2>More on this story</h2><ul><li><a href="${A}"><div class="unit__title"><span class="icon"><span class="${hidden}">Video</span></span><span class="cta">Julian Assange dragged from the embassy</span></div></a></li></ul></section>`,
      );
      expect(links).toEqual([{ title: 'Julian Assange dragged from the embassy', url: A }]);
    },
  );
});

/** A second card in the module, so one card's words are not the whole module's. */
const OTHER = `<li><a href="${B}">Second other story title</a></li>`;
const OTHER_LINK = { title: 'Second other story title', url: B };

describe("a link titled by its image's alt text", () => {
  it.each([
    ['Thumbnail image of Microsoft relinquishes SkyDrive brand', 'Microsoft relinquishes SkyDrive brand'],
    ['Foto de El alcalde inaugura el nuevo puente', 'El alcalde inaugura el nuevo puente'],
    ['Photo: Council approves the harbour budget', 'Council approves the harbour budget'],
  ])('"%s" is listed without the words describing the picture', (alt, title) => {
    const links = relatedOf(
      `<article>${prose(5)}</article><section><h2>Related stories</h2><ul><li><a href="${A}"><img src="t.jpg" alt="${alt}"></a></li>${OTHER}</ul></section>`,
    );
    expect(links).toEqual([{ title, url: A }, OTHER_LINK]);
  });

  it('an alt text describing the picture in lower case after the prefix stays whole', () => {
    const alt = 'A photo of an Uber bus in Cairo, the new microtransit program';
    const links = relatedOf(
      `<article>${prose(5)}</article><section><h2>Related stories</h2><ul><li><a href="${A}"><img src="t.jpg" alt="${alt}"></a></li>${OTHER}</ul></section>`,
    );
    expect(links).toEqual([{ title: alt, url: A }, OTHER_LINK]);
  });

  it('a card whose image link comes first takes the headline, not the longer alt text', () => {
    const links = relatedOf(
      `<article>${prose(5)}</article><section><h2>Related stories</h2><ul><li><a href="${A}"><img src="t.jpg" alt="Thumbnail image of Microsoft relinquishes SkyDrive brand"></a><a href="${A}">Microsoft relinquishes SkyDrive brand</a></li>${OTHER}</ul></section>`,
    );
    expect(links).toEqual([{ title: 'Microsoft relinquishes SkyDrive brand', url: A }, OTHER_LINK]);
  });
});

describe('a title the site cut short', () => {
  it('is made whole from the title attribute', () => {
    const links = relatedOf(
      `<article>${prose(5)}</article><section><h2>Related stories</h2><ul><li><a href="${A}" title="USA’s ‘Royal Pains’ &amp; ‘Necessary Roughness’ Season Premieres Down">USA’s ‘Royal Pains’ &amp; …</a></li>${OTHER}</ul></section>`,
    );
    expect(links).toEqual([
      { title: 'USA’s ‘Royal Pains’ & ‘Necessary Roughness’ Season Premieres Down', url: A },
      OTHER_LINK,
    ]);
  });
});
