import type { Block } from '../types';

/** The article's main text: one block per paragraph, separated by a blank line; table cells joined by " | ". */
export function blocksToText(blocks: readonly Block[]): string {
  return blocks
    .map((block) => block.text)
    .filter((text) => text.length > 0)
    .join('\n\n');
}
