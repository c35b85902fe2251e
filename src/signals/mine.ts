/**
 * Per-session signal mining: deterministic, and independent of every other session so the pipeline
 * can drop each session as soon as it is mined.
 */
import type { Session } from '../transcripts/session.js';
import type { MemoryFile } from '../edits/types.js';
import type { Signal } from './types.js';
import type { RepoFacts } from './repo-facts.js';
import { commandMentions, memoryReadBy } from './memory-refs.js';
import { dedupeBySignature, mineCommands } from './mine-commands.js';
import { mineInstructions } from './mine-instructions.js';

export interface MiningContext {
  memory: MemoryFile[];
  repoFacts: RepoFacts;
}

export function mineSession(session: Session, ctx: MiningContext): Signal[] {
  const read = memoryReadBy(session.agent, ctx.memory);
  const mentions = commandMentions(read);
  const entries = read.flatMap((f) => f.entries);
  return dedupeBySignature([...mineCommands(session, mentions), ...mineInstructions(session, entries)]);
}
