import type { PageSummary } from '@/utils/types';

/** A hand-written summary for component tests (not produced by the pipeline). */
export function sampleSummary(overrides: Partial<PageSummary> = {}): PageSummary {
  return {
    url: 'https://news.example.com/2025/07/outrage.html',
    title: 'Widespread Outrage After Images Shared in Telegram Groups',
    siteName: 'Global Pulse Daily',
    byline: null,
    publishedTime: '2025-07-31T10:00:00Z',
    lang: 'en',
    isArticle: true,
    wordCount: 480,
    readingMinutes: 3,
    text: 'irrelevant',
    keyPoints: [
      { text: 'A shocking scandal has ignited public fury.', section: 'How It Started' },
      { text: 'Telegram is blocked in China and only accessible via VPN.', section: 'Enforcement Challenges' },
      { text: 'Many users drew parallels to the Nth Room scandal.', section: null },
    ],
    whyItMatters: {
      title: 'Why This Matters',
      columns: ['Issue', 'Significance'],
      rows: [
        ['Non-consensual sharing', 'Violates privacy and dignity.'],
        ['Legal grey zones', 'Laws struggle to penalize recordings.'],
      ],
      origin: 'table',
    },
    related: [
      {
        title: 'Pioneering Nigeria’s Presence in Space',
        url: 'https://news.example.com/2025/07/space.html',
        source: 'Popular posts',
        group: 'topic',
      },
      {
        title: 'Atlanta United Signs Alzate',
        url: 'https://sports.example.org/alzate',
        source: 'Popular posts',
        group: 'topic',
      },
    ],
    ...overrides,
  };
}
