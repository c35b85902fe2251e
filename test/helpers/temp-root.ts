/**
 * Vitest global set-up: every temporary directory the tests make goes under one root that is removed when the run
 * ends. Tests create their scratch repositories and transcripts with `mkdtemp(os.tmpdir())`, and many do not remove
 * them (a failing test should leave its files for a look while the run is open); without this, each run left
 * thousands of directories in /tmp. The forked test workers inherit TMPDIR, and so do the git and node processes
 * they start.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const outer = process.env.TMPDIR;
  const root = mkdtempSync(path.join(os.tmpdir(), 'dream-tests-'));
  process.env.TMPDIR = root;
  return () => {
    if (outer === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = outer;
    if (process.env.DREAM_KEEP_TEST_TMP) console.log(`test files kept in ${root}`);
    else rmSync(root, { recursive: true, force: true });
  };
}
