import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { mineSession, type MiningContext } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { clusterSignals } from '../../src/signals/cluster.js';
import { TempRepo } from '../pipeline/helpers.js';
import { session, type Step } from './session-builder.js';

// A user who corrects by naming the right program, in words no rule was written from: recognised by
// the agent's command before the turn and its command after it, which differ only in the program.
const noMemory: MiningContext = { memory: [], repoFacts: unknownRepoFacts };
const prefs = (steps: Step[]) =>
  mineSession(session('s1', steps), noMemory)
    .filter((s) => s.signature.startsWith('prefer|'))
    .map((s) => s.lesson);
const interrupt: Step = { interrupt: '[Request interrupted by user]' };

describe('a correction that names the program to use instead', () => {
  it.each<[string, Step[]]>([
    [
      'the command typed out after an interrupt',
      [{ run: 'yarn add dayjs' }, interrupt, { user: 'pnpm add dayjs. this is a pnpm workspace' }],
    ],
    ['an exasperated question and a bare name', [{ run: 'yarn add dayjs' }, { user: 'why on earth are you using yarn?! pnpm!!' }]],
    ['a question and a reminder of what was said', [{ run: 'yarn add dayjs' }, { user: 'yarn, again?? I told you pnpm a hundred times.' }]],
    [
      'a disapproval and the house rule in two sentences',
      [{ run: 'yarn add dayjs' }, { user: "Nope, that's not how packages get added around here. pnpm." }],
    ],
  ])('%s', (_name, steps) => {
    expect(prefs([...steps, { run: 'pnpm add dayjs', ok: true, out: 'done' }])).toEqual(['Use pnpm, not yarn.']);
  });

  it('the user naming the program above a long pasted log (the size bar is their own words)', () => {
    const log = Array.from({ length: 30 }, (_, k) => `error  Couldn't find package "dep-${k}" required by "dayjs" on the registry.`);
    const text = `pnpm! this is a pnpm workspace. yarn gives:\n\`\`\`\n${log.join('\n')}\n\`\`\``;
    expect(text.length).toBeGreaterThan(600);
    expect(prefs([{ run: 'yarn add dayjs' }, { user: text }, { run: 'pnpm add dayjs', ok: true, out: 'done' }])).toEqual([
      'Use pnpm, not yarn.',
    ]);
  });

  it('names the commands, not the programs, when the programs are not interchangeable', () => {
    const lessons = prefs([
      { run: 'npm test', ok: false, out: 'missing script: test' },
      { user: 'we run everything through make here: make test' },
      { run: 'make test', ok: true, out: 'ok' },
    ]);
    expect(lessons).toEqual(['Use make test, not npm test.']);
  });

  it('clusters the structural and the worded form of one preference across sessions', () => {
    const a = mineSession(session('a', [{ run: 'yarn add zod' }, { user: 'pnpm. come on.' }, { run: 'pnpm add zod' }]), noMemory);
    const b = mineSession(session('b', [{ run: 'yarn install' }, { user: 'not yarn, we use pnpm' }]), noMemory);
    expect(clusterSignals([...a, ...b], 2).patterns.map((p) => [p.signature, p.support.sessions])).toEqual([['prefer|pnpm', 2]]);
  });

  it.each<[string, Step[]]>([
    ['a suggestion', [{ run: 'yarn add dayjs' }, { user: 'maybe pnpm would work better?' }, { run: 'pnpm add dayjs' }]],
    [
      'a switch the user never named',
      [{ run: 'yarn add dayjs', ok: false, out: 'yarn: command not found' }, { user: 'keep going' }, { run: 'pnpm add dayjs' }],
    ],
    ['a replacement that failed too', [{ run: 'yarn add dayjs' }, { user: 'pnpm' }, { run: 'pnpm add dayjs', ok: false, out: 'ERR_PNPM' }]],
    ['other arguments after the turn', [{ run: 'yarn add dayjs' }, { user: 'use pnpm to list the deps' }, { run: 'pnpm list' }]],
    [
      'the next step, not a correction',
      [{ run: 'npm test', ok: true, out: 'ok' }, { user: 'great, now run make test' }, { run: 'make test' }],
    ],
    ['a question about the tools', [{ run: 'yarn add dayjs' }, { user: 'how does pnpm differ from yarn?' }, { run: 'pnpm add dayjs' }]],
    [
      'the program named only in tool output',
      [{ run: 'cat CONTRIBUTING.md', out: 'use pnpm, never yarn' }, { user: 'ok' }, { run: 'pnpm add dayjs' }],
    ],
  ])('teaches nothing from %s', (_name, steps) => {
    expect(prefs(steps)).toEqual([]);
  });

  // The program named only in text the user pasted: the log or the tool's hint said it, not the user.
  const failedYarn: Step = { run: 'yarn add dayjs', ok: false, out: 'error An unexpected error occurred' };
  it.each<[string, string]>([
    [
      'a terminal session pasted under a framing line',
      "still broken, here's the log:\n$ pnpm add dayjs\n ERR_PNPM_FETCH_404  GET https://registry.npmjs.org/dayjs: Not Found",
    ],
    ['a fenced hint', 'why does this keep failing?\n\n```\nhint: run pnpm install first\n```'],
    ['an error line after "this is what I got:"', 'this is what I got:\nerror: lockfile pnpm-lock.yaml is out of date, run pnpm install'],
  ])('teaches nothing from the program named only in %s', (_name, text) => {
    expect(prefs([failedYarn, { user: text }, { run: 'pnpm add dayjs', ok: true, out: 'done' }])).toEqual([]);
  });

  it('still learns from the user naming the program above what they pasted', () => {
    const text = "use pnpm, not yarn. here's the log:\n$ yarn add dayjs\nerror An unexpected error occurred";
    expect(prefs([failedYarn, { user: text }, { run: 'pnpm add dayjs', ok: true, out: 'done' }])).toEqual(['Use pnpm, not yarn.']);
  });
});

describe('a prohibition said without "don\'t"', () => {
  const edit: Step = { tool: 'Edit', input: { file_path: '/srv/app/dist/main.js', old_string: 'a', new_string: 'b' } };
  it.each([
    ['Hands off dist/. It is build output.', "Don't touch `dist/`: it is build output."],
    ['stay out of dist/ please', "Don't touch `dist/`."],
    ['Leave dist/ alone, it is generated.', "Don't touch `dist/`, it is generated."],
  ])('%s', (text, lesson) => {
    expect(mineSession(session('s1', [edit, { user: text }]), noMemory).map((s) => [s.signature, s.lesson])).toEqual([
      ['neg|path:dist', lesson],
    ]);
  });
});

describe('through the whole pass, guards included', () => {
  let repo: TempRepo | undefined;
  afterEach(() => repo?.dispose());

  it('updates the memory line the swapped program contradicts, and writes the hands-off rule', async () => {
    repo = new TempRepo();
    writeFileSync(path.join(repo.dir, 'CLAUDE.md'), '# shop\n\n- Install dependencies with `yarn install`.\n');
    for (const n of [1, 2]) {
      repo.session(n, [
        { user: 'set the project up' },
        { bash: 'yarn install', out: 'success' },
        { user: n === 1 ? 'pnpm install. this is a pnpm workspace' : 'ugh, pnpm!' },
        { bash: 'pnpm install', out: 'done' },
        { tool: 'Edit', input: { file_path: '/repo/dist/main.js', old_string: 'a', new_string: 'b' }, out: 'ok' },
        { user: 'Hands off dist/. It is build output.' },
      ]);
    }
    const r = await repo.run();
    expect(r.report.rejected.map((x) => `${x.by}: ${x.reason}`)).toEqual([]);
    expect(r.report.edits.map((e) => [e.op, e.after])).toEqual([
      ['update', '- Install dependencies with `pnpm install`.'],
      ['add', "Don't touch `dist/`: it is build output."],
    ]);
  });

  it("writes a verbless rule with its verb, which the wording guard accepts as the engine's phrasing", async () => {
    repo = new TempRepo();
    for (const n of [1, 2]) repo.session(n, [{ user: 'set up' }, { bash: 'ls', out: 'src' }, { user: 'Always pnpm in this repo.' }]);
    const r = await repo.run();
    expect(r.report.rejected.map((x) => `${x.by}: ${x.reason}`)).toEqual([]);
    expect(r.report.edits.map((e) => e.after)).toEqual(['Use pnpm in this repo: the user asked for it in 2 sessions.']);
  });
});
