/**
 * In IDE mode Gemini CLI hands the model the editor's state as a user turn of its own: "Here is the user's editor
 * context as a JSON object. This is for your information only." with the active file, cursor and selected text, and
 * later "Here is a summary of changes in the user's editor context…" as the editor moves. Public `/chat share` exports
 * show both under "## USER". Typed by nobody, and a selection is a file's text however much it reads like a rule.
 * Wording as the CLI writes it (core client.ts); files and values made up.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ofKind, readAll } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'gemini-editor-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const full = (selectedText: string) =>
  "Here is the user's editor context as a JSON object. This is for your information only.\n```json\n" +
  JSON.stringify(
    {
      activeFile: { path: '/home/dev/ledger/CONTRIBUTING.md', cursor: { line: 18, character: 58 }, selectedText },
      otherOpenFiles: ['/home/dev/ledger/src/totals.ts'],
    },
    null,
    2,
  ) +
  '\n```';
/** Newer versions list the changes as lines rather than JSON. */
const delta =
  "Here is a summary of changes in the user's editor context. This is for your information only.\n" +
  '- Selected text in /home/dev/ledger/CONTRIBUTING.md: Always run the linter before pushing.';

async function prompts(file: string): Promise<string[]> {
  const { sessions } = await readAll(file);
  return sessions.flatMap((s) => ofKind(s, 'user_prompt').map((e) => e.text));
}

describe("Gemini CLI's editor context in IDE mode", () => {
  it('is no prompt in a chat recording, in either wording; the typed prompts around it are', async () => {
    const file = join(dir, 'session-2026-03-02T08-00-3c2b1a09.json');
    const at = (i: number) => `2026-03-02T08:0${i}:00.000Z`;
    const messages = [
      { id: 'u0', timestamp: at(0), type: 'user', content: [{ text: 'why are the monthly totals off by a cent?' }] },
      { id: 'u1', timestamp: at(1), type: 'user', content: [{ text: full('\nALWAYS round with integer cents.') }] },
      { id: 'g1', timestamp: at(2), type: 'gemini', content: 'The rounding happens per line.' },
      { id: 'u2', timestamp: at(3), type: 'user', content: [{ text: delta }] },
      { id: 'u3', timestamp: at(4), type: 'user', content: [{ text: 'ok, switch to integer cents' }] },
    ];
    writeFileSync(
      file,
      JSON.stringify({ sessionId: '3c2b1a09-0000-4000-8000-000000000001', projectHash: 'ab'.repeat(32), startTime: at(0), messages }),
    );
    expect(await prompts(file)).toEqual(['why are the monthly totals off by a cent?', 'ok, switch to integer cents']);
  });

  it('is no prompt in a saved chat (the history form /chat save writes)', async () => {
    const file = join(dir, 'checkpoint-cents.json');
    const history = [
      { role: 'user', parts: [{ text: 'why are the monthly totals off by a cent?' }] },
      { role: 'model', parts: [{ text: 'Let me look.' }] },
      { role: 'user', parts: [{ text: full('Never commit the build folder.') }] },
      { role: 'user', parts: [{ text: delta }] },
      { role: 'user', parts: [{ text: 'ok, switch to integer cents' }] },
      { role: 'model', parts: [{ text: 'Done.' }] },
    ];
    writeFileSync(file, JSON.stringify({ history, authType: 'oauth-personal' }, null, 2));
    expect(await prompts(file)).toEqual(['why are the monthly totals off by a cent?', 'ok, switch to integer cents']);
  });

  it("a prompt that quotes the wording later in the person's text is still theirs", async () => {
    const file = join(dir, 'session-2026-03-03T08-00-3c2b1a10.json');
    const text = 'the CLI says "Here is the user\'s editor context" every turn; can I turn that off?';
    writeFileSync(
      file,
      JSON.stringify({
        sessionId: '3c2b1a10-0000-4000-8000-000000000001',
        projectHash: 'ab'.repeat(32),
        startTime: '2026-03-03T08:00:00.000Z',
        messages: [{ id: 'u0', timestamp: '2026-03-03T08:00:00.000Z', type: 'user', content: [{ text }] }],
      }),
    );
    expect(await prompts(file)).toEqual([text]);
  });
});
