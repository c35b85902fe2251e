/**
 * Retries that pass without teaching how to run the command, through mining, clustering and the
 * engine, three sessions each. Written from one-off "fixes" in the real corpora (`python` ->
 * `python3 -c`, `gcloud auth ...: command not found` -> `gcloud ai models list --region=...`,
 * `pytest -n 2` failing on a SyntaxError the agent then fixed, `grep` of a missing file); tested
 * with other interpreters, programs and errors.
 */
import { describe, expect, it } from 'vitest';
import { mineSession } from '../../../src/signals/mine.js';
import type { RepoFacts } from '../../../src/signals/repo-facts.js';
import { dreamOffline } from '../../helpers/offline-dream.js';
import { memory, session, type Step } from '../../signals/session-builder.js';

const facts: RepoFacts = { scripts: null, makeTargets: null, exists: () => true };
const mem = memory({ 'CLAUDE.md': '# Project\n\n- Keep commits small.\n' });

/** Sessions from steps; a failed result carries `exitCode` when given (the builder records none). */
async function dream(sessions: Step[][], exitCode?: number) {
  const built = sessions.map((steps, i) => session(`s${i}`, steps));
  for (const e of built.flatMap((s) => s.events)) if (exitCode !== undefined && e.kind === 'tool_result' && !e.ok) e.exitCode = exitCode;
  const signals = built.flatMap((s) => mineSession(s, { memory: mem, repoFacts: facts }));
  const r = await dreamOffline(signals, mem, { repoFacts: facts });
  return { signals, edits: r.edits.map((e) => e.after ?? '') };
}

const three = (make: (n: number) => Step[], exitCode?: number) => dream([1, 2, 3].map(make), exitCode);

describe('retries that teach nothing about running the command', () => {
  it.each([
    [
      'inline code instead of the script (python -c)',
      (n: number): Step[] => [
        { run: `python tools/report${n}.py`, ok: false, out: 'KeyError: report' },
        { run: `python -c "import tools; print(tools.report${n})"`, ok: true },
      ],
    ],
    [
      'inline code instead of the script (node -e)',
      (n: number): Step[] => [
        { run: `node scripts/sum${n}.js`, ok: false, out: 'Error: Cannot read config' },
        { run: `node -e "console.log(require('./scripts/sum${n}.js'))"`, ok: true },
      ],
    ],
    [
      'flags on a program the shell could not find',
      (n: number): Step[] => [
        { run: `gcloud auth print-access-token`, ok: false, out: '(eval):1: command not found: gcloud' },
        { run: `gcloud ai models list --region=us-central${n}`, ok: true },
      ],
    ],
    [
      'flags on a program the shell could not find (bash wording)',
      (n: number): Step[] => [
        { run: `terraform plan`, ok: false, out: 'bash: terraform: command not found' },
        { run: `terraform plan -var env=stage${n}`, ok: true },
      ],
    ],
    [
      'a code error the agent then fixed',
      (n: number): Step[] => [
        { run: `pytest -n 2 tests/test_m${n}.py`, ok: false, out: `  File "src/m${n}.py", line 4\nSyntaxError: invalid syntax` },
        { tool: 'Edit', input: { file_path: `src/m${n}.py` } },
        { run: `pytest tests/test_m${n}.py`, ok: true },
      ],
    ],
    [
      'a type error the agent then fixed',
      (n: number): Step[] => [
        {
          run: `npx tsc --noEmit -p packages/p${n}`,
          ok: false,
          out: `src/a${n}.ts(3,5): error TS2322: Type 'string' is not assignable to type 'number'.`,
        },
        { tool: 'Write', input: { file_path: `packages/p${n}/src/a${n}.ts` } },
        { run: `npx tsc --noEmit --pretty false -p packages/p${n}`, ok: true },
      ],
    ],
    [
      'a script the same call wrote and ran',
      (n: number): Step[] => [
        {
          run: `cat > probe${n}.py <<'EOF'\nfrom app import x\nEOF\npython probe${n}.py`,
          ok: false,
          out: "ImportError: cannot import name 'x' from 'app'",
        },
        { run: `PYTHONPATH=. python probe${n}.py`, ok: true },
      ],
    ],
  ])('%s', async (_, make) => {
    const r = await three(make);
    expect(r.edits).toEqual([]);
    expect(r.signals.filter((s) => s.kind === 'error_then_fix')).toEqual([]);
  });

  it('a search of a path that is not there (grep exits 2)', async () => {
    const r = await three(
      (n) => [
        { run: `grep "def parse" src/old_parser${n}.py`, ok: false, out: `grep: src/old_parser${n}.py: No such file or directory` },
        { run: `grep -rn "def parse" src/`, ok: true },
      ],
      2,
    );
    expect(r.signals).toEqual([]);
  });
});

describe('controls: working variants that are lessons', () => {
  it('a missing program found by activating the environment', async () => {
    const r = await three((n) => [
      { run: `black src/m${n}.py`, ok: false, out: 'zsh: command not found: black' },
      { run: `source .venv/bin/activate && black src/m${n}.py`, ok: true },
    ]);
    expect(r.edits).toEqual(['Run `source .venv/bin/activate && black`: plain `black` fails.']);
  });

  it('an environment error, fixed by how the command runs though files changed in between', async () => {
    const r = await three((n) => [
      { run: `pytest tests/test_m${n}.py`, ok: false, out: "ModuleNotFoundError: No module named 'app'" },
      { tool: 'Edit', input: { file_path: `tests/test_m${n}.py` } },
      { run: `PYTHONPATH=src pytest tests/test_m${n}.py`, ok: true },
    ]);
    expect(r.edits).toHaveLength(1);
    expect(r.edits[0]).toContain('`PYTHONPATH=src pytest`');
  });
});
