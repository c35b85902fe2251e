/**
 * Words typed while Claude Code was working reach the model as a `queued_command` attachment, never as a user line;
 * corrections are often said right then ("no, pnpm"). The reader read them as an unknown record and dropped them.
 * Shapes as the CLI writes them (queue-operation bookkeeping, then the attachment); values made up for this test.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTranscriptFile } from '../../src/transcripts/read.js';
import { HealthCollector, summarizeTranscripts } from '../../src/transcripts/index.js';
import { claudeCodeSession, type Turn } from '../helpers/transcript-builders.js';
import { addedLines } from '../helpers/paraphrase-world.js';

const dir = mkdtempSync(join(tmpdir(), 'dream-queued-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const queued = (prompt: unknown, extra: Record<string, unknown> = {}): Turn[] => [
  { raw: { type: 'queue-operation', operation: 'enqueue', content: typeof prompt === 'string' ? prompt : '' } },
  { raw: { type: 'queue-operation', operation: 'remove' } },
  { raw: { type: 'attachment', attachment: { type: 'queued_command', prompt, commandMode: 'prompt', ...extra } } },
];

async function read(turns: Turn[]) {
  const f = join(dir, `s${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(f, claudeCodeSession('5eed0001-0000-4000-8000-000000000001', '12', '/home/dev/shop', turns));
  const health = new HealthCollector();
  await summarizeTranscripts([f], { health, source: 'files' });
  const sessions = [];
  for await (const s of readTranscriptFile(f)) sessions.push(s);
  const events = sessions.flatMap((s) => s.events);
  return { unknown: health.report().formats[0]!.unknownTypes, events };
}

const prompts = (events: { kind: string }[]) =>
  events.filter((e): e is { kind: 'user_prompt'; text: string } => e.kind === 'user_prompt').map((e) => e.text);

describe('a prompt queued while the agent worked is the person speaking', () => {
  it('is read as a prompt, in its place after the call it answered', async () => {
    const { unknown, events } = await read([
      { user: 'Add the date library.' },
      { bash: 'yarn add dayjs', out: 'success Saved 1 new dependency.' },
      ...queued('no, this repo uses pnpm', { origin: { kind: 'human' } }),
    ]);
    expect(unknown).toEqual({});
    expect(prompts(events)).toEqual(['Add the date library.', 'no, this repo uses pnpm']);
    const kinds = events.map((e) => e.kind);
    expect(kinds.indexOf('user_prompt', 1)).toBeGreaterThan(kinds.indexOf('tool_result'));
  });

  it('reads a prompt given as content blocks, and one written before origins were recorded', async () => {
    const { events } = await read([{ user: 'Start.' }, ...queued([{ type: 'text', text: 'and keep the old API' }])]);
    expect(prompts(events)).toEqual(['Start.', 'and keep the old API']);
  });

  it("a background task's notice queued the same way is the harness's, and is known", async () => {
    const notice = '<task-notification>\n<task-id>b1</task-id>\n<status>completed</status>\n</task-notification>';
    const { unknown, events } = await read([
      { user: 'Run the build in the background.' },
      ...queued(notice, { commandMode: 'task-notification', origin: { kind: 'task-notification' } }),
      ...queued('build notes', { origin: { kind: 'agent' } }),
    ]);
    expect(unknown).toEqual({});
    expect(prompts(events)).toEqual(['Run the build in the background.']);
  });
});

/**
 * Claude Code 2.1.38 to 2.1.63 (real sessions: a Japanese "verify it works before you finish", an English "check
 * again") wrote no attachment: `enqueue` holds the words, `remove` is the harness handing them to the model mid-turn.
 */
const enqueue = (content: string): Turn => ({ raw: { type: 'queue-operation', operation: 'enqueue', content } });
const op = (operation: string, content?: string): Turn => ({
  raw: { type: 'queue-operation', operation, ...(content !== undefined ? { content } : {}) },
});
const call = (id: string, command: string): Turn => ({
  raw: { type: 'assistant', message: { role: 'assistant', content: [{ type: 'tool_use', id, name: 'Bash', input: { command } }] } },
});
const result = (id: string, out: string): Turn => ({
  raw: { type: 'user', message: { role: 'user', content: [{ type: 'tool_result', tool_use_id: id, content: out }] } },
});

describe('older versions: the queue bookkeeping is the only record of words typed mid-turn', () => {
  it('an entry the harness removed mid-turn is a prompt, once, before the reply that answers it', async () => {
    const { unknown, events } = await read([
      { user: 'Write release.bat from context.md.' },
      enqueue('make sure it really works before you stop'),
      call('t1', 'cat context.md'),
      op('remove'),
      result('t1', '# release'),
      { say: 'I will test the script after writing it.' },
    ]);
    expect(unknown).toEqual({});
    expect(prompts(events)).toEqual(['Write release.bat from context.md.', 'make sure it really works before you stop']);
    const kinds = events.map((e) => e.kind);
    expect(kinds.indexOf('user_prompt', 1)).toBeGreaterThan(kinds.indexOf('tool_result'));
    expect(kinds.indexOf('user_prompt', 1)).toBeLessThan(kinds.lastIndexOf('assistant_text'));
  });

  it('remove takes the newest entry: a notice enqueued earlier and run as its own turn is not the words', async () => {
    const notice = '<task-notification>\n<task-id>b7</task-id>\n<status>completed</status>\n</task-notification>';
    const { events } = await read([
      { user: 'Run the tests in the background.' },
      enqueue(notice),
      { user: notice },
      enqueue('look at the output once more'),
      call('t2', 'tail -20 out.log'),
      op('remove', ''),
      result('t2', 'ok'),
      { say: 'Checked again.' },
    ]);
    expect(prompts(events)).toEqual(['Run the tests in the background.', 'look at the output once more']);
  });

  it('an entry that became the next turn, was pulled back to edit, or was never taken is not read from the queue', async () => {
    const { events } = await read([
      { user: 'Fix the login form.' },
      enqueue('and the signup form'),
      op('dequeue'),
      { user: 'and the signup form' },
      { say: 'Both fixed.' },
      enqueue('tpyo here'),
      op('popAll'),
      { user: 'typo fixed: also the footer' },
      { say: 'Done.' },
      enqueue('one more thing'),
    ]);
    expect(prompts(events)).toEqual(['Fix the login form.', 'and the signup form', 'typo fixed: also the footer']);
  });

  it('a slash command or a tagged harness text queued and removed is not the person speaking', async () => {
    const { events } = await read([
      { user: 'Set up the MCP servers.' },
      enqueue('/mcp'),
      op('remove'),
      enqueue('<bash-stdout>ok</bash-stdout>'),
      op('remove'),
      { say: 'Listed.' },
    ]);
    expect(prompts(events)).toEqual(['Set up the MCP servers.']);
  });

  it('words said at the end of the file are still read', async () => {
    const { events } = await read([{ user: 'Deploy.' }, enqueue('wait, staging first'), call('t3', 'make deploy'), op('remove')]);
    expect(prompts(events)).toEqual(['Deploy.', 'wait, staging first']);
  });
});

describe('end to end', () => {
  it('a correction queued mid-turn in two sessions of an older version teaches the swap', async () => {
    const session = (task: string, say: string) => ({
      format: 'claude' as const,
      turns: [
        { user: task },
        enqueue(say),
        { bash: 'yarn add zod', out: 'success Saved 1 new dependency.' },
        op('remove'),
        { say: 'Switching.' },
      ],
    });
    const lines = await addedLines([
      session('Add request validation.', 'hold on, we use pnpm in this repo, not yarn'),
      session('Add the date helper.', 'pnpm please, not yarn'),
    ]);
    expect(lines.filter((l) => /pnpm/.test(l))).toEqual([expect.stringMatching(/^Use pnpm, not yarn\b/)]);
  });

  it('a correction queued mid-turn in two sessions teaches the swap', async () => {
    const session = (task: string, say: string) => ({
      format: 'claude' as const,
      turns: [
        { user: task },
        { bash: 'yarn add zod', out: 'success Saved 1 new dependency.' },
        ...queued(say, { origin: { kind: 'human' } }),
      ],
    });
    const lines = await addedLines([
      session('Add input validation.', 'stop, we use pnpm here, not yarn'),
      session('Add the schema lib.', 'pnpm, not yarn!'),
    ]);
    expect(lines.filter((l) => /pnpm/.test(l))).toEqual([expect.stringMatching(/^Use pnpm, not yarn\b/)]);
  });
});
