/**
 * Prompt logs: files an agent keeps of what the person typed, every session in one file, with no replies
 * and no tool calls. Each entry names its session; each session id becomes a session of its own, in the
 * order the sessions first appear. Three agents keep one:
 * - Gemini CLI, `~/.gemini/tmp/<projectHash>/logs.json` (gemini-logs.ts: its shape);
 * - Claude Code, `~/.claude/history.jsonl`: {display, pastedContents, timestamp (ms), project, sessionId}.
 *   `display` is what was typed; what was pasted sits apart in `pastedContents`, with only a
 *   "[Pasted text #1 +N lines]" placeholder in `display`, so the pasted text is never read as the
 *   person's words. Slash commands stay prompts ("/clear"), as the JSONL reader keeps them. Older
 *   versions wrote no sessionId (in real logs: none up to mid-October 2025, 2.0.1 among them; one from
 *   late November 2025 on): logs hold months of them, the session JSONLs beside them long deleted.
 *   Which of them were one conversation cannot be told: neither gaps
 *   (a resumed session idles overnight; two sessions start minutes apart) nor days split them right.
 *   So all of one project's entries without a sessionId are read as ONE session: support counts
 *   sessions, and none of those conversations counts twice (only one that went on across the upgrade
 *   could), while a lesson said there and again in a later session still counts both;
 * - Codex CLI, `~/.codex/history.jsonl`: {session_id, ts (s), text}. An answer to the agent's own
 *   question is logged as "> <question>\n\n<answer>": the quoted line is the agent's, and the instruction
 *   miner's paste check (pasted.ts) already sets quoted lines aside.
 * The log repeats prompts the session's own transcript holds under the same session id; support counts
 * such a conversation once (same-event.ts).
 */
import { hash } from 'node:crypto';
import { SessionBuilder, asRecord, str } from '../builder.js';
import { IgnoredTypes, type ReaderContext } from './context.js';
import { recordsOf } from './json-source.js';
import type { AgentKind, FormatId } from '../../model/index.js';

/** One logged prompt, or why an entry is not one (counted as an ignored record type). */
export type LoggedPrompt = { session: string; text: string; timestamp?: string; cwd?: string } | { skip: string };

/** Reads a prompt log whose entries `entryOf` understands: one builder per session id. */
export function readPromptLog(
  ctx: ReaderContext,
  agent: AgentKind,
  format: FormatId,
  entryOf: (o: Record<string, unknown>) => LoggedPrompt,
): SessionBuilder[] {
  const sessions = new Map<string, SessionBuilder>();
  const ignored = new IgnoredTypes();
  for (const batch of recordsOf(ctx, []))
    for (const rec of batch) {
      const o = asRecord(rec.value);
      if (!o) {
        ctx.issue(rec.line, 'not a JSON object');
        continue;
      }
      const entry = entryOf(o);
      if ('skip' in entry) {
        ignored.add(entry.skip);
        continue;
      }
      let b = sessions.get(entry.session);
      if (!b) {
        b = new SessionBuilder(agent, format, ctx);
        b.id = entry.session;
        sessions.set(entry.session, b);
      }
      if (entry.cwd) b.cwd ??= entry.cwd;
      b.seen(entry.timestamp);
      const text = entry.text.trim();
      const origin = { file: ctx.display, line: rec.line };
      if (text) b.push({ kind: 'user_prompt', text, origin, ...(entry.timestamp ? { timestamp: entry.timestamp } : {}) });
    }
  ignored.report(ctx);
  return [...sessions.values()];
}

/** An epoch time in `unit` milliseconds, as ISO-8601 UTC; undefined when it is no time. */
function isoOf(n: unknown, unit: number): string | undefined {
  if (typeof n !== 'number' || !Number.isFinite(n) || n <= 0) return undefined;
  const d = new Date(n * unit);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** Claude Code's history.jsonl entry; detection uses it too. */
export function isClaudeHistoryEntry(o: Record<string, unknown>): boolean {
  return typeof o.display === 'string' && typeof o.timestamp === 'number' && asRecord(o.pastedContents) !== undefined && !('type' in o);
}

/**
 * The one session a project's entries without a sessionId are read as (see above). Stable across passes
 * and files, so the ledger knows it again; a hash, as ids are listed in commit messages and a project
 * path may name the person.
 */
function sessionlessHistoryId(project: string | undefined): string {
  return `claude-history-${hash('sha256', project ?? '', 'hex').slice(0, 16)}`;
}

export function readClaudeHistory(ctx: ReaderContext): SessionBuilder[] {
  return readPromptLog(ctx, 'claude-code', 'claude-code-history', (o) => {
    if (!isClaudeHistoryEntry(o)) return { skip: str(o.type) ?? 'untyped' };
    const cwd = str(o.project);
    const session = str(o.sessionId) || sessionlessHistoryId(cwd);
    const timestamp = isoOf(o.timestamp, 1);
    return { session, text: o.display as string, ...(timestamp ? { timestamp } : {}), ...(cwd ? { cwd } : {}) };
  });
}

/** Codex CLI's history.jsonl entry; detection uses it too. */
export function isCodexHistoryEntry(o: Record<string, unknown>): boolean {
  return typeof o.session_id === 'string' && typeof o.ts === 'number' && typeof o.text === 'string' && !('type' in o);
}

export function readCodexHistory(ctx: ReaderContext): SessionBuilder[] {
  return readPromptLog(ctx, 'codex', 'codex-history', (o) => {
    if (!isCodexHistoryEntry(o)) return { skip: str(o.type) ?? 'untyped' };
    const timestamp = isoOf(o.ts, 1000);
    return { session: o.session_id as string, text: o.text as string, ...(timestamp ? { timestamp } : {}) };
  });
}
