/**
 * Files and folders the agent made by copying, linking or adding them in a patch are its own, like the ones it wrote
 * with a heredoc or `mkdir`: a test run on them that failed, then passed with another option, teaches nothing about the
 * project's tests. Junk-failures' class (tests of agent-made folders) knew only `mkdir`, `touch`, `tee`, redirections
 * and whole-file writes; `cp`, `ln` and Codex's apply_patch "*** Add File" made files it did not count. The project's
 * own files the agent copied into, or updated by patch, stay the project's and their lessons still come out.
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';
import type { Turn } from '../helpers/transcript-builders.js';

const run = (bash: string, out: string, exit = 0): Turn => ({ bash, out, exit, error: exit !== 0 });
const session = (format: Format, ...turns: Turn[]): WorldSession => ({
  format,
  turns: [{ user: 'The parser drops trailing brackets; please fix it.' }, ...turns],
});

/** Codex's apply_patch as the custom tool the model calls, and its answer. */
function codexPatch(patch: string, n: number): Turn[] {
  const call_id = `call_patch${n}`;
  return [
    {
      raw: {
        type: 'response_item',
        payload: { type: 'custom_tool_call', name: 'apply_patch', input: patch, call_id, status: 'completed' },
      },
    },
    {
      raw: {
        type: 'response_item',
        payload: {
          type: 'custom_tool_call_output',
          call_id,
          output: JSON.stringify({ output: 'Success. Updated the following files:\nA probe\n', metadata: { exit_code: 0 } }),
        },
      },
    },
  ];
}

describe('tests run on files the agent copied, linked or added by patch are its own', () => {
  it.each<[string, Format, Turn[]]>([
    [
      'cp -r into a new folder',
      'claude',
      [
        run('cp -r tests/cases tmp_probe', ''),
        run('timeout 10s pytest tmp_probe', "ERROR collecting tmp_probe/test_c.py\nE   fixture 'db' not found", 2),
        run('pytest -p no:cacheprovider tmp_probe', '2 passed in 0.02s'),
      ],
    ],
    [
      'ln -s to a new name',
      'codex',
      [
        run('ln -s ../shared/cases linked_cases', ''),
        run('timeout 10s pytest linked_cases', "ERROR collecting linked_cases/test_c.py\nE   fixture 'db' not found", 2),
        run('pytest -p no:cacheprovider linked_cases', '2 passed in 0.02s'),
      ],
    ],
    [
      'apply_patch adding a test file',
      'codex',
      [
        ...codexPatch("*** Begin Patch\n*** Add File: check_roundtrip.test.js\n+test('x', () => {})\n*** End Patch", 1),
        run('npx jest check_roundtrip.test.js', 'Test suite failed to run\n    SyntaxError: Unexpected token', 1),
        run('npx jest --no-cache check_roundtrip.test.js', 'Tests: 1 passed, 1 total'),
      ],
    ],
    [
      'apply_patch run through the shell, adding a script',
      'codex',
      [
        run("apply_patch <<'EOF'\n*** Begin Patch\n*** Add File: probe_dates.py\n+import almanac\n*** End Patch\nEOF", 'Success.'),
        run(
          'python probe_dates.py',
          'Traceback (most recent call last):\n  File "probe_dates.py", line 1\nModuleNotFoundError: No module named \'almanac\'',
          1,
        ),
        run('PYTHONPATH=src python probe_dates.py', '2026-11-30'),
      ],
    ],
  ])('%s (%s)', async (_why, format, turns) => {
    expect(await addedLines([session(format, ...turns)], 1)).toEqual([]);
  });
});

describe("the project's files stay the project's", () => {
  it('a fixture copied into the tests folder the agent listed before', async () => {
    const lines = await addedLines(
      [
        session(
          'mini-swe',
          run('ls', 'README.md\nsrc\ntests'),
          run('cp src/almanac/data/tides.json tests/', ''),
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

  it.each<[Format, string]>([
    ['claude', 'cp tests/test_parse.py /tmp/'],
    ['mini-swe', 'cp tests/test_parse.py /tmp/test_parse.py'],
    ['codex', 'ln -s tests/test_parse.py test_parse.py'],
  ])('%s: a backup or link of a project test that keeps its name (%s)', async (format, copy) => {
    const lines = await addedLines(
      [
        session(
          format,
          run(copy, ''),
          run(
            'pytest tests/test_parse.py',
            "ImportError while importing test module 'tests/test_parse.py'\nModuleNotFoundError: No module named 'almanac'",
            2,
          ),
          run('pip install -e .', 'Successfully installed almanac-0.1.0'),
          run('pytest tests/test_parse.py', '12 passed in 0.31s'),
        ),
      ],
      1,
    );
    expect(lines).toEqual([expect.stringMatching(/^Run `pip install -e \.` before `pytest/)]);
  });

  it('a test file the patch updated, not added', async () => {
    const lines = await addedLines(
      [
        session(
          'codex',
          ...codexPatch(
            "*** Begin Patch\n*** Update File: tests/test_parse.py\n@@\n-    assert f('[') == ''\n+    assert f('[') == '['\n*** End Patch",
            1,
          ),
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
