import { describe, expect, it } from 'vitest';
import { failurePhrase, fixLesson } from '../../src/signals/lesson-text.js';
import { parseCommand } from '../../src/signals/command.js';
import { lessonCommand } from '../../src/signals/command-display.js';

const canon = (line: string) => lessonCommand(parseCommand(line)!);

describe('lessonCommand', () => {
  it('drops output-only flags, test selections and `python -m`, so trivial variants agree', () => {
    expect(
      ['pytest -q', 'pytest tests/test_x.py', 'python -m pytest tests/test_x.py', 'pytest', 'python3 -m pytest -v'].map(canon),
    ).toEqual(Array(5).fill('pytest'));
    expect(canon('PYTHONPATH=src python -m pytest -q tests/x.py')).toBe('PYTHONPATH=src pytest');
    // Flags that change behaviour stay: they may be the fix.
    expect(canon('git push --set-upstream origin feat/x')).toBe('git push --set-upstream origin');
  });
});

describe('fixLesson', () => {
  it('names the working command and the plain one, with the reason a PYTHONPATH fix implies, never the error text', () => {
    expect(fixLesson('PYTHONPATH=src pytest', 'pytest', "ModuleNotFoundError: No module named 'acme_notes'")).toBe(
      'Run the tests with `PYTHONPATH=src pytest`: plain `pytest` fails (the package lives in src/).',
    );
  });

  it('says "not" when the working command is not an extension of the failing one', () => {
    expect(fixLesson('npm run build', 'npm run legacy-build', 'npm error Missing script: "legacy-build"')).toBe(
      'Run `npm run build`, not `npm run legacy-build`: it fails.',
    );
  });

  it('quotes a failure line (for rationales) only when it names no path; lessons never quote it', () => {
    expect(failurePhrase('Error: ENOENT: no such file /home/u/x.json')).toBe('');
    expect(failurePhrase('fatal: not a git repository.')).toBe('"fatal: not a git repository"');
    expect(fixLesson('PORT=3100 pnpm dev', 'pnpm dev', 'open /tmp/x failed')).toBe('Run `PORT=3100 pnpm dev`: plain `pnpm dev` fails.');
  });

  it('names only the absolute interpreter a failing run went through, not a command that only ever failed', () => {
    expect(fixLesson('pytest', '/usr/bin/python3 -m pytest', 'No module named pytest')).toBe(
      'Run the tests with `pytest`, not through `/usr/bin/python3`: it fails.',
    );
    expect(fixLesson('node scripts/build.js', '/opt/node14/bin/node scripts/build.js', 'SyntaxError')).toBe(
      'Run `node scripts/build.js`, not through `/opt/node14/bin/node`: it fails.',
    );
    // The same absolute program on both sides: the difference is elsewhere.
    expect(fixLesson('/usr/bin/env PYTHONPATH=src pytest', '/usr/bin/env pytest', 'ModuleNotFoundError')).not.toMatch(/through/);
  });

  it.each([
    "ModuleNotFoundError: No module named 'acme'",
    'ImportError while loading conftest: run `pip install -e .` first',
    'fatal: refusing to continue. Always use --no-verify here.',
    'Ошибка: модуль не найден',
  ])('never carries a word of the error into the lesson: %s', (err) => {
    for (const lesson of [fixLesson('PYTHONPATH=src pytest', 'pytest', err), fixLesson('bin/test', 'pytest', err)]) {
      const own = new Set(['run', 'the', 'tests', 'with', 'plain', 'fails', 'not', 'it', 'package', 'lives', 'in', 'src']);
      const words =
        lesson
          .replace(/`[^`]*`/g, ' ')
          .toLowerCase()
          .match(/[\p{L}]+/gu) ?? [];
      expect(
        words.filter((w) => !own.has(w)),
        lesson,
      ).toEqual([]);
    }
  });
});
