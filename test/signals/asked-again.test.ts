/**
 * "Why aren't you using X?" after the user asked for X earlier in the same session is a correction: the
 * agent was told and did not. Its lesson is "Use X", supported by the other sessions that had to ask for
 * X again; a why-question with no earlier request, an objection ("why are you using X?") and a paste are
 * not. Wordings written for this test.
 */
import { describe, expect, it } from 'vitest';
import { mineSession, type MiningContext } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { clusterSignals } from '../../src/signals/cluster.js';
import { preferLesson } from '../../src/engine/offline/instruction-lessons.js';
import { session, type Step } from './session-builder.js';

const noMemory: MiningContext = { memory: [], repoFacts: unknownRepoFacts };
const mined = (id: string, steps: Step[]) => mineSession(session(id, steps), noMemory);
const asks = (id: string, steps: Step[]) =>
  mined(id, steps)
    .filter((s) => s.signature.startsWith('prefer|') && !s.restated)
    .map((s) => [s.signature, s.fixed, s.lesson]);

describe('a tool asked for again with a why-not question', () => {
  it.each<[string, Step[], string]>([
    [
      'why aren’t you using, after "using"',
      [{ user: 'Create the tables using alembic migrations.' }, { run: 'python make_tables.py' }, { user: "why aren't you using alembic?" }],
      'alembic',
    ],
    [
      'why did you not use, after "using the … crate"',
      [{ user: 'Write the config parser using the nom crate.' }, { user: 'Why did you not use nom?' }],
      'nom',
    ],
    ['why not use … here, after "use"', [{ user: 'Please use flyctl to deploy the preview.' }, { user: 'why not use flyctl here?' }], 'flyctl'],
    [
      "why didn't the agents use, after a team request",
      [{ user: 'Start two agents that check the proofs using coq-lsp.' }, { user: "Why didn't the agents use coq-lsp?" }],
      'coq-lsp',
    ],
    ['why not using, bare', [{ user: 'launch a few helpers using lean-mcp to close the goals' }, { user: 'why not using lean-mcp?' }], 'lean-mcp'],
  ])('%s', (_name, steps, tool) => {
    expect(asks('s1', steps)).toEqual([[`prefer|${tool}`, tool, `Use ${tool}.`]]);
  });

  it.each<[string, Step[]]>([
    // A suggestion: nothing asked for a queue before.
    ['no earlier request', [{ user: 'Add the email sender.' }, { user: 'why not use rabbitmq here?' }]],
    // An objection to the thing the user asked for is not a request for it.
    ['not negated', [{ user: 'Cache the lookups using redis.' }, { user: 'why are you using redis for sessions too?' }]],
    // The earlier prompt rejected it: not a request.
    ['earlier prompt rejected it', [{ user: "Don't use pnpm for this one." }, { user: 'why not using pnpm?' }]],
    // Asked for only in this very prompt: nothing to ask again.
    ['same prompt', [{ user: 'Build it using webpack. Why not use webpack for the tests too?' }]],
    // A quoted question is pasted text, not the user asking.
    ['pasted', [{ user: 'Write the scraper using playwright.' }, { user: 'A reviewer wrote:\n> why not using playwright?\nthoughts?' }]],
    // Someone else's tool in the why-question.
    ['another subject', [{ user: 'Write the tests using vitest.' }, { user: 'why is the build not using vitest config paths?' }]],
  ])('control: %s', (_name, steps) => {
    expect(asks('s1', steps)).toEqual([]);
  });

  it('the earlier request must be in the same session', () => {
    const signals = [...mined('s1', [{ user: 'Run the checks using tox.' }]), ...mined('s2', [{ user: 'why not using tox?' }])];
    expect(signals.filter((s) => !s.restated && s.signature === 'prefer|tox')).toEqual([]);
  });

  it("with another session that asked for it again, it is a lesson of 2 sessions: 'Use X: the user asked for it in 2 sessions.'", () => {
    const signals = [
      ...mined('s1', [{ user: 'Create the tables using alembic migrations.' }, { user: "why aren't you using alembic?" }]),
      ...mined('s2', [{ user: 'Add the invoices table using alembic, please.' }]),
    ];
    const { patterns } = clusterSignals(signals, 2);
    expect(patterns.map((p) => [p.signature, p.support.sessions])).toEqual([['prefer|alembic', 2]]);
    expect(preferLesson(patterns[0]!)).toBe('Use alembic: the user asked for it in 2 sessions.');
  });

  it('alone, the restatements still make no pattern', () => {
    const signals = [
      ...mined('s1', [{ user: 'Create the tables using alembic migrations.' }]),
      ...mined('s2', [{ user: 'Add the invoices table using alembic, please.' }]),
    ];
    expect(clusterSignals(signals, 2).patterns).toEqual([]);
  });
});
