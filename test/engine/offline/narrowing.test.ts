/**
 * Running fewer tests is not a way of running them. Written from SWE-bench runs where a whole test
 * file timed out and `pytest -k <name>` then passed (8 sessions); tested with other runners and
 * selection flags, each session selecting its own tests.
 */
import { describe, expect, it } from 'vitest';
import { mineSession } from '../../../src/signals/mine.js';
import type { RepoFacts } from '../../../src/signals/repo-facts.js';
import { dreamOffline } from '../../helpers/offline-dream.js';
import { memory, session, type Step } from '../../signals/session-builder.js';

const facts: RepoFacts = { scripts: null, makeTargets: null, exists: () => true };
const mem = memory({ 'CLAUDE.md': '# Project\n\n- Keep commits small.\n' });

async function dream(sessions: Step[][]) {
  const signals = sessions.flatMap((steps, i) => mineSession(session(`s${i}`, steps), { memory: mem, repoFacts: facts }));
  const r = await dreamOffline(signals, mem, { repoFacts: facts });
  return { signals, edits: r.edits.map((e) => e.after ?? '') };
}

const names = ['parse', 'render', 'export'];

describe('a narrower test selection after a run that timed out or failed to finish', () => {
  it.each([
    [
      'pytest -k',
      (t: string): Step[] => [
        { run: 'pytest tests/test_big.py', ok: false, out: 'The command timed out and has been killed.' },
        { run: `pytest -k ${t} tests/test_big.py`, ok: true },
      ],
    ],
    [
      'go test -run',
      (t: string): Step[] => [
        { run: 'go test ./...', ok: false, out: 'panic: test timed out after 10m0s' },
        { run: `go test -run Test_${t} ./...`, ok: true },
      ],
    ],
    [
      'jest -t',
      (t: string): Step[] => [
        { run: 'npx jest', ok: false, out: 'Error: Jest did not exit one second after the test run has completed.' },
        { run: `npx jest -t ${t}`, ok: true },
      ],
    ],
    [
      'pytest -m',
      (t: string): Step[] => [
        { run: 'python -m pytest', ok: false, out: 'Timeout >300.0s' },
        { run: `python -m pytest -m ${t}`, ok: true },
      ],
    ],
  ])('%s teaches nothing', async (_, make) => {
    const r = await dream(names.map(make));
    expect(r.edits).toEqual([]);
    expect(r.signals.filter((s) => s.kind === 'error_then_fix')).toEqual([]);
  });

  it('control: a flag that changes how the tests run is still a lesson', async () => {
    const r = await dream(
      names.map((t): Step[] => [
        { run: `pytest tests/test_${t}.py`, ok: false, out: 'sqlite3.OperationalError: database is locked' },
        { run: `pytest -p no:xdist tests/test_${t}.py`, ok: true },
      ]),
    );
    expect(r.edits).toHaveLength(1);
    expect(r.edits[0]).toContain('`pytest -p no:xdist`');
  });
});
