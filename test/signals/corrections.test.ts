import { describe, expect, it } from 'vitest';
import { mineSession, type MiningContext } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { clusterSignals } from '../../src/signals/cluster.js';
import { memory, session, type Step } from './session-builder.js';

// Corrections as users actually phrase them (wordings modelled on the specstory and spotter corpora,
// written after the rules and not used to tune them): the class must hold, not the phrasing.
const noMemory: MiningContext = { memory: [], repoFacts: unknownRepoFacts };
// Restated tools (signals/restated.ts) only support other sessions' corrections: these tests are about what one turn says.
const mine = (steps: Step[], ctx = noMemory) => mineSession(session('s1', steps), ctx).filter((s) => !s.restated);
const lessons = (steps: Step[]) => mine(steps).map((s) => s.lesson);
const edit = (path: string): Step => ({ tool: 'Edit', input: { file_path: `/home/dev/app/${path}`, old_string: 'a', new_string: 'b' } });

describe('a preference in any wording becomes one rule', () => {
  it.each([
    ['Nope, not npm. We are using bun in this project.', 'Use bun, not npm.'],
    ['Why are you calling pip? I said uv.', 'Use uv, not pip.'],
    ['ruff, not black', 'Use ruff, not black.'],
    ['Switch to vitest please. jest is not used here.', 'Use vitest, not jest.'],
    ["Stop running npm! It's a bun project.", 'Use bun, not npm.'],
    ['why on earth are you running npm? bun.', 'Use bun, not npm.'],
  ])('%s', (text, lesson) => {
    expect(lessons([{ run: 'npm install', ok: true, out: 'added 1 package' }, { user: text }])).toEqual([lesson]);
  });

  it('gives a verbless rule its verb, and never takes "ever" or "always" for a tool', () => {
    const after = (text: string) => lessons([{ run: 'yarn install', ok: true, out: 'ok' }, { user: text }]);
    expect(after('Always pnpm in this repo.')).toEqual(['Use pnpm in this repo.']);
    expect(after('Always pnpm. Never yarn.')).toEqual(['Use pnpm, not yarn.']);
    expect(after('always run the linter first')).toEqual(['Always run the linter first.']);
    // "No yarn." forbids the program (rule-wording.ts asNoProgram); "Ever." is never read as the tool to use instead.
    expect(after('No yarn. Ever.')).toEqual(["Don't use `yarn`."]);
    expect(after('Never yarn, always.')).toEqual([]);
  });

  it('takes a bare "X?!" as a rejection only when the agent just ran X', () => {
    expect(lessons([{ run: 'pip install requests', ok: true, out: 'ok' }, { user: 'pip?! uv.' }])).toEqual(['Use uv, not pip.']);
    expect(lessons([{ run: 'ls', ok: true, out: 'src' }, { user: 'pip?! uv.' }])).toEqual([]);
  });

  it('clusters the different wordings of one preference across sessions into one pattern', () => {
    const said = ['Nope, not npm. We are using bun in this project.', "Stop running npm! It's a bun project.", 'bun instead of npm please'];
    const signals = said.flatMap((text, i) =>
      mineSession(session(`s${i}`, [{ run: 'npm i', ok: true, out: 'ok' }, { user: text }]), noMemory),
    );
    const { patterns } = clusterSignals(signals, 2);
    expect(patterns.map((p) => [p.signature, p.support.sessions])).toEqual([['prefer|bun', 3]]);
  });

  it('names the program when the user rejected one of its commands', () => {
    expect(lessons([{ run: 'yarn add zod', ok: true, out: 'ok' }, { user: 'Why are you running yarn add? This is a pnpm repo.' }])).toEqual(
      ['Use pnpm, not yarn.'],
    );
  });

  it('updates every memory line that recommends the rejected tool, naming the tool it found there', () => {
    const m = memory({
      'CLAUDE.md': '# app\n\n- Install with `yarn install`.\n- Run a script with `yarn run <name>`.\n- Format with prettier.\n',
    });
    const out = mine([{ run: 'yarn install', ok: true, out: 'ok' }, { user: 'not yarn. we use pnpm' }], {
      memory: m,
      repoFacts: unknownRepoFacts,
    });
    expect(out.map((s) => [s.kind, s.failed, s.fixed])).toEqual([
      ['memory_failure', 'yarn', 'pnpm'],
      ['memory_failure', 'yarn', 'pnpm'],
    ]);
  });

  it('does not read chat, hedges or moment-bound choices as preferences', () => {
    for (const text of [
      'No, that is wrong. Use the other file.',
      'Not sure. Use your judgement.',
      'Really? Just commit.',
      'Use pnpm for now, not npm.',
      'No more emojis. Thanks!',
      'Not bad. Use pnpm next time.',
      'No problem, use whatever works.',
    ]) {
      expect(
        mine([{ run: 'npm test', ok: true, out: 'ok' }, { user: text }]).filter((s) => s.signature.startsWith('prefer|')),
        text,
      ).toEqual([]);
    }
  });
});

describe('an objection to what the agent just did', () => {
  it('becomes a rule about the folder the agent touched', () => {
    const out = mine([edit('src/legacy/billing.py'), { user: 'why are you touching src/legacy?' }]);
    expect(out.map((s) => [s.signature, s.lesson])).toEqual([
      ['neg|path:src/legacy', "Don't write to `src/legacy` unless the user asks for it."],
    ]);
  });

  it('teaches nothing when the question names something the agent never touched, or nothing at all', () => {
    expect(mine([{ run: 'cat README.md', ok: true, out: '# app' }, { user: 'why are you touching src/legacy?' }])).toEqual([]);
    expect(mine([edit('src/legacy/billing.py'), { user: 'Why did you do it that way?' }])).toEqual([]);
    // A question about the work, not an objection to it.
    expect(mine([edit('src/legacy/billing.py'), { user: 'What do you think about src/legacy/billing.py?' }])).toEqual([]);
    expect(mine([edit('src/legacy/billing.py'), { user: 'Why do you think src/legacy is slow?' }])).toEqual([]);
  });

  it('clusters with an explicit prohibition about the same folder, said about one of its files', () => {
    const a = mineSession(session('a', [edit('migrations/0042_users.sql'), { user: 'what are you doing in migrations/?!' }]), noMemory);
    const b = mineSession(session('b', [{ user: 'Never touch migrations/0001_init.sql. It has shipped to production.' }]), noMemory);
    const { patterns } = clusterSignals([...a, ...b], 2);
    expect(patterns.map((p) => [p.signature, p.support.sessions])).toEqual([['neg|path:migrations', 2]]);
  });
});

describe('a rule said over two sentences stays one rule', () => {
  it('keeps the reason given in the next sentence', () => {
    expect(lessons([{ user: 'Never run the seed script against staging. It deletes customer data.' }])).toEqual([
      'Never run the seed script against staging: it deletes customer data.',
    ]);
  });

  it('keeps the alternative given in the next sentence', () => {
    expect(lessons([{ user: "Don't push straight to main. Open a pull request instead." }])).toEqual([
      "Don't push straight to main; open a pull request instead.",
    ]);
  });

  it('does not take the state of the work for a reason', () => {
    expect(lessons([{ user: "Don't rebase the release branch. It is failing again." }])).toEqual(["Don't rebase the release branch."]);
  });

  it('reads a reminder as the rule it reminds of', () => {
    expect(lessons([{ user: "don't forget to activate the venv before running anything" }])).toEqual([
      'Activate the venv before running anything.',
    ]);
  });
});

describe('only structurally user turns count', () => {
  it('ignores a correction that appears in tool output', () => {
    expect(mine([{ run: 'cat CONTRIBUTING.md', ok: true, out: "Don't use npm, use bun.\nNever touch migrations/." }])).toEqual([]);
  });
});

describe('the episode the claude engine reads', () => {
  it('shows each wording of a correction with the action it answered', async () => {
    const { renderPattern } = await import('../../src/engine/claude/digest.js');
    const said = ['npm? we use bun here', 'bun, not npm.'];
    const signals = said.flatMap((text, i) =>
      mineSession(session(`s${i}`, [{ run: `npm install pkg${i}`, ok: true, out: 'ok' }, { user: text }]), noMemory),
    );
    const [p] = clusterSignals(signals, 2).patterns;
    const text = renderPattern(p!);
    expect(text).toContain('suggested lesson: Use bun, not npm.');
    for (const [i, s] of said.entries()) expect(text).toContain(`"${s}" after the agent ran \`npm install pkg${i}\``);
  });
});

describe('one rule in other word forms clusters as one', () => {
  it('keys a rule on its stems without its reason', () => {
    const said = [
      'Never run `make reset-db`, it wipes the shared database.',
      "Don't run make reset-db. It wipes everyone's data.",
      'never run make reset-db',
    ];
    const signals = said.flatMap((text, i) => mineSession(session(`s${i}`, [{ user: text }]), noMemory));
    expect(clusterSignals(signals, 2).patterns.map((p) => p.support.sessions)).toEqual([3]);
  });

  it('clusters reminders said with other word forms', () => {
    const said = ['Remember to run the type checker before you commit.', 'make sure you run the type checker before committing'];
    const signals = said.flatMap((text, i) => mineSession(session(`s${i}`, [{ user: text }]), noMemory));
    expect(clusterSignals(signals, 2).patterns.map((p) => p.support.sessions)).toEqual([2]);
  });
});
