/**
 * The memory-edit audit, continued (see memory-edits-audit.test.ts): duplicates across CLAUDE.md, AGENTS.md and
 * .claude/rules (merge or delete one copy), a rule in memory that the sessions keep breaking (the entry marked, not a
 * second copy added), and a lesson kept in a file the agents that need it never read (move). Written before reading
 * the engine, the applier or the guards for these kinds. Controls: lines that look alike but say different things,
 * the same rule in two files that different agents read, a user quoting the memory, one session only, a breach
 * before the rule existed, a scope limited to the task.
 */
import type { EditOp } from '../../src/model/index.js';
import type { Agent, MemoryWorld } from '../helpers/memory-world.js';
import type { Turn } from '../helpers/transcript-builders.js';
import { conventions, memoryAudit, memoryOf, ran, twice, type Case } from '../helpers/memory-audit.js';

const PROJECT = {
  'package.json': '{ "name": "almanac", "scripts": { "test": "vitest run" } }\n',
  'src/tides.ts': 'export {};\n',
  'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
};
const NEUTRAL = (task: string): Turn[] => [{ user: task }, ran('pnpm test', ' Tests  48 passed (48)'), { say: 'Done.' }];
const doc = (name: string, lines: string[]) =>
  `# ${name}\n\n${lines.map((l) => (/^[-*] |^@|^#|^$/.test(l) ? l : `- ${l}`)).join('\n')}\n${conventions(name)}`;

/** The agent's memory file holds `lines`; `extra` adds more files. Sessions touch nothing the lines name. */
const dup = (name: string, lines: (file: string) => string[], before: RegExp, extra: Record<string, string> = {}): Case => ({
  name,
  world: (agent) => ({
    files: { ...PROJECT, [memoryOf(agent)]: doc(memoryOf(agent), lines(memoryOf(agent))), ...extra },
    sessions: twice(agent, NEUTRAL),
  }),
  want: { op: 'delete', before },
});
const ruleFile = (lines: string[]) => ({ '.claude/rules/style.md': `# Style\n\n${lines.map((l) => `- ${l}\n`).join('')}` });

const duplicates: Case[] = [
  dup(
    'near-duplicates in one file',
    () => ['Keep functions small and typed.', 'Keep functions small, and add type hints.'],
    /Keep functions small/,
  ),
  // Known miss, by design: the engine takes a repetition under another heading for a deliberate summary.
  {
    ...dup(
      'the same line in two sections',
      () => ['## Style', '- Prefer named exports over default exports.', '', '## Review', '- Prefer named exports over default exports.'],
      /named exports/,
    ),
    missIn: ['claude', 'codex'],
  },
  dup('a typo makes them differ', () => ['Run `pnpm lint` before comitting.', 'Run `pnpm lint` before committing.'], /pnpm lint/),
  dup('case and punctuation differ', () => ['Never commit `.env` files', 'never commit .env files.'], /\.env/i),
  dup('bullet style and comma differ', () => ['* Use pnpm, not npm.', '- Use pnpm not npm'], /pnpm/),
  dup(
    'the same words reordered',
    () => ['Tests live in `tests/`, one file per module.', 'One test file per module, in `tests/`.'],
    /tests\//,
  ),
  {
    name: 'CLAUDE.md and a .claude/rules file hold the same rule',
    world: (agent) => ({
      files: {
        ...PROJECT,
        'CLAUDE.md': doc('CLAUDE.md', ['Prefer named exports over default exports.', 'The tide tables live in `src/`.']),
        ...ruleFile(['Prefer named exports over default exports.']),
      },
      sessions: twice(agent, NEUTRAL),
    }),
    want: { op: 'delete', before: /named exports/ },
  },
  {
    name: 'CLAUDE.md imports AGENTS.md and repeats its rule',
    world: (agent) => ({
      files: {
        ...PROJECT,
        'CLAUDE.md': doc('CLAUDE.md', ['@AGENTS.md', '', 'Use pnpm, not npm.']),
        'AGENTS.md': doc('AGENTS.md', ['Use pnpm, not npm.', 'The tide tables live in `src/`.']),
      },
      sessions: twice(agent, NEUTRAL),
    }),
    want: { op: 'delete', file: () => 'CLAUDE.md', before: /pnpm/ },
  },
];

const notDup = (name: string, lines: string[], extra: (file: string) => Record<string, string> = () => ({})): Case => ({
  name,
  world: (agent) => ({
    files: { ...PROJECT, [memoryOf(agent)]: doc(memoryOf(agent), lines), ...extra(memoryOf(agent)) },
    sessions: twice(agent, NEUTRAL),
  }),
});

const duplicateControls: Case[] = [
  {
    name: 'a .claude/rules file scoped to some paths repeats CLAUDE.md',
    world: (agent) => ({
      files: {
        ...PROJECT,
        'CLAUDE.md': doc('CLAUDE.md', ['Prefer named exports over default exports.', 'The tide tables live in `src/`.']),
        '.claude/rules/web.md': "---\npaths:\n  - 'web/**'\n---\n\n# Web\n\n- Prefer named exports over default exports.\n",
      },
      sessions: twice(agent, NEUTRAL),
    }),
  },
  notDup('two commands before committing', ['Run `pnpm test` before committing.', 'Run `pnpm lint` before committing.']),
  notDup('one rule and its negation for a sub-folder', ['Commit the lockfile.', "Don't commit the lockfile of `examples/`."]),
  notDup('the same rule for two folders', ['Use 2-space indentation in `web/`.', 'Use 4-space indentation in `api/`.']),
  notDup('two minimum versions for two things', ['Node 20 is the minimum for the CLI.', 'Node 22 is the minimum for the Action.']),
  notDup('a rule and its reason on the next line', ['Never edit `gen/` by hand.', 'Files in `gen/` are written by `make gen`.']),
  {
    name: 'CLAUDE.md and AGENTS.md hold the same rule for different agents (no import)',
    world: (agent) => ({
      files: {
        ...PROJECT,
        'CLAUDE.md': doc('CLAUDE.md', ['Use pnpm, not npm.', 'The tide tables live in `src/`.']),
        'AGENTS.md': doc('AGENTS.md', ['Use pnpm, not npm.', 'The tide tables live in `src/`.']),
      },
      sessions: twice(agent, NEUTRAL),
    }),
  },
];

/** Memory holds `entry`, committed before the sessions unless `committedAt` says otherwise; the agent breaks it. */
const broken = (
  name: string,
  entry: string,
  turns: (task: string) => Turn[],
  before: RegExp,
  o: Partial<MemoryWorld> = {},
  missIn?: Agent[],
): Case => ({
  name,
  world: (agent) => ({
    files: { ...PROJECT, [memoryOf(agent)]: doc(memoryOf(agent), [entry, 'The tide tables live in `src/`.']) },
    sessions: twice(agent, turns),
    ...o,
  }),
  want: { op: 'update', file: memoryOf, before, after: /IMPORTANT/ },
  ...(missIn ? { missIn } : {}),
});
const npmThen =
  (said: string) =>
  (task: string): Turn[] => [
    { user: task },
    ran('npm install date-fns', 'added 1 package'),
    { user: said },
    ran('pnpm add date-fns', 'Done in 1.2s'),
  ];

const brokenRules: Case[] = [
  broken('"use pnpm, not npm" again', 'Use pnpm, not npm.', npmThen('use pnpm, not npm'), /pnpm/),
  broken('a reproach naming the memory', 'Use pnpm, not npm.', npmThen("I told you: pnpm. It's in the memory file."), /pnpm/),
  broken('with a typo', 'Use pnpm, not npm.', npmThen('pnpm pls, not npn!! we went over this'), /pnpm/),
  broken(
    'inside a longer message',
    'Use pnpm, not npm.',
    npmThen('The diff looks fine. But again you used npm; this repo uses pnpm. Also rename the helper to parseTide.'),
    /pnpm/,
  ),
  broken('"stop using npm"', 'Use pnpm, not npm.', npmThen("stop using npm, we're a pnpm shop"), /pnpm/),
  broken(
    'bare pytest again',
    'Run the tests with `uv run pytest`, not bare `pytest`.',
    (task) => [
      { user: task },
      ran('pytest -q', '31 passed'),
      { user: 'uv run pytest, not plain pytest. again.' },
      ran('uv run pytest -q', '31 passed'),
    ],
    /uv run pytest/,
  ),
  broken(
    '--no-verify again',
    "Don't run `git commit --no-verify`.",
    (task) => [
      { user: task },
      ran('git commit --no-verify -m "wip"', '[main 1a2b3c4] wip'),
      { user: 'no --no-verify! the hooks must run. amend it' },
      ran('git commit --amend --no-edit', '[main 5d6e7f8] wip'),
    ],
    /no-verify/,
  ),
  broken(
    'the agent breaks it with no one objecting',
    "Don't run `git commit --no-verify`.",
    (task) => [{ user: task }, ran('git commit --no-verify -m "wip"', '[main 1a2b3c4] wip'), { say: 'Committed.' }],
    /no-verify/,
  ),
];

const brokenControls: Case[] = [
  broken(
    'the user quotes the memory, no breach',
    'Use pnpm, not npm.',
    (task) => [{ user: `${task} The memory says "Use pnpm, not npm." - still true?` }, { say: 'Yes.' }],
    /x/,
  ),
  {
    ...broken('one session only', 'Use pnpm, not npm.', npmThen('use pnpm, not npm'), /x/),
    world: (agent: Agent) => ({
      ...broken('', 'Use pnpm, not npm.', npmThen('use pnpm, not npm'), /x/).world(agent),
      sessions: twice(agent, npmThen('use pnpm, not npm')).slice(0, 1),
    }),
  },
  broken(
    'a breach before the rule was written, no one objecting',
    "Don't run `git commit --no-verify`.",
    (task) => [{ user: task }, ran('git commit --no-verify -m "wip"', '[main 1a2b3c4] wip')],
    /x/,
    { committedAt: '2026-11-25T10:00:00Z' },
  ),
  broken(
    'the agent follows the rule and the user approves',
    'Use pnpm, not npm.',
    (task) => [{ user: task }, ran('pnpm add date-fns', 'Done'), { user: 'good, pnpm as the memory says' }],
    /x/,
  ),
  broken(
    'npm for this one only',
    'Use pnpm, not npm.',
    (task) => [
      { user: task },
      ran('pnpm add date-fns', 'ERR_PNPM_FETCH_404'),
      { user: 'use npm for this one, my pnpm store is broken' },
      ran('npm install date-fns', 'added 1 package'),
    ],
    /x/,
  ),
  broken(
    'the memory line quoted in a block',
    'Use pnpm, not npm.',
    (task) => [{ user: `${task}\n\n> Use pnpm, not npm.\n\nIs this line still needed?` }, { say: 'It is.' }],
    /x/,
  ),
].map(({ want: _, ...c }) => c);

/** CLAUDE.md imports AGENTS.md but keeps a rule of its own that the agents reading only AGENTS.md keep needing. */
const misplaced = (name: string, entry: string, turns: (task: string) => Turn[], before: RegExp, claudeMd?: string[]): Case => ({
  name,
  world: (agent) => ({
    files: {
      ...PROJECT,
      'CLAUDE.md': doc('CLAUDE.md', claudeMd ?? ['@AGENTS.md', '', entry]),
      'AGENTS.md': doc('AGENTS.md', ['The tide tables live in `src/`.']),
    },
    sessions: twice(agent, turns),
  }),
  want: { op: 'move', file: () => 'CLAUDE.md', before, toFile: 'AGENTS.md' },
});

const moves: Case[] = [
  misplaced('"use pnpm, not npm" to an agent that never read it', 'Use pnpm, not npm.', npmThen('use pnpm, not npm'), /pnpm/),
  misplaced('"pnpm here pls"', 'Use pnpm, not npm.', npmThen('pnpm here pls. not npm'), /pnpm/),
  misplaced('a typo', 'Use pnpm, not npm.', npmThen('use pnmp not npm, there is a pnpm-lock.yaml'), /pnpm/),
  misplaced(
    'inside a longer message',
    'Use pnpm, not npm.',
    npmThen('Looks good. One thing: this repo uses pnpm, not npm. Then add the moon phase test.'),
    /pnpm/,
  ),
  misplaced(
    'uv run pytest',
    'Run the tests with `uv run pytest`.',
    (task) => [
      { user: task },
      ran('pytest -q', "E   ModuleNotFoundError: No module named 'httpx'"),
      { user: 'use `uv run pytest` instead of `pytest`' },
      ran('uv run pytest -q', '31 passed'),
    ],
    /uv run pytest/,
  ),
  misplaced(
    'the rule failed the agent: plain pytest fails, uv works',
    'Run the tests with `uv run pytest`.',
    (task) => [
      { user: task },
      { bash: 'pytest -q', out: "E   ModuleNotFoundError: No module named 'httpx'", error: true, exit: 1 },
      ran('uv run pytest -q', '31 passed'),
    ],
    /uv run pytest/,
  ),
  misplaced(
    'a "never" rule',
    'Never run `git commit --no-verify`.',
    (task) => [
      { user: task },
      ran('git commit --no-verify -m "wip"', '[main 1a2b3c4] wip'),
      { user: "don't use --no-verify, the hooks have to run" },
    ],
    /no-verify/,
  ),
  misplaced('the import below the rule', 'Use pnpm, not npm.', npmThen('use pnpm, not npm'), /pnpm/, [
    'Use pnpm, not npm.',
    '',
    '@AGENTS.md',
  ]),
];

const moveControls: Case[] = [
  {
    ...misplaced('no import: Claude would lose it', 'Use pnpm, not npm.', npmThen('use pnpm, not npm'), /x/, ['Use pnpm, not npm.']),
    tolerate: ['add'] as EditOp[],
  },
  { ...misplaced('one session only', 'Use pnpm, not npm.', npmThen('use pnpm, not npm'), /x/) },
  misplaced('the agent quotes nothing and breaks nothing', 'Use pnpm, not npm.', NEUTRAL, /x/),
  misplaced(
    'the user quotes CLAUDE.md',
    'Use pnpm, not npm.',
    (task) => [{ user: `${task} CLAUDE.md says "Use pnpm, not npm." - does that apply to you too?` }, { say: 'Yes.' }],
    /x/,
  ),
  misplaced('a Claude-only entry', 'Run `/review` before you commit.', NEUTRAL, /x/),
  misplaced('npm for this one only', 'Use pnpm, not npm.', npmThen('use npm for this one, my pnpm store is broken'), /x/),
  {
    // Marking the AGENTS.md copy is right; a move is not.
    ...misplaced('AGENTS.md has it too: marking, not moving', 'Use pnpm, not npm.', npmThen('use pnpm, not npm'), /x/),
    tolerate: ['update'] as EditOp[],
  },
].map(({ want: _, ...c }) => c);
// Two controls change their world: one session only, and the rule already in AGENTS.md.
const oneSession = moveControls[1]!;
moveControls[1] = {
  ...oneSession,
  world: (agent) => ({ ...oneSession.world(agent), sessions: oneSession.world(agent).sessions.slice(0, 1) }),
};
const both = moveControls[6]!;
moveControls[6] = {
  ...both,
  world: (agent) => {
    const w = both.world(agent);
    return { ...w, files: { ...w.files, 'AGENTS.md': doc('AGENTS.md', ['Use pnpm, not npm.', 'The tide tables live in `src/`.']) } };
  },
};

const BOTH: Agent[] = ['claude', 'codex'];
memoryAudit('duplicates', BOTH, duplicates, duplicateControls, [
  // Left to a reviewer: the labelled evaluation (eval/repo) keeps a CLAUDE.md line that the AGENTS.md it imports repeats.
  'CLAUDE.md imports AGENTS.md and repeats its rule',
]);
memoryAudit('rules the sessions keep breaking', BOTH, brokenRules, brokenControls, [
  // No rule wording: "I told you: pnpm" names no rejected thing, and "you used npm; this repo uses pnpm" is prose.
  'a reproach naming the memory',
  'inside a longer message',
  // Read as "Use pnpm pls, not npn": an add repeating memory with the typos in it, not a mark on the entry.
  'with a typo',
]);
memoryAudit('lessons in a file the agents that need them never read', ['codex', 'copilot'], moves, moveControls, [
  // No lesson mined from these wordings at all.
  '"pnpm here pls"',
  'inside a longer message',
  'uv run pytest',
  // A lesson mined, but its words ("pnmp"; "Don't use --no-verify" against "Never run `git commit --no-verify`") do
  // not match the entry, so it is added to AGENTS.md beside CLAUDE.md's copy instead of moved.
  'a typo',
  'a "never" rule',
]);
