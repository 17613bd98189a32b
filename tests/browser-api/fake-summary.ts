import type { PageSummary } from '@/utils/types';

export const fakeSummary = (overrides: Partial<PageSummary> = {}): PageSummary => ({
  url: 'https://news.example.com/a.html',
  title: 'A title',
  siteName: 'Example News',
  byline: null,
  publishedTime: null,
  lang: 'en',
  isArticle: true,
  wordCount: 200,
  readingMinutes: 1,
  text: 'Long article text that the cache does not keep.',
  keyPoints: [{ text: 'One point.', section: null }],
  whyItMatters: null,
  related: [],
  ...overrides,
});
