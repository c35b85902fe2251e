/**
 * Claude Code's and Codex CLI's prompt logs (`~/.claude/history.jsonl`, `~/.codex/history.jsonl`): every
 * prompt of every session in one file. Before, the Claude log was taken for session JSONL (it has a
 * sessionId) and read as no session at all, with 'unknown record types undefined'; the Codex log was an
 * unknown format.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/transcripts/index.js';
import { expectWellFormed, fixture, kinds, lineCountOf, ofKind, readAll } from './helpers.js';

describe("Claude Code's prompt log (history.jsonl)", () => {
  const file = fixture('prompt-logs/claude-history.jsonl');

  it('reads one claude-code session per sessionId, with its project as cwd and the typed words only', async () => {
    expect(detectFormat(file)).toBe('claude-code-history');
    const { sessions, issues } = await readAll(file);
    expect(issues).toEqual([]);
    expect(sessions.map((s) => [s.id, s.cwd])).toEqual([
      ['6b0e7c2a-1111-4c1d-9e8f-aaaaaaaaaaaa', '/home/dev/orchard'],
      ['6b0e7c2a-3333-4c1d-9e8f-cccccccccccc', '/home/dev/other-app'],
      ['6b0e7c2a-2222-4c1d-9e8f-bbbbbbbbbbbb', '/home/dev/orchard'],
    ]);
    for (const s of sessions) {
      expect(s).toMatchObject({ agent: 'claude-code', format: 'claude-code-history' });
      expectWellFormed(s, lineCountOf(file));
      expect(new Set(kinds(s))).toEqual(new Set(['user_prompt']));
    }
    const [a, , b] = sessions;
    expect(ofKind(a!, 'user_prompt').map((e) => e.text)).toEqual([
      '/model',
      'add a csv export to the harvest report',
      'run the tests with the make target, not pytest directly',
      // What was pasted stays out: only its placeholder is in what was typed.
      'this fails, see [Pasted text #1 +3 lines]',
    ]);
    expect(JSON.stringify(sessions)).not.toContain('yarn');
    expect(a!.startedAt).toBe('2025-10-09T08:53:20.000Z');
    expect(ofKind(a!, 'user_prompt')[2]!.origin.line).toBe(3);
    // A blank prompt is no event; a slash command stays a prompt, as the JSONL reader keeps it.
    expect(ofKind(b!, 'user_prompt').map((e) => e.text)).toEqual(['pick up the csv export where we left off', '/clear']);
  });

  it('skips and reports an entry with no sessionId (older versions) rather than guessing its session', async () => {
    const unknown: string[] = [];
    const { readTranscriptFile } = await import('../../src/transcripts/index.js');
    const texts: string[] = [];
    for await (const s of readTranscriptFile(file, { onUnknownTypes: (c) => unknown.push(...c.keys()) }))
      texts.push(...ofKind(s, 'user_prompt').map((e) => e.text));
    expect(texts).not.toContain('older prompt without a session');
    expect(unknown).toEqual(['prompt without a sessionId (older Claude Code)']);
  });
});

describe("Codex CLI's prompt log (history.jsonl)", () => {
  const file = fixture('prompt-logs/codex-history.jsonl');

  it('reads one codex session per session_id, timed from its seconds', async () => {
    expect(detectFormat(file)).toBe('codex-history');
    const { sessions, issues } = await readAll(file);
    expect(issues).toEqual([]);
    expect(sessions.map((s) => s.id)).toEqual(['019a0000-aaaa-7000-8000-000000000001', '019a0000-bbbb-7000-8000-000000000002']);
    for (const s of sessions) {
      expect(s).toMatchObject({ agent: 'codex', format: 'codex-history' });
      expectWellFormed(s, lineCountOf(file));
    }
    expect(sessions[0]!.startedAt).toBe('2025-10-09T08:53:20.000Z');
    expect(ofKind(sessions[1]!, 'user_prompt').map((e) => e.text)).toEqual([
      'use the compose file for the database, never a local install',
    ]);
  });
});

describe('prompt-log look-alikes keep their own readers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'prompt-logs-'));
  const write = (name: string, rows: unknown[]): string => {
    const f = join(dir, name);
    writeFileSync(f, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    return f;
  };

  it('Claude Code session JSONL (a sessionId, but a type and a message) stays claude-code-jsonl', () => {
    const f = write('session.jsonl', [
      { type: 'user', sessionId: 's-1', uuid: 'u1', parentUuid: null, message: { role: 'user', content: 'hi' }, timestamp: '2025-01-01T00:00:00Z' },
    ]);
    expect(detectFormat(f)).toBe('claude-code-jsonl');
  });

  it('a Codex rollout (typed records with a payload) stays codex-rollout', () => {
    const f = write('rollout.jsonl', [{ timestamp: '2025-01-01T00:00:00Z', type: 'session_meta', payload: { id: 'x', cwd: '/w' } }]);
    expect(detectFormat(f)).toBe('codex-rollout');
  });

  it('a display string without pastedContents, or a text without a numeric ts, is not taken on a guess', () => {
    expect(detectFormat(write('loose-claude.jsonl', [{ display: 'hi', timestamp: 1760000000000, sessionId: 's' }]))).not.toBe(
      'claude-code-history',
    );
    expect(detectFormat(write('loose-codex.jsonl', [{ session_id: 's', ts: '1760000000', text: 'hi' }]))).toBeNull();
  });
});
