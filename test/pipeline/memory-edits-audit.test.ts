/**
 * A third paraphrase audit, of edits other than "add": memory the sessions contradict (update) and stale entries
 * (delete). Written as an outside evaluator before reading the engine, the applier or the guards for these kinds:
 * the cases are what a reviewer would expect from the product's promise ("no deletion without proof: the commit that
 * removed the path, the sessions where the command failed"), each dreamed for Claude Code and Codex, whose memory is
 * CLAUDE.md and AGENTS.md. Controls are the traps: a failure for another reason, a typo, a path removed only on a
 * branch, a deletion with no commit, a script another workspace still has, a prohibition, build output.
 * Duplicates, broken rules and moves are in memory-edits-audit-2.test.ts.
 */
import type { Agent } from '../helpers/memory-world.js';
import { conventions, failed, memoryAudit, memoryOf, ran, twice, type Case } from '../helpers/memory-audit.js';

const PKG = JSON.stringify({ name: 'almanac', private: true, scripts: { test: 'vitest run', build: 'tsc -p .' } }, null, 2) + '\n';
const PROJECT = {
  'package.json': PKG,
  'src/tides.ts': 'export const tides = [];\n',
  'scripts/deploy.sh': '#!/bin/sh\nrsync -a dist/ host:/srv\n',
};

/** The reading agent's memory holds `entries`; the other file holds a line no case is about. */
const memory = (agent: Agent, entries: string[]): Record<string, string> => {
  const other = agent === 'claude' ? 'AGENTS.md' : 'CLAUDE.md';
  return {
    [memoryOf(agent)]:
      `# ${memoryOf(agent)}\n\n## Build\n\n${entries.map((e) => `- ${e}\n`).join('')}- The tide tables live in \`src/\`.\n${conventions(memoryOf(agent))}`,
    [other]: `# ${other}\n\n- The tide tables live in \`src/\`.\n${conventions(other)}`,
  };
};

const PNPM = { ...PROJECT, 'pnpm-lock.yaml': "lockfileVersion: '9.0'\n", 'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n" };
const NPM_WS_FAIL = 'npm error code EUNSUPPORTEDPROTOCOL\nnpm error Unsupported URL Type "workspace:": workspace:*';
const PASS = ' Test Files  12 passed (12)\n      Tests  48 passed (48)';

/** Memory says `npm test`; the turns show what the sessions say about it. */
const npmTest = (name: string, turns: (task: string) => ReturnType<typeof ran>[], missIn?: Agent[]): Case => ({
  name,
  world: (agent) => ({ files: { ...PNPM, ...memory(agent, ['Run the tests with `npm test`.']) }, sessions: twice(agent, turns) }),
  want: { op: 'update', file: memoryOf, before: /`npm test`/, after: /`pnpm test`/ },
  ...(missIn ? { missIn } : {}),
});

const contradicted: Case[] = [
  npmTest('npm test fails, pnpm test works', (task) => [{ user: task }, failed('npm test', NPM_WS_FAIL), ran('pnpm test', PASS)]),
  npmTest('the user says npm test is broken, use pnpm test', (task) => [
    { user: task },
    failed('npm test', NPM_WS_FAIL),
    { user: 'npm test is broken in this repo, use `pnpm test`.' },
    ran('pnpm test', PASS),
  ]),
  npmTest('said with typos', (task) => [
    { user: task },
    failed('npm test', NPM_WS_FAIL),
    { user: 'npm test doesnt work here anymroe, its `pnpm test` now' },
    ran('pnpm test', PASS),
  ]),
  npmTest('the fact inside a longer message', (task) => [
    { user: task },
    ran('pnpm test', PASS),
    {
      user: 'Thanks, that looks right. By the way CLAUDE.md and AGENTS.md are out of date: the tests run with `pnpm test` now, not `npm test`. Next, please look at the flaky date test.',
    },
    ran('pnpm test', PASS),
  ]),
  npmTest('the user says so with no failure on record', (task) => [
    { user: task },
    ran('npm test', PASS),
    { user: "we moved to pnpm last month, so it's `pnpm test`, not `npm test`" },
    ran('pnpm test', PASS),
  ]),
  {
    name: 'pytest fails, uv run pytest works',
    world: (agent) => ({
      files: { ...PROJECT, 'uv.lock': 'version = 1\n', ...memory(agent, ['Run the tests with `pytest`.']) },
      sessions: twice(agent, (task) => [
        { user: task },
        failed('pytest', "ImportError while loading conftest.\nE   ModuleNotFoundError: No module named 'httpx'"),
        ran('uv run pytest', '===== 31 passed in 0.82s ====='),
      ]),
    }),
    want: { op: 'update', file: memoryOf, before: /`pytest`/, after: /`uv run pytest`/ },
  },
  {
    name: 'tsc not found, npx tsc works',
    world: (agent) => ({
      files: { ...PROJECT, ...memory(agent, ['Type-check with `tsc --noEmit`.']) },
      sessions: twice(agent, (task) => [
        { user: task },
        failed('tsc --noEmit', 'bash: tsc: command not found'),
        ran('npx tsc --noEmit', ''),
      ]),
    }),
    want: { op: 'update', file: memoryOf, before: /`tsc --noEmit`/, after: /`npx tsc --noEmit`/ },
  },
  {
    name: 'the build script was renamed: build fails with missing script, compile works',
    world: (agent) => ({
      files: {
        ...PROJECT,
        'package.json': JSON.stringify({ name: 'almanac', scripts: { test: 'vitest run', compile: 'tsc -p .' } }) + '\n',
        ...memory(agent, ['Build with `npm run build`.']),
      },
      sessions: twice(agent, (task) => [
        { user: task },
        failed(
          'npm run build',
          'npm error Missing script: "build"\nnpm error\nnpm error To see a list of scripts, run:\nnpm error   npm run',
        ),
        ran('npm run compile', '> almanac@1.0.0 compile\n> tsc -p .'),
      ]),
    }),
    want: { op: 'update', file: memoryOf, before: /`npm run build`/, after: /`npm run compile`/ },
  },
];

/** A positive whose wrong answer would be a deletion: the entry's program works another way, so nothing is stale. */
const noDeletion = (c: Case): Case => ({ name: `${c.name}: the entry is not deleted`, world: c.world, tolerate: ['update'] });

const npmTestControl = (name: string, turns: (task: string, k: number) => ReturnType<typeof ran>[]): Case => ({
  name,
  world: (agent) => ({ files: { ...PNPM, ...memory(agent, ['Run the tests with `npm test`.']) }, sessions: twice(agent, turns) }),
});

const contradictedControls: Case[] = [
  npmTestControl('npm test failed once on the network, then passed', (task, k) => [
    { user: task },
    ...(k === 0 ? [failed('npm test', 'npm error code ECONNRESET\nnpm error network aborted')] : []),
    ran('npm test', PASS),
  ]),
  npmTestControl('a typo of the command failed, the real one passed', (task) => [
    { user: task },
    failed('npm tset', 'Unknown command: "tset"\n\nDid you mean this?\n  npm test # Test a package'),
    ran('npm test', PASS),
  ]),
  npmTestControl('the user quotes the memory', (task) => [
    { user: `${task} CLAUDE.md says to run \`npm test\`; do that before you finish.` },
    ran('npm test', PASS),
  ]),
  npmTestControl('the tests themselves failed, then passed after a fix', (task) => [
    { user: task },
    failed(
      'npm test',
      ' FAIL  src/tides.test.ts > rounds to minutes\nAssertionError: expected 3 to be 4\n Tests  1 failed | 47 passed (48)',
    ),
    ran('npm test', PASS),
  ]),
  npmTestControl('pnpm test for this one only', (task) => [
    { user: task },
    failed('npm test', NPM_WS_FAIL),
    { user: 'use `pnpm test` for this one, my branch has a broken npm setup' },
    ran('pnpm test', PASS),
  ]),
  noDeletion(contradicted[5]!),
  noDeletion(contradicted[6]!),
  npmTestControl('npm test failed from the wrong folder, then passed from the root', (task) => [
    { user: task },
    failed('cd docs && npm test', 'npm error code ENOENT\nnpm error path /home/dev/almanac/docs/package.json'),
    ran('npm test', PASS),
  ]),
];

/** An entry naming `scripts/deploy.sh` or another path; the world says what happened to the path. */
const stale = (entry: string, removed: string[], turns: (task: string) => ReturnType<typeof ran>[], before: RegExp): Case => ({
  name: `"${entry}" after a commit removed ${removed.join(', ')}`,
  world: (agent) => ({
    files: {
      ...PROJECT,
      'docs/api.yaml': 'openapi: 3.1.0\n',
      'test/fixtures/legacy/a.json': '{}\n',
      'config/defaults.toml': 'x = 1\n',
      ...memory(agent, [entry]),
    },
    removed,
    sessions: twice(agent, turns),
  }),
  want: { op: 'delete', file: memoryOf, before },
});
const MISSING_DOCS = 'npm error Missing script: "docs"\nnpm error\nnpm error To see a list of scripts, run:\nnpm error   npm run';

const staleEntries: Case[] = [
  stale(
    'Deploy with `scripts/deploy.sh`.',
    ['scripts/deploy.sh'],
    (task) => [{ user: task }, failed('bash scripts/deploy.sh', 'bash: scripts/deploy.sh: No such file or directory')],
    /deploy\.sh/,
  ),
  stale('The API schema lives in `docs/api.yaml`.', ['docs/api.yaml'], (task) => [{ user: task }, ran('ls src', 'tides.ts')], /api\.yaml/),
  stale(
    'Fixtures for old formats are in `test/fixtures/legacy/`.',
    ['test/fixtures/legacy'],
    (task) => [{ user: task }, ran('ls src', 'tides.ts')],
    /legacy/,
  ),
  stale(
    'Config defaults are in `config/defaults.toml`; read it before adding a setting.',
    ['config/defaults.toml'],
    (task) => [{ user: task }, failed('cat config/defaults.toml', 'cat: config/defaults.toml: No such file or directory')],
    /defaults\.toml/,
  ),
  stale(
    'Deploy with `scripts/deploy.sh`.',
    ['scripts/deploy.sh'],
    (task) => [
      { user: task },
      failed('./scripts/deploy.sh', 'bash: ./scripts/deploy.sh: No such file or directory'),
      { user: 'deploy.sh is gone, we deploy from CI now. skip that step' },
    ],
    /deploy\.sh/,
  ),
  stale('Build the docs with `npm run docs`.', [], (task) => [{ user: task }, failed('npm run docs', MISSING_DOCS)], /npm run docs/),
  stale(
    'Build the docs with `pnpm run docs`.',
    [],
    (task) => [{ user: task }, failed('pnpm run docs', ' ERR_PNPM_NO_SCRIPT  Missing script: docs\n\nCommand "docs" not found.')],
    /pnpm run docs/,
  ),
  stale(
    'Run `npm run e2e` before merging.',
    [],
    (task) => [
      { user: task },
      failed('npm run e2e', 'npm error Missing script: "e2e"\nnpm error\nnpm error To see a list of scripts, run:\nnpm error   npm run'),
    ],
    /npm run e2e/,
  ),
];

const staleControls: Case[] = [
  {
    name: 'the script was renamed only on a branch; the base branch keeps it',
    world: (agent) => ({
      files: { ...PROJECT, ...memory(agent, ['Deploy with `scripts/deploy.sh`.']) },
      removedOnBranch: ['scripts/deploy.sh'],
      sessions: twice(agent, (task) => [
        { user: task },
        failed('bash scripts/deploy.sh', 'bash: scripts/deploy.sh: No such file or directory'),
      ]),
    }),
  },
  {
    name: 'the script failed once on the network',
    world: (agent) => ({
      files: { ...PROJECT, ...memory(agent, ['Deploy with `scripts/deploy.sh`.']) },
      sessions: twice(agent, (task, k) => [
        { user: task },
        k === 0
          ? failed('bash scripts/deploy.sh', 'ssh: Could not resolve hostname host: Temporary failure in name resolution')
          : ran('bash scripts/deploy.sh', 'sent 1,204 bytes'),
      ]),
    }),
  },
  {
    name: 'no commit removed the path (it never was in git)',
    world: (agent) => ({
      files: { ...PROJECT, ...memory(agent, ['The API schema lives in `docs/api.yaml`.']) },
      sessions: twice(agent, (task) => [{ user: task }, failed('cat docs/api.yaml', 'cat: docs/api.yaml: No such file or directory')]),
    }),
  },
  {
    name: 'the script is missing at the root but a workspace package has it',
    world: (agent) => ({
      files: {
        ...PNPM,
        'packages/web/package.json': JSON.stringify({ name: 'web', scripts: { docs: 'typedoc' } }) + '\n',
        ...memory(agent, ['Build the docs with `npm run docs`.']),
      },
      sessions: twice(agent, (task) => [{ user: task }, failed('npm run docs', MISSING_DOCS)]),
    }),
  },
  {
    name: 'a prohibition whose folder a commit removed',
    world: (agent) => ({
      files: { ...PROJECT, 'gen/api.ts': 'export {};\n', ...memory(agent, ['Never edit `gen/` by hand.']) },
      removed: ['gen'],
      sessions: twice(agent, (task) => [{ user: task }, ran('ls', 'package.json\nsrc')]),
    }),
  },
  {
    name: 'build output a commit removed and gitignored',
    world: (agent) => ({
      files: {
        ...PROJECT,
        'dist/index.js': 'x\n',
        '.gitignore': 'node_modules/\ndist/\n',
        ...memory(agent, ['The build writes to `dist/`.']),
      },
      removed: ['dist'],
      sessions: twice(agent, (task) => [{ user: task }, ran('ls', 'package.json\nsrc')]),
    }),
  },
  {
    name: 'a typo of the path failed, the real one worked',
    world: (agent) => ({
      files: { ...PROJECT, ...memory(agent, ['Deploy with `scripts/deploy.sh`.']) },
      sessions: twice(agent, (task) => [
        { user: task },
        failed('bash scripts/deplyo.sh', 'bash: scripts/deplyo.sh: No such file or directory'),
        ran('bash scripts/deploy.sh', 'sent 1,204 bytes'),
      ]),
    }),
  },
];

const AGENTS: Agent[] = ['claude', 'codex'];
memoryAudit('memory the sessions contradict', AGENTS, contradicted, contradictedControls, [
  // The agent swapped the tool itself (npm -> pnpm) with no word from the user: the miner pairs a failure only with a
  // later run of the same program.
  'npm test fails, pnpm test works',
  // A correction inside a longer message that is not a reply to a failure: no miner reads "X now, not Y" there.
  'the fact inside a longer message',
]);
memoryAudit('stale entries', AGENTS, staleEntries, staleControls);
