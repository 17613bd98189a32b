import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_LIMITS } from '@/utils/guards/page-limits';
import { serveFixtures, type FixtureServer } from './fixture-server';
import { openArticleWithPopup } from './popup';
import { artifact, useExtension } from './use-extension';

// A page longer than the text limit is summarized from its first part, and the popup says so.
const e2e = useExtension();
const TOPICS = ['harbour', 'railway', 'school', 'hospital', 'bridge', 'library', 'market', 'museum'];

/** Its opening findings: facts unlike each other (a point that repeats another is never shown). */
const FINDINGS = [
  'The inquiry found that the harbour wall had not been inspected by a diver since the storm of 2014.',
  'Railway signalling contracts were awarded without a tender on three occasions between 2016 and 2019.',
  'Two primary schools lost their science teachers when the county froze hiring for eighteen months.',
  'Waiting lists at the district hospital doubled after the night clinic closed in the spring of 2020.',
  'Engineers warned the council twice in writing that the old bridge bearings were rusting through.',
  'Library opening hours were cut to three days a week, although visitor numbers had risen every year.',
  'Market traders paid a cleaning levy for a service that the auditors could find no record of.',
  'The museum sold a painting from its collection to cover a shortfall that nobody had reported.',
];

/** A long report: its findings, then numbered paragraphs of plain prose, well past the text limit. */
function longReport(): string {
  const paragraphs: string[] = FINDINGS.map((f) => `<p>${f}</p>`);
  let chars = 0;
  for (let i = 0; chars < PAGE_LIMITS.maxTextChars * 1.5; i++) {
    const topic = TOPICS[i % TOPICS.length]!;
    const p = `Section ${i + 1} of the inquiry looked at the ${topic} budget, which grew by ${(i % 9) + 2} percent after the council vote. Officials said the ${topic} plan would be reviewed again in the spring, once the auditors had finished their work on item ${i + 1}.`;
    paragraphs.push(`<p>${p}</p>`);
    chars += p.length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The long inquiry report</title></head><body><article><h1>The long inquiry report</h1>${paragraphs.join('\n')}</article></body></html>`;
}

describe('a very long page', () => {
  let root = '';
  let server: FixtureServer;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'news-lens-long-'));
    mkdirSync(join(root, 'long-report'));
    writeFileSync(join(root, 'long-report', 'source.html'), longReport());
    server = await serveFixtures(root);
  });
  afterAll(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('shows a summary of its first part and says so', async () => {
    const { popup, state } = await openArticleWithPopup(e2e.session, server.url('long-report'));
    expect(state).toBe('ready');
    expect(await popup.getByRole('heading', { level: 1 }).innerText()).toBe('The long inquiry report');
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toContain('A very long page: this summary covers its first part.');
    expect(await popup.getByRole('region', { name: 'Key points' }).getByRole('listitem').count()).toBe(5);
    await popup.screenshot({ path: artifact('popup-long-page.png'), fullPage: true });
  });
});
