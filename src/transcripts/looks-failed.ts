/**
 * Output that opens like a failure, for formats with neither an error flag nor an exit code (opencode's bash, the
 * SWE-agent and OpenHands trajectories, SpecStory, Cline, console, Grok, Codex without one, the generic reader).
 */
import { runnerVerdict } from './runner-tally.js';
import { showsText, someStepShowsText, type OutputProducer } from './shows-text.js';

/**
 * A push a server refused opens "remote: error: ..." (a hook's or a ruleset's verdict). npm prints "npm error"
 * (npm 10) or "npm ERR!" lines only when a command fails; Windows PowerShell opens an error record with
 * where it happened ("At line:1 char:5", "At C:\\...\\script.ps1:7 char:4"), after the cmdlet's message when
 * there is one ("Get-Item : Cannot find path ..."). Codex's harness answers a call it could not start (its workdir
 * or program missing) with "execution error: Io(Os { code: 2, kind: NotFound, ... })" and no exit code. A linter's
 * tally of what it found ("✖ 3 problems") is its verdict; a tally of none is its all-clear.
 */
const LOOKS_FAILED =
  /^(?:(?:remote: )?error\b|execution error:|fatal:|failed to |Traceback \(most recent call last\)|apply_patch verification failed|(?:bash: )?\S*: command not found|Your proposed edit has introduced new syntax error|npm (?:error|ERR!) |ERR_PNPM_[A-Z0-9_]+\b|Usage Error: |[✖✗] [1-9]\d* problems?\b|(?:[^\n]* : [^\n]*\n)?At (?:line:\d+|[^\n]*?:\d+) char:\d+\b)/iu;

/**
 * A compiler's or checker's diagnostic: a source file, where in it, then "error" as the diagnostic's kind, however
 * the toolchain lays the place out: "a.c:3:5: error:" (gcc, clang, swift), "x.py:3: error:" (mypy),
 * "Foo.java:3: error:" (javac), "src/a.ts(14,3): error TS2322:" and "src/a.ts:14:3 - error TS2322:" (tsc, MSVC and
 * C# with their codes). The kind is followed by a colon or a code, so a file's line that merely says "error" (a grep
 * match "src/a.ts:14:  // error handling") is not one; the file has an extension and no colon in its name, so a
 * grep of a build log ("build.log:12:a.c:3:5: error: ...") is the log's text, not a verdict.
 */
const DIAGNOSTIC =
  /^(?:[A-Za-z]:[\\/])?[^\s:]*\.[A-Za-z]\w*(?::\d+(?::\d+)?(?::| -)|\(\d+(?:,\d+)?\):) (?:fatal )?error(?::|\[\w+\]:| [A-Z]+\d+:)/;

/**
 * Go's compiler and vet name no kind: under the package's header ("# example.com/app", "# app [app.test]") each
 * line is a file, line and column, then the message ("./main.go:9:2: undefined: foo"). The column, the single space
 * and a message right after it are the compiler's; a grep prints no column.
 */
const GO_DIAGNOSTIC = /^(?:# \S+(?: \[[^\]\n]+\])?\n)?[^\s:]*\.go:\d+:\d+: \S/;

/**
 * ESLint's default report: the file on a line of its own, then each problem indented under it as
 * "line:col  error  message  rule".
 */
const LINT_REPORT = /^[^\n]+\n[ \t]+\d+:\d+[ \t]+error[ \t]/;

/**
 * What a viewer prints when it fails itself, in formats that keep no exit code: the shell found no such program, the
 * harness could not start it, PowerShell raised an error record.
 */
const VIEWER_RUN_FAILED =
  /^(?:execution error:|(?:bash: )?\S*: command not found|(?:[^\n]* : [^\n]*\n)?At (?:line:\d+|[^\n]*?:\d+) char:\d+\b)/iu;

/** A viewer that words its own failure as a verdict (shows-text.ts, `voiced`): "Error: file not found", "fatal:". */
const VOICED_FAILED = /^(?:error\b|fatal:|failed to )/i;

/**
 * `producer`: what printed `text`, when the format says. A search's or a viewer's output (`grep -n error build.log`,
 * `tail -50 ci.log`, a file read tool) is the text it found or showed, so a diagnostic or an "error:" line in it is
 * the file's, not a verdict on the command (showsText): only the viewer's own failures count there, which a viewer
 * that names itself ("cat: a.log: No such file") never words as a diagnostic, an "error:" or a "fatal:".
 */
export function looksFailed(text: string, producer?: OutputProducer): boolean {
  const head = text.trimStart();
  const shown = producer && showsText(producer);
  if (shown) return VIEWER_RUN_FAILED.test(head) || (shown === 'voiced' && VOICED_FAILED.test(head));
  return LOOKS_FAILED.test(head) || DIAGNOSTIC.test(head) || GO_DIAGNOSTIC.test(head) || LINT_REPORT.test(head);
}

/** A tally of none ("✖ 0 problems") is a linter's all-clear in its failure's shape. */
export const NONE_FOUND = /^[✖✗]\s+0\s/u;

/** Of a long output, this much of its head and of its tail is judged line by line (kept-lines.ts keeps as much). */
const JUDGED_HEAD = 64 * 1024;
const JUDGED_TAIL = 16 * 1024;

/**
 * Whether a line after the first of a command's output shows the run failed, in formats that keep no exit code: the
 * output is read as the person at the terminal read it, a build or a linter printing its progress first and its
 * verdict after ("Failed to compile.", "✖ 80 problems", "npm ERR! …"), at a line's start. An indented line is part
 * of something longer (a stack, a quoted source line), and a command that shows files or matches (`cat`, `grep`,
 * `git log`) prints their text, whatever it says. A test runner's tally is its verdict (runner-tally.ts): one that
 * counts a failure fails the run, and one that says all passed vouches for the lines above it, the tests' own logs
 * ("Error: bad input" from a test of the error path); what follows it (npm's "npm ERR!", the next command) is
 * judged. `alsoFailed`: a format's own failure lines. A huge output is judged on its head and tail, as much as a
 * reader keeps of a block, so the work is bounded whatever the output.
 */
export function failsAfterFirstLine(out: string, opts: { command?: string | undefined; alsoFailed?: RegExp }): boolean {
  if (opts.command !== undefined && someStepShowsText(opts.command)) return false;
  const lines = judgedLines(out);
  const tally = runnerVerdict(lines);
  if (tally?.failed) return true;
  const from = tally ? tally.passedAt + 1 : 0;
  return lines.some(
    (line, i) => i >= from && !!line && !/^\s/.test(line) && !NONE_FOUND.test(line) && (looksFailed(line) || !!opts.alsoFailed?.test(line)),
  );
}

/** The lines after the first that are judged: all of them, or of a huge output those in its kept head and tail. */
function judgedLines(out: string): string[] {
  if (out.length <= JUDGED_HEAD + JUDGED_TAIL) return out.split('\n').slice(1);
  return [...out.slice(0, JUDGED_HEAD).split('\n').slice(1, -1), ...out.slice(-JUDGED_TAIL).split('\n').slice(1)];
}

/**
 * Whether a test runner tallied the run as passed below the output's first line (runner-tally.ts): its head, the
 * tests' own log, is then no verdict, however it opens ("Error: simulated outage" from a test of the error path).
 */
export function passedByRunner(out: string): boolean {
  return runnerVerdict(judgedLines(out))?.failed === false;
}

/**
 * Whether a command's whole output shows it failed, in formats that keep no exit code (Cline): its head
 * (looksFailed) unless a runner tallied a pass below it, or any later line (failsAfterFirstLine).
 */
export function outputFailed(out: string, producer: OutputProducer): boolean {
  return failsAfterFirstLine(out, producer) || (looksFailed(out, producer) && !passedByRunner(out));
}
