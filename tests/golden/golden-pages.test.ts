import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedFile, fromSnapshot, listFixtures, readSnapshot, summarizeFixture, toSnapshot } from './fixtures';

const fixtures = listFixtures();
const required = ['blogger-maskpark', 'wordpress-jetpack', 'chinese-news', 'home-page'];

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('golden pages', () => {
  it('has the required golden pages', () => {
    expect(fixtures.map((f) => f.slug)).toEqual(expect.arrayContaining(required));
  });

  describe.each(fixtures.map((f) => [f.slug, f] as const))('%s', (_slug, fixture) => {
    const summary = summarizeFixture(fixture);
    const { truth } = fixture;

    it('matches its regenerated snapshot (npm run goldens:update)', () => {
      const file = expectedFile(fixture);
      expect(existsSync(file), `${file} is missing: run npm run goldens:update`).toBe(true);
      const stored = readSnapshot(fixture);
      // Compared in the stored form, so a failure shows the changed blocks of the text, not the whole text;
      // every field is compared, and the text block by block, which is the whole text (see toSnapshot).
      expect(toSnapshot(summary)).toEqual(stored);
      expect(fromSnapshot(stored)).toEqual(summary);
    });

    it('classifies the page', () => {
      expect(summary.isArticle).toBe(truth.isArticle);
    });

    it('never shows text from comments, widgets, navigation or ads', () => {
      const shown = [
        summary.text,
        ...summary.keyPoints.map((p) => p.text),
        // A listed related link's title is the page's own module text by right (a "Most read" list the truth lists).
        ...summary.related.filter((r) => !(truth.related ?? []).some((t) => t.url === r.url)).map((r) => r.title),
      ].join('\n');
      for (const needle of truth.mustNotContain) expect(shown, needle).not.toContain(needle);
    });

    it('keeps the article text', () => {
      for (const needle of truth.mustContain) expect(normalise(summary.text)).toContain(normalise(needle));
    });

    it('takes every key point whole from the article text', () => {
      for (const point of summary.keyPoints) expect(normalise(summary.text)).toContain(normalise(point.text));
    });

    it('reads the page\'s own "why this matters" material, or picks whole sentences of the article', () => {
      if (truth.whyItMatters) expect(summary.whyItMatters).toMatchObject(truth.whyItMatters);
      else if (summary.whyItMatters) {
        // No material of its own: a picked table, every sentence verbatim from the article, none a key point.
        expect(summary.whyItMatters.origin).toBe('picked');
        const points = new Set(summary.keyPoints.map((k) => k.text));
        for (const [, sentence] of summary.whyItMatters.rows) {
          expect(summary.text).toContain(sentence);
          expect(points.has(sentence!)).toBe(false);
        }
      }
    });

    it('lists the expected related links, in order, and nothing else', () => {
      expect(summary.related.map((r) => ({ title: r.title, url: r.url }))).toEqual(truth.related);
    });
  });
});
