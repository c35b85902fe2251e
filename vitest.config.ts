import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One worker per core. Vitest's default leaves a core for itself (one worker on a 2-core runner), which left
    // the second core idle for much of a run: one worker used 903 s of CPU in 679 s of wall time (the git and node
    // processes the tests start run beside it), and two cut the same run's tests to 450 s.
    maxWorkers: availableParallelism(),
    // One temporary root per run, removed at the end (see the file).
    globalSetup: ['test/helpers/temp-root.ts'],
    // The fake GitHub's OpenAPI violations are asserted after every test that drives one.
    setupFiles: ['test/helpers/fake-github/after-each.ts'],
  },
});
