/**
 * `dream eval --split-at`: memory rebuilt as of a date (from git, and from `git log -p` text), a dream
 * over the sessions before, and the after-sessions' episodes covered by the proposed lessons against
 * the memory in force, counted by hand on a real git repository; then the spotter corpus.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path, { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRepo, gitIn, type RepoFixture } from '../helpers/fake-github/repo-fixture.js';
import { timelineFromGitLog, MemoryLogError } from '../../src/memory/timeline.js';
import { timelineFromGit } from '../../src/ledger/memory-history.js';
import { splitEval } from '../../src/pipeline/split-eval.js';
import { silentLogger } from '../../src/log.js';
import { expandAbsoluteGlobs } from '../../src/sources/globs.js';
import { commitMemoryAt, sessionFiles, turns, writeSession } from './efficacy-world.js';
import type { Turn } from '../helpers/transcript-builders.js';
import { repoRoot } from '../transcripts/helpers.js';

const BASE = '# acme\n\n## Build\n\n- Keep functions small.\n';
const RULE = '- Run the tests with `PYTHONPATH=src pytest tests`.';

let repo: RepoFixture;
const before: string[] = [];
const after: string[] = [];

beforeAll(() => {
  repo = makeRepo({ 'README.md': '# acme\n' });
  const dir = repo.work;
  commitMemoryAt({ dir, files: { 'CLAUDE.md': BASE }, message: 'Memory', date: '2026-11-01T10:00:00Z' });
  before.push(
    writeSession(dir, 2, 1, [turns.pytest]),
    writeSession(dir, 3, 2, [turns.pytest, turns.npmOk]),
    writeSession(dir, 4, 3, [turns.quiet]),
  );
  // A person writes the lesson down on Nov 12: from then on memory in force covers the pytest episode.
  commitMemoryAt({ dir, files: { 'CLAUDE.md': `${BASE}${RULE}\n` }, message: 'Memory: pytest', date: '2026-11-12T12:00:00Z' });
  after.push(writeSession(dir, 11, 4, [turns.pytest]), writeSession(dir, 13, 5, [turns.pytest]), writeSession(dir, 14, 6, [turns.legacy]));
});
afterAll(() => repo?.cleanup());

describe('memory timeline', () => {
  it('rebuilds each commit of a git log -p, and the memory in force at any time', async () => {
    const log = gitIn(repo.work, ['log', '-p', '--date=iso', '--', 'CLAUDE.md']);
    const fromLog = timelineFromGitLog(log, 'log.txt');
    const fromGit = await timelineFromGit(repo.work, ['CLAUDE.md']);
    for (const t of [fromLog, fromGit]) {
      expect(t.at(Date.parse('2026-10-01T00:00:00Z'))).toEqual([]);
      expect(t.at(Date.parse('2026-11-12T11:59:59Z'))).toEqual([{ path: 'CLAUDE.md', text: BASE }]);
      expect(t.at(Date.parse('2026-11-12T12:00:00Z'))).toEqual([{ path: 'CLAUDE.md', text: `${BASE}${RULE}\n` }]);
    }
  });

  it('a patch that does not apply is an error naming the log file and line', () => {
    const log = gitIn(repo.work, ['log', '-p', '--date=iso', '--', 'CLAUDE.md']).replace(
      '+- Keep functions small.',
      '+- Keep functions tiny.',
    );
    expect(() => timelineFromGitLog(log, 'log.txt')).toThrow(MemoryLogError);
    expect(() => timelineFromGitLog(log, 'log.txt')).toThrow(
      /^log\.txt:\d+: the patch of commit [0-9a-f]{40} to CLAUDE\.md does not apply/,
    );
  });
});

describe('splitEval', () => {
  it('counts the after-episodes the proposed lessons cover against the memory in force', async () => {
    const timeline = await timelineFromGit(repo.work, ['CLAUDE.md']);
    const r = await splitEval({
      files: sessionFiles(repo.work, [...before, ...after]),
      splitAt: new Date('2026-11-10T00:00:00Z'),
      timeline,
      logger: silentLogger,
    });
    expect(r.before.sessions).toBe(3);
    // After: pytest on Nov 11 and Nov 13, the legacy build on Nov 14: three episodes.
    expect(r.after).toEqual({ sessions: 3, episodes: 3 });
    // The dream before the split learned the pytest lesson (2 sessions): it covers both pytest episodes.
    expect(r.lessons.map((l) => [l.op, l.text, l.covered])).toEqual([['add', expect.stringContaining('PYTHONPATH=src pytest tests'), 2]]);
    expect(r.proposed).toEqual({ edits: 1, covered: 2, share: 0.667 });
    // The memory in force had the rule only from Nov 12: it covered the Nov 13 episode alone.
    expect(r.inForce).toEqual({ covered: 1, share: 0.333 });
    expect(r.onlyProposed).toBe(1);
  });
});

describe('splitEval with no session before the split', () => {
  it('is an error that says where the sessions lie', async () => {
    const split = splitEval({
      files: sessionFiles(repo.work, [...before, ...after]),
      splitAt: new Date('2026-10-01T00:00:00Z'),
      timeline: await timelineFromGit(repo.work, ['CLAUDE.md']),
      logger: silentLogger,
    });
    await expect(split).rejects.toThrow(
      /^no session starts before the split \(2026-10-01T00:00:00\.000Z\): the first starts at 2026-11-02T[\d:.]+Z; split later$/,
    );
  });

  it('with no transcript at all is an error, not a 0% report', async () => {
    const split = splitEval({
      files: [],
      splitAt: new Date('2026-11-10T00:00:00Z'),
      timeline: await timelineFromGit(repo.work, ['CLAUDE.md']),
      logger: silentLogger,
    });
    await expect(split).rejects.toThrow('no dated session was read from the transcripts given: nothing to split');
  });
});

describe('splitEval and rules broken before the split', () => {
  const RULE_MEM = '# acme\n\n## Safety\n\n- Never delete `fixtures/golden/`.\n';
  const wipe: Turn[][] = [[{ bash: 'rm -rf fixtures/golden/old', out: '' }]];
  const repos: RepoFixture[] = [];
  afterAll(() => repos.forEach((r) => r.cleanup()));

  /** Two sessions that delete the golden fixtures on Nov 6 and 7; the rule written on `ruleAt`. */
  async function brokenLessons(ruleAt: string, reworded?: string): Promise<string[]> {
    const r = makeRepo({ 'README.md': '# acme\n' });
    repos.push(r);
    commitMemoryAt({ dir: r.work, files: { 'CLAUDE.md': '# acme\n' }, message: 'Memory', date: '2026-11-01T10:00:00Z' });
    commitMemoryAt({ dir: r.work, files: { 'CLAUDE.md': RULE_MEM }, message: 'Rule', date: ruleAt });
    if (reworded) commitMemoryAt({ dir: r.work, files: { 'CLAUDE.md': reworded }, message: 'Reword', date: '2026-11-09T10:00:00Z' });
    const ids = [writeSession(r.work, 6, 1, wipe), writeSession(r.work, 7, 2, wipe)];
    const res = await splitEval({
      files: sessionFiles(r.work, ids),
      splitAt: new Date('2026-11-10T00:00:00Z'),
      timeline: await timelineFromGit(r.work, ['CLAUDE.md']),
      logger: silentLogger,
    });
    return res.lessons.map((l) => l.text);
  }

  it('a rule written after the sessions is not said to have been broken by them', async () => {
    expect(await brokenLessons('2026-11-08T10:00:00Z')).toEqual([]);
  });

  it('a rule in force before them is: its line is marked', async () => {
    expect(await brokenLessons('2026-11-02T10:00:00Z')).toEqual([expect.stringContaining('fixtures/golden/')]);
  });

  it('a rule re-indented after the sessions keeps the date it was written', async () => {
    const reindented = RULE_MEM.replace('- Never', '-  Never');
    expect(await brokenLessons('2026-11-02T10:00:00Z', reindented)).toEqual([expect.stringContaining('fixtures/golden/')]);
  });
});

const corpus = resolve(repoRoot, '../shared/corpus/spotter_claude_code');
describe.skipIf(!existsSync(corpus))('spotter corpus', () => {
  const log = path.join(corpus, '_memory_files/CLAUDE.md.gitlog-p.txt');

  it('its git log -p rebuilds CLAUDE.md at HEAD byte for byte', () => {
    const t = timelineFromGitLog(readFileSync(log, 'utf8'), log);
    expect(t.versions.get('CLAUDE.md')).toHaveLength(9);
    expect(t.at(Date.now())).toEqual([
      { path: 'CLAUDE.md', text: readFileSync(path.join(corpus, '_memory_files/CLAUDE.md.HEAD'), 'utf8') },
    ]);
  });

  it('split in the middle: every covered episode is an episode, lessons add up', async () => {
    const { files } = await expandAbsoluteGlobs([`${realpathSync(corpus)}/**/*.jsonl`]);
    const r = await splitEval({
      files,
      splitAt: new Date('2026-02-12T00:00:00Z'),
      timeline: timelineFromGitLog(readFileSync(log, 'utf8'), log),
      logger: silentLogger,
    });
    // The three main sessions of Feb 12 (ae4a77f8, fa812bfe, 4d5611e5) follow the split; five precede it
    // (short, subagent, tool_heavy, 258c7280, 8463c716), counted as after's are: their subagents are not sessions of their own.
    expect(r.after.sessions).toBe(3);
    expect(r.before.sessions).toBe(5);
    expect(r.after.episodes).toBeGreaterThan(0);
    expect(r.proposed.covered).toBeLessThanOrEqual(r.after.episodes);
    expect(r.inForce.covered).toBeLessThanOrEqual(r.after.episodes);
    expect(r.lessons.reduce((n, l) => n + l.covered, 0)).toBe(r.proposed.covered);
  }, 60_000);
});
