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
      // The one entry an older version wrote without a sessionId (see the next test).
      [expect.stringMatching(/^claude-history-[0-9a-f]{16}$/), '/home/dev/orchard'],
      ['6b0e7c2a-2222-4c1d-9e8f-bbbbbbbbbbbb', '/home/dev/orchard'],
    ]);
    for (const s of sessions) {
      expect(s).toMatchObject({ agent: 'claude-code', format: 'claude-code-history' });
      expectWellFormed(s, lineCountOf(file));
      expect(new Set(kinds(s))).toEqual(new Set(['user_prompt']));
    }
    const [a, , , b] = sessions;
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

  // Older versions (real logs: none up to mid-October 2025) wrote no sessionId, and logs keep months of such entries. Before, they
  // were skipped (a log of only such entries read as no session at all). Now all of one project's are
  // one session: never one per entry or per day, which could count one conversation twice.
  describe('entries with no sessionId (older versions)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prompt-logs-old-'));
    const DAY = 86_400_000;
    const t0 = Date.UTC(2025, 8, 1, 9, 0, 0);
    const entry = (display: string, at: number, project: string, extra: Record<string, unknown> = {}) =>
      JSON.stringify({ display, pastedContents: {}, timestamp: at, project, ...extra });
    const file = join(dir, 'history.jsonl');
    writeFileSync(
      file,
      [
        entry('use uv, not pip', t0, '/Users/sam/orchard'),
        entry('fix the login page', t0 + 60_000, '/Users/sam/other-app'),
        // The same words again the next week: still the same (unknown) conversation count, one.
        entry('use uv, not pip', t0 + 7 * DAY, '/Users/sam/orchard'),
        // A null or empty sessionId is no session either.
        entry('add a csv export', t0 + 8 * DAY, '/Users/sam/orchard', { sessionId: null }),
        entry('and a pdf one', t0 + 8 * DAY + 5_000, '/Users/sam/orchard', { sessionId: '' }),
        // A later version's entry keeps its own session.
        entry('pick up the export', t0 + 30 * DAY, '/Users/sam/orchard', { sessionId: '0f3c2b1a-0000-4000-8000-000000000001' }),
      ].join('\n') + '\n',
    );

    it("reads all of one project's entries as one session, and each project's as its own", async () => {
      const unknown: string[] = [];
      const { readTranscriptFile } = await import('../../src/transcripts/index.js');
      const read = async () => {
        const out: { id: string; cwd?: string; texts: string[] }[] = [];
        for await (const s of readTranscriptFile(file, { onUnknownTypes: (c) => unknown.push(...c.keys()) }))
          out.push({ id: s.id, cwd: s.cwd, texts: ofKind(s, 'user_prompt').map((e) => e.text) });
        return out;
      };
      const first = await read();
      expect(first.map((s) => [s.cwd, s.texts])).toEqual([
        ['/Users/sam/orchard', ['use uv, not pip', 'use uv, not pip', 'add a csv export', 'and a pdf one']],
        ['/Users/sam/other-app', ['fix the login page']],
        ['/Users/sam/orchard', ['pick up the export']],
      ]);
      expect(unknown).toEqual([]);
      const [orchard, other, later] = first.map((s) => s.id);
      expect(orchard).not.toBe(other);
      expect(later).toBe('0f3c2b1a-0000-4000-8000-000000000001');
      // The id is stable across passes (the ledger knows the session again) and does not spell the path.
      expect((await read()).map((s) => s.id)).toEqual([orchard, other, later]);
      expect(first.map((s) => s.id).join(' ')).not.toMatch(/sam|orchard/);
    });
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
      {
        type: 'user',
        sessionId: 's-1',
        uuid: 'u1',
        parentUuid: null,
        message: { role: 'user', content: 'hi' },
        timestamp: '2025-01-01T00:00:00Z',
      },
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
