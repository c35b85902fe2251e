/**
 * The table machinery of the memory-edit audit (test/pipeline/memory-edits-*.test.ts): each case is a repository
 * (memory, project files, commits) and two sessions about different tasks, dreamed for each of two agents. A positive
 * must come out as exactly one edit of the kind it is about; a control must come out as no edit at all, unless it
 * names the one kind of edit it tolerates (a copy that is right where a move would be wrong).
 */
import { describe, expect, it } from 'vitest';
import type { EditOp } from '../../src/model/index.js';
import type { Turn } from './transcript-builders.js';
import { dreamEdits, type Agent, type MemoryWorld, type SeenEdit } from './memory-world.js';

export const TASKS = ['Round the tide times to whole minutes.', 'Add the moon phase to the daily page.'];

/** The memory file an agent reads at the repository's root. */
export const memoryOf = (agent: Agent): string => (agent === 'claude' ? 'CLAUDE.md' : 'AGENTS.md');

/** A command that failed, in every format's terms (Claude's error flag, the others' exit code). */
export const failed = (bash: string, out: string): Turn => ({ bash, out, error: true, exit: 1 });
export const ran = (bash: string, out = 'ok'): Turn => ({ bash, out });

export interface Case {
  name: string;
  /** The repository and sessions, as the given agent would leave them. */
  world: (agent: Agent) => MemoryWorld;
  /** Positives: the one edit that must come out. */
  want?: { op: EditOp; file?: (agent: Agent) => string; before?: RegExp; after?: RegExp; toFile?: string };
  /** Controls: the ops tolerated (default none: an empty diff). */
  tolerate?: EditOp[];
  /** Agents in which a positive is a known miss, kept as `it.fails` so that catching it flags the row. */
  missIn?: Agent[];
}

export const matches = (c: Case, agent: Agent, e: SeenEdit): boolean => {
  const w = c.want!;
  return (
    e.op === w.op &&
    (w.file === undefined || e.file === w.file(agent)) &&
    (w.before === undefined || w.before.test(e.before ?? '')) &&
    (w.after === undefined || w.after.test(e.after ?? '')) &&
    (w.toFile === undefined || e.toFile === w.toFile)
  );
};

/** Two sessions about different tasks, each given by `turns(task, k)`. */
export const twice = (agent: Agent, turns: (task: string, k: number) => Turn[]): MemoryWorld['sessions'] =>
  TASKS.map((task, k) => ({ agent, turns: turns(task, k) }));

export function memoryAudit(name: string, agents: Agent[], positives: Case[], controls: Case[]): void {
  describe(name, () => {
    for (const agent of agents) {
      for (const c of positives) {
        const test = c.missIn?.includes(agent) ? it.fails : it;
        test(`${agent}: ${c.name} -> one ${c.want!.op}`, async () => {
          const edits = await dreamEdits(c.world(agent));
          expect(edits, JSON.stringify(edits)).toHaveLength(1);
          expect(matches(c, agent, edits[0]!), JSON.stringify(edits[0])).toBe(true);
        });
      }
      for (const c of controls) {
        it(`${agent}: ${c.name} -> no ${c.tolerate ? 'edit but ' + c.tolerate.join('/') : 'edit'}`, async () => {
          const edits = await dreamEdits(c.world(agent));
          expect(edits.filter((e) => !c.tolerate?.includes(e.op))).toEqual([]);
        });
      }
    }
  });
}
