import { defineConfig } from 'vitest/config';

// Browser tests in Firefox: the built Firefox extension (.output/firefox-mv3-e2e and .output/firefox-mv3,
// `npm run build && npm run build:e2e`) in real Firefox ESR, driven over WebDriver BiDi by puppeteer-core.
// One browser at a time: the machine has 2 cores.
export default defineConfig({
  resolve: { alias: { '@': import.meta.dirname } },
  test: {
    include: ['tests/e2e-firefox/**/*.spec.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    maxWorkers: 1,
    environment: 'node',
  },
});
