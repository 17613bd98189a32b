import type { RelatedGroup, RelatedLink } from '../types';

/**
 * Related links as the popup and the Markdown show them: runs of links of one group under one label. `label` is
 * the page's own module label ("More from World"), or null when the page gave none (the interface then names the
 * group in its own language: "Linked in the article", "More from the site").
 */
export type RelatedBlock = { group: RelatedGroup; label: string | null; links: RelatedLink[] };

/** A group for links cached by an older version, which had none. */
function groupOf(link: RelatedLink): RelatedGroup {
  if (link.group === 'topic' || link.group === 'inline' || link.group === 'popular') return link.group;
  return link.source === 'article' ? 'inline' : 'topic';
}

/** Labels the pipeline gives when the page gave none. */
const NO_LABEL = new Set(['', 'article', 'related']);

export function relatedBlocks(links: readonly RelatedLink[]): RelatedBlock[] {
  const blocks: RelatedBlock[] = [];
  // A "label" that is one of the listed headlines was read from the module's first card, not its heading.
  const titles = new Set(links.map((l) => l.title.trim().toLowerCase()));
  for (const link of links) {
    const group = groupOf(link);
    const raw = link.source.trim();
    const label =
      group === 'inline' || NO_LABEL.has(raw.toLowerCase()) || titles.has(raw.toLowerCase())
        ? null
        : raw.replace(/\s*[:：»›>|]+$/u, '');
    const last = blocks[blocks.length - 1];
    if (last && last.group === group && last.label === label) last.links.push(link);
    else blocks.push({ group, label, links: [link] });
  }
  return blocks;
}
