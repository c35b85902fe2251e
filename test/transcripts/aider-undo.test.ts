/**
 * Aider's "/undo" drops the commit of the model's last edit: the person rejected it. It is read as an interrupt (the
 * model's event for the person taking the turn back, src/model/session.ts), placed after the edit it takes back. It
 * carries none of their words, so the words after it are a prompt of their own. A "/undo" the prompt history beside
 * the file does not hold was not typed. Histories written from aider's layout (io.py logs each typed line as
 * "#### <line>" with two trailing spaces; commands.py's cmd_undo logs "Removed: <hash> <message>").
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAll } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'aider-undo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function story(lines: string[], history?: string): Promise<string[]> {
  const sub = mkdtempSync(join(dir, 't'));
  const file = join(sub, '.aider.chat.history.md');
  writeFileSync(file, lines.join('\n'));
  if (history !== undefined) writeFileSync(join(sub, '.aider.input.history'), history);
  const { sessions, issues } = await readAll(file);
  expect(issues).toEqual([]);
  return sessions.flatMap((s) =>
    s.events.flatMap((e) =>
      e.kind === 'interrupt'
        ? [`interrupt ${e.text}`]
        : e.kind === 'user_prompt'
          ? [`user ${e.text}`]
          : e.kind === 'tool_call'
            ? [`call ${e.name}`]
            : e.kind === 'assistant_text'
              ? ['reply']
              : [],
    ),
  );
}

const head = ['# aider chat started at 2026-03-04 15:20:00', '', '> Aider v0.86.1', ''];
const edited = [
  '#### make the parser accept trailing commas  ',
  '',
  'parser.py',
  '```python',
  '<<<<<<< SEARCH',
  '    return items',
  '=======',
  '    return [i for i in items if i]',
  '>>>>>>> REPLACE',
  '```',
  '',
  '> Applied edit to parser.py  ',
  '> Commit 3f9c2a1 feat: Accept trailing commas in the parser  ',
  '',
];

describe('aider /undo', () => {
  it('is an interrupt after the edit it takes back, no prompt, and the words after it are the next prompt', async () => {
    const events = await story([
      ...head,
      ...edited,
      '#### /undo  ',
      '> Removed: 3f9c2a1 feat: Accept trailing commas in the parser  ',
      '> Now at:  0b1d2e4 Initial commit  ',
      '',
      '#### only touch the tokenizer, the parser is generated  ',
      '',
      'Understood.',
    ]);
    expect(events.filter((e) => e !== 'reply')).toEqual([
      'user make the parser accept trailing commas',
      'call edit',
      'interrupt /undo',
      'user only touch the tokenizer, the parser is generated',
    ]);
  });

  it('also when aider could not undo (the commit was not its own): the person still rejected the edit', async () => {
    const events = await story([...head, ...edited, '#### /undo  ', '> The last commit was not made by aider in this chat session.  ', '']);
    expect(events.filter((e) => e.startsWith('interrupt'))).toEqual(['interrupt /undo']);
  });

  it('with the prompt history beside the file: an interrupt when the history holds it, none when it does not', async () => {
    const lines = [...head, ...edited, '#### /undo  ', '> Removed: 3f9c2a1 feat: Accept trailing commas in the parser  ', ''];
    const typed = '\n# 2026-03-04 15:20:05.000000\n+make the parser accept trailing commas\n\n# 2026-03-04 15:21:00.000000\n+/undo\n';
    expect((await story(lines, typed)).filter((e) => e.startsWith('interrupt'))).toEqual(['interrupt /undo']);
    const notTyped = '\n# 2026-03-04 15:20:05.000000\n+make the parser accept trailing commas\n';
    expect((await story(lines, notTyped)).filter((e) => e.startsWith('interrupt'))).toEqual([]);
  });

  it('other commands, and "/undo" in the model’s fence or mid-sentence, are no interrupt', async () => {
    const events = await story([
      ...head,
      '#### /drop parser.py  ',
      '',
      '#### /clear  ',
      '',
      '#### why did you /undo that?  ',
      '',
      'Here is how to revert:',
      '```',
      '#### /undo  ',
      '```',
      '',
    ]);
    expect(events.some((e) => e.startsWith('interrupt'))).toBe(false);
  });
});
