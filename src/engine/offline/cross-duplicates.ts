/**
 * The same rule in two memory files that the same agents load: the root CLAUDE.md repeating an AGENTS.md it imports
 * (`@AGENTS.md`), or a `.claude/rules` file that is always loaded. The root file's copy goes; the other copy still
 * reaches every agent that read it. Two files read by different agents (CLAUDE.md and an AGENTS.md it does not import)
 * each need their copy, and a rule file scoped to some paths (`paths:` in its front matter), or a nested CLAUDE.md, is
 * not always loaded: those copies are never the one kept.
 */
import type { AgentKind, Edit, MemoryEntry, MemoryFile } from '../../model/index.js';
import { claudeReadsShared } from '../../signals/index.js';
import { isClaudeAgent } from '../../memory/kinds.js';
import { makeEdit } from './build.js';
import { editable, sameSaying, sayingOf, type Saying } from './hygiene.js';
import { repoQuote } from './staleness.js';
import { SHARED_FILE } from './targets.js';

const ROOT_CLAUDE = new Set(['CLAUDE.md', '.claude/CLAUDE.md']);

/** Loaded at every session start by the agents that read it. */
function alwaysLoaded(f: MemoryFile): boolean {
  if (f.path === SHARED_FILE || ROOT_CLAUDE.has(f.path)) return true;
  return f.kind === 'rule' && !/^---\r?\n[\s\S]*?^paths\s*:/m.test(f.text);
}

export function crossFileDuplicates({ memory, skip }: { memory: readonly MemoryFile[]; skip: ReadonlySet<string> }): Edit[] {
  const shared = claudeReadsShared(memory);
  const reads = (f: MemoryFile, agent: AgentKind) => f.readBy.includes(agent) || (shared && f.path === SHARED_FILE && isClaudeAgent(agent));
  const edits: Edit[] = [];
  for (const from of memory.filter((f) => ROOT_CLAUDE.has(f.path) && f.redirectTo === undefined)) {
    const keepers = memory.filter((k) => k !== from && alwaysLoaded(k) && from.readBy.every((a) => reads(k, a)));
    // Only entries naming the same code can say the same thing: grouped by it, each entry is read once. Memory files
    // are small (the budget caps them), so comparing an entry with its group is bounded.
    const bySpans = new Map<string, { entry: MemoryEntry; saying: Saying }[]>();
    for (const k of keepers.flatMap((f) => f.entries.filter(editable))) {
      const saying = sayingOf(k.text);
      const group = bySpans.get(saying.spans) ?? [];
      group.push({ entry: k, saying });
      bySpans.set(saying.spans, group);
    }
    for (const entry of from.entries) {
      if (!editable(entry) || skip.has(entry.id)) continue;
      const saying = sayingOf(entry.text);
      const twin = bySpans.get(saying.spans)?.find((k) => sameSaying(saying, k.saying));
      if (!twin) continue;
      edits.push(
        makeEdit({
          op: 'delete',
          file: from.path,
          entryId: entry.id,
          before: entry.text,
          rationale: `${twin.entry.file}:${twin.entry.startLine} says the same, and every agent that reads ${from.path} loads ${twin.entry.file} too; keep one.`,
          evidence: [repoQuote(twin.entry), repoQuote(entry)],
        }),
      );
    }
  }
  return edits;
}
