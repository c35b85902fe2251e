/**
 * Which kind of memory file a path is, and which agents read it. Kept apart from discovery so the
 * parser, the applier (files created by a move) and the guards classify paths the same way.
 */
import { posix } from 'node:path';
import type { AgentKind, MemoryFileKind } from '../model/index.js';

/**
 * Codex reads `AGENTS.override.md` in place of AGENTS.md in a directory, and no other agent reads it. Its
 * project-doc discovery (openai/codex codex-rs/core/src/project_doc.rs, `discover_project_doc_paths` and
 * `candidate_filenames`; developers.openai.com/codex/guides/agents-md) walks from the Git root down to the
 * working directory and takes at most one file per directory: the first of `AGENTS.override.md`,
 * `AGENTS.md`, then the configured `project_doc_fallback_filenames` that exists (a regular file or a
 * symlink; an empty one still hides the others and then adds nothing). The files are concatenated root
 * first up to `project_doc_max_bytes` (32 KiB). `~/.codex/AGENTS.override.md` likewise replaces the global
 * `~/.codex/AGENTS.md`, which is personal and outside the repository, so never ours to read or write.
 */
export const CODEX_OVERRIDE_FILE = 'AGENTS.override.md';
/** Whether Codex reads `path` instead of the AGENTS.md beside it. */
export const isCodexOverride = (path: string): boolean => posix.basename(path) === CODEX_OVERRIDE_FILE;
/** The AGENTS.md an override at `path` hides from Codex. */
export const agentsBesideOverride = (path: string): string => posix.join(posix.dirname(path), 'AGENTS.md');

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
/**
 * The rules Cline and its forks load from the workspace root: Cline's `.clinerules` (a file, or a folder
 * of Markdown files) and `.cline/rules/`, Roo Code's `.roo/rules/`, `.roo/rules-<mode>/` and `.roorules`
 * (`-<mode>`), Kilo Code's `.kilocode/rules/`. Read so that a rule already written there is not proposed
 * again; lessons still go to AGENTS.md, which all three read, so no new rules location is created.
 */
export const CLINE_RULES_GLOBS: readonly string[] = [
  '.clinerules',
  '.clinerules/**/*.md',
  '.cline/rules/**/*.md',
  '.roorules',
  '.roorules-*',
  '.roo/rules/**/*.md',
  '.roo/rules-*/**/*.md',
  '.kilocode/rules/**/*.md',
];
const CLINE_RULES =
  /^(?:\.clinerules|\.roorules(?:-[^/]+)?|(?:\.clinerules|\.cline\/rules|\.roo\/rules(?:-[^/]+)?|\.kilocode\/rules)\/(?:[^/]+\/)*[^/]+\.md)$/;

/** Personal, uncommitted memory: never read, never written (case-insensitive for macOS/Windows checkouts). */
export const isPersonalMemory = (path: string): boolean => /(^|\/)claude\.local\.md$/i.test(path);

export function kindForPath(path: string): MemoryFileKind {
  const base = posix.basename(path);
  if (/^\.claude\/skills\/[^/]+\/SKILL\.md$/.test(path)) return 'skill';
  if (path.startsWith('.claude/rules/')) return 'rule';
  if (base === 'CLAUDE.md') return 'claude';
  // An override is the AGENTS.md of Codex in its directory: rules there are Codex's own, as AGENTS.md's are.
  if (base === 'AGENTS.md' || base === CODEX_OVERRIDE_FILE) return 'agents';
  return 'custom';
}

export function readByForPath(path: string): AgentKind[] {
  const kind = kindForPath(path);
  if (isCodexOverride(path)) return ['codex'];
  if (kind === 'agents') return [...AGENTS_MD_READERS];
  if (posix.basename(path) === GEMINI_FILE) return ['gemini-cli'];
  if (path === COPILOT_FILE || COPILOT_SCOPED.test(path)) return ['copilot-cli'];
  if (CLINE_RULES.test(path)) return ['cline'];
  if (kind === 'custom' && !path.startsWith('.claude/')) return ['generic'];
  return [...CLAUDE_READERS];
}
