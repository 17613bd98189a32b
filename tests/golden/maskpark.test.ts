import { describe, expect, it } from 'vitest';
import { listFixtures, summarizeFixture } from './fixtures';

const fixture = listFixtures().find((f) => f.slug === 'blogger-maskpark');

describe('the MaskPark reference post', () => {
  it('exists as a golden page', () => {
    expect(fixture).toBeDefined();
  });
  if (!fixture) return;
  const summary = summarizeFixture(fixture);

  it('never glues table cells together', () => {
    expect(summary.text).not.toMatch(/IssueSignificance/);
    expect(summary.text).toContain('Issue | Significance');
  });

  it('gives the Issue | Significance table with its 4 rows', () => {
    expect(summary.whyItMatters?.columns).toEqual(['Issue', 'Significance']);
    expect(summary.whyItMatters?.rows).toHaveLength(4);
    expect(summary.whyItMatters?.origin).toBe('table');
  });

  it('links the 3 popular posts and nothing else', () => {
    expect(summary.related).toHaveLength(3);
    expect(summary.related.every((r) => r.source === 'Popular posts from this blog')).toBe(true);
  });

  it('spreads the key points over the sections', () => {
    const sections = new Set(summary.keyPoints.map((p) => p.section).filter(Boolean));
    expect(summary.keyPoints).toHaveLength(5);
    expect(sections.size).toBeGreaterThanOrEqual(4);
  });

  it("reads the blog's own name and the post's metadata", () => {
    expect(summary.siteName).toBe(fixture.truth.metadata.siteName);
    expect(summary.title).toBe(fixture.truth.metadata.title);
    expect(summary.byline).toBe(fixture.truth.metadata.byline);
    expect(summary.publishedTime).toBe(fixture.truth.metadata.publishedTime);
  });
});
