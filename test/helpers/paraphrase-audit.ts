/**
 * The table machinery of the paraphrase audits (test/pipeline/paraphrase-*.test.ts): each row is said in two sessions
 * about different tasks, by two agents, and scored by the edits that come out of the real pipeline.
 */
import { describe, expect, it } from 'vitest';
import type { Turn } from './transcript-builders.js';
import { addedLines, type Format } from './paraphrase-world.js';

export const TASKS = ['Round the tide times to whole minutes.', 'Add the moon phase to the daily page.'];
export const WITH_TOOLS: [Format, Format] = ['claude', 'codex'];
export const WORDS_ONLY: [Format, Format] = ['gemini', 'prompt-log'];

/** The same words said in a session about each task, by the two agents of `formats`. */
export const dream = (formats: [Format, Format], turns: (task: string) => Turn[]) =>
  addedLines(formats.map((format, k) => ({ format, turns: turns(TASKS[k]!) })));

export interface Row {
  said: string;
  /** What the agent did just before, in formats that record it. */
  ran: string;
  /** A word the edit must name. */
  names: RegExp;
  /** What the agent ran right after the words, where that is part of the structure read. */
  then?: string;
}

export const row = (said: string, ran: string, names: RegExp, then?: string): Row => ({
  said,
  ran,
  names,
  ...(then !== undefined ? { then } : {}),
});

export const afterRun =
  (r: Row) =>
  (task: string): Turn[] => [
    { user: task },
    { bash: r.ran, out: 'ok' },
    { user: r.said },
    r.then !== undefined ? { bash: r.then, out: 'ok' } : { say: 'Understood.' },
  ];
const afterReply =
  (r: Row) =>
  (task: string): Turn[] => [{ user: task }, { say: `Done; I ran ${r.ran}.` }, { user: r.said }, { say: 'Understood.' }];

/** Positives caught, and the ones known to be missed, for one class, in the formats it is read from. */
export function audit(name: string, formats: [Format, Format][], caught: Row[], missed: Row[], controls: Row[]): void {
  describe(name, () => {
    for (const f of formats) {
      const turns = f === WITH_TOOLS ? afterRun : afterReply;
      it.each(caught)(`${f.join('+')}: "$said" becomes one edit`, async (r) => {
        const lines = await dream(f, turns(r));
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(r.names);
      });
      it.each(controls)(`${f.join('+')}: "$said" teaches nothing`, async (r) => {
        expect(await dream(f, turns(r))).toEqual([]);
      });
    }
    it.fails.each(missed)('known miss: "$said"', async (r) => {
      const lines = await dream(WITH_TOOLS, afterRun(r));
      expect(lines.filter((l) => r.names.test(l))).toHaveLength(1);
    });
  });
}
