import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // CLI tests spawn real processes; two cores, so keep files from fighting for them.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
