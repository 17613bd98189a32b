import { describe, expect, it } from 'vitest';
import { relatedBlocks } from '@/utils/popup/related-groups';
import type { RelatedLink } from '@/utils/types';

const link = (title: string, source: string, group: RelatedLink['group']): RelatedLink => ({
  title,
  url: `https://news.example.com/${title.toLowerCase().replace(/\W+/g, '-')}`,
  source,
  group,
});

describe('relatedBlocks', () => {
  it("keeps the page's own label over a run of one group", () => {
    const blocks = relatedBlocks([
      link('Rescuers rush to help a stranded whale', 'More on this story:', 'topic'),
      link('Nearly 30 whales stranded on a beach', 'More on this story:', 'topic'),
      link('Why so many whales strand', 'article', 'inline'),
    ]);
    expect(blocks.map((b) => [b.group, b.label, b.links.length])).toEqual([
      ['topic', 'More on this story', 2],
      ['inline', null, 1],
    ]);
  });

  it('gives no label when the "label" is one of the listed headlines', () => {
    const blocks = relatedBlocks([
      link('A Katmandou, exode sous pression', 'A Katmandou, exode sous pression', 'topic'),
      link('Népal : «Plus les heures passent, moins on est utiles»', 'A Katmandou, exode sous pression', 'topic'),
    ]);
    expect(blocks.map((b) => [b.label, b.links.length])).toEqual([[null, 2]]);
  });

  it('shows one group for one heading, however often and however spelt the page repeats it', () => {
    const blocks = relatedBlocks([
      link('Le dernier job de Martine Aubry', '+ Dans la même rubrique', 'topic'),
      link('La fierté de Manuel Valls', 'A lire aussi', 'topic'),
      link('Ayrault en flagrant délit d’amateurisme ?', 'À lire aussi :', 'topic'),
      link('Suivez en direct la fin du congrès', '+ Dans la même rubrique', 'topic'),
      link('Les sages annulent la loi', 'article', 'inline'),
    ]);
    expect(blocks.map((b) => [b.label, b.links.length])).toEqual([
      ['Dans la même rubrique', 2],
      ['A lire aussi', 2],
      [null, 1],
    ]);
  });
});
