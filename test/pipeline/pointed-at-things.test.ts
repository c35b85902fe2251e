/**
 * End to end (offline pass over Gemini CLI chat recordings): a rule about a thing the user points at instead of naming
 * ("never edit this file by hand") proposes nothing, even said in two sessions: in memory "this file" points at nothing,
 * or at the memory file itself. Round 18 met it in a real Gemini CLI export ("Please do not remove any lines from this
 * file, it is a history of our conversations."); the wordings here are others, in five languages. On main each was
 * memory ("- Never edit this file by hand, it is generated."). The same rules naming the thing are still learnt.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TempRepo } from './helpers.js';

let repo: TempRepo | undefined;
afterEach(() => repo?.dispose());

/** Two chats on two days: a task, the agent looks around and reports, then the user says `rule`. */
async function lessons(rule: string): Promise<string[]> {
  repo?.dispose();
  repo = new TempRepo();
  const chat = (n: number, day: string, task: string) => {
    const t = (m: number) => `2026-03-${day}T10:0${m}:00.000Z`;
    const id = `0b1e7c52-${n}${n}${n}${n}-4a4a-9b9b-00000000000${n}`;
    const doc = {
      sessionId: id,
      projectHash: 'ab'.repeat(16),
      startTime: t(0),
      lastUpdated: t(5),
      kind: 'main',
      messages: [
        { id: 'u1', timestamp: t(0), type: 'user', content: [{ text: task }] },
        {
          id: 'g1',
          timestamp: t(1),
          type: 'gemini',
          content: 'Let me look at the sources first.',
          toolCalls: [
            {
              id: 'c1',
              name: 'run_shell_command',
              args: { command: 'ls src' },
              status: 'success',
              timestamp: t(1),
              result: [{ functionResponse: { id: 'c1', name: 'run_shell_command', response: { output: 'Output: app.ts\nExit Code: 0' } } }],
            },
          ],
        },
        { id: 'g2', timestamp: t(2), type: 'gemini', content: 'The handler is in src/app.ts; I will change it there.' },
        { id: 'u2', timestamp: t(3), type: 'user', content: [{ text: rule }] },
        { id: 'g3', timestamp: t(4), type: 'gemini', content: 'Understood.' },
      ],
    };
    const file = path.join(repo!.dir, '.dreaming', 'sessions', 'gemini', `session-2026-03-${day}T10-00-${id.slice(0, 8)}.json`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(doc, null, 2));
  };
  chat(1, '03', 'add a status endpoint to the API');
  chat(2, '05', 'the invoice dates are parsed in the wrong time zone, fix it');
  const { report } = await repo.run({ sessions: ['.dreaming/sessions/**/*.json'] });
  return report.edits.filter((e) => e.op === 'add').map((e) => e.after ?? '');
}

describe('a rule about a thing the user points at, said in two sessions', () => {
  it.each<[string, string, RegExp]>([
    ['en, "this file"', 'Never edit this file by hand, it is generated.', /by hand/i],
    ['en, "these tests"', "Don't touch these tests.", /touch/i],
    ['en, "that function" after a preposition', 'Do not change anything in that function.', /change anything/i],
    ['es', 'Nunca modifiques este archivo a mano.', /modifiques/],
    ['fr', 'Ne modifie jamais ce fichier à la main.', /modifie/],
    ['ru', 'Никогда не меняй этот файл вручную.', /меняй/],
  ])('%s: proposes nothing', async (_case, rule, about) => {
    expect((await lessons(rule)).filter((l) => about.test(l))).toEqual([]);
  });

  it.each<[string, string, RegExp]>([
    ['en, the files named by kind', 'Never edit the generated files by hand.', /generated files/i],
    ['en, "that" as a relative pronoun', 'Never edit files that the build generates.', /build generates/i],
    ['en, the project pointed at', 'Always run the linter in this repo before you commit.', /linter/i],
    ['ru, named by kind', 'Никогда не меняй сгенерированные файлы вручную.', /сгенерированные/],
  ])('%s: the rule is proposed (control)', async (_case, rule, about) => {
    expect((await lessons(rule)).filter((l) => about.test(l))).toHaveLength(1);
  });
});
