/**
 * How much of its memory an agent reads. Past Codex's limit the rest is cut off without a word to the user;
 * past Claude Code's, every session starts with a warning. An edit that grows a memory file over one is
 * refused (edits/apply.ts), never moved: another file is read by other agents or sessions (a subfolder's
 * AGENTS.md only in that folder, a new `.claude/rules` file is a file no one chose), so the reviewer prunes.
 *
 * - Codex (openai/codex codex-rs/core/src/project_doc.rs, `read_project_docs`): the one file it takes per
 *   directory from the Git root down to the working directory is read in that order, each up to what remains
 *   of `project_doc_max_bytes` (32 KiB by default, or the project's `.codex/config.toml`: codex-config.ts), counted in raw bytes; a file with only whitespace takes
 *   nothing. So a folder's AGENTS.md shares its budget with every AGENTS.md above it.
 * - Claude Code warns "Large CLAUDE.md will impact performance (N chars > 40.0k)" for a memory file over
 *   40,000 characters, counted as JavaScript counts a string's length (UTF-16 code units). Skills are loaded
 *   on demand, not at start, so they do not count.
 * Copilot, Gemini CLI, Cline and Cursor publish no cut-off for their files; the per-file budget applies to all.
 */
import { posix } from 'node:path';
import type { AgentKind, MemoryFileKind } from '../model/index.js';

export const CODEX_PROJECT_DOC_MAX_BYTES = 32 * 1024;
export const CLAUDE_MEMORY_MAX_CHARS = 40_000;

/** What the limits need of a memory file: who reads it and its text, before and after a change. */
export interface LimitFile {
  path: string;
  kind: MemoryFileKind;
  readBy: readonly AgentKind[];
  before: string;
  after: string;
}

const codexBytes = (text: string): number => (text.trim() === '' ? 0 : Buffer.byteLength(text, 'utf8'));
const dirOf = (path: string): string => posix.dirname(path);
/** Whether directory `dir` is `of` or one of its ancestors ('.' is the repository's root). */
const isAncestorDir = (dir: string, of: string): boolean => dir === '.' || dir === of || of.startsWith(`${dir}/`);

/** Codex's files from the root down to `file`'s directory: the chain whose bytes `file`'s share is counted in. */
function codexChain(file: LimitFile, codex: readonly LimitFile[]): LimitFile[] {
  return codex.filter((f) => isAncestorDir(dirOf(f.path), dirOf(file.path))).sort((a, b) => dirOf(a.path).length - dirOf(b.path).length);
}

/**
 * Why the change from each file's `before` to its `after` grows a file past what its agent reads, or
 * undefined. `files` holds every memory file (a folder's chain needs the files above it); only a
 * limit a changed file crosses, or passes further, counts: shrinking an oversized file is always fine.
 */
export function agentLimitCrossed(files: readonly LimitFile[], codexMaxBytes = CODEX_PROJECT_DOC_MAX_BYTES): string | undefined {
  const codex = files.filter((f) => f.kind === 'agents' && f.readBy.includes('codex'));
  const changed = new Set(files.filter((f) => f.after !== f.before).map((f) => f.path));
  const changedDirs = codex.filter((f) => changed.has(f.path)).map((f) => dirOf(f.path));
  for (const end of codex) {
    // Only the chains through a changed file: the files at or below its folder.
    if (!changedDirs.some((d) => isAncestorDir(d, dirOf(end.path)))) continue;
    const chain = codexChain(end, codex);
    const before = chain.reduce((n, f) => n + codexBytes(f.before), 0);
    const after = chain.reduce((n, f) => n + codexBytes(f.after), 0);
    if (after > codexMaxBytes && after > before) {
      const named = chain.length === 1 ? end.path : `${chain.map((f) => f.path).join(' + ')} (Codex reads them as one, root first)`;
      return (
        `${named} would reach ${after} bytes, past the ${codexMaxBytes} bytes Codex reads ` +
        '(project_doc_max_bytes): it cuts off the rest without a warning to the user; prune memory first, or raise project_doc_max_bytes'
      );
    }
  }
  for (const f of files) {
    if (!changed.has(f.path) || f.kind === 'skill' || !f.readBy.includes('claude-code')) continue;
    if (f.after.length > CLAUDE_MEMORY_MAX_CHARS && f.after.length > f.before.length) {
      return (
        `${f.path} would reach ${f.after.length} characters, past the ${CLAUDE_MEMORY_MAX_CHARS} at which Claude Code warns ` +
        'at the start of every session that a large memory file hurts performance; prune it first'
      );
    }
  }
  return undefined;
}
