import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentFromHtml } from '../../scripts/lib/load-document';
import { summarizePage } from '../../utils/summarize-page';
import type { PageSummary } from '../../utils/types';

export const FIXTURES_DIR = join(import.meta.dirname, '..', 'fixtures');

/** Hand-written ground truth of a golden page (schema in tests/fixtures/README.md). */
export type Truth = {
  url: string;
  description?: string;
  metadata: {
    title: string;
    siteName: string | null;
    byline: string | null;
    publishedTime: string | null;
    lang: string | null;
  };
  isArticle: boolean;
  sections: string[];
  whyItMatters: {
    columns: string[];
    rows: string[][];
    origin: 'table' | 'list' | 'labelled' | 'takeaways';
  } | null;
  tables: { caption: string | null; columns: string[]; rows: string[][] }[];
  related: { title: string; url: string }[];
  mustNotContain: string[];
  mustContain: string[];
};

export type Fixture = { slug: string; dir: string; html: string; truth: Truth };

export function listFixtures(): Fixture[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(FIXTURES_DIR, entry.name, 'truth.json')))
    .map((entry) => {
      const dir = join(FIXTURES_DIR, entry.name);
      return {
        slug: entry.name,
        dir,
        html: readFileSync(join(dir, 'source.html'), 'utf8'),
        truth: JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Truth,
      };
    });
}

/** The whole pure pipeline on a golden page, exactly as the CLI and the content script run it. */
export function summarizeFixture(fixture: Fixture, points = 5): PageSummary {
  return summarizePage(documentFromHtml(fixture.html), fixture.truth.url, { points });
}

export const EXPECTED_FILE = 'expected.json';

/** What the pipeline puts between two blocks of `PageSummary.text` (see utils/article/blocks-to-text.ts). */
export const BLOCK_SEPARATOR = '\n\n';

/**
 * A golden snapshot (`expected.json`): the whole PageSummary, except that `text` is stored as the list of its
 * blocks (the text split on the blank lines between blocks) instead of one long string, so that a change to one
 * paragraph shows as a change to one line of the file. Splitting and joining again give back the same string
 * (`fromSnapshot(toSnapshot(s))` equals `s`), so comparing snapshots compares the whole summary.
 */
export type GoldenSnapshot = Omit<PageSummary, 'text'> & { text: string[] };

export function toSnapshot(summary: PageSummary): GoldenSnapshot {
  return { ...summary, text: summary.text.split(BLOCK_SEPARATOR) };
}

export function fromSnapshot(snapshot: GoldenSnapshot): PageSummary {
  return { ...snapshot, text: snapshot.text.join(BLOCK_SEPARATOR) };
}

export function expectedFile(fixture: Fixture): string {
  return join(fixture.dir, EXPECTED_FILE);
}

export function readSnapshot(fixture: Fixture): GoldenSnapshot {
  return JSON.parse(readFileSync(expectedFile(fixture), 'utf8')) as GoldenSnapshot;
}

/** Writes the snapshot as `npm run goldens:update` does: two-space JSON, one trailing newline. */
export function writeSnapshot(fixture: Fixture, summary: PageSummary): void {
  writeFileSync(expectedFile(fixture), `${JSON.stringify(toSnapshot(summary), null, 2)}\n`);
}
