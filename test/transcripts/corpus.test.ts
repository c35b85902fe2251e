/**
 * Counts over the real transcripts in ../shared/corpus, checked by hand against the raw files (a
 * separate jq/python pass over the JSON: tool_use blocks, is_error results by their text, compact
 * boundaries, event_msg user messages). Skips cleanly where the corpus is absent.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarizeTranscripts } from '../../src/transcripts/index.js';
import type { Session } from '../../src/model/index.js';
import { ofKind, readAll, repoRoot } from './helpers.js';

const corpus = resolve(repoRoot, '../shared/corpus');
const has = existsSync(corpus);
const spotter = join(corpus, 'spotter_claude_code');
const share = join(corpus, 'session_share_claude_code');
const codex = join(corpus, 'codex_rollout_samples/localpush_sanitized');

function count(s: Session) {
  const results = ofKind(s, 'tool_result');
  return {
    toolCalls: ofKind(s, 'tool_call').length,
    errors: results.filter((r) => !r.ok && !r.cascade).length,
    cascades: results.filter((r) => r.cascade).length,
    hookBlocks: ofKind(s, 'hook_block').length,
    denials: ofKind(s, 'permission_denial').length,
    compactions: ofKind(s, 'compaction').length,
  };
}

function subagentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'subagents')))
    .flatMap((d) => readdirSync(join(dir, d.name, 'subagents')).map((f) => join(dir, d.name, 'subagents', f)));
}

describe.skipIf(!has)('real corpus: spotter (Claude Code 2.1.39)', () => {
  // [file, tool calls, errors, sibling cascades, hook blocks, rejections, compactions]
  const EXPECTED: [string, number, number, number, number, number, number][] = [
    ['258c7280-ae70-4798-800f-63464d01a85d.jsonl', 186, 6, 0, 0, 1, 1],
    ['4d5611e5-241a-462a-8d15-5122611a9569.jsonl', 150, 2, 0, 3, 0, 1],
    ['8463c716-a2ea-4c14-9efa-87158ebd9f20.jsonl', 177, 12, 1, 0, 0, 1],
    ['ae4a77f8-aedd-4bc1-888f-c94edc91af04.jsonl', 242, 4, 0, 8, 0, 1],
    ['fa812bfe-b295-4cca-9c2f-fdf01028cb46.jsonl', 197, 7, 0, 1, 0, 1],
    ['4d5611e5-241a-462a-8d15-5122611a9569/subagents/agent-a2898e3.jsonl', 33, 1, 7, 0, 0, 0],
  ];

  it.each(EXPECTED)('%s', async (file, toolCalls, errors, cascades, hookBlocks, denials, compactions) => {
    const { sessions, issues } = await readAll(join(spotter, file));
    expect(issues).toEqual([]);
    expect(sessions).toHaveLength(1);
    expect(count(sessions[0]!)).toEqual({ toolCalls, errors, cascades, hookBlocks, denials, compactions });
  });

  it('all 20 files: 1,136 tool calls and 59 is_error results (35 errors, 12 hook blocks, 9 cascades, 3 rejections)', async () => {
    const files = [
      ...readdirSync(spotter)
        .filter((f) => f.endsWith('.jsonl'))
        .map((f) => join(spotter, f)),
      ...subagentFiles(spotter),
    ];
    expect(files).toHaveLength(20);
    const rows = await summarizeTranscripts(files);
    expect(rows.reduce((a, r) => a + r.toolCalls, 0)).toBe(1136);
    expect(rows.reduce((a, r) => a + r.toolErrors, 0)).toBe(35);
    expect(rows.every((r) => r.sessions === 1 && r.skippedLines === 0 && r.format === 'claude-code-jsonl')).toBe(true);
    let hooks = 0;
    let cascades = 0;
    let denials = 0;
    for (const f of files) {
      for (const s of (await readAll(f)).sessions) {
        const c = count(s);
        cascades += c.cascades;
        denials += c.denials;
        // Only hook blocks answering a tool call: subagent compaction files restate blocks in reminders.
        hooks += ofKind(s, 'hook_block').filter((h) => h.callId !== undefined).length;
      }
    }
    expect({ hooks, cascades, denials }).toEqual({ hooks: 12, cascades: 9, denials: 3 });
  });

  it('links every Task subagent to its file, and gives subagent files their parent', async () => {
    const subs = new Map<string, Session>();
    for (const f of subagentFiles(spotter)) for (const s of (await readAll(f)).sessions) subs.set(s.id, s);
    const main = (await readAll(join(spotter, 'fa812bfe-b295-4cca-9c2f-fdf01028cb46.jsonl'))).sessions[0]!;
    const links = ofKind(main, 'subagent_link').map((l) => l.sessionId);
    expect(links).toEqual(['fa812bfe-b295-4cca-9c2f-fdf01028cb46/agent-a93ccab', 'fa812bfe-b295-4cca-9c2f-fdf01028cb46/agent-aa84377']);
    for (const id of links) expect(subs.get(id)?.parentId).toBe(main.id);
  });

  it('redacts nothing that is not a secret in tool commands (commands stay runnable text)', async () => {
    const s = (await readAll(join(spotter, 'ae4a77f8-aedd-4bc1-888f-c94edc91af04.jsonl'))).sessions[0]!;
    const commands = ofKind(s, 'tool_call').flatMap((c) => (c.command ? [c.command] : []));
    expect(commands.length).toBeGreaterThan(50);
    expect(commands.filter((c) => c.includes('[REDACTED:'))).toEqual([]);
  });
});

describe.skipIf(!has)('real corpus: session_share (Claude Code 2.1.15)', () => {
  it('reads prompts, slash commands, interrupts, api errors and 5 subagent links', async () => {
    const s = (await readAll(join(share, '0ccf1a04-1b4c-43b6-8aa5-79e41db43a68.jsonl'))).sessions[0]!;
    expect(ofKind(s, 'user_prompt').map((p) => p.origin.line)).toEqual([2, 37, 41, 44, 70, 74, 82]);
    expect(ofKind(s, 'interrupt').map((p) => p.origin.line)).toEqual([83]);
    expect(ofKind(s, 'api_error')).toHaveLength(9);
    expect(ofKind(s, 'subagent_link')).toHaveLength(5);
    const subs = subagentFiles(share).filter((f) => f.includes('0ccf1a04'));
    const ids = new Set<string>();
    for (const f of subs) for (const sub of (await readAll(f)).sessions) ids.add(sub.id);
    expect(ofKind(s, 'subagent_link').every((l) => ids.has(l.sessionId))).toBe(true);
  });
});

describe.skipIf(!has)('real corpus: Codex rollouts', () => {
  // [file, tool calls, answered calls, user prompts (event_msg user_message), compactions]
  const EXPECTED: [string, number, number, number, number][] = [
    ['rollout-2026-02-23T12-40-23-019c8a4c-ed82-79a1-aa28-7738fc5ab61a.jsonl', 104, 104, 5, 0],
    ['rollout-2026-02-23T12-47-42-019c8a53-a0dd-7130-bcd7-95445d84846a.jsonl', 144, 143, 7, 0],
    ['rollout-2026-02-23T12-54-34-019c8a59-e9dd-71f0-9ae3-4079fe9726a9.jsonl', 365, 365, 38, 1],
  ];
  it.each(EXPECTED)('%s', async (file, calls, answered, prompts, compactions) => {
    const s = (await readAll(join(codex, file))).sessions[0]!;
    const callIds = new Set(ofKind(s, 'tool_call').map((c) => c.callId));
    const results = ofKind(s, 'tool_result');
    expect(callIds.size).toBe(calls);
    expect(results).toHaveLength(answered);
    // Every output pairs with a call seen earlier in the file, and carries its tool name.
    expect(results.every((r) => callIds.has(r.callId) && r.toolName !== undefined)).toBe(true);
    expect(ofKind(s, 'user_prompt')).toHaveLength(prompts);
    expect(ofKind(s, 'compaction')).toHaveLength(compactions);
  });

  it('the unredacted sample: AGENTS.md is a memory injection, the environment context is not a prompt', async () => {
    const s = (await readAll(join(corpus, 'codex_rollout_samples/simonw_sample_codex_session.jsonl'))).sessions[0]!;
    expect(s.events.map((e) => [e.kind, e.origin.line])).toEqual([
      ['memory_injection', 2],
      ['user_prompt', 5],
    ]);
    expect(s).toMatchObject({ cwd: '/Users/macmini/Code/homelab-migration', model: 'gpt-5.2-codex' });
  });
});

describe.skipIf(!has)('real corpus: cheap extras', () => {
  it('reads the OpenHands, SWE-agent and Aider samples without issues', async () => {
    const files = [
      ...readdirSync(join(corpus, 'openhands_test_trajs'))
        .filter((f) => f.endsWith('.json'))
        .map((f) => join(corpus, 'openhands_test_trajs', f)),
      ...readdirSync(join(corpus, 'swe_agent_repo_trajs'))
        .filter((f) => f.endsWith('.traj'))
        .map((f) => join(corpus, 'swe_agent_repo_trajs', f)),
      join(corpus, 'aider_chat_history/zen-mcp-server.aider.chat.history.md'),
    ];
    const rows = await summarizeTranscripts(files);
    expect(rows.filter((r) => r.issues.length > 0)).toEqual([]);
    expect(rows.filter((r) => r.format === 'openhands-events')).toHaveLength(4);
    // Four "# aider chat started" headers; the first has nothing after it (aider started and left): no session. The
    // last holds only commands to aider ("/add …", "/copy-context …"), no word to the model: no session either.
    expect(rows.find((r) => r.file.endsWith('.aider.chat.history.md'))).toMatchObject({ format: 'aider-history', sessions: 2 });
    expect(rows.every((r) => r.sessions >= 1)).toBe(true);
  });
});
