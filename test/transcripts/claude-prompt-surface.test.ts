/**
 * Round 30 read every Claude Code prompt recorded "sdk" with no human origin as a program's task text. But the VS Code
 * and JetBrains panels and the desktop app drive Claude Code through the SDK: a prompt a person typed in the VS Code
 * panel is recorded `"promptSource":"sdk"` beside `"entrypoint":"claude-vscode"`, and versions before `origin` was
 * written (2.1.16x) carry nothing else, so the person's own words were dropped as task text. The record's
 * `entrypoint` names the surface: one a person types into keeps the prompt theirs; the SDK's own entrypoints
 * ("sdk-cli" for `claude -p`, "sdk-ts", "sdk-py"), an unknown one or none leave it a program's. A `claude -p` typed
 * by hand is recorded exactly as a script's, so it stays task text (no field tells them apart).
 * Rules and texts are made up here; record shapes follow Claude Code 2.1.16x-2.1.27x.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mineSession } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { promptAuthor, type Session } from '../../src/model/index.js';
import { claudeCodeSession, type Turn } from '../helpers/transcript-builders.js';
import { ofKind, readAll } from './helpers.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'claude-prompt-surface-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const RULE = 'Rename the export helper. Never use npm in this repo, always use pnpm.';
const prompt = (marks: Record<string, unknown>): Turn => ({ raw: { type: 'user', message: { role: 'user', content: RULE }, ...marks } });
const work: Turn[] = [{ say: 'Renaming it.' }, { bash: 'pnpm test', out: 'ok' }];

let k = 0;
async function read(turns: Turn[]): Promise<Session> {
  const id = `6e8b0000-00${String(++k).padStart(2, '0')}-4000-8000-000000000002`;
  const file = path.join(dir, `${id}.jsonl`);
  writeFileSync(file, claudeCodeSession(id, '21', '/workspace', turns));
  const { sessions } = await readAll(file);
  return sessions[0]!;
}
const authors = (s: Session) => ofKind(s, 'user_prompt').map((e) => promptAuthor(s, e));
const mined = (s: Session) => mineSession(s, { memory: [], repoFacts: unknownRepoFacts }).filter((x) => x.kind === 'instruction');

describe('an SDK prompt typed on a surface a person uses is theirs', () => {
  it.each(['claude-vscode', 'claude-jetbrains', 'claude-desktop', 'cli', 'remote_mobile'])(
    'entrypoint %s, no origin: the person speaking',
    async (entrypoint) => {
      const s = await read([prompt({ promptSource: 'sdk', entrypoint, permissionMode: 'auto' }), ...work]);
      expect(authors(s)).toEqual(['user']);
      expect(mined(s).length).toBeGreaterThan(0);
    },
  );

  it('the surface named by an earlier record of the session', async () => {
    const s = await read([{ raw: { type: 'agent-setting', entrypoint: 'claude-vscode' } }, prompt({ promptSource: 'sdk' }), ...work]);
    expect(authors(s)).toEqual(['user']);
  });
});

describe("the SDK's own entrypoints leave it a program's task text", () => {
  it.each([
    ['claude -p', { entrypoint: 'sdk-cli' }],
    ['the TypeScript SDK', { entrypoint: 'sdk-ts' }],
    ['the Python SDK', { entrypoint: 'sdk-py' }],
    ['an entrypoint of no known surface', { entrypoint: 'ci-runner' }],
    ['no entrypoint', {}],
  ])('%s', async (_, marks) => {
    const s = await read([prompt({ promptSource: 'sdk', ...marks }), ...work]);
    expect(authors(s)).toEqual(['task']);
    expect(mined(s)).toEqual([]);
  });

  it("a typed prompt stays the person's whatever the entrypoint", async () => {
    const s = await read([prompt({ promptSource: 'typed', entrypoint: 'sdk-cli' }), ...work]);
    expect(authors(s)).toEqual(['user']);
  });
});
