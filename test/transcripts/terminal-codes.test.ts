/**
 * Terminal control sequences in transcript text (a coloured test runner, a linter's bold file names, a
 * terminal hyperlink) are removed when a session is built, in every format, before redaction: a secret
 * or an error line split by a colour code is then seen whole.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { claudeCodeSession } from '../helpers/transcript-builders.js';
import { ofKind, readAll } from './helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'terminal-codes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ESC = '\x1b';
// Built at run time, so no secret scanner of this repository mistakes the test for a leak.
const token = ['ghp', '_', 'Q7wE9rT1yU3iO5pA2sD4fG6hJ8kL0zX1cV3b'].join('');
const [tokenHead, tokenTail] = [token.slice(0, 10), token.slice(10)];

describe('terminal control sequences', () => {
  it('are gone from tool output, commands and prompts, and a secret they split is redacted whole', async () => {
    const file = path.join(dir, 'coloured.jsonl');
    writeFileSync(
      file,
      claudeCodeSession('4b2f0000-0000-4000-8000-00000000c0de', '12', '/repo', [
        { user: `deploy with ${tokenHead}${ESC}[0m${tokenTail} please` },
        {
          bash: `${ESC}[1mnpm${ESC}[22m test`,
          out: `${ESC}[31m${ESC}[1mFAIL${ESC}[22m${ESC}[39m src/cart.test.ts\n${ESC}]8;;https://jestjs.io${ESC}\\docs${ESC}]8;;${ESC}\\ ${ESC}[2K${ESC}[1GTests: 1 failed`,
          error: true,
          exit: 1,
        },
      ]),
    );
    const s = (await readAll(file)).sessions[0]!;
    const json = JSON.stringify(s);
    expect(json).not.toContain('\\u001b');
    expect(json).not.toContain(tokenTail);
    expect(ofKind(s, 'user_prompt')[0]!.text).toBe('deploy with [REDACTED:github-pat] please');
    expect(ofKind(s, 'tool_call')[0]!.command).toBe('npm test');
    const result = ofKind(s, 'tool_result')[0]!;
    expect(result.text).toBe('FAIL src/cart.test.ts\ndocs Tests: 1 failed');
  });

  it('leave a text without them byte for byte as it was', async () => {
    const file = path.join(dir, 'plain.jsonl');
    const out = 'FAIL [31m is literal text here, as is \\x1b[0m';
    writeFileSync(
      file,
      claudeCodeSession('4b2f0000-0000-4000-8000-00000000beef', '12', '/repo', [{ bash: 'npm test', out, error: true, exit: 1 }]),
    );
    const s = (await readAll(file)).sessions[0]!;
    expect(ofKind(s, 'tool_result')[0]!.text).toBe(out);
  });
});
