/**
 * A lesson's counts do not depend on which passes read what. A conversation is one exposure whether
 * its parent's transcript links its subagents or not, whether they are read in one pass or in two,
 * and whether its file is read whole or, having grown, on from where the last pass stopped: the ledger
 * keeps what each listed conversation met, and a later pass counts only what is new. Two dream passes
 * add up to what `dream efficacy` counts from scratch over the same files.
 * Real git, the fake GitHub, the real offline dream, the ledger written between passes as a pass leaves it.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorld, type World } from '../publish/helpers.js';
import { loadLedger } from '../../src/ledger/index.js';
import type { LedgerEfficacy } from '../../src/ledger/ledger.js';
import type { LessonEfficacy } from '../../src/model/index.js';
import { claudeCodeSession, type Turn } from '../helpers/transcript-builders.js';
import { writeFiles } from '../helpers/fake-github/repo-fixture.js';
import { about, adopt, dream, familyFiles, LEDGER, measureAll, turns, type Adopted } from './efficacy-world.js';

const elsewhere: Turn[] = [{ bash: 'git status --short', out: ' M src/acme/importer.py' }];
const pytestHeeded: Turn[] = [{ bash: 'PYTHONPATH=src pytest tests -k importer', out: '3 passed in 0.20s' }];

/** A session on Nov 9 that runs the tests right, then, once its file has grown, misses the lesson: the two texts. */
function growing(): { path: string; first: string; grown: string } {
  const id = '00000009-aaaa-4bbb-8ccc-000000000006';
  const start: Turn[] = [{ user: 'Task 6: fix the importer' }, ...pytestHeeded];
  const first = claudeCodeSession(id, '09', '/repo', start);
  const grown = claudeCodeSession(id, '09', '/repo', [...start, { user: 'Now the exporter' }, ...turns.pytest]);
  expect(grown.startsWith(first)).toBe(true);
  return { path: `.dreaming/sessions/claude-code/${id}.jsonl`, first, grown };
}

interface Pass {
  report: LessonEfficacy;
  ledger: LedgerEfficacy;
}

/** A dream pass as the Action runs it, its ledger written back for the next pass. */
async function pass(a: Adopted, at: string): Promise<Pass> {
  const r = await dream(a.dir, at);
  writeFileSync(path.join(a.dir, LEDGER), r.ledgerText);
  const report = about(r.report.efficacy ?? [], /PYTHONPATH/);
  const ledger = loadLedger(r.ledgerText, LEDGER).efficacy?.[report.editId];
  expect(ledger).toBeDefined();
  return { report, ledger: ledger! };
}

describe('two passes count each conversation once', () => {
  let w: World;
  let a: Adopted;
  const grow = growing();
  const late: Record<string, string> = {};
  let first: Pass;
  let second: Pass;
  beforeAll(async () => {
    w = await makeWorld();
    // Before: pytest missed in 3 of 3 sessions.
    a = await adopt(w, [[turns.pytest], [turns.pytest, elsewhere], [turns.pytest]], (dir) => {
      // Nov 7: the parent runs the tests right and links no subagent; its subagent misses the lesson.
      writeFiles(dir, familyFiles(7, 4, pytestHeeded, [...turns.pytest], { linked: false }));
      // Nov 8: the parent does other work; its subagent's file (tests run right) arrives after the first pass.
      const c2 = Object.entries(familyFiles(8, 5, elsewhere, pytestHeeded));
      writeFiles(dir, Object.fromEntries([c2[0]!]));
      Object.assign(late, Object.fromEntries([c2[1]!]));
      // Nov 9: a session that runs the tests right; its file grows after the first pass.
      writeFiles(dir, { [grow.path]: grow.first });
    });
    first = await pass(a, '2026-11-10T00:00:00Z');
    writeFiles(a.dir, { ...late, [grow.path]: grow.grown });
    second = await pass(a, '2026-11-12T00:00:00Z');
  }, 180_000);
  afterAll(async () => {
    await w?.close();
  });

  it('first pass: the unlinked parent and its subagent are one conversation, exposed and hit once', () => {
    // Per file, the parent counted clean and its subagent again: 3 exposed, held.
    expect(first.ledger.after).toEqual({ sessions: 3, episodes: 1, hitSessions: 1, exposed: 2 });
    expect(first.ledger.conversations).toEqual({
      'a|00000007-aaaa-4bbb-8ccc-000000000004': 3,
      'a|00000009-aaaa-4bbb-8ccc-000000000006': 1,
    });
  });

  it('second pass: the late subagent adds its conversation once; the grown session adds its hit, not itself', () => {
    // Per pass, the subagent's conversation and the grown session were exposed again: 5 exposed, 4 sessions.
    expect(second.ledger.after).toEqual({ sessions: 3, episodes: 2, hitSessions: 2, exposed: 3 });
    expect(second.report).toMatchObject({ after: { sessions: 3, episodes: 2, exposed: 3 } });
  });

  it('hit in two of three conversations since, against three of three before: recurring, not held', () => {
    // 2 in 5 exposed (counted per pass) is under half the old rate: it said held.
    expect(second.report.verdict).toBe('recurring');
  });

  it('the passes add up to what dream efficacy counts from scratch', async () => {
    const scratch = about(await measureAll(a, '2026-11-12T00:00:00Z'), /PYTHONPATH/);
    expect(scratch.after).toEqual(second.report.after);
    expect(scratch.verdict).toBe(second.report.verdict);
  });
});
