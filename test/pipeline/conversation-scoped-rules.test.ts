/**
 * End to end over the reader of round 15's real file (Gemini CLI's prompt log): a rule the user limits to this
 * conversation, said in two sessions, proposes nothing; the same rule unscoped proposes it. Real shape, words of our
 * own: the real user wrote "…другое трогать нельзя, это правило для этого чата" once; here each wording is said on
 * two days, so on main it was memory, the scope sentence and all ("- Never rewrite whole files, this rule is for this
 * chat only.").
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TempRepo } from './helpers.js';

let repo: TempRepo | undefined;
afterEach(() => repo?.dispose());

/** Two sessions on two days, each opening with a task and then saying `rule`, in one prompt log. */
async function lessons(rule: string): Promise<string[]> {
  repo?.dispose();
  repo = new TempRepo();
  const said = (id: string, day: string, task: string) => [
    { sessionId: id, messageId: 0, type: 'user', message: task, timestamp: `2026-03-${day}T10:00:00.000Z` },
    { sessionId: id, messageId: 1, type: 'user', message: rule, timestamp: `2026-03-${day}T10:04:00.000Z` },
  ];
  const rows = [
    ...said('0b1e7c52-1111-4a4a-9b9b-000000000001', '03', 'add a search button to the header'),
    ...said('0b1e7c52-2222-4a4a-9b9b-000000000002', '05', 'fix the upload screen on small phones'),
  ];
  const file = path.join(repo.dir, '.dreaming', 'sessions', 'gemini', 'logs.json');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(rows, null, 2));
  const { report } = await repo.run({ sessions: ['.dreaming/sessions/**/*.json'] });
  return report.edits.filter((e) => e.op === 'add').map((e) => e.after ?? '');
}

describe('a rule limited to this conversation, said in two sessions', () => {
  it.each<[string, string, RegExp]>([
    ['en', 'never rewrite whole files, this rule is for this chat only', /rewrite whole files/i],
    ['en, own sentence', 'Never rewrite whole files. That rule applies to this conversation only.', /rewrite whole files/i],
    ['ru', 'никогда не переписывай файлы целиком, это правило для этого чата', /переписывай/],
    ['ru, own sentence', 'Никогда не переписывай файлы целиком. Это правило только для этого чата.', /переписывай/],
  ])('%s: proposes nothing', async (_lang, rule, about) => {
    expect((await lessons(rule)).filter((l) => about.test(l))).toEqual([]);
  });

  it.each<[string, string, RegExp]>([
    ['en', 'never rewrite whole files', /rewrite whole files/i],
    ['ru', 'никогда не переписывай файлы целиком', /переписывай/],
  ])('%s, unscoped: the rule is proposed', async (_lang, rule, about) => {
    expect((await lessons(rule)).filter((l) => about.test(l))).toHaveLength(1);
  });
});
