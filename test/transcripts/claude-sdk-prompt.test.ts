/**
 * Claude Code records who sent each prompt: `promptSource` "typed" (the person, at its prompt) or "sdk" (through the
 * SDK: `claude -p`, a harness's loop, CI), and newer versions mark a person's prompt `origin: {kind: "human"}`
 * wherever it was typed (a remote session's prompt is "sdk" and human). A prompt sent through the SDK that no human
 * origin vouches for is the task a program handed the agent, re-sent on every run of the harness: never the person's
 * words, so no instruction is mined from it (round 30: a loop bench's outer loop re-sent its orders to each round).
 * Beside a workflow's subagents, Claude Code writes a journal of which ones it started: not a transcript, and said so.
 * Rules and texts are made up here; record shapes follow Claude Code 2.1.2xx headless runs.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mineSession } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { promptAuthor, type Session } from '../../src/model/index.js';
import { claudeCodeSession, type Turn } from '../helpers/transcript-builders.js';
import { ofKind, readAll } from './helpers.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'claude-sdk-prompt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const RULES = [
  'Fix the failing parser test. Always run `make lint` before you commit. Never use yarn in this repo, use pnpm instead.',
  "Port the date helpers to the new module. Don't edit anything under vendor/. Always regenerate the bindings with `make gen` after changing the schema.",
];
const prompt = (text: string, marks: Record<string, unknown>): Turn => ({
  raw: { type: 'user', message: { role: 'user', content: text }, ...marks },
});
const work: Turn[] = [{ say: 'Running the checks.' }, { bash: 'make lint', out: 'ok' }];

let k = 0;
async function read(turns: Turn[]): Promise<Session> {
  const id = `5d7a0000-00${String(++k).padStart(2, '0')}-4000-8000-000000000001`;
  const file = path.join(dir, `${id}.jsonl`);
  writeFileSync(file, claudeCodeSession(id, '21', '/workspace', turns));
  const { sessions, issues } = await readAll(file);
  expect(issues).toEqual([]);
  expect(sessions).toHaveLength(1);
  return sessions[0]!;
}
const mined = (s: Session) => mineSession(s, { memory: [], repoFacts: unknownRepoFacts }).filter((x) => x.kind === 'instruction');
const authors = (s: Session) => ofKind(s, 'user_prompt').map((e) => promptAuthor(s, e));

describe('a prompt a program sent through the SDK is its task, not the person speaking', () => {
  it.each(RULES)('an SDK prompt with no human origin is task text, and teaches nothing: %s', async (text) => {
    const s = await read([prompt(text, { promptSource: 'sdk', entrypoint: 'sdk-cli', permissionMode: 'bypassPermissions' }), ...work]);
    expect(ofKind(s, 'user_prompt')).toMatchObject([{ text, task: true }]);
    expect(authors(s)).toEqual(['task']);
    expect(mined(s)).toEqual([]);
  });

  it("a harness's later prompt in the same session is the program's too", async () => {
    const s = await read([
      prompt(RULES[0]!, { promptSource: 'sdk' }),
      ...work,
      prompt('Keep going. Never use npm in this repo, always use pnpm.', { promptSource: 'sdk' }),
      ...work,
    ]);
    expect(authors(s)).toEqual(['task', 'task']);
    expect(mined(s)).toEqual([]);
  });

  // Controls: the same words, typed by a person, are theirs and are mined.
  it.each([
    ['typed at the prompt', { promptSource: 'typed' }],
    ['a human origin over the SDK (a remote session)', { promptSource: 'sdk', origin: { kind: 'human' }, entrypoint: 'remote_mobile' }],
    ['an older version that records no source', {}],
  ])('%s: the user speaking', async (_, marks) => {
    for (const text of RULES) {
      const s = await read([prompt(text, marks), ...work]);
      expect(ofKind(s, 'user_prompt')[0]).not.toHaveProperty('task');
      expect(authors(s)).toEqual(['user']);
      expect(mined(s).length).toBeGreaterThan(0);
    }
  });

  it('a tool result in an SDK session is still a result, and the prompt after a typed one is judged on its own', async () => {
    const s = await read([prompt('Tidy the changelog.', { promptSource: 'typed' }), ...work, prompt(RULES[1]!, { promptSource: 'sdk' })]);
    expect(authors(s)).toEqual(['user', 'task']);
    expect(ofKind(s, 'tool_result')).toMatchObject([{ ok: true }]);
  });
});

describe("Claude Code's workflow journal", () => {
  const journal = [
    { type: 'started', key: 'v2:0f3c', agentId: 'a0b1c2d3e4f5a6b7c' },
    { type: 'started', key: 'v2:9e21', agentId: 'a7c6b5a4d3e2f1a0b' },
  ]
    .map((r) => JSON.stringify(r))
    .join('\n');

  it('is skipped as what it is, beside the subagents it lists', async () => {
    const at = path.join(dir, 'proj', '5d7a', 'subagents', 'workflows', 'wf_12ab34cd-567');
    mkdirSync(at, { recursive: true });
    writeFileSync(path.join(at, 'journal.jsonl'), journal + '\n');
    const { sessions, issues } = await readAll(path.join(at, 'journal.jsonl'));
    expect(sessions).toEqual([]);
    expect(issues.map((i) => i.reason)).toEqual([expect.stringContaining("Claude Code's workflow journal")]);
  });

  it('a file of the same name anywhere else is only of an unknown shape', async () => {
    const at = path.join(dir, 'elsewhere');
    mkdirSync(at, { recursive: true });
    writeFileSync(path.join(at, 'journal.jsonl'), journal + '\n');
    const { issues } = await readAll(path.join(at, 'journal.jsonl'));
    expect(issues.map((i) => i.reason)).toEqual([expect.not.stringContaining('workflow journal')]);
  });
});
