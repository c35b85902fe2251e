/**
 * A throwaway repository for paraphrase audits: each case is a few sessions about different tasks, written in the
 * real on-disk format of a chosen agent (Claude Code session JSONL, Codex rollout, Gemini CLI chat, Claude Code's
 * prompt log, mini-swe-agent trajectory), dreamed in-process by the real pipeline and offline engine. The audit reads only the edits that come
 * out, so a paraphrase is scored the way a user would see it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runDream } from '../../src/pipeline/run.js';
import { OfflineEngine } from '../../src/engine/offline/index.js';
import { defaultDreamOptions } from '../../src/engine/options.js';
import { silentLogger } from '../../src/log.js';
import { claudeCodeSession, codexRollout, miniSweTrajectory, type Turn } from './transcript-builders.js';

export type Format = 'claude' | 'codex' | 'gemini' | 'prompt-log' | 'mini-swe';

export interface WorldSession {
  format: Format;
  turns: Turn[];
}

const CWD = '/home/dev/almanac';

/** Gemini CLI's chat file holds the person's turns and the model's text (tool calls are left out here). */
function geminiChat(id: string, day: string, turns: Turn[]): string {
  const at = (i: number) => new Date(Date.parse(`2026-11-${day}T08:00:00Z`) + i * 60_000).toISOString();
  const messages = turns.flatMap((t, i) => [
    ...(t.user !== undefined ? [{ id: `u${i}`, timestamp: at(i), type: 'user', content: t.user }] : []),
    ...(t.say !== undefined ? [{ id: `g${i}`, timestamp: at(i), type: 'gemini', content: t.say }] : []),
  ]);
  return JSON.stringify(
    { sessionId: id, projectHash: 'ab'.repeat(32), startTime: at(0), lastUpdated: at(turns.length), messages },
    null,
    2,
  );
}

/** One line of Claude Code's prompt log per prompt the person typed. */
const promptLogLines = (id: string, day: number, turns: Turn[]): string[] =>
  turns
    .filter((t) => t.user !== undefined)
    .map((t, i) =>
      JSON.stringify({ display: t.user, pastedContents: {}, timestamp: Date.UTC(2026, 10, day, 9, i * 7), project: CWD, sessionId: id }),
    );

/**
 * Sessions, one per format, each about its own task, that end on the user saying `user` after the agent's work (a
 * `git status` that printed `statusOut`): the shape the wrong-edit probes share, a sentence said once per session.
 */
export const saidAfterWork = (formats: readonly Format[], user: string, statusOut = 'nothing to commit'): WorldSession[] =>
  formats.map((format, k) => ({
    format,
    turns: [
      { user: ['Add a search button to the header.', 'Fix the upload screen on small phones.'][k] ?? 'Fix the footer.' },
      { bash: 'git status', out: statusOut },
      { say: 'Done; the change is in place.' },
      { user },
    ],
  }));

/** Dreams the sessions at the given support and returns the text of every line added to a memory file. */
export async function addedLines(sessions: readonly WorldSession[], minSupport = 2): Promise<string[]> {
  return (await dreamed(sessions, minSupport)).added;
}

/**
 * Dreams the sessions at the given support: the text of every line added to a memory file, and the signature of each
 * pattern as strong as the support (what the pull request's patterns table labels them by).
 */
export async function dreamed(sessions: readonly WorldSession[], minSupport = 2): Promise<{ added: string[]; signatures: string[] }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'paraphrase-'));
  try {
    writeFileSync(path.join(dir, 'CLAUDE.md'), '# CLAUDE.md\n\n- The tide tables live in src/.\n');
    writeFileSync(path.join(dir, 'AGENTS.md'), '# AGENTS.md\n\n- The tide tables live in src/.\n');
    const logs = path.join(dir, 'logs');
    mkdirSync(logs, { recursive: true });
    const log: string[] = [];
    sessions.forEach((s, k) => {
      const id = `0${k}1c5e00-0000-4000-8000-00000000000${k}`;
      const day = 10 + 2 * k;
      if (s.format === 'claude') writeFileSync(path.join(logs, `s${k}.jsonl`), claudeCodeSession(id, String(day), CWD, s.turns));
      else if (s.format === 'codex') writeFileSync(path.join(logs, `rollout-s${k}.jsonl`), codexRollout(id, String(day), CWD, s.turns));
      else if (s.format === 'mini-swe')
        writeFileSync(path.join(logs, `task-${k}.traj.json`), miniSweTrajectory(`acme__task-${k}`, s.turns));
      else if (s.format === 'gemini') {
        mkdirSync(path.join(logs, 'chats'), { recursive: true });
        writeFileSync(
          path.join(logs, 'chats', `session-2026-11-${day}T08-00-${id.slice(0, 8)}.json`),
          geminiChat(id, String(day), s.turns),
        );
      } else log.push(...promptLogLines(id, day, s.turns));
    });
    if (log.length) writeFileSync(path.join(logs, 'history.jsonl'), log.join('\n') + '\n');
    const r = await runDream({
      repoDir: dir,
      sessions: ['logs/**/*.json*'],
      engine: new OfflineEngine(),
      options: { ...defaultDreamOptions, minSupport },
      ledgerPath: '.dreaming/ledger.json',
      logger: silentLogger,
      now: () => new Date('2026-11-30T00:00:00Z'),
    });
    return {
      added: [...new Set(r.report.edits.filter((e) => e.op === 'add').map((e) => e.after ?? ''))],
      signatures: r.report.patterns.filter((p) => p.support >= minSupport).map((p) => p.signature),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
