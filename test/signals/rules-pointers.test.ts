import { describe, expect, it } from 'vitest';
import { mineSession, type MiningContext } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { clusterSignals } from '../../src/signals/cluster.js';
import { pointedRulesFile } from '../../src/signals/pointers.js';
import type { AgentKind } from '../../src/model/index.js';
import { session, type Step } from './session-builder.js';

// A user who answers the agent with nothing but a rules file ("see CLAUDE.md") says a rule there was broken
// without saying which (signals/pointers.ts): a reported pattern with no lesson. Wordings written for this test.
const noMemory: MiningContext = { memory: [], repoFacts: unknownRepoFacts };
const pointers = (id: string, steps: Step[], agent: AgentKind = 'claude-code') =>
  mineSession(session(id, steps, agent), noMemory).filter((s) => s.signature.startsWith('pointer|'));
const acted: Step[] = [{ user: 'Fix the flaky retry test.' }, { run: 'sed -i s/3/5/ src/retry.ts' }];

describe('a message that only points at a rules file', () => {
  it.each([
    ['@test-driven-bugfix.mdc', 'test-driven-bugfix.mdc'],
    ['see CLAUDE.md', 'CLAUDE.md'],
    ['read AGENTS.md again', 'AGENTS.md'],
    ['follow @rules/testing.mdc', 'rules/testing.mdc'],
    ['Please re-read `.cursor/rules/style.mdc` carefully.', '.cursor/rules/style.mdc'],
    ['you forgot the rules in GEMINI.md!', 'GEMINI.md'],
    ['check .claude/rules/testing.md', '.claude/rules/testing.md'],
    ['per .github/copilot-instructions.md', '.github/copilot-instructions.md'],
    // Codex's override of AGENTS.md in a directory (memory/kinds.ts) is a rules file as AGENTS.md is.
    ['follow AGENTS.override.md', 'AGENTS.override.md'],
    ['read services/web/AGENTS.override.md again', 'services/web/AGENTS.override.md'],
  ])('%s', (text, file) => {
    expect(pointedRulesFile(text)).toBe(file);
  });

  it.each([
    'update CLAUDE.md with this',
    'add a line to AGENTS.md: use pnpm',
    'what does AGENTS.md say about tests?',
    'add a line to AGENTS.override.md: use pnpm',
    'read README.md again',
    'see docs/testing.md',
    'look at CLAUDE.md and then rewrite the retry loop so it backs off exponentially with jitter, capped at thirty seconds, ok',
    'CLAUDE.md is out of date',
  ])('not a pointer: %s', (text) => {
    expect(pointedRulesFile(text)).toBeUndefined();
  });
});

describe('pointers in sessions', () => {
  it('after the agent acted, in two sessions: a pattern with no lesson', () => {
    const signals = [
      ...pointers('s1', [...acted, { user: 'see CLAUDE.md' }]),
      ...pointers('s2', [...acted, { user: 'read CLAUDE.md again' }], 'codex'),
    ];
    const { patterns } = clusterSignals(signals, 2);
    expect(patterns.map((p) => [p.signature, p.support.sessions, p.lesson])).toEqual([['pointer|claude.md', 2, undefined]]);
    expect(patterns[0]!.summary).toMatch(/^User pointed the agent back at `CLAUDE\.md` after the agent ran `sed -i/);
  });

  it('after the agent only replied, too', () => {
    expect(
      pointers('s1', [{ user: 'How should retries work?' }, { tool: 'Read', input: { file_path: 'a' } }, { user: '@retries.mdc' }]),
    ).toHaveLength(1);
  });

  it.each([
    ['at the opening, before the agent did anything', [{ user: 'read AGENTS.md' }, { run: 'cat AGENTS.md' }]],
    ['quoted', [...acted, { user: '> see CLAUDE.md\n\nthis line in the docs is wrong' }]],
    ['said in tool output', [{ user: 'Fix it.' }, { run: 'make', ok: false, out: 'see CLAUDE.md' }]],
  ] as [string, Step[]][])('none %s', (_, steps) => {
    expect(pointers('s1', steps)).toEqual([]);
  });
});
