/**
 * One utterance counts once, however many transcripts record it. Each duplicate shape is written in
 * its real on-disk format, read by the real readers, mined and accumulated as a pass does; the
 * controls are the same words said again in another conversation, which must still count twice.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTranscriptFile } from '../../src/transcripts/index.js';
import { mineSession } from '../../src/signals/mine.js';
import { clusterSignals } from '../../src/signals/cluster.js';
import { PatternAccumulator } from '../../src/signals/accumulate.js';
import type { Pattern, Signal } from '../../src/model/index.js';
import { claudeCodeSession, codexRollout, type Turn } from '../helpers/transcript-builders.js';

const ctx = { memory: [], repoFacts: { scripts: {}, packageManager: undefined, files: new Set<string>() } } as unknown as Parameters<
  typeof mineSession
>[1];

const root = mkdtempSync(join(tmpdir(), 'same-event-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
/** A fresh folder per case, so no case sees another's files. */
function folder(): (name: string, text: string) => string {
  const dir = join(root, `case-${++n}`);
  return (name, text) => {
    const file = join(dir, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    return file;
  };
}

async function signalsOf(files: string[]): Promise<Signal[][]> {
  const out: Signal[][] = [];
  for (const f of files) for await (const s of readTranscriptFile(f)) out.push(mineSession(s, ctx));
  return out;
}

/**
 * Support of the pattern `match` picks, by the streaming accumulator and by one clustering, with the
 * files in the order given and reversed: all four must agree (threads and shards change the order).
 */
async function support(files: string[], match: (p: Pattern) => boolean): Promise<number> {
  const counts = new Set<string>();
  let support = 0;
  for (const order of [files, [...files].reverse()]) {
    const sessions = await signalsOf(order);
    const acc = new PatternAccumulator({ chunkSessions: 1 });
    for (const s of sessions) acc.addSession(s);
    const streamed = acc.result(1).patterns.filter(match);
    const once = clusterSignals(sessions.flat(), 1).patterns.filter(match);
    expect(streamed).toHaveLength(1);
    expect(once).toHaveLength(1);
    for (const p of [...streamed, ...once]) {
      // Every later count of the pattern's signals by session agrees with its support.
      expect(p.sessions).toHaveLength(p.support.sessions);
      counts.add(JSON.stringify([p.support, p.sessions]));
      support = p.support.sessions;
    }
  }
  expect(counts.size).toBe(1);
  return support;
}

const uv = (p: Pattern) => p.kind === 'instruction' && p.signature === 'prefer|uv';
const pytest = (p: Pattern) => p.kind === 'error_then_fix' && !!p.signals[0]?.fixed?.includes('PYTHONPATH');

// ---- Gemini CLI: the prompt log and the chat file of one conversation ----

interface Said {
  text: string;
  at: string;
}
const geminiLog = (sessions: { id: number | string; said: Said[] }[]) =>
  JSON.stringify(
    sessions.flatMap((s) => s.said.map((x, i) => ({ sessionId: s.id, messageId: i, type: 'user', message: x.text, timestamp: x.at }))),
    null,
    2,
  );

/** A chat file: the person's prompts at their times, and after the first one the agent running pip. */
function geminiChat(id: string, said: Said[]): string {
  const messages = said.flatMap((x, i) => [
    { id: `u${i}`, timestamp: x.at, type: 'user', content: x.text },
    ...(i === 0
      ? [
          {
            id: `g${i}`,
            timestamp: new Date(Date.parse(x.at) + 5000).toISOString(),
            type: 'gemini',
            content: 'Installing flask.',
            toolCalls: [
              {
                id: 't1',
                name: 'run_shell_command',
                args: { command: 'pip install flask' },
                result: [{ functionResponse: { id: 't1', name: 'run_shell_command', response: { output: 'Exit Code: 0' } } }],
                status: 'success',
                timestamp: new Date(Date.parse(x.at) + 6000).toISOString(),
              },
            ],
          },
        ]
      : []),
  ]);
  return JSON.stringify(
    { sessionId: id, projectHash: 'ab'.repeat(32), startTime: said[0]!.at, lastUpdated: said.at(-1)!.at, messages },
    null,
    2,
  );
}

const day1: Said[] = [
  { text: 'set up a small flask app', at: '2025-06-20T08:00:00.120Z' },
  { text: 'Use uv, not pip.', at: '2025-06-20T08:01:00.130Z' },
];
/** The chat file's own clock: the same prompts, written a few milliseconds apart from the log's. */
const day1Chat: Said[] = day1.map((x) => ({ ...x, at: new Date(Date.parse(x.at) - 25).toISOString() }));
const day2: Said[] = [
  { text: 'set up a small flask app', at: '2025-06-23T14:30:00.000Z' },
  { text: 'Use uv, not pip.', at: '2025-06-23T14:31:10.000Z' },
];

describe("Gemini CLI's prompt log beside its chat files", () => {
  it('an older CLI (numeric ids) and the chat of the same conversation: one utterance, support 1', async () => {
    const f = folder();
    const files = [
      f('logs.json', geminiLog([{ id: 1750000100, said: day1 }])),
      f('chats/session-a.json', geminiChat('3c2b1a09-aaaa', day1Chat)),
    ];
    expect(await support(files, uv)).toBe(1);
  });

  it('control: the same words in a second conversation three days later count again, in the log and the chats alike', async () => {
    const f = folder();
    const log = f(
      'logs.json',
      geminiLog([
        { id: 1750000100, said: day1 },
        { id: 1750000222, said: day2 },
      ]),
    );
    expect(await support([log], uv)).toBe(2);
    const chats = [
      f('chats/session-a.json', geminiChat('3c2b1a09-aaaa', day1Chat)),
      f('chats/session-b.json', geminiChat('3c2b1a09-bbbb', day2)),
    ];
    expect(await support([log, ...chats], uv)).toBe(2);
  });

  it('control: two conversations the same day, an hour apart, are two', async () => {
    const f = folder();
    const later = day1.map((x) => ({ ...x, at: new Date(Date.parse(x.at) + 3_600_000).toISOString() }));
    const files = [f('chats/session-a.json', geminiChat('a', day1)), f('chats/session-b.json', geminiChat('b', later))];
    expect(await support(files, uv)).toBe(2);
  });
});

// ---- Claude Code: a session resumed or forked into a new file ----

const asked: Turn[] = [
  { user: 'set up a small flask app' },
  { bash: 'pip install flask', out: 'Successfully installed flask' },
  { user: 'Use uv, not pip.' },
];

describe('a Claude Code session resumed or forked', () => {
  it('the new file replays the old turns (new uuids, their old times) and goes on: support 1', async () => {
    const f = folder();
    const old = f('a.jsonl', claudeCodeSession('11111111-aaaa-4bbb-8ccc-000000000001', '10', '/repo', asked));
    const resumed = f(
      'b.jsonl',
      claudeCodeSession('22222222-aaaa-4bbb-8ccc-000000000002', '10', '/repo', [
        ...asked,
        { user: 'now add a test' },
        { bash: 'uv run pytest', out: '1 passed' },
      ]),
    );
    expect(await support([old, resumed], uv)).toBe(1);
  });

  it('a fork that keeps the old uuids under a new session id: support 1', async () => {
    const f = folder();
    const text = claudeCodeSession('11111111-aaaa-4bbb-8ccc-000000000001', '10', '/repo', asked);
    const old = f('a.jsonl', text);
    const fork = f('fork.jsonl', text.replaceAll('11111111-aaaa-4bbb-8ccc-000000000001', '33333333-aaaa-4bbb-8ccc-000000000003'));
    expect(await support([old, fork], uv)).toBe(1);
  });

  it('a failing command and its fix, replayed by the resumed file, count once', async () => {
    const f = folder();
    const turns: Turn[] = [
      { user: 'Run the tests please' },
      { bash: 'pytest', out: "ModuleNotFoundError: No module named 'app'", error: true },
      { bash: 'PYTHONPATH=src pytest', out: '3 passed in 0.12s' },
    ];
    const old = f('a.jsonl', claudeCodeSession('11111111-aaaa-4bbb-8ccc-000000000001', '10', '/repo', turns));
    const resumed = f('b.jsonl', claudeCodeSession('22222222-aaaa-4bbb-8ccc-000000000002', '10', '/repo', [...turns, { user: 'thanks' }]));
    expect(await support([old, resumed], pytest)).toBe(1);
  });

  it('control: the same correction in a new session on another day counts twice, commands and words alike', async () => {
    const f = folder();
    const turns: Turn[] = [
      { user: 'Run the tests please' },
      { bash: 'pytest', out: "ModuleNotFoundError: No module named 'app'", error: true },
      { bash: 'PYTHONPATH=src pytest', out: '3 passed in 0.12s' },
      ...asked,
    ];
    const a = f('a.jsonl', claudeCodeSession('11111111-aaaa-4bbb-8ccc-000000000001', '10', '/repo', turns));
    const b = f('b.jsonl', claudeCodeSession('22222222-aaaa-4bbb-8ccc-000000000002', '12', '/repo', turns));
    expect(await support([a, b], uv)).toBe(2);
    expect(await support([a, b], pytest)).toBe(2);
  });

  it('control: two parallel sessions that hit the same failure in the same seconds, each for its own request, count twice', async () => {
    const f = folder();
    const turns = (ask: string): Turn[] => [
      { user: ask },
      { bash: 'pytest', out: "ModuleNotFoundError: No module named 'app'", error: true },
      { bash: 'PYTHONPATH=src pytest', out: '3 passed in 0.12s' },
    ];
    // Same day, same clock: every event of the two files carries the same timestamp.
    const a = f('a.jsonl', claudeCodeSession('11111111-aaaa-4bbb-8ccc-000000000001', '10', '/repo', turns('Fix the login redirect')));
    const b = f(
      'b.jsonl',
      claudeCodeSession('22222222-aaaa-4bbb-8ccc-000000000002', '10', '/repo', turns('Add a price filter to the list')),
    );
    expect(await support([a, b], pytest)).toBe(2);
  });

  it('control: a new session two days later that opens the same way and says it again counts twice', async () => {
    // Word for word the conversation of day 10, without its replay: a second occasion.
    const f = folder();
    const old = f('a.jsonl', claudeCodeSession('11111111-aaaa-4bbb-8ccc-000000000001', '10', '/repo', asked));
    const fresh = f('c.jsonl', claudeCodeSession('44444444-aaaa-4bbb-8ccc-000000000004', '12', '/repo', asked));
    expect(await support([old, fresh], uv)).toBe(2);
  });
});

// ---- Exports: SpecStory beside Claude Code JSONL, Cursor beside SpecStory, a copy in two folders ----

/** A SpecStory export of the `asked` conversation, without per-turn times or a session id (older exports). */
const specStory = (assistant: string) => `<!-- Generated by SpecStory -->

# Flask app (2026-11-10 09:00Z)

_**User**_

set up a small flask app

---

_**${assistant}**_

Installing flask.

---

\`\`\`bash
pip install flask
\`\`\`

\`\`\`
Successfully installed flask
\`\`\`

---

_**User**_

Use uv, not pip.

---

_**${assistant}**_

Switching to uv.

---
`;

const cursorExport = (first: string) => `# Flask app
_Exported on 3/2/2026 at 09:14:55 GMT+1 from Cursor (2.5.3)_

---

**User**

${first}

---

**Cursor**

Installing flask with pip.

---

**User**

Use uv, not pip.

---

**Cursor**

Switching to uv.

---

**User**

thanks, now add a readme

---
`;

describe('two exports of one chat', () => {
  it('a SpecStory export beside the Claude Code JSONL of the same session (untimed beside timed): support 1', async () => {
    const f = folder();
    const jsonl = f('a.jsonl', claudeCodeSession('11111111-aaaa-4bbb-8ccc-000000000001', '10', '/repo', asked));
    const md = f('.specstory/history/2026-11-10_09-00Z-flask-app.md', specStory('Assistant'));
    expect(await support([jsonl, md], uv)).toBe(1);
  });

  it('a Cursor export and a SpecStory export of one Cursor chat: support 1', async () => {
    const f = folder();
    const cursor = f('cursor_flask_app.md', cursorExport('set up a small flask app'));
    const md = f(
      '.specstory/history/2026-03-02_08-14Z-flask-app.md',
      specStory('Assistant').replace(
        'Switching to uv.\n\n---\n',
        'Switching to uv.\n\n---\n\n_**User**_\n\nthanks, now add a readme\n\n---\n',
      ),
    );
    expect(await support([cursor, md], uv)).toBe(1);
  });

  it('one transcript copied into two folders under two names: support 1', async () => {
    const f = folder();
    const text = cursorExport('set up a small flask app');
    expect(await support([f('mine/cursor_flask_app.md', text), f('backup/cursor_flask_app_copy.md', text)], uv)).toBe(1);
  });

  it('control: two Cursor chats that say it after different requests count twice, though neither has a time', async () => {
    const f = folder();
    const files = [
      f('cursor_flask_app.md', cursorExport('set up a small flask app')),
      f('cursor_cli.md', cursorExport('write a cli that renames photos')),
    ];
    expect(await support(files, uv)).toBe(2);
  });
});

// ---- claude-code-action: an execution file that embeds the session's turns ----

/** The stream-json execution file of the JSONL session `turns` (no per-event times), under another session id. */
function executionFile(jsonl: string, sessionId: string): string {
  const records: unknown[] = [
    { type: 'system', subtype: 'init', session_id: sessionId, cwd: '/github/workspace', model: 'claude-sonnet-4-5', tools: ['Bash'] },
  ];
  for (const line of jsonl.trim().split('\n')) {
    const o = JSON.parse(line) as { type: string; message: unknown };
    records.push({ type: o.type, session_id: sessionId, parent_tool_use_id: null, message: o.message });
  }
  records.push({ type: 'result', subtype: 'success', session_id: sessionId, is_error: false, num_turns: 3, result: 'done' });
  return JSON.stringify(records, null, 2);
}

describe("claude-code-action's execution file", () => {
  it('embeds the same turns as the Claude Code JSONL: the failing command and its fix count once', async () => {
    const f = folder();
    const turns: Turn[] = [
      { user: 'Run the tests please' },
      { bash: 'pytest', out: "ModuleNotFoundError: No module named 'app'", error: true },
      { bash: 'PYTHONPATH=src pytest', out: '3 passed in 0.12s' },
    ];
    const text = claudeCodeSession('11111111-aaaa-4bbb-8ccc-000000000001', '10', '/repo', turns);
    const files = [f('a.jsonl', text), f('claude-execution-output.json', executionFile(text, '55555555-aaaa-4bbb-8ccc-000000000005'))];
    expect(await support(files, pytest)).toBe(1);
  });

  it('control: the same failure in a second run of the workflow, after another request, counts twice', async () => {
    const f = folder();
    const turns = (ask: string): Turn[] => [
      { user: ask },
      { bash: 'pytest', out: "ModuleNotFoundError: No module named 'app'", error: true },
      { bash: 'PYTHONPATH=src pytest', out: '3 passed in 0.12s' },
    ];
    const a = executionFile(
      claudeCodeSession('11111111-aaaa-4bbb-8ccc-000000000001', '10', '/repo', turns('Run the tests please')),
      'run-1',
    );
    const b = executionFile(
      claudeCodeSession('22222222-aaaa-4bbb-8ccc-000000000002', '11', '/repo', turns('Fix issue #12 and run the tests')),
      'run-2',
    );
    expect(await support([f('1/claude-execution-output.json', a), f('2/claude-execution-output.json', b)], pytest)).toBe(2);
  });
});

describe('the identity of an event', () => {
  it('control: one prompt pasted into Claude Code and Codex in the same minute is said to two agents: twice', async () => {
    const f = folder();
    const claude = f('a.jsonl', claudeCodeSession('11111111-aaaa-4bbb-8ccc-000000000001', '10', '/repo', asked));
    // The rollout's clock moved to the JSONL's hour: the two prompts are seconds apart.
    const rollout = codexRollout('66666666-aaaa-4bbb-8ccc-000000000006', '10', '/repo', asked).replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, (t) =>
      new Date(Date.parse(t) - (5 * 3600 + 15) * 1000).toISOString(),
    );
    const codex = f('rollout-2026-11-10T09-00-00-66666666-aaaa-4bbb-8ccc-000000000006.jsonl', rollout);
    const times: number[] = [];
    for (const file of [claude, codex])
      for await (const s of readTranscriptFile(file))
        for (const e of s.events) if (e.kind === 'user_prompt' && e.text === 'Use uv, not pip.') times.push(Date.parse(e.timestamp!));
    expect(times).toHaveLength(2);
    expect(Math.abs(times[0]! - times[1]!)).toBeLessThan(10_000);
    expect(await support([claude, codex], uv)).toBe(2);
  });

  it('is hashed: no text of the transcript travels in a key', async () => {
    const f = folder();
    const [signals] = await signalsOf([f('a.jsonl', claudeCodeSession('11111111-aaaa-4bbb-8ccc-000000000001', '10', '/repo', asked))]);
    const keys = signals!.flatMap((s) => s.occurrences ?? []);
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) expect(k).toMatch(/^claude:[0-9a-f]{16}\.[0-9a-f]{16}\.\d+$/);
    expect(readFileSync(f('probe.txt', keys.join('\n')), 'utf8')).not.toMatch(/uv|pip/);
  });
});
