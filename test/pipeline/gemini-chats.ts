/**
 * Two Gemini CLI chat recordings on two days, each a task, the agent looking around and reporting, then the user
 * saying `rule`: the offline pass's lessons from them. For end-to-end tests of how a rule is read, in a format every
 * tree reads.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TempRepo } from './helpers.js';

export async function lessonsFromTwoChats(repo: TempRepo, rule: string): Promise<string[]> {
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
    const file = path.join(repo.dir, '.dreaming', 'sessions', 'gemini', `session-2026-03-${day}T10-00-${id.slice(0, 8)}.json`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(doc, null, 2));
  };
  chat(1, '03', 'add a status endpoint to the API');
  chat(2, '05', 'the invoice dates are parsed in the wrong time zone, fix it');
  const { report } = await repo.run({ sessions: ['.dreaming/sessions/**/*.json'] });
  return report.edits.filter((e) => e.op === 'add').map((e) => e.after ?? '');
}
