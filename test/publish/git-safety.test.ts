/**
 * The bot branch when the world is not as the run expects: a checkout off the base, a reviewer's
 * amend of the bot commit, a branch protection hook, a lease lost to another push, and a second run
 * that pushed after this one. Real git throughout: hooks in the bare origin and the checkout play
 * the other parties.
 */
import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseStateMarker } from '../../src/publish/body.js';
import { isBotCommit } from '../../src/publish/commits.js';
import { gitIn, writeFiles } from '../helpers/fake-github/repo-fixture.js';
import {
  CLAUDE_MD,
  join,
  makeWorld,
  passResult,
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

const BOT = { GIT_AUTHOR_NAME: 'github-actions[bot]', GIT_AUTHOR_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com' };

function commitOn(dir: string, files: Record<string, string>, message: string, env: Record<string, string> = {}): string {
  writeFiles(dir, files);
  gitIn(dir, ['add', '-A']);
  gitIn(dir, ['commit', '--quiet', '-m', message], env);
  return gitIn(dir, ['rev-parse', 'HEAD']).trim();
}

function hook(gitDir: string, name: string, script: string): void {
  const file = join(gitDir, 'hooks', name);
  writeFileSync(file, `#!/bin/sh\n${script}\n`);
  chmodSync(file, 0o755);
}

/** main moves on the origin, from another clone. */
function advanceMain(w: World, files: Record<string, string>, message: string): void {
  const dir = w.repo.clone(`other-${message.replace(/\W+/g, '-')}`);
  commitOn(dir, files, message);
  gitIn(dir, ['push', '--quiet', 'origin', 'HEAD:refs/heads/main']);
}

describe('a checkout that is not on the base', () => {
  it('refuses to write whole files that changed on the base since the checkout, and pushes nothing', async () => {
    gitIn(w.repo.work, ['checkout', '--quiet', '-b', 'feature']);
    commitOn(w.repo.work, { 'src/feature.ts': 'export {};\n' }, 'feature work');
    advanceMain(w, { 'CLAUDE.md': `${CLAUDE_MD}- Keep the changelog current.\n` }, 'a human memory edit on main');
    const err = await w.publishFrom(w.repo.work, passResult([yarn])).then(
      () => new Error('publish resolved'),
      (e: unknown) => e as Error,
    );
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe('BaseMismatchError');
    expect(err.message).toMatch(
      /the checkout is at [0-9a-f]{7} but main is at [0-9a-f]{7}; memory files changed in between: CLAUDE.md\..*re-run on main/,
    );
    expect(w.repo.git(w.repo.bare, 'branch', '--list', 'dreaming/memory').trim()).toBe('');
    expect(w.fake.pulls).toHaveLength(0);
  });

  it('still builds on the base tip when the files it writes read the same there', async () => {
    gitIn(w.repo.work, ['checkout', '--quiet', '-b', 'feature']);
    commitOn(w.repo.work, { 'src/feature.ts': 'export {};\n' }, 'feature work');
    advanceMain(w, { 'README.md': 'readme\n' }, 'unrelated change on main');
    const logger = recordingLogger();
    const out = await w.publishFrom(w.repo.work, passResult([yarn]), {}, logger);
    expect(out.operation).toBe('created');
    expect(logger.warnings.join('\n')).toMatch(/is not on main; building the dream branch on main/);
    expect(w.show('dreaming/memory', 'README.md')).toBe('readme\n');
    expect(w.show('dreaming/memory', 'CLAUDE.md')).toContain('never yarn');
    expect(() => w.show('dreaming/memory', 'src/feature.ts')).toThrow();
  });

  it('refuses when the ledger itself moved on the base (a dream PR merged meanwhile)', async () => {
    gitIn(w.repo.work, ['checkout', '--quiet', '-b', 'feature']);
    commitOn(w.repo.work, { 'src/feature.ts': 'export {};\n' }, 'feature work');
    advanceMain(w, { '.dreaming/ledger.json': '{"version":1,"sessions":{"s-9":{"id":"s-9"}}}\n' }, 'merged dream');
    await expect(w.publishFrom(w.repo.work, passResult([yarn]))).rejects.toThrow(
      /memory files changed in between: \.dreaming\/ledger\.json\./,
    );
    expect(w.repo.git(w.repo.bare, 'branch', '--list', 'dreaming/memory').trim()).toBe('');
  });
});

describe('who made a commit on the bot branch', () => {
  it('keeps a reviewer amend of the dream commit (trailer and bot author kept) instead of dropping it', async () => {
    await w.publishFrom(w.repo.work, passResult([yarn]));
    const dir = w.repo.clone('amender');
    gitIn(dir, ['checkout', '--quiet', '-b', 'dreaming/memory', 'origin/dreaming/memory']);
    const claude = gitIn(dir, ['show', 'HEAD:CLAUDE.md']).replace('# acme\n', '# acme\n\nReviewed by a human.\n');
    writeFiles(dir, { 'CLAUDE.md': claude });
    gitIn(dir, ['add', '-A']);
    gitIn(dir, ['commit', '--quiet', '--amend', '--no-edit'], { GIT_COMMITTER_NAME: 'Reviewer', GIT_COMMITTER_EMAIL: 'rev@example.com' });
    expect(gitIn(dir, ['log', '-1', '--format=%an|%cn|%B'])).toMatch(/^github-actions\[bot\]\|Reviewer\|[\s\S]*Dream-Engine: offline/);
    gitIn(dir, ['push', '--quiet', '--force', 'origin', 'dreaming/memory']);

    const logger = recordingLogger();
    const out = await w.publishFrom(w.repo.work, passResult([yarn, pythonpath]), {}, logger);
    expect(out.humanCommits).toBe(1);
    expect(w.show('dreaming/memory', 'CLAUDE.md')).toContain('Reviewed by a human.');
    expect(logger.warnings.join('\n')).toMatch(/not made by the dream bot/);
  });

  it('isBotCommit: the trailer plus the bot as committer, or GitHub for a signed commit', () => {
    const bot = BOT.GIT_AUTHOR_EMAIL;
    const message = 'dream: 1 memory edit\n\nDream-Engine: offline\n';
    expect(isBotCommit({ message, authorEmail: bot, committerEmail: bot }, bot)).toBe(true);
    expect(isBotCommit({ message, authorEmail: bot, committerEmail: 'noreply@github.com' }, bot)).toBe(true);
    expect(isBotCommit({ message, authorEmail: bot, committerEmail: 'rev@example.com' }, bot)).toBe(false);
    expect(isBotCommit({ message, authorEmail: 'rev@example.com', committerEmail: bot }, bot)).toBe(false);
    expect(isBotCommit({ message: 'fix wording\n', authorEmail: bot, committerEmail: bot }, bot)).toBe(false);
  });
});

describe('pushes the remote refuses or races', () => {
  it('reports a push refused by branch protection as such, once, without retrying', async () => {
    hook(
      w.repo.bare,
      'pre-receive',
      'while read old new ref; do case "$ref" in refs/heads/dreaming/*) echo "error: GH006: Protected branch update failed for $ref." >&2; exit 1;; esac; done; exit 0',
    );
    const logger = recordingLogger();
    const err = await w.publishFrom(w.repo.work, passResult([yarn]), {}, logger).then(
      () => new Error('publish resolved'),
      (e: unknown) => e as Error,
    );
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe('PushRefusedError');
    expect(err.message).toMatch(/the remote refused the push to dreaming\/memory \(pre-receive hook declined\).*branch protection rule/);
    expect(err.message).not.toMatch(/changed on the remote/);
    expect(logger.warnings.join('\n')).not.toMatch(/attempt/);
    expect(w.fake.pulls).toHaveLength(0);
  });

  it('retries a push whose lease went stale because the branch moved meanwhile', async () => {
    await w.publishFrom(w.repo.work, passResult([yarn]));
    const other = w.repo.clone('racer');
    gitIn(other, ['checkout', '--quiet', '-b', 'dreaming/memory', 'origin/dreaming/memory']);
    const racing = commitOn(other, { 'docs/NOTES.md': 'notes\n' }, 'notes', {
      GIT_AUTHOR_NAME: 'Reviewer',
      GIT_AUTHOR_EMAIL: 'rev@example.com',
    });
    gitIn(other, ['push', '--quiet', 'origin', `${racing}:refs/heads/racing`]);
    // The first worktree this run makes lets the racer push: the run's lease is then stale.
    const marker = join(w.repo.root, 'raced');
    hook(
      join(w.repo.work, '.git'),
      'post-checkout',
      `[ -e '${marker}' ] && exit 0; touch '${marker}'; git --git-dir='${w.repo.bare}' update-ref refs/heads/dreaming/memory ${racing}`,
    );
    const logger = recordingLogger();
    const out = await w.publishFrom(w.repo.work, passResult([yarn, pythonpath]), {}, logger);
    expect(existsSync(marker)).toBe(true);
    expect(logger.warnings.join('\n')).toMatch(/changed on the remote while this run was pushing.*attempt 2\/3/);
    expect(out.operation).toBe('updated');
    expect(w.show('dreaming/memory', 'docs/NOTES.md')).toBe('notes\n');
    expect(w.show('dreaming/memory', 'CLAUDE.md')).toContain('PYTHONPATH=src');
  });

  it('leaves the PR to the run whose push landed last', async () => {
    await w.publishFrom(w.repo.work, passResult([yarn]));
    const bodyBefore = w.fake.pulls[0]!.body;
    const other = w.repo.clone('run-b');
    const runB = commitOn(
      other,
      { 'CLAUDE.md': `${CLAUDE_MD}- Run B's lesson.\n` },
      'dream: 1 memory edit from 1 session\n\nDream-Engine: offline',
      BOT,
    );
    gitIn(other, ['push', '--quiet', 'origin', `${runB}:refs/heads/run-b`]);
    // Run B's push lands right after this run's.
    const marker = join(w.repo.root, 'run-b-pushed');
    hook(w.repo.bare, 'post-receive', `[ -e '${marker}' ] && exit 0; touch '${marker}'; git update-ref refs/heads/dreaming/memory ${runB}`);
    const logger = recordingLogger();
    const out = await w.publishFrom(w.repo.work, passResult([yarn, pythonpath]), {}, logger);
    expect(existsSync(marker)).toBe(true);
    expect(out.operation).toBe('none');
    expect(out.reason).toMatch(/another run/);
    expect(logger.warnings.join('\n')).toMatch(/dreaming\/memory now points at [0-9a-f]{7}, not this run's [0-9a-f]{7}/);
    expect(w.fake.calls('pulls/update')).toHaveLength(0);
    expect(w.fake.pulls[0]!.body).toBe(bodyBefore);
    expect(parseStateMarker(w.fake.pulls[0]!.body)?.editIds).toEqual(['e-yarn']);
  });
});
