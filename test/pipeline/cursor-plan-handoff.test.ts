/**
 * Cursor's Plan-mode hand-off ("Implement the plan as specified, … Do NOT edit the plan file itself. … Don't stop
 * until you have completed all the to-dos.") is the IDE's text in the person's turn (transcripts/cursor-plan.ts).
 * When it opens an exported chat (the build run in a chat of its own), no reply precedes it, so the trust guard
 * cannot hold it back: on main two exports gave two memory lines at the default bar, "Do NOT edit the plan file
 * itself: the user asked for it in 2 sessions." End to end through the real readers, offline engine and guards.
 * Control: the person's own rule typed after the hand-off in the same turn is still learnt.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runDream } from '../../src/pipeline/run.js';
import { OfflineEngine } from '../../src/engine/offline/index.js';
import { defaultDreamOptions } from '../../src/engine/options.js';
import { silentLogger } from '../../src/log.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const HANDOFF = [
  "Implement the plan as specified, it is attached for your reference. Do NOT edit the plan file itself.\n\nTo-do's from the plan have already been created. Do not create them again. Mark them as in_progress as you work, starting with the first one. Don't stop until you have completed all the to-dos.",
  "Implement the plan as specified. To-do's from the plan have already been created. Do not create them again. Mark them as in_progress as you work, starting with the first one.",
];

/** Cursor exports whose first turn is the given text, the build of a different plan each. */
async function addedLines(first: (k: number) => string): Promise<string[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cursor-plan-'));
  dirs.push(dir);
  writeFileSync(path.join(dir, 'AGENTS.md'), '# AGENTS.md\n\n- The billing service lives in services/billing.\n');
  mkdirSync(path.join(dir, 'exports'));
  ['Nightly export retries', 'Invoice PDF cache'].forEach((title, k) =>
    writeFileSync(
      path.join(dir, 'exports', `cursor_build_${k}.md`),
      `# ${title}\n_Exported on 11/2${k}/2025 at 09:00:00 GMT from Cursor (2.1.50)_\n\n---\n\n**User**\n\n${first(k)}\n\n---\n\n**Cursor**\n\nStarting with the first to-do.\n`,
    ),
  );
  const r = await runDream({
    repoDir: dir,
    sessions: ['exports/*.md'],
    engine: new OfflineEngine(),
    options: defaultDreamOptions,
    ledgerPath: '.dreaming/ledger.json',
    logger: silentLogger,
    now: () => new Date('2025-11-30T00:00:00Z'),
  });
  return r.report.edits.filter((e) => e.op === 'add').map((e) => e.after ?? '');
}

describe("Cursor's plan hand-off opening an export proposes nothing", () => {
  it('the same version in both exports', async () => {
    expect(await addedLines(() => HANDOFF[0]!)).toEqual([]);
  });

  it("after the attached plan's name in one export", async () => {
    expect(await addedLines((k) => (k === 0 ? `Nightly export retries\n\n${HANDOFF[0]}` : HANDOFF[0]!))).toEqual([]);
  });

  it("control: the person's own rule after it is still learnt", async () => {
    const lines = await addedLines((k) => `${HANDOFF[k]}\n\nNever commit generated PDFs to git.`);
    expect(lines.filter((l) => /plan file|to-dos/i.test(l))).toEqual([]);
    expect(lines.filter((l) => /generated PDFs/.test(l))).toHaveLength(1);
  });
});
