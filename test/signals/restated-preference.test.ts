import { describe, expect, it } from 'vitest';
import { mineSession, type MiningContext } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { clusterSignals } from '../../src/signals/cluster.js';
import { PatternAccumulator } from '../../src/signals/accumulate.js';
import { restatedTools } from '../../src/signals/restated.js';
import { preferSupportText } from '../../src/engine/offline/build.js';
import { session, type Step } from './session-builder.js';

// A user who corrected the agent once ("use pytest instead") and, in the sessions before and after, has to ask for
// the same tool again as the means of the work ("add tests that use pytest"). The repetition is the evidence a memory
// file exists for; a tool named without any correction teaches nothing. Wordings written for this test.
const noMemory: MiningContext = { memory: [], repoFacts: unknownRepoFacts };
const mined = (id: string, steps: Step[]) => mineSession(session(id, steps), noMemory);
const correction: Step[] = [
  { user: 'Add tests for the tokenizer.' },
  { user: 'Your tests were using unittest, could you use pytest instead?' },
];

describe('the tools a prompt names as the means of the work', () => {
  it.each([
    ['Please add tests for the lexer that use pytest.', ['pytest']],
    ['Write the parser tests using the pytest framework, and keep them short.', ['pytest']],
    ['Can you create cache_test.py which uses pytest to cover expiry?', ['pytest']],
    ['Build the image using docker, then tag it.', ['docker']],
    // Access granted to a tool is the same ask in other words.
    ['Launch three agents to port the parsers. Each of them will have access to the lsp-bridge server.', ['lsp-bridge']],
    ['give them access to `lsp-bridge` as well', ['lsp-bridge']],
    ['Start a reviewer with access to the lsp-bridge tool and let it check the diff.', ['lsp-bridge']],
  ])('%s', (text, tools) => {
    expect(restatedTools(text).map((t) => t.name)).toEqual(tools);
  });

  it.each([
    // Rejections and weighings name what is not simply wanted.
    "Don't use pytest for this.",
    'Should we use pytest or nose?',
    'Why are you using pytest here?',
    'Use pytest instead of nose.',
    'maybe use pytest',
    // A report of what the agent's work used sets up a correction: it names the rejected side.
    'This is using axios.',
    'Your change was using unittest, could you use pytest instead?',
    'It uses moment for dates, switch to dayjs.',
    // Not a tool's name.
    'Use a fixture for the db.',
    'Can you use it here as well?',
    'Use your judgement.',
    // A question about access, or access taken away, asks for nothing.
    'Do you have access to the lsp-bridge server?',
    "They don't have access to lsp-bridge anymore.",
    'Revoke access to lsp-bridge for the bots.',
  ])('%s', (text) => {
    expect(restatedTools(text)).toEqual([]);
  });
});

describe('a restated tool counts toward a correction, never alone', () => {
  it("adds the sessions that named the tool again to the correction's support", () => {
    const signals = [
      ...mined('s1', [{ user: 'Please add tests for the lexer that use pytest.' }]),
      ...mined('s2', correction),
      ...mined('s3', [{ user: 'Can you create cache_test.py which uses pytest to cover expiry?' }]),
    ];
    const { patterns } = clusterSignals(signals, 2);
    expect(patterns.map((p) => [p.signature, p.support.sessions])).toEqual([['prefer|pytest', 3]]);
    expect(patterns[0]!.lesson).toBe('Use pytest, not unittest.');
    // The reviewer is told which sessions corrected and which only asked again.
    expect(preferSupportText(patterns[0]!)).toMatch(/^1 session, and named it again in 2 more \(/);
  });

  it('keeps the correction as the sample of its own session, whichever came first in it', () => {
    const s = mined('s1', [{ user: 'Write the parser tests using pytest.' }, ...correction]);
    const { patterns } = clusterSignals(s, 1);
    expect(patterns).toHaveLength(1);
    expect(patterns[0]!.signals.map((x) => x.restated ?? false)).toEqual([false]);
  });

  it('makes no pattern and no one-off from tools named in sessions where nothing was corrected', () => {
    const signals = ['s1', 's2', 's3'].flatMap((id) => mined(id, [{ user: 'Please add tests for the lexer that use pytest.' }]));
    expect(signals.some((x) => x.restated)).toBe(true);
    expect(clusterSignals(signals, 1)).toEqual({ patterns: [], oneOffs: [] });
    const acc = new PatternAccumulator();
    for (const id of ['s4', 's5']) acc.addSession(mined(id, [{ user: 'Build the image using docker, then tag it.' }]));
    const { patterns, oneOffs } = acc.result(1);
    expect([...patterns, ...oneOffs]).toEqual([]);
  });

  it('access granted to the tool in other sessions supports the correction it paraphrases', () => {
    const signals = [
      ...mined('s1', [{ user: 'Port the lexer, using lsp-bridge to check each step.' }, { user: "why aren't you using lsp-bridge?" }]),
      ...mined('s2', [{ user: 'Launch two agents to port the parser. Each agent will have access to the lsp-bridge server.' }]),
      ...mined('s3', [{ user: 'launch an agent to fix the printer' }, { user: 'give it access to the lsp-bridge server' }]),
    ];
    const { patterns } = clusterSignals(signals, 2);
    expect(patterns.map((p) => [p.signature, p.support.sessions])).toEqual([['prefer|lsp-bridge', 3]]);
  });

  it('does not lend support to a correction about another tool', () => {
    const signals = [...mined('s1', correction), ...mined('s2', [{ user: 'Build the image using docker, then tag it.' }])];
    const { patterns, oneOffs } = clusterSignals(signals, 2);
    expect(patterns).toEqual([]);
    expect(oneOffs.map((p) => [p.signature, p.support.sessions])).toEqual([['prefer|pytest', 1]]);
  });
});
