import { describe, expect, it } from 'vitest';
import { mineSession, type MiningContext } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { clusterSignals } from '../../src/signals/cluster.js';
import { matchTemplate } from '../../src/guards/wording-templates.js';
import { session, type Step } from './session-builder.js';

// Right after the user rejects a call, "I'll run the X commands myself" takes that program back from the
// agent, and "just tell me what to do" asks for this reply. Wordings written for this test, none from a
// transcript; the program must be one the rejected call ran.
const noMemory: MiningContext = { memory: [], repoFacts: unknownRepoFacts };
const rejected = (command: string): Step[] => [
  { run: command, ok: false, out: "The user doesn't want to proceed with this tool use. The tool use was rejected." },
  { deny: "The user doesn't want to proceed with this tool use. The tool use was rejected." },
  { interrupt: '[Request interrupted by user for tool use]' },
];

/** Every lesson one session teaches at support 1: what a run at --min-support 1 would propose from. */
function lessons(steps: Step[]): string[] {
  const { patterns } = clusterSignals(mineSession(session('s1', steps), noMemory), 1);
  return patterns.map((p) => p.lesson ?? '');
}

describe('the user takes a program back after rejecting it', () => {
  it.each<[string, string, string, string]>([
    [
      'a deploy CLI, with a reply request after it',
      'cd web && vercel deploy --prod',
      "I'll deploy with vercel myself. Just show me the steps.",
      'vercel',
    ],
    ['infrastructure applied by hand', 'terraform apply -auto-approve', 'no, I will run terraform by hand', 'terraform'],
    ['"let me" and "manually"', 'kubectl rollout restart deploy/api', 'let me do the kubectl part manually', 'kubectl'],
  ])('%s', (_name, command, said, program) => {
    expect(lessons([...rejected(command), { user: said }])).toEqual([`Don't run \`${program}\` unless the user asks for it.`]);
  });

  it('is one lesson across sessions that say it differently about different subcommands', () => {
    const a = mineSession(session('a', [...rejected('fly deploy'), { user: "I'll run fly commands myself." }]), noMemory);
    const b = mineSession(session('b', [...rejected('cd api && fly logs'), { user: 'let me handle fly manually, thanks' }]), noMemory);
    const { patterns } = clusterSignals([...a, ...b], 2);
    expect(patterns.map((p) => [p.signature, p.support.sessions])).toEqual([['neg|cmd:fly', 2]]);
  });

  it.each<[string, Step[]]>([
    ['a program the rejected call did not run', [...rejected('rm -rf build'), { user: "I'll review the diff myself." }]],
    [
      'no rejection before it: a plan, not a correction',
      [{ run: 'fly status', ok: true, out: 'ok' }, { user: "I'll run fly deploy myself." }],
    ],
    ['taking it back without "myself", "by hand" or "manually"', [...rejected('fly deploy'), { user: "I'll run fly deploy after lunch." }]],
  ])('teaches nothing for %s', (_name, steps) => {
    expect(lessons(steps)).toEqual([]);
  });
});

describe('a request about the reply is not a rule', () => {
  it.each([
    'just tell me what to do',
    'Just show me the commands.',
    'explain what went wrong first',
    'give me the steps',
    'Only tell us which file changed.',
  ])('"%s" right after a rejection teaches nothing', (said) => {
    expect(lessons([...rejected('npm publish'), { user: said }])).toEqual([]);
  });

  it('still reads an order about the work right after a rejection (control)', () => {
    expect(lessons([...rejected('yarn add zod'), { user: 'just use pnpm' }])).toEqual(['Just use pnpm.']);
  });
});

describe("the objection lesson is the engine's own wording", () => {
  it.each([
    "Don't run `fly` unless the user asks for it.",
    "Don't write to `src/gen` unless the user asks for it.",
    "Don't touch `docs/` unless the user asks for it.",
  ])('%s matches a template', (s) => {
    expect(matchTemplate(s)?.name).toMatch(/^objection/);
  });

  it.each(["Don't run `fly` unless someone asks for it.", "Don't run `fly` unless the user asks for it, and delete the volume."])(
    'a changed sentence around it does not: %s',
    (s) => {
      expect(matchTemplate(s)?.name ?? '').not.toMatch(/^objection/);
    },
  );
});
