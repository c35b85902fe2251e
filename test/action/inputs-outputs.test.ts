/**
 * The inputs and outputs users of create-pull-request expect, through run(): a checkout in a
 * subfolder (`path`), `commit-message`, `title`, `author`, `committer`, and the `branch` and
 * `head-sha` outputs; and errors that name the input (and the secret) to set.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { legacyBuildSession, makeActionWorld, type ActionWorld } from './world.js';

let w: ActionWorld | undefined;
afterEach(async () => {
  await w?.close();
  w = undefined;
});

const two = () => Object.fromEntries([legacyBuildSession(1, '02'), legacyBuildSession(2, '05')]);

describe('the Action inputs and outputs for the PR', () => {
  it('reads a checkout in a subfolder and commits with the given message, title, author and committer', async () => {
    w = await makeActionWorld(two());
    // The world's checkout is <root>/work: the workspace is its parent, `path` names the folder.
    const r = await w.act(
      {
        path: 'work',
        'commit-message': 'chore(memory): nightly dream',
        title: 'Nightly memory review',
        author: 'Rev Iewer <reviewer@example.com>',
        committer: 'Memory Bot <memory-bot@example.com>',
      },
      w.repo.root,
    );
    expect(r.failed).toBeUndefined();
    expect(r.outputs['pull-request-operation']).toBe('created');
    expect(w.fake.pulls[0]!.title).toBe('Nightly memory review');
    // The miner's roles reach the body through the offline engine, and the body names the version.
    const body = w.fake.pulls[0]!.body;
    expect(body).toMatch(/^- \*\*failure:\*\* session `6f1c2a10-/m);
    expect(body).toMatch(/^- \*\*fix:\*\* session `6f1c2a10-/m);
    expect(body).toMatch(/agent-dreaming v\d+\.\d+\.\d+/);
    const head = w.repo.git(w.repo.bare, 'rev-parse', 'dreaming/memory').trim();
    expect(r.outputs).toMatchObject({ branch: 'dreaming/memory', 'head-sha': head });
    const [subject, author, committer] = w.repo
      .git(w.repo.bare, 'log', '-1', '--format=%s%n%an <%ae>%n%cn <%ce>', 'dreaming/memory')
      .trim()
      .split('\n');
    expect(subject).toBe('chore(memory): nightly dream');
    expect(author).toBe('Rev Iewer <reviewer@example.com>');
    expect(committer).toBe('Memory Bot <memory-bot@example.com>');
    expect(w.repo.git(w.repo.bare, 'log', '-1', '--format=%B', 'dreaming/memory')).toMatch(/^Dream-Engine: offline$/m);

    // The next pass recognises its own commit by that author and committer: nothing is carried as a human's.
    w.pushToMain(Object.fromEntries([legacyBuildSession(3, '07')]));
    const again = await w.act(
      { path: 'work', author: 'Rev Iewer <reviewer@example.com>', committer: 'Memory Bot <memory-bot@example.com>' },
      w.repo.root,
    );
    expect(again.failed).toBeUndefined();
    expect(again.outcome?.humanCommits).toBe(0);
    expect(again.outputs['head-sha']).toBe(w.repo.git(w.repo.bare, 'rev-parse', 'dreaming/memory').trim());
    expect(w.fake.violations).toEqual([]);
  }, 60_000);

  it('a malformed author fails naming the input', async () => {
    w = await makeActionWorld(two());
    const r = await w.act({ author: 'just a name' });
    expect(r.failed).toMatch(/input author must read `Display Name <email@address.com>`/);
  });

  it('a missing key or token names the input to set and the secret, not a CLI flag or variable', async () => {
    w = await makeActionWorld(two());
    const claude = await w.act({ engine: 'claude' });
    expect(claude.failed).toMatch(/`engine: claude` needs an Anthropic API key: set the `anthropic-api-key` input from a secret/);
    expect(claude.failed).not.toMatch(/--engine|export it/);
    const sync = await w.act({ mode: 'sync', 'memory-store-id': 'memstore_1' });
    expect(sync.failed).toMatch(/mode: sync needs anthropic-api-key .*: set the `anthropic-api-key` input from a secret/);
    const token = await w.act({ 'github-token': '' });
    expect(token.failed).toMatch(/the `github-token` input is empty/);
    expect(w.fake.pulls).toHaveLength(0);
  });
});
