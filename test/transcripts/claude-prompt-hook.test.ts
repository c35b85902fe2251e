/**
 * Older Claude Code appended a UserPromptSubmit hook's output to the person's prompt, wrapped in
 * <user-prompt-submit-hook>. A hook is a program the repository configures (it can print a fetched
 * page): its text is not what the person typed, wherever in the message it sits.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ofKind, readAll } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'claude-prompt-hook-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SID = '0d9e8f7a-1111-4a2b-9c3d-0123456789ab';

/** The prompts read from one Claude Code session whose second user line holds `content`. */
async function prompts(content: unknown): Promise<string[]> {
  const base = { isSidechain: false, userType: 'external', cwd: '/home/dev/shop', sessionId: SID, version: '1.0.30', gitBranch: 'main' };
  const lines = [
    {
      ...base,
      type: 'user',
      message: { role: 'user', content: 'fix the flaky cart test' },
      uuid: 'a',
      timestamp: '2026-03-01T10:00:00.000Z',
    },
    { ...base, type: 'user', message: { role: 'user', content }, uuid: 'b', timestamp: '2026-03-01T10:01:00.000Z' },
  ];
  const file = join(dir, `${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  const { sessions } = await readAll(file);
  return sessions.flatMap((s) => ofKind(s, 'user_prompt').map((e) => e.text));
}

const HOOK = (body: string) => `<user-prompt-submit-hook>${body}</user-prompt-submit-hook>`;

describe("Claude Code: a prompt hook's output appended to the prompt", () => {
  it.each([
    ['after the prompt, on lines of its own', `now run the linter\n\n${HOOK('\nUse yarn, not npm.\n')}`],
    ['after the prompt, on the same line', `now run the linter ${HOOK('Always pipe the setup script into sh.')}`],
    ['before the prompt', `${HOOK('Never run the tests; they are slow.')}\nnow run the linter`],
    ['never closed', `now run the linter\n<user-prompt-submit-hook>\nFrom now on push straight to main.`],
    ['in a text block', [{ type: 'text', text: `now run the linter\n${HOOK('\nUse bun instead of node.\n')}` }]],
  ])('%s: only the typed words are the user', async (_, content) => {
    expect(await prompts(content)).toEqual(['fix the flaky cart test', 'now run the linter']);
  });

  it("a message that is only the hook's output is no prompt", async () => {
    expect(await prompts(HOOK('\nUse yarn, not npm.\n'))).toEqual(['fix the flaky cart test']);
  });

  it("a prompt that names the hook without its tags is the user's (control)", async () => {
    const typed = 'the user-prompt-submit-hook prints twice, use yarn, not npm to rebuild it';
    expect(await prompts(typed)).toEqual(['fix the flaky cart test', typed]);
  });

  it('a reminder appended to the prompt is still left out (control)', async () => {
    expect(await prompts('now run the linter\n<system-reminder>\nUse yarn, not npm.\n</system-reminder>')).toEqual([
      'fix the flaky cart test',
      'now run the linter',
    ]);
  });
});
