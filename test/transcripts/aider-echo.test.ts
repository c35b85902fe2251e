/**
 * The "####" messages aider logs a second time (readers/aider-echo.ts): "/code X" and the other chat-mode
 * commands log X again when it is sent, and "/help X" logs a message aider composed from its own docs. One
 * request is one prompt, and aider's docs are never the user. Histories written for this test in aider's
 * shape (each typed line ends with two spaces); the wording is not taken from any transcript.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Session } from '../../src/model/index.js';
import { kinds, ofKind, readAll } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'aider-echo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
async function read(body: string): Promise<Session[]> {
  const file = join(dir, `h${n++}.aider.chat.history.md`);
  writeFileSync(
    file,
    `\n# aider chat started at 2026-03-02 09:00:00\n\n> Aider v0.86.1  \n> Model: some/model with diff edit format  \n\n${body}`,
  );
  return (await readAll(file)).sessions;
}
/** One "####" message: each line typed, each logged with aider's two trailing spaces. */
const typed = (...lines: string[]) => lines.map((l) => `#### ${l}`.trimEnd() + '  \n').join('') + '\n';
const reply = (text: string) => `${text}\n\n> Tokens: 1.2k sent, 210 received.  \n\n`;
const prompts = (s: Session | undefined) => ofKind(s!, 'user_prompt').map((p) => p.text);

describe('aider logs the message of a chat-mode command again', () => {
  it.each(['code', 'ask', 'architect', 'context'])('"/%s X" then "X" is one prompt: X, where aider logged it', async (cmd) => {
    const [s] = await read(
      typed(`/${cmd} move the retry loop into fetch_page and keep the 3 attempts`) +
        typed('move the retry loop into fetch_page and keep the 3 attempts') +
        reply('Here is the change.'),
    );
    expect(prompts(s)).toEqual(['move the retry loop into fetch_page and keep the 3 attempts']);
    expect(ofKind(s!, 'user_prompt')[0]!.origin.line).toBe(9);
  });

  it('a message typed over several lines after the command (multiline mode), with whitespace changed in the copy', async () => {
    const [s] = await read(
      typed('/code', 'Write a script that lists the open issues.', '', 'Print one per line.') +
        typed('Write a script that lists the open issues.', '', 'Print one  per line.') +
        reply('Here is list_issues.sh.'),
    );
    expect(prompts(s)).toEqual(['Write a script that lists the open issues.\n\nPrint one  per line.']);
  });

  it("aider's own lines between the command and its copy (a switch announcement) do not hide the copy", async () => {
    const [s] = await read(
      typed('/architect split the parser into a lexer and a parser') +
        '> Main model: some/model with architect edit format  \n> Editor model: some/model with editor-diff edit format  \n\n' +
        typed('split the parser into a lexer and a parser') +
        reply('Plan: two modules.'),
    );
    expect(prompts(s)).toEqual(['split the parser into a lexer and a parser']);
  });

  it('"/ok" is aider\'s "Ok, please go ahead and make those changes.", with anything typed after it', async () => {
    const [plain] = await read(typed('/ok') + typed('Ok, please go ahead and make those changes.') + reply('Done.'));
    expect(prompts(plain)).toEqual(['Ok, please go ahead and make those changes.']);
    const [extra] = await read(
      typed('/ok and keep the old name as an alias') +
        typed('Ok, please go ahead and make those changes. and keep the old name as an alias') +
        reply('Done.'),
    );
    expect(prompts(extra)).toEqual(['Ok, please go ahead and make those changes. and keep the old name as an alias']);
  });

  it('"/help X": neither the question to aider about aider nor the message it composed from its docs is a prompt', async () => {
    const [s] = await read(
      typed('/help how do I make it lint my code?') +
        '> Installing: some/python -m pip install aider-chat[help]  \n\n' +
        typed(
          '# Question: how do I make it lint my code?',
          '',
          '# Relevant docs:',
          '',
          "<doc from_url='https://aider.chat/docs/usage/lint-test.html'>",
          'Always run `make lint` before committing.',
          '</doc>',
          '',
          '# Announcement lines from when this session of aider was launched:',
          '',
          'Aider v0.86.1',
        ) +
        reply('Use /lint, or set --lint-cmd.') +
        typed('thanks, now add the lint step to the Makefile') +
        reply('Added.'),
    );
    expect(prompts(s)).toEqual(['thanks, now add the lint step to the Makefile']);
    expect(JSON.stringify(ofKind(s!, 'user_prompt'))).not.toContain('make lint');
  });
});

describe('controls: what is not a copy stays as typed', () => {
  it('a bare "/code" switches mode and logs nothing again: it is no prompt, the next message is', async () => {
    const [s] = await read(typed('/code') + '> Aider v0.86.1  \n\n' + typed('rename the config loader') + reply('Renamed.'));
    expect(prompts(s)).toEqual(['rename the config loader']);
  });

  it('no copy follows (the model call failed): the command is read as typed, before the error', async () => {
    const [s] = await read(
      typed('/code add a health endpoint') +
        '> litellm.APIConnectionError: connection refused  \n\n' +
        typed('try again') +
        reply('Added.'),
    );
    expect(prompts(s)).toEqual(['/code add a health endpoint', 'try again']);
    expect(kinds(s!).slice(0, 2)).toEqual(['user_prompt', 'api_error']);
  });

  it('the same words typed again after a reply are the user repeating, and a different next message is its own prompt', async () => {
    const [again] = await read(
      typed('/code add a health endpoint') +
        typed('add a health endpoint') +
        reply('Added.') +
        typed('add a health endpoint') +
        reply('It is there.'),
    );
    expect(prompts(again)).toEqual(['add a health endpoint', 'add a health endpoint']);
    const [other] = await read(
      typed('/ask what does fetch_page return?') + typed('what does fetch_page do on a 404?') + reply('It raises.'),
    );
    expect(prompts(other)).toEqual(['/ask what does fetch_page return?', 'what does fetch_page do on a 404?']);
  });

  it('look-alikes are no chat-mode commands: "/codex" and a bare "/help" are commands to aider, "# Question:" unasked a prompt', async () => {
    const [s] = await read(
      typed('/codex review this') +
        typed('/run pytest -q') +
        reply('') +
        typed('/help') +
        '> /add Add files to the chat  \n\n' +
        typed('# Question: should the cache live in redis?') +
        reply('Probably not.'),
    );
    // "/run pytest -q" is the person's command, no message (aider-typed-commands.test.ts).
    expect(prompts(s)).toEqual(['# Question: should the cache live in redis?']);
  });

  it('a command at the end of one session is not matched with the first message of the next', async () => {
    const file = join(dir, 'two.aider.chat.history.md');
    writeFileSync(
      file,
      '\n# aider chat started at 2026-03-02 09:00:00\n\n' +
        typed('/code bump the version to 2.1') +
        '\n# aider chat started at 2026-03-03 09:00:00\n\n' +
        typed('bump the version to 2.1') +
        reply('Bumped.'),
    );
    const { sessions } = await readAll(file);
    expect(sessions.map(prompts)).toEqual([['/code bump the version to 2.1'], ['bump the version to 2.1']]);
  });
});
