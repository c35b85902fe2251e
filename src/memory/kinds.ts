/**
 * Which kind of memory file a path is, and which agents read it. Kept apart from discovery so the
 * parser, the applier (files created by a move) and the guards classify paths the same way.
 */
import { posix } from 'node:path';
import type { AgentKind, MemoryFileKind } from '../model/index.js';

export const CLAUDE_READERS: readonly AgentKind[] = ['claude-code', 'claude-sdk', 'managed-agents'];
/** The agents that read CLAUDE.md, `.claude/rules` and skills: one set, so every stage routes alike. */
export const isClaudeAgent = (a: AgentKind): boolean => CLAUDE_READERS.includes(a);
const AGENTS_MD_READERS: readonly AgentKind[] = ['codex', 'generic', 'openhands', 'swe-agent', 'aider', 'copilot-cli', 'grok-cli', 'cline'];
/** Gemini CLI loads GEMINI.md (its default context file name), not AGENTS.md or CLAUDE.md. */
export const GEMINI_FILE = 'GEMINI.md';
/**
 * Copilot CLI's repository-wide instructions. It reads AGENTS.md too, and the path-specific
 * `*.instructions.md` files under `.github/instructions/` (COPILOT_SCOPED), which apply only to matching files.
 */
export const COPILOT_FILE = '.github/copilot-instructions.md';
const COPILOT_SCOPED = /^\.github\/instructions\/(?:[^/]+\/)*[^/]+\.instructions\.md$/;

/** Personal, uncommitted memory: never read, never written (case-insensitive for macOS/Windows checkouts). */
export const isPersonalMemory = (path: string): boolean => /(^|\/)claude\.local\.md$/i.test(path);

export function kindForPath(path: string): MemoryFileKind {
  const base = posix.basename(path);
  if (/^\.claude\/skills\/[^/]+\/SKILL\.md$/.test(path)) return 'skill';
  if (path.startsWith('.claude/rules/')) return 'rule';
  if (base === 'CLAUDE.md') return 'claude';
  if (base === 'AGENTS.md') return 'agents';
  return 'custom';
}

export function readByForPath(path: string): AgentKind[] {
  const kind = kindForPath(path);
  if (kind === 'agents') return [...AGENTS_MD_READERS];
  if (posix.basename(path) === GEMINI_FILE) return ['gemini-cli'];
  if (path === COPILOT_FILE || COPILOT_SCOPED.test(path)) return ['copilot-cli'];
  if (kind === 'custom' && !path.startsWith('.claude/')) return ['generic'];
  return [...CLAUDE_READERS];
}
