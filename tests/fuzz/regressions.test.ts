import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../scripts/lib/load-document';
import { summarizePage } from '../../utils/summarize-page';

// Minimal inputs the fuzzer found (npm run fuzz -- --runs 100 --seed 20251125 --full), kept as tests.
describe('fuzzer regressions', () => {
  it('drops an ISO-shaped publication date that is not a real date (2025-13-45)', () => {
    const html = `<!doctype html><html><head><meta property="article:published_time" content="2025-13-45"></head><body><article><p>The council approved the harbour budget after a long debate on Tuesday night.</p><p>Residents said the new ferry terminal would change how the waterfront is used.</p><p>Engineers warned the sea wall needs repairs before the winter storms arrive.</p></article></body></html>`;
    const summary = summarizePage(documentFromHtml(html), 'https://example.com/harbour');
    expect(summary.publishedTime).toBeNull();
    expect(summary.text).toContain('harbour budget');
  });
});
