/**
 * Real git for publish tests: a bare "origin" in a temp dir and clones of it as checkouts.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface RepoFixture {
  root: string;
  bare: string;
  /** The first checkout, on main, with the initial files committed and pushed. */
  work: string;
  clone(name: string): string;
  git(dir: string, ...args: string[]): string;
  cleanup(): void;
}

const ident = {
  GIT_AUTHOR_NAME: 'Dev',
  GIT_AUTHOR_EMAIL: 'dev@example.com',
  GIT_COMMITTER_NAME: 'Dev',
  GIT_COMMITTER_EMAIL: 'dev@example.com',
};

export function gitIn(dir: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
    cwd: dir,
    env: { ...process.env, ...ident, ...env },
    encoding: 'utf8',
  });
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }
}

export function makeRepo(files: Record<string, string>): RepoFixture {
  const root = mkdtempSync(path.join(os.tmpdir(), 'dream-publish-'));
  const bare = path.join(root, 'origin.git');
  gitIn(root, ['init', '--bare', '--initial-branch=main', bare]);
  const clone = (name: string) => {
    const dir = path.join(root, name);
    gitIn(root, ['clone', '--quiet', bare, dir]);
    return dir;
  };
  // The first checkout is made with init, not clone: cloning the still-empty bare repository makes
  // git print "You appear to have cloned an empty repository" on stderr, once per test. Later
  // clones start from the pushed main.
  const work = path.join(root, 'work');
  gitIn(root, ['init', '--quiet', work]);
  gitIn(work, ['remote', 'add', 'origin', bare]);
  writeFiles(work, files);
  gitIn(work, ['add', '-A']);
  gitIn(work, ['commit', '--quiet', '-m', 'initial']);
  gitIn(work, ['push', '--quiet', '--set-upstream', 'origin', 'HEAD:refs/heads/main']);
  // What clone would have set: origin/HEAD, so `git rev-parse origin/HEAD` works as in any clone.
  gitIn(work, ['remote', 'set-head', 'origin', 'main']);
  return {
    root,
    bare,
    work,
    clone,
    git: (dir, ...args) => gitIn(dir, args),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
