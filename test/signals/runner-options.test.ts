/**
 * A runner's own options (`uv run --python 3.12 pytest`, `poetry run -C api pytest`) and interpreters named by
 * version, path or Windows' launcher (`/usr/bin/python3.12 -m pytest`, `.venv/bin/python -m pytest`, `py -3.12 -m
 * pytest`): the program that runs is still the one after them. Read as the program, `--python` (or `3.12`) was
 * what "ran", and a fix through the runner was a fix of a program called `--python`.
 */
import { describe, expect, it } from 'vitest';
import { mineSession, type MiningContext } from '../../src/signals/mine.js';
import { commandFamily, parseCommand } from '../../src/signals/command.js';
import { lessonCommand } from '../../src/signals/command-display.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import type { AgentKind } from '../../src/model/index.js';
import { session, type Step } from './session-builder.js';

const shape = (line: string) => {
  const s = parseCommand(line);
  if (!s) throw new Error(`no command in ${line}`);
  return s;
};

describe('the program after a runner and its options', () => {
  it.each([
    ['uv run --python 3.12 pytest -q', 'pytest', 'uv run --python 3.12', 'uv run --python 3.12 pytest'],
    [
      'uv run -p 3.11 --with pytest-cov pytest tests/unit',
      'pytest',
      'uv run -p 3.11 --with pytest-cov',
      'uv run -p 3.11 --with pytest-cov pytest',
    ],
    ['uv run --frozen ruff check', 'ruff', 'uv run --frozen', 'uv run --frozen ruff check'],
    ['uv run --python=3.13 mypy src', 'mypy', 'uv run --python=3.13', 'uv run --python=3.13 mypy src'],
    ['poetry run -C api pytest', 'pytest', 'poetry run -C api', 'poetry run -C api pytest'],
    ['pnpm exec --filter web vitest run', 'vitest', 'pnpm exec --filter web', 'pnpm exec --filter web vitest run'],
  ])('%s', (line, program, via, lesson) => {
    const s = shape(line);
    expect([s.program, s.via, commandFamily(s), lessonCommand(s)]).toEqual([program, [via], program, lesson]);
  });

  it.each([
    ['/usr/bin/python3.12 -m pytest -x', '/usr/bin/python3.12 -m', '/usr/bin/python3.12 -m pytest'],
    ['.venv/bin/python -m pytest', '.venv/bin/python -m', '.venv/bin/python -m pytest'],
    ['venv/Scripts/python.exe -m black --check', 'venv/Scripts/python.exe -m', 'venv/Scripts/python.exe -m black --check'],
    ['py -3.12 -m pytest', 'python -m', 'py -3.12 -m pytest'],
    ['py -m mypy', 'python -m', 'py -m mypy'],
  ])('an interpreter by path or launcher: %s', (line, via, lesson) => {
    const s = shape(line);
    expect([commandFamily(s), s.via, lessonCommand(s)]).toEqual([lessonCommand(s).split(' -m ')[1]?.split(' ')[0], [via], lesson]);
  });

  it('control: a program named py, a script of that name, or an interpreter running a file stays what it is', () => {
    expect(commandFamily(shape('./py -m x'))).toBe('py');
    expect(commandFamily(shape('python3.12 manage.py migrate'))).toBe('python3.12');
    expect(commandFamily(shape('.venv/bin/python scripts/seed.py'))).toBe('python');
    expect(shape('uv run').via).toEqual([]);
    expect(shape('uv run --python 3.12').via).toEqual([]);
  });
});

const ctx: MiningContext = { memory: [], repoFacts: unknownRepoFacts };
const lessons = (steps: Step[], agent: AgentKind) =>
  mineSession(session('s1', [{ user: 'run the tests' }, ...steps], agent), ctx).map((s) => s.lesson);

describe('a fix through a runner with options names the program that ran', () => {
  it.each<[AgentKind, string, string, string]>([
    ['claude-code', 'pytest', "E   ModuleNotFoundError: No module named 'httpx'", 'uv run --python 3.12 pytest'],
    ['codex', 'mypy src', 'bash: mypy: command not found', 'poetry run -C api mypy src'],
  ])('%s: %s -> %s', (agent, failed, out, worked) => {
    const got = lessons(
      [
        { run: failed, ok: false, out },
        { run: worked, ok: true, out: 'ok' },
      ],
      agent,
    );
    expect(got.join('\n')).toContain(`\`${worked.split(' src')[0]}`);
    expect(got.join('\n')).not.toMatch(/`--python`|`-C`|`3\.12`/);
  });
});
