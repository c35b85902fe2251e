/**
 * Claude Code's `/btw` side question (2.1.9x): a fork, `<session>/subagents/agent-aside_question-<hex>.jsonl`, that
 * copies the main conversation's records, then the person's question after Claude Code's side-question reminder, then
 * the answer. Records written from that layout (round 19's xuwentao fork), not copied from anyone's session.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ofKind, readAll } from './helpers.js';

const SESSION = '3c2b1a09-8f7e-4d6c-b5a4-938271605f4e';
const REMINDER =
  '<system-reminder>This is a side question from the user. You must answer this question directly in a single response.\n\n' +
  'IMPORTANT CONTEXT:\n- You are a separate, lightweight agent spawned to answer this one question\n\n' +
  'CRITICAL CONSTRAINTS:\n- You have NO tools available\n- NEVER say things like "Let me try..."\n\n' +
  'Simply answer the question with the information you have.</system-reminder>\n\n';

let n = 0;
const rec = (agentId: string | undefined, type: string, content: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    parentUuid: null,
    isSidechain: agentId !== undefined,
    ...(agentId ? { agentId } : {}),
    type,
    message: { role: type, content },
    uuid: `u-${++n}`,
    timestamp: `2026-04-08T14:${String(10 + n).padStart(2, '0')}:00.000Z`,
    userType: 'external',
    cwd: '/home/dev/volcano',
    sessionId: SESSION,
    version: '2.1.92',
    ...extra,
  });

/** The main conversation so far, as the fork copies it. */
const copied = (agentId: string | undefined) => [
  rec(agentId, 'user', 'Always run `make verify` before you push.'),
  rec(agentId, 'assistant', [{ type: 'tool_use', id: 'toolu_1', name: 'Bash', input: { command: 'make verify' } }]),
  rec(agentId, 'user', [{ type: 'tool_result', tool_use_id: 'toolu_1', content: 'make: *** [verify] Error 2', is_error: true }]),
  rec(agentId, 'assistant', [{ type: 'text', text: 'verify fails on the lint step.' }]),
];

function write(name: string, lines: string[]): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'claude-aside-')), SESSION, 'subagents');
  mkdirSync(dir, { recursive: true });
  const f = join(dir, name);
  writeFileSync(f, lines.join('\n') + '\n');
  return f;
}

describe("Claude Code's /btw side question", () => {
  const agent = 'aside_question-fcbf929fc3d4fdc0';

  it("is the person's question, in a session of its own; the copied conversation is the main session's", async () => {
    const f = write(`agent-${agent}.jsonl`, [
      ...copied(agent),
      rec(agent, 'user', `${REMINDER}firstavailable 具体用法是什么`),
      rec(agent, 'assistant', [{ type: 'text', text: 'It tries each sub-request in order.' }]),
    ]);
    const { sessions, issues } = await readAll(f);
    expect(issues).toEqual([]);
    const s = sessions[0]!;
    expect([s.id, s.parentId]).toEqual([`${SESSION}/agent-${agent}`, undefined]);
    expect(ofKind(s, 'user_prompt').map((p) => [p.text, p.unverified ?? false])).toEqual([['firstavailable 具体用法是什么', false]]);
    expect(ofKind(s, 'assistant_text').map((e) => e.text)).toEqual(['It tries each sub-request in order.']);
    // Nothing of the copy: no second count of the main session's rule, call or failure.
    expect(s.events.map((e) => e.kind)).toEqual(['user_prompt', 'assistant_text']);
    expect(s.startedAt).toBe(s.events[0]!.timestamp);
  });

  it('reads a question in blocks, after a reminder in other words, as the same', async () => {
    const f = write(`agent-${agent}.jsonl`, [
      ...copied(agent),
      rec(agent, 'user', [{ type: 'text', text: `${REMINDER.replace('IMPORTANT CONTEXT', 'CONTEXT')}   Why does verify lint twice?` }]),
    ]);
    const s = (await readAll(f)).sessions[0]!;
    expect(ofKind(s, 'user_prompt').map((p) => p.text)).toEqual(['Why does verify lint twice?']);
  });

  it('a fork without its question reads nothing, and says so by file', async () => {
    const f = write(`agent-${agent}.jsonl`, copied(agent));
    const { sessions, issues } = await readAll(f);
    expect(sessions).toEqual([]);
    expect(issues).toEqual([{ file: f, reason: expect.stringContaining('no side question') }]);
  });

  it("controls: a subagent and the main session read as before, the reminder nobody's words in either", async () => {
    const sub = write('agent-a1b2c3d4e5.jsonl', [...copied('a1b2c3d4e5'), rec('a1b2c3d4e5', 'user', `${REMINDER}what next?`)]);
    const s = (await readAll(sub)).sessions[0]!;
    expect([s.id, s.parentId]).toEqual([`${SESSION}/agent-a1b2c3d4e5`, SESSION]);
    expect(ofKind(s, 'user_prompt').map((p) => p.text)).toEqual(['Always run `make verify` before you push.']);
    const main = write(`${SESSION}.jsonl`, [...copied(undefined), rec(undefined, 'user', `${REMINDER}what next?`)]);
    const m = (await readAll(main)).sessions[0]!;
    expect(ofKind(m, 'user_prompt').map((p) => p.text)).toEqual(['Always run `make verify` before you push.']);
    expect(ofKind(m, 'tool_result').map((r) => r.ok)).toEqual([false]);
  });
});
