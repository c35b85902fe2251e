/**
 * A test runner's tally is its verdict on the run, in formats with no exit code (Cline's three files, SpecStory's
 * Cursor terminal). A run the runner tallied as passed prints its tests' logs above the tally, and those may name an
 * error at a line's start ("Error: bad input" from a test of the error path, Python logging's "ERROR:root:…",
 * unittest's expected-failure noise): on main any such line read the run as failed. A tally that counts a failure
 * fails the run even when no line names an error, and what follows a passing tally (npm's own verdict, the next
 * command of a chain) is still judged. Outputs written for this test in each runner's documented summary shape.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clineCommandFiles, verdicts } from './cline-command-files.js';
import { noExitFormats } from './no-exit-formats.js';

const dir = mkdtempSync(join(tmpdir(), 'runner-tally-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs that passed by their runner's tally, with an unindented line naming an error printed by a test. */
const PASSED: [string, string][] = [
  [
    'npx vitest run',
    ' RUN  v2.1.4 /home/dev/shop\n\nstderr | src/cart.test.ts > cart > rejects a negative quantity\nError: quantity must be positive\n\n ✓ src/cart.test.ts (4 tests) 12ms\n\n Test Files  1 passed (1)\n      Tests  4 passed (4)\n   Start at  09:14:02\n   Duration  412ms',
  ],
  [
    'npx jest',
    'PASS src/api.test.ts\n  api\n    ✓ retries on 503 (14 ms)\n\nerror: upstream answered 503, retrying\n\nTest Suites: 1 passed, 1 total\nTests:       3 passed, 3 total\nSnapshots:   0 total\nTime:        1.02 s',
  ],
  [
    'python -m pytest -q',
    '..........                                                               [100%]\nERROR:shop.payments:card declined (expected in test_declined)\n10 passed in 0.53s',
  ],
  [
    'pytest tests/test_sync.py',
    '============================= test session starts ==============================\ncollected 6 items\n\ntests/test_sync.py ......                                                [100%]\n\n----------------------------- Captured log call ------------------------------\nERROR    sync:sync.py:41 remote refused the batch, will retry\n============================== 6 passed, 1 warning in 0.21s ===============================',
  ],
  [
    'cargo test',
    '   Compiling shop v0.1.0 (/home/dev/shop)\n    Finished test [unoptimized + debuginfo] target(s) in 1.20s\n     Running unittests src/lib.rs\n\nrunning 3 tests\nError: parse failure handled\ntest parse::rejects_empty ... ok\n\ntest result: ok. 3 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s',
  ],
  ['go test ./...', 'error: config file missing, using defaults\nPASS\nok  \texample.com/shop/cart\t0.012s'],
  [
    'python -m unittest',
    'error: could not open socket (simulated)\n..\n----------------------------------------------------------------------\nRan 2 tests in 0.003s\n\nOK',
  ],
  [
    'npm test',
    '\n> shop@1.0.0 test\n> mocha\n\nError: ECONNREFUSED handled by the retry\n  client\n    ✔ reconnects\n\n  1 passing (30ms)\n',
  ],
  [
    'bundle exec rspec',
    'Error: stubbed network failure\n.....\n\nFinished in 0.04 seconds (files took 0.3 seconds to load)\n5 examples, 0 failures',
  ],
  [
    'dotnet test',
    'Error: sample log line from a test\nPassed!  - Failed:     0, Passed:    12, Skipped:     0, Total:    12, Duration: 85 ms - Shop.Tests.dll (net8.0)',
  ],
];

/** Runs that failed: by their tally alone, or by what followed a passing tally, or with no tally at all. */
const FAILED: [string, string][] = [
  [
    'npx jest',
    'FAIL src/cart.test.ts\n  ● cart › totals\n\n    expect(received).toBe(expected)\n\nTests:       1 failed, 11 passed, 12 total',
  ],
  ['npx vitest run', ' ❯ src/cart.test.ts (4 tests | 1 failed) 12ms\n\n Test Files  1 failed (1)\n      Tests  1 failed | 3 passed (4)'],
  ['npx vitest run', ' ✓ src/cart.test.ts (4 tests) 12ms\n\n Test Files  1 passed (1)\n      Tests  4 passed (4)\n     Errors  1 error\n'],
  [
    'pytest',
    '.F.\n=================================== FAILURES ===================================\n=========================== 1 failed, 2 passed in 0.31s ===========================',
  ],
  ['go test ./...', '--- FAIL: TestTotals (0.00s)\n    cart_test.go:12: got 3, want 4\nFAIL\nFAIL\texample.com/shop/cart\t0.011s'],
  [
    'cargo test',
    'running 2 tests\ntest a ... ok\ntest b ... FAILED\n\ntest result: FAILED. 1 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out',
  ],
  [
    'python -m unittest',
    'F.\n----------------------------------------------------------------------\nRan 2 tests in 0.003s\n\nFAILED (failures=1)',
  ],
  ['bundle exec rspec', '..F..\n\n5 examples, 1 failure'],
  ['mvn test', '[INFO] Tests run: 12, Failures: 1, Errors: 0, Skipped: 0\n[INFO] BUILD FAILURE'],
  // A passing tally, then npm's own verdict (a coverage threshold missed): what follows the tally is judged.
  [
    'npm test',
    '\n> shop@1.0.0 test\n> jest --coverage\n\nTests:       12 passed, 12 total\nJest: "global" coverage threshold for lines (80%) not met: 71%\nnpm error Lifecycle script `test` failed with error:\nnpm error code 1',
  ],
  // The tests passed, the next command of the chain failed.
  [
    'npm test && npm run build',
    "\n> shop@1.0.0 test\n> vitest run\n\n Test Files  1 passed (1)\n\n> shop@1.0.0 build\n> tsc\n\nsrc/cart.ts(14,3): error TS2322: Type 'string' is not assignable to type 'number'.",
  ],
  // No runner's tally: an error line is still the verdict.
  ['node scripts/seed.js', 'Seeding 12 rows...\nError: duplicate key value violates unique constraint "users_email_key"'],
  ['npm run build', '> shop@1.0.0 build\n> vite build\n\nerror during build:\nError: Could not resolve "./cart"'],
];

describe.each(clineCommandFiles(dir))('%s', (_, write) => {
  it.each(PASSED)("`%s`: the runner tallied a pass, so a test's error log is no verdict", async (command, out) => {
    expect(await verdicts(write(command, out))).toEqual([true]);
  });
  it.each(FAILED)('`%s` failed: a failure', async (command, out) => {
    expect(await verdicts(write(command, out))).toEqual([false]);
  });
});

describe("SpecStory's Cursor terminal", () => {
  const { cursor } = noExitFormats({ dir, ask: 'run the tests' });
  it.each(PASSED)('`%s`: passed', async (command, out) => {
    expect(await cursor(command, out)).toEqual([true]);
  });
  it.each(FAILED)('`%s`: failed', async (command, out) => {
    expect(await cursor(command, out)).toEqual([false]);
  });
});
