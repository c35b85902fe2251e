/**
 * What a command runs is told by the program it runs, also when another program carries it there or a project checks
 * in a wrapper for the tool. Round 20 (an Android widget's sessions) taught, at --min-support 1: "Run `adb shell
 * screencap -p`, not `adb shell am broadcast …`: it fails" (a refused broadcast, then a screenshot: two programs on the
 * device) and "Run `adb shell screencap -p`: plain `adb shell` fails" (the failed command was one quoted word,
 * `adb shell "pkill -f … && sleep 2"`); and `./gradlew test --tests X` failing, then `./gradlew assembleDebug` working,
 * was a fix (one family `gradlew` for every task). End to end through the real readers, miners, offline engine and
 * guards, in three agents' formats, over devices, programs and tasks other than round 20's. Controls: the same program
 * on the device run again with the option that made it work, and the same task run again with one, are still fixes.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';
import type { Turn } from '../helpers/transcript-builders.js';

const run = (bash: string, out: string, exit = 0): Turn => ({ bash, out, exit, error: exit !== 0 });
/**
 * `x` failed with `out`, then `next` worked, in one session of `format`. The user named `x` (as round 20's memory did),
 * so the provenance guard lets a lesson quoting it through: what is tested is whether the miners pair the two.
 */
const failedThen = (format: Format, x: string, out: string, next: string): WorldSession => ({
  format,
  turns: [
    { user: `The tide widget shows yesterday after midnight; please fix it. Check it with \`${x}\` when you test.` },
    run(x, out, 1),
    run(next, 'ok'),
  ],
});
const DENIED = 'Exception occurred while executing:\njava.lang.SecurityException: Permission Denial: not allowed from unknown caller';

describe('two programs on the device, or two tasks of one build, are no failure and its fix', () => {
  it.each<[string, WorldSession, string]>([
    [
      'a refused broadcast, then a screenshot (Claude Code)',
      failedThen(
        'claude',
        'adb shell am broadcast -a com.tide.REFRESH -n com.tide/.Widget',
        DENIED,
        'adb shell screencap -p /sdcard/tide.png',
      ),
      'screencap',
    ],
    [
      'a quoted command that failed, then a screenshot (Codex)',
      failedThen(
        'codex',
        'adb shell "killall -9 com.tide.launcher && sleep 1"',
        'killall: com.tide.launcher: Operation not permitted',
        'adb shell screencap -p /sdcard/after.png',
      ),
      'screencap',
    ],
    [
      'a serial before the subcommand, package manager then input (Codex)',
      failedThen(
        'codex',
        'adb -s emulator-5556 shell pm clear com.tide',
        'Error: java.lang.SecurityException: PID 123 does not have permission',
        'adb -s emulator-5556 shell input keyevent 3',
      ),
      'keyevent',
    ],
    [
      'a streamed screenshot, then a layout dump (Codex)',
      failedThen(
        'codex',
        'adb exec-out screencap -p -d 1',
        'Error: invalid display id 1\nexit status 1',
        'adb exec-out uiautomator dump /dev/tty',
      ),
      'uiautomator',
    ],
    [
      'an option the test task refuses, then the build (Codex)',
      failedThen(
        'codex',
        './gradlew test --tests TideTableTest',
        "FAILURE: Build failed with an exception.\n* What went wrong:\nProblem configuring task :app:test from command line.\n> Unknown command-line option '--tests'.",
        './gradlew assembleDebug',
      ),
      'assembleDebug',
    ],
    [
      "a wrapper's format check, then compiling (Claude Code)",
      failedThen(
        'claude',
        './mvnw spotless:check',
        '[ERROR] Failed to execute goal com.diffplug.spotless:spotless-maven-plugin:2.43.0:check: The following files had format violations',
        './mvnw compile -q',
      ),
      'compile',
    ],
  ])('%s', async (_, world, other) => {
    const lines = await addedLines([world], 1);
    expect(lines.filter((l) => l.includes(other))).toEqual([]);
  });

  it("round 20's shape in two sessions teaches nothing at the bar either", async () => {
    const lines = await addedLines(
      [
        failedThen('claude', 'adb shell am broadcast -a com.tide.REFRESH', DENIED, 'adb shell screencap -p /sdcard/a.png'),
        failedThen('codex', 'adb shell am broadcast -a com.tide.REFRESH', DENIED, 'adb shell screencap -p /sdcard/b.png'),
      ],
      2,
    );
    expect(lines).toEqual([]);
  });
});

describe('controls: the same program or task run again the way that works is still a fix', () => {
  it.each<[string, WorldSession, RegExp]>([
    [
      'the broadcast again, as the device owner (Claude Code)',
      failedThen('claude', 'adb shell am broadcast -a com.tide.REFRESH', DENIED, 'adb shell am broadcast --user 0 -a com.tide.REFRESH'),
      /--user 0/,
    ],
    [
      'the build again, without the daemon (Codex)',
      failedThen('codex', './gradlew assembleDebug', 'Gradle build daemon disappeared unexpectedly', './gradlew assembleDebug --no-daemon'),
      /--no-daemon/,
    ],
  ])('%s', async (_, world, fix) => {
    const lines = await addedLines([world], 1);
    expect(lines.some((l) => fix.test(l))).toBe(true);
  });
});
