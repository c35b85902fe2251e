import { describe, expect, it } from 'vitest';
import { mineSession, type MiningContext } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { session, type Step } from './session-builder.js';

// A command failed because something was not set up; the agent then ran the setup step. The setup is
// not a replacement for the command. CLI wordings written for this test.
const noMemory: MiningContext = { memory: [], repoFacts: unknownRepoFacts };
const fixes = (steps: Step[]) =>
  mineSession(session('s1', steps), noMemory)
    .filter((s) => s.kind === 'error_then_fix')
    .map((s) => s.lesson);

describe('a setup step after a "not set up" failure is not "use the setup instead"', () => {
  it.each([
    ['npx convex deploy', '✖ No CONVEX_DEPLOYMENT set, run `npx convex dev` to configure a project', 'npx convex dev --once'],
    [
      'gh pr create --fill',
      'To get started with GitHub CLI, please run:  gh auth login\nYou are not logged in to any GitHub hosts.',
      'gh auth login',
    ],
    ['terraform plan', 'Error: Backend initialization required, please run "terraform init"', 'terraform init'],
    ['fly deploy', 'Error: not authenticated, run `fly auth login` first', 'fly auth login'],
  ])('%s', (failed, out, setup) => {
    expect(fixes([{ user: 'ship it' }, { run: failed, ok: false, out }, { run: setup, ok: true, out: 'done' }])).toEqual([]);
  });

  it('still learns a renamed or missing command, and a fix of the same operation', () => {
    expect(
      fixes([
        { run: 'npm run legacy-build', ok: false, out: 'npm error Missing script: "legacy-build"' },
        { run: 'npm run build', ok: true },
      ]),
    ).toHaveLength(1);
    expect(
      fixes([
        { run: 'git push', ok: false, out: 'fatal: The current branch main has no upstream branch.' },
        { run: 'git push --set-upstream origin main', ok: true },
      ]),
    ).toHaveLength(1);
  });
});
