/** The memory model: files agents read at session start, parsed into entries. */
import type { AgentKind } from './session.js';

/** A memory file (CLAUDE.md, AGENTS.md, a rule, a skill...) parsed into entries. */
export type MemoryFileKind = 'claude' | 'agents' | 'rule' | 'skill' | 'custom';

export interface MemoryEntry {
  /** Stable identity: derived from file, heading path and normalised text, not from line numbers. */
  id: string;
  file: string;
  headingPath: string[];
  kind: 'bullet' | 'paragraph' | 'heading';
  /** 1-based inclusive line range in the file. */
  startLine: number;
  endLine: number;
  /** The entry's raw text (its lines joined with \n, without the trailing newline). */
  text: string;
}

export interface MemoryFile {
  /** Repo-relative path with forward slashes. */
  path: string;
  kind: MemoryFileKind;
  /** Which agents read this file: CLAUDE.md -> claude agents, AGENTS.md -> codex and others. */
  readBy: AgentKind[];
  /** The raw text, byte-for-byte as read. */
  text: string;
  entries: MemoryEntry[];
  /** When the file only imports another (`@AGENTS.md`), edits are redirected there. */
  redirectTo?: string;
}
