/**
 * What a tool printed or another person said, quoted after a reporting clause and a colon on the same line, is not the
 * user speaking ("This is what the linter printed: error: never use var" became "Use error, not var." on main, "Ana
 * said: use pnpm, not npm" a swap the user never asked for; pasted.ts). The same clause on a line of its own already
 * opened a paste. Tested with other tools, speakers and verbs than the probes'. Controls: the user quoting themselves
 * ("I told you: …") and a rule with its reason after the colon are still learnt. And a line naming a document by its
 * file ("From CONTRIBUTING.md:") opens a paste as "from the docs:" did ("Add this to AGENTS.md:" does not).
 */
import { describe, expect, it } from 'vitest';
import { addedLines, type Format, type WorldSession } from '../helpers/paraphrase-world.js';

const TASKS = ['Add a moon phase column to the table.', 'The tide table rounds high water wrong; please fix it.'];
const FORMATS: readonly Format[] = ['claude', 'codex', 'prompt-log'];
const sessions = (k: number, said: string): WorldSession[] =>
  TASKS.map((task, j) => ({ format: FORMATS[(k + j) % 3]!, turns: [{ user: task }, { say: 'Done.' }, { user: said }, { say: 'OK.' }] }));

describe('a quote after a reporting clause and a colon, said in two sessions', () => {
  it.each([
    'Here is what mypy printed: note: never use eval',
    'The setup script prints: hint: do not use sudo',
    'My teammate wrote: use bun, not npm',
    'The bot replied: use bun, not npm',
    'The old wiki says: use yarn, not npm',
  ])('is no rule: %s', async (said) => {
    expect(await addedLines(sessions(said.length, said))).toEqual([]);
  });

  it.each<[string, RegExp]>([
    ['I told you: use bun, not npm', /Use bun, not npm/],
    ['Like I said: use bun, not npm', /Use bun, not npm/],
    ['How many times do I have to say it: use bun, not npm', /Use bun, not npm/],
    ['Use zod, not yup: our schemas are shared with the API.', /Use zod, not yup/],
  ])('the user speaking is still a rule: %s', async (said, about) => {
    const lines = await addedLines(sessions(said.length, said));
    expect(lines.filter((l) => about.test(l))).toHaveLength(1);
  });
});

describe('a document quoted after a line naming its file', () => {
  it.each(['From our SECURITY.md:\nNever log the session tokens.', 'Copied from CONTRIBUTING.rst:\n\nAlways tag from the release branch.'])(
    'is no rule: %j',
    async (said) => {
      expect(await addedLines(sessions(said.length, said))).toEqual([]);
    },
  );

  it('control: words the user asks to put in a file are theirs', async () => {
    const lines = await addedLines(sessions(3, 'Add this to AGENTS.md:\nNever log the session tokens.'));
    expect(lines.filter((l) => /session tokens/.test(l))).toHaveLength(1);
  });
});
