import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gitIn, writeFiles } from '../helpers/fake-github/repo-fixture.js';
import { symlinkSync, writeFileSync } from 'node:fs';
import {
  CLAUDE_MD,
  edit,
  join,
  makeWorld,
  passResult,
  readText,
  recordingLogger,
  type World,
  pythonpathEdit as pythonpath,
  yarnEdit as yarn,
} from './helpers.js';

let w: World;
beforeEach(async () => {
  w = await makeWorld();
});
afterEach(async () => {
  await w.close();
});

/** A reviewer pushes a fix of their own onto the bot branch. */
function humanCommit(w: World, files: Record<string, string>, subject: string): string {
  const dir = w.repo.clone(`human-${Date.now()}`);
  gitIn(dir, ['checkout', '--quiet', '-b', 'dreaming/memory', 'origin/dreaming/memory']);
  writeFiles(dir, files);
  gitIn(dir, ['add', '-A']);
  gitIn(dir, ['commit', '--quiet', '-m', subject], { GIT_AUTHOR_NAME: 'Reviewer', GIT_AUTHOR_EMAIL: 'rev@example.com' });
  gitIn(dir, ['push', '--quiet', 'origin', 'dreaming/memory']);
  return gitIn(dir, ['rev-parse', 'HEAD']).trim();
}

describe('the bot branch', () => {
  it('keeps human commits on top of the rebuilt branch, with a warning', async () => {
    await w.publishFrom(w.repo.work, passResult([yarn]));
    humanCommit(w, { 'docs/NOTES.md': 'reviewer notes\n' }, 'Add reviewer notes');
    const logger = recordingLogger();
    const out = await w.publishFrom(w.repo.work, passResult([yarn, pythonpath]), {}, logger);
    expect(out.operation).toBe('updated');
    expect(out.humanCommits).toBe(1);
    expect(logger.warnings.join('\n')).toMatch(/1 commit\(s\) not made by the dream bot .* by Reviewer <rev@example.com>/);
    expect(w.show('dreaming/memory', 'docs/NOTES.md')).toBe('reviewer notes\n');
    expect(w.show('dreaming/memory', 'CLAUDE.md')).toContain('PYTHONPATH=src');
    const log = w.repo.git(w.repo.bare, 'log', '--format=%an|%s', 'main..dreaming/memory').trim().split('\n');
    expect(log).toEqual(['Reviewer|Add reviewer notes', 'github-actions[bot]|dream: 2 memory edits from 2 sessions']);
  });

  it('does not carry commits from a branch whose PR was closed: that work was rejected with it', async () => {
    await w.publishFrom(w.repo.work, passResult([yarn]));
    humanCommit(w, { 'docs/NOTES.md': 'reviewer notes\n' }, 'Add reviewer notes');
    w.fake.closePull(1);
    const out = await w.publishFrom(w.repo.work, passResult([pythonpath]));
    expect(out).toMatchObject({ operation: 'created', humanCommits: 0 });
    expect(() => w.show('dreaming/memory', 'docs/NOTES.md')).toThrow();
    expect(w.repo.git(w.repo.bare, 'rev-list', '--count', 'main..dreaming/memory').trim()).toBe('1');
  });

  it('drops a human commit whose change has meanwhile landed in the base', async () => {
    await w.publishFrom(w.repo.work, passResult([yarn]));
    humanCommit(w, { 'docs/NOTES.md': 'reviewer notes\n' }, 'Add reviewer notes');
    writeFiles(w.repo.work, { 'docs/NOTES.md': 'reviewer notes\n' });
    gitIn(w.repo.work, ['add', '-A']);
    gitIn(w.repo.work, ['commit', '--quiet', '-m', 'notes, on main too']);
    gitIn(w.repo.work, ['push', '--quiet', 'origin', 'HEAD:refs/heads/main']);
    const logger = recordingLogger();
    const out = await w.publishFrom(w.repo.work, passResult([yarn, pythonpath]), {}, logger);
    expect(out.operation).toBe('updated');
    expect(logger.infos.join('\n')).toMatch(/already in the base; not carried again/);
    expect(w.repo.git(w.repo.bare, 'rev-list', '--count', 'main..dreaming/memory').trim()).toBe('1');
    expect(w.show('dreaming/memory', 'docs/NOTES.md')).toBe('reviewer notes\n');
  });

  it('proposes nothing when the base already reads as the edits would make it', async () => {
    const input = passResult([yarn]);
    writeFiles(w.repo.work, { 'CLAUDE.md': input.changes[0]!.after, '.dreaming/ledger.json': input.ledgerText });
    gitIn(w.repo.work, ['add', '-A']);
    gitIn(w.repo.work, ['commit', '--quiet', '-m', 'already adopted']);
    gitIn(w.repo.work, ['push', '--quiet', 'origin', 'HEAD:refs/heads/main']);
    const out = await w.publishFrom(w.repo.work, input);
    expect(out).toMatchObject({ operation: 'none', reason: 'the edits are already in the base' });
    expect(w.repo.git(w.repo.bare, 'branch', '--list', 'dreaming/memory').trim()).toBe('');
    expect(w.fake.calls('pulls/create')).toHaveLength(0);
  });

  it('leaves the branch untouched when a human commit conflicts with the new edits', async () => {
    await w.publishFrom(w.repo.work, passResult([yarn]));
    const human = humanCommit(w, { 'CLAUDE.md': `${CLAUDE_MD}- Use pnpm (reviewer's choice).\n` }, 'Prefer pnpm');
    const logger = recordingLogger();
    const out = await w.publishFrom(w.repo.work, passResult([pythonpath]), {}, logger);
    expect(out.operation).toBe('none');
    expect(out.reason).toMatch(/conflict/);
    expect(w.repo.git(w.repo.bare, 'rev-parse', 'dreaming/memory').trim()).toBe(human);
    expect(logger.warnings.join('\n')).toMatch(/conflicts with this pass's edits.*left untouched/s);
  });

  it('refuses to write under .github/workflows and pushes nothing', async () => {
    const input = passResult([yarn]);
    input.changes.push({ path: '.github/workflows/ci.yml', before: '', after: 'on: push\n' });
    await expect(w.publishFrom(w.repo.work, input)).rejects.toThrow(/never touches .github\/workflows/);
    expect(w.repo.git(w.repo.bare, 'branch', '--list', 'dreaming/memory').trim()).toBe('');
    expect(w.fake.pulls).toHaveLength(0);
  });

  it('refuses paths that leave the repository', async () => {
    const input = passResult([yarn]);
    input.changes.push({ path: '../outside.md', before: '', after: 'x\n' });
    await expect(w.publishFrom(w.repo.work, input)).rejects.toThrow(/leaves the repository/);
  });

  it('refuses to write through a symlink committed in the repository', async () => {
    const outside = join(w.repo.root, 'outside.md');
    writeFileSync(outside, 'untouched\n');
    symlinkSync(outside, join(w.repo.work, 'AGENTS.md'));
    gitIn(w.repo.work, ['add', 'AGENTS.md']);
    gitIn(w.repo.work, ['commit', '--quiet', '-m', 'link']);
    gitIn(w.repo.work, ['push', '--quiet', 'origin', 'HEAD:refs/heads/main']);
    const input = passResult([yarn]);
    input.changes.push({ path: 'AGENTS.md', before: '', after: 'pwned\n' });
    await expect(w.publishFrom(w.repo.work, input)).rejects.toThrow(/AGENTS.md is a symlink/);
    expect(readText(outside)).toBe('untouched\n');
    expect(w.fake.pulls).toHaveLength(0);
  });

  it('uses a separate branch per non-default base', async () => {
    w.repo.git(w.repo.work, 'push', '--quiet', 'origin', 'HEAD:refs/heads/release');
    const out = await w.publishFrom(w.repo.work, passResult([yarn]), { base: 'release' });
    expect(out.branch).toBe('dreaming/memory-release');
    expect(w.fake.pulls[0]).toMatchObject({ head: 'dreaming/memory-release', base: 'release' });
    expect(w.fake.violations).toEqual([]);
  });

  it('moves an oversized report into a file on the branch and links it from a body under 65,536 characters', async () => {
    const big = Array.from({ length: 20 }, (_, i) => edit(`e-${i}`, `- Lesson ${i}.`, { rationale: 'because '.repeat(600) }));
    const out = await w.publishFrom(w.repo.work, passResult(big));
    expect(out.reportPath).toBe('.dreaming/reports/2026-11-21.md');
    const body = w.fake.pulls[0]!.body;
    expect(body.length).toBeLessThan(65_536);
    expect(body).toContain('https://github.com/acme/notes/blob/dreaming/memory/.dreaming/reports/2026-11-21.md');
    expect(w.show('dreaming/memory', '.dreaming/reports/2026-11-21.md')).toContain('because because');
    expect(w.fake.violations).toEqual([]);
  });

  it('sign-commits: commits through the Git Data API so GitHub is the committer', async () => {
    const out = await w.publishFrom(w.repo.work, passResult([yarn]), { signCommits: true });
    expect(out.operation).toBe('created');
    const committer = w.repo.git(w.repo.bare, 'log', '-1', '--format=%cn|%s', 'dreaming/memory').trim();
    expect(committer).toBe('GitHub|dream: 1 memory edit from 2 sessions');
    expect(w.fake.calls('git/create-commit')).toHaveLength(1);
    expect(w.show('dreaming/memory', 'CLAUDE.md')).toContain('never yarn');
    expect(w.show('dreaming/memory', '.dreaming/ledger.json')).toContain('s-1');
    // And a second signed pass moves the existing ref.
    await w.publishFrom(w.repo.work, passResult([yarn, pythonpath]), { signCommits: true });
    expect(w.fake.calls('git/update-ref')).toHaveLength(1);
    expect(w.repo.git(w.repo.bare, 'rev-list', '--count', 'main..dreaming/memory').trim()).toBe('1');
    expect(w.fake.violations).toEqual([]);
  });

  it('auto-merge: enables GitHub auto-merge with the configured method', async () => {
    const logger = recordingLogger();
    await w.publishFrom(w.repo.work, passResult([yarn]), { autoMerge: true, mergeMethod: 'rebase' }, logger);
    expect(logger.warnings).toEqual([]);
    expect(w.fake.pulls[0]!.autoMerge?.method).toBe('rebase');
    expect(w.fake.violations).toEqual([]);
  });

  it('dry run pushes and opens nothing', async () => {
    const out = await w.publishFrom(w.repo.work, passResult([yarn]), { dryRun: true });
    expect(out.operation).toBe('none');
    expect(w.fake.requests).toHaveLength(0);
    expect(w.repo.git(w.repo.bare, 'branch', '--list', 'dreaming/memory').trim()).toBe('');
  });
});
