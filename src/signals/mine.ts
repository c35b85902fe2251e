/**
 * Per-session signal mining: deterministic, and independent of every other session so the pipeline
 * can drop each session as soon as it is mined.
 */
import path from 'node:path';
import { sessionTime, type Session, type MemoryEntry, type MemoryFile, type Signal } from '../model/index.js';
import type { RepoFacts } from './repo-facts.js';
import { commandMentions, memoryReadBy, type CommandMention } from './memory-refs.js';
import { dedupeBySignature, mineCommands } from './mine-commands.js';
import { mineInstructions } from './mine-instructions.js';
import { mineReplyFormat } from './mine-feedback.js';
import { mineShellCwd } from './shell-cwd.js';
import { mineBrokenRules } from './mine-broken-rules.js';
import { prohibitionRules, type ProhibitionRule } from './rule-prohibitions.js';
import type { RuleDates } from './rule-dates.js';
import { isClaudeAgent } from '../memory/kinds.js';
import { SessionOccurrences } from './occurrence.js';

export interface MiningContext {
  memory: MemoryFile[];
  repoFacts: RepoFacts;
  /** When the memory lines that state rules were committed; absent: rules are not dated. */
  ruleDates?: RuleDates;
}

/** Memory is the same for every session of a pass: parse its mentions once per agent, not per session. */
const cache = new WeakMap<
  readonly MemoryFile[],
  Map<string, { mentions: CommandMention[]; entries: MemoryEntry[]; rules: ProhibitionRule[] }>
>();

function memoryView(agent: Session['agent'], memory: readonly MemoryFile[]) {
  let byAgent = cache.get(memory);
  if (!byAgent) cache.set(memory, (byAgent = new Map()));
  let view = byAgent.get(agent);
  if (!view) {
    const read = memoryReadBy(agent, memory);
    const entries = read.flatMap((f) => f.entries);
    // A rule the agent reads twice (CLAUDE.md, and AGENTS.md it imports) is broken once, against the
    // copy in the agent's own file: where its other lessons go too (engine/offline/targets.ts).
    const own = (f: MemoryFile) => isClaudeAgent(agent) === (f.kind !== 'agents');
    const ruleOrder = [...read.filter(own), ...read.filter((f) => !own(f))].flatMap((f) => f.entries);
    view = { mentions: commandMentions(read), entries, rules: prohibitionRules(ruleOrder) };
    byAgent.set(agent, view);
  }
  return view;
}

/**
 * Claude Code writes agent-acompact-*.jsonl when it compacts a session: a replay of the parent's
 * own events, not new work. Mining it would count each of its failures and hooks a second time.
 */
export function isCompactionReplay(session: Pick<Session, 'sourceFile'>): boolean {
  return /^agent-acompact-/.test(path.basename(session.sourceFile));
}

export function mineSession(session: Session, ctx: MiningContext): Signal[] {
  if (isCompactionReplay(session)) return [];
  const { mentions, entries, rules } = memoryView(session.agent, ctx.memory);
  // A subagent's "user" is the parent agent writing a task, not a person giving instructions.
  const instructions = session.parentId ? [] : mineInstructions(session, entries);
  const signals = dedupeBySignature([
    ...mineCommands(session, mentions),
    ...mineReplyFormat(session),
    ...mineShellCwd(session),
    ...instructions,
    ...mineBrokenRules(session, rules, ctx.ruleDates),
  ]);
  const root = session.parentId;
  const { folder } = session;
  // What each signal was seen in, while the events are at hand: support counts an event once however
  // many transcripts record it (same-event.ts).
  const seen = new SessionOccurrences(session);
  const at = sessionTime(session);
  const started = at === undefined ? undefined : new Date(at).toISOString();
  return signals.map((s) => {
    const occurrences = seen.keysOf(s);
    return {
      ...s,
      ...(root ? { rootSessionId: root } : {}),
      ...(folder ? { folder } : {}),
      ...(occurrences.length ? { occurrences } : {}),
      ...(started && s.kind === 'instruction' ? { started } : {}),
    };
  });
}
