/**
 * Which kind of memory file a path is, and which agents read it. Kept apart from discovery so the
 * parser, the applier (files created by a move) and the guards classify paths the same way.
 */
import { posix } from 'node:path';
import { globMatcher } from '../sources/glob.js';
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
 * `*.instructions.md` files under `.github/instructions/`, which apply only to matching files.
 */
export const COPILOT_FILE = '.github/copilot-instructions.md';

/**
 * What a pass may do to a memory file of a location: `create` it for new lessons (the agents' own
 * default files, so an empty repository can learn), edit it only where it `exists` (a file a team chose
 * to keep), or `read` it only, to know a lesson is already held there and never write it (its format
 * is not the Markdown we write, or it applies only to some files, or no agent we read sessions of loads it).
 */
type MemoryWrite = 'create' | 'exists' | 'read';

/** One place agents read memory from: the one table every stage (discovery, guards, sync, README) derives from. */
export interface MemoryLocation {
  /** Who reads it, for people (README's table). */
  agent: string;
  globs: readonly string[];
  kind: MemoryFileKind;
  readBy: readonly AgentKind[];
  /**
   * `front-matter`: the agent's format opens the file with a `---` block (Cursor's `description`/`globs`/
   * `alwaysApply`, Copilot's `applyTo`, a skill's `name`, a Claude rule's `paths`); parse.ts keeps it out of
   * the entries, so it stays byte-identical and a lesson goes after it. `markdown`: plain Markdown.
   */
  format: 'markdown' | 'front-matter';
  write: MemoryWrite;
}

/**
 * Every memory location, first match wins (a skill is a skill before it is a `.claude/` file). Checked
 * against each agent's documentation: Claude Code (memory, rules, skills), Codex (project_doc.rs), Gemini
 * CLI (context files), Copilot (repository and path-specific instructions), Cline and its forks Roo Code and
 * Kilo Code (rules folders; `.clinerules` may be one file), Cursor (`.cursor/rules/*.mdc`, legacy
 * `.cursorrules`), Windsurf (`.windsurf/rules/*.md`, legacy `.windsurfrules`).
 */
export const MEMORY_LOCATIONS: readonly MemoryLocation[] = [
  {
    agent: 'Claude Code (skills)',
    globs: ['.claude/skills/*/SKILL.md'],
    kind: 'skill',
    readBy: CLAUDE_READERS,
    format: 'front-matter',
    // A skill's front matter names and describes it: the dreamer must not invent one, so it never creates one.
    write: 'exists',
  },
  {
    agent: 'Claude Code (rules)',
    globs: ['.claude/rules/**/*.md'],
    kind: 'rule',
    readBy: CLAUDE_READERS,
    format: 'front-matter',
    write: 'create',
  },
  { agent: 'Claude Code', globs: ['**/CLAUDE.md'], kind: 'claude', readBy: CLAUDE_READERS, format: 'markdown', write: 'create' },
  // Never created: its mere existence would hide the AGENTS.md beside it from Codex.
  { agent: 'Codex', globs: [`**/${CODEX_OVERRIDE_FILE}`], kind: 'agents', readBy: ['codex'], format: 'markdown', write: 'exists' },
  {
    agent: 'Codex, Copilot, Cline, Cursor, Windsurf, aider, OpenHands and others',
    globs: ['**/AGENTS.md'],
    kind: 'agents',
    readBy: AGENTS_MD_READERS,
    format: 'markdown',
    write: 'create',
  },
  { agent: 'Gemini CLI', globs: [`**/${GEMINI_FILE}`], kind: 'custom', readBy: ['gemini-cli'], format: 'markdown', write: 'create' },
  // Under `.github/`, beside workflows: edited where the repository keeps it, never created.
  { agent: 'GitHub Copilot', globs: [COPILOT_FILE], kind: 'custom', readBy: ['copilot-cli'], format: 'markdown', write: 'exists' },
  // Each applies only to the files its `applyTo` names: a lesson for the whole repository does not belong there.
  {
    agent: 'GitHub Copilot (path-specific)',
    globs: ['.github/instructions/**/*.instructions.md'],
    kind: 'custom',
    readBy: ['copilot-cli'],
    format: 'front-matter',
    write: 'read',
  },
  // Folders of Markdown rules read beside AGENTS.md: edited where they exist; lessons go to AGENTS.md.
  {
    agent: 'Cline, Roo Code, Kilo Code',
    globs: ['.clinerules/**/*.md', '.cline/rules/**/*.md', '.roo/rules/**/*.md', '.roo/rules-*/**/*.md', '.kilocode/rules/**/*.md'],
    kind: 'custom',
    readBy: ['cline'],
    format: 'markdown',
    write: 'exists',
  },
  // One plain-text file (not Markdown): read only.
  {
    agent: 'Cline, Roo Code (one file)',
    globs: ['.clinerules', '.roorules', '.roorules-*'],
    kind: 'custom',
    readBy: ['cline'],
    format: 'markdown',
    write: 'read',
  },
  // Cursor's sessions are read as `generic` (SpecStory and Cursor exports); it reads AGENTS.md, where lessons go.
  {
    agent: 'Cursor',
    globs: ['.cursor/rules/**/*.mdc', '.cursor/rules/**/*.md', '.cursorrules'],
    kind: 'custom',
    readBy: ['generic'],
    format: 'front-matter',
    write: 'read',
  },
  {
    agent: 'Windsurf',
    globs: ['.windsurf/rules/**/*.md', '.windsurfrules'],
    kind: 'custom',
    readBy: ['generic'],
    format: 'front-matter',
    write: 'read',
  },
];

const MATCHERS = MEMORY_LOCATIONS.map((l) => ({ location: l, test: globMatcher(l.globs) }));

/** The location a repo-relative path belongs to, or undefined for a file no default glob names (a configured one). */
export const locationOf = (path: string): MemoryLocation | undefined => MATCHERS.find((m) => m.test(path))?.location;

/** Folders discovery never enters: installed packages' and built copies of memory files are not the repository's memory. */
export const MEMORY_IGNORE: readonly string[] = ['**/node_modules/**', '**/.git/**', '**/dist/**'];
const ignored = globMatcher(MEMORY_IGNORE);

/** Whether a path is a memory file by default: what discovery finds, as a path test (sync of a push's changes). */
export const isDefaultMemoryPath = (path: string): boolean => !isPersonalMemory(path) && !ignored(path) && locationOf(path) !== undefined;

/** Personal, uncommitted memory: never read, never written (case-insensitive for macOS/Windows checkouts). */
export const isPersonalMemory = (path: string): boolean => /(^|\/)claude\.local\.md$/i.test(path);

export function kindForPath(path: string): MemoryFileKind {
  return locationOf(path)?.kind ?? 'custom';
}

/** Who reads a file: its location's agents; a configured glob's file outside `.claude/` is read by generic agents. */
export function readByForPath(path: string): AgentKind[] {
  const at = locationOf(path);
  if (at) return [...at.readBy];
  return path.startsWith('.claude/') ? [...CLAUDE_READERS] : ['generic'];
}
