import type { Plugin } from 'vite';

type ChunkLike = { type: string; fileName: string; imports: string[]; dynamicImports: string[] };

/**
 * The files to preload for an HTML entry: the chunks its entry script imports lazily (`import()`) and the
 * chunks those import, minus what the page already loads. Ordered as found: the view and the pipeline first.
 */
export function lazyChunkFiles(entry: ChunkLike, bundle: Record<string, ChunkLike | { type: string }>): string[] {
  const chunk = (file: string): ChunkLike | undefined => {
    const c = bundle[file];
    return c && c.type === 'chunk' ? (c as ChunkLike) : undefined;
  };
  const loaded = new Set<string>([entry.fileName]);
  const walk = (file: string, into: Set<string>): void => {
    if (into.has(file)) return;
    into.add(file);
    for (const dep of chunk(file)?.imports ?? []) walk(dep, into);
  };
  for (const dep of entry.imports) walk(dep, loaded);
  const lazy = new Set<string>();
  for (const file of entry.dynamicImports) walk(file, lazy);
  return [...lazy].filter((file) => !loaded.has(file) && chunk(file));
}

/**
 * `<link rel="modulepreload">` for the chunks an HTML page's entry imports lazily (`pages`: the entries'
 * source HTML paths, e.g. `popup/index.html`). On a click the popup's entry asks the tab for its copy first
 * and imports the view and the pipeline meanwhile; preloaded, their fetch and compile start while the HTML
 * is parsed instead of after the entry runs, and only running them waits for the import.
 */
export function preloadLazyChunks(pages: string[]): Plugin {
  return {
    name: 'news-lens:preload-lazy-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.chunk || !ctx.bundle || !pages.some((p) => ctx.filename.replace(/\\/g, '/').endsWith(p))) return;
        const bundle = ctx.bundle as unknown as Record<string, ChunkLike>;
        return lazyChunkFiles(ctx.chunk as unknown as ChunkLike, bundle).map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
