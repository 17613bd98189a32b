import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { summarizePage } from '@/utils/summarize-page';

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
