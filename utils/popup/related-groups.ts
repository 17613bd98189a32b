import type { RelatedGroup, RelatedLink } from '../types';
import { foldedKey } from '../text/normalize';

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

/** Two spellings of one label ("A lire aussi", "À lire aussi :") are one group: compared without case or accents. */
const labelKey = (label: string | null): string => foldedKey(label ?? '');

/**
 * One block per group and label, in the order they first appear: a page with two boxes under one heading ("+ Dans la
 * même rubrique" above and below the story) shows one group, not the same heading twice.
 */
export function relatedBlocks(links: readonly RelatedLink[]): RelatedBlock[] {
  const blocks: RelatedBlock[] = [];
  const byKey = new Map<string, RelatedBlock>();
  // A "label" that is one of the listed headlines was read from the module's first card, not its heading.
  const titles = new Set(links.map((l) => l.title.trim().toLowerCase()));
  for (const link of links) {
    const group = groupOf(link);
    const raw = link.source.trim();
    // Decoration around the heading's words: "+ Dans la même rubrique", "More on this story:", "» Top stories".
    const label =
      group === 'inline' || NO_LABEL.has(raw.toLowerCase()) || titles.has(raw.toLowerCase())
        ? null
        : raw.replace(/\s*[:：»›>|]+$/u, '').replace(/^[+»›>|•·*]+\s*/u, '') || null;
    const key = `${group} ${labelKey(label)}`;
    const block = byKey.get(key);
    if (block) block.links.push(link);
    else {
      const fresh: RelatedBlock = { group, label, links: [link] };
      byKey.set(key, fresh);
      blocks.push(fresh);
    }
  }
  return blocks;
}
