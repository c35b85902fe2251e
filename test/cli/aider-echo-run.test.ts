/**
 * Aider logs "/code X" and then X again (readers/aider-echo.ts). End to end through the real reader, miners,
 * guards and offline engine: read twice, a session's opening request had a second copy that was no longer the
 * opening request, so a question asked as the task itself ("... Did you update the md files?") became a
 * finishing step the user "kept asking for". Asked after the work, in sessions about different tasks, it still is
 * one. Histories written for this test in aider's shape.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DreamReport } from '../../src/model/index.js';
import { dreamRunReport } from '../helpers/run-cli.js';

let dir: string;
let repo: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dream-aider-echo-'));
  repo = path.join(dir, 'repo');
  mkdirSync(repo);
  writeFileSync(path.join(repo, 'CLAUDE.md'), '# CLAUDE.md\n\n- The reports live in src/reports/.\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** One "####" message, each typed line with aider's two trailing spaces. */
const typed = (text: string) => `#### ${text}  \n\n`;
/** "/code X" as aider logs it: the command, then the message again. */
const code = (text: string) => typed(`/code ${text}`) + typed(text);
const session = (day: number, body: string) => `\n# aider chat started at 2026-03-0${day} 09:00:00\n\n> Aider v0.86.1  \n\n${body}`;
const work = (file: string) => `Here is the change.\n\n> Applied edit to src/${file}.py  \n> Commit 1a2b3c4 feat: ${file}  \n\n`;

const dreamRun = (): Promise<DreamReport> =>
  dreamRunReport({ repo, report: path.join(dir, 'report.json'), args: ['--sessions', '.aider.chat.history.md'] });
const added = (r: DreamReport) => r.edits.filter((e) => e.op === 'add').map((e) => e.after);

describe('dream run on aider histories with "/code X" logged twice', () => {
  it('a question inside the opening request of two sessions teaches nothing', async () => {
    writeFileSync(
      path.join(repo, '.aider.chat.history.md'),
      session(1, code('add a csv export to the monthly report. Did you update the md files?') + work('csv_export')) +
        session(2, code('rename the customer model to account. Did you update the md files?') + work('account')),
    );
    const r = await dreamRun();
    expect(added(r)).toEqual([]);
  });

  // Asked after the agent's first reply, an aider prompt is one a reply could have printed (`#### ` has no escaping:
  // readers/aider.ts, UserPromptEvent.unverified), so guard:trust holds the step back; it is still read once a session.
  it('asked after the work of two sessions about different tasks, it is still the finishing step it is, held back as unverified', async () => {
    writeFileSync(
      path.join(repo, '.aider.chat.history.md'),
      session(1, code('add a csv export to the monthly report') + work('csv_export') + code('did you update the md files?') + 'Yes.\n\n') +
        session(
          2,
          code('rename the customer model to account') + work('account') + code('Did you update the md files too?') + 'Now I have.\n\n',
        ),
    );
    const r = await dreamRun();
    expect(added(r)).toEqual([]);
    expect(r.rejected.map((x) => `${x.by}: ${x.edit.after}`)).toEqual([
      expect.stringMatching(/^guard:trust: Before finishing, update the md files: the user asked for it in 2 sessions\.$/),
    ]);
  });
});
