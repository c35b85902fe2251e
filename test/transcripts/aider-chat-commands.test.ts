/**
 * Aider's chat commands ("#### /add x.py", "#### /undo", "#### /model gpt-4o", "#### /copy-context why …"): aider hands
 * every message that opens with "/" to its commands (commands.py: is_command; an unknown word is "Invalid command"),
 * so none of them is words to the model. Only the mode commands with a message ("/ask X", "/code X", …) and "/ok" hand
 * words on, and "/run", "/test" and "!" run a command. Histories written from aider's layout (io.py's user_input logs
 * each typed line as "#### <line>" with two trailing spaces, commands.py's own notes as "> " lines).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAll } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'aider-chat-commands-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function story(lines: string[], history?: string) {
  const sub = mkdtempSync(join(dir, 't'));
  const file = join(sub, '.aider.chat.history.md');
  writeFileSync(file, lines.join('\n'));
  if (history !== undefined) writeFileSync(join(sub, '.aider.input.history'), history);
  const { sessions, issues } = await readAll(file);
  expect(issues).toEqual([]);
  return sessions.flatMap((s) =>
    s.events.flatMap((e) =>
      e.kind === 'tool_call'
        ? [`call ${e.command ?? e.name}`]
        : e.kind === 'tool_result'
          ? [`${e.ok ? 'ok' : 'failed'}`]
          : e.kind === 'user_prompt'
            ? [`user${e.unverified ? ' (unverified)' : ''} ${e.text}`]
            : [],
    ),
  );
}

const head = ['# aider chat started at 2026-11-20 10:00:00', '', '> Aider v0.86.1', ''];

describe("aider's chat commands", () => {
  it('are the person working the harness, not words to the model, in every spelling aider logs', async () => {
    expect(
      await story([
        ...head,
        '#### /add src/app.module.ts  ',
        '> Added src/app.module.ts to the chat  ',
        '',
        '#### /add src\\common\\env.ts  ',
        '',
        '#### /model openrouter/deepseek/deepseek-chat  ',
        '> Aider v0.86.1  ',
        '> Main model: openrouter/deepseek/deepseek-chat  ',
        '',
        '#### make the cron job run hourly  ',
        '',
        'I changed the schedule to hourly.',
        '',
        '#### /undo  ',
        '> Removed: 1a2b3c4 feat: hourly cron  ',
        '',
        '#### /drop  ',
        '> Dropping all files from the chat session.  ',
        '',
        '#### /clear  ',
        '',
        '#### /copy-context why does the gemini handler drop the last chunk?  ',
        '> Copied code context to clipboard.  ',
        '',
        '#### /architect  ',
        '',
        '#### /commit  ',
        '> Commit 5d6e7f8 chore: tidy  ',
        '',
        '#### /tokens  ',
        '',
        // Aider reads any "/" message as a command and answers "Invalid command": never sent to the model.
        '#### /home/me/app/run.sh is broken  ',
        '> Invalid command: /home/me/app/run.sh  ',
        '',
        '#### keep the old schedule and add a test  ',
        '',
        'Added a test for the schedule.',
      ]),
    ).toEqual(['user make the cron job run hourly', 'user (unverified) keep the old schedule and add a test']);
  });

  it('keep reading what hands words on or runs a command: /ask X, /code X (once), /ok, /run, /test, !', async () => {
    expect(
      await story([
        ...head,
        '#### /ask what does the cron module do?  ',
        '',
        '#### what does the cron module do?  ',
        '',
        'It schedules the jobs.',
        '',
        '#### /test npm test  ',
        '> Added 12 lines of output to the chat.  ',
        '',
        '#### /ok  ',
        '',
        '#### Ok, please go ahead and make those changes.  ',
        '',
        'Done.',
        '',
        '#### /run npm run lint  ',
        '',
        '#### !git status  ',
      ]),
    ).toEqual([
      'user what does the cron module do?',
      'call npm test',
      'failed',
      'user (unverified) Ok, please go ahead and make those changes.',
      'call npm run lint',
      'call git status',
    ]);
  });

  it('"/help X" is a question to aider about aider, and the message it composes from its docs is no one\'s', async () => {
    expect(
      await story([
        ...head,
        '#### /help how do I add a file read-only?  ',
        '',
        '#### # Question: how do I add a file read-only?  ',
        '####   ',
        '#### # Relevant docs:  ',
        '',
        'Use /read-only.',
        '',
        '#### thanks, now rename the module  ',
      ]),
    ).toEqual(['user (unverified) thanks, now rename the module']);
  });

  it("with the prompt history beside it, a command it holds is no turn either, and the turn after it is the person's", async () => {
    const history = [
      '',
      '# 2026-11-20 10:00:05.1',
      '+/add src/cron.ts',
      '',
      '# 2026-11-20 10:00:09.2',
      '+/undo',
      '',
      '# 2026-11-20 10:01:00.3',
      '+keep the old schedule',
      '',
    ].join('\n');
    expect(
      await story(
        [...head, '#### /add src/cron.ts  ', '', '#### /undo  ', '', 'A reply.', '', '#### keep the old schedule  ', ''],
        history,
      ),
    ).toEqual(['user keep the old schedule']);
  });
});
