import { describe, expect, it } from 'vitest';
import { failurePhrase, fixLesson } from '../../src/signals/lesson-text.js';
import { lessonCommand, parseCommand } from '../../src/signals/command.js';

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
  it('names the working command, the plain one and the exception, with the reason a PYTHONPATH fix implies', () => {
    expect(fixLesson('PYTHONPATH=src pytest', 'pytest', "ModuleNotFoundError: No module named 'acme_notes'")).toBe(
      'Run the tests with `PYTHONPATH=src pytest`: plain `pytest` fails with ModuleNotFoundError (the package lives in src/).',
    );
  });

  it('says "not" when the working command is not an extension of the failing one', () => {
    expect(fixLesson('npm run build', 'npm run legacy-build', 'npm error Missing script: "legacy-build"')).toBe(
      'Run `npm run build`, not `npm run legacy-build`: it fails with "npm error Missing script: \'legacy-build\'".',
    );
  });

  it('quotes a failure line only when it names no path', () => {
    expect(failurePhrase('Error: ENOENT: no such file /home/u/x.json')).toBe('');
    expect(failurePhrase('fatal: not a git repository.')).toBe('"fatal: not a git repository"');
    expect(fixLesson('PORT=3100 pnpm dev', 'pnpm dev', 'open /tmp/x failed')).toBe('Run `PORT=3100 pnpm dev`: plain `pnpm dev` fails.');
  });
});
