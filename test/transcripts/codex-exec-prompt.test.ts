/**
 * `codex exec` runs Codex without a chat: the prompt is the command line a program ran (a harness's loop, CI, a
 * script), and Codex marks the rollout so (`originator: "codex_exec"`, `source: "exec"` in its session_meta). That
 * prompt is the task it was handed, re-sent on every run: never the person's words, so no instruction is mined from
 * it (round 30: loop-bench harnesses drove Codex 0.145 by `codex exec`). An interactive rollout is unchanged. Rules and
 * texts are made up here.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mineSession } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { promptAuthor, type Session } from '../../src/model/index.js';
import { codexRollout } from '../helpers/transcript-builders.js';
import { ofKind, readAll } from './helpers.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'codex-exec-prompt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const RULES = [
  'Implement the remaining requirements. Never use yarn in this repo, use pnpm instead. Always run `make lint` before you commit.',
  "Add the retry helper. Don't edit anything under vendor/. Always regenerate the bindings with `make gen` after changing the schema.",
];

let k = 0;
async function read(text: string, meta: Record<string, string>): Promise<Session> {
  const id = `019c7e00-0000-7000-8000-0000000000${String(++k).padStart(2, '0')}`;
  const file = path.join(dir, `rollout-2026-11-21T10-00-00-${id}.jsonl`);
  const [first, ...rest] = codexRollout(id, '21', '/workspace', [{ user: text }, { bash: 'make lint', out: 'ok' }]).split('\n');
  const head = JSON.parse(first!) as { payload: Record<string, unknown> };
  head.payload = { ...head.payload, ...meta };
  writeFileSync(file, [JSON.stringify(head), ...rest].join('\n'));
  const { sessions, issues } = await readAll(file);
  expect(issues).toEqual([]);
  expect(sessions).toHaveLength(1);
  return sessions[0]!;
}
const mined = (s: Session) => mineSession(s, { memory: [], repoFacts: unknownRepoFacts }).filter((x) => x.kind === 'instruction');
const authors = (s: Session) => ofKind(s, 'user_prompt').map((e) => promptAuthor(s, e));

describe('a `codex exec` prompt is the task a program handed Codex', () => {
  it.each([
    ['originator and source', { originator: 'codex_exec', source: 'exec' }],
    ['originator alone', { originator: 'codex_exec' }],
    ['source alone', { source: 'exec' }],
  ])('%s mark the run: its prompt is task text and teaches nothing', async (_, meta) => {
    for (const text of RULES) {
      const s = await read(text, meta);
      expect(ofKind(s, 'user_prompt')).toMatchObject([{ text, task: true }]);
      expect(authors(s)).toEqual(['task']);
      expect(mined(s)).toEqual([]);
    }
  });

  // Controls: an interactive rollout's prompt is the person's, and is mined.
  it.each([
    ['the terminal UI', { originator: 'codex_cli_rs', source: 'cli' }],
    ['the desktop app', { originator: 'Codex Desktop', source: 'vscode' }],
  ])('%s: the user speaking', async (_, meta) => {
    for (const text of RULES) {
      const s = await read(text, meta);
      expect(ofKind(s, 'user_prompt')[0]).not.toHaveProperty('task');
      expect(authors(s)).toEqual(['user']);
      expect(mined(s).length).toBeGreaterThan(0);
    }
  });
});
