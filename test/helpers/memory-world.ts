/**
 * A throwaway git repository for the memory-edit audit (test/pipeline/memory-edits-audit.test.ts): memory files and
 * project files committed before the sessions, optional later commits that remove paths (on the base branch or only
 * on another branch), and sessions in the real on-disk format of a chosen agent. The real pipeline and offline
 * engine dream it in-process; the audit reads every edit that comes out, whatever its op, so an update, deletion,
 * merge or move is scored the way a reviewer of the pull request would see it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runDream } from '../../src/pipeline/run.js';
import { OfflineEngine } from '../../src/engine/offline/index.js';
import { defaultDreamOptions } from '../../src/engine/options.js';
import { silentLogger } from '../../src/log.js';
import type { EditOp } from '../../src/model/index.js';
import { claudeCodeSession, codexRollout, copilotSession, type Turn } from './transcript-builders.js';

export type Agent = 'claude' | 'codex' | 'copilot';

export interface MemoryWorld {
  /** Files committed first (memory and project): repo-relative path -> text. */
  files: Readonly<Record<string, string>>;
  /** Paths a later commit on the base branch removes (the proof a stale entry needs). */
  removed?: readonly string[];
  /** Paths removed (renamed away) only on another branch; the base branch keeps them. */
  removedOnBranch?: readonly string[];
  /** When the files were committed (default 2026-10-01, before every session). */
  committedAt?: string;
  sessions: readonly { agent: Agent; turns: Turn[] }[];
  minSupport?: number;
}

/** One edit as a reviewer reads it. */
export interface SeenEdit {
  op: EditOp;
  file: string;
  toFile?: string;
  before?: string;
  after?: string;
}

const CWD = '/home/dev/almanac';

function git(dir: string, args: string[], date: string): void {
  execFileSync('git', args, {
    cwd: dir,
    stdio: 'ignore',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Dev',
      GIT_AUTHOR_EMAIL: 'dev@example.com',
      GIT_COMMITTER_NAME: 'Dev',
      GIT_COMMITTER_EMAIL: 'dev@example.com',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    },
  });
}

function write(dir: string, rel: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  writeFileSync(path.join(dir, rel), text);
}

/** Dreams the world and returns every edit of the pass. */
export async function dreamEdits(w: MemoryWorld): Promise<SeenEdit[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'memory-world-'));
  try {
    const at = w.committedAt ?? '2026-10-01T10:00:00Z';
    git(dir, ['init', '-q', '-b', 'main'], at);
    for (const [rel, text] of Object.entries(w.files)) write(dir, rel, text);
    // Forced: a case may commit a file its own .gitignore names (build output a later commit removes).
    git(dir, ['add', '-f', '--', ...Object.keys(w.files)], at);
    git(dir, ['commit', '-q', '-m', 'Start'], at);
    if (w.removedOnBranch?.length) {
      git(dir, ['checkout', '-q', '-b', 'rename-scripts'], '2026-10-05T10:00:00Z');
      git(dir, ['rm', '-r', '-q', ...w.removedOnBranch], '2026-10-05T10:00:00Z');
      git(dir, ['commit', '-q', '-m', 'Rename scripts'], '2026-10-05T10:00:00Z');
      git(dir, ['checkout', '-q', 'main'], '2026-10-05T10:00:00Z');
    }
    if (w.removed?.length) {
      git(dir, ['rm', '-r', '-q', ...w.removed], '2026-10-06T10:00:00Z');
      git(dir, ['commit', '-q', '-m', 'Remove old files'], '2026-10-06T10:00:00Z');
    }
    // Codex records the AGENTS.md it loaded: the one of the session's day, so none written after the sessions.
    const agentsMd = at < '2026-11-10' ? (w.files['AGENTS.md'] ?? '- Be concise.') : '- Be concise.';
    w.sessions.forEach((s, k) => {
      const id = `0${k}7e5e00-0000-4000-8000-00000000000${k}`;
      const day = String(10 + 2 * k);
      if (s.agent === 'claude') write(dir, `logs/s${k}.jsonl`, claudeCodeSession(id, day, CWD, s.turns));
      else if (s.agent === 'codex') write(dir, `logs/rollout-s${k}.jsonl`, codexRollout(id, day, CWD, s.turns, agentsMd));
      else write(dir, `logs/copilot/${id}/events.jsonl`, copilotSession(id, day, CWD, s.turns));
    });
    const r = await runDream({
      repoDir: dir,
      sessions: ['logs/**/*.jsonl'],
      engine: new OfflineEngine(),
      options: { ...defaultDreamOptions, minSupport: w.minSupport ?? 2 },
      ledgerPath: '.dreaming/ledger.json',
      logger: silentLogger,
      now: () => new Date('2026-11-30T00:00:00Z'),
    });
    return r.report.edits.map((e) => ({
      op: e.op,
      file: e.file,
      ...(e.toFile !== undefined ? { toFile: e.toFile } : {}),
      ...(e.before !== undefined ? { before: e.before } : {}),
      ...(e.after !== undefined ? { after: e.after } : {}),
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The edits of two sessions (Claude Code, then Codex, on unrelated tasks) in which the person says `said`, over a
 * memory whose CLAUDE.md and AGENTS.md hold the one entry `entry`: whether memory already holds what was said.
 */
export async function editsBesideEntry(said: string, entry: string): Promise<SeenEdit[]> {
  const memory = `# Project\n\n- ${entry}\n`;
  return dreamEdits({
    files: { 'CLAUDE.md': memory, 'AGENTS.md': memory, 'README.md': '# almanac\n' },
    sessions: (['claude', 'codex'] as Agent[]).map((agent, k) => ({
      agent,
      turns: [{ user: ['Add a moon phase column.', 'Fix the tide rounding.'][k]! }, { say: 'Done.' }, { user: said }, { say: 'OK.' }],
    })),
  });
}
