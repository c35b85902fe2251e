import { describe, expect, it } from 'vitest';
import { defaultDreamOptions } from '../../../src/engine/options.js';
import type { MemoryFile } from '../../../src/model/index.js';
import { mineSession } from '../../../src/signals/mine.js';
import type { RepoFacts } from '../../../src/signals/repo-facts.js';
import { applyEdits } from '../../../src/edits/apply.js';
import { dreamOffline } from '../../helpers/offline-dream.js';
import { memory, session, type Step } from '../../signals/session-builder.js';

// CLAUDE.md does not import AGENTS.md: Claude Code and Codex read different files, as in the demo.
const facts: RepoFacts = { scripts: { build: 'vite build' }, makeTargets: null, exists: () => true };
const mem = () =>
  memory({
    'CLAUDE.md':
      '# acme\n\n## Build\n\n- Run the Python tests with `pytest`.\n- Build with `npm run build`.\n\n## Style\n\n- Keep functions small and typed.\n- Keep functions small, and add type hints.\n- Write docstrings.\n',
    'AGENTS.md': '# AGENTS.md\n\n- Tests live in `tests/`.\n',
  });
const fail = "ImportError while loading conftest.\nE   ModuleNotFoundError: No module named 'acme'";

async function dream(m: MemoryFile[], sessions: { id: string; steps: Step[]; agent?: 'claude-code' | 'codex' }[]) {
  const signals = sessions.flatMap((s) => mineSession(session(s.id, s.steps, s.agent ?? 'claude-code'), { memory: m, repoFacts: facts }));
  const r = await dreamOffline(signals, m, { repoFacts: facts });
  // These memories are small (five entries): the per-pass cap on replaced entries is tested in test/edits.
  const applied = applyEdits(m, r.edits, { ...defaultDreamOptions, maxDeleteShare: 0.5 });
  expect(applied.rejected).toEqual([]);
  return { ...r, text: (p: string) => applied.changes.find((c) => c.path === p)?.after };
}

describe('offline engine on realistic input', () => {
  it('fixes the entry that misled Claude Code and gives Codex, which never read it, the same lesson', async () => {
    const r = await dream(mem(), [
      {
        id: 'c1',
        steps: [
          { run: 'pytest tests/test_a.py', ok: false, out: fail },
          { run: 'PYTHONPATH=src pytest tests/test_a.py', out: '3 passed' },
        ],
      },
      {
        id: 'c2',
        steps: [
          { run: 'pytest', ok: false, out: fail },
          { run: 'PYTHONPATH=src pytest', out: '9 passed' },
        ],
      },
      {
        id: 'x1',
        agent: 'codex',
        steps: [
          { run: 'pytest -q', ok: false, out: fail },
          { run: 'PYTHONPATH=src pytest -q', out: '9 passed' },
        ],
      },
      {
        id: 'x2',
        agent: 'codex',
        steps: [
          { run: 'python -m pytest tests/test_b.py', ok: false, out: fail },
          { run: 'PYTHONPATH=src python -m pytest tests/test_b.py', out: '1 passed' },
        ],
      },
    ]);
    expect(r.patterns).toHaveLength(1);
    const lessons = r.edits.filter((e) => e.op !== 'delete').map((e) => [e.op, e.file, e.after]);
    expect(lessons).toEqual([
      ['update', 'CLAUDE.md', '- Run the Python tests with `PYTHONPATH=src pytest`.'],
      ['add', 'AGENTS.md', 'Run the tests with `PYTHONPATH=src pytest`: plain `pytest` fails (the package lives in src/).'],
    ]);
    const update = r.edits.find((e) => e.op === 'update')!;
    // The entry's own sessions are cited first, and the rationale does not claim Codex read CLAUDE.md.
    expect(update.evidence.slice(0, 2).map((e) => e.session)).toEqual(['c1', 'c2']);
    expect(update.rationale).toMatch(/2 sessions \(claude-code\); 2 more sessions hit the same failure/);
    expect(new Set(r.edits.find((e) => e.op === 'add')!.evidence.map((e) => e.agent))).toEqual(new Set(['claude-code', 'codex']));
  });

  it('turns one instruction given in different words in two sessions into one add, citing both', async () => {
    const r = await dream(mem(), [
      {
        id: 'a',
        steps: [
          { run: 'yarn install', ok: false, out: 'yarn: command not found' },
          { user: "Don't use yarn in this repo, always use npm. The lockfile is package-lock.json." },
        ],
      },
      {
        id: 'b',
        steps: [
          { run: 'yarn upgrade x', ok: false, out: 'yarn: command not found' },
          { user: "No, don't use yarn here. Always use npm: npm install x@latest." },
        ],
      },
    ]);
    const add = r.edits.find((e) => e.op === 'add');
    expect(add).toMatchObject({
      file: 'CLAUDE.md',
      after: 'Use npm, not yarn: the lockfile is package-lock.json.',
      section: ['acme', 'Lessons from past sessions'],
    });
    expect(add!.evidence.map((e) => e.quote)).toEqual([
      "Don't use yarn in this repo, always use npm. The lockfile is package-lock.json.",
      "No, don't use yarn here. Always use npm: npm install x@latest.",
    ]);
    expect(r.text('CLAUDE.md')).toContain('\n## Lessons from past sessions\n\n- Use npm, not yarn: the lockfile is package-lock.json.\n');
  });

  it('removes the shorter of two entries that say the same thing in other words', async () => {
    const r = await dream(mem(), []);
    expect(r.edits.map((e) => [e.op, e.before])).toEqual([['delete', '- Keep functions small and typed.']]);
    expect(r.text('CLAUDE.md')).not.toContain('small and typed');
    expect(r.text('CLAUDE.md')).toContain('- Keep functions small, and add type hints.');
  });

  it('completes the entry that names the command with the per-session form, instead of adding a line beside it', async () => {
    const m = memory({
      'CLAUDE.md':
        '# a\n\n## Landing\n\n**When ending a session**, you MUST push. Work is NOT complete until `git push` succeeds.\n\n- Work is NOT complete until `git push` succeeds\n- Never stop before pushing\n- Retry a failed push\n',
    });
    const push = (branch: string): Step[] => [
      { run: 'git push', ok: false, out: `fatal: The current branch ${branch} has no upstream branch.` },
      { run: `git push --set-upstream origin ${branch}`, out: 'done' },
    ];
    const r = await dream(m, [
      { id: 'a', steps: push('feat-a') },
      { id: 'b', steps: push('feat-b') },
    ]);
    // The entry keeps its words and gains the working form (no placeholder, no half command); the
    // bullet restating it under the same heading is deliberate emphasis, not a duplicate to delete.
    expect(r.edits.map((e) => [e.op, e.file, e.after])).toEqual([
      [
        'update',
        'CLAUDE.md',
        '**When ending a session**, you MUST push. Work is NOT complete until `git push` succeeds (if plain `git push` fails, run `git push --set-upstream origin` followed by the branch name).',
      ],
    ]);
  });

  it('still teaches the lesson when the entry that misled agents cannot be rewritten safely', async () => {
    const m = memory({ 'CLAUDE.md': '# a\n\n## Test\n\n```sh\npytest\n```\n\n- Write docstrings.\n' });
    const steps: Step[] = [
      { run: 'pytest', ok: false, out: fail },
      { run: 'PYTHONPATH=src pytest', out: '9 passed' },
    ];
    const r = await dream(m, [
      { id: 'a', steps },
      { id: 'b', steps },
    ]);
    expect(r.patterns.map((p) => p.kind)).toEqual(['memory_failure']);
    expect(r.edits.map((e) => [e.op, e.file, e.after])).toEqual([
      ['add', 'CLAUDE.md', 'Run the tests with `PYTHONPATH=src pytest`: plain `pytest` fails (the package lives in src/).'],
    ]);
    expect(r.notes.some((n) => n.startsWith('no safe rewrite'))).toBe(true);
  });

  it('does not merge entries that share words but say different things', async () => {
    const m = memory({
      'CLAUDE.md':
        '# a\n\n- Keep functions small.\n- Keep commits small and focused.\n- Keep the changelog current.\n- Write tests first.\n',
    });
    expect((await dream(m, [])).edits).toEqual([]);
  });
});
