/**
 * notAFailure's classes added for the real one-session junk of mini-swe-agent (a grep whose pattern was malformed,
 * pytest run on a folder the agent had just made), in tools' own words the rule was not written from (GNU and BSD
 * grep, ripgrep, git grep, sed, awk, jq), beside failures of the same programs that are about the machine or the
 * project and must still count.
 */
import { describe, expect, it } from 'vitest';
import { notAFailure } from '../../src/signals/not-failures.js';
import { parseCommands } from '../../src/signals/command.js';

const check = (command: string, output: string, exit: number | undefined = 2, created: string[] = []) =>
  notAFailure(command, parseCommands(command), output, exit, new Set(created));

describe('a pattern tool rejecting the pattern the agent typed', () => {
  it.each<[string, string]>([
    [`grep -n 'a[' x.py`, 'grep: Unmatched [, [^, [:, [., or [='],
    [`grep -E '(a|b' x.py`, 'grep: Unmatched ( or \\('],
    [`grep -E 'a{1' x.py`, 'grep: Unmatched \\{'],
    [`grep 'a\\' x.py`, 'grep: Trailing backslash'],
    [`grep -E '*a' x.py`, 'grep: repetition-operator operand invalid'],
    [`grep -E 'a[' x.py`, 'grep: brackets ([ ]) not balanced'],
    [`grep -E '[z-a]' x.py`, 'grep: Invalid range end'],
    [`rg 'a(' src`, 'regex parse error:\n    a(\n     ^\nerror: unclosed group'],
    [`git grep -n 'a(' -- src`, "fatal: command line, 'a(': Unmatched ( or \\("],
    [`cat x | sed -e 's/a/b'`, "sed: -e expression #1, char 5: unterminated `s' command"],
    [`sed -n 's/a/b/q' x`, "sed: -e expression #1, char 8: unknown option to `s'"],
    [`sed -E 's/a/b' x`, 'sed: 1: "s/a/b": unterminated substitute in regular expression'],
    [
      `awk '{print $1' x`,
      'awk: cmd. line:1: {print $1\nawk: cmd. line:1:          ^ unexpected newline or end of string\nawk: cmd. line:1: {print $1 syntax error',
    ],
    [`jq '.a |' x.json`, 'jq: error: syntax error, unexpected end of file at <top-level>, line 1:\njq: 1 compile error'],
  ])('%s', (command, output) => {
    expect(check(command, output)).toMatch(/pattern or program the agent typed/);
  });

  it.each<[string, string]>([
    [`grep -P '\\d' x.py`, 'grep: invalid option -- P\nusage: grep [-abcdDEFGHhIiJLlmnOoqRSsUVvwxZ]'],
    [`grep -rn --include='*.py' foo`, 'grep: warning: recursive search of stdin'],
    [`jq . data.json`, 'jq: error (at data.json:3): Cannot index array with "name"'],
    [`npm run build`, 'src/parse.ts(3,1): error TS1005: syntax error'],
    [`make lint`, 'ruff: error: syntax error in pyproject.toml'],
  ])('still a failure: %s', (command, output) => {
    expect(check(command, output)).toBeUndefined();
  });
});

describe('tests run on files or folders the agent made', () => {
  it.each<[string, string[]]>([
    ['python -m pytest -o norecursedirs=x scratch', ['scratch']],
    ['timeout 5s python3 -m pytest scratch/loop', ['loop']],
    ['pytest scratch/test_probe.py::test_a', ['test_probe.py']],
    ['npx jest probe.test.js', ['probe.test.js']],
    ['npx vitest run tmp_case/', ['tmp_case']],
    ['python3 -m pytest scratch/testing', ['scratch', 'example_scripts']],
  ])('%s', (command, created) => {
    expect(check(command, 'ERROR collecting\nOSError: [Errno 40] Too many levels of symbolic links', 2, created)).toMatch(
      /which the agent made in this session/,
    );
  });

  it.each<[string, string[]]>([
    ['pytest tests', ['test_new_case.py']],
    ['python -m pytest tests/test_parse.py', ['scratch']],
    ['git add scratch', ['scratch']],
  ])('still a failure: %s', (command, created) => {
    expect(
      check(command, "ImportError while importing test module\nModuleNotFoundError: No module named 'acme'", 2, created),
    ).toBeUndefined();
  });
});

describe('inline code, by the interpreter a program is', () => {
  it('python3.12 -c, node -e, a versioned ruby: the failure is in the code passed inline', () => {
    for (const command of ['python3.12 -c "import x"', 'node -e "require(1)"', 'ruby2.7 -e "puts("', 'php8.1 -r "echo;"'])
      expect(check(command, 'SyntaxError: invalid syntax', 1)).toMatch(/inline/);
    expect(check('python3 tool.py', 'SyntaxError: invalid syntax', 1)).toBeUndefined();
  });

  it("control: a program named like a JavaScript object's own property is no interpreter, and is read without an error", () => {
    for (const command of ['valueOf --help', 'constructor -e x', 'toString2 -c 1', '__proto__ -x'])
      expect(check(command, 'error: something went wrong', 1)).toBeUndefined();
  });
});
