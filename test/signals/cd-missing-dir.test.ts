import { describe, expect, it } from 'vitest';
import { mineSession, type MiningContext } from '../../src/signals/mine.js';
import { unknownRepoFacts } from '../../src/signals/repo-facts.js';
import { session, type Step } from './session-builder.js';

// The agent's shell was not where it thought: `cd app && <cmd>` fails on the cd, then `<cmd>` alone
// works. That teaches nothing about <cmd>. Shell wordings written for this test (bash, zsh, zsh under eval, dash).
const noMemory: MiningContext = { memory: [], repoFacts: unknownRepoFacts };
const mined = (steps: Step[]) => mineSession(session('s1', steps), noMemory);

describe('a cd into a missing directory is not a lesson about the command after it', () => {
  it.each([
    ['bash', 'bash: line 1: cd: webapp: No such file or directory'],
    ['zsh', 'cd: no such file or directory: webapp'],
    ['zsh under Claude Code', '(eval):cd:1: no such file or directory: webapp'],
    ['dash', "/bin/sh: 1: cd: can't cd to webapp"],
    ['not a directory', 'bash: cd: webapp: Not a directory'],
  ])('%s', (_shell, out) => {
    const signals = mined([
      { user: 'deploy it' },
      { run: 'cd webapp && npx wrangler deploy', ok: false, out },
      { run: 'npx wrangler deploy', ok: true, out: 'Deployed' },
    ]);
    expect(signals.filter((s) => s.kind === 'error_then_fix' || s.kind === 'repeated_failure')).toEqual([]);
  });

  it('still learns from a command that failed after the cd worked', () => {
    const signals = mined([
      { user: 'deploy it' },
      { run: 'cd webapp && npm run legacy-build', ok: false, out: 'npm error Missing script: "legacy-build"' },
      { run: 'cd webapp && npm run build', ok: true, out: 'built in 2s' },
    ]);
    expect(signals.map((s) => s.kind)).toContain('error_then_fix');
  });
});
