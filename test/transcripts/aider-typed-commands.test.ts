/**
 * A command the person ran through aider ("#### /test X", "#### /run X", "#### !X") is a command, not words to the
 * model. "/test" adds the output to the chat only when the command exited non-zero, logging "> Added N lines of output
 * to the chat." (aider's commands.py: cmd_run with add_on_nonzero_exit): that line is the failure, its absence the
 * success. "/run" asks whether to add the output whatever the exit code (round 11's webserver: "#### /run ls -lah …",
 * "> Add 0.0k tokens of command output to the chat? …", "> Added 1 line …"): a call with no outcome. Controls: a bare
 * "/test" names no command, a "/run" in a message of several lines is the person's words, a fenced one the model's.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAll } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'aider-typed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function story(lines: string[], history?: string) {
  const sub = mkdtempSync(join(dir, 't'));
  const file = join(sub, '.aider.chat.history.md');
  writeFileSync(file, lines.join('\n'));
  if (history !== undefined) writeFileSync(join(sub, '.aider.input.history'), history);
  const { sessions } = await readAll(file);
  return sessions.flatMap((s) =>
    s.events.map((e) =>
      e.kind === 'tool_call'
        ? `call ${e.command ?? '(edit)'}`
        : e.kind === 'tool_result'
          ? `${e.ok ? 'ok' : 'failed'}${e.text ? ` ${e.text}` : ''}`
          : e.kind === 'user_prompt'
            ? `user ${e.text}`
            : e.kind,
    ),
  );
}

const head = ['# aider chat started at 2026-11-20 10:00:00', '', '> Aider v0.86.1', ''];

describe('a command typed at aider', () => {
  it('"/test X" fails where aider added its output, and passes where it did not', async () => {
    expect(
      await story([
        ...head,
        '#### /test python -m pytest tests/test_tide.py  ',
        '> Added 31 lines of output to the chat.  ',
        '',
        '#### fix the rounding  ',
        '',
        'I will round half up.',
        '',
        '> Applied edit to tide.py  ',
        '',
        '#### /test python -m pytest tests/test_tide.py  ',
        '',
        '#### thanks  ',
      ]),
    ).toEqual([
      'call python -m pytest tests/test_tide.py',
      'failed Added 31 lines of output to the chat.',
      'user fix the rounding',
      'assistant_text',
      'call (edit)',
      'ok Applied edit to tide.py',
      'call python -m pytest tests/test_tide.py',
      'ok',
      'user thanks',
    ]);
  });

  it('"/run X" and "!X" are calls with no outcome, whatever aider asked after them', async () => {
    expect(
      await story([
        ...head,
        '#### /run cargo build --release  ',
        '> Add 1.2k tokens of command output to the chat? (Y)es/(N)o [Yes]: y  ',
        '> Added 40 lines of output to the chat.  ',
        '',
        '#### !make lint  ',
        '',
        '#### why does it warn?  ',
      ]),
    ).toEqual(['call cargo build --release', 'call make lint', 'user why does it warn?']);
  });

  it('beside a prompt history, only a command it holds is run; one it does not is neither a call nor a turn (control)', async () => {
    const lines = [
      ...head,
      '#### /test npm test  ',
      '',
      'Ran it.',
      '',
      '#### /test npm run seed  ',
      '> Added 2 lines of output to the chat.  ',
    ];
    const got = await story(lines, '\n# 2026-11-20 10:00:05.000000\n+/test npm test\n');
    // A "/" message is a command to aider whoever wrote it (aider-chat-commands.test.ts): never words to the model.
    expect(got).toEqual(['call npm test', 'ok', 'assistant_text']);
  });

  it('a bare "/test" runs nothing named and is no turn; a "/run" inside a longer message and one in the model\'s fence stay what they were (control)', async () => {
    expect(
      await story([
        ...head,
        '#### /test  ',
        '> Added 3 lines of output to the chat.  ',
        '',
        '#### please do this:  ',
        '#### /run make deploy  ',
        '',
        'Run it like this:',
        '',
        '```',
        '#### /test pytest  ',
        '```',
      ]),
    ).toEqual(['user please do this:\n/run make deploy', 'assistant_text']);
  });
});
