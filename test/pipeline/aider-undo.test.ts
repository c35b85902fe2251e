/**
 * Aider's "/undo" read as the person rejecting the model's edit (an interrupt), end to end through the real reader,
 * offline engine and guards. An undo says what was wrong with nothing: alone, or followed by a one-off request, it
 * must not become a memory line, however many chats hold one. A standing rule the person states after it is still
 * learnt once two chats hold it. Histories written from aider's layout, with the prompt history aider keeps beside them.
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

/** One chat: a request, the model's edit and aider's commit, "/undo", then what the person said after it. */
const chat = (k: number, ask: string, after: string[]) =>
  [
    `# aider chat started at 2026-03-0${k} 15:20:00`,
    '',
    '> Aider v0.86.1',
    '',
    `#### ${ask}  `,
    '',
    'src/report.py',
    '```python',
    '<<<<<<< SEARCH',
    '    total = sum(rows)',
    '=======',
    '    total = round(sum(rows), 2)',
    '>>>>>>> REPLACE',
    '```',
    '',
    '> Applied edit to src/report.py  ',
    `> Commit ${k}f9c2a1 fix: Round the report total  `,
    '',
    '#### /undo  ',
    `> Removed: ${k}f9c2a1 fix: Round the report total  `,
    '> Now at:  0b1d2e4 Initial commit  ',
    '',
    ...after.flatMap((a) => [`#### ${a}  `, '', 'OK.', '']),
  ].join('\n');

async function lessons(after: [string[], string[]], minSupport = defaultDreamOptions.minSupport): Promise<string[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'aider-undo-'));
  dirs.push(dir);
  writeFileSync(path.join(dir, 'CLAUDE.md'), '# CLAUDE.md\n\n- Reports are built by src/report.py.\n');
  after.forEach((words, k) => {
    mkdirSync(path.join(dir, `chat${k}`));
    const ask = k ? 'fix the rounding in the totals' : 'the report total is off';
    writeFileSync(path.join(dir, `chat${k}`, '.aider.chat.history.md'), chat(k + 1, ask, words));
    // The prompt history aider keeps beside the chat: what was typed, so the turns after a reply are the person's.
    const typed = [ask, '/undo', ...words].map((t, i) => `\n# 2026-03-0${k + 1} 15:2${i}:00.000000\n+${t}\n`);
    writeFileSync(path.join(dir, `chat${k}`, '.aider.input.history'), typed.join(''));
  });
  const r = await runDream({
    repoDir: dir,
    sessions: ['chat*/.aider.chat.history.md'],
    engine: new OfflineEngine(),
    options: { ...defaultDreamOptions, minSupport },
    ledgerPath: '.dreaming/ledger.json',
    logger: silentLogger,
    now: () => new Date('2026-03-30T00:00:00Z'),
  });
  return r.report.edits.map((e) => `${e.op} ${e.after ?? ''}`);
}

describe('aider /undo end to end', () => {
  it('an undo with nothing said after it is no lesson, at either bar', async () => {
    expect(await lessons([[], []])).toEqual([]);
    expect(await lessons([[], []], 1)).toEqual([]);
  });

  it('an undo followed by a one-off request is no lesson', async () => {
    expect(await lessons([['round only the displayed value'], ['keep the raw sum and format it in the template']])).toEqual([]);
  });

  it('a standing rule stated after an undo in two chats is learnt', async () => {
    const lines = await lessons([
      ['always run `pytest tests/report` after changing the report code'],
      ['always run `pytest tests/report` after changing the report code'],
    ]);
    expect(lines.some((l) => l.startsWith('add') && l.includes('pytest tests/report'))).toBe(true);
  });
});
