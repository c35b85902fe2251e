/**
 * "N sessions with no tool calls: the reader may not know this version" was said of sessions where the person asked
 * and the agent only answered (round 10). A chat is told from a misread version by structure: prompts and replies
 * read, no record the reader did not know, a format with a person to answer. Sessions written for this test in the
 * real on-disk formats; values made up.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HealthCollector, summarizeTranscripts } from '../../src/transcripts/index.js';
import { claudeCodeSession, codexRollout, type Turn } from '../helpers/transcript-builders.js';

const dir = mkdtempSync(join(tmpdir(), 'dream-chat-only-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
function write(format: 'claude' | 'codex', turns: Turn[]): string {
  const id = `c4a70000-0000-4000-8000-00000000000${++n}`;
  const f = join(dir, format === 'claude' ? `s${n}.jsonl` : `rollout-s${n}.jsonl`);
  writeFileSync(
    f,
    format === 'claude' ? claudeCodeSession(id, '16', '/home/dev/shop', turns) : codexRollout(id, '16', '/home/dev/shop', turns),
  );
  return f;
}

async function warnings(files: string[]): Promise<string[]> {
  const health = new HealthCollector();
  await summarizeTranscripts(files, { health, source: 'repo' });
  return health.report().warnings;
}

const chat: Turn[] = [
  { user: 'What does the retry helper do when the budget runs out?' },
  { say: 'It throws the last error it saw, after the final wait.' },
  { user: 'And the jitter?' },
  { say: 'It is a random share of the wait, up to half of it.' },
];

describe('sessions where the agent only answered', () => {
  it.each(['claude', 'codex'] as const)('%s: no "reader may not know this version" warning', async (format) => {
    expect(await warnings([write(format, chat), write(format, chat.slice(0, 2))])).toEqual([]);
  });
});

describe("sessions where the API's error stood in for the agent's reply", () => {
  // Claude Code 2.1 writes a rate limit as a synthetic assistant record; older versions as a system api_error record.
  const limited = {
    raw: {
      type: 'assistant',
      message: { model: '<synthetic>', role: 'assistant', content: [{ type: 'text', text: "You've hit your limit · resets 11am" }] },
      error: 'rate_limit',
      isApiErrorMessage: true,
    },
  };
  const overloaded = { raw: { type: 'system', subtype: 'api_error', error: { status: 529, error: { message: 'Overloaded' } } } };

  it.each([
    ['a rate limit', [{ user: 'Deploy the shop.' }, limited]],
    ['an overloaded API', [{ user: 'Deploy the shop.' }, overloaded]],
    ['an error, then a chat', [{ user: 'Deploy the shop.' }, limited, ...chat]],
  ] as const)('%s: no "reader may not know this version" warning', async (_, turns) => {
    expect(await warnings([write('claude', [...turns]), write('claude', chat)])).toEqual([]);
  });
});

describe('what a misread version looks like still warns', () => {
  it('no tool calls and records the reader does not know', async () => {
    const f = write('claude', [...chat, { raw: { type: 'agent_step', step: { tool: 'Bash', args: 'pnpm test' } } }]);
    expect(await warnings([f])).toEqual([
      'repo: 1 claude-code-jsonl session(s) with no tool calls: the reader may not know this version of the format',
      expect.stringContaining('records of types the reader does not know: agent_step×1'),
    ]);
  });

  it("prompts with none of the agent's side read", async () => {
    const f = write('codex', [{ user: 'Run the tests.' }, { user: 'And fix what fails.' }]);
    expect(await warnings([f])).toEqual([
      'repo: 1 codex-rollout session(s) with no tool calls: the reader may not know this version of the format',
    ]);
  });

  it('one chat beside a session with nothing of the agent read', async () => {
    const f = write('claude', [{ user: 'Run the tests.' }]);
    expect(await warnings([write('claude', chat), f])).toEqual([
      'repo: 2 claude-code-jsonl session(s) with no tool calls: the reader may not know this version of the format',
    ]);
  });
});
