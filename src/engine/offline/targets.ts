/**
 * Which memory file a lesson belongs in: the file the agents that hit it actually read. A lesson
 * hit by agents that read different files belongs in the shared AGENTS.md, and also in the own file of
 * each of them that does not read AGENTS.md (Claude's CLAUDE.md, Gemini's GEMINI.md, Codex's override).
 */
import type { AgentKind, MemoryFile } from '../../model/index.js';
import { claudeReadsShared } from '../../signals/index.js';
import type { Edit } from '../../model/index.js';
import { CODEX_OVERRIDE_FILE, COPILOT_FILE, GEMINI_FILE, isClaudeAgent, locationOf } from '../../memory/kinds.js';

export const SHARED_FILE = 'AGENTS.md';
const isClaude = isClaudeAgent;

function rootClaudeFile(memory: readonly MemoryFile[]): MemoryFile | undefined {
  return memory.find((f) => f.path === 'CLAUDE.md') ?? memory.find((f) => f.path === '.claude/CLAUDE.md');
}

export { claudeReadsShared };

/** The file an agent's own lessons go to (following a CLAUDE.md or GEMINI.md that only imports another file). */
function agentFile(agent: AgentKind, memory: readonly MemoryFile[]): string {
  if (agent === 'gemini-cli') {
    const g = memory.find((f) => f.path === GEMINI_FILE);
    return g?.redirectTo ?? GEMINI_FILE;
  }
  // Copilot CLI reads AGENTS.md as well: its own file only when the repository keeps one (never created under .github/).
  if (agent === 'copilot-cli') return memory.some((f) => f.path === COPILOT_FILE) ? COPILOT_FILE : SHARED_FILE;
  // Codex reads the root AGENTS.override.md instead of AGENTS.md (memory/kinds.ts): its lessons go where it reads.
  if (agent === 'codex') return memory.some((f) => f.path === CODEX_OVERRIDE_FILE) ? CODEX_OVERRIDE_FILE : SHARED_FILE;
  if (!isClaude(agent)) return SHARED_FILE;
  const c = rootClaudeFile(memory);
  return c?.redirectTo ?? c?.path ?? 'CLAUDE.md';
}

/** Files a lesson hit by these agents must be written to so that each of them reads it. */
export function targetFiles(agents: readonly AgentKind[], memory: readonly MemoryFile[]): string[] {
  const files = [...new Set(agents.map((a) => agentFile(a, memory)))].sort();
  if (files.length <= 1) return files;
  // Hit by agents reading different files: the lesson is shared. Copilot CLI reads AGENTS.md itself: no copy for it.
  const out = [SHARED_FILE];
  if (agents.some(isClaude) && !claudeReadsShared(memory)) out.push(agentFile('claude-code', memory));
  // Gemini CLI reads AGENTS.md only through a GEMINI.md that imports it (then agentFile is AGENTS.md).
  if (agents.includes('gemini-cli')) out.push(agentFile('gemini-cli', memory));
  // Codex reads no AGENTS.md where an override sits, and no other agent reads the override: a lesson shared
  // by Codex and an agent that reads AGENTS.md is written to both, the one case a lesson is said twice
  // (the PR body says so). Moving the others' lessons into the override would hide them from every other agent.
  if (agents.includes('codex')) out.push(agentFile('codex', memory));
  return [...new Set(out)].sort();
}

/**
 * Why a lesson is added to both AGENTS.md and Codex's override, for the PR body: the one case the same lesson
 * is written twice (targetFiles), said where the reviewer sees each copy. Empty in every other case.
 */
export function saidTwiceNote(target: string, targets: readonly string[]): string {
  if (!targets.includes(SHARED_FILE) || !targets.includes(CODEX_OVERRIDE_FILE)) return '';
  if (target !== SHARED_FILE && target !== CODEX_OVERRIDE_FILE) return '';
  const other = target === SHARED_FILE ? CODEX_OVERRIDE_FILE : SHARED_FILE;
  return ` Also added to ${other}: Codex reads ${CODEX_OVERRIDE_FILE} instead of ${SHARED_FILE}, and no other agent reads the override, so no single file reaches them all.`;
}

/** Files an agent reads, so "memory already says this" is checked where that agent would see it. */
export function filesReadBy(agent: AgentKind, memory: readonly MemoryFile[]): string[] {
  const own = agentFile(agent, memory);
  const out = new Set<string>([own]);
  if (isClaude(agent) && claudeReadsShared(memory)) out.add(SHARED_FILE);
  for (const f of memory) if (f.readBy.includes(agent) && (f.kind === 'rule' || f.kind === 'claude')) out.add(f.redirectTo ?? f.path);
  // Copilot CLI reads AGENTS.md and its path-specific instructions too, Cline (Roo, Kilo) its rules folders
  // beside AGENTS.md, and Cursor (read as generic) its rules: what they already say is said to it.
  if (agent === 'copilot-cli' || agent === 'cline' || agent === 'generic') {
    out.add(SHARED_FILE);
    for (const f of memory) if (f.readBy.includes(agent)) out.add(f.path);
  }
  return [...out].sort();
}

const LESSONS_HEADING = 'Lessons from past sessions';

/** The heading path new lessons go under: an existing lessons/gotchas section, else a new one. */
export function lessonSection(file: MemoryFile | undefined): string[] {
  const h = file?.entries.find((e) => e.kind === 'heading' && /lesson|gotcha|pitfall|learned|learnt/i.test(e.text));
  if (h)
    return [
      ...h.headingPath,
      h.text
        .replace(/^\s*#+\s*/, '')
        .replace(/\s+#+\s*$/, '')
        .trim(),
    ];
  // A file with one H1 is titled by it: the new section goes inside, as an H2.
  const roots = (file?.entries ?? []).filter((e) => e.kind === 'heading' && e.headingPath.length === 0);
  const only = roots.length === 1 ? roots[0] : undefined;
  if (only && /^\s*#\s/.test(only.text)) return [only.text.replace(/^\s*#\s*/, '').trim(), LESSONS_HEADING];
  return [LESSONS_HEADING];
}

/**
 * The edit, unless it would write a file no pass writes (Cursor's or Windsurf's rules, Copilot's path-specific
 * instructions: memory/kinds.ts). Such a file is read to know what agents were told; a fix for what it says
 * is the lesson written where the agents that hit it read memory we may write, or nothing when it is held.
 */
export function writable(e: Edit | undefined): Edit | undefined {
  if (!e) return undefined;
  const readOnly = (path: string | undefined) => path !== undefined && locationOf(path)?.write === 'read';
  return readOnly(e.file) || readOnly(e.toFile) ? undefined : e;
}
