import { describe, expect, it } from 'vitest';
import { seededRandom, shuffleInPlace } from '../../scripts/lib/seeded-random';

describe('shuffleInPlace', () => {
  it('reorders the same items, the same way for the same seed', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const a = shuffleInPlace([...items], seededRandom(14));
    expect(a).not.toEqual(items);
    expect([...a].sort((x, y) => x - y)).toEqual(items);
    expect(shuffleInPlace([...items], seededRandom(14))).toEqual(a);
    expect(shuffleInPlace([...items], seededRandom(15))).not.toEqual(a);
  });
});
