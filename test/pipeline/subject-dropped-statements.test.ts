/**
 * End to end over Gemini CLI's prompt log: a statement that opens with a rule's frame word because chat drops its
 * subject ("Never seen this error before with `npm ci`", "Don't know why `npm test` hangs"), said in two sessions,
 * proposes nothing; an order with the same frame does. Built from probes of real user lines, every one of which became
 * memory on main in Claude Code, Codex, Gemini and Markdown exports; the wordings below are other verbs, persons and
 * languages than the ones the rule was written from.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TempRepo } from './helpers.js';

let repo: TempRepo | undefined;
afterEach(() => repo?.dispose());

/** Two sessions on two days, each opening with a task and then saying `turn`; the lessons proposed. */
async function lessons(turn: string): Promise<string[]> {
  repo?.dispose();
  repo = new TempRepo();
  const said = (id: string, day: string, task: string) => [
    { sessionId: id, messageId: 0, type: 'user', message: task, timestamp: `2026-04-${day}T09:00:00.000Z` },
    { sessionId: id, messageId: 1, type: 'user', message: turn, timestamp: `2026-04-${day}T09:06:00.000Z` },
  ];
  const rows = [
    ...said('7d2e9b40-1111-4c4c-8d8d-000000000001', '07', 'add paging to the orders table'),
    ...said('7d2e9b40-2222-4c4c-8d8d-000000000002', '09', 'make the login form remember the email'),
  ];
  const file = path.join(repo.dir, '.dreaming', 'sessions', 'gemini', 'logs.json');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(rows, null, 2));
  const { report } = await repo.run({ sessions: ['.dreaming/sessions/**/*.json'] });
  return report.edits.filter((e) => e.op === 'add').map((e) => e.after ?? '');
}

describe('a statement with its subject dropped, in two sessions', () => {
  it.each<[string, RegExp]>([
    ['Never noticed this warning with `pnpm build`', /pnpm build/],
    ['Never broken anything with `git rebase` so far', /rebase/],
    ['Always crashes when `yarn dev` starts cold', /yarn dev/],
    ['Always a timeout with `pytest -n 4`, every single run', /pytest/],
    ["Don't understand why `tsc` is so slow here", /tsc/],
    ["Don't believe `eslint --fix` touched that file", /eslint/],
    ['Никогда не запускала `make deploy` сама', /make deploy/],
    ['Всегда падало на `npm ci` в пятницу', /npm ci/],
    ['Nunca hemos usado `yarn` en este proyecto', /yarn/],
    ['Immer gecrasht, sobald `npm ci` läuft', /npm ci/],
    ['Never even compiled `main.rs` with `cargo build`', /cargo/i],
    ['Always sorta hangs on `pnpm dev`', /pnpm dev/],
    ["Don't actually remember if `make` cleans first", /make/],
  ])('%s: proposes nothing', async (turn, about) => {
    expect((await lessons(turn)).filter((l) => about.test(l))).toEqual([]);
  });

  it.each<[string, RegExp]>([
    ['Never commit `.env.local` to git', /^Never commit `\.env\.local` to git/],
    ['Always pass `--frozen-lockfile` to `pnpm install`', /^Always pass `--frozen-lockfile`/],
    ['Never embed secrets in `config.ts`', /^Never embed secrets/],
    ["Don't run `make deploy` from a laptop", /^Don't run `make deploy`/],
    ['Never ever push `release/*` branches by hand', /^Never ever push `release/],
    ['Always just run `make` from the repository root', /^Always just run `make`/],
    ['никогда не запускай `make deploy` с ноутбука', /make deploy/],
  ])('control %s: proposed', async (turn, about) => {
    expect((await lessons(turn)).filter((l) => about.test(l))).toHaveLength(1);
  });
});
