/**
 * Fixes that tell nothing: across sessions the working command differs from the failing one only by
 * what each session passed it (its own directory, test id or file), or the "fix" was a command that
 * only reads the file. Written from SWE-bench junk ("Run `cd` followed by its argument: plain `cd`
 * fails", "Run `nl -ba`, not `pytest`"); tested here with other programs and wordings.
 */
import { describe, expect, it } from 'vitest';
import { mineSession } from '../../../src/signals/mine.js';
import type { RepoFacts } from '../../../src/signals/repo-facts.js';
import { dreamOffline } from '../../helpers/offline-dream.js';
import { memory, session, type Step } from '../../signals/session-builder.js';

const facts: RepoFacts = { scripts: null, makeTargets: null, exists: () => true };

async function lessons(sessions: Step[][]): Promise<string[]> {
  const m = memory({ 'CLAUDE.md': '# Project\n\n- Keep commits small.\n' });
  const signals = sessions.flatMap((steps, i) => mineSession(session(`s${i}`, steps), { memory: m, repoFacts: facts }));
  const r = await dreamOffline(signals, m, { repoFacts: facts });
  return r.edits.map((e) => e.after ?? '');
}

describe('a fix that differs from the failure only by per-session arguments', () => {
  it.each([
    [
      'go test',
      'ok',
      (d: string): Step[] => [
        { run: `go test ./${d}/...`, ok: false, out: 'FAIL\tbuild failed: undefined: Foo' },
        { run: `go test ./${d}/internal/...`, ok: true },
      ],
    ],
    [
      'cargo run',
      'ok',
      (d: string): Step[] => [
        { run: `cargo run --bin ${d}`, ok: false, out: 'error: no bin target named x' },
        { run: `cargo run --bin ${d}-cli`, ok: true },
      ],
    ],
    [
      'pushd',
      'ok',
      (d: string): Step[] => [
        { run: `pushd ${d}/docs && make html`, ok: false, out: 'make: *** [html] Error 2' },
        { run: `pushd ${d}/site && make html`, ok: true },
      ],
    ],
  ])('%s: proposes nothing', async (_name, _ok, build) => {
    expect(await lessons([build('alpha'), build('beta'), build('gamma')])).toEqual([]);
  });

  it('control: a fix all sessions share (a flag) is still taught', async () => {
    const s = (d: string): Step[] => [
      { run: `go test ./${d}/...`, ok: false, out: 'race detected during execution of test' },
      { run: `go test -p 1 ./${d}/...`, ok: true },
    ];
    const got = await lessons([s('alpha'), s('beta'), s('gamma')]);
    expect(got).toHaveLength(1);
    expect(got[0]).toContain('`go test -p 1`');
  });
});

describe('a command that only reads the file is not another tool for the same intent', () => {
  it.each([
    ['bat', 'cargo test src/parser.rs', 'bat src/parser.rs'],
    ['od', 'npm test test/unit/a.spec.js', 'od -c test/unit/a.spec.js'],
    ['tac', 'rspec spec/models/user_spec.rb', 'tac spec/models/user_spec.rb'],
    ['nl', 'python -m unittest tests/test_io.py', 'nl -ba tests/test_io.py'],
  ])('%s after a failing run proposes nothing', async (_name, failed, reader) => {
    const s: Step[] = [
      { run: failed, ok: false, out: 'Error: cannot load the configuration' },
      { run: reader, ok: true },
    ];
    expect(await lessons([s, s, s])).toEqual([]);
  });

  it("control: the project's own runner on the same path is taught", async () => {
    const s: Step[] = [
      { run: 'npm test test/unit/a.spec.js', ok: false, out: 'Error: cannot load the configuration' },
      { run: 'bin/test test/unit/a.spec.js', ok: true },
    ];
    const got = await lessons([s, s, s]);
    expect(got.some((x) => x.includes('`bin/test`'))).toBe(true);
  });
});

describe('a command that deletes, moves or creates the path is not another tool for the same intent', () => {
  it.each([
    ['rm', 'pylint --bad-names-rgxs=(my{1,3}var) pkg/names.py', 'rm pkg/names.py'],
    ['mv', 'mypy --python-version=3.x src/app.py', 'mv src/app.py src/app_old.py'],
    ['cp', 'node scripts/migrate.js', 'cp scripts/migrate.js scripts/migrate.bak.js'],
  ])('%s after a failing run proposes nothing', async (_name, failed, other) => {
    const s: Step[] = [
      { run: failed, ok: false, out: 'usage: error: argument invalid' },
      { run: other, ok: true },
    ];
    expect(await lessons([s, s, s])).toEqual([]);
  });
});

describe('a checker that reported findings failed on the code, not on how it was run', () => {
  it.each([
    [
      'pylint, --recursive=y dropped',
      (n: number): Step[] => [
        {
          run: `pylint --recursive=y pkg${n}`,
          ok: false,
          out: `************* Module pkg${n}.a\npkg${n}/a.py:1:0: C0114: Missing module docstring (missing-module-docstring)`,
        },
        { run: `pylint pkg${n}/b.py`, ok: true },
      ],
    ],
    [
      'eslint, a rule turned off',
      (n: number): Step[] => [
        {
          run: `eslint src/m${n}.ts`,
          ok: false,
          out: `/repo/src/m${n}.ts\n  12:5  error  'x' is assigned a value but never used  no-unused-vars\n\n✖ 1 problem`,
        },
        { run: `eslint --rule 'no-unused-vars: off' src/m${n}.ts`, ok: true },
      ],
    ],
    [
      'ruff through the lint script, a rule selection dropped',
      (n: number): Step[] => [
        {
          run: `npm run lint -- --select ALL app${n}`,
          ok: false,
          out: `app${n}/x.py:3:8: F401 [*] \`os\` imported but unused\nFound 1 error.`,
        },
        { run: `npm run lint -- app${n}`, ok: true },
      ],
    ],
    [
      'golangci-lint, fewer linters',
      (n: number): Step[] => [
        {
          run: `golangci-lint run --enable-all ./pkg${n}/...`,
          ok: false,
          out: `pkg${n}/md.go:45:2: QF1012: Use fmt.Fprintf(...) (staticcheck)`,
        },
        { run: `golangci-lint run ./pkg${n}/...`, ok: true },
      ],
    ],
  ])('%s: proposes nothing', async (_name, make) => {
    expect(await lessons([1, 2, 3].map(make))).toEqual([]);
  });

  it('control: a checker that could not run at all still teaches how to run it', async () => {
    const s = (n: number): Step[] => [
      { run: `eslint src/m${n}.ts`, ok: false, out: "Oops! Something went wrong! :(\nESLint couldn't find a configuration file." },
      { run: `eslint -c config/eslint.cjs src/m${n}.ts`, ok: true },
    ];
    const got = await lessons([1, 2, 3].map(s));
    expect(got).toHaveLength(1);
    expect(got[0]).toContain('`eslint -c');
  });
});
