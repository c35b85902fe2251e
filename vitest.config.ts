import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One worker per core. Vitest's default leaves a core for itself (one worker on a 2-core runner), but most of
    // this suite's time is spent waiting on the git and node processes its tests start: a full run used 903 s of
    // CPU against 679 s of wall time with one worker.
    maxWorkers: availableParallelism(),
    // One temporary root per run, removed at the end (see the file).
    globalSetup: ['test/helpers/temp-root.ts'],
    // The fake GitHub's OpenAPI violations are asserted after every test that drives one.
    setupFiles: ['test/helpers/fake-github/after-each.ts'],
  },
});
