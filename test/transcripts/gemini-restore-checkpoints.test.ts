/**
 * Gemini CLI's `--checkpointing` files: `{history, clientHistory, toolCall, commitHash, messageId}` (core
 * checkpointUtils.ts), one per file-changing tool call, each holding the chat up to that call. They repeat the chat's
 * own recording, so they are no sessions: skipped by their keys, with the reason said. Written here from that shape.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/transcripts/index.js';
import { fixture, readAll } from './helpers.js';

const chat = (pad: string) => [
  { role: 'user', parts: [{ text: 'This is the Gemini CLI. We are setting up the context for our chat.\nToday is Monday.' }] },
  { role: 'model', parts: [{ text: 'Got it. Thanks for the context!' }] },
  { role: 'user', parts: [{ text: 'add a currency column to the report, and always run pnpm test after edits' }] },
  {
    role: 'model',
    parts: [
      { text: `Reading the report first. ${pad}` },
      { functionCall: { name: 'read_file', args: { absolute_path: '/home/dev/r/report.ts' } } },
    ],
  },
  {
    role: 'user',
    parts: [{ functionResponse: { id: 'read_file-1', name: 'read_file', response: { output: 'export const rows = [];' } } }],
  },
  {
    role: 'model',
    parts: [{ functionCall: { name: 'replace', args: { file_path: '/home/dev/r/report.ts', old_string: 'a', new_string: 'b' } } }],
  },
];
const ui = [
  { id: 1, type: 'user', text: 'add a currency column to the report, and always run pnpm test after edits' },
  { id: 2, type: 'gemini', text: 'Reading the report first.' },
  { id: 3, type: 'tool_group', tools: [{ callId: 'read_file-1', name: 'ReadFile', description: 'report.ts', status: 'Success' }] },
];

function checkpoint(pad: string, drop: string[] = []): string {
  const data: Record<string, unknown> = {
    history: ui,
    clientHistory: chat(pad),
    toolCall: { name: 'replace', args: { file_path: '/home/dev/r/report.ts', old_string: 'a', new_string: 'b' } },
    commitHash: '4f1c2e9a0b7d',
    messageId: 'prompt-7',
  };
  for (const k of drop) delete data[k];
  const f = join(mkdtempSync(join(tmpdir(), 'gemini-ckpt-')), '2026-01-02T10-11-12_123Z-report.ts-replace.json');
  writeFileSync(f, JSON.stringify(data, null, 2));
  return f;
}

describe("Gemini CLI's restore checkpoints", () => {
  it.each([
    ['small (whole file in the sample)', ''],
    ['large (its chat past the sample)', 'x'.repeat(80_000)],
  ])('a %s checkpoint is no session, and the report says what it is', async (_name, pad) => {
    for (const drop of [[], ['history'], ['clientHistory'], ['commitHash', 'messageId']]) {
      const f = checkpoint(pad, drop);
      expect(detectFormat(f)).toBeNull();
      const { sessions, issues } = await readAll(f);
      expect(sessions).toEqual([]);
      expect(issues).toHaveLength(1);
      expect(issues[0]!.reason).toContain("Gemini CLI's restore checkpoint");
    }
  });

  it('leaves the saved chats of /chat save and /chat share read as before', () => {
    expect(detectFormat(fixture('gemini-history/checkpoint-currency-column.json'))).toBe('gemini-cli-history');
    expect(detectFormat(fixture('gemini-history/gemini-conversation-1772440300000.json'))).toBe('gemini-cli-history');
  });

  it('is told by its keys, not by a toolCall word in a chat', async () => {
    // A saved chat whose text mentions the keys is still a chat.
    const f = join(mkdtempSync(join(tmpdir(), 'gemini-ckpt-')), 'checkpoint-notes.json');
    writeFileSync(
      f,
      JSON.stringify({
        history: [{ role: 'user', parts: [{ text: 'what are "toolCall" and "clientHistory"?' }] }],
        authType: 'oauth-personal',
      }),
    );
    expect(detectFormat(f)).toBe('gemini-cli-history');
    expect((await readAll(f)).sessions).toHaveLength(1);
  });
});
