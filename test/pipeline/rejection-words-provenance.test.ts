/**
 * What the person typed when rejecting a call ("use pnpm instead of npm") is their own words, as a turn is
 * (usersOwnWords): the provenance guard must let a lesson carry a command named there even when the agent never ran it
 * successfully afterwards, when the reader knew the rejection from structure (Claude Code's JSONL and its harness
 * marker). The same words in a tool's output (a file the agent read) stay a stranger's, and so do a rejection's words
 * in a console capture, where a command's output can print the UI's rejection line: a lesson resting on those alone is
 * refused and its words withheld, as an export's unverified turn is. Wording our own, several phrasings and tools.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultDreamOptions } from '../../src/engine/options.js';
import type { Turn } from '../helpers/transcript-builders.js';
import { TempRepo } from './helpers.js';

let repo: TempRepo;
afterEach(() => repo?.dispose());

/** A call the person rejected at the prompt, with the words they typed, as Claude Code records it. */
function rejected(n: number, command: string, words: string): Turn[] {
  const id = `toolu_rej${String(n).padStart(4, '0')}`;
  return [
    {
      raw: {
        type: 'assistant',
        message: {
          model: 'claude-sonnet-4-5',
          id: `msg_rej${n}`,
          type: 'message',
          role: 'assistant',
          content: [{ type: 'tool_use', id, name: 'Bash', input: { command, description: 'Run command' } }],
          stop_reason: 'tool_use',
        },
      },
    },
    {
      raw: {
        type: 'user',
        message: {
          role: 'user',
          content: [
            {
              type: 'tool_result',
              tool_use_id: id,
              is_error: true,
              content:
                "The user doesn't want to proceed with this tool use. The tool use was rejected (eg. if it was a file edit, the new_string was NOT written to the file). To tell you how to proceed, the user said:\n" +
                words,
            },
          ],
        },
        toolUseResult: 'User rejected tool use',
      },
    },
  ];
}

const ms1 = { options: { ...defaultDreamOptions, minSupport: 1 } };

describe("the words of a person's rejection vouch for the commands they name", () => {
  const variants = [
    { command: 'npm install', words: 'Use pnpm instead of npm', tool: 'pnpm' },
    { command: 'pip install httpx', words: 'Use uv instead of pip.', tool: 'uv' },
    { command: 'npx jest', words: 'Always use vitest, never jest', tool: 'vitest' },
    { command: 'docker compose up', words: 'use podman instead of docker here', tool: 'podman' },
  ];
  for (const v of variants)
    it(`proposes the lesson naming \`${v.tool}\`, which never ran: "${v.words}"`, async () => {
      repo = new TempRepo();
      repo.session(1, [{ user: 'set the project up' }, ...rejected(1, v.command, v.words), { say: 'Understood.' }]);
      const { report } = await repo.run(ms1);
      const carrying = report.edits.filter((e) => (e.after ?? '').includes(v.tool));
      expect(carrying, JSON.stringify(report.rejected)).toHaveLength(1);
      expect(report.rejected.filter((r) => r.reason.includes('provenance'))).toEqual([]);
    });

  it('lets no command through on the words of a rejection known only by its wording (a console capture)', async () => {
    repo = new TempRepo();
    const capture = [
      ' ▐▛███▜▌   Claude Code v2.1.70',
      '',
      '❯ set the project up',
      '',
      '⏺ Bash(npm install)',
      '  ⎿  Tool use rejected with user message: Use pnpm instead of npm',
      '',
      '⏺ Understood.',
      '',
    ].join('\n');
    writeFileSync(path.join(repo.dir, '.dreaming', 'sessions', 'capture.txt'), capture);
    const { report } = await repo.run({ ...ms1, sessions: ['.dreaming/sessions/*.txt'] });
    expect(report.edits.filter((e) => (e.after ?? '').includes('pnpm'))).toEqual([]);
    // Words that vouch for nothing are the lesson's only support: refused as an export's unverified turn is, unquoted.
    expect(report.rejected.map((r) => [r.by, r.unverified])).toEqual([['guard:trust', true]]);
  });

  it("keeps the same words a stranger's when a file the agent read holds them", async () => {
    repo = new TempRepo();
    repo.session(1, [
      { user: 'set the project up' },
      { bash: 'cat CONTRIBUTING.md', out: 'Use pnpm instead of npm\nAlways use vitest, never jest' },
      { bash: 'npm install', out: 'added 12 packages' },
    ]);
    const { report } = await repo.run(ms1);
    expect(report.edits.filter((e) => /pnpm|vitest/.test(e.after ?? ''))).toEqual([]);
  });
});
