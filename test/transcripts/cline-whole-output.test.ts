/**
 * Cline's XML-era command results keep no exit code ("Command executed.\nOutput:\n…"), so the output is the only
 * verdict. Only its head was judged, but a build, a test runner or a linter prints its progress first and its verdict
 * after: `npm run build` opens with "> app@1.0.0 build", so a build that failed read as a success. The whole output
 * is now judged line by line as the other terminal readers judge it (looks-failed.ts failsAfterFirstLine), its head
 * and tail when it is huge, in the Markdown export, the API history and the UI messages alike. Indented lines (a
 * stack, a quoted source line), tallies of none and what a viewer printed stay successes. Outputs written for this
 * test in each tool's documented shape.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clineCommandFiles, verdicts } from './cline-command-files.js';

const dir = mkdtempSync(join(tmpdir(), 'cline-whole-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FAILED: [string, string][] = [
  [
    'npm run build',
    '> shop@1.0.0 build\n> vite build\n\nvite v5.4.2 building for production...\ntransforming (212) src/main.ts\nerror during build:\nError: Could not resolve "./cart" from "src/main.ts"',
  ],
  [
    'npm test',
    '> shop@1.0.0 test\n> jest\n\nFAIL src/cart.test.ts\n  ● cart › totals\n\n    expect(received).toBe(expected)\n\nTests: 1 failed, 11 passed, 12 total\nnpm error Lifecycle script `test` failed with error:\nnpm error code 1',
  ],
  [
    'npm run typecheck',
    "\n> shop@1.0.0 typecheck\n> tsc --noEmit\n\nsrc/cart.ts(14,3): error TS2322: Type 'string' is not assignable to type 'number'.",
  ],
  [
    'python manage.py migrate',
    'Operations to perform:\n  Apply all migrations: admin, auth, shop\nRunning migrations:\nTraceback (most recent call last):\n  File "manage.py", line 22, in <module>\ndjango.db.utils.OperationalError: no such table: shop_cart',
  ],
  [
    'git push origin main',
    "To github.com:dev/shop.git\n ! [remote rejected] main -> main (protected branch hook declined)\nerror: failed to push some refs to 'github.com:dev/shop.git'",
  ],
  [
    'pnpm lint',
    "\n> shop@1.0.0 lint /home/dev/shop\n> eslint src\n\n/home/dev/shop/src/cart.js\n  3:7  error  'total' is assigned a value but never used  no-unused-vars\n\n✖ 1 problem (1 error, 0 warnings)",
  ],
  ['go build ./...', 'go: downloading github.com/dev/money v1.2.0\n# example.com/shop/cart\n./cart.go:9:2: undefined: priceOf'],
  // Megabytes of progress, the verdict at the very end: judged on the kept tail.
  ['npm run e2e', `> shop@1.0.0 e2e\n${'  ✓ step passed\n'.repeat(20_000)}npm ERR! code ELIFECYCLE\nnpm ERR! errno 1`],
];

const PASSED: [string, string][] = [
  [
    'npm run build',
    '> shop@1.0.0 build\n> vite build\n\nvite v5.4.2 building for production...\n✓ 212 modules transformed.\nbuilt in 2.31s',
  ],
  [
    'npm test',
    '> shop@1.0.0 test\n> jest\n\nPASS src/cart.test.ts\n  cart\n    ✓ reports error: bad input (3 ms)\n    Error: thrown on purpose, caught by the test\n\nTests: 12 passed, 12 total',
  ],
  ['pnpm lint', '\n> shop@1.0.0 lint /home/dev/shop\n> eslint src\n\n✖ 0 problems'],
  ['npx tsc --noEmit', '\nFound 0 errors. Watching for file changes.'],
  // A viewer's later lines are the file's.
  [
    'cat logs/build.txt',
    "[08:14:02] build started\nsrc/cart.ts(14,3): error TS2322: Type 'string' is not assignable to type 'number'.\nerror during build:",
  ],
  ['cd app && grep -n "ERR" ci.log', '12:npm ERR! code ELIFECYCLE\nnpm ERR! errno 1'],
];

describe.each(clineCommandFiles(dir))('%s', (_, write) => {
  it.each(FAILED)('`%s` failed after its progress: a failure', async (command, out) => {
    expect(await verdicts(write(command, out))).toEqual([false]);
  });
  it.each(PASSED)('`%s` passed: a success', async (command, out) => {
    expect(await verdicts(write(command, out))).toEqual([true]);
  });
});
