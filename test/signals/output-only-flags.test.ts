/**
 * An option is dropped from a lesson's command only where it changes how much the program prints: the same short
 * letter changes what is done elsewhere (`docker compose down -v` removes volumes, `git commit -s` signs off).
 */
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/signals/command.js';
import { lessonCommand, outputOnlyFlag } from '../../src/signals/command-display.js';

const lesson = (cmd: string) => lessonCommand(parseCommand(cmd)!);

describe('output-only options in a lesson command', () => {
  it('keeps a short option that changes what another program does', () => {
    expect(lesson('docker compose down -v')).toBe('docker compose down -v');
    expect(lesson('git commit -s -m wip')).toContain('-s');
    expect(lesson('grep -v TODO')).toContain('-v');
    expect(lesson('bash -x')).toBe('bash -x');
  });

  it('control: drops the output-only options of the programs that have them', () => {
    expect(lesson('pytest -q -x')).toBe('pytest');
    expect(lesson('python -m pytest -vv')).toBe('pytest');
    expect(lesson('cargo test -q')).toBe('cargo test');
    expect(lesson('npm -s test')).toBe('npm test');
    expect(lesson('docker compose up --quiet-pull --verbose')).not.toContain('--verbose');
  });

  it('reads a long output-only option in any program, a short one only in its own', () => {
    expect(outputOnlyFlag('anything', '--verbose')).toBe(true);
    expect(outputOnlyFlag('pytest', '-s')).toBe(true);
    expect(outputOnlyFlag('ln', '-s')).toBe(false);
    expect(outputOnlyFlag('tar', '-x')).toBe(false);
    expect(outputOnlyFlag('docker', '-v')).toBe(false);
  });
});
