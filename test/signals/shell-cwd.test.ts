import { describe, expect, it } from 'vitest';
import { mineSession, type MiningContext } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { clusterSignals } from '../../src/signals/cluster.js';
import { CWD_LESSON } from '../../src/signals/shell-cwd.js';
import type { AgentKind, Signal } from '../../src/model/index.js';
import { session, type Step } from './session-builder.js';

// The agent's shell keeps its working directory, and the agent forgot it (signals/shell-cwd.ts): a `cd` into the
// folder the shell last entered fails. Shell wordings and folders written for this test (bash, zsh, dash, zsh under
// Claude Code's eval), none from a real transcript.
const noMemory: MiningContext = { memory: [], repoFacts: unknownRepoFacts };
const cwd = (id: string, steps: Step[], agent: AgentKind = 'claude-code'): Signal[] =>
  mineSession(session(id, steps, agent), noMemory).filter((s) => s.signature === 'shell|cwd-persists');
const twice = (task: string, dir: string, out: string): Step[] => [
  { user: task },
  { run: `cd ${dir} && npm ci`, out: 'added 412 packages' },
  { run: 'git status --short', out: ' M src/app.tsx' },
  { run: `cd ${dir} && npm run lint`, ok: false, out },
];

describe('a cd into the folder the shell already entered', () => {
  it.each([
    ['zsh', 'web', 'cd: no such file or directory: web'],
    ['zsh under eval', 'web', '(eval):cd:1: no such file or directory: web'],
    ['bash', 'packages/web', 'bash: line 1: cd: packages/web: No such file or directory'],
    ['dash', './web/', "/bin/sh: 1: cd: can't cd to ./web/"],
  ])('%s', (_, dir, out) => {
    const found = cwd('s1', twice('Make the header sticky.', dir, out));
    expect(found.map((s) => [s.kind, s.lesson])).toEqual([['environment_feedback', CWD_LESSON]]);
    expect(found[0]!.evidence.map((e) => e.quote)).toEqual([`cd ${dir} && npm ci`, `cd ${dir} && npm run lint`, out]);
  });

  it.each([
    [
      'the cd never worked: a wrong path proves nothing about the shell',
      [
        { user: 'Make the header sticky.' },
        { run: 'cd webapp && npm ci', ok: false, out: 'cd: no such file or directory: webapp' },
        { run: 'cd webapp && npm run lint', ok: false, out: 'cd: no such file or directory: webapp' },
      ],
    ],
    [
      'the folder was moved in between',
      [
        { user: 'Flatten the repo.' },
        { run: 'cd web && npm ci', out: 'added 412 packages' },
        { run: 'cd .. && mv web/* . && rm -rf web', out: '' },
        { run: 'cd web && npm run lint', ok: false, out: 'cd: no such file or directory: web' },
      ],
    ],
    [
      'another cd moved the shell since',
      [
        { user: 'Make the header sticky.' },
        { run: 'cd web && npm ci', out: 'added 412 packages' },
        { run: 'cd /srv/other && ls', out: 'README' },
        { run: 'cd web && npm run lint', ok: false, out: 'cd: no such file or directory: web' },
      ],
    ],
    [
      'the failure names another folder',
      [
        { user: 'Make the header sticky.' },
        { run: 'cd web && npm ci', out: 'added 412 packages' },
        { run: 'cd web && npm run lint', ok: false, out: 'cd: no such file or directory: web/src' },
      ],
    ],
    [
      'a command that failed after the cd worked',
      [
        { user: 'Make the header sticky.' },
        { run: 'cd web && npm ci', out: 'added 412 packages' },
        { run: 'cd web && npm run lint', ok: false, out: 'npm error Missing script: "lint"' },
      ],
    ],
    [
      'an absolute path',
      [
        { user: 'Make the header sticky.' },
        { run: 'cd /work/web && npm ci', out: 'added 412 packages' },
        { run: 'cd /work/web && npm run lint', ok: false, out: 'cd: no such file or directory: /work/web' },
      ],
    ],
  ] as [string, Step[]][])('not: %s', (_, steps) => {
    expect(cwd('s1', steps)).toEqual([]);
  });
});

describe('a cd written with quotes or after a separator', () => {
  // shellWords joins quoted parts ("c"d is cd), and a command that opens with a separator starts at its first
  // segment: each is the cd it runs, so the check that skips commands not starting with cd keeps them.
  it.each([
    ['a quoted cd', `'cd' web`],
    ['a cd joined from quoted parts', `"c"d web`],
    ['a cd after a leading separator', `; cd web`],
  ])('%s', (_, enter) => {
    const found = cwd('s1', [
      { user: 'Make the header sticky.' },
      { run: `${enter} && npm ci`, out: 'added 412 packages' },
      { run: 'git status --short', out: ' M src/app.tsx' },
      { run: `${enter} && npm run lint`, ok: false, out: 'cd: no such file or directory: web' },
    ]);
    expect(found.map((s) => s.lesson)).toEqual([CWD_LESSON]);
  });
});

describe('the shell keeping its directory, across sessions', () => {
  const lessons = (signals: Signal[], minSupport: number) =>
    clusterSignals(signals, minSupport).patterns.map((p) => [p.signature, p.support.sessions, p.lesson]);

  it('teaches once it recurs in sessions about different tasks', () => {
    const signals = [
      ...cwd('s1', twice('Make the header sticky.', 'web', 'cd: no such file or directory: web')),
      ...cwd('s2', twice('Add a footer with the legal links.', 'app', 'bash: cd: app: No such file or directory'), 'codex'),
    ];
    expect(lessons(signals, 2)).toEqual([['shell|cwd-persists', 2, CWD_LESSON]]);
  });

  it('one session is a one-off, even at support 1', () => {
    expect(lessons(cwd('s1', twice('Make the header sticky.', 'web', 'cd: no such file or directory: web')), 1)).toEqual([]);
  });

  it('the same task opened again is one task', () => {
    const task = 'Make the header sticky on every page and keep the old snapshot tests passing.';
    const signals = ['s1', 's2'].flatMap((id) => cwd(id, twice(task, 'web', 'cd: no such file or directory: web')));
    expect(lessons(signals, 1)).toEqual([]);
  });
});
