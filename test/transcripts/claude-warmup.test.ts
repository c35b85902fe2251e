/**
 * Claude Code 2.0.x warms the prompt cache of each subagent type with a fixed "Warmup" message when a session starts,
 * and writes each exchange as an agent file of its own (round 13's travisjneuman/.claude: agent-a046156.jsonl, the
 * message and "I understand this is a warmup message…"). On main each was a session whose prompt was "Warmup". Nobody
 * asked anything there: it is no session. Lines in the shapes 2.0.71 writes; ids and texts made up for this test.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { summarizeFile } from '../../src/transcripts/index.js';
import { readAll } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'claude-warmup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

const SESSION = '6a3e0000-0000-4000-8000-000000000001';
const base = (agentId: string | undefined) => ({
  isSidechain: agentId !== undefined,
  userType: 'external',
  cwd: '/home/dev/shop',
  sessionId: SESSION,
  version: '2.0.71',
  gitBranch: 'main',
  ...(agentId ? { agentId } : {}),
});

const user = (agentId: string | undefined, content: unknown, parentUuid: string | null = null) => ({
  parentUuid,
  ...base(agentId),
  type: 'user',
  message: { role: 'user', content },
  uuid: `u${n++}`,
  timestamp: '2025-12-17T14:07:20.750Z',
});
const assistant = (agentId: string | undefined, content: unknown[]) => ({
  parentUuid: 'u0',
  ...base(agentId),
  message: { model: 'claude-opus-4-5-20251101', id: `msg_${n}`, type: 'message', role: 'assistant', content },
  type: 'assistant',
  uuid: `a${n++}`,
  timestamp: '2025-12-17T14:07:25.287Z',
});
const text = (t: string) => ({ type: 'text', text: t });

function write(lines: object[], name: string, sub = false): string {
  const folder = sub ? join(dir, SESSION, 'subagents') : dir;
  mkdirSync(folder, { recursive: true });
  const f = join(folder, name);
  writeFileSync(f, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return f;
}

const READY = "I understand this is a warmup message. I'm ready to help with read-only exploration. What would you like me to look at?";

describe('Claude Code: the Warmup probe of a subagent', () => {
  it.each([
    ['top-level agent file, string content', 'agent-a046156.jsonl', false, 'Warmup'],
    ['under <session>/subagents, content as a text block', 'agent-a019988.jsonl', true, [text('Warmup')]],
  ])('%s: no session', async (_, name, sub, content) => {
    const f = write([user('x1', content), assistant('x1', [text(READY)]), assistant('x1', [text('Standing by.')])], name, sub);
    const { sessions, issues } = await readAll(f);
    expect(issues).toEqual([]);
    expect(sessions).toEqual([]);
    // `dream sessions` reads no text (summarizeFile empties them unscanned): the short "Warmup" is kept, so it agrees.
    expect((await summarizeFile(f)).summary).toMatchObject({ sessions: 0, events: 0, issues: [] });
  });

  it('controls: the person typing "Warmup", a brief with more in it, or a probe that went on to work, stay sessions', async () => {
    const typed = write([user(undefined, 'Warmup'), assistant(undefined, [text('Hello! What should we work on?')])], `${SESSION}.jsonl`);
    const brief = write(
      [user('b2', 'Warmup the cache: run npm ci and report how long it took'), assistant('b2', [text('On it.')])],
      'agent-b2.jsonl',
    );
    const worked = write(
      [
        user('c3', 'Warmup'),
        assistant('c3', [{ type: 'tool_use', id: 'toolu_1', name: 'Bash', input: { command: 'ls' } }]),
        user('c3', [{ type: 'tool_result', tool_use_id: 'toolu_1', content: 'src\npackage.json' }], 'a'),
      ],
      'agent-c3.jsonl',
    );
    for (const f of [typed, brief, worked]) {
      const { sessions } = await readAll(f);
      expect(sessions).toHaveLength(1);
      expect((await summarizeFile(f)).summary.sessions).toBe(1);
      expect(sessions[0]!.events.filter((e) => e.kind === 'user_prompt').length).toBe(1);
    }
  });
});
