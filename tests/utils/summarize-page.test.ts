import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { summarizePage } from '@/utils/summarize-page';
import { documentFromHtml } from '@/scripts/lib/load-document';

describe('summarizePage', () => {
  it('keeps table cells apart and reads the why-it-matters table', () => {
    const { document } = parseHTML(`<html lang="en"><head><title>Test story</title></head><body><article>
      <h1>Test story</h1>
      <p>The first paragraph explains what happened in the city council meeting on Tuesday evening.</p>
      <p>The second paragraph gives the reaction of residents who attended the long meeting downtown.</p>
      <h2>Why this matters</h2>
      <table><tr><th>Issue</th><th>Significance</th></tr><tr><td>Budget</td><td>Taxes may rise next year.</td></tr></table>
    </article></body></html>`);
    const summary = summarizePage(document as unknown as Document, 'https://example.com/story');
    expect(summary.text).not.toContain('IssueSignificance');
    expect(summary.whyItMatters?.columns).toEqual(['Issue', 'Significance']);
    expect(summary.whyItMatters?.rows).toEqual([['Budget', 'Taxes may rise next year.']]);
  });
});

describe('summarizePage: related links', () => {
  it('leaves out a link back to the story itself (same title, another address)', () => {
    const prose =
      '<p>The harbour budget grew by a third this year, the council said on Tuesday after a long debate.</p>'.repeat(8);
    const doc = documentFromHtml(
      `<html><head><title>Harbour budget grows by a third</title></head><body><article><h1>Harbour budget grows by a third</h1>${prose}</article>` +
        `<aside><h2>Related stories</h2><ul><li><a href="https://news.example.com/2025/11/harbour-budget-grows">Harbour budget grows by a third</a></li>` +
        `<li><a href="https://news.example.com/2025/10/ferry-fares-rise">Ferry fares rise for the first time in a decade</a></li></ul></aside></body></html>`,
    );
    const summary = summarizePage(doc, 'http://127.0.0.1:8080/harbour/', { points: 3 });
    expect(summary.title).toBe('Harbour budget grows by a third');
    expect(summary.related.map((r) => r.title)).toEqual(['Ferry fares rise for the first time in a decade']);
  });
});
