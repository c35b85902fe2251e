/**
 * A program that fails on its own and works through the project's runner (`pytest` -> `uv run pytest`, `tsc` ->
 * `npx tsc`, `rspec` -> `bundle exec rspec`): the runner finds the program in the project's environment, which is
 * the lesson. The runner was once dropped from the command's shape, so the working run looked like the failed one
 * and nothing was learnt. Positives over seven runners and two languages' toolchains; controls where the runner is
 * on both sides (a flaky run, a red-green loop) or where the run that passed did so on edited code.
 */
import { describe, expect, it } from 'vitest';
import { mineSession, type MiningContext } from '../../src/signals/mine.js';
import { parseCommand } from '../../src/signals/command.js';
import { commandDisplay } from '../../src/signals/command-display.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { session, type Step } from './session-builder.js';

const ctx: MiningContext = { memory: [], repoFacts: unknownRepoFacts };
const fixes = (steps: Step[]) =>
  mineSession(session('s1', [{ user: 'check the change' }, ...steps]), ctx)
    .filter((s) => s.kind === 'error_then_fix')
    .map((s) => s.lesson);

describe('a program run through the project runner after it failed on its own is a fix', () => {
  it.each<[string, string, string, string]>([
    ['pytest', "E   ModuleNotFoundError: No module named 'httpx'", 'uv run pytest', 'uv run pytest'],
    ['pytest -q tests/test_api.py', 'bash: pytest: command not found', 'uv run pytest -q tests/test_api.py', 'uv run pytest'],
    ['tsc --noEmit', 'bash: tsc: command not found', 'npx tsc --noEmit', 'npx tsc --noEmit'],
    ['vitest run', 'sh: vitest: command not found', 'bunx vitest run', 'bunx vitest run'],
    ['rspec spec/models', 'cannot load such file -- rails_helper (LoadError)', 'bundle exec rspec spec/models', 'bundle exec rspec'],
    ['mypy src', 'zsh: command not found: mypy', 'poetry run mypy src', 'poetry run mypy src'],
    ['eslint --max-warnings 0', 'zsh: command not found: eslint', 'pnpm exec eslint --max-warnings 0', 'pnpm exec eslint --max-warnings 0'],
    ['black --check', "ModuleNotFoundError: No module named 'black'", 'pipenv run black --check', 'pipenv run black --check'],
  ])('%s (%s) -> %s', (failed, out, worked, named) => {
    const got = fixes([
      { run: failed, ok: false, out },
      { run: worked, ok: true, out: 'ok, 31 passed' },
    ]);
    expect(got).toHaveLength(1);
    expect(got[0]).toContain(`\`${named}\``);
  });

  it('the runner is part of how the command runs, and the program stays the same program', () => {
    for (const [line, program, via] of [
      ['uv run pytest -q', 'pytest', 'uv run'],
      ['npx tsc --noEmit', 'tsc', 'npx'],
      ['bundle exec rake test', 'rake', 'bundle exec'],
      ['sudo -E npx prisma migrate', 'prisma', 'npx'],
    ] as const) {
      const shape = parseCommand(line)!;
      expect([shape.program, shape.via]).toEqual([program, [via]]);
    }
    // A runner word with nothing after it runs nothing through the runner.
    expect(parseCommand('uv run')?.via).toEqual([]);
    expect(parseCommand('sudo apt-get install jq')?.via).toEqual([]);
  });
});

describe('what only looks like a runner fix teaches nothing', () => {
  it('the runner on both sides: a run that failed once and then passed', () => {
    expect(
      fixes([
        { run: 'uv run pytest', ok: false, out: 'error: Failed to fetch: https://pypi.org/simple/httpx/ (timed out)' },
        { run: 'uv run pytest', ok: true, out: '31 passed' },
      ]),
    ).toEqual([]);
  });

  it('the runner on both sides, only the files tested differ', () => {
    expect(
      fixes([
        { run: 'npx tsc --noEmit src/a.ts', ok: false, out: 'error: cannot read file' },
        { run: 'npx tsc --noEmit src/b.ts', ok: true, out: '' },
      ]),
    ).toEqual([]);
  });

  it('the tests failed, the code was edited, and the run through the runner passed: a red-green loop', () => {
    expect(
      fixes([
        { run: 'pytest', ok: false, out: 'E   AssertionError: assert 2 == 3\n1 failed, 30 passed' },
        { tool: 'Edit', input: { file_path: 'src/app.py', old_string: 'a', new_string: 'b' } },
        { run: 'uv run pytest', ok: true, out: '31 passed' },
      ]),
    ).toEqual([]);
  });

  it('a runner with only a flag added to a program the shell could not find, without the runner, stays no fix', () => {
    expect(
      fixes([
        { run: 'tsc --noEmit', ok: false, out: 'bash: tsc: command not found' },
        { run: 'tsc --noEmit --pretty false', ok: true, out: '' },
      ]),
    ).toEqual([]);
  });
});

describe('`python -m X` is a runner of X', () => {
  it.each<[string, string, string, string]>([
    ['pytest', "E   ModuleNotFoundError: No module named 'almanac'", 'python -m pytest', 'python -m pytest'],
    ['pytest -q tests/test_api.py', 'bash: pytest: command not found', 'python3 -m pytest -q tests/test_api.py', 'python3 -m pytest'],
    ['black --check .', 'zsh: command not found: black', 'python3 -m black --check .', 'python3 -m black --check .'],
    ['mypy src', "ModuleNotFoundError: No module named 'mypy'", 'python -m mypy src', 'python -m mypy src'],
    // A versioned interpreter is named whole: its version is no file extension.
    ['black --check src/', 'zsh: command not found: black', 'python3.12 -m black --check src/', 'python3.12 -m black --check'],
    ['ruff check .', 'bash: ruff: command not found', 'python3.11 -m ruff check .', 'python3.11 -m ruff check .'],
    ['pytest tests/unit', "E   ModuleNotFoundError: No module named 'shop'", 'pypy3.10 -m pytest tests/unit', 'pypy3.10 -m pytest'],
  ])('%s (%s) -> %s', (failed, out, worked, named) => {
    const got = fixes([
      { run: failed, ok: false, out },
      { run: worked, ok: true, out: 'ok, 31 passed' },
    ]);
    expect(got).toEqual([expect.stringContaining(`\`${named}\``)]);
  });

  it('is parsed as a runner of the module, one name for every python', () => {
    for (const line of ['python -m pytest -q', 'python3 -m pytest', 'python3.11 -m pytest tests/']) {
      const shape = parseCommand(line)!;
      expect([shape.program, shape.via]).toEqual(['pytest', ['python -m']]);
    }
    for (const line of ['python3.12 -m pytest', 'pypy3 -m pytest -x', 'pypy3.10 -m pytest tests/']) {
      expect([parseCommand(line)?.program, parseCommand(line)?.via]).toEqual(['pytest', ['python -m']]);
    }
    expect(parseCommand('python script.py')?.via).toEqual([]);
    expect(parseCommand('python -m')?.via).toEqual([]);
  });

  it('controls: on both sides, or a red-green loop, it teaches nothing', () => {
    expect(
      fixes([
        { run: 'python -m pytest', ok: false, out: 'error: Failed to fetch: https://pypi.org/simple/httpx/ (timed out)' },
        { run: 'python -m pytest', ok: true, out: '31 passed' },
      ]),
    ).toEqual([]);
    expect(
      fixes([
        { run: 'pytest', ok: false, out: 'E   AssertionError: assert 2 == 3\n1 failed, 30 passed' },
        { tool: 'Edit', input: { file_path: 'src/app.py', old_string: 'a', new_string: 'b' } },
        { run: 'python -m pytest', ok: true, out: '31 passed' },
      ]),
    ).toEqual([]);
  });

  it('a lesson about another fix still names the program plainly ("`pytest -o ...`" over "`python -m pytest`")', () => {
    const got = fixes([
      { run: 'python -m pytest', ok: false, out: 'ERROR: usage: pytest: error: unrecognized arguments: --timeout' },
      { run: 'python -m pytest -p no:cacheprovider', ok: true, out: '31 passed' },
    ]);
    for (const l of got) expect(l).not.toContain('python -m');
  });
});

describe('a versioned interpreter in a command as memory shows it', () => {
  it('is the program running the module, kept whole', () => {
    const shown = (line: string) => commandDisplay(parseCommand(line)!);
    expect(shown('python3.12 -m black --check src/')).toBe('python3.12 -m black --check');
    expect(shown('pypy3.10 -m pytest -x tests/unit')).toBe('pypy3.10 -m pytest -x');
    expect(shown('PYTHONPATH=src python3.13 -m mypy --strict pkg/')).toBe('PYTHONPATH=src python3.13 -m mypy --strict');
  });

  it('controls: a version-like argument or a script after the interpreter still ends the command', () => {
    const shown = (line: string) => commandDisplay(parseCommand(line)!);
    expect(shown('git checkout v1.2')).toBe('git checkout');
    expect(shown('python3.12 manage.py migrate')).toBe('python3.12');
    expect(shown('python3 -m pip install pkg-1.2.tar.gz')).toBe('python3 -m pip install');
  });
});
