import { describe, expect, it } from 'vitest';
import { mineSession, type MiningContext } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { clusterSignals } from '../../src/signals/cluster.js';
import { PatternAccumulator } from '../../src/signals/accumulate.js';
import { withLedgerSupport } from '../../src/signals/incremental.js';
import { emptyLedger, loadLedger, recordPatterns, serializeLedger, type Ledger } from '../../src/ledger/index.js';
import type { AgentKind, Signal } from '../../src/model/index.js';
import { session, type Step } from './session-builder.js';

// How-tos a user hands over inside their requests (signals/repeated-asks.ts): a command recipe in a task prompt,
// a preference said at the opening of a session. One such ask is a step of its task; the same ask in sessions about
// different tasks is a standing how-to. Wordings written for this test, none taken from a real transcript.
const noMemory: MiningContext = { memory: [], repoFacts: unknownRepoFacts };
const mined = (id: string, steps: Step[], agent: AgentKind = 'claude-code'): Signal[] =>
  mineSession(session(id, steps, agent), noMemory).filter((s) => s.asked !== undefined);
const work: Step[] = [{ run: 'git status' }];
/** What clustering makes of these sessions at a support bar: [signature, sessions, lesson] of patterns and one-offs. */
function outcome(signals: Signal[], minSupport: number) {
  const { patterns, oneOffs } = clusterSignals(signals, minSupport);
  const row = (p: (typeof patterns)[number]) => [p.signature, p.support.sessions, p.lesson];
  return { patterns: patterns.map(row), oneOffs: oneOffs.map(row) };
}

describe('a command recipe handed over in task prompts of different sessions', () => {
  it.each([
    [
      'run the tests with',
      'Add a retry to the upload client when the socket resets. When you are done, run the tests with `make test-unit`.',
      'The export button does nothing on Safari; fix it and then run the tests with `make test-unit` before you stop.',
      'ask|cmd|make test-unit',
      'Run the tests with `make test-unit`.',
    ],
    [
      'build with / rebuild using',
      'Port the image resizer to the new allocator API and build it with `cargo build -p media --features simd`.',
      'The thumbnail cache leaks on shutdown. Once fixed, rebuild using `cargo build -p media --features simd` and report.',
      'ask|cmd|cargo build media simd',
      'Build with `cargo build -p media --features simd`.',
    ],
    [
      'run X to check',
      'Rename the `userId` column to `accountId` across the web app, then run `pnpm -F web test` to check nothing broke.',
      'Add a dark-mode toggle to the settings page and run `pnpm -F web test` to verify it.',
      'ask|cmd|pnpm web test',
      'Check your changes with `pnpm -F web test`.',
    ],
    [
      'a template with a placeholder, trailing flags and redirect dropped',
      'For every target listed in targets.txt, run `DISPLAY=:5 out/rel/<test_target> --gtest_brief > log.txt` and collect the failures.',
      'Look at the flaky ones from yesterday: run `DISPLAY=:5 out/rel/<test_binary> --gtest_repeat=20` for each of them.',
      'ask|cmd|display=:5 out/rel/<>',
      'Run the tests with `DISPLAY=:5 out/rel/<test_binary>`.',
    ],
  ])('%s', (_, a, b, signature, lesson) => {
    const signals = [...mined('s1', [{ user: a }, ...work]), ...mined('s2', [{ user: b }, ...work], 'codex')];
    const { patterns } = outcome(signals, 2);
    expect(patterns.map((p) => p[0])).toEqual([signature]);
    expect(patterns[0]![1]).toBe(2);
    // Each session's own wording is kept; the engine quotes one of them.
    expect(signals.map((s) => s.lesson)).toContain(lesson);
  });
});

describe('a preference said at the opening of several sessions', () => {
  it.each([
    [
      'a tool for everything',
      'use uv for everything. Add a --dry-run flag to sync.py.',
      'Use uv for all python commands. The importer chokes on BOM-prefixed CSV files, fix that.',
      'ask|use|uv',
    ],
    [
      'a reply style',
      'Answer in short bullet points. What does the retry module do?',
      'please keep your answers brief and in bullet points. How is auth wired into the router?',
      'ask|style|bullets short',
    ],
  ])('%s', (_, a, b, signature) => {
    const signals = [...mined('s1', [{ user: a }, ...work]), ...mined('s2', [{ user: b }, ...work], 'codex')];
    expect(outcome(signals, 2).patterns.map((p) => [p[0], p[1]])).toEqual([[signature, 2]]);
  });

  it.each([
    [
      '@-mentions, then the task',
      'read @README.md @services/billing/README.md and @docs/ledger.md then add a refund endpoint.',
      'Please go through docs/ledger.md, README.md, services/billing/README.md first. The invoice PDF has the wrong VAT id.',
    ],
    [
      'code spans, the task in the next sentence',
      'Read `docs/ledger.md` and `README.md` and `services/billing/README.md`. Now we want to add a currency column.',
      'first read README.md and docs/ledger.md and services/billing/README.md, and then look at why payouts are late.',
    ],
  ])('a reading list: %s', (_, a, b) => {
    const signals = [...mined('s1', [{ user: a }, ...work]), ...mined('s2', [{ user: b }, ...work], 'gemini-cli')];
    const { patterns } = outcome(signals, 2);
    expect(patterns.map((p) => [p[0], p[1]])).toEqual([['ask|read|readme.md docs/ledger.md services/billing/readme.md', 2]]);
    expect(patterns[0]![2]).toBe('At the start of a task, read `README.md`, `docs/ledger.md` and `services/billing/README.md`.');
  });

  it.each([
    ['a source file read for the task', 'read src/cart.ts and then fix the rounding.'],
    ['a document that is the task', 'read README.md and fix the typos in it.'],
    ['the memory file the agent reads anyway', 'read CLAUDE.md again, then continue.'],
    ["Codex's override of AGENTS.md, which it reads anyway", 'read AGENTS.override.md and docs/ledger.md first.'],
    ['a reading list with a question', 'did you read docs/ledger.md?'],
  ])('no reading list: %s', (_, text) => {
    const signals = [
      ...mined('s1', [{ user: `${text}\nThe cart total is off by one cent.` }, ...work]),
      ...mined('s2', [{ user: `${text}\nAdd pagination to the orders list.` }, ...work]),
    ];
    expect(outcome(signals, 1)).toEqual({ patterns: [], oneOffs: [] });
  });

  it('reads the first request, not one made later in the session', () => {
    const later = (id: string, task: string) => mined(id, [{ user: task }, ...work, { user: 'use uv for everything.' }]);
    expect([...later('s1', 'Fix the parser.'), ...later('s2', 'Add a CSV export.')]).toEqual([]);
  });
});

describe('controls: no lesson', () => {
  const none = { patterns: [], oneOffs: [] };
  /** Read as an ask, but not yet a lesson: a one-off the ledger keeps for a later run. */
  const oneOff = (signals: Signal[]) => {
    const { patterns, oneOffs } = outcome(signals, 1);
    return { patterns, oneOffs: oneOffs.map((p) => p[0]) };
  };

  it('one session: a step of its task, even at --min-support 1', () => {
    const s = mined('s1', [{ user: 'Fix the login redirect, then run the tests with `make test-unit`.' }, ...work]);
    expect(s).toHaveLength(1);
    expect(oneOff(s)).toEqual({ patterns: [], oneOffs: ['ask|cmd|make test-unit'] });
  });

  it('one task sent again in several sessions is one task', () => {
    const task = 'Upgrade the app from Java 8 to Java 21, replace the deprecated date APIs, and build it with `mvn -q package` when done.';
    const resent = 'Upgrade the app from Java 8 to Java 21, replace the deprecated date APIs and build it with `mvn -q package` when done!';
    const signals = [
      ...mined('s1', [{ user: task }, ...work]),
      ...mined('s2', [{ user: task }, ...work]),
      ...mined('s3', [{ user: resent }]),
    ];
    expect(signals).toHaveLength(3);
    expect(oneOff(signals)).toEqual({ patterns: [], oneOffs: ['ask|cmd|mvn package'] });
  });

  it.each([
    ['a quoted doc', '> To contribute, run the tests with `make test-unit`.\n\nIs that still true?'],
    ['a pasted README', "Here's the README:\n```\nRun the tests with `make test-unit`.\n```\nSummarise it."],
    ['a rejection', "Don't run the tests with `make test-unit`, it takes an hour."],
    ['a question about what the agent did', 'Why did you build it with `make all`?'],
    ['scoped to the moment', 'Run the tests with `make quick` for now.'],
    ['a step of the task, no how-to marker', 'Run `make migrate` to apply the new schema, then seed the db.'],
    ['a plain step', 'Run `npm install` and start the dev server.'],
    ['a tool for this task only', 'Use pandas to load the CSV and plot the totals.'],
    ['a run that is no test', 'Run it with `node scripts/seed.js --fresh`.'],
  ])('%s, in two sessions about different tasks', (_, text) => {
    const signals = [
      ...mined('s1', [{ user: `The cart total is off by one cent.\n${text}` }, ...work]),
      ...mined('s2', [{ user: `Add pagination to the orders list.\n${text}` }, ...work]),
    ];
    expect(outcome(signals, 1)).toEqual(none);
  });

  it('tool output that reads like a recipe is never the user', () => {
    const out = 'CONTRIBUTING: run the tests with `make test-unit` before opening a PR.';
    const signals = ['s1', 's2'].flatMap((id) => mined(id, [{ user: 'Fix the build.' }, { run: 'cat CONTRIBUTING.md', out }]));
    expect(signals).toEqual([]);
  });

  it('two different recipes of one program are two asks', () => {
    const signals = [
      ...mined('s1', [{ user: 'Fix the avatar upload and run the tests with `pnpm -F web test`.' }]),
      ...mined('s2', [{ user: 'Add rate limits to the login route and run the tests with `pnpm -F api test`.' }]),
    ];
    expect(oneOff(signals).patterns).toEqual([]);
    expect(oneOff(signals).oneOffs.sort()).toEqual(['ask|cmd|pnpm api test', 'ask|cmd|pnpm web test']);
  });

  it('the streaming accumulator agrees', () => {
    const sessions = [
      mined('s1', [{ user: 'Fix the avatar upload and run the tests with `make test-unit`.' }]),
      mined('s4', [{ user: 'Update the changelog, then run the tests with `make lint-all`.' }]),
      mined('s2', [{ user: 'Add rate limits to the login route and run the tests with `make test-unit`.' }]),
      mined('s3', [{ user: 'Add rate limits to the login route and run the tests with `make test-unit`.' }]),
    ];
    // Chunks of two sessions: no chunk holds the ask for two tasks, so only the whole run can tell it recurs.
    const acc = new PatternAccumulator({ chunkSessions: 2 });
    for (const s of sessions) acc.addSession(s);
    const r = acc.result(1);
    expect(r.patterns.map((p) => [p.signature, p.support.sessions])).toEqual([['ask|cmd|make test-unit', 3]]);
    expect(r.oneOffs.map((p) => p.signature)).toEqual(['ask|cmd|make lint-all']);
  });
});

describe('an ask across runs: the ledger keeps it as a one-off, a later session of another task completes it', () => {
  /** One run: mine these sessions, cluster, combine with the ledger, record. */
  async function run(ledger: Ledger, sessions: [string, string][]) {
    const signals = sessions.flatMap(([id, text]) => mined(id, [{ user: text }, ...work]));
    const { patterns, oneOffs } = clusterSignals(signals, 2);
    const out = await withLedgerSupport({ ledger, patterns, oneOffs, minSupport: 2, resolve: async (s) => s });
    recordPatterns(ledger, [...out.patterns, ...out.oneOffs], '2026-12-01T00:00:00Z');
    return { ledger: loadLedger(serializeLedger(ledger), 'l.json'), patterns: out.patterns.map((p) => [p.signature, p.support.sessions]) };
  }
  const cart = 'The cart total is off by one cent. Run the tests with `make test-unit`.';

  it('promotes it when tonight is another task', async () => {
    const first = await run(emptyLedger(), [['s1', cart]]);
    expect(first.patterns).toEqual([]);
    const second = await run(first.ledger, [['s2', 'Add pagination to the orders list. Run the tests with `make test-unit`.']]);
    expect(second.patterns).toEqual([['ask|cmd|make test-unit', 2]]);
  });

  it('keeps it a one-off when tonight is the same task sent again', async () => {
    const first = await run(emptyLedger(), [['s1', cart]]);
    expect((await run(first.ledger, [['s2', cart]])).patterns).toEqual([]);
  });
});

// Round 33 (StationpediaAscended, VS Code Copilot): the user pasted the agent's own earlier reply back with "please
// update with this change too", and its advice ("Use `allowed_mentions` to ensure the role is pinged.") read as a
// how-to the user handed over. A line that repeats, whole, what the agent wrote is the agent's. Wordings written here.
describe("the agent's own advice pasted back is not a how-to the user hands over", () => {
  const advice = [
    '- Run the tests with `bin/rails test:system` when you are done.',
    '- Then build it with `yarn build:css --minify` to check the styles.',
  ];
  const reply = `Two things to keep in mind:\n${advice.join('\n')}\n\nWant me to add this to the deploy script?`;
  it.each([
    ['a request, then the reply pasted under it', `please do this too\n\n${advice.join('\n')}`],
    ['the pasted lines first, a request after', `${advice.join('\n')}\n\nok go ahead with that`],
    ['one line of it, bullet dropped, as the whole request', advice[0]!.slice(2)],
  ])('%s: no ask in either of two sessions about different tasks', (_, paste) => {
    const signals = [
      ...mined('p1', [{ user: 'the invoice page 500s after the upgrade' }, ...work, { say: reply }, { user: paste }]),
      ...mined('p2', [{ user: 'add an export button to the reports page' }, ...work, { say: reply }, { user: paste }], 'copilot-cli'),
    ];
    expect(signals).toEqual([]);
    expect(outcome(signals, 1).oneOffs).toEqual([]);
  });

  it('control: the same recipe in the user’s own words, when the agent wrote something else, is still an ask', () => {
    const signals = [
      ...mined('q1', [
        { user: 'the invoice page 500s after the upgrade' },
        ...work,
        { say: 'Fixed the nil check.' },
        { user: 'The footer is misaligned too; fix it and run the tests with `bin/rails test:system` when you are done.' },
      ]),
      ...mined(
        'q2',
        [
          { user: 'add an export button to the reports page' },
          ...work,
          { say: 'The button is in place.' },
          { user: 'Also rename the CSV column to total_cents, then run the tests with `bin/rails test:system` to check.' },
        ],
        'copilot-cli',
      ),
    ];
    expect(outcome(signals, 2).patterns.map((p) => p[0])).toEqual(['ask|cmd|bin/rails test:system']);
  });

  it('control: a line the user retyped differently from the agent’s stays the user’s', () => {
    const signals = [
      ...mined('r1', [
        { user: 'the invoice page 500s after the upgrade' },
        ...work,
        { say: reply },
        { user: 'The footer is misaligned too; fix it and run the tests with `bin/rails test:system` once it works.' },
      ]),
      ...mined(
        'r2',
        [
          { user: 'add an export button to the reports page' },
          ...work,
          { say: reply },
          { user: 'Also rename the CSV column to total_cents, then run the tests with `bin/rails test:system` to check.' },
        ],
        'copilot-cli',
      ),
    ];
    expect(outcome(signals, 2).patterns.map((p) => p[0])).toEqual(['ask|cmd|bin/rails test:system']);
  });
});
