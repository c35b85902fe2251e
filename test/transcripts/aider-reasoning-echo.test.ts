import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ofKind, readAll } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'aider-reasoning-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function prompts(name: string, text: string): Promise<string[]> {
  const file = join(dir, name);
  writeFileSync(file, text);
  return readAll(file).then(({ sessions }) => ofKind(sessions[0]!, 'user_prompt').map((p) => p.text.trim()));
}

// Aider's reasoning tag: "thinking-content-" and a fixed md5 (aider/reasoning_tags.py). Aider logs a reasoning
// model's thoughts inside it, and strips them before the architect's reply goes to the editor as a "####" message.
// Written for this test; no wording is taken from a transcript.
const TAG = 'thinking-content-7bbeb8e1441453ad999a0bbba8a46d4b';
const think = (...lines: string[]) => [`<${TAG}>`, '', ...lines, '', `</${TAG}>`, ''].join('\n');
const typed = (...lines: string[]) => lines.map((l) => `#### ${l}  `).join('\n');

function chat(reply: string, echo: string): string {
  return [
    '',
    '# aider chat started at 2026-03-01 09:00:00',
    '',
    '> Model: some/reasoner with architect edit format  ',
    '',
    typed('split the settings page into tabs'),
    '',
    reply,
    '',
    '> Tokens: 9k sent, 1.2k received.  ',
    '',
    echo,
    '',
    'settings/tabs.tsx',
    '```tsx',
    'export const Tabs = () => null;',
    '```',
    '',
    '> Applied edit to settings/tabs.tsx  ',
    '',
    typed('now add a test for the tab order'),
    '',
    'Added.',
    '',
  ].join('\n');
}

const PLAN = ['Plan:', '1. Move each settings group into settings/tabs.tsx.', '2. Keep the save button outside the tabs.'];

describe("aider's architect handoff after a reasoning model's thoughts", () => {
  it('is not a user prompt when the reply opened with a reasoning block the echo lacks', async () => {
    const reply = think('The user wants tabs. Keep it small; never touch the API layer.') + PLAN.join('\n');
    expect(await prompts('one.aider.chat.history.md', chat(reply, typed(...PLAN)))).toEqual([
      'split the settings page into tabs',
      'now add a test for the tab order',
    ]);
  });

  it('is not a user prompt when the reasoning sits between paragraphs, twice', async () => {
    const reply = [think('First, the groups.'), PLAN[0], think('Then, the button.'), PLAN[1], PLAN[2]].join('\n');
    expect(await prompts('two.aider.chat.history.md', chat(reply, typed(...PLAN)))).toHaveLength(2);
  });

  it('is not a user prompt when only the closing tag is left (the opening one was never logged)', async () => {
    const reply = ['still weighing the tab order', `</${TAG}>`, '', ...PLAN].join('\n');
    expect(await prompts('closing.aider.chat.history.md', chat(reply, typed(...PLAN)))).toHaveLength(2);
  });

  it('still reads a message of the user that repeats the reasoning, or changes a word of the plan', async () => {
    const reply = think('Keep the save button outside the tabs.') + PLAN.join('\n');
    const thought = await prompts('thought.aider.chat.history.md', chat(reply, typed('Keep the save button outside the tabs.')));
    expect(thought).toContain('Keep the save button outside the tabs.');
    const changed = typed(PLAN[0]!, PLAN[1]!, '2. Put the save button inside each tab.');
    expect(await prompts('changed.aider.chat.history.md', chat(reply, changed))).toHaveLength(3);
  });

  it('strips only aider\'s own tag: a "<think>" block aider did not strip stays part of the reply it hands on', async () => {
    const reply = ['<think>', 'short thought', '</think>', ...PLAN].join('\n');
    // Aider hands on what it logged: the echo then carries the <think> block too, and is no prompt.
    const handed = typed('<think>', 'short thought', '</think>', ...PLAN);
    expect(await prompts('think.aider.chat.history.md', chat(reply, handed))).toHaveLength(2);
    // An echo without it is not what aider would have handed on: read as typed.
    expect(await prompts('think2.aider.chat.history.md', chat(reply, typed(...PLAN)))).toHaveLength(3);
  });
});
