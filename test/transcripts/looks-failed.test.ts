/**
 * Output that opens like a failure, for formats with neither an error flag nor an exit code (transcripts/builder.ts
 * looksFailed, used by the SpecStory, Cline, console, trajectory, Grok, Codex and generic readers). npm 10 prints
 * "npm error" lines (older npm "npm ERR!") only when a command failed, pnpm an "ERR_PNPM_…" code and yarn 2+ a "Usage
 * Error:" (a script it does not have: round 25's opencode export, whose bash outputs carry no exit code); Windows
 * PowerShell opens an error record with where it happened; a push the server refused opens "remote: error:".
 */
import { describe, expect, it } from 'vitest';
import { looksFailed } from '../../src/transcripts/looks-failed.js';

describe('looksFailed', () => {
  it.each([
    'npm error code ENOENT\nnpm error syscall open\nnpm error path /package.json',
    'npm error Missing script: "type-check"',
    'npm ERR! missing script: build',
    ' ERR_PNPM_NO_SCRIPT  Missing script: check-types\n\nCommand "check-types" not found.',
    ' ERR_PNPM_RECURSIVE_EXEC_FIRST_FAIL  Command "vitest" not found',
    'Usage Error: Couldn\'t find a script named "e2e".\n\n$ yarn run [--inspect] <scriptName> ...',
    "At C:\\Users\\dev\\AppData\\Local\\Temp\\ps-script-1a2b.ps1:7 char:39\n+ cd app && npm test\nThe token '&&' is not a valid statement separator in this version.",
    "At line:1 char:4\n+ for /f \"tokens=5\" %a in (x) do taskkill /PID %a\nMissing opening '(' after keyword 'for'.",
    "Remove-Item : Cannot find path 'C:\\app\\dist' because it does not exist.\nAt line:1 char:1\n+ Remove-Item dist -Recurse",
    'remote: error: GH013: Repository rule violations found for refs/heads/main.',
    // Codex could not start the call (round 14: a workdir that did not exist); the same for a missing program.
    'execution error: Io(Os { code: 2, kind: NotFound, message: "No such file or directory" })',
    'execution error: Io(Os { code: 13, kind: PermissionDenied, message: "Permission denied" })',
  ])('fails: %s', (text) => {
    expect(looksFailed(text)).toBe(true);
  });

  it.each([
    'npm warn deprecated inflight@1.0.6: This module is not supported\nadded 710 packages in 14s',
    'up to date, audited 863 packages in 7s\nfound 0 vulnerabilities',
    'At the moment: 3 open items, char limit 80',
    'Meeting notes\nAt 10:30 char review, then lunch',
    'remote: Create a pull request for feature/x on GitHub by visiting:\nremote:   https://github.com/o/r/pull/new/feature/x',
    'Mode  LastWriteTime  Length Name\n----  -------------  ------ ----\n-a--- 12/10/2025 18:58  1024 app.ts',
    'execution errors are logged to logs/exec.log\nstarted 3 workers',
    'Lockfile is up to date, resolution step is skipped\nAlready up to date\nDone in 812ms using pnpm v9.12.0',
    'Usage: vite [options]\n  --host  specify hostname',
    'Scope: all 4 workspace projects\nERR_PNPM_ codes are listed at https://pnpm.io/errors',
  ])('does not fail: %s', (text) => {
    expect(looksFailed(text)).toBe(false);
  });
});
