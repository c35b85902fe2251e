/**
 * What a memory entry names: commands, scripts, make targets and repo paths. Used to tie a failure
 * in a session to the entry that caused it, and to find entries the repository has outgrown.
 */
import type { MemoryEntry, MemoryFile, AgentKind } from '../model/index.js';
import { codeSpans } from './normalize.js';
import { MULTI_WORD, RUNNER_BUILTINS, basename, parseCommand, structuralTokens, type CommandShape } from './command.js';
import { shellWords } from './shell-words.js';
import { isClaudeAgent } from '../memory/kinds.js';

export interface CommandMention {
  entry: MemoryEntry;
  /** The mention verbatim as it appears in the entry. */
  text: string;
  shape: CommandShape;
}

const KNOWN_PROGRAMS = new Set([
  // Every program whose subcommands the command shape keeps, and the single-word tools memory names.
  ...MULTI_WORD,
  'pytest',
  'jest',
  'vitest',
  'tsc',
  'eslint',
  'prettier',
  'node',
  'python',
  'python3',
  'ruff',
  'mypy',
  'black',
  'tox',
  'mocha',
  'rspec',
  'iex',
]);

function isCommandLike(shape: CommandShape): boolean {
  return shape.env.length > 0 || KNOWN_PROGRAMS.has(shape.program);
}

function fencedLines(text: string): string[] {
  const out: string[] = [];
  let inFence = false;
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*```/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      const cmd = line
        .replace(/\s+#.*$/, '')
        .replace(/^\s*\$\s*/, '')
        .trim();
      if (cmd) out.push(cmd);
    }
  }
  return out;
}

export function commandMentions(memory: readonly MemoryFile[]): CommandMention[] {
  const out: CommandMention[] = [];
  for (const file of memory) {
    for (const entry of file.entries) {
      if (entry.kind === 'heading') continue;
      for (const text of [...codeSpans(entry.text), ...fencedLines(entry.text)]) {
        const shape = parseCommand(text);
        if (shape && isCommandLike(shape)) out.push({ entry, text, shape });
      }
    }
  }
  return out;
}

/**
 * How a failing command relates to a command memory mentions:
 * 'same'    - memory told the agent to run what failed;
 * 'ignored' - memory names a variant with more setup (env, flags) that the agent left out.
 */
export function mentionRelation(mention: CommandShape, failed: CommandShape): 'same' | 'ignored' | null {
  if (mention.program !== failed.program) return null;
  if (mention.sub.join(' ') !== failed.sub.join(' ')) return null;
  // Memory that runs the program by its path (`~/Android/sdk/platform-tools/adb devices`, `bin/rails test`) says how to
  // reach it: the same command run by another name failing ("command not found: adb") is memory not followed.
  const path = invoked(mention);
  if (path.includes('/') && path !== invoked(failed)) return 'ignored';
  const ft = new Set(structuralTokens(failed));
  const extra = structuralTokens(mention).filter((t) => !ft.has(t));
  return extra.length === 0 ? 'same' : 'ignored';
}

/** The word that named the command's program, as it was written (`~/sdk/platform-tools/adb`, `./gradlew`, `adb`). */
function invoked(shape: CommandShape): string {
  return shellWords(shape.segment).find((w) => basename(w) === shape.program) ?? shape.program;
}

/** The package script or make target a command runs, when it runs one. */
export function scriptOf(shape: CommandShape): { kind: 'script' | 'make'; name: string } | undefined {
  const [s0, s1] = shape.sub;
  if (shape.program === 'make') return s0 ? { kind: 'make', name: s0 } : undefined;
  if (!['npm', 'pnpm', 'yarn', 'bun'].includes(shape.program) || !s0) return undefined;
  if (s0 === 'run' || s0 === 'run-script') return s1 ? { kind: 'script', name: s1 } : undefined;
  if (['test', 'start', 'stop', 'restart'].includes(s0)) return { kind: 'script', name: s0 };
  // yarn/pnpm/bun run scripts by bare name; npm's other subcommands are built-ins.
  if (shape.program !== 'npm' && !RUNNER_BUILTINS.test(s0)) return { kind: 'script', name: s0 };
  return undefined;
}

/**
 * Path-like code spans: `src/old/thing.ts`, `docs/setup.md`. Globs, URLs and home paths are not paths
 * here, nor a function with its arity (`Tracer.set_attribute/2`, `Enum.map/2`), nor a span that opens with `@`:
 * a scoped package (`@types/node`) or an import (`@enterprise/CLAUDE.md`, whose file is memory itself), neither
 * ever a path of the checkout as written.
 */
export function pathMentions(entry: MemoryEntry): string[] {
  return codeSpans(entry.text).filter(
    (s) =>
      /^[\w@.-]+(?:\/[\w@.-]+)+\/?$/.test(s) &&
      !s.includes('://') &&
      !s.startsWith('.') &&
      !s.startsWith('@') &&
      !/[*?{}<>$]/.test(s) &&
      !/\/\d+$/.test(s),
  );
}

/** Claude reads AGENTS.md when the root CLAUDE.md is only an import of it or imports it on a line of its own. */
export function claudeReadsShared(memory: readonly MemoryFile[]): boolean {
  const c = memory.find((f) => f.path === 'CLAUDE.md') ?? memory.find((f) => f.path === '.claude/CLAUDE.md');
  if (!c) return false;
  return c.redirectTo === 'AGENTS.md' || /^@(\.\/)?AGENTS\.md\s*$/m.test(c.text);
}

/** The memory files an agent actually loads: only those can have misled it. */
export function memoryReadBy(agent: AgentKind, memory: readonly MemoryFile[]): MemoryFile[] {
  const shared = isClaudeAgent(agent) && claudeReadsShared(memory);
  return memory.filter((f) => f.readBy.includes(agent) || (shared && f.path === 'AGENTS.md'));
}
