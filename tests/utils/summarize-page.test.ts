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

describe("summarizePage: key points beside the page's own why-this-matters paragraphs", () => {
  const story = [
    'The city council approved a new ferry route between the harbour and the island on Tuesday evening.',
    'Why it matters: The island has had no direct ferry since the old pier closed eleven years ago.',
    'The new boats will carry up to 120 passengers and twenty bicycles on each crossing of the bay.',
    'What’s next: The first sailing is planned for the second week of May, weather permitting.',
    'The harbour master said the crossing would take about twenty-five minutes in calm water.',
    'Tickets will cost the same as a bus fare, and children under twelve will travel free of charge.',
    'Residents of the island have campaigned for the route at every council meeting since 2019.',
    'The council will review the timetable after the first summer, when it has numbers on ridership.',
  ];
  const doc = (): Document =>
    documentFromHtml(
      `<html lang="en"><head><title>Council approves island ferry</title></head><body><article><h1>Council approves island ferry</h1>${story
        .map((s) => `<p>${s}</p>`)
        .join('')}</article></body></html>`,
    );

  it('shows the labelled paragraphs in the table and does not repeat them as key points', () => {
    const summary = summarizePage(doc(), 'https://news.example.com/2025/04/island-ferry', { points: 5 });
    expect(summary.whyItMatters?.origin).toBe('labelled');
    const rows = summary.whyItMatters!.rows.map((row) => row[row.length - 1]!);
    expect(rows.some((r) => r.startsWith('The island has had no direct ferry'))).toBe(true);
    expect(summary.keyPoints.length).toBeGreaterThanOrEqual(4);
    for (const point of summary.keyPoints) {
      expect(point.text).not.toMatch(/^(Why it matters|What’s next):/);
      for (const row of rows) expect(row).not.toContain(point.text);
    }
  });
});
