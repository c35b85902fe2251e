/**
 * `--repo` as a new user gets it wrong: a folder that is not there, or not a git clone for the
 * commands that read git history. Each command names the flag, the folder and what to do, before
 * any reader fails in its own words.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { silentLogger } from '../../src/log.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A folder holding a memory file and a memory log, but no .git. */
function plainFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dream-repo-flag-'));
  dirs.push(dir);
  writeFileSync(path.join(dir, 'CLAUDE.md'), '# acme\n\n- Run the tests with `npm test`.\n');
  writeFileSync(path.join(dir, 'memory.log'), '');
  return dir;
}

const dream = (...args: string[]) =>
  buildProgram({ logger: silentLogger, env: {} })
    .exitOverride()
    .configureOutput({ writeOut: () => {}, writeErr: () => {} })
    .parseAsync(args, { from: 'user' });

describe('--repo', () => {
  it.each([
    ['why', ['why', 'CLAUDE.md', '--repo']],
    ['eval', ['eval', '--split-at', '2026-01-01', '--repo']],
    ['efficacy', ['efficacy', '--repo']],
    ['run', ['run', '--repo']],
  ])('dream %s names a folder that is not there', async (_, args) => {
    const missing = path.join(plainFolder(), 'nope');
    await expect(dream(...args, missing)).rejects.toThrow(`--repo ${missing}: no such directory (${missing})`);
  });

  it('dream why in a folder that is no git clone says so and what to do, not "not in HEAD"', async () => {
    const dir = plainFolder();
    await expect(dream('why', 'CLAUDE.md', '--repo', dir)).rejects.toThrow(
      `--repo ${dir}: not a git repository (${dir}): dream why reads each line's commits: run it in a clone, or pass --repo one`,
    );
  });

  it('dream eval in a folder that is no git clone points to --memory-log, and with it reads no git', async () => {
    const dir = plainFolder();
    await expect(dream('eval', '--split-at', '2026-01-01', '--repo', dir)).rejects.toThrow(
      `--repo ${dir}: not a git repository (${dir}): dream eval reads the memory files' history from git: pass a clone, or --memory-log FILE (their \`git log -p\`)`,
    );
    // With the history given as a file, no git is needed: the pass goes on (and finds no session to split).
    await expect(dream('eval', '--split-at', '2026-01-01', '--repo', dir, '--memory-log', path.join(dir, 'memory.log'))).rejects.toThrow(
      'no dated session was read from the transcripts given: nothing to split',
    );
  });
});
