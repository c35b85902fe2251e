import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One temporary root per run, removed at the end (see the file).
    globalSetup: ['test/helpers/temp-root.ts'],
    // The fake GitHub's OpenAPI violations are asserted after every test that drives one.
    setupFiles: ['test/helpers/fake-github/after-each.ts'],
  },
});
