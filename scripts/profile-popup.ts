/**
 * npm run profile:popup [-- --data DIR] [--passes N]
 * Where the pipeline's time goes in the browser: a CPU profile of summarizeCapturedPage inside the popup page of
 * an unminified e2e build (so functions keep their names), over the aeb-dev pages (default ../shared/data/aeb-dev,
 * never copied into the repo). Prints the time of a cold pass, a warm pass, and the self and inclusive time of the
 * top functions over N profiled passes. Build first: `NL_NOMINIFY=1 npm run build:e2e` (see wxt.config.ts).
 * `npm run bench -- --profile` is the Node (linkedom) counterpart; here the DOM is the browser's own.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { E2E_BUILD_DIR, launchExtension } from '../tests/e2e/launch';
import { openTab } from '../tests/e2e/popup';
import { readSavedPage } from './lib/load-document';

type ProfileNode = { id: number; callFrame: { functionName: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

const argValue = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const DATA = resolve(import.meta.dirname, '..', argValue('data') ?? '../shared/data/aeb-dev');
const PASSES = Number(argValue('passes') ?? 3);
const htmlDir = join(DATA, 'html');
if (!existsSync(htmlDir)) throw new Error(`No pages at ${htmlDir} (pass --data DIR)`);
const chunk = readdirSync(join(E2E_BUILD_DIR, 'chunks')).find((f) => f.startsWith('summarize-captured-page'));
if (!chunk) throw new Error(`No pipeline chunk in ${E2E_BUILD_DIR}: run NL_NOMINIFY=1 npm run build:e2e`);
// The tab's copy, as capturePage makes it (scripts but JSON-LD, styles, comments, SVG drawings dropped).
const NOT_READ =
  /<script(\s[^>]*)?>[\s\S]*?<\/script\s*>|<style(?:\s[^>]*)?>[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->|<svg(\s[^>]*)?>[\s\S]*?<\/svg\s*>/gi;
const pages = readdirSync(htmlDir).map((f) =>
  readSavedPage(join(htmlDir, f)).replace(NOT_READ, (el, scriptAttrs?: string, svgAttrs?: string) => {
    const second = el[2]?.toLowerCase();
    if (second === 'v') return `<svg${svgAttrs ?? ''}></svg>`;
    return second === 'c' && scriptAttrs && /ld\+json/i.test(scriptAttrs) ? el : '';
  }),
);

const session = await launchExtension();
try {
  const tab = await openTab(session, 'about:blank');
  const popup = await session.context.newPage();
  await popup.goto(session.popupUrl(tab.tabId));
  await popup.waitForTimeout(500);
  await popup.evaluate(
    async ([file, html]) => {
      const scope = window as unknown as Record<string, unknown>;
      scope.__pipeline = await import(`/chunks/${file}`);
      scope.__pages = html;
    },
    [chunk, pages] as const,
  );
  const pass = (times: number) =>
    popup.evaluate((times) => {
      const scope = window as unknown as {
        __pipeline: Record<string, (...a: unknown[]) => unknown>;
        __pages: string[];
      };
      const run = Object.values(scope.__pipeline).find((f) => f.name === 'summarizeCapturedPage')!;
      const t0 = performance.now();
      for (let r = 0; r < times; r++)
        scope.__pages.forEach((html, i) => {
          const url = `https://news.example/${i}/story`;
          run(
            {
              kind: 'page',
              url,
              baseUrl: url,
              contentType: 'text/html',
              readyState: 'complete',
              markup: 'html',
              html,
              doctype: true,
              hasFrames: false,
              frame: null,
            },
            { points: 5 },
          );
        });
      return performance.now() - t0;
    }, times);
  const perPage = (ms: number, times: number) => `${(ms / pages.length / times).toFixed(1)} ms per page`;
  console.log(`pages ${pages.length} (${DATA}), build ${E2E_BUILD_DIR}`);
  console.log(`first pass (cold)  ${perPage(await pass(1), 1)}`);
  console.log(`second pass        ${perPage(await pass(1), 1)}`);
  const cdp = await session.context.newCDPSession(popup);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  console.log(`profiled passes    ${perPage(await pass(PASSES), PASSES)} (${PASSES} passes)`);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let all = 0;
  const key = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'}:${n.callFrame.lineNumber + 1}`;
  profile.samples.forEach((id, i) => {
    const ms = profile.timeDeltas[i]! / 1000;
    all += ms;
    self.set(key(byId.get(id)!), (self.get(key(byId.get(id)!)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = key(byId.get(at)!);
      if (!seen.has(k)) inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
      seen.add(k);
    }
  });
  const top = (map: Map<string, number>, n: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, ms]) => `  ${((ms / all) * 100).toFixed(1).padStart(5)}%  ${k}`);
  console.log(`self time (function:line in ${chunk}):`, ...top(self, 30).map((l) => `\n${l}`));
  console.log(`inclusive time:`, ...top(inclusive, 50).map((l) => `\n${l}`));
} finally {
  await session.close();
}
