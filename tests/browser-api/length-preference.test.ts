import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadLength, saveLength } from '@/browser-api/length-preference';

beforeEach(() => fakeBrowser.reset());

describe('length preference (storage.local)', () => {
  it('defaults to medium', async () => {
    expect(await loadLength()).toBe('medium');
  });

  it('remembers the chosen length', async () => {
    await saveLength('long');
    expect(await fakeBrowser.storage.local.get('length')).toEqual({ length: 'long' });
    expect(await loadLength()).toBe('long');
  });

  it('ignores a stored value that is not a length', async () => {
    await fakeBrowser.storage.local.set({ length: 'huge' });
    expect(await loadLength()).toBe('medium');
  });
});
