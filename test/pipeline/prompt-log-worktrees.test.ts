/**
 * A prompt log scoped to the repository by its sessions' folders dropped the sessions run in a `git worktree` of the
 * same repository (another folder: `git worktree add ../app-fix`, an agent's own worktree). They are this repository's
 * sessions; git's own files say so (src/transcripts/worktrees.ts). Real git, real worktrees, the real pass.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TempRepo } from './helpers.js';
import type { DreamRunResult } from '../../src/pipeline/run.js';
import { otherWorktrees } from '../../src/transcripts/worktrees.js';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, stdio: 'pipe' }).toString();

const uvCorrection = ['add a csv export to the harvest report', 'Use uv, not pip.'];
const uvEdits = (r: DreamRunResult) => r.report.edits.filter((e) => /\buv\b/.test(e.after ?? ''));
const log = (sessions: { n: number; project: string; said: string[] }[]) =>
  sessions
    .flatMap((s) =>
      s.said.map((display, j) =>
        JSON.stringify({
          display,
          pastedContents: {},
          timestamp: Date.UTC(2026, 9, 9 + s.n, 8, j),
          project: s.project,
          sessionId: `7c9d0e1f-bbbb-4bbb-8ccc-${String(s.n).padStart(12, '0')}`,
        }),
      ),
    )
    .join('\n') + '\n';

describe('sessions run in a git worktree of this repository are its sessions', () => {
  const dirs: string[] = [];
  const repos: TempRepo[] = [];
  afterAll(() => {
    for (const r of repos) r.dispose();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  /** A repository with a commit, a linked worktree beside it, and an unrelated repository's worktree. */
  function world() {
    const repo = new TempRepo();
    repos.push(repo);
    git(repo.dir, 'init', '-q', '-b', 'main');
    git(repo.dir, 'add', 'CLAUDE.md');
    git(repo.dir, 'commit', '-q', '-m', 'init');
    const outside = mkdtempSync(path.join(os.tmpdir(), 'wt-'));
    dirs.push(outside);
    const linked = path.join(outside, `${path.basename(repo.dir)}-fix`);
    git(repo.dir, 'worktree', 'add', '-q', '-b', 'fix', linked);
    const stranger = path.join(outside, 'stranger');
    mkdirSync(stranger);
    git(stranger, 'init', '-q', '-b', 'main');
    writeFileSync(path.join(stranger, 'a.txt'), 'a\n');
    git(stranger, 'add', 'a.txt');
    git(stranger, 'commit', '-q', '-m', 'init');
    const strangerWorktree = path.join(outside, `${path.basename(repo.dir)}-lookalike`);
    git(stranger, 'worktree', 'add', '-q', '-b', 'other', strangerWorktree);
    return { repo, linked, strangerWorktree };
  }
  const dream = (repo: TempRepo, text: string, repoDir = repo.dir) => {
    const file = path.join(repoDir, '.dreaming', 'sessions', 'claude', 'history.jsonl');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return repo.run({ repoDir, sessions: ['.dreaming/sessions/**/*.jsonl'] });
  };
  /** A symlink to `target` in a folder of its own, so the link's path shares nothing with the target's. */
  const linkTo = (target: string, name: string) => {
    const at = mkdtempSync(path.join(os.tmpdir(), 'ln-'));
    dirs.push(at);
    const link = path.join(at, name);
    symlinkSync(target, link, 'dir');
    return link;
  };

  it('git lists the linked worktree, and from the worktree the main checkout', () => {
    const { repo, linked, strangerWorktree } = world();
    expect(otherWorktrees(repo.dir)).toEqual([linked]);
    expect(otherWorktrees(linked)).toEqual([repo.dir]);
    expect(otherWorktrees(strangerWorktree)).not.toContain(repo.dir);
    expect(otherWorktrees(path.dirname(repo.dir))).toEqual([]);
  });

  it("a correction said once here and once in the worktree is a lesson; a look-alike folder's is not read", async () => {
    const { repo, linked, strangerWorktree } = world();
    const r = await dream(
      repo,
      log([
        { n: 1, project: repo.dir, said: uvCorrection },
        { n: 2, project: path.join(linked, 'packages', 'api'), said: uvCorrection },
        { n: 3, project: strangerWorktree, said: uvCorrection },
        { n: 4, project: '/home/dev/py-side-project', said: uvCorrection },
      ]),
    );
    expect(r.report.sessions.read).toBe(2);
    expect(uvEdits(r).map((e) => e.rationale)).toEqual([expect.stringMatching(/in 2 sessions/)]);
  });

  it("control: the stranger's worktree and another project alone teach nothing here", async () => {
    const { repo, strangerWorktree } = world();
    const r = await dream(
      repo,
      log([
        { n: 1, project: repo.dir, said: ['fix the flaky date test'] },
        { n: 2, project: strangerWorktree, said: uvCorrection },
        { n: 3, project: '/home/dev/py-side-project', said: uvCorrection },
      ]),
    );
    expect(r.report.sessions.read).toBe(1);
    expect(uvEdits(r)).toEqual([]);
  });

  it('a folder inside the checkout has its twin in each other checkout: git is found up from it', () => {
    const { repo, linked } = world();
    const sub = path.join(repo.dir, 'packages', 'api');
    mkdirSync(sub, { recursive: true });
    expect(otherWorktrees(sub)).toEqual([path.join(linked, 'packages', 'api')]);
    expect(otherWorktrees(path.join(linked, 'packages', 'api'))).toEqual([sub]);
  });

  it("a package dreamed on its own reads its sessions in the worktree's same package, not its neighbours'", async () => {
    const { repo, linked } = world();
    const sub = path.join(repo.dir, 'packages', 'api');
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, 'CLAUDE.md'), '# API\n\n- Keep handlers small.\n');
    const r = await dream(
      repo,
      log([
        { n: 1, project: sub, said: uvCorrection },
        { n: 2, project: path.join(linked, 'packages', 'api', 'src'), said: uvCorrection },
        { n: 3, project: path.join(linked, 'packages', 'web'), said: uvCorrection },
      ]),
      sub,
    );
    expect(r.report.sessions.read).toBe(2);
    expect(uvEdits(r).map((e) => e.rationale)).toEqual([expect.stringMatching(/in 2 sessions/)]);
  });

  it('a session logged by a symlink to the repository is its session, and so is one logged by its real path when the repository is reached by a symlink', async () => {
    const { repo } = world();
    const alias = linkTo(repo.dir, 'work');
    const logged = log([
      { n: 1, project: repo.dir, said: uvCorrection },
      { n: 2, project: path.join(alias, 'src'), said: uvCorrection },
      { n: 3, project: '/home/dev/py-side-project', said: uvCorrection },
    ]);
    const direct = await dream(repo, logged);
    expect(direct.report.sessions.read).toBe(2);
    expect(uvEdits(direct).map((e) => e.rationale)).toEqual([expect.stringMatching(/in 2 sessions/)]);
    const through = await dream(repo, logged, alias);
    expect(through.report.sessions.read).toBe(2);
  });

  it("control: a symlink to the stranger's worktree, named like the repository, is not read", async () => {
    const { repo, strangerWorktree } = world();
    const alias = linkTo(strangerWorktree, path.basename(repo.dir));
    const r = await dream(
      repo,
      log([
        { n: 1, project: repo.dir, said: ['fix the flaky date test'] },
        { n: 2, project: alias, said: uvCorrection },
        { n: 3, project: '/home/dev/py-side-project', said: uvCorrection },
        // Another system's path, and a relative one: never resolved against this process's folder.
        { n: 4, project: 'C:\\work\\py-side-project', said: uvCorrection },
        { n: 5, project: 'py-side-project', said: uvCorrection },
      ]),
    );
    expect(r.report.sessions.read).toBe(1);
    expect(uvEdits(r)).toEqual([]);
  });
});
