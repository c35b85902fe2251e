/**
 * The offline engine over failure -> resolution episodes: prerequisites of one command become one
 * entry, fixes that undo each other become none, and on the real spotter corpus (when ../shared is
 * present) the three lessons a reviewer wants are proposed, the push entry updated in place.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OfflineEngine } from '../../../src/engine/offline/index.js';
import { defaultDreamOptions } from '../../../src/engine/options.js';
import { mineSession } from '../../../src/signals/mine.js';
import type { RepoFacts } from '../../../src/signals/repo-facts.js';
import type { MemoryFile } from '../../../src/model/index.js';
import { runDream } from '../../../src/pipeline/run.js';
import { silentLogger } from '../../../src/log.js';
import { dreamOffline } from '../../helpers/offline-dream.js';
import { memory, session, type Step } from '../../signals/session-builder.js';

const facts: RepoFacts = { scripts: null, makeTargets: null, exists: () => true };

async function dream(m: MemoryFile[], sessions: Step[][]) {
  const signals = sessions.flatMap((steps, i) => mineSession(session(`s${i}`, steps), { memory: m, repoFacts: facts }));
  return dreamOffline(signals, m, { repoFacts: facts });
}

const blocked = (checks: string[]): Step[] => [
  {
    hook: `pre-commit checks failed:\n${checks.map((c) => `[${c.split(' ')[0]!.toUpperCase()}] failed`).join('\n')}`,
    blocks: 'git commit -m wip',
  },
  { tool: 'Edit', input: { file_path: 'src/a.py' } },
  ...checks.map((c) => ({ run: `${c} src`, ok: true })),
  { run: 'git commit -m wip', ok: true },
];

describe('prerequisites of one command', () => {
  it('become one entry naming every supported check, most supported first', async () => {
    const r = await dream(memory({ 'CLAUDE.md': '# p\n\n- Keep commits small.\n' }), [
      blocked(['ruff', 'mypy']),
      blocked(['mypy']),
      blocked(['ruff', 'mypy']),
      blocked(['black']),
    ]);
    expect(r.edits.map((e) => e.after)).toEqual([
      'Run `mypy src` and `ruff src` before `git commit`: a hook blocks `git commit` until they pass.',
    ]);
    expect(r.edits[0]!.support?.sessions).toBe(3);
  });

  it('leave out a check memory already asks for, and say so', async () => {
    const m = memory({ 'CLAUDE.md': '# p\n\n- Run `ruff src` before committing.\n' });
    const r = await dream(m, [blocked(['ruff', 'mypy']), blocked(['ruff', 'mypy'])]);
    expect(r.edits.map((e) => e.after)).toEqual(['Run `mypy src` before `git commit`: a hook blocks `git commit` until it passes.']);
  });
});

describe('fixes that undo each other', () => {
  it('propose neither, with a note', async () => {
    const there = (from: string, to: string): Step[] => [
      { run: `${from} tests/t.py`, ok: false, out: 'error: cannot run' },
      { run: `${to} tests/t.py`, ok: true },
    ];
    const r = await dream(memory({ 'CLAUDE.md': '# p\n' }), [
      there('pytest', 'bin/test'),
      there('pytest', 'bin/test'),
      there('bin/test', 'pytest'),
      there('bin/test', 'pytest'),
    ]);
    expect(r.edits).toEqual([]);
    expect(r.notes.some((n) => n.includes('sessions went both ways'))).toBe(true);
    // Control: one direction alone is a lesson.
    const one = await dream(memory({ 'CLAUDE.md': '# p\n' }), [there('pytest', 'bin/test'), there('pytest', 'bin/test')]);
    expect(one.edits.map((e) => e.after)).toEqual(['Run `bin/test`, not `pytest`: it fails.']);
  });
});

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const spotter = path.resolve(repoRoot, '../shared/corpus/spotter_claude_code');
const present = existsSync(path.join(spotter, '_memory_files', 'CLAUDE.md.HEAD'));

describe.skipIf(!present)('spotter_claude_code, read as a reviewer would', () => {
  it('updates the push entry, teaches format, credo and dialyzer before commit, and keeps the ignored build output out', async () => {
    const repoDir = mkdtempSync(path.join(os.tmpdir(), 'dream-spotter-'));
    try {
      writeFileSync(path.join(repoDir, 'CLAUDE.md'), readFileSync(path.join(spotter, '_memory_files', 'CLAUDE.md.HEAD')));
      const transcriptFiles = readdirSync(spotter, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.jsonl') && !f.startsWith('_'))
        .map((f) => path.join(spotter, f));
      const r = await runDream({
        repoDir,
        sessions: [],
        transcriptFiles,
        engine: new OfflineEngine(),
        options: defaultDreamOptions,
        ledgerPath: '.dreaming/ledger.json',
        logger: silentLogger,
      });
      const edits = r.report.edits.map((e) => ({ op: e.op, before: e.before ?? '', after: e.after ?? '' }));
      const push = edits.find((e) => e.op === 'update' && e.before.includes('`git push` succeeds'));
      expect(push?.after).toMatch(/`git push --set-upstream origin` followed by the branch name/);
      const commit = edits.find((e) => e.after.includes('before `git commit`'));
      for (const check of ['`mix format`', '`mix credo', '`mix dialyzer`']) expect(commit?.after).toContain(check);
      expect(edits.some((e) => e.op === 'add' && /^Leave `priv\/static\/assets\/` out of `git add`/.test(e.after))).toBe(true);
      // Nothing tells agents to force anything, and no line is added beside the push entry.
      for (const e of edits) expect(e.after).not.toMatch(/^(Run|Use) `git add -f/);
      expect(edits.filter((e) => e.op === 'add' && e.after.includes('git push'))).toEqual([]);
      expect(r.report.rejected).toEqual([]);
    } finally {
      rmSync(repoDir, { recursive: true, force: true });
    }
  }, 60_000);
});
