import { afterEach, describe, expect, it, vi } from 'vitest';
import { legacyBuildSession, makeActionWorld, type ActionWorld } from './world.js';

let w: ActionWorld | undefined;
afterEach(async () => {
  await w?.close();
  w = undefined;
});

describe('min-new-sessions through run()', () => {
  it('counts sessions actually read: below the threshold nothing is dreamed or pushed; at it, the PR is created', async () => {
    w = await makeActionWorld(Object.fromEntries([legacyBuildSession(1, '02'), legacyBuildSession(2, '05')]));
    const mainBefore = w.repo.git(w.repo.bare, 'rev-parse', 'main').trim();

    const gated = await w.act({ 'min-new-sessions': '3' });
    expect(gated.failed).toBeUndefined();
    // Two new files pass the cheap pre-check; the pass reads two sessions and stops before the engine.
    expect(gated.outputs).toMatchObject({
      'pull-request-operation': 'none',
      edits: '0',
      'sessions-read': '2',
      'report-path': '',
      'pull-request-number': '',
    });
    expect(gated.report?.notes).toEqual(['Not dreaming yet: 2 new session(s), min-new-sessions is 3.']);
    expect(gated.rec.summaries.join()).toContain('Not dreaming yet: 2 new session(s), min-new-sessions is 3.');
    expect(gated.outcome).toBeUndefined();
    expect(w.fake.pulls).toEqual([]);
    expect(w.fake.calls('pulls/create')).toEqual([]);
    expect(() => w!.show('dreaming/memory', 'CLAUDE.md')).toThrow();
    expect(w.repo.git(w.repo.bare, 'rev-parse', 'main').trim()).toBe(mainBefore);

    w.pushToMain(Object.fromEntries([legacyBuildSession(3, '09')]));
    const enough = await w.act({ 'min-new-sessions': '3' });
    expect(enough.failed).toBeUndefined();
    expect(enough.outputs).toMatchObject({ 'pull-request-operation': 'created', 'sessions-read': '3' });
    expect(w.fake.pulls).toHaveLength(1);
    expect(w.fake.violations).toEqual([]);
  }, 60_000);

  it("does not count the open dream PR's sessions as new", async () => {
    w = await makeActionWorld(Object.fromEntries([legacyBuildSession(1, '02'), legacyBuildSession(2, '05')]));
    expect((await w.act()).outputs['pull-request-operation']).toBe('created');
    const head = w.repo.git(w.repo.bare, 'rev-parse', 'dreaming/memory').trim();

    w.pushToMain(Object.fromEntries([legacyBuildSession(3, '09')]));
    // The open PR's sessions are on the state branch. Its ledger is parsed once to start the pass from it (reconciled with
    // the checkout's) and once for both of the gate's counts; it was three times (the real JSON.parse, its calls counted).
    const stateLedger = w.show('dreaming/state', '.dreaming/ledger.json');
    const parse = vi.spyOn(JSON, 'parse');
    const one = await w.act({ 'min-new-sessions': '2' });
    expect(parse.mock.calls.filter(([text]) => text === stateLedger)).toHaveLength(2);
    vi.restoreAllMocks();
    expect(one.failed).toBeUndefined();
    expect(one.outputs['pull-request-operation']).toBe('none');
    expect(one.report?.notes).toEqual(['Not dreaming yet: 1 new session(s) beyond the 2 in the open dream PR, min-new-sessions is 2.']);
    expect(w.repo.git(w.repo.bare, 'rev-parse', 'dreaming/memory').trim()).toBe(head);

    w.pushToMain(Object.fromEntries([legacyBuildSession(4, '10')]));
    const two = await w.act({ 'min-new-sessions': '2' });
    expect(two.failed).toBeUndefined();
    expect(two.outputs).toMatchObject({ 'pull-request-operation': 'updated', 'pull-request-number': '1', 'sessions-read': '4' });
    expect(w.fake.pulls).toHaveLength(1);
    expect(w.fake.violations).toEqual([]);
  }, 60_000);

  it('puts the gate on the run page as a notice when the runtime has one', async () => {
    w = await makeActionWorld(Object.fromEntries([legacyBuildSession(1, '02')]));
    const notices: string[] = [];
    const { run } = await import('../../src/main.js');
    const { recorder, runContext } = await import('./world.js');
    const rec = { ...recorder(), notice: (m: string) => notices.push(m) };
    const result = await run(
      {
        GITHUB_WORKSPACE: w.repo.work,
        RUNNER_TEMP: w.temp,
        'INPUT_GITHUB-TOKEN': 'ghs_fake_token_for_tests',
        INPUT_SESSIONS: '.dreaming/sessions/**/*.jsonl',
        'INPUT_MIN-NEW-SESSIONS': '2',
      },
      { runtime: rec, context: runContext({ apiUrl: w.fake.url }), retryBaseMs: 5 },
    );
    expect(result.failed).toBeUndefined();
    expect(result.outputs['pull-request-operation']).toBe('none');
    expect(notices).toEqual(['Not dreaming yet: 1 new session(s), min-new-sessions is 2.']);
  }, 60_000);
});
