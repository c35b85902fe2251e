/**
 * Aider's `--auto-test`: after each edit aider runs its test command, printing the output to the terminal only
 * (run_cmd.py). A failing run is logged as "> Added N lines of output to the chat." and "> Attempt to fix test
 * errors? …" (base_coder.py), a passing one not at all. Histories written here in aider's layout.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAll } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'aider-auto-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function story(lines: string[]) {
  const file = join(mkdtempSync(join(dir, 't')), '.aider.chat.history.md');
  writeFileSync(file, lines.join('\n'));
  const { sessions, issues } = await readAll(file);
  expect(issues).toEqual([]);
  // The model's words are not what these tests look at (aider splits them around its edit blocks).
  return sessions.flatMap((s) =>
    s.events
      .filter((e) => e.kind !== 'assistant_text')
      .map((e) =>
        e.kind === 'tool_call'
          ? `call ${e.name}${e.command ? ` ${e.command}` : ''}`
          : e.kind === 'tool_result'
            ? `${e.ok ? 'ok' : 'failed'} ${e.toolName}${e.text ? `: ${e.text}` : ''}`
            : e.kind === 'user_prompt'
              ? `user ${e.text}`
              : e.kind,
      ),
  );
}

const head = ['# aider chat started at 2026-11-21 09:00:00', '', '> Aider v0.86.1', '> Main model: sonnet with diff edit format', ''];
const edit = (file: string) => [
  'I will fix it.',
  '',
  `${file}`,
  '```python',
  '<<<<<<< SEARCH',
  'a',
  '=======',
  'b',
  '>>>>>>> REPLACE',
  '```',
  '',
  `> Applied edit to ${file}  `,
];

describe("aider's --auto-test", () => {
  it('reads a failing run after an edit as a failed test call, whatever the answer to its question', async () => {
    for (const answer of ['y', 'n', '']) {
      expect(
        await story([
          ...head,
          '#### round the cart total half up  ',
          '',
          ...edit('cart.py'),
          '> Commit 1a2b3c4 fix: round the cart total  ',
          '> Added 12 lines of output to the chat.  ',
          `> Attempt to fix test errors? (Y)es/(N)o [Yes]: ${answer}  `,
        ]),
      ).toEqual([
        'user round the cart total half up',
        'call edit',
        'ok edit: Applied edit to cart.py',
        'call auto-test',
        'failed auto-test: Added 12 lines of output to the chat.',
      ]);
    }
  });

  it('reads the question alone (no count logged) as the failure too, and each run of a session', async () => {
    const got = await story([
      ...head,
      '#### add the tax  ',
      '',
      ...edit('tax.py'),
      '> Attempt to fix test errors? (Y)es/(N)o [Yes]: y  ',
      '',
      ...edit('tax.py'),
      '> Added 1 line of output to the chat.  ',
      '> Attempt to fix test errors? (Y)es/(N)o [Yes]: y  ',
    ]);
    expect(got.filter((e) => e.includes('auto-test'))).toEqual([
      'call auto-test',
      'failed auto-test: Attempt to fix test errors? (Y)es/(N)o [Yes]: y',
      'call auto-test',
      'failed auto-test: Added 1 line of output to the chat.',
    ]);
  });

  it('invents no run where nothing was logged, and leaves a typed "/test" and the linter as they were (controls)', async () => {
    const got = await story([
      ...head,
      '#### rename the helper  ',
      '',
      ...edit('util.py'),
      '',
      '#### /test pytest -q  ',
      '> Added 4 lines of output to the chat.  ',
      '',
      '#### thanks  ',
    ]);
    expect(got.filter((e) => e.includes('auto-test'))).toEqual([]);
    expect(got).toContain('call bash pytest -q');
    expect(got).toContain('failed bash: Added 4 lines of output to the chat.');
  });
});
