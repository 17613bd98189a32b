import { describe, expect, it } from 'vitest';
import { prose, textOf } from '../story-page';

describe('a drop cap in its own element', () => {
  it('joins "<span class=\\"g-drop\\">T</span> <span>he Smithsonian</span>" back into "The Smithsonian"', () => {
    const text = textOf(
      `<article><h1>Story</h1><p><span class="g-drop">T</span> <span class="g-upper">he Smithsonian’s</span> new museum opens on Saturday in Washington after years of planning.</p>${prose(4)}</article>`,
    );
    expect(text).toContain('The Smithsonian’s new museum opens');
    expect(text).not.toContain('T he');
  });

  it('leaves a one-letter word that is no drop cap (a class that says nothing of it) alone', () => {
    const text = textOf(
      `<article><h1>Story</h1><p>Pick <span class="note">A</span> Better plan, the council said on Tuesday evening in a statement.</p>${prose(4)}</article>`,
    );
    expect(text).toContain('Pick A Better plan');
  });
});
