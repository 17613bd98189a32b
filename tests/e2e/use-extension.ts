import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Truth } from '../golden/fixtures';
import { FIXTURES_DIR, serveFixtures, type FixtureServer } from './fixture-server';
import { launchExtension, REPO_ROOT, type ExtensionSession, type LaunchOptions } from './launch';

export const RESULTS_DIR = join(REPO_ROOT, 'test-results', 'e2e');

export type E2E = { session: ExtensionSession; server: FixtureServer; offline: string[] };

/** The hand-written ground truth of a golden page. */
export function truthOf(slug: string): Truth {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, slug, 'truth.json'), 'utf8')) as Truth;
}

/** The "why this matters" table of a ground truth; throws when the page has none. */
export function whyItMattersOf(truth: Truth): NonNullable<Truth['whyItMatters']> {
  if (!truth.whyItMatters) throw new Error(`${truth.url}: its truth.json has no whyItMatters table`);
  return truth.whyItMatters;
}

/** Path for an artifact (screenshot) under test-results/e2e/. */
export function artifact(name: string): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  return join(RESULTS_DIR, name);
}

const STUB = '<!doctype html><title>offline stub</title><p>The test network is offline; this page stands in.</p>';

/**
 * Answers every http(s) request that is not for the local fixture server with a stub page (the
 * fixtures' canonical hosts are offline here) and records its URL.
 */
export async function stubOffline(context: BrowserContext, offline: string[]): Promise<void> {
  await context.route(
    (url) => /^https?:$/.test(url.protocol) && url.hostname !== '127.0.0.1',
    (route) => {
      offline.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: STUB });
    },
  );
}

/** Starts the fixture server and Chromium with the extension for the tests of one file. */
export function useExtension(options: LaunchOptions = {}): E2E {
  const e2e = { offline: [] } as unknown as E2E;
  beforeAll(async () => {
    e2e.server = await serveFixtures();
    e2e.session = await launchExtension(options);
    await stubOffline(e2e.session.context, e2e.offline);
  });
  afterAll(async () => {
    await e2e.session?.close();
    await e2e.server?.close();
  });
  return e2e;
}
