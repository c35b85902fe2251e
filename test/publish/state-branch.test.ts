import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyLedger, loadLedger, serializeLedger } from '../../src/ledger/index.js';
import { PushRefusedError } from '../../src/publish/push.js';
import { UnsafePathError } from '../../src/publish/safe-paths.js';
import {
  advanceStateBranch,
  assertStateBranchName,
  buildStateCommitMessage,
  readPassLedger,
  StateBranch,
} from '../../src/publish/state-branch.js';
import { makeRepo, type RepoFixture } from '../helpers/fake-github/repo-fixture.js';
import { recordingLogger } from './helpers.js';

const LEDGER = '.dreaming/ledger.json';
let repo: RepoFixture | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

const ledgerWith = (...ids: string[]) =>
  serializeLedger({
    ...emptyLedger(),
    sessions: Object.fromEntries(ids.map((id) => [`hash-${id}`, { id, sourceFile: `${id}.jsonl`, dreamedAt: '2026-11-01T00:00:00.000Z' }])),
  });
const state = (dir: string, logger = recordingLogger()) =>
  new StateBranch({ repoDir: dir, branch: 'dreaming/state', ledgerPath: LEDGER, botName: 'bot', botEmail: 'bot@example.com', logger });
const message = buildStateCommitMessage({ engine: 'offline', sessions: ['s1'], edits: 0 });

describe('StateBranch', () => {
  it('commits only the ledger, as a fast-forward on its previous tip, without touching the checkout', async () => {
    repo = makeRepo({ 'CLAUDE.md': '# x\n' });
    const s = state(repo.work);
    expect(await s.read()).toEqual({ text: null });
    const one = await s.write({ path: LEDGER, content: ledgerWith('s1') }, undefined, message);
    const snap = await s.read();
    expect(snap).toEqual({ text: ledgerWith('s1'), sha: one });
    const two = await s.write({ path: LEDGER, content: ledgerWith('s1', 's2') }, one, message);
    expect(repo.git(repo.bare, 'rev-parse', `${two}^`).trim()).toBe(one);
    expect(repo.git(repo.bare, 'ls-tree', '-r', '--name-only', 'dreaming/state').trim()).toBe(LEDGER);
    expect(repo.git(repo.bare, 'log', '-1', '--format=%an <%ae>%n%B', 'dreaming/state')).toMatch(
      /^bot <bot@example.com>\ndream state: .*\n\nDreamed-From: s1\nDream-Engine: offline\nDream-State: ledger/,
    );
    // Same content again: no new commit, no push.
    expect(await s.write({ path: LEDGER, content: ledgerWith('s1', 's2') }, two, message)).toBe(two);
    expect(repo.git(repo.work, 'status', '--porcelain').trim()).toBe('');
    await expect(s.write({ path: 'CLAUDE.md', content: 'x' }, two, message)).rejects.toThrow(UnsafePathError);
  });

  it('a push that lost the race re-reads the tip, merges both ledgers and pushes once more', async () => {
    repo = makeRepo({ 'CLAUDE.md': '# x\n' });
    const other = repo.clone('other');
    const logger = recordingLogger();
    const mine = state(repo.work, logger);
    const theirs = state(other);
    const start = await mine.read();
    // Another run pushes after this one read the tip.
    const theirSnap = await theirs.read();
    await advanceStateBranch({ state: theirs, read: theirSnap, ledgerText: ledgerWith('s-theirs'), message, logger: recordingLogger() });
    const r = await advanceStateBranch({ state: mine, read: start, ledgerText: ledgerWith('s-mine'), message, logger });
    expect(r.outcome).toBe('pushed');
    const ids = Object.values(loadLedger(repo.git(repo.bare, 'show', `dreaming/state:${LEDGER}`), LEDGER).sessions)
      .map((s) => s.id)
      .sort();
    expect(ids).toEqual(['s-mine', 's-theirs']);
    expect(logger.warnings.join('\n')).toMatch(/merging its ledger/);
  });

  it("reads the ledger a pass starts from parsing the state branch's and the checkout's text once each", async () => {
    repo = makeRepo({ 'CLAUDE.md': '# x\n' });
    const s = state(repo.work);
    await s.write({ path: LEDGER, content: ledgerWith('s1', 's2', 's3') }, undefined, message);
    mkdirSync(path.join(repo.work, '.dreaming'), { recursive: true });
    writeFileSync(path.join(repo.work, LEDGER), ledgerWith('s1'));
    // The open PR proposes s2 and s3; s1 is the base's own. Parses of a ledger's text are counted (the real JSON.parse runs).
    const parse = vi.spyOn(JSON, 'parse');
    const ledgerParses = () => parse.mock.calls.filter(([text]) => typeof text === 'string' && text.includes('"sessions"')).length;
    const pass = await readPassLedger({
      repoDir: repo.work,
      ledgerPath: LEDGER,
      state: s,
      pending: { sessionIds: ['s2', 's3'], editIds: [] },
    });
    expect(ledgerParses()).toBe(2);
    vi.restoreAllMocks();
    expect(Object.values(loadLedger(pass.text, LEDGER).sessions).map((x) => x.id)).toEqual(['s1']);
    expect(pass.snapshot?.text).toBe(ledgerWith('s1', 's2', 's3'));
  });

  it('gives up loudly, not silently, when the tip keeps moving', async () => {
    repo = makeRepo({ 'CLAUDE.md': '# x\n' });
    const s = state(repo.work);
    const start = await s.read();
    let pushes = 0;
    // A branch that moves under every push: the bounded retry ends with the error.
    const moving = Object.create(s) as StateBranch;
    moving.write = async (file, expected, msg) => {
      pushes++;
      await state(repo!.work).write({ path: LEDGER, content: ledgerWith(`other-${pushes}`) }, (await s.read()).sha, msg);
      return s.write(file, expected, msg);
    };
    await expect(
      advanceStateBranch({ state: moving, read: start, ledgerText: ledgerWith('s1'), message, logger: recordingLogger() }),
    ).rejects.toThrow(/changed on the remote/);
    expect(pushes).toBe(2);
  });

  it('a push the remote refuses (protection) fails at once, naming the state-branch input', async () => {
    repo = makeRepo({ 'CLAUDE.md': '# x\n' });
    const hook = path.join(repo.bare, 'hooks', 'pre-receive');
    writeFileSync(
      hook,
      '#!/bin/sh\nwhile read old new ref; do case "$ref" in refs/heads/dreaming/*) echo "error: GH006: Protected branch update failed for $ref." >&2; exit 1;; esac; done; exit 0\n',
    );
    chmodSync(hook, 0o755);
    const s = state(repo.work);
    const err = await advanceStateBranch({
      state: s,
      read: await s.read(),
      ledgerText: ledgerWith('s1'),
      message,
      logger: recordingLogger(),
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PushRefusedError);
    expect((err as Error).message).toMatch(/refused the push to dreaming\/state .*exclude dreaming\/state .*`state-branch:`/);
  });

  it('must be a branch of its own', () => {
    expect(() => assertStateBranchName('main', { branch: 'dreaming/memory', defaultBranch: 'main' })).toThrow(/is the base branch/);
    expect(() => assertStateBranchName('dev', { base: 'dev', branch: 'dreaming/memory', defaultBranch: 'main' })).toThrow(
      /is the base branch/,
    );
    expect(() => assertStateBranchName('dreaming/memory', { branch: 'dreaming/memory', defaultBranch: 'main' })).toThrow(/collide/);
    expect(() => assertStateBranchName('dreaming/memory-dev', { branch: 'dreaming/memory', defaultBranch: 'main' })).toThrow(/collide/);
    expect(() => assertStateBranchName('dreaming/state', { branch: 'dreaming/memory', defaultBranch: 'main' })).not.toThrow();
  });
});
