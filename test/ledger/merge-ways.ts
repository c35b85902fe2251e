/**
 * The ways a dream PR reaches the base on GitHub, done with real git on a checkout of the fake's
 * bare origin: a merge commit, a squash (GitHub's default message lists the squashed commits'
 * messages), a rebase (each commit replayed with GitHub as committer), a reviewer's commit on the
 * PR branch, and a person's own commit on the base.
 */
import { gitIn, writeFiles } from '../helpers/fake-github/repo-fixture.js';

export type MergeWay = 'merge' | 'squash' | 'rebase';

const github = { GIT_COMMITTER_NAME: 'GitHub', GIT_COMMITTER_EMAIL: 'noreply@github.com', GIT_COMMITTER_DATE: '2026-11-22T09:00:00Z' };

/** Merges origin/<branch> into main as GitHub would for PR #<pr>, and pushes main. */
export function mergePull(dir: string, branch: string, way: MergeWay, pr: number, title = 'dream: memory edits'): string {
  gitIn(dir, ['fetch', '--quiet', 'origin']);
  gitIn(dir, ['checkout', '--quiet', 'main']);
  gitIn(dir, ['reset', '--quiet', '--hard', 'origin/main']);
  const range = `origin/main..origin/${branch}`;
  if (way === 'merge') {
    gitIn(dir, ['merge', '--quiet', '--no-ff', '-m', `Merge pull request #${pr} from acme/${branch}`, `origin/${branch}`], github);
  } else if (way === 'squash') {
    const messages = gitIn(dir, ['log', '--reverse', '--format=%B%x1e', range])
      .split('\x1e')
      .map((m) => m.trim())
      .filter(Boolean);
    gitIn(dir, ['merge', '--quiet', '--squash', `origin/${branch}`]);
    gitIn(dir, ['commit', '--quiet', '-m', `${title} (#${pr})`, '-m', messages.map((m) => `* ${m}`).join('\n\n')], github);
  } else {
    const shas = gitIn(dir, ['rev-list', '--reverse', range]).split('\n').filter(Boolean);
    for (const sha of shas) gitIn(dir, ['cherry-pick', '--allow-empty', sha], github);
  }
  gitIn(dir, ['push', '--quiet', 'origin', 'HEAD:refs/heads/main']);
  return gitIn(dir, ['rev-parse', 'HEAD']).trim();
}

/** A reviewer's commit on the PR branch: replaces (or with `to` null deletes) a line of a file. */
export function reviewerCommit(dir: string, branch: string, file: string, from: string, to: string | null, message: string): void {
  gitIn(dir, ['fetch', '--quiet', 'origin']);
  gitIn(dir, ['checkout', '--quiet', '-B', branch, `origin/${branch}`]);
  replaceLine(dir, file, from, to);
  gitIn(dir, ['commit', '--quiet', '-am', message], {
    GIT_AUTHOR_NAME: 'Rae Viewer',
    GIT_AUTHOR_EMAIL: 'rae@example.com',
    GIT_COMMITTER_NAME: 'Rae Viewer',
    GIT_COMMITTER_EMAIL: 'rae@example.com',
  });
  gitIn(dir, ['push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`]);
  gitIn(dir, ['checkout', '--quiet', 'main']);
}

/** A person's own commit on main. */
export function humanCommit(dir: string, files: Record<string, string>, message: string): string {
  gitIn(dir, ['checkout', '--quiet', 'main']);
  gitIn(dir, ['pull', '--quiet', '--ff-only', 'origin', 'main']);
  writeFiles(dir, files);
  gitIn(dir, ['commit', '--quiet', '-am', message]);
  gitIn(dir, ['push', '--quiet', 'origin', 'HEAD:refs/heads/main']);
  return gitIn(dir, ['rev-parse', 'HEAD']).trim();
}

function replaceLine(dir: string, file: string, from: string, to: string | null): void {
  const text = gitIn(dir, ['show', `HEAD:${file}`]);
  const lines = text.split('\n');
  const i = lines.indexOf(from);
  if (i < 0) throw new Error(`${file}: no line ${JSON.stringify(from)}`);
  if (to === null) lines.splice(i, 1);
  else lines[i] = to;
  writeFiles(dir, { [file]: lines.join('\n') });
}
