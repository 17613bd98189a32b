/**
 * `npm run screenshots:pages -- --dir DIR [--out DIR] [--limit N] [--lang en-US]`: the real popup (the built e2e
 * extension in headless Chromium) on every saved page of a folder, one PNG each, to look at what News Lens
 * makes of real pages without copying them into the repo. DIR holds `*.html` or `*.html.gz` files (such as
 * ../shared/data/aeb-dev/html) or `<slug>/source.html(.gz)` folders (../shared/data/readability-pages); PNGs go to --out (default
 * test-results/pages/) with a one-line state per page on stdout. Needs `npm run build:e2e` first.
 *
 * A page that fails to load or to summarize is reported and skipped: the run goes on to the next one (the exit
 * code is 1 when any failed). Saved pages may only fetch from the local server: every request to another host
 * is aborted, so no live resources are loaded from publishers or third parties.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { serveFixtures } from '../tests/e2e/fixture-server';
import { launchExtension, REPO_ROOT } from '../tests/e2e/launch';
import { openArticleWithPopup } from '../tests/e2e/popup';
import { isAllowedRequest, runEveryPage } from './lib/page-runner';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Each page of DIR as [slug, html]: plain or gzipped HTML files, or <slug>/source.html folders. */
function readPages(dir: string): [string, Buffer][] {
  const pages: [string, Buffer][] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      const source = join(path, 'source.html');
      if (existsSync(source)) pages.push([name, readFileSync(source)]);
      else if (existsSync(`${source}.gz`)) pages.push([name, gunzipSync(readFileSync(`${source}.gz`))]);
    } else if (name.endsWith('.html.gz')) pages.push([basename(name, '.html.gz'), gunzipSync(readFileSync(path))]);
    else if (name.endsWith('.html')) pages.push([basename(name, '.html'), readFileSync(path)]);
  }
  return pages;
}

async function main(): Promise<void> {
  const dir = arg('dir');
  if (!dir || !existsSync(dir)) throw new Error('Give a folder of saved pages: npm run screenshots:pages -- --dir DIR');
  const out = resolve(arg('out') ?? join(REPO_ROOT, 'test-results', 'pages'));
  const pages = readPages(resolve(dir)).slice(0, Number(arg('limit') ?? Infinity));
  if (!pages.length) throw new Error(`No *.html, *.html.gz or <slug>/source.html pages in ${dir}`);
  mkdirSync(out, { recursive: true });
  // The pages are served from a temporary copy (slug/source.html), never from the repo.
  const root = mkdtempSync(join(tmpdir(), 'news-lens-pages-'));
  for (const [slug, html] of pages) {
    mkdirSync(join(root, slug));
    writeFileSync(join(root, slug, 'source.html'), html);
  }
  const server = await serveFixtures(root);
  const session = await launchExtension({ lang: arg('lang') ?? 'en-US' });
  try {
    const origin = server.url(pages[0]![0]);
    await session.context.route('**/*', (route) =>
      isAllowedRequest(route.request().url(), origin) ? route.continue() : route.abort('blockedbyclient'),
    );
    const outcomes = await runEveryPage(
      pages.map(([slug]) => slug),
      async (slug) => {
        try {
          const { popup, state } = await openArticleWithPopup(session, server.url(slug));
          await popup.evaluate(() => document.fonts.ready);
          const file = join(out, `${slug}.png`);
          await popup.screenshot({ path: file, fullPage: true });
          return `${state} -> ${file.startsWith(`${REPO_ROOT}/`) ? file.slice(REPO_ROOT.length + 1) : file}`;
        } finally {
          // Whatever opened, even when loading failed half-way: the next page starts from a clean context.
          for (const p of session.context.pages()) await p.close().catch(() => {});
        }
      },
      (o) => console.log(o.ok ? `${o.slug}: ${o.line}` : `${o.slug}: FAILED ${o.error}`),
    );
    const failed = outcomes.filter((o) => !o.ok).length;
    console.log(`${outcomes.length - failed} of ${outcomes.length} pages shot, ${failed} failed`);
    if (failed) process.exitCode = 1;
  } finally {
    await session.close();
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
