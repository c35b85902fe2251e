import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/transcripts/index.js';
import { expectWellFormed, fixture, kinds, lineCountOf, ofKind, readAll, sha256Of } from './helpers.js';

const ID = '5f0c9a7e-1111-4a2b-9c3d-0123456789ab';
const MAIN = fixture(`claude-code/${ID}.jsonl`);
const SUB = fixture(`claude-code/${ID}/subagents/agent-abc123.jsonl`);

describe('Claude Code session JSONL', () => {
  it('is detected', async () => {
    expect(await detectFormat(MAIN)).toBe('claude-code-jsonl');
    expect(await detectFormat(SUB)).toBe('claude-code-jsonl');
  });

  it('reads session metadata, hash and display path', async () => {
    const { sessions, issues } = await readAll(MAIN, `sessions/${ID}.jsonl`);
    expect(issues).toEqual([]);
    expect(sessions).toHaveLength(1);
    const s = sessions[0]!;
    expect(s).toMatchObject({
      id: ID,
      agent: 'claude-code',
      format: 'claude-code-jsonl',
      sourceFile: `sessions/${ID}.jsonl`,
      cwd: '/home/dev/shop',
      gitBranch: 'feature/cart',
      model: 'claude-opus-4-5',
      startedAt: '2026-03-01T10:01:00.000Z',
      endedAt: '2026-03-01T10:27:00.000Z',
      contentHash: sha256Of(MAIN),
    });
    expect(s.parentId).toBeUndefined();
    expect(s.events[0]!.origin.file).toBe(`sessions/${ID}.jsonl`);
    expectWellFormed(s, lineCountOf(MAIN));
  });

  it('produces the expected event sequence', async () => {
    const s = (await readAll(MAIN)).sessions[0]!;
    expect(kinds(s)).toEqual([
      'memory_injection',
      'user_prompt',
      'assistant_text',
      'tool_call',
      'tool_result',
      'tool_call',
      'tool_call',
      'tool_result',
      'tool_result',
      'tool_call',
      'permission_denial',
      'interrupt',
      'tool_call',
      'hook_block',
      'tool_call',
      'tool_result',
      'subagent_link',
      'api_error',
      'api_error',
      'compaction',
      'user_prompt',
      'memory_injection',
      'tool_call',
      'tool_result',
      'assistant_text',
    ]);
  });

  it('merges an assistant message split over lines (and a cumulative rewrite) without duplicates', async () => {
    const s = (await readAll(MAIN)).sessions[0]!;
    const first = ofKind(s, 'tool_call').filter((e) => e.callId === 'toolu_01');
    expect(first).toHaveLength(1);
    expect(first[0]!.origin.line).toBe(5);
    expect(ofKind(s, 'assistant_text').filter((e) => e.text === 'I will run the cart tests first.')).toHaveLength(1);
  });

  it('marks failures, exit codes, cascades, denials, hooks and interrupts', async () => {
    const s = (await readAll(MAIN)).sessions[0]!;
    const results = ofKind(s, 'tool_result');
    expect(results.find((r) => r.callId === 'toolu_01')).toMatchObject({ ok: false, exitCode: 1, toolName: 'Bash' });
    expect(results.find((r) => r.callId === 'toolu_02')).toMatchObject({ ok: false, exitCode: 2 });
    expect(results.find((r) => r.callId === 'toolu_03')).toMatchObject({ ok: false, cascade: true, toolName: 'Read' });
    expect(results.find((r) => r.callId === 'toolu_07')).toMatchObject({ ok: true });
    expect(results.find((r) => r.callId === 'toolu_07')!.exitCode).toBeUndefined();
    expect(ofKind(s, 'permission_denial')).toEqual([
      expect.objectContaining({ callId: 'toolu_04', toolName: 'Edit', text: "don't touch qty, the bug is in the price rounding" }),
    ]);
    expect(ofKind(s, 'hook_block')[0]).toMatchObject({ callId: 'toolu_05', toolName: 'Bash', hook: 'PreToolUse:Bash' });
    expect(ofKind(s, 'hook_block')[0]!.text).toContain('Pre-commit validation failed');
    expect(ofKind(s, 'interrupt')[0]!.text).toBe('[Request interrupted by user for tool use]');
    // Rejections and hook blocks are not tool results, so they are not counted as tool errors.
    expect(results.map((r) => r.callId)).not.toContain('toolu_04');
    expect(results.map((r) => r.callId)).not.toContain('toolu_05');
  });

  it('emits one compaction with the summary and does not treat the summary as a prompt', async () => {
    const s = (await readAll(MAIN)).sessions[0]!;
    const c = ofKind(s, 'compaction');
    expect(c).toHaveLength(1);
    expect(c[0]!.origin.line).toBe(21);
    expect(c[0]!.summary).toContain('jest must be run through npm test');
    expect(ofKind(s, 'user_prompt').some((p) => p.text.includes('continued from a previous conversation'))).toBe(false);
  });

  it('reads api errors, memory injections, slash commands and the Bash command', async () => {
    const s = (await readAll(MAIN)).sessions[0]!;
    expect(ofKind(s, 'api_error')).toEqual([
      expect.objectContaining({ status: 529, text: 'Overloaded' }),
      expect.objectContaining({ text: 'API Error: Request timed out.' }),
    ]);
    const mem = ofKind(s, 'memory_injection');
    expect(mem.map((m) => m.path)).toEqual(['/home/dev/shop/CLAUDE.md', '/home/dev/shop/src/CLAUDE.md']);
    expect(ofKind(s, 'user_prompt').map((p) => p.text)).toContain('/review src/cart.ts');
    expect(ofKind(s, 'user_prompt').some((p) => p.text.includes('local-command-stdout'))).toBe(false);
    expect(ofKind(s, 'tool_call')[0]!.command).toBe('npx jest test/cart.test.ts');
  });

  it('redacts secrets in prompts and tool inputs before the session leaves the reader', async () => {
    const s = (await readAll(MAIN)).sessions[0]!;
    const json = JSON.stringify(s);
    expect(json).not.toContain('ghp_Zq8Xw2');
    expect(json).not.toContain('hunter2secret');
    expect(ofKind(s, 'user_prompt')[0]!.text).toContain('[REDACTED:github-pat]');
    const call = ofKind(s, 'tool_call').find((c) => c.callId === 'toolu_07')!;
    expect(call.command).toBe('DATABASE_URL=postgres://shop:[REDACTED:url-password]@db.internal:5432/shop npm test');
    expect((call.input as { command: string }).command).toBe(call.command);
  });

  it('links the subagent from the Task result and gives the subagent file its parent', async () => {
    const main = (await readAll(MAIN)).sessions[0]!;
    const sub = (await readAll(SUB)).sessions[0]!;
    const link = ofKind(main, 'subagent_link')[0]!;
    expect(link.sessionId).toBe(sub.id);
    expect(link.origin.line).toBe(18);
    expect(sub).toMatchObject({ id: `${ID}/agent-abc123`, parentId: ID, model: 'claude-haiku-4-5' });
    expect(kinds(sub)).toEqual(['user_prompt', 'tool_call', 'tool_result', 'assistant_text']);
  });

  it('keeps sidechain lines written into a main file (older versions) out of the main session', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dream-sidechain-'));
    try {
      const line = (o: object) => JSON.stringify({ sessionId: 'main-1', uuid: 'u', parentUuid: null, ...o });
      const f = join(dir, 'main-1.jsonl');
      writeFileSync(
        f,
        [
          line({ type: 'user', isSidechain: false, message: { role: 'user', content: 'do the thing' } }),
          line({ type: 'user', isSidechain: true, message: { role: 'user', content: 'subagent task prompt' } }),
          line({
            type: 'assistant',
            isSidechain: true,
            message: { id: 'm1', role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'Grep', input: {} }] },
          }),
          line({
            type: 'assistant',
            isSidechain: false,
            message: { id: 'm2', role: 'assistant', content: [{ type: 'text', text: 'done' }] },
          }),
        ].join('\n'),
      );
      const s = (await readAll(f)).sessions[0]!;
      expect(s.events.map((e) => [e.kind, e.origin.line])).toEqual([
        ['user_prompt', 1],
        ['assistant_text', 4],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
