/**
 * A compiler's or checker's diagnostic at the head of a command's output is its verdict, in formats that keep no
 * exit code (opencode's bash output, SWE-agent trajectories, SpecStory's Cursor terminal): the file, where in it,
 * then "error" as the diagnostic's kind, however the toolchain lays the place out, Go's compiler (which names no
 * kind) under its package header, and ESLint's report (the file on its own line, its problems indented under it).
 * Before, only a line opening with "error" counted, so `tsc`, `go build`, `gcc`, `mypy`, `javac` and `eslint` runs
 * that failed read as successes. The outputs are written for this test in each tool's documented shape.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { looksFailed } from '../../src/transcripts/looks-failed.js';
import { noExitFormats } from './no-exit-formats.js';

const FAILED: [string, string][] = [
  ['tsc', "src/cart.ts(14,3): error TS2322: Type 'string' is not assignable to type 'number'."],
  ['tsc --pretty', "src/cart.ts:14:3 - error TS2322: Type 'string' is not assignable to type 'number'.\n\n14   total = '3';"],
  ['tsc in a route group', "app/(auth)/login/page.tsx(3,10): error TS2304: Cannot find name 'useSession'."],
  ['C# on Windows', "C:\\build\\App\\Program.cs(12,17): error CS0103: The name 'cfg' does not exist in the current context"],
  ['MSVC', "main.cpp(3): error C2065: 'count': undeclared identifier"],
  ['go build', '# example.com/shop/cart\n./cart.go:9:2: undefined: priceOf\n./cart.go:12:9: too many return values'],
  [
    'go test',
    '# example.com/shop [example.com/shop.test]\ninternal/cart/cart_test.go:21:5: undefined: newCart\nFAIL\texample.com/shop [build failed]',
  ],
  ['go vet without a header', './main.go:31:2: fmt.Printf format %d has arg name of wrong type string'],
  ['rustc', 'error[E0308]: mismatched types\n --> src/main.rs:4:5\n  |\n4 |     "four"\n  |     ^^^^^^ expected `u32`, found `&str`'],
  ['gcc', "parse.c:3:5: error: implicit declaration of function 'strlcpy'"],
  ['clang, a missing header', "src/io.c:1:10: fatal error: 'uv.h' file not found\n#include <uv.h>"],
  ['swiftc', "Sources/App/main.swift:7:13: error: cannot find 'config' in scope"],
  [
    'mypy',
    'app/models.py:42: error: Incompatible return value type (got "str", expected "int")  [return-value]\nFound 1 error in 1 file (checked 12 source files)',
  ],
  ['javac', 'src/main/java/Shop.java:3: error: cannot find symbol\n    Cart cart = new Cart();\n    ^'],
  [
    'eslint',
    "\n/home/dev/shop/src/cart.js\n  3:7  error  'total' is assigned a value but never used  no-unused-vars\n\n✖ 1 problem (1 error, 0 warnings)",
  ],
  [
    'eslint, the tally alone (a piped tail)',
    '✖ 12 problems (9 errors, 3 warnings)\n  5 errors and 0 warnings potentially fixable with the `--fix` option.',
  ],
];

const PASSED: [string, string][] = [
  ['a grep match on an error comment', 'src/cart.ts:14:  // error handling for an empty cart'],
  ['a grep match with a column on Go code', 'cart.go:9:2:\treturn priceOf(item)'],
  ['a grep of a build log', 'build.log:12:parse.c:3:5: error: implicit declaration of function'],
  ['a grep of one file (no file name)', '12:parse.c:3:5: error: implicit declaration'],
  ['a grep match naming an error class', 'src/errors.ts:10: export class ValidationError extends Error {'],
  ['a clean type check', 'Found 0 errors. Watching for file changes.'],
  ['a count of none', '0 errors, 0 warnings'],
  ['a linter tally of none', '✖ 0 problems'],
  ['a compiler warning', "parse.c:3:5: warning: unused variable 'n' [-Wunused-variable]"],
  ['an ESLint warning', "/home/dev/shop/src/cart.js\n  3:7  warning  'total' is assigned a value but never used  no-unused-vars"],
  ['a mypy note', 'app/models.py:42: note: error handling is documented in errors.md'],
  ['a passing test named for errors', '✓ src/error.test.ts > reports error: bad input (3ms)'],
  ['pytest ids with error in their names', 'tests/test_error.py::test_error_message PASSED\ntests/test_error.py::test_error_code PASSED'],
];

describe('looksFailed reads a diagnostic at the head as a failure', () => {
  it.each(FAILED)('%s', (_, text) => {
    expect(looksFailed(text)).toBe(true);
  });
  it.each(PASSED)('not: %s', (_, text) => {
    expect(looksFailed(text)).toBe(false);
  });
});

const dir = mkdtempSync(join(tmpdir(), 'compiler-diagnostics-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const READERS = noExitFormats({ dir, ask: 'fix the build' });

describe.each(Object.entries(READERS))('%s', (_, read) => {
  it.each([
    ['npx tsc --noEmit', FAILED[0]![1]],
    ['go build ./...', FAILED[5]![1]],
    ['gcc -c parse.c', FAILED[9]![1]],
    ['mypy app', FAILED[12]![1]],
    ['javac -d out src/main/java/Shop.java', FAILED[13]![1]],
    ['npx eslint src', FAILED[14]![1]],
  ])('a failed %s reads as failed', async (command, output) => {
    expect(await read(command, output)).toEqual([false]);
  });

  it.each([
    ['npx tsc --noEmit', 'Found 0 errors. Watching for file changes.'],
    ['gcc -Wall -c parse.c', PASSED[8]![1]],
    ['npx eslint src', PASSED[9]![1]],
  ])('a passing %s reads as passed', async (command, output) => {
    expect(await read(command, output)).toEqual([true]);
  });
});
