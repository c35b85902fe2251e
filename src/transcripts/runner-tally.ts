/**
 * A test runner's closing tally, in the runner's own line shape: its verdict on the run, which a format with no exit
 * code (Cline, SpecStory's Cursor terminal) keeps in the output. A run the runner tallied as passed printed its
 * tests' logs before the tally ("Error: bad input" from a test of the error path, a caught exception, Python
 * logging's "ERROR:root:…"), and those lines are not the run's verdict; a tally that counts a failure is one.
 */

/** Counts a tally states, the number before its word or after: a failure or error counted above zero fails it. */
const COUNTS_FAILURE = /\b[1-9]\d* (?:failed|failing|fail|failures?|errors?|errored)\b|\b(?:Failures|Errors|Failed|fail):?\s+[1-9]/;

/**
 * Tallies that state how many passed and failed on one line, by runner:
 * Jest "Tests:       1 failed, 11 passed, 12 total" (and "Test Suites:"); Vitest " Test Files  1 failed | 2 passed (3)",
 * "      Tests  5 passed (5)"; pytest "===== 1 failed, 11 passed in 0.61s =====" (and -q's bare "11 passed in 0.61s");
 * Mocha and Playwright "  12 passing (30ms)", "  11 passed (5.2s)"; cargo "test result: ok. 12 passed; 0 failed; …";
 * RSpec "12 examples, 0 failures"; dotnet "Passed!  - Failed:     0, Passed:    12, …"; Maven's surefire
 * "Tests run: 12, Failures: 0, Errors: 0, Skipped: 0"; node:test's "# pass 12" / "# fail 0" (TAP) and "ℹ fail 0";
 * Bun's "  0 fail"; Deno's "ok | 12 passed | 0 failed (30ms)".
 */
const COUNTED_TALLY =
  /^(?:Test(?:s| Suites):\s+(?:\d+ \w+, )*\d+ total\b|\s*(?:Test Files|Tests)\s{2,}\d+ \w+(?: \| \d+ \w+)* \(\d+\)|=+ (?:\d+ \w+(?:, \d+ \w+)*) in [\d.]+m?s\b.*=+|\d+ (?:passed|failed|errors?)(?:, \d+ \w+)* in [\d.]+m?s\b.*|\s*\d+ (?:passing|failing|passed|failed) \([\d.]+m?s\)|test result: (?:ok|FAILED)\. \d+ passed; \d+ failed;.*|\d+ examples?, \d+ failures?\b.*|(?:Passed|Failed)!\s+-\s+Failed:\s+\d+, Passed:\s+\d+.*|(?:\[\w+\] )?Tests run: \d+, Failures: \d+, Errors: \d+.*|# (?:pass|fail) \d+|ℹ (?:pass|fail) \d+|\s*\d+ fail|(?:ok|FAILED) \| \d+ passed(?: \(\d+ steps?\))? \| \d+ failed.*)\s*$/u;

/**
 * Lines a runner prints only when something failed: Jest's and Go's "FAIL <file or package>", Go's "--- FAIL:", a
 * bare "FAIL", Vitest's " Errors  1 error" (an unhandled error fails a run whose tests passed), unittest's
 * "FAILED (failures=1)", PHPUnit's "FAILURES!"/"ERRORS!", "BUILD FAILURE" (Maven) and "BUILD FAILED" (Gradle).
 */
const FAILURE_MARK =
  /^(?:FAIL(?:\s+\S.*)?|--- FAIL: .*|\s*Errors\s{2,}[1-9]\d* errors?\b.*|FAILED \((?:failures|errors|unexpected successes)=\d+.*|FAILURES!|ERRORS!|(?:\[\w+\] )?BUILD FAILURE|BUILD FAILED\b.*)\s*$/u;

/**
 * Lines a runner prints only when all passed, with no count of failures to read: Go's "ok  example.com/app 0.01s" and
 * bare "PASS", unittest's "OK" under its "Ran 12 tests in 0.003s", PHPUnit's "OK (12 tests, 30 assertions)", Maven's
 * "BUILD SUCCESS", Gradle's "BUILD SUCCESSFUL in 3s".
 */
const PASS_MARK = /^(?:ok\s+\S+\s+(?:[\d.]+m?s|\(cached\)).*|PASS|OK(?: \(.*\))?|(?:\[\w+\] )?BUILD SUCCESS|BUILD SUCCESSFUL\b.*)\s*$/u;

/** unittest's and PHPUnit's "OK" is a verdict only under the runner's count of what ran. */
const RAN_COUNT = /^(?:Ran \d+ tests? in [\d.]+s|OK \(\d+ tests?, \d+ assertions?\))\s*$/;

/**
 * The runner's verdict in `lines` (an output's lines, in order): `failed` when any tally counts a failure or any
 * line only a failing run prints is there (every runner of a chained command line must pass); else `passedAt`, the
 * index of the last tally that says all passed (the lines before it are the run's logs); undefined when no runner
 * tallied.
 */
export function runnerVerdict(lines: readonly string[]): { failed: true } | { failed: false; passedAt: number } | undefined {
  let passedAt = -1;
  let lastText = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    if (FAILURE_MARK.test(line)) return { failed: true };
    if (COUNTED_TALLY.test(line)) {
      if (COUNTS_FAILURE.test(line)) return { failed: true };
      passedAt = i;
    } else if (PASS_MARK.test(line) && (!/^OK\b/.test(line) || RAN_COUNT.test(line) || RAN_COUNT.test(lastText))) {
      passedAt = i;
    }
    lastText = line;
  }
  return passedAt >= 0 ? { failed: false, passedAt } : undefined;
}
