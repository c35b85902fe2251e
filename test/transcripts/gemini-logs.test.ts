import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/transcripts/index.js';
import { expectWellFormed, fixture, kinds, lineCountOf, ofKind, readAll } from './helpers.js';

describe("Gemini CLI's prompt log (logs.json)", () => {
  const file = fixture('gemini-logs/logs.json');

  it('reads one session per sessionId, numeric or string, in the order they first appear', async () => {
    expect(detectFormat(file)).toBe('gemini-cli-logs');
    const { sessions, issues } = await readAll(file);
    expect(issues).toEqual([]);
    // A numbered session is placed by the log's folder (a number names it only within its project); a UUID is kept.
    expect(sessions.map((s) => s.id)).toEqual([
      expect.stringMatching(/^1750000100@[0-9a-f]{8}$/),
      expect.stringMatching(/^1750000222@[0-9a-f]{8}$/),
      '3f2b8c1e-5a6d-4e7f-9a0b-1c2d3e4f5a6b',
    ]);
    for (const s of sessions) {
      expect(s).toMatchObject({ agent: 'gemini-cli', format: 'gemini-cli-logs' });
      expectWellFormed(s, lineCountOf(file));
      // The log holds only what the person typed: no replies, no tool calls.
      expect(new Set(kinds(s))).toEqual(new Set(['user_prompt']));
    }
    const first = sessions[0]!;
    expect(ofKind(first, 'user_prompt').map((e) => e.text)).toEqual([
      'set up a small flask app for the recipe list',
      'please use poetry for the dependencies, not a requirements.txt',
      'looks good, commit it',
    ]);
    expect(first.startedAt).toBe('2025-06-20T08:00:00.000Z');
    expect(ofKind(first, 'user_prompt')[1]!.origin.line).toBe(9); // the line its element opens on
  });

  it("two projects' logs that number their sessions alike are four sessions; one log read from two places keeps its ids per place", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gemini-logs-'));
    const log = (said: string[]) =>
      JSON.stringify(
        said.map((message, i) => ({ sessionId: i, messageId: 0, type: 'user', message, timestamp: `2025-06-2${i}T08:00:00.000Z` })),
      );
    const ids: string[] = [];
    for (const [project, said] of [
      ['a1b2', ['add the login page', 'fix the footer']],
      ['c3d4', ['port the parser to rust', 'bump the lockfile']],
    ] as const) {
      mkdirSync(join(dir, 'tmp', project), { recursive: true });
      const file = join(dir, 'tmp', project, 'logs.json');
      writeFileSync(file, log([...said]));
      const { sessions } = await readAll(file);
      expect(sessions).toHaveLength(2);
      ids.push(...sessions.map((s) => s.id));
    }
    expect(new Set(ids).size).toBe(4);
    expect(ids.every((id) => /^[01]@[0-9a-f]{8}$/.test(id))).toBe(true);
    // The same log read again from the same place: the same ids (a ledger's, a later pass's).
    const again = await readAll(join(dir, 'tmp', 'a1b2', 'logs.json'));
    expect(again.sessions.map((s) => s.id)).toEqual(ids.slice(0, 2));
  });

  it('leaves look-alikes to their own readers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gemini-logs-'));
    // Claude Code JSONL: a string sessionId and type "user", but the message is an object and there is no messageId.
    const claude = join(dir, 'claude.jsonl');
    writeFileSync(
      claude,
      JSON.stringify({
        type: 'user',
        sessionId: 's-1',
        uuid: 'u1',
        parentUuid: null,
        message: { role: 'user', content: 'hi' },
        timestamp: '2025-01-01T00:00:00Z',
      }) + '\n',
    );
    expect(detectFormat(claude)).toBe('claude-code-jsonl');
    // A chat array of {role, content}: generic chat, not a prompt log.
    const chat = join(dir, 'chat.json');
    writeFileSync(
      chat,
      JSON.stringify([
        { role: 'user', content: 'hi' },
        { role: 'assistant', content: 'hello' },
      ]),
    );
    expect(detectFormat(chat)).toBe('generic-chat');
    // A prompt log's shape without messageId is not taken on a guess.
    const loose = join(dir, 'loose.json');
    writeFileSync(loose, JSON.stringify([{ sessionId: 5, type: 'user', message: 'hi' }]));
    expect(detectFormat(loose)).toBeNull();
  });
});
