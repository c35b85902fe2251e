/**
 * End to end over the reader of Gemini CLI's prompt log: a rule the user asked the agent to remember, in two sessions,
 * is proposed; the same order said without the request is a step of each task and proposes nothing; a rule memory
 * already holds is not added again. Real shape (round 17: "save in memory no guide documents …"), words of our own.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TempRepo } from './helpers.js';

let repo: TempRepo | undefined;
afterEach(() => repo?.dispose());

/** Two sessions on two days, each opening with a task and then saying `said`, in one prompt log. */
async function run(said: string, memory?: string) {
  repo?.dispose();
  repo = new TempRepo();
  if (memory) writeFileSync(path.join(repo.dir, 'CLAUDE.md'), memory);
  if (memory) writeFileSync(path.join(repo.dir, 'GEMINI.md'), memory);
  const turn = (id: string, day: string, task: string) => [
    { sessionId: id, messageId: 0, type: 'user', message: task, timestamp: `2026-03-${day}T10:00:00.000Z` },
    { sessionId: id, messageId: 1, type: 'user', message: said, timestamp: `2026-03-${day}T10:04:00.000Z` },
  ];
  const rows = [
    ...turn('7c1d2e3f-1111-4a4a-9b9b-000000000001', '03', 'add a search button to the header'),
    ...turn('7c1d2e3f-2222-4a4a-9b9b-000000000002', '05', 'fix the upload screen on small phones'),
  ];
  const file = path.join(repo.dir, '.dreaming', 'sessions', 'gemini', 'logs.json');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(rows, null, 2));
  const { report } = await repo.run({ sessions: ['.dreaming/sessions/**/*.json'] });
  return report;
}
const added = async (said: string, memory?: string): Promise<string[]> =>
  (await run(said, memory)).edits.filter((e) => e.op === 'add').map((e) => e.after ?? '');

describe('a rule the user asked to remember, in two sessions', () => {
  it.each([
    ['Please store this in your memory: squash commits before merging.'],
    ['Squash commits before merging. Keep that in mind for next time.'],
  ])('%s: proposed', async (said) => {
    expect((await added(said)).filter((l) => /squash commits before merging/i.test(l))).toHaveLength(1);
  });

  it('without the request: nothing', async () => {
    expect((await added('Squash commits before merging.')).filter((l) => /squash/i.test(l))).toEqual([]);
  });

  it('memory already holds it: nothing', async () => {
    const memory = '# Project\n\n- Squash commits before merging.\n';
    expect(
      (await added('Please store this in your memory: squash commits before merging.', memory)).filter((l) => /squash/i.test(l)),
    ).toEqual([]);
  });

  it('a secret asked to be remembered: nothing, and never in the report', async () => {
    const report = await run('Remember this for next time: the deploy password is Tr0ub4dor&3xyz');
    expect(report.edits.filter((e) => e.op === 'add')).toEqual([]);
    expect(JSON.stringify(report)).not.toContain('Tr0ub4dor');
  });
});
