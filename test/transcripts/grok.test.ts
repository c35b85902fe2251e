/**
 * xAI Grok CLI's chat_history.jsonl. The fixture is written from the shape several public readers
 * describe (record types, `<user_query>` envelope, `synthetic_reason`, `tool_calls` with string
 * arguments, `tool_result` by `tool_call_id`), not copied from anyone's session.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/transcripts/index.js';
import { expectWellFormed, fixture, lineCountOf, ofKind, readAll } from './helpers.js';

const file = fixture('grok/%2Fhome%2Fdev%2Fshop/019f75d0-ebe1-7db0-a59a-60af9ffa9e71/chat_history.jsonl');

describe('Grok CLI chat history', () => {
  it('is detected past its system line, and named by its folders (session id, percent-encoded cwd)', async () => {
    expect(detectFormat(file)).toBe('grok-cli');
    const { sessions, issues } = await readAll(file);
    expect(issues.map((i) => i.line)).toEqual([15]);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({
      id: '019f75d0-ebe1-7db0-a59a-60af9ffa9e71',
      agent: 'grok-cli',
      format: 'grok-cli',
      cwd: '/home/dev/shop',
      model: 'grok-code-fast-1',
    });
    expectWellFormed(sessions[0]!, lineCountOf(file));
  });

  it("takes only the person's query as the user: not a synthetic item, nor the harness's blocks around the query", async () => {
    const s = (await readAll(file)).sessions[0]!;
    expect(ofKind(s, 'user_prompt').map((e) => e.text)).toEqual(['run the cart tests', 'no, this repo uses pnpm, never npm']);
    expect(JSON.stringify(s.events)).not.toMatch(/npm install|Todo list|OS: linux|On branch/);
  });

  it('pairs tool calls with results and reads failure from the result text', async () => {
    const s = (await readAll(file)).sessions[0]!;
    expect(ofKind(s, 'tool_call').map((c) => [c.callId, c.command])).toEqual([
      ['call_1', 'npm test -- cart'],
      ['call_2', 'pnpm vitest run src/cart'],
      ['call_3', undefined],
    ]);
    expect(ofKind(s, 'tool_result').map((r) => [r.toolName, r.ok, r.exitCode])).toEqual([
      ['run_terminal_cmd', false, 1],
      ['run_terminal_cmd', true, 0],
      ['read_file', false, undefined],
    ]);
  });

  it('without an envelope, strips the harness blocks; leaves look-alikes to their own readers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'grok-'));
    const plain = join(dir, 'plain.jsonl');
    writeFileSync(
      plain,
      [
        JSON.stringify({ type: 'system', content: 'system prompt' }),
        JSON.stringify({
          type: 'user',
          content: [{ type: 'text', text: '<git_status>clean</git_status>\nadd a --json flag' }],
          prompt_index: 0,
        }),
      ].join('\n') + '\n',
    );
    expect(detectFormat(plain)).toBe('grok-cli');
    expect(ofKind((await readAll(plain)).sessions[0]!, 'user_prompt').map((e) => e.text)).toEqual(['add a --json flag']);
    // Claude's stream-json and a chat of {role, content} have user/assistant types too.
    const stream = join(dir, 'stream.jsonl');
    writeFileSync(stream, JSON.stringify({ type: 'user', session_id: 's', message: { role: 'user', content: 'hi' } }) + '\n');
    expect(detectFormat(stream)).toBe('claude-stream-json');
    const chat = join(dir, 'chat.jsonl');
    writeFileSync(chat, JSON.stringify({ type: 'user', role: 'user', content: [{ type: 'text', text: 'hi' }], prompt_index: 0 }) + '\n');
    expect(detectFormat(chat)).toBe('generic-chat');
  });
});
