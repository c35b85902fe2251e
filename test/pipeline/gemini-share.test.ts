/**
 * End to end over Gemini CLI's saved conversations (round 18 met real `/chat share` exports, Markdown and JSON, that no
 * reader knew: both projects read 0 sessions on main). A rule said in two conversations is learnt from them; the CLI's
 * environment turn, in every export, never is ("Reminder: Do not return an empty response when a tool call is
 * required."); a Markdown turn after the model's text rests on nothing alone (the model may have printed it), the same
 * turn in JSON does; one conversation exported twice (.md and .json) is one session's support.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TempRepo } from './helpers.js';

let repo: TempRepo | undefined;
afterEach(() => repo?.dispose());

type Item = { role: 'user' | 'model'; parts: Record<string, unknown>[] };

const ENVIRONMENT =
  'This is the Gemini CLI. We are setting up the context for our chat.\nMy operating system is: linux\n\nReminder: Do not return an empty response when a tool call is required.\n\nMy setup is complete. I will provide my first command in the next turn.';

/** A conversation: the CLI's turn, the user's first request, a shell call and its answer, the model's reply, then `later`. */
function history(first: string, later: string | undefined): Item[] {
  return [
    { role: 'user', parts: [{ text: ENVIRONMENT }] },
    { role: 'user', parts: [{ text: first }] },
    {
      role: 'model',
      parts: [{ text: 'I will look at the sources.' }, { functionCall: { name: 'run_shell_command', args: { command: 'ls src' } } }],
    },
    {
      role: 'user',
      parts: [
        {
          functionResponse: {
            id: 'run_shell_command-1-a',
            name: 'run_shell_command',
            response: { output: 'Output: app.ts\nExit Code: 0' },
          },
        },
      ],
    },
    { role: 'model', parts: [{ text: 'The handler is in src/app.ts.' }] },
    ...(later
      ? [
          { role: 'user' as const, parts: [{ text: later }] },
          { role: 'model' as const, parts: [{ text: 'Understood.' }] },
        ]
      : []),
  ];
}

/** The Markdown Gemini CLI's `/chat share <file>.md` writes for a history. */
function markdown(items: Item[]): string {
  return items
    .map((item) => {
      const text = item.parts
        .map((p) =>
          typeof p.text === 'string'
            ? p.text
            : p.functionCall
              ? '**Tool Command**:\n```json\n' + JSON.stringify(p.functionCall, null, 2) + '\n```'
              : '**Tool Response**:\n```json\n' + JSON.stringify(p.functionResponse, null, 2) + '\n```',
        )
        .join('');
      return `## ${item.role.toUpperCase()} ${item.role === 'user' ? '🧑‍💻' : '✨'}\n\n${text}`;
    })
    .join('\n\n---\n\n');
}

const TASKS = ['The status page shows stale numbers, find out why.', 'Add a CSV export to the reports screen.'];
const RULE = 'Always run `npm run lint` before committing.';

async function lessons(files: Record<string, string>): Promise<string[]> {
  repo?.dispose();
  repo = new TempRepo();
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(repo.dir, 'docs', 'chats', name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  const { report } = await repo.run({ sessions: ['docs/chats/*'] });
  return report.edits.filter((e) => e.op === 'add').map((e) => e.after ?? '');
}

describe("Gemini CLI's /chat share exports", () => {
  it("learns a rule the user gave in two conversations' first requests, and never the CLI's own turn", async () => {
    const got = await lessons({
      'monday.md': markdown(history(`${TASKS[0]} ${RULE}`, undefined)),
      'tuesday.md': markdown(history(`${TASKS[1]} ${RULE}`, undefined)),
    });
    expect(got.filter((l) => l.includes('npm run lint'))).toHaveLength(1);
    expect(got.filter((l) => /empty response/i.test(l))).toEqual([]);
  });

  it("rests no rule on Markdown turns after the model's text alone; the same turns in JSON do", async () => {
    const said = (i: number) => history(TASKS[i]!, RULE);
    expect(
      (await lessons({ 'monday.md': markdown(said(0)), 'tuesday.md': markdown(said(1)) })).filter((l) => l.includes('npm run lint')),
    ).toEqual([]);
    expect(
      (await lessons({ 'monday.json': JSON.stringify(said(0), null, 2), 'tuesday.json': JSON.stringify(said(1), null, 2) })).filter((l) =>
        l.includes('npm run lint'),
      ),
    ).toHaveLength(1);
  });

  it('counts one conversation exported as Markdown and as JSON once', async () => {
    // A request with another after it: an untimed prompt alone has no place to be told by (occurrence.ts).
    const once = history(`${TASKS[0]} ${RULE}`, 'Also cover it with a test.');
    const got = await lessons({ 'monday.md': markdown(once), 'monday.json': JSON.stringify(once, null, 2) });
    expect(got.filter((l) => l.includes('npm run lint'))).toEqual([]);
  });
});
