import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // CLI tests spawn real processes; two cores, so keep files from fighting for them.
    fileParallelism: true,
    maxWorkers: 2,
    // Test files share a worker's module graph instead of importing it again per file (about a
    // third of the suite's time was imports); no test mocks modules or relies on fresh module state.
    isolate: false,
  },
});
