import { describe, expect, it } from 'vitest';
import { defaultDreamOptions } from '../../../src/engine/options.js';
import type { DreamOptions, MemoryFile } from '../../../src/model/index.js';
import { mineSession } from '../../../src/signals/mine.js';
import type { RepoFacts } from '../../../src/signals/repo-facts.js';
import { applyEdits } from '../../../src/edits/apply.js';
import { dreamOffline } from '../../helpers/offline-dream.js';
import { memory, session, type Step } from '../../signals/session-builder.js';

const facts: RepoFacts = {
  scripts: { build: 'tsc', test: 'vitest', lint: 'eslint .' },
  makeTargets: null,
  exists: (p) => !p.startsWith('src/legacy'),
};
const pytestFix: Step[] = [
  { run: 'pytest', ok: false, out: "ModuleNotFoundError: No module named 'app'" },
  { run: 'PYTHONPATH=src pytest', ok: true, out: '3 passed' },
];

async function dream(
  mem: MemoryFile[],
  sessions: { id: string; steps: Step[]; agent?: 'claude-code' | 'codex' }[],
  opts: Partial<DreamOptions> = {},
  suppressed: string[] = [],
) {
  const options = { ...defaultDreamOptions, ...opts };
  const signals = sessions.flatMap((s) => mineSession(session(s.id, s.steps, s.agent ?? 'claude-code'), { memory: mem, repoFacts: facts }));
  const result = await dreamOffline(signals, mem, { repoFacts: facts, options, suppressed });
  const applied = applyEdits(mem, result.edits, options);
  expect(applied.rejected).toEqual([]);
  return { ...result, applied, text: (p: string) => applied.changes.find((c) => c.path === p)?.after };
}

const base = () =>
  memory({
    'CLAUDE.md': '# Project\n\n@AGENTS.md\n\n## Claude\n\n- Prefer small commits.\n',
    'AGENTS.md':
      '# Agents\n\n## Build\n\n- Build with `npm run build`.\n- Lint with `npm run lint`.\n- Keep functions short.\n- Write docs in English.\n',
  });

describe('OfflineEngine', () => {
  it('adds a lesson hit in two Claude sessions to CLAUDE.md, with evidence from both', async () => {
    const r = await dream(base(), [
      { id: 'a', steps: pytestFix },
      { id: 'b', steps: pytestFix },
    ]);
    expect(r.edits.map((e) => [e.op, e.file, e.after])).toEqual([
      ['add', 'CLAUDE.md', 'Run the tests with `PYTHONPATH=src pytest`: plain `pytest` fails (the package lives in src/).'],
    ]);
    const e = r.edits[0]!;
    expect(e.support).toEqual({ sessions: 2, agents: 1 });
    expect(new Set(e.evidence.map((x) => x.session))).toEqual(new Set(['a', 'b']));
    expect(e.id).toMatch(/^e_[0-9a-f]{12}$/);
    expect(e.section).toEqual(['Project', 'Lessons from past sessions']);
    expect(r.text('CLAUDE.md')).toContain('## Lessons from past sessions\n\n- Run the tests with `PYTHONPATH=src pytest`');
  });

  it('never turns a one-off into memory', async () => {
    const r = await dream(base(), [
      { id: 'a', steps: pytestFix },
      { id: 'b', steps: [{ user: 'hello' }] },
    ]);
    expect(r.edits).toEqual([]);
  });

  it('puts a lesson shared by Claude Code and Codex in AGENTS.md', async () => {
    const r = await dream(base(), [
      { id: 'a', steps: pytestFix },
      { id: 'b', steps: pytestFix, agent: 'codex' },
    ]);
    expect(r.edits.map((e) => [e.op, e.file])).toEqual([['add', 'AGENTS.md']]);
    expect(r.edits[0]!.support).toEqual({ sessions: 2, agents: 2 });
  });

  it('moves an agent-specific entry to AGENTS.md when a second agent hits it', async () => {
    const mem = memory({
      'CLAUDE.md':
        '# Project\n\n@AGENTS.md\n\n## Testing\n\n- Run tests with `PYTHONPATH=src pytest`.\n- Prefer small commits.\n- Keep PRs focused.\n- Name branches after issues.\n',
      'AGENTS.md': '# Agents\n\n- Be concise.\n',
    });
    const r = await dream(mem, [
      { id: 'a', steps: pytestFix, agent: 'codex' },
      { id: 'b', steps: pytestFix, agent: 'codex' },
      { id: 'c', steps: pytestFix },
    ]);
    expect(r.edits.map((e) => [e.op, e.file, e.toFile])).toEqual([['move', 'CLAUDE.md', 'AGENTS.md']]);
    expect(r.text('AGENTS.md')).toContain('- Run tests with `PYTHONPATH=src pytest`.');
    expect(r.text('CLAUDE.md')).not.toContain('PYTHONPATH');
  });

  it('adds to AGENTS.md instead of moving when CLAUDE.md does not import it', async () => {
    const mem = memory({
      'CLAUDE.md': '# Project\n\n- Run tests with `PYTHONPATH=src pytest`.\n- Prefer small commits.\n',
      'AGENTS.md': '# Agents\n\n- Be concise.\n',
    });
    const r = await dream(mem, [
      { id: 'a', steps: pytestFix, agent: 'codex' },
      { id: 'b', steps: pytestFix, agent: 'codex' },
    ]);
    expect(r.edits.map((e) => [e.op, e.file])).toEqual([['add', 'AGENTS.md']]);
    expect(r.text('CLAUDE.md')).toBeUndefined();
  });

  it('sharpens an entry the agents had but ignored', async () => {
    const mem = memory({ 'CLAUDE.md': '# Project\n\n- Run tests with `PYTHONPATH=src pytest`.\n- Prefer small commits.\n' });
    const r = await dream(mem, [
      { id: 'a', steps: pytestFix },
      { id: 'b', steps: pytestFix },
    ]);
    expect(r.edits.map((e) => [e.op, e.after])).toEqual([['update', '- Run tests with `PYTHONPATH=src pytest` (plain `pytest` fails).']]);
  });

  it('updates the memory entry that sent agents to a broken command instead of adding a note', async () => {
    const mem = memory({
      'CLAUDE.md':
        '# Build\n\n- Build with `npm run legacy-build`.\n- Keep functions short.\n- Write docs in English.\n- Prefer small commits.\n',
    });
    const steps: Step[] = [
      { run: 'npm run legacy-build', ok: false, out: 'npm error Missing script: "legacy-build"' },
      { run: 'npm run build', ok: true },
    ];
    const r = await dream(mem, [
      { id: 'a', steps },
      { id: 'b', steps },
    ]);
    expect(r.edits.map((e) => [e.op, e.before, e.after])).toEqual([
      ['update', '- Build with `npm run legacy-build`.', '- Build with `npm run build`.'],
    ]);
    expect(r.text('CLAUDE.md')).toBe(
      '# Build\n\n- Build with `npm run build`.\n- Keep functions short.\n- Write docs in English.\n- Prefer small commits.\n',
    );
  });

  it('drops per-session arguments from the working command when sessions disagree on them', async () => {
    const push = (branch: string): Step[] => [
      { run: 'git push', ok: false, out: `fatal: The current branch ${branch} has no upstream branch.` },
      { run: `git push --set-upstream origin ${branch}`, ok: true },
    ];
    const r = await dream(base(), [
      { id: 'a', steps: push('feat-a') },
      { id: 'b', steps: push('feat-b') },
    ]);
    expect(r.edits.map((e) => e.after)).toEqual([
      // The branch name differs between sessions, so it stays out of the quoted failure.
      'Run `git push --set-upstream origin` followed by the branch name: plain `git push` fails.',
    ]);
  });

  it('does not repeat what memory already says', async () => {
    const mem = memory({ 'CLAUDE.md': '# T\n\n- Never commit directly to main.\n' });
    const steps: Step[] = [{ user: "Don't commit directly to main." }];
    const r = await dream(mem, [
      { id: 'a', steps },
      { id: 'b', steps },
    ]);
    expect(r.edits.filter((e) => e.op === 'add')).toEqual([]);
  });

  it('deletes nothing as stale without proof: no git history, no session that saw the script missing', async () => {
    const mem = memory({
      'AGENTS.md':
        '# A\n\n- Run `npm run legacy-build` first.\n- Read `src/legacy/api.ts` for the API.\n- Keep functions short.\n- Write docs in English.\n',
    });
    const r = await dream(mem, [], { maxDeleteShare: 1 });
    expect(r.edits).toEqual([]);
    expect(r.notes).toContain(
      'staleness: 1 path(s) named in memory are absent (`src/legacy/api.ts`), but without git history none can be proven stale: ' +
        'a deletion cites the commit that removed the path, so dream in a git checkout with its history',
    );
  });

  it('merges near-duplicates and resolves a contradiction by repository evidence', async () => {
    const mem = memory({
      'AGENTS.md':
        '# A\n\n- Always run the linter before you commit changes.\n- Always run the linter before you commit any changes to the repo.\n- Run the test suite with `npm test`.\n- Run the test suite with `npm run test:all`.\n- Keep functions short.\n- Write docs in English.\n- Prefer small commits.\n- Name branches after issues.\n',
    });
    const r = await dream(mem, [], { maxDeleteShare: 0.25 });
    // Without session evidence the guards accept only repository evidence, which supports deletes.
    expect(r.edits.map((e) => [e.op, e.before]).sort()).toEqual([
      ['delete', '- Always run the linter before you commit changes.'],
      ['delete', '- Run the test suite with `npm run test:all`.'],
    ]);
    expect(r.edits.find((e) => e.before!.includes('linter'))!.evidence).toEqual([
      { session: 'repo', file: 'AGENTS.md', line: 4, quote: 'Always run the linter before you commit any changes to the repo.' },
    ]);
    expect(r.text('AGENTS.md')).not.toContain('test:all');
  });

  it('merges a contradiction that sessions decide, keeping the entry whose command worked', async () => {
    const mem = memory({
      'AGENTS.md':
        '# A\n\n- Start the dev server with `make serve`.\n- Start the dev server with `make dev`.\n- Keep functions short.\n- Write docs in English.\n',
      'CLAUDE.md': '@AGENTS.md\n',
    });
    const steps: Step[] = [
      { run: 'make serve', ok: false, out: "make: *** No rule to make target 'serve'.  Stop." },
      { run: 'make dev', ok: true },
    ];
    const r = await dream(mem, [
      { id: 'a', steps },
      { id: 'b', steps },
    ]);
    expect(r.edits.map((e) => [e.op, e.before])).toEqual([['delete', '- Start the dev server with `make serve`.']]);
    expect(r.edits[0]!.rationale).toMatch(/worked/);
    expect(new Set(r.edits[0]!.evidence.map((e) => e.session))).toEqual(new Set(['a', 'b']));
  });

  it('skips suppressed edits and respects maxEdits and the budget', async () => {
    const first = await dream(base(), [
      { id: 'a', steps: pytestFix },
      { id: 'b', steps: pytestFix },
    ]);
    const again = await dream(
      base(),
      [
        { id: 'a', steps: pytestFix },
        { id: 'b', steps: pytestFix },
      ],
      {},
      [first.edits[0]!.id],
    );
    expect(again.edits).toEqual([]);
    expect(again.notes.some((n) => n.startsWith('suppressed add CLAUDE.md'))).toBe(true);
    const tight = await dream(
      base(),
      [
        { id: 'a', steps: pytestFix },
        { id: 'b', steps: pytestFix },
      ],
      { budget: { maxLines: 8, maxBytes: 25000 } },
    );
    expect(tight.edits).toEqual([]);
    expect(tight.rejected[0]!.reason).toMatch(/CLAUDE\.md is at its budget/);
    const capped = await dream(
      base(),
      [
        { id: 'a', steps: pytestFix },
        { id: 'b', steps: pytestFix },
      ],
      { maxEdits: 0 },
    );
    expect(capped.edits).toEqual([]);
  });
});
