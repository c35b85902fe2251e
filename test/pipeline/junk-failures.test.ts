/**
 * Failed commands that teach nothing about how to run them, end to end through the real readers, miners and offline
 * engine at one-session support (paraphrase-world.ts). Three classes, each seen once in the real mini-swe-agent
 * corpus at --min-support 1 ("Run `grep -F`, not `grep -n`: it fails."; "Run `rm -rf` before `pytest -o ...
 * reproduce_issue`"; "Run the tests with `pytest`, not `pytest -o`"), written here in other programs, words and
 * agents' formats, beside the real lessons of the same shape that must still come out.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';
import type { Turn } from '../helpers/transcript-builders.js';

/** A command and its output; a non-zero exit is an error in Claude Code's format too. */
const run = (bash: string, out: string, exit = 0): Turn => ({ bash, out, exit, error: exit !== 0 });
/**
 * The failed command's form run successfully earlier on other arguments, as in real sessions: the provenance guard
 * refuses a lesson naming a command never seen working, which would hide what the miners do.
 */
const worked = (failed: Turn): Turn => run(`${failed.bash!.replace(/\s+\S+$/, '')} tests`, 'ok');
const session = (format: Format, ...turns: Turn[]): WorldSession => ({
  format,
  turns: [{ user: 'The parser drops trailing brackets; please fix it.' }, ...turns],
});

describe('a pattern tool rejecting the pattern the agent typed is no lesson', () => {
  it.each<[Format, Turn, Turn]>([
    [
      'mini-swe',
      run(`grep -n 'strip(".[")' src/parse.py`, 'grep: Unmatched [, [^, [:, [., or [=', 2),
      run(`grep -F 'strip(".[")' src/parse.py`, '41:    return s.strip(".[")'),
    ],
    [
      'claude',
      run(`grep -rnE "open\\(path" src`, 'grep: Invalid preceding regular expression', 2),
      run(`grep -rnF "open(path" src`, 'src/io.py:12: with open(path) as f:'),
    ],
    ['codex', run(`grep -E 'a{2' notes.txt`, 'grep: braces not balanced', 2), run(`grep -F 'a{2' notes.txt`, 'a{2 is the literal')],
    [
      'codex',
      run(
        `jq -c '.deps[] | select(.name ==' package-lock.json`,
        'jq: error: syntax error, unexpected end of file (Unix shell quoting issues?) at <top-level>, line 1:\njq: 1 compile error',
        3,
      ),
      run(`jq -r '.deps[].name' package-lock.json`, 'left-pad'),
    ],
    [
      'mini-swe',
      run(`sed -n 's/old/new' src/parse.py`, "sed: -e expression #1, char 9: unterminated `s' command", 1),
      run(`sed -E -n 's/old/new/p' src/parse.py`, 'new = 1'),
    ],
  ])('%s: %s', async (format, failed, fixed) => {
    expect(await addedLines([session(format, worked(failed), failed, fixed)], 1)).toEqual([]);
  });

  it('at the default bar, the same malformed pattern in two sessions of two agents makes no rule', async () => {
    const failed = run(`grep -n 'fmt.Sprintf("%s[' cmd/main.go`, 'grep: Unmatched [, [^, [:, [., or [=', 2);
    const fixed = run(`grep -nF 'fmt.Sprintf("%s[' cmd/main.go`, '12: fmt.Sprintf("%s[", x)');
    expect(await addedLines([session('mini-swe', worked(failed), failed, fixed), session('codex', worked(failed), failed, fixed)])).toEqual(
      [],
    );
  });

  it('a grep that failed for the machine (an option it lacks) still teaches the option that works', async () => {
    const lines = await addedLines(
      [
        session(
          'mini-swe',
          run(`grep -P 'ERROR' README.md`, 'ok'),
          run(
            `grep -P '\\d{3}' logs/app.log`,
            'grep: invalid option -- P\nusage: grep [-abcdDEFGHhIiJLlmnOoqRSsUVvwxZ] [-A num] [pattern] [file ...]',
            2,
          ),
          run(`grep -E '[0-9]{3}' logs/app.log`, '404 /missing'),
        ),
      ],
      1,
    );
    expect(lines).toEqual([expect.stringMatching(/^Run `grep -E\b.*, not `grep -P`/)]);
  });
});

describe('tests run on files the agent made in the session are its own', () => {
  it.each<[Format, Turn[]]>([
    [
      'mini-swe',
      [
        run('mkdir -p scratch_links/a scratch_links/keep', ''),
        run("cat <<'EOF' > scratch_links/keep/test_k.py\ndef test_k():\n    assert True\nEOF", ''),
        run(
          'python -m pytest -o norecursedirs=a scratch_links',
          'ERROR collecting scratch_links/a/test_loop.py\nOSError: [Errno 40] Too many levels of symbolic links',
          2,
        ),
        run('rm -rf scratch_links/a', ''),
        run('python -m pytest -o norecursedirs=a scratch_links', '1 passed in 0.01s'),
      ],
    ],
    [
      'claude',
      [
        run('mkdir -p tmp_probe/cases', ''),
        run('timeout 10s pytest tmp_probe/cases', 'ERROR collecting tmp_probe/cases/test_c.py\nE   fixture not found', 2),
        run('pytest -p no:cacheprovider tmp_probe/cases', '2 passed in 0.02s'),
      ],
    ],
    [
      'codex',
      [
        run("cat > check_roundtrip.test.js <<'EOF'\ntest('x', () => {})\nEOF", ''),
        run('npx jest check_roundtrip.test.js', 'Test suite failed to run\n    SyntaxError: Unexpected token', 1),
        run('npx jest --no-cache check_roundtrip.test.js', 'Tests: 1 passed, 1 total'),
      ],
    ],
  ])('%s', async (format, turns) => {
    expect(await addedLines([session(format, ...turns)], 1)).toEqual([]);
  });

  it('at the default bar, cleaning up its own scratch tree in two sessions makes no rule', async () => {
    const turns = [
      run('mkdir -p scratch_tree/loop', ''),
      run(
        'python -m pytest -o norecursedirs=x scratch_tree',
        'ERROR collecting scratch_tree/loop/test_l.py\nOSError: [Errno 40] Too many levels of symbolic links',
        2,
      ),
      run('rm -rf scratch_tree/loop', ''),
      run('python -m pytest -o norecursedirs=x scratch_tree', '1 passed in 0.01s'),
    ];
    expect(await addedLines([session('mini-swe', ...turns), session('codex', ...turns)])).toEqual([]);
  });

  it("a project folder the agent looked at before making a folder inside it stays the project's", async () => {
    const lines = await addedLines(
      [
        session(
          'mini-swe',
          run('ls', 'README.md\nsrc\ntests'),
          run('mkdir -p tests/fixtures', ''),
          run(
            'pytest tests',
            "ImportError while importing test module 'tests/test_parse.py'\nModuleNotFoundError: No module named 'almanac'",
            2,
          ),
          run('pip install -e .', 'Successfully installed almanac-0.1.0'),
          run('pytest tests', '12 passed in 0.31s'),
        ),
      ],
      1,
    );
    expect(lines).toEqual([expect.stringMatching(/^Run `pip install -e \.` before `pytest( tests)?`/)]);
  });

  it("the project's own tests failing for a missing install still teach it, though the agent wrote a test beside them", async () => {
    const lines = await addedLines(
      [
        session(
          'codex',
          run("cat > tests/test_new_case.py <<'EOF'\ndef test_new():\n    assert True\nEOF", ''),
          run(
            'pytest tests',
            "ImportError while importing test module 'tests/test_parse.py'\nModuleNotFoundError: No module named 'almanac'",
            2,
          ),
          run('pip install -e .', 'Successfully installed almanac-0.1.0'),
          run('pytest tests', '12 passed in 0.31s'),
        ),
      ],
      1,
    );
    expect(lines).toEqual([expect.stringMatching(/^Run `pip install -e \.` before `pytest( tests)?`/)]);
  });
});

describe('a retry that only dropped options and ran something else does not blame the options', () => {
  it.each<[Format, Turn, Turn]>([
    [
      'claude',
      run('npx vitest run --coverage test/db', 'Error: connect ECONNREFUSED 127.0.0.1:5432\n    at TCPConnectWrap.afterConnect', 1),
      run('npx vitest run test/parse', 'Test Files  3 passed (3)'),
    ],
    [
      'codex',
      run('go test -race ./internal/store/...', 'dial tcp 127.0.0.1:5432: connect: connection refused', 1),
      run('go test ./internal/parse/...', 'ok  \tacme/internal/parse\t0.01s'),
    ],
    [
      'mini-swe',
      run('python -m pytest -o norecursedirs=build testing/test_collect.py', 'no tests ran in 0.01s', 5),
      run('python -m pytest testing/test_pathlib.py', '31 passed in 0.40s'),
    ],
  ])('%s: %s', async (format, failed, fixed) => {
    expect(await addedLines([session(format, worked(failed), failed, fixed)], 1)).toEqual([]);
  });

  it.each<[string, Format, Turn, Turn, RegExp]>([
    [
      'the same arguments without the option',
      'mini-swe',
      run(
        'python -m pytest -n 4 tests',
        'ERROR: usage: python -m pytest [options] [file_or_dir]\npytest: error: unrecognized arguments: -n',
        4,
      ),
      run('python -m pytest tests', '12 passed in 0.31s'),
      /`pytest( tests)?`, not `pytest -n\b/,
    ],
    [
      "the same arguments, less the dropped option's value",
      'mini-swe',
      run(
        'python -m pytest -p pytest_randomly tests',
        'ImportError: Error importing plugin "pytest_randomly": No module named \'pytest_randomly\'',
        1,
      ),
      run('python -m pytest tests', '12 passed in 0.31s'),
      /`pytest( tests)?`, not `pytest -p\b/,
    ],
    [
      'the failure names the option',
      'mini-swe',
      run(
        'python -m pytest --cov=src tests/unit',
        'ERROR: usage: python -m pytest [options] [file_or_dir]\npytest: error: unrecognized arguments: --cov=src',
        4,
      ),
      run('python -m pytest tests/integration', '12 passed in 0.31s'),
      /`pytest`, not `pytest --cov=src`/,
    ],
    [
      'a runner changed, not an option dropped',
      'mini-swe',
      run('/usr/bin/python3 -m pytest tests/test_parse.py', '/usr/bin/python3: No module named pytest', 1),
      run('pytest tests/test_parse.py', '12 passed in 0.31s'),
      /`pytest`, not through `\/usr\/bin\/python3`/,
    ],
  ])('kept: %s', async (_why, format, failed, fixed, lesson) => {
    const lines = await addedLines([session(format, worked(failed), failed, fixed)], 1);
    expect(lines).toEqual([expect.stringMatching(lesson)]);
  });
});
