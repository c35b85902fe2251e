/**
 * Memory's rules are dated (`git blame`, one per memory file stating a rule) only when a pass has a file
 * to read: the dates are for the miners, so a pass with nothing new runs no blame, and one with a new
 * file still dates what it mines. Observed through a `git` on PATH that logs each call and runs the real one.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gitIn } from '../helpers/fake-github/repo-fixture.js';
import { defaultDreamOptions } from '../../src/engine/options.js';
import { TempRepo } from './helpers.js';

let repo: TempRepo | undefined;
let bin: string | undefined;
const PATH = process.env.PATH;
afterEach(() => {
  process.env.PATH = PATH;
  repo?.dispose();
  if (bin) rmSync(bin, { recursive: true, force: true });
});

/** A `git` first on PATH that appends its arguments to the returned log, then runs the real git. */
function loggingGit(): string {
  const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  bin = mkdtempSync(path.join(os.tmpdir(), 'git-log-'));
  const log = path.join(bin, 'calls.log');
  writeFileSync(log, '');
  writeFileSync(path.join(bin, 'git'), `#!/bin/sh\necho "$*" >> '${log}'\nexec '${real}' "$@"\n`);
  chmodSync(path.join(bin, 'git'), 0o755);
  process.env.PATH = `${bin}${path.delimiter}${PATH}`;
  return log;
}

/** Calls of the rule-dating blame (rule-dates.ts); adoption tracking blames memory files too, without -w -M. */
const blames = (log: string): number =>
  readFileSync(log, 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('blame --porcelain -w -M ')).length;

describe('rule dates', () => {
  it('are made only by a pass that reads a file', async () => {
    repo = new TempRepo();
    writeFileSync(path.join(repo.dir, 'CLAUDE.md'), '# Project\n\n- Never delete `fixtures/golden/`.\n');
    gitIn(repo.dir, ['init', '--quiet']);
    gitIn(repo.dir, ['add', 'CLAUDE.md']);
    gitIn(repo.dir, ['commit', '--quiet', '-m', 'rule']);
    repo.session(1);
    repo.session(2);
    const log = loggingGit();

    const cold = await repo.run();
    expect(cold.report.sessions.read).toBe(2);
    expect(blames(log)).toBe(1);
    repo.commitLedger(cold.ledgerText);

    const nothing = await repo.run();
    expect(nothing.report.sessions.filesUnchanged).toBe(2);
    expect(blames(log)).toBe(1);
    // Its place in the report's timings is kept.
    expect(Object.keys(nothing.report.timings)).toEqual(Object.keys(cold.report.timings));

    repo.session(3);
    const fresh = await repo.run();
    expect(fresh.report.sessions.read).toBe(1);
    expect(blames(log)).toBe(2);
  }, 30_000);

  // A control: dated when asked for, the dates still reach the miners (undated, the session below breaks the rule).
  it('date what a read mines: a session from before the rule was committed did not break it', async () => {
    repo = new TempRepo();
    writeFileSync(path.join(repo.dir, 'CLAUDE.md'), '# app\n\n- Never delete `fixtures/golden/`.\n');
    gitIn(repo.dir, ['init', '--quiet']);
    gitIn(repo.dir, ['add', 'CLAUDE.md']);
    gitIn(repo.dir, ['commit', '--quiet', '-m', 'rule'], {
      GIT_AUTHOR_DATE: '2026-11-20T10:00:00Z',
      GIT_COMMITTER_DATE: '2026-11-20T10:00:00Z',
    });
    repo.session(1, [{ user: 'tests are flaky' }, { bash: 'rm -rf fixtures/golden/old', out: '' }]);
    const options = { ...defaultDreamOptions, minSupport: 1 };
    const broken = (r: Awaited<ReturnType<TempRepo['run']>>) => r.report.patterns.filter((p) => p.signature.startsWith('broken|'));
    expect(broken(await repo.run({ options, ruleDates: {} }))).toHaveLength(1);
    expect(broken(await repo.run({ options }))).toEqual([]);
  }, 30_000);
});
