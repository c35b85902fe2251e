/**
 * What would enforce a rule that memory states and agents keep breaking, named only for the agents that broke
 * it and only where that agent has it: a hook or rule file outside memory (hooks and settings are not memory,
 * so this is said in the rationale, never written). Checked against each agent's documentation:
 * - Claude Code: a PreToolUse hook (`.claude/settings.json`) sees every tool call, commands and file writes.
 * - Gemini CLI: a BeforeTool hook (`.gemini/settings.json`) likewise.
 * - Codex: a `prefix_rule` with `decision = "forbidden"` in `.codex/rules/` blocks a command by its leading
 *   words; it sees no file edit, so a rule about a place has no enforcer there.
 * The other agents publish nothing that blocks a call before it runs: nothing is suggested for them.
 */
import type { AgentKind } from '../../model/index.js';

export interface Enforced {
  /** The command to block, when the rule names one. */
  command?: string;
  /** What a Claude Code hook blocks ("`npm`", "Edit and Write under `gen/`"). */
  claude: string;
  /** The same for a hook of another agent, in words that name no agent's tools. */
  other: string;
}

/** " A PreToolUse hook that blocks `npm` would enforce it rather than remind.", for these agents; '' when none has one. */
export function enforcement(agents: readonly AgentKind[], what: Enforced): string {
  const has = (a: AgentKind) => agents.includes(a);
  const ways: string[] = [];
  if (has('claude-code') || has('claude-sdk')) ways.push(`a PreToolUse hook that blocks ${what.claude}`);
  if (has('gemini-cli')) ways.push(`a BeforeTool hook in \`.gemini/settings.json\` that blocks ${what.other}`);
  if (has('codex') && what.command)
    ways.push(`a \`prefix_rule\` with \`decision = "forbidden"\` in \`.codex/rules/\` that blocks ${what.other}`);
  if (ways.length === 0) return '';
  const said = ways.length === 1 ? ways[0]! : `${ways.slice(0, -1).join(', ')} or ${ways[ways.length - 1]!}`;
  return ` ${said[0]!.toUpperCase()}${said.slice(1)} would enforce it rather than remind.`;
}
