/**
 * A command's prose became memory: on main a failed `git push` fixed by a merge taught "Run `git merge --no-ff -m
 * merge_upstream_for_Ana` before `git push`", and a failed `gh issue create` "Run `gh issue create -R acme/almanac
 * --title Crash_for_Ana --body see_call`: plain …" — one session's message, title and body (a customer's name, a call)
 * told to every later session. Messages that differed across sessions left the lesson's command ending on `-m`, which
 * does not run. End to end through the real readers, miners, offline engine and guards, in three agents' formats,
 * with programs and options other than the ones the rule was written from (`git commit -m`, `gh pr create`). Controls:
 * an option that shapes the run keeps its value (`docker run -m 2g`), and the lesson itself is still proposed.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';
import type { Turn } from '../helpers/transcript-builders.js';

const run = (bash: string, out: string, exit = 0): Turn => ({ bash, out, exit, error: exit !== 0 });
const session = (format: Format, ...turns: Turn[]): WorldSession => ({
  format,
  turns: [{ user: 'The tide table rounds high water wrong; please fix it.' }, ...turns],
});
/** X failed, Y ran, X passed. */
const prereq = (format: Format, x: string, out: string, y: string) => session(format, run(x, out, 1), run(y, 'done'), run(x, 'ok'));
/** X worked, then failed; `fixed` worked. */
const fix = (format: Format, x: string, out: string, fixed: string) => session(format, run(x, 'ok'), run(x, out, 1), run(fixed, 'ok'));
const spans = (lines: readonly string[]) => lines.flatMap((l) => [...l.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? ''));
const PRIVATE = /Ana|Bob|Carol|Erin|acme_|wip|sync|snapshot|Release|hotfix|Rounds|see_call|Crash/;

describe("a lesson's command shows no session's prose", () => {
  it.each<[string, WorldSession[], number, RegExp]>([
    [
      'a merge message, Codex',
      [
        prereq(
          'codex',
          'git push origin main',
          'error: failed to push some refs',
          'git merge --no-ff -m merge_upstream_for_Ana origin/main',
        ),
      ],
      1,
      /^Run `git merge --no-ff` before `git push`/,
    ],
    [
      'two merge messages are one habit (Codex and Claude Code)',
      [
        prereq(
          'codex',
          'git push origin main',
          'error: failed to push some refs',
          'git merge --no-ff -m merge_upstream_for_Ana origin/main',
        ),
        prereq('claude', 'git push origin main', 'error: failed to push some refs', 'git merge --no-ff -m sync origin/main'),
      ],
      2,
      /^Run `git merge --no-ff` before `git push`/,
    ],
    [
      'a message as --message=, Codex',
      [prereq('codex', 'git push', 'error: src refspec main does not match any', 'git commit --message=initial-import-from-Erin')],
      1,
      /^Run `git commit` before `git push`/,
    ],
    [
      'a container snapshot message, Claude Code',
      [
        prereq(
          'claude',
          'docker run tide-dev pytest',
          'Unable to find image tide-dev:latest locally',
          'docker commit -m snapshot_before_Bob_demo web tide-dev',
        ),
      ],
      1,
      /^Run `docker commit` before/,
    ],
    [
      "an issue's title and body, mini-swe-agent",
      [
        fix(
          'mini-swe',
          'gh issue create --title Crash_for_Ana --body see_call',
          'could not determine base repository',
          'gh issue create -R acme/almanac --title Crash_for_Ana --body see_call',
        ),
      ],
      1,
      /^Run `gh issue create -R acme\/almanac`: plain `gh issue create` fails/,
    ],
    [
      "a version bump's message, Claude Code and Codex",
      [
        fix(
          'claude',
          'npm version patch -m Release_for_Carol',
          'npm ERR! Git working directory not clean.',
          'npm version patch --no-git-tag-version -m Release_for_Carol',
        ),
        fix(
          'codex',
          'npm version patch -m Release_for_Carol',
          'npm ERR! Git working directory not clean.',
          'npm version patch --no-git-tag-version -m Release_for_Carol',
        ),
      ],
      2,
      /^Run `npm version patch --no-git-tag-version`: plain `npm version patch` fails/,
    ],
    [
      "a merge request's description, Codex (its -R keeps its value)",
      [
        fix(
          'codex',
          'glab mr create --title Fix --description Rounds_half_up',
          'could not find any remote',
          'glab mr create -R acme/almanac --title Fix --description Rounds_half_up',
        ),
      ],
      1,
      /^Run `glab mr create -R acme\/almanac`: plain `glab mr create` fails/,
    ],
  ])('%s', async (_, worlds, bar, lesson) => {
    const lines = await addedLines(worlds, bar);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(lesson);
    for (const s of spans(lines)) {
      expect(s).not.toMatch(PRIVATE);
      expect(s).not.toMatch(/ (?:-m|--message|--title|--body|--description)$/);
    }
  });
});

describe('controls', () => {
  it("docker run's -m is memory, not a message: kept with its value (Claude Code)", async () => {
    const lines = await addedLines(
      [fix('claude', 'docker run tide-dev make chart', 'Killed: out of memory', 'docker run -m 2g tide-dev make chart')],
      1,
    );
    expect(spans(lines)).toContain('docker run -m 2g tide-dev make chart');
  });
});
