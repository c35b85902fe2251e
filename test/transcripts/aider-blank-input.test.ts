/**
 * Aider logs a submission with nothing typed as "#### <blank>" (io.py's user_input writes "<blank>" for an empty
 * input): the person said nothing, so it is no prompt. Round 20's thoth history opened a chat with it, read as the
 * person's first words. Controls: words that mention a blank, or "<blank>" inside a sentence, are the person's.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ofKind, readAll } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'aider-blank-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function prompts(lines: string[]): Promise<string[]> {
  const sub = mkdtempSync(join(dir, 't'));
  const file = join(sub, '.aider.chat.history.md');
  writeFileSync(file, ['# aider chat started at 2026-11-21 09:00:00', '', '> Aider v0.86.2', '', ...lines, ''].join('\n'));
  const { sessions } = await readAll(file);
  return sessions.flatMap((s) => ofKind(s, 'user_prompt').map((e) => e.text));
}

describe('an empty submission at aider', () => {
  it('is no prompt before the first words', async () => {
    expect(await prompts(['#### <blank>  ', '', '#### the sync job stalls after the first batch  ', '', 'Looking at the job.'])).toEqual([
      'the sync job stalls after the first batch',
    ]);
  });

  it('is no prompt between two messages, twice in a row', async () => {
    expect(
      await prompts([
        '#### add a retry to the uploader  ',
        '',
        'Added.',
        '',
        '#### <blank>  ',
        '',
        '#### <blank>  ',
        '',
        '#### now cap it at three tries  ',
        '',
        'Capped.',
      ]),
    ).toEqual(['add a retry to the uploader', 'now cap it at three tries']);
  });

  it("words about a blank are the person's (control)", async () => {
    expect(
      await prompts([
        '#### fill the <blank> placeholder in the template with the user name  ',
        '',
        'Done.',
        '',
        '#### leave the form field blank  ',
      ]),
    ).toEqual(['fill the <blank> placeholder in the template with the user name', 'leave the form field blank']);
  });
});
