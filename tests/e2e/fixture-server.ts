import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

/** Folder holding tests/fixtures/<slug>/source.html. */
export const FIXTURES_DIR = resolve(import.meta.dirname, '..', 'fixtures');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export type FixtureServer = {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  /**
   * URL of a fixture page: `${origin}/${slug}/` serves tests/fixtures/<slug>/source.html. With
   * `path` (e.g. the page's canonical path), the page is also served at `${origin}${path}`, so its
   * relative links resolve as they would on the real site.
   */
  url: (slug: string, path?: string) => string;
  close: () => Promise<void>;
};

/**
 * A tiny static server on 127.0.0.1 (random port) for the golden pages.
 * `/<slug>/` serves `<slug>/source.html`; other paths map to files under the fixtures folder.
 */
export async function serveFixtures(root = FIXTURES_DIR): Promise<FixtureServer> {
  const mounted = new Map<string, string>(); // path -> slug
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const slug = mounted.get(path);
    let file = normalize(slug ? join(root, slug, 'source.html') : join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (!slug && path.endsWith('/')) file = join(file, 'source.html');
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (slug, path) => {
      if (path === undefined) return `${origin}/${slug}/`;
      mounted.set(path, slug);
      return `${origin}${path}`;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
