/**
 * A lesson quotes the command that worked; an option taking a value must keep it, or the lesson names a command that
 * does not run ("Run `pip install -r` before `pytest tests`"). End to end through the real readers, miners and
 * offline engine at one-session support (paraphrase-world.ts), in three agents' formats, over programs, options and
 * values other than the ones the rule was written from. Controls: options that take no value stay as they ran, and a
 * value of one machine (an absolute folder) words no lesson rather than a cut one.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';
import type { Turn } from '../helpers/transcript-builders.js';

/** A command and its output; a non-zero exit is an error in Claude Code's format too. */
const run = (bash: string, out: string, exit = 0): Turn => ({ bash, out, exit, error: exit !== 0 });
const session = (format: Format, ...turns: Turn[]): WorldSession => ({
  format,
  turns: [{ user: 'The tide table rounds high water wrong; please fix it.' }, ...turns],
});
/** X fails, Y runs, X works: Y is a prerequisite of X. */
const prereq = (format: Format, x: string, out: string, y: string): WorldSession =>
  session(format, run(x, out, 1), run(y, 'Successfully installed'), run(x, '12 passed'));
/** X fails, X' works: a fix. */
const fix = (format: Format, x: string, out: string, fixed: string): WorldSession =>
  session(format, run(x, 'ok'), run(x, out, 1), run(fixed, 'ok'));

/** Every code span of the added lines. */
const spans = (lines: readonly string[]) => lines.flatMap((l) => [...l.matchAll(/`([^`]+)`/g)].map((m) => m[1]));

describe('an option that takes a value keeps it in the lesson', () => {
  it.each<[string, WorldSession, string]>([
    [
      "pip's requirements file (Claude Code)",
      prereq('claude', 'pytest tests', "ModuleNotFoundError: No module named 'flask'", 'pip install -r requirements/dev.txt'),
      'pip install -r requirements/dev.txt',
    ],
    [
      "uv's requirements for one run (Codex)",
      fix(
        'codex',
        'uv run pytest',
        "ModuleNotFoundError: No module named 'hypothesis'",
        'uv run --with-requirements requirements-test.txt pytest',
      ),
      'uv run --with-requirements requirements-test.txt pytest',
    ],
    [
      "compose's file (mini-swe-agent)",
      prereq(
        'mini-swe',
        'pytest tests',
        'psycopg.OperationalError: connection refused',
        'docker compose -f deploy/compose.test.yml up -d db',
      ),
      'docker compose -f deploy/compose.test.yml up -d db',
    ],
    [
      "pip's requirements after an option that takes none (Codex)",
      prereq('codex', 'pytest tests', "ModuleNotFoundError: No module named 'flask'", 'pip install --user -r requirements.txt'),
      'pip install --user -r requirements.txt',
    ],
    [
      "make's folder (Claude Code)",
      fix('claude', 'make check', "make: *** No rule to make target `check'.  Stop.", 'make -C build/linux check'),
      'make -C build/linux check',
    ],
    [
      "cargo's manifest (Codex)",
      fix(
        'codex',
        'cargo test',
        'error: could not find `Cargo.toml` in `/home/dev/almanac` or any parent directory',
        'cargo test --manifest-path crates/tide/Cargo.toml',
      ),
      'cargo test --manifest-path crates/tide/Cargo.toml',
    ],
    [
      "pytest's config through python -m (mini-swe-agent)",
      fix(
        'mini-swe',
        'python -m pytest tests/unit',
        'ERROR: usage: __main__.py [options] [file_or_dir]\n__main__.py: error: unrecognized arguments: --cov',
        'python -m pytest -c config/pytest.ini tests/unit',
      ),
      'pytest -c config/pytest.ini',
    ],
    [
      "tsc's project (Claude Code)",
      fix(
        'claude',
        'npx tsc --noEmit',
        "error TS5057: Cannot find a tsconfig.json file at the specified directory: './'.",
        'npx tsc -p packages/tide/tsconfig.json --noEmit',
      ),
      'npx tsc -p packages/tide/tsconfig.json --noEmit',
    ],
  ])('%s', async (_, world, command) => {
    const lines = await addedLines([world], 1);
    expect(lines).toHaveLength(1);
    expect(spans(lines)).toContain(command);
  });

  it.each<[string, WorldSession]>([
    [
      "git's folder is the checkout's absolute path (Codex)",
      fix('codex', 'git status', 'fatal: not a git repository (or any of the parent directories): .git', 'git -C /srv/work/almanac status'),
    ],
    [
      "npm's prefix in a home folder (Claude Code)",
      fix(
        'claude',
        'npm test',
        'npm ERR! enoent ENOENT: no such file or directory, open package.json',
        'npm --prefix /home/dev/almanac/web test',
      ),
    ],
    [
      "pip's requirements in the run's temporary folder (mini-swe-agent)",
      prereq('mini-swe', 'pytest tests', "ModuleNotFoundError: No module named 'flask'", 'pip install -r /tmp/tmp.Q2x9/requirements.txt'),
    ],
  ])('a value of one machine words no lesson: %s', async (_, world) => {
    const lines = await addedLines([world], 1);
    // Never an option without its value: the lesson would not run.
    for (const s of spans(lines)) expect(s).not.toMatch(/(?:^| )(?:-C|--prefix|-r)$/);
    expect(lines).toEqual([]);
  });

  it.each<[string, WorldSession, string]>([
    [
      "a runner's option that takes no value, before a path (Claude Code)",
      fix('claude', 'pytest tests/', "ModuleNotFoundError: No module named 'tide'", 'uv run --frozen pytest tests/'),
      'uv run --frozen pytest',
    ],
    [
      "pip's editable install of the checkout (mini-swe-agent)",
      prereq('mini-swe', 'pytest tests', "ModuleNotFoundError: No module named 'tide'", 'pip install -e .'),
      'pip install -e .',
    ],
    ['an output-only option (Codex)', prereq('codex', 'npm test', "Error: Cannot find module 'vitest'", 'npm ci --silent'), 'npm ci'],
  ])('control: %s stays as it ran', async (_, world, command) => {
    const lines = await addedLines([world], 1);
    expect(lines).toHaveLength(1);
    expect(spans(lines)).toContain(command);
  });

  it.each<[string, WorldSession[]]>([
    [
      "pip's requirements, a file each (Claude Code, Codex)",
      [
        prereq('claude', 'pytest tests', "ModuleNotFoundError: No module named 'flask'", 'pip install -r requirements/dev.txt'),
        prereq('codex', 'pytest tests', "ModuleNotFoundError: No module named 'flask'", 'pip install -r requirements/test.txt'),
      ],
    ],
    [
      "pytest's config, a file each (Claude Code, Codex)",
      [
        fix(
          'claude',
          'pytest tests/unit',
          'ERROR: usage: pytest [options]\npytest: error: unrecognized arguments: --cov',
          'pytest -c config/pytest.ini tests/unit',
        ),
        fix(
          'codex',
          'pytest tests/unit',
          'ERROR: usage: pytest [options]\npytest: error: unrecognized arguments: --cov',
          'pytest -c ci/pytest.ini tests/unit',
        ),
      ],
    ],
  ])('sessions that agree on an option but not its value word no lesson: %s', async (_, worlds) => {
    expect(await addedLines(worlds, 1)).toEqual([]);
  });
});
