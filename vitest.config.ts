import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The browser suite starts a server and Chromium of its own: keep it to one file at a time.
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
  },
});
