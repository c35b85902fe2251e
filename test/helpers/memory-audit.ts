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

const TASKS = ['Round the tide times to whole minutes.', 'Add the moon phase to the daily page.'];

/** The memory file an agent reads at the repository's root. */
export const memoryOf = (agent: Agent): string => (agent === 'claude' ? 'CLAUDE.md' : 'AGENTS.md');

/**
 * Entries a memory file of the audit ends with, on topics no case is about: a real memory file holds more than the
 * line a case is about, and one pass may not delete more than a quarter of a file's entries. AGENTS.md gets other
 * topics than CLAUDE.md, so that no two files repeat each other beyond what a case puts there.
 */
export const conventions = (file: string): string =>
  '\n## Conventions\n\n' +
  (file === 'AGENTS.md'
    ? [
        'Public functions get a doc comment.',
        'Log lines are structured JSON.',
        'Feature flags are read once at start-up.',
        'A migration never drops a column in the same release that stops using it.',
        'Screenshots in issues go under `docs/img/`.',
        'Benchmarks run on a quiet machine.',
      ]
    : [
        "Dates are stored in UTC and shown in the reader's time zone.",
        'The web page talks to the core only through its HTTP API.',
        'Every new setting gets a default value.',
        'Error messages name the file they are about.',
        'Commit messages start with the area they touch.',
        'Keep pull requests under 400 changed lines.',
      ]
  )
    .map((l) => `- ${l}\n`)
    .join('');

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

const matches = (c: Case, agent: Agent, e: SeenEdit): boolean => {
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

/** `missed`: names of positives known to be missed in every agent (kept as `it.fails`, like missIn). */
export function memoryAudit(name: string, agents: Agent[], positives: Case[], controls: Case[], missed: string[] = []): void {
  describe(name, () => {
    for (const agent of agents) {
      for (const c of positives) {
        const test = c.missIn?.includes(agent) || missed.includes(c.name) ? it.fails : it;
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
