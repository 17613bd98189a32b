import { defineConfig } from 'vitest/config';

// Browser tests: the built extension (.output/chrome-mv3-e2e, `npm run build:e2e`) in real Chromium.
// One browser at a time: the machine has 2 cores.
export default defineConfig({
  resolve: { alias: { '@': import.meta.dirname } },
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    maxWorkers: 1,
    environment: 'node',
  },
});
