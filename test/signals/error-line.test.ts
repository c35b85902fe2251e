/**
 * The line a failure is quoted and grouped by. Written from SWE-bench runs whose quoted "error" was
 * pytest's plugin list (`plugins: rerunfailures-15.0, ...`) while the run had timed out; tested with
 * other words that hold an error word inside them.
 */
import { describe, expect, it } from 'vitest';
import { salientErrorLine } from '../../src/signals/normalize.js';

describe('the salient error line', () => {
  it.each([
    ['plugins: rerunfailures-15.0, xdist-3.6.1\nThe command timed out and was killed.', 'The command timed out and was killed.'],
    ['cc -Werror -O2 -c main.c\nld: cannot find -lfoo', 'ld: cannot find -lfoo'],
    ['checking autoerrors.h... yes\nconfigure: could not find libpq', 'configure: could not find libpq'],
    ['retry policy: maxfailures=3\nupload refused by the server', 'upload refused by the server'],
  ])('skips a word that only holds an error word: %s', (output, line) => {
    expect(salientErrorLine(output)).toBe(line);
  });

  it('still finds error words that start a word, with their endings', () => {
    expect(salientErrorLine('collected 3 items\n2 failures in 1.2s')).toBe('2 failures in 1.2s');
    expect(salientErrorLine('step 1 ok\npermission denied (publickey)')).toBe('permission denied (publickey)');
  });
});
