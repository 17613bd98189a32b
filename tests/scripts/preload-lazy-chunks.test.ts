import { describe, expect, it } from 'vitest';
import { lazyChunkFiles } from '../../scripts/build/preload-lazy-chunks';

const chunk = (fileName: string, imports: string[] = [], dynamicImports: string[] = []) => ({
  type: 'chunk',
  fileName,
  imports,
  dynamicImports,
});

describe('lazyChunkFiles', () => {
  it('preloads the chunks the entry imports lazily, and what they import, but not what the entry already loads', () => {
    const entry = chunk('chunks/popup.js', ['chunks/browser.js'], ['chunks/pipeline.js', 'chunks/render.js']);
    const bundle = {
      [entry.fileName]: entry,
      'chunks/browser.js': chunk('chunks/browser.js'),
      'chunks/pipeline.js': chunk('chunks/pipeline.js', ['chunks/normalize.js', 'chunks/browser.js']),
      'chunks/render.js': chunk('chunks/render.js', ['chunks/normalize.js']),
      'chunks/normalize.js': chunk('chunks/normalize.js'),
      'assets/popup.css': { type: 'asset' },
    };
    expect(lazyChunkFiles(entry, bundle)).toEqual(['chunks/pipeline.js', 'chunks/normalize.js', 'chunks/render.js']);
  });

  it('preloads nothing for an entry without lazy imports', () => {
    const entry = chunk('chunks/options.js', ['chunks/browser.js']);
    expect(lazyChunkFiles(entry, { [entry.fileName]: entry, 'chunks/browser.js': chunk('chunks/browser.js') })).toEqual(
      [],
    );
  });

  it('skips a lazy import that is not a chunk of the bundle (an external URL or an asset)', () => {
    const entry = chunk('chunks/popup.js', [], ['assets/data.json']);
    expect(lazyChunkFiles(entry, { [entry.fileName]: entry, 'assets/data.json': { type: 'asset' } })).toEqual([]);
  });
});
