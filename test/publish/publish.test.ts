import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseStateMarker } from '../../src/publish/body.js';
import { rejectedEditIds, rejectedEdits } from '../../src/publish/publish.js';
import { makeWorld, passResult, recordingLogger, type World, pythonpathEdit as pythonpath, yarnEdit as yarn } from './helpers.js';

let w: World;
beforeEach(async () => {
  w = await makeWorld();
});
afterEach(async () => {
  await w.close();
});

describe('publish() against the fake GitHub and a bare origin', () => {
  it('creates the PR on the first run: branch, commit with trailers, labels, reviewers, state marker', async () => {
    const out = await w.publishFrom(w.repo.work, passResult([yarn]));
    expect(out.operation).toBe('created');
    expect(out.pull?.number).toBe(1);
    const pr = w.fake.pulls[0]!;
    expect(pr).toMatchObject({ head: 'dreaming/memory', base: 'main', state: 'open', labels: ['dreaming'], reviewers: ['octocat'] });
    expect(parseStateMarker(pr.body)).toEqual({
      version: 1,
      editIds: ['e-yarn'],
      sessionIds: ['s-1', 's-2'],
      edits: [{ id: 'e-yarn', sessions: ['s-1', 's-2'] }],
    });
    expect(pr.body).toContain('| 1 | add | `CLAUDE.md` |');
    const mainSha = w.repo.git(w.repo.bare, 'rev-parse', 'main').trim();
    expect(pr.body).toContain(`https://github.com/acme/notes/blob/${mainSha}/.dreaming/sessions/s-1.jsonl#L3`);
    expect(w.show('dreaming/memory', 'CLAUDE.md')).toContain('- Use npm, never yarn');
    expect(w.show('dreaming/memory', '.dreaming/ledger.json')).toContain('"s-1"');
    const msg = w.repo.git(w.repo.bare, 'log', '-1', '--format=%B', 'dreaming/memory');
    expect(msg).toContain('Dreamed-From: s-1, s-2');
    expect(msg).toContain('Dream-Engine: offline');
    expect(w.repo.git(w.repo.bare, 'rev-parse', 'dreaming/memory~1').trim()).toBe(mainSha);
    expect(w.fake.violations).toEqual([]);
  });

  it('with a state branch, keeps the ledger out of the PR: its diff holds only memory files', async () => {
    const out = await w.publishFrom(w.repo.work, passResult([yarn]), { stateBranch: 'dreaming/state' });
    expect(out.operation).toBe('created');
    const changed = w.repo.git(w.repo.bare, 'diff', '--name-only', 'main', 'dreaming/memory').trim().split('\n');
    expect(changed).toEqual(['CLAUDE.md']);
  });

  it('opens a draft with team reviewers when asked, and a reviewer refusal does not lose the PR', async () => {
    w.fake.failNext('pulls/request-reviewers', 1, 422, 'Reviews may only be requested from collaborators.');
    const logger = recordingLogger();
    const out = await w.publishFrom(
      w.repo.work,
      passResult([yarn]),
      { draft: true, teamReviewers: ['docs'], labels: ['dreaming', 'memory'] },
      logger,
    );
    expect(out.operation).toBe('created');
    expect(w.fake.pulls[0]).toMatchObject({ draft: true, labels: ['dreaming', 'memory'] });
    expect(logger.warnings.join()).toMatch(/could not request reviewers on #1: .*HTTP 422/);
    expect(w.fake.violations).toEqual([]);
  });

  it('updates the same PR on a second run with new edits, and reports none when nothing changed', async () => {
    await w.publishFrom(w.repo.work, passResult([yarn]));
    const again = await w.publishFrom(w.repo.work, passResult([yarn]));
    expect(again.operation).toBe('none');
    expect(again.pull?.number).toBe(1);
    expect(w.fake.calls('pulls/update')).toHaveLength(0);

    const second = await w.publishFrom(w.repo.work, passResult([yarn, pythonpath]));
    expect(second.operation).toBe('updated');
    expect(w.fake.pulls).toHaveLength(1);
    expect(parseStateMarker(w.fake.pulls[0]!.body)?.editIds).toEqual(['e-yarn', 'e-pypath']);
    expect(w.show('dreaming/memory', 'CLAUDE.md')).toContain('PYTHONPATH=src');
    // Rebuilt from the base each time: one commit on top of main, not a growing history.
    expect(w.repo.git(w.repo.bare, 'rev-list', '--count', 'main..dreaming/memory').trim()).toBe('1');
    expect(w.fake.violations).toEqual([]);
  });

  it('with no edits opens nothing, leaves an open PR alone, or closes it when close-when-empty', async () => {
    const none = await w.publishFrom(w.repo.work, passResult([]));
    expect(none.operation).toBe('none');
    expect(w.fake.pulls).toHaveLength(0);

    await w.publishFrom(w.repo.work, passResult([yarn]));
    expect((await w.publishFrom(w.repo.work, passResult([]))).operation).toBe('none');
    expect(w.fake.pulls[0]!.state).toBe('open');

    const closed = await w.publishFrom(w.repo.work, passResult([]), { closeWhenEmpty: true });
    expect(closed.operation).toBe('closed');
    expect(w.fake.pulls[0]!.state).toBe('closed');
    expect(w.fake.pulls[0]!.comments[0]).toContain('close-when-empty');
    // The bot closing its own PR is not a reviewer's rejection.
    expect(await rejectedEditIds(w.client(), w.settings)).toEqual([]);
    expect(w.fake.violations).toEqual([]);
  });

  it('reads a PR a reviewer closed unmerged back as rejected edit ids, and opens a fresh PR next time', async () => {
    await w.publishFrom(w.repo.work, passResult([yarn, pythonpath]));
    w.fake.closePull(1);
    expect((await rejectedEditIds(w.client(), w.settings)).sort()).toEqual(['e-pypath', 'e-yarn']);
    // With what each had as evidence, for lifting the rejection once new sessions support it.
    expect(await rejectedEdits(w.client(), w.settings)).toEqual([
      { id: 'e-yarn', sessions: ['s-1', 's-2'] },
      { id: 'e-pypath', sessions: ['s-1', 's-2'] },
    ]);
    const next = await w.publishFrom(w.repo.work, passResult([pythonpath]));
    expect(next.operation).toBe('created');
    expect(next.pull?.number).toBe(2);
    expect(w.fake.violations).toEqual([]);
  });

  it('two runs at once end with one PR', async () => {
    const other = w.repo.clone('other');
    let arrived = 0;
    let release!: () => void;
    const bothThere = new Promise<void>((r) => (release = r));
    // Hold each create until both runs have pushed and looked for an open PR: the worst interleaving.
    // The timer only bounds the wait should one run never arrive; on a loaded machine the second push
    // took over 3 s, the first run created alone, and the race this test is about never happened.
    w.fake.beforeCreatePull = async () => {
      if (++arrived === 2) release();
      await Promise.race([bothThere, new Promise((r) => setTimeout(r, 30_000))]);
    };
    const [a, b] = await Promise.all([w.publishFrom(w.repo.work, passResult([yarn])), w.publishFrom(other, passResult([yarn]))]);
    expect(w.fake.pulls).toHaveLength(1);
    const ops = [a.operation, b.operation];
    expect(ops.filter((o) => o === 'created')).toHaveLength(1);
    expect(ops.filter((o) => o !== 'created')[0]).toMatch(/^(updated|none)$/);
    // The race was real: the loser's create was answered "already exists" and it updated instead.
    expect(
      w.fake
        .calls('pulls/create')
        .map((c) => c.status)
        .sort(),
    ).toEqual([201, 422]);
    expect(a.pull?.number).toBe(1);
    expect(b.pull?.number).toBe(1);
    expect(w.fake.openPulls()).toHaveLength(1);
    expect(w.fake.violations).toEqual([]);
  });

  it('retries a 5xx and succeeds', async () => {
    w.fake.failNext('pulls/create', 2, 502, 'Bad Gateway');
    const logger = recordingLogger();
    const out = await w.publishFrom(w.repo.work, passResult([yarn]), {}, logger);
    expect(out.operation).toBe('created');
    expect(w.fake.calls('pulls/create').map((c) => c.status)).toEqual([502, 502, 201]);
    expect(logger.warnings.filter((m) => /retry/.test(m))).toHaveLength(2);
    expect(w.fake.violations).toEqual([]);
  });

  it('waits out a secondary rate limit (403) instead of failing', async () => {
    w.fake.failNext('pulls/create', 1, 403, 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.');
    const out = await w.publishFrom(w.repo.work, passResult([yarn]));
    expect(out.operation).toBe('created');
    expect(w.fake.calls('pulls/create').map((c) => c.status)).toEqual([403, 201]);
    expect(w.fake.violations).toEqual([]);
  });

  it('gives up on a 5xx after bounded attempts', async () => {
    w.fake.failNext('pulls/list', 10, 503);
    await expect(w.publishFrom(w.repo.work, passResult([yarn]))).rejects.toThrow(/HTTP 503/);
    expect(w.fake.calls('pulls/list')).toHaveLength(4);
  });

  it('fails a 403 with the repository setting to change', async () => {
    w.fake.failNext('pulls/create', 1, 403, 'GitHub Actions is not permitted to create or approve pull requests.');
    const err = await w.publishFrom(w.repo.work, passResult([yarn])).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).name).toBe('PullRequestsNotPermittedError');
    expect((err as Error).message).toContain('Settings > Actions > General > Workflow permissions');
    expect((err as Error).message).toContain('Allow GitHub Actions to create and approve pull requests');
    expect(w.fake.calls('pulls/create')).toHaveLength(1);
    expect(w.fake.violations).toEqual([]);
  });

  it('fails a 403 for a missing permission by naming the permission', async () => {
    w.fake.failNext('pulls/create', 1, 403, 'Resource not accessible by integration');
    const err = (await w.publishFrom(w.repo.work, passResult([yarn])).catch((e: Error) => e)) as Error;
    expect(err.name).toBe('MissingPermissionError');
    expect(err.message).toContain('"pull-requests: write"');
  });
});
