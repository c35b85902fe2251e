/**
 * A package script that does not exist (`npm error Missing script: "typecheck"`) is followed by the agent looking at
 * what there is (`npm run` prints the scripts) and running other scripts (`npm run lint`, `npm run build`). Round 25's
 * opencode session taught "Run `npm run`, not `npm run typecheck`" (the listing taken for the fix) and, once listings
 * only looked, "Run `npm run lint --`, not `npm run typecheck`" (another script taken for the missing one's new name,
 * its `--` left dangling). A script is the missing one's replacement only when their names share a word
 * (`legacy-build` -> `build`); a runner asked for its scripts or tasks only looks. Five package managers and three
 * task runners; the renamed-script controls keep teaching.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTranscriptFile } from '../../src/transcripts/index.js';
import type { Session } from '../../src/model/index.js';
import { mineSession, type MiningContext } from '../../src/signals/mine.js';
import { parseCommand } from '../../src/signals/command.js';
import { lessonCommand } from '../../src/signals/command-display.js';
import { onlyLooks } from '../../src/signals/episodes.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { memory, session, type Step } from './session-builder.js';

const ctx: MiningContext = { memory: [], repoFacts: unknownRepoFacts };
const fixesIn = (s: Session) =>
  mineSession(s, ctx)
    .filter((x) => x.kind === 'error_then_fix')
    .map((x) => [x.failed, x.fixed]);
const fixes = (steps: Step[], agent: 'claude-code' | 'codex' = 'claude-code') =>
  fixesIn(session('s1', [{ user: 'make the download button work' }, ...steps], agent));

describe('a runner asked for its scripts or tasks only looks', () => {
  it.each([
    'npm run',
    'npm run 2>&1 | head -30',
    'npm run-script',
    'yarn run',
    'pnpm run',
    'bun run',
    'npm run --json',
    'deno task',
    'just --list',
    'just -l',
    'rake -T',
    'cargo --list',
    'composer run-script --list',
  ])('%s', (line) => expect(onlyLooks(parseCommand(line)!)).toBe(true));

  it.each([
    'npm run build',
    'yarn run lint',
    'pnpm run test',
    'bun run src/index.ts',
    'deno task dev',
    'just build',
    'rake test',
    'cargo build',
    'yarn',
    'npm run -w web',
  ])('%s still does something', (line) => expect(onlyLooks(parseCommand(line)!)).toBe(false));
});

describe('after a missing script, the listing and other scripts teach no replacement', () => {
  it.each<[string, string, string, string[]]>([
    [
      'npm run typecheck 2>&1 | head -50',
      'npm error Missing script: "typecheck"\nnpm error To see a list of scripts, run:\nnpm error   npm run',
      'npm run',
      ['npm run lint -- --quiet', 'npm run build'],
    ],
    ['npm run typecheck', 'npm ERR! missing script: typecheck', 'npm run-script', ['npm run lint']],
    ['yarn run typecheck', 'error Command "typecheck" not found.', 'yarn run', ['yarn run lint']],
    ['yarn run e2e', 'Usage Error: Couldn\'t find a script named "e2e".', 'yarn run --json', ['yarn run test']],
    ['pnpm run e2e', ' ERR_PNPM_NO_SCRIPT  Missing script: e2e', 'pnpm run', ['pnpm run test']],
    ['bun run format', 'error: Script not found "format"', 'bun run', ['bun run lint']],
    ['deno task check', 'Task not found: check', 'deno task', ['deno task fmt']],
    ['npm run lint:js', 'npm error Missing script: "lint:js"', 'npm run', ['npm run build:js']],
    ['pnpm run ci', ' ERR_PNPM_NO_SCRIPT  Missing script: ci', 'pnpm run', ['pnpm run db:seed']],
    // The shorthand without `run`.
    ['yarn typecheck', 'error Command "typecheck" not found.', 'yarn run', ['yarn lint']],
    ['pnpm typecheck', ' ERR_PNPM_NO_SCRIPT  Missing script: typecheck', 'pnpm run', ['pnpm lint', 'pnpm build']],
  ])('%s', (failed, out, listing, others) => {
    const got = fixes([
      { run: failed, ok: false, out },
      { run: listing, ok: true, out: 'available via `npm run`:\n  dev\n  build\n  lint\n  test' },
      ...others.map((run) => ({ run, ok: true, out: 'ok' })),
    ]);
    expect(got).toEqual([]);
  });
});

describe('a missing script run again under its new name still teaches', () => {
  it.each<[string, string, string]>([
    ['npm run legacy-build', 'npm error Missing script: "legacy-build"', 'npm run build'],
    ['pnpm run type-check', ' ERR_PNPM_NO_SCRIPT  Missing script: type-check', 'pnpm run typecheck'],
    ['yarn run test:unit', 'error Command "test:unit" not found.', 'yarn run test'],
    ['bun run lint:js', 'error: Script not found "lint:js"', 'bun run lint'],
    ['npm run checkTypes', 'npm error Missing script: "checkTypes"', 'npm run types'],
    ['pnpm run ci', ' ERR_PNPM_NO_SCRIPT  Missing script: ci', 'pnpm run test:ci'],
    ['yarn legacy-build', 'error Command "legacy-build" not found.', 'yarn build'],
  ])('%s -> %s', (failed, out, renamed) => {
    const got = fixes([
      { run: failed, ok: false, out },
      { run: renamed.split(' ').slice(0, 2).join(' '), ok: true, out: 'Scripts available: ...' },
      { run: renamed, ok: true, out: 'done' },
    ]);
    expect(got).toEqual([[failed, renamed]]);
  });
});

describe("a lesson's command keeps no dangling end-of-options marker", () => {
  it.each([
    ['npm run lint -- --quiet', 'npm run lint'],
    ['pnpm test -- --silent', 'pnpm test'],
    ['npm test -- --runInBand', 'npm test -- --runInBand'],
  ])('%s -> %s', (line, named) => expect(lessonCommand(parseCommand(line)!)).toBe(named));
});

describe('the same through other agents', () => {
  it('a Codex shell: listing and another script after a missing one teach nothing, a renamed one does', () => {
    const missing = { run: 'npm run check:types', ok: false, out: 'npm error Missing script: "check:types"' };
    expect(fixes([missing, { run: 'npm run', ok: true, out: 'dev\nbuild\nlint' }, { run: 'npm run lint', ok: true }], 'codex')).toEqual([]);
    expect(fixes([missing, { run: 'npm run', ok: true, out: 'typecheck' }, { run: 'npm run types:check', ok: true }], 'codex')).toEqual([
      ['npm run check:types', 'npm run types:check'],
    ]);
  });

  it("an opencode /export: the bash tool's missing script, the listing, lint and build", async () => {
    const fence = '```';
    const call = (command: string, output: string) =>
      `**Tool: bash**\n\n**Input:**\n${fence}json\n${JSON.stringify({ command, description: 'check' }, null, 2)}\n${fence}\n\n**Output:**\n${fence}\n${output}\n${fence}\n\n`;
    const file = join(mkdtempSync(join(tmpdir(), 'missing-script-')), 'session-ses_check.md');
    writeFileSync(
      file,
      '# Verify the invoice form\n\n**Session ID:** ses_2b7e11c04ffeQm3LpW8sYt1KdZ\n**Created:** 3/4/2026, 10:02:11 AM\n**Updated:** 3/4/2026, 10:09:40 AM\n\n---\n\n' +
        '## User\n\nthe invoice form rejects valid dates, fix it and check the types\n\n---\n\n' +
        '## Assistant (Build · some-model · 2.2s)\n\n' +
        call('pnpm run check-types', ' ERR_PNPM_NO_SCRIPT  Missing script: check-types\n\nCommand "check-types" not found.') +
        call('pnpm run', 'Commands available via "pnpm run":\n  dev\n  build\n  lint') +
        call('pnpm run lint', 'No problems found.') +
        call('pnpm run build', 'built in 2.9s') +
        '---\n\n',
    );
    const sessions: Session[] = [];
    for await (const s of readTranscriptFile(file)) sessions.push(s);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.events.filter((e) => e.kind === 'tool_result' && !e.ok)).toHaveLength(1);
    expect(fixesIn(sessions[0]!)).toEqual([]);
  });
});

describe('a missing script memory names is a wrong entry: what ran instead is its replacement, whatever its name', () => {
  const mem = memory({ 'AGENTS.md': '# Build\n\n- Build with `npm run build`.\n- Type-check with `yarn typecheck`.\n' });
  const withMemory = (steps: Step[]) =>
    mineSession(session('s1', [{ user: 'ship the release notes page' }, ...steps], 'codex'), {
      memory: mem,
      repoFacts: unknownRepoFacts,
    }).map((x) => [x.kind, x.failed, x.fixed]);

  it.each<[string, string, string, string]>([
    ['npm run build', 'npm error Missing script: "build"', 'npm run compile', 'npm run compile'],
    ['yarn typecheck', 'error Command "typecheck" not found.', 'yarn tsc', 'yarn tsc'],
  ])('%s -> %s', (failed, out, listingThenRan, fixed) => {
    expect(
      withMemory([
        { run: failed, ok: false, out },
        { run: listingThenRan, ok: true, out: 'done' },
      ]),
    ).toEqual([['memory_failure', failed, fixed]]);
  });

  it('the same scripts with no memory naming them teach nothing', () => {
    expect(
      fixes([
        { run: 'npm run build', ok: false, out: 'npm error Missing script: "build"' },
        { run: 'npm run compile', ok: true },
      ]),
    ).toEqual([]);
  });
});
