/**
 * A JSONL transcript whose first record is longer than detection's 64 KiB head: no complete record lies in the head,
 * and the key heuristics on its text took a Claude Code line whose ids follow its message for a generic chat, a
 * Copilot CLI event for a Managed Agents one, and gave up on a Grok system prompt, a stream-json init listing many
 * tools, a Claude Code snapshot or a Codex session_meta written payload first ("unknown format"). The first records
 * are now read as skeletons (record-skeletons.ts), their strings cut, and classified as the head's records are.
 * The records are written for this test in each agent's shape, with their keys in orders the writers use or could.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectFile } from '../../src/transcripts/detect.js';
import { recordSkeletons } from '../../src/transcripts/record-skeletons.js';
import { readAll } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'detect-long-first-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const write = (records: unknown[], ext = 'jsonl'): string => {
  const file = join(dir, `t${n++}.${ext}`);
  writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return file;
};
/** Longer than the head, with what a cut could land inside: an escape, a quote, a character of two and of four bytes. */
const long = (k = 70) => 'é ✓ "q" \\ \n 😀 '.repeat(k * 80) + 'x'.repeat(k * 100);
const claudeLine = (uuid: string, parentUuid: string | null, content: unknown) => ({
  type: 'user',
  message: { role: 'user', content },
  parentUuid,
  uuid,
  sessionId: 's-1',
  timestamp: '2025-06-01T10:00:00.000Z',
});

const CASES: [string, unknown[], string, number][] = [
  [
    'Claude Code, a huge tool result before the ids',
    [
      claudeLine('u1', 'p0', [{ type: 'tool_result', tool_use_id: 't1', content: long() }]),
      { ...claudeLine('u2', 'u1', 'thanks'), type: 'user' },
    ],
    'claude-code-jsonl',
    1,
  ],
  [
    'Claude Code, a file-history snapshot of many files first',
    [
      {
        type: 'file-history-snapshot',
        messageId: 'm1',
        snapshot: {
          messageId: 'm1',
          trackedFileBackups: Object.fromEntries(
            Array.from({ length: 900 }, (_, i) => [
              `src/f${i}.ts`,
              { backupFileName: `a${i}@v1`, version: 1, backupTime: '2025-06-01T10:00:00Z' },
            ]),
          ),
          timestamp: '2025-06-01T10:00:00Z',
        },
        isSnapshotUpdate: false,
      },
      claudeLine('u1', null, 'fix the build'),
    ],
    'claude-code-jsonl',
    1,
  ],
  [
    'Codex, a session_meta written payload first',
    [
      { payload: { id: 'c1', cwd: '/r', base_instructions: { text: long() } }, timestamp: '2025-06-01T10:00:00Z', type: 'session_meta' },
      {
        timestamp: '2025-06-01T10:00:01Z',
        type: 'response_item',
        payload: { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'hi' }] },
      },
    ],
    'codex-rollout',
    1,
  ],
  [
    'Copilot CLI, a pasted prompt first',
    [
      { type: 'user.message', data: { content: long(), attachments: [] }, id: 'e1', timestamp: '2025-06-01T10:00:00Z', parentId: null },
      { type: 'assistant.message', data: { content: 'ok', toolRequests: [] }, id: 'e2', timestamp: '2025-06-01T10:00:01Z', parentId: 'e1' },
    ],
    'copilot-cli',
    1,
  ],
  [
    'Grok CLI, a long system prompt first (the next record tells)',
    [
      { type: 'system', content: `You are Grok. ${long()}` },
      { type: 'user', content: [{ type: 'text', text: '<user_query>hi</user_query>' }], prompt_index: 0 },
      { type: 'assistant', content: 'hello', model_id: 'grok-code-fast-1' },
    ],
    'grok-cli',
    1,
  ],
  [
    'Claude stream-json, an init listing many tools',
    [
      {
        type: 'system',
        subtype: 'init',
        tools: Array.from({ length: 2500 }, (_, i) => `mcp__server__tool_${i}_with_a_long_name`),
        session_id: 's-2',
        model: 'claude-sonnet-4-5',
      },
      { type: 'assistant', session_id: 's-2', message: { role: 'assistant', content: [{ type: 'text', text: 'ok' }] } },
    ],
    'claude-stream-json',
    1,
  ],
];

describe('a first record longer than the head', () => {
  it.each(CASES)('%s', async (_, records, format, sessions) => {
    const file = write(records);
    expect(detectFile(file)).toEqual({ format });
    expect((await readAll(file)).sessions).toHaveLength(sessions);
  });

  it('a generic chat whose first message is long is still one', () => {
    expect(
      detectFile(
        write([
          { role: 'user', content: long() },
          { role: 'assistant', content: 'ok' },
        ]),
      ),
    ).toEqual({ format: 'generic-chat' });
  });

  it('a record of an unknown shape is still unknown, its keys named', () => {
    expect(
      detectFile(
        write([
          { kind: 'note', text: long() },
          { kind: 'note', text: 'y' },
        ]),
      ),
    ).toEqual({
      format: null,
      reason: 'JSON object with keys kind, text: no known transcript format has this shape',
    });
  });
});

describe('recordSkeletons', () => {
  it('keeps every key and a valid start of every string, wherever the cut falls', () => {
    for (let pad = 0; pad < 12; pad++) {
      const file = write([{ a: 'x'.repeat(1000 + pad) + long(1), b: { c: [1, true, null, 'd'] } }, { e: 2 }]);
      const got = [...recordSkeletons(file, 1 << 20)];
      expect(got.map((r) => r.complete)).toEqual([true, true]);
      const first = got[0]!.value as { a: string; b: unknown };
      expect(first.b).toEqual({ c: [1, true, null, 'd'] });
      expect(('x'.repeat(1000 + pad) + long(1)).startsWith(first.a)).toBe(true);
      expect(first.a.length).toBeGreaterThan(900);
      expect(got[1]!.value).toEqual({ e: 2 });
    }
  });

  it('reads no more than its limit: a record cut by it is yielded as cut, up to its last complete value', () => {
    const file = write([{ role: 'user', id: 7, content: 'z'.repeat(3 << 20) }]);
    expect([...recordSkeletons(file, 1 << 20)]).toEqual([{ value: { role: 'user', id: 7 }, complete: false }]);
  });

  it('a first record past the bytes read to tell its format is named as such when nothing else tells', () => {
    const file = join(dir, 'cut-note.jsonl');
    writeFileSync(file, `{"kind":"note","text":"${'z'.repeat(33 << 20)}","more":1}\n`);
    const d = detectFile(file);
    expect(d.format).toBeNull();
    expect(d.format === null && d.reason).toMatch(
      /^JSON object with keys kind, text, more: .*; its first record runs past the 32 MiB read/,
    );
  });
});
