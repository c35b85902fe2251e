/**
 * A prohibition whose one word is a program's name: "Don't use sudo.", "Never run sudo.", "No sudo.", "不要使用 sudo。",
 * "Never use yarn." Main kept a one-word rule only with the word in a code span ("Don't use `sudo`."), so said in two
 * sessions these were lost while "Avoid sudo." was kept (helper probe10, session 25; command.ts NAMED_PROGRAMS,
 * rule-wording.ts asNoProgram). A program's name that is no English word names it as a code span does. Controls: "Don't
 * worry.", "No problem.", "No rush.", and programs named by English words ("Don't go.", "No make.").
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const TASKS = ['Add a moon phase column to the table.', 'The tide table rounds high water wrong; please fix it.'];
const FORMATS: readonly Format[] = ['claude', 'codex', 'prompt-log'];
const sessions = (k: number, said: string): WorldSession[] =>
  TASKS.map((task, j) => ({ format: FORMATS[(k + j) % 3]!, turns: [{ user: task }, { say: 'Done.' }, { user: said }, { say: 'OK.' }] }));

describe('a prohibition naming one program, said in two sessions', () => {
  it.each([
    ["Don't use sudo.", 'sudo'],
    ['Never run sudo.', 'sudo'],
    ['No sudo.', 'sudo'],
    ['No sudo!', 'sudo'],
    ['不要使用 sudo。', 'sudo'],
    ['Never use yarn.', 'yarn'],
  ])('a rule: %s', async (said, program) => {
    const lines = await addedLines(sessions(said.length, said));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^(?:Don't|Never) (?:use|run) \`?${program}\`?`));
  });

  it.each(["Don't worry.", 'No problem.', 'No rush.', "Don't go.", 'No make.', 'No, go.'])('no rule: %s', async (said) => {
    expect(await addedLines(sessions(said.length, said))).toEqual([]);
  });
});
