/**
 * An option's value before the subcommand is no subcommand: `git -C services/api commit` runs `git commit` in
 * services/api. On main it was read as the subcommand `services/api`, so a hook that blocked the commit taught
 * "Run `ruff check` before `git -C services/api commit -m wip`" (the folder and the message in the lesson), the same
 * gate in two folders was two habits, and an option no table knows, right before a path, was shown without it
 * ("Run `mytool -o`, not `mytool build`"). End to end through the real readers, miners, offline engine and guards, in
 * three agents' formats, over programs, options and folders other than the probes'. Controls: a setting that switches
 * a check off (`git -c core.hooksPath=…`, `-c commit.gpgsign=false`) is an override, never a lesson; values that
 * differ across sessions agree on no command.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';
import type { Turn } from '../helpers/transcript-builders.js';

const run = (bash: string, out: string, exit = 0): Turn => ({ bash, out, exit, error: exit !== 0 });
const session = (format: Format, ...turns: Turn[]): WorldSession => ({
  format,
  turns: [{ user: 'The tide table rounds high water wrong; please fix it.' }, ...turns],
});
const HOOK = 'pre-commit hook failed (exit 1)\nruff check.............Failed\n- hook id: ruff\nFound 2 errors.';
/** The hook refuses `commit`, `check` runs, `retry` passes. */
const gate = (format: Format, commit: string, check: string, retry = commit): WorldSession =>
  session(format, run(commit, HOOK, 1), run(check, 'All checks passed!'), run(retry, '[main 4d5e6f7] wip'));
/** X worked, then failed; `fixed` worked. */
const fix = (format: Format, x: string, out: string, fixed: string): WorldSession =>
  session(format, run(x, 'ok'), run(x, out, 1), run(fixed, 'ok'));
const spans = (lines: readonly string[]) => lines.flatMap((l) => [...l.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? ''));

describe('a gate run with an option before its subcommand is the gate', () => {
  it.each<[string, WorldSession[], number]>([
    ['git -C a folder, Claude Code', [gate('claude', 'git -C services/api commit -m wip', 'ruff check')], 1],
    ['git --git-dir, Codex', [gate('codex', 'git --git-dir=.git --work-tree . commit -am wip', 'ruff check')], 1],
    ['git -C and a push, mini-swe-agent', [gate('mini-swe', 'git -C services/api push origin HEAD', 'ruff check')], 1],
    [
      'two folders are one habit (Claude Code and Codex)',
      [gate('claude', 'git -C services/api commit -m wip', 'ruff check'), gate('codex', 'git -C services/web commit -m wip', 'ruff check')],
      2,
    ],
  ])('%s', async (_, worlds, bar) => {
    const lines = await addedLines(worlds, bar);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Run `ruff check` before `git (?:commit|push)`/);
    expect(spans(lines).join(' ')).not.toMatch(/services|wip|-C/);
  });
});

describe("an option no table knows keeps the path before the program's first word", () => {
  it.each<[string, WorldSession, string]>([
    [
      'a long option, Claude Code',
      fix('claude', 'tidegen render', 'error: no output folder', 'tidegen --out-dir build/charts render'),
      'tidegen --out-dir build/charts render',
    ],
    [
      'a short option, Codex',
      fix('codex', 'chartc compile', 'chartc: missing schema', 'chartc -s schemas/tide.json compile'),
      'chartc -s schemas/tide.json compile',
    ],
  ])('%s', async (_, world, command) => {
    const lines = await addedLines([world], 1);
    expect(lines).toHaveLength(1);
    expect(spans(lines)).toContain(command);
    for (const s of spans(lines)) expect(s).not.toMatch(/ -[-\w]+$/);
  });
});

describe('controls', () => {
  it.each<[string, WorldSession]>([
    [
      'hooks pointed away, Claude Code',
      gate('claude', 'git commit -m wip', 'npm run build', 'git -c core.hooksPath=/dev/null commit -m wip'),
    ],
    [
      'signing switched off, Codex',
      fix(
        'codex',
        'git commit -m wip',
        'error: gpg failed to sign the data\nfatal: failed to write commit object',
        'git -c commit.gpgsign=false commit -m wip',
      ),
    ],
    [
      'a committer named for one run, mini-swe-agent',
      fix(
        'mini-swe',
        'git commit -m wip',
        'Author identity unknown\n*** Please tell me who you are.',
        'git -c user.email=ci@tide.dev commit -m wip',
      ),
    ],
  ])('a setting given with -c words no lesson: %s', async (_, world) => {
    expect(await addedLines([world], 1)).toEqual([]);
  });

  it('a folder that differs across sessions agrees on no command', async () => {
    const lines = await addedLines(
      [
        fix('claude', 'kubectl get pods', 'No resources found in default namespace.', 'kubectl -n qa get pods'),
        fix('codex', 'kubectl get pods', 'No resources found in default namespace.', 'kubectl -n prod get pods'),
      ],
      2,
    );
    expect(lines).toEqual([]);
  });
});
